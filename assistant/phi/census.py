"""Given names and surnames of the US Census 1990 name files, for names typed in lower case.

A lower-case word after "his granddaughter", before "'s parents" or in a subject line is a
name only if it is one: "keisha", "goldberg", "bethany" are; "texts", "labs", "ortho" are not.
The lists are the Census Bureau's (public domain) as shipped by the `names` package (MIT, a
declared dependency; its files are only read, never imported): 5,494 given names and 88,799
surnames, each line "NAME  frequency  cumulative-frequency  rank".

Cost: `outreach check` must start in well under a second. Building a set of the 88,799
surnames takes 0.1 s (more on a busy machine), so a list is first asked by searching its text
(a 3 MB file read in about 10 ms; each new word about 1 ms, then remembered), and only after
LOOKUPS_BEFORE_SET distinct words (a long text) is the set built. Missing files give empty
lists (the guard then keeps its other lexicons).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

LOOKUPS_BEFORE_SET = 48


class NameList:
    """One census file, asked `word in names` (any case)."""

    def __init__(self, *files: str) -> None:
        self._files = files
        self._text: str | None = None
        self._set: frozenset[str] | None = None
        self._asked: dict[str, bool] = {}

    def _load(self) -> str:
        if self._text is None:
            spec = find_spec("names")
            folder = Path(spec.origin).parent if spec and spec.origin else None
            parts = []
            for name in self._files:
                try:
                    parts.append((folder / name).read_text(encoding="ascii") if folder else "")
                except (OSError, UnicodeDecodeError):
                    parts.append("")
            # every line starts a name: "\nNAME " finds a whole name only
            self._text = "\n" + "\n".join(parts)
        return self._text

    def __contains__(self, word: str) -> bool:
        # one answer whatever the case and however many words were asked before: the set
        # holds lower case, the text search is upper case
        word = word.lower()
        if self._set is not None:
            return word in self._set
        known = self._asked.get(word)
        if known is None:
            if len(self._asked) >= LOOKUPS_BEFORE_SET:
                self._set = frozenset(self._load().lower().split()[::4])
                return word in self._set
            key = word.upper()
            known = key.isalpha() and key.isascii() and f"\n{key} " in self._load()
            self._asked[word] = known
        return known

    def all(self) -> frozenset[str]:
        """Every name of the list, in lower case (builds the set)."""
        if self._set is None:
            self._set = frozenset(self._load().lower().split()[::4])
        return self._set

    def __len__(self) -> int:
        return len(self._load().split()) // 4


@lru_cache(maxsize=1)
def given_names() -> NameList:
    """Census given names (female and male), asked in lower case."""
    return NameList("dist.female.first", "dist.male.first")


@lru_cache(maxsize=1)
def surnames() -> NameList:
    """Census surnames (the 88,799 that cover 90% of the population), asked in lower case."""
    return NameList("dist.all.last")
