"""Reference lists: the authors a message cites are no patients, however their names look.

Two layouts: initials before surnames in a list ("E. Yildiz, A. Mokoena, H. Tanaka") and the
Vancouver style, surnames then initials before a title ("Mbeki T, Lindqvist A. Early mobility
in the ICU. Crit Care. 2022.").
"""

from __future__ import annotations

from functools import lru_cache

from assistant.phi.attribution import line_end_of, line_start_of
from assistant.text.patterns import lazy

# "Mbeki T, Lindqvist A, Horakova Z. Early mobility ...": a reference's author list, surnames
# with their initials, two or more, before the title.
_VANCOUVER = lazy(
    r"(?:[A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+)?[ \t][A-Z]{1,3},[ \t]*)+"
    r"(?:[A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+)?[ \t][A-Z]{1,3}(?:\.|,?[ \t]+et[ \t]+al))"
)

# What every author list above holds: a surname's initials and their comma ("Mbeki T,").
_INITIALS_COMMA = lazy(r"[ \t][A-Z]{1,3},")


def in_author_list(text: str, pos: int) -> bool:
    """Within a reference in the Vancouver style: its author list or what follows it on the
    line (the title, "J Hosp Med")."""
    start, end = line_start_of(text, pos), line_end_of(text, pos)
    first = _references(text).get(start)
    return first is not None and first <= pos < end + 1


@lru_cache(maxsize=8)
def _references(text: str) -> dict[int, int]:
    """Line start -> where the line's Vancouver author list starts, read once per text."""
    out: dict[int, int] = {}
    for m in _VANCOUVER.finditer(text) if _INITIALS_COMMA.search(text) else ():
        out.setdefault(line_start_of(text, m.start()), m.start())
    return out


# an author list: "E. Yildiz, A. Mokoena", or in Vancouver style "Okafor C, Tanaka Y. Title"
_AUTHOR_LIST_AROUND = lazy(
    r"(?:,|[A-Z][\w'\u2019-]+[ \t][A-Z]{1,2},[ \t]*(?:[A-Z][\w'\u2019-]+[ \t][A-Z]{1,2},[ \t]*)*"
    r"[A-Z][\w'\u2019-]+)[ \t]$"
)
_AUTHOR_LIST_NEXT = lazy(r"[ \t]*,[ \t]*[A-Z]\.")


def among_authors(text: str, start: int, end: int) -> bool:
    """An initial and surname in an author list: after a comma or a Vancouver list's author,
    or before another initial."""
    return bool(_AUTHOR_LIST_AROUND.search(text, max(0, start - 60), start)
                or _AUTHOR_LIST_NEXT.match(text, end))
