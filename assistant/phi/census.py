"""Given names and surnames of the US Census 1990 name files, for names typed in lower case.

A lower-case word after "his granddaughter", before "'s parents" or in a subject line is a
name only if it is one: "keisha", "goldberg", "bethany" are; "texts", "labs", "ortho" are not.
The lists are the Census Bureau's (public domain) as shipped by the `names` package (MIT, a
declared dependency; it is only read, never imported): 5,494 given names and 88,799 surnames,
each line "NAME  frequency  cumulative-frequency  rank", sorted by frequency. Read once, on
the first lower-case candidate (0.1-0.15 s, measured), so `outreach check` on a capitalised message
never pays for it. Missing files give empty lists (the guard then keeps its other lexicons).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

_FIRST_TOKEN = re.compile(r"^[A-Z]+", re.MULTILINE)


def _folder() -> Path | None:
    spec = find_spec("names")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def _read(name: str) -> frozenset[str]:
    """The names of one file (the first column), lower case."""
    folder = _folder()
    if folder is None:
        return frozenset()
    try:
        text = (folder / name).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return frozenset()
    return frozenset(w.lower() for w in _FIRST_TOKEN.findall(text))


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Census given names, lower case."""
    return _read("dist.female.first") | _read("dist.male.first")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Census surnames (the 88,799 that cover 90% of the population), lower case."""
    return _read("dist.all.last")
