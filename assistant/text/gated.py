"""A compiled pattern behind a quick test: tried only on a text that holds the words every match
of it needs.

The regex engine tries a pattern that opens with a word boundary or an alternation at every
position of the text; a substring look-up runs in C at memory speed. The PHI guard runs well over
a hundred passes over each short message and most of them cannot match it, so testing first for
the words a pass needs makes a pass over a text it cannot match nearly free, with the same
matches on every text.

The words are read from the pattern itself (its parse tree), not written beside it, so a word
added to a pattern's alternation can never be missed by a stale list: every literal run a match
must consume (or a positive look-around must see) is required; an alternation requires one of
its branches' words. A pattern whose parse cannot be read is simply never skipped.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

try:  # the standard library's own regex parser (Python 3.11+)
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - an interpreter without it: no gate, same matches
    _C = _P = None  # type: ignore[assignment]

# At most this many required word sets are tested (the most selective first), each of at most
# this many words (a substring test costs about 0.1 us on a short message).
_MAX_SETS = 3
_MAX_WORDS = 40

Needles = frozenset[str]


def _run_set(run: str, fold: bool) -> Needles:
    return frozenset({run.lower() if fold else run})


def _required(items: Any, fold: bool) -> list[tuple[Needles, bool]]:
    """Word sets every match of the sequence `items` holds one word of, each with whether its
    words are matched ignoring case."""
    out: list[tuple[Needles, bool]] = []
    run = ""
    for op, av in items:
        if op is _C.LITERAL:
            run += chr(av)
            continue
        if run and op is _C.BRANCH:
            # "pt|patient" is parsed as "p" then "t|atient": the run joins each branch's start
            leads = [_leading_run(branch.data) for branch in av[1]]
            if all(leads):
                out.append((frozenset((run + lead).lower() if fold else run + lead
                                      for lead in leads), fold))
        if run:
            out.append((_run_set(run, fold), fold))
            run = ""
        if op is _C.SUBPATTERN:
            _group, add, delete, sub = av
            sub_fold = (fold or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE
            out += _required(sub.data, sub_fold)
        elif op is _C.BRANCH:
            best = [_best(_required(branch.data, fold)) for branch in av[1]]
            if all(b is not None for b in best):
                words = frozenset().union(*(b[0] for b in best if b))
                out.append((words, any(b[1] for b in best if b)))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                out += _required(av[2].data, fold)
        elif op is _C.ATOMIC_GROUP:
            out += _required(av.data, fold)
        elif op is _C.ASSERT:  # a positive look-ahead or look-behind sees text of the text too
            out += _required(av[1].data, fold)
    if run:
        out.append((_run_set(run, fold), fold))
    return out


def _shortest(words: Needles) -> Needles:
    """The words no other word of the set is part of: where "admit" is, so is "admitted"."""
    return frozenset(w for w in words if not any(v != w and v in w for v in words))


def _leading_run(items: Any) -> str:
    run = ""
    for op, av in items:
        if op is not _C.LITERAL:
            break
        run += chr(av)
    return run


# Words so common that a set holding one tells nothing about a text.
_COMMON = frozenset({
    "a", "an", "and", "as", "at", "be", "by", "for", "from", "he", "her", "his", "i", "in", "is",
    "it", "me", "my", "of", "on", "or", "our", "s", "she", "the", "their", "to", "was", "we",
    "with", "you",
})


def _selectivity(item: tuple[Needles, bool]) -> tuple[int, int]:
    """Longer words first (a common word counts as none), then fewer of them."""
    words = item[0]
    return min(0 if w.lower() in _COMMON else len(w) for w in words), -len(words)


def _best(sets: list[tuple[Needles, bool]]) -> tuple[Needles, bool] | None:
    return max(sets, key=_selectivity) if sets else None


def required_words(pattern: re.Pattern[str]) -> tuple[tuple[Needles, ...], bool]:
    """The word sets every match of `pattern` holds a word of (most selective first), and
    whether they are to be looked for in the lower-cased text. Empty: nothing is required."""
    if _P is None:
        return (), False
    try:
        tree = _P.parse(pattern.pattern, pattern.flags)
        sets = _required(tree.data, bool(pattern.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - an unreadable parse only costs the gate
        return (), False
    sets = [s for s in sets if all(s[0])]
    fold = any(f for _, f in sets)
    chosen = sorted(set(sets), key=_selectivity, reverse=True)[:_MAX_SETS]
    if fold:  # a case-sensitive word is present in the lower-cased text too, lower-cased
        return tuple(frozenset(w.lower() for w in s) for s, _ in chosen), True
    return tuple(s for s, _ in chosen), False


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}


def _first(items: Any, fold: bool) -> tuple[set[str], bool] | None:
    """The characters (or class escapes) a match of the sequence `items` can start with, and
    whether it can be empty; None when any character can start it."""
    out: set[str] = set()
    for op, av in items:
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero width: the next element decides
        if op is _C.LITERAL:
            out |= _cased(chr(av), fold)
            return out, False
        if op is _C.IN:
            for kind, arg in av:
                if kind is _C.LITERAL:
                    out |= _cased(chr(arg), fold)
                elif kind is _C.RANGE and arg[1] - arg[0] < 128:
                    for code in range(arg[0], arg[1] + 1):
                        out |= _cased(chr(code), fold)
                elif kind is _C.CATEGORY and str(arg) in _CATEGORIES:
                    out.add(_CATEGORIES[str(arg)])
                else:
                    return None
            return out, False
        if op is _C.SUBPATTERN:
            _group, add, delete, sub = av
            inner = _first(sub.data, (fold or bool(add & re.IGNORECASE))
                           and not delete & re.IGNORECASE)
        elif op is _C.BRANCH:
            firsts = [_first(branch.data, fold) for branch in av[1]]
            if any(f is None for f in firsts):
                return None
            inner = (set().union(*(f[0] for f in firsts if f)), any(f[1] for f in firsts if f))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            body = _first(av[2].data, fold)
            inner = None if body is None else (body[0], body[1] or av[0] == 0)
        else:
            return None
        if inner is None:
            return None
        out |= inner[0]
        if not inner[1]:
            return out, False
    return out, True


def _cased(char: str, fold: bool) -> set[str]:
    return {char, char.lower(), char.upper()} if fold else {char}


def with_first_letters(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` opened with a look-ahead of the characters its matches can start with, when
    it opens with a word boundary or a look-around (the engine then tries its alternation at
    every position; the look-ahead turns most of them away at once). The same matches: a
    match's first character is always one of them. Otherwise `pattern` itself."""
    if _P is None:
        return pattern
    try:
        items = _P.parse(pattern.pattern, pattern.flags).data
        if not items or items[0][0] not in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            return pattern
        first = _first(items, bool(pattern.flags & re.IGNORECASE))
        if first is None or first[1] or not first[0] or any(
                not c.isascii() for c in first[0] if len(c) == 1):
            return pattern
        chars = "".join(sorted(c if len(c) > 1 else re.escape(c) for c in first[0]))
        look = f"(?=[{chars}])"
        if "(?i" in pattern.pattern:  # a part that ignores case: so does the look-ahead
            look = f"(?i:{look})"
        return re.compile(f"{look}(?:{pattern.pattern})", pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern that cannot be read or rebuilt stays as it is
        return pattern


class Gated:
    """`pattern`, tried only on a text holding a word of each of its required word sets.

    When the words are looked for in the lower-cased text (a pattern that ignores case), a
    non-ASCII text is always tried: Unicode case-insensitive matching lets a few non-ASCII
    letters ("ſ", "ı", the Kelvin sign) match ASCII ones. The answer for the last text asked
    about is kept (by identity), so the many windowed searches of one text at candidate
    positions test its words once; that text is held until the next one is asked about.
    """

    __slots__ = ("_fast", "_last", "_tests", "_words", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        # read on first use: parsing every pattern again at import would slow the cold start
        self._words: tuple[tuple[Needles, ...], bool] | None = None
        self._tests: tuple[tuple[str, ...], ...] = ()
        self._fast = pattern
        self._last: tuple[str, bool] | None = None

    @property
    def required(self) -> tuple[Needles, ...]:
        return self._read()[0]

    @property
    def fold(self) -> bool:
        return self._read()[1]

    @property
    def looks_ahead(self) -> bool:
        """Is it matched with a look-ahead of its first letters (`with_first_letters`)?"""
        self._read()
        return self._fast is not self.pattern

    def _read(self) -> tuple[tuple[Needles, ...], bool]:
        if self._words is None:
            words = required_words(self.pattern)
            # a word that holds another word of its set adds nothing to the test; a set of
            # many words costs more to test than most patterns cost to run, so it is left out
            tests = [tuple(sorted(_shortest(s))) for s in words[0]]
            self._tests = tuple(sorted((t for t in tests if len(t) <= _MAX_WORDS), key=len))
            self._fast = with_first_letters(self.pattern)
            self._words = words
        return self._words

    def possible(self, text: str) -> bool:
        """False only when no match can exist anywhere in `text`."""
        last = self._last  # one read: another thread may replace it meanwhile
        if last is not None and last[0] is text:
            return last[1]
        required, fold = self._read()
        if (fold and not text.isascii()) or not self._tests:
            answer = True
        else:
            hay = text.lower() if fold else text
            answer = all(any(w in hay for w in words) for words in self._tests)
        self._last = (text, answer)
        return answer

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize
                 ) -> Iterator[re.Match[str]]:
        return self._fast.finditer(text, pos, endpos) if self.possible(text) else iter(())

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._fast.search(text, pos, endpos) if self.possible(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._fast.match(text, pos, endpos) if self.possible(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize
                  ) -> re.Match[str] | None:
        return self._fast.fullmatch(text, pos, endpos) if self.possible(text) else None


def gated(pattern: re.Pattern[str]) -> Gated:
    """`pattern` behind the test for the words it needs (see `Gated`)."""
    return Gated(pattern)
