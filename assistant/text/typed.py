"""Forms residents type that every reader of typed text reads the same way: a list's bullet at
the start of a line, and "any chance you could ..." (a request put as a hope, which the reader
answers as a question). One pattern each, for the update's news (engines/offline/update_parts.py)
and the rewrite of the resident's own note (engines/offline/rewrite_lines.py, rewrite_plan.py).
"""

from __future__ import annotations

import re

from assistant.text.patterns import lazy

# A list marker at the start of a line, before the item's first word: "- ", "* ", "• ", "— ",
# "1) ", "2. ", "(3) ", "(a) ", "b) "
BULLET = lazy(r"^[ \t]*(?:[-*•·–—]|\(?\d{1,2}[.)]|\([a-z]\)|[a-z]\))[ \t]+(?=\S)",
                    re.IGNORECASE)

# "any chance you could ...", "is there any chance that you'd ...", "any chance u could ..."
_ANY_CHANCE = lazy(r"^(?:is\s+there\s+)?any\s+chance\s+(?:that\s+)?(?:you|u)"
                         r"(?:(?P<d>['’]d)|\s+(?P<aux>could|would|might|can))\s+"
                         r"(?P<rest>[^?]+?)\?*$", re.IGNORECASE)


def any_chance(text: str) -> tuple[str, str] | None:
    """The auxiliary and the rest of a request typed as "any chance you could ..." ("any chance
    you'd look at mine?" -> ("would", "look at mine")); None when it is typed otherwise."""
    m = _ANY_CHANCE.match(text.strip())
    if not m:
        return None
    return ("would" if m.group("d") else m.group("aux").lower()), m.group("rest").strip()
