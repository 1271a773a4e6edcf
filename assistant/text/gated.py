"""A compiled pattern behind a quick test: tried only on a text that holds one of the words every
match of it needs.

The regex engine tries a pattern that opens with a word boundary or an alternation at every
position of the text; a substring look-up runs in C at memory speed. The PHI guard runs well over
a hundred passes over each short message and most of them cannot match it, so testing first for
the words a pass needs makes a pass over a text it cannot match nearly free, with the same
matches on every text.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator


class Gated:
    """`pattern`, tried only on a text holding one of `needles`.

    Every match of `pattern` must hold at least one needle (a plain substring) in the part of the
    text it consumes. With `fold`, the needles are written in lower case and looked for in the
    lower-cased text, for a pattern (or the part of it that holds the needles) that ignores case;
    a non-ASCII text is then always tried, since Unicode case-insensitive matching lets a few
    non-ASCII letters ("ſ", "ı", the Kelvin sign) match ASCII ones.
    """

    __slots__ = ("fold", "needles", "pattern")

    def __init__(self, pattern: re.Pattern[str], *needles: str, fold: bool = False) -> None:
        if not needles or any(not n or (fold and n != n.lower()) for n in needles):
            raise ValueError(f"needles for {pattern.pattern[:40]!r}: non-empty, lower case to fold")
        self.pattern = pattern
        self.needles = needles
        self.fold = fold

    def possible(self, text: str) -> bool:
        """False only when no match can exist anywhere in `text`."""
        if self.fold:
            if not text.isascii():
                return True
            text = text.lower()
        return any(n in text for n in self.needles)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize
                 ) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if self.possible(text) else iter(())

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self.possible(text) else None
