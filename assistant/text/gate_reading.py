"""What a gate needs to know of a pattern, read from the pattern itself (its parse tree), not
written beside it (`assistant.text.gated` tests a text for these words before running it).

A word added to a pattern's alternation can never be missed by a stale list: every literal run a
match must consume (or a positive look-around must see) is required; an alternation requires one
of its branches' words. A pattern whose parse cannot be read is simply never skipped. The whole
words of `regex_words` and the look-ahead of a match's first letters are read in the same pass.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.text.patterns import lazy
from assistant.text.regex_words import COMMON, word_sets

try:  # the standard library's own regex parser (Python 3.11+)
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - an interpreter without it: no gate, same matches
    _C = _P = None  # type: ignore[assignment]


# At most this many required word sets are kept (the most selective first); at most this many
# sets of whole words, each with at most this many substrings of three letters or more (a
# literal that may run on into other letters: "[a-z]*icu").
_MAX_SETS = 3
_MAX_WORD_SETS = 3
_MAX_SUBSTRINGS = 12

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


def shortest(words: Needles) -> Needles:
    """The words no other word of the set is part of: where "admit" is, so is "admitted"."""
    return frozenset(w for w in words if not any(v != w and v in w for v in words))


def _leading_run(items: Any) -> str:
    run = ""
    for op, av in items:
        if op is not _C.LITERAL:
            break
        run += chr(av)
    return run


def _selectivity(item: tuple[Needles, bool]) -> tuple[int, int]:
    """Longer words first (a common word counts as none), then fewer of them."""
    words = item[0]
    return min(0 if w.lower() in COMMON else len(w) for w in words), -len(words)


def _best(sets: list[tuple[Needles, bool]]) -> tuple[Needles, bool] | None:
    return max(sets, key=_selectivity) if sets else None


def required_words(pattern: re.Pattern[str]) -> tuple[tuple[Needles, ...], bool]:
    """The word sets every match of `pattern` holds a word of (most selective first), and
    whether they are to be looked for in the lower-cased text. Empty: nothing is required."""
    derived = derive(pattern.pattern, pattern.flags)
    return tuple(frozenset(w) for w in derived["words"]), derived["fold"]


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


def _look_ahead(source: str, flags: int, items: Any) -> str:
    """The look-ahead of the first characters of a pattern's matches (see
    `with_first_letters`), or "" when there is none to add."""
    if not items or items[0][0] not in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return ""
    first = _first(items, bool(flags & re.IGNORECASE))
    if first is None or first[1] or not first[0] or any(
            not c.isascii() for c in first[0] if len(c) == 1):
        return ""
    chars = "".join(sorted(c if len(c) > 1 else re.escape(c) for c in first[0]))
    look = f"(?=[{chars}])"
    return f"(?i:{look})" if "(?i" in source else look  # a part that ignores case: so does it


def first_chars(source: str, flags: int = 0) -> str:
    """The body of a character class that holds the first character of every match of
    `source` (for `alternation.compile_tree`), or "" when any character may open one, a match
    may be empty, or the pattern cannot be read."""
    if _P is None:
        return ""
    try:
        first = _first(_P.parse(source, flags).data, bool(flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - an unreadable pattern is only not sped up
        return ""
    if first is None or first[1] or not first[0] or any(
            not c.isascii() for c in first[0] if len(c) == 1):
        return ""
    return "".join(sorted(c if len(c) > 1 else re.escape(c) for c in first[0]))


def with_first_letters(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` opened with a look-ahead of the characters its matches can start with, when
    it opens with a word boundary or a look-around (the engine then tries its alternation at
    every position; the look-ahead turns most of them away at once). The same matches: a
    match's first character is always one of them. Otherwise `pattern` itself."""
    look = derive(pattern.pattern, pattern.flags)["first"]
    return re.compile(f"{look}(?:{pattern.pattern})", pattern.flags) if look else pattern


# {"words": [[word, ...], ...], "fold": bool, "first": look-ahead,
#  "word_sets": [[[whole word, ...], [substring, ...]], ...]}
Derived = dict[str, Any]


def derive(source: str, flags: int) -> Derived:
    """What a gate needs to know of a pattern, from one parse of it."""
    empty: Derived = {"words": [], "fold": False, "first": "", "word_sets": []}
    if _P is None:
        return empty
    try:
        parsed = _P.parse(source, flags)
        items = parsed.data
        # a global flag written inline ("(?i)subject:") ignores case as the argument would
        flags |= parsed.state.flags & re.IGNORECASE
        sets = [s for s in _required(items, bool(flags & re.IGNORECASE)) if all(s[0])]
        first = _look_ahead(source, flags, items)
        # sets of whole words, none of them common, and a few long substrings at most
        whole = [[sorted(tokens), sorted(subs)] for tokens, subs in word_sets(source, flags)
                 if COMMON.isdisjoint(tokens) and len(subs) <= _MAX_SUBSTRINGS
                 and all(len(s) >= 3 for s in subs)][:_MAX_WORD_SETS]
    except Exception:  # noqa: BLE001 - an unreadable pattern only costs the gate
        return empty
    try:
        if first:
            re.compile(f"{first}(?:{source})", flags)
    except re.error:  # "(?i)..." cannot be opened with anything: no look-ahead
        first = ""
    fold = any(f for _, f in sets)
    chosen = sorted(set(sets), key=lambda s: (_selectivity(s), sorted(s[0])),
                    reverse=True)[:_MAX_SETS]
    words = [sorted(w.lower() for w in s) if fold else sorted(s) for s, _ in chosen]
    return {"words": words, "fold": fold, "first": first, "word_sets": whole}


# The characters of a look-ahead made by `_look_ahead`: "(?=[br])" or "(?i:(?=[BRbr]))".
_LOOK_CHARS = lazy(r"\(\?=\[(.*)\]\)")


def look_ahead_chars(look: str) -> str:
    """The characters of a look-ahead made for a pattern (`Derived["first"]`), "" for none."""
    chars = _LOOK_CHARS.search(look)
    return chars.group(1) if chars else ""

