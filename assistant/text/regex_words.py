"""The whole words every match of a pattern holds, read from its parse tree, for the word test
of a gated pattern (`assistant.text.gated`).

A literal is a whole word of the text when nothing but a non-word character, a word boundary
(`\\b`) or the text's start or end can stand beside it: `\\b(?:room|bed)\\s*\\d` needs the word
"room" or "bed", which a set of the text's words (`words.lower_words`) answers in one look-up,
where a substring test of "bed" is also passed by "bedside" and "embedded". A literal that may
run on into other letters ("[a-z]*icu") is looked for as a substring instead.

Sound by construction: a word set is reported only when every match holds one of its words
(or substrings), so a text holding none of them cannot match. Anything not understood (a
back-reference, a large or unbounded language) is simply never required.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.text.patterns import lazy

try:  # the standard library's own regex parser (Python 3.11+)
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - an interpreter without it: no word test
    _C = _P = None  # type: ignore[assignment]

# A literal part of a pattern is read as the set of strings it can match while there are at
# most this many ("ed|er" is parsed as "e" then "[dr]"; read back, it is "ed" or "er").
_LIMIT = 64

_WORD = lazy(r"\w")
_RUNS = lazy(r"\w+")

# One required set: the whole words and the substrings (lower-cased) one of which every match
# holds.
WordSet = tuple[frozenset[str], frozenset[str]]


def _is_word(char: str) -> bool:
    return _WORD.match(char) is not None


# Assertions that bound the position after them, and those that bound the position before them.
_OPENING = (_C.AT_BOUNDARY, _C.AT_BEGINNING, _C.AT_BEGINNING_STRING) if _C else ()
_CLOSING = (_C.AT_BOUNDARY, _C.AT_END, _C.AT_END_STRING) if _C else ()


def _zero_width(op: Any) -> bool:
    return op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT)


def _non_word_class(items: Any) -> bool:
    """A character class whose every member is a non-word character ("\\s", "[ /-]")."""
    for kind, arg in items:
        if kind is _C.LITERAL and not _is_word(chr(arg)):
            continue
        if kind is _C.CATEGORY and arg in (_C.CATEGORY_SPACE, _C.CATEGORY_NOT_WORD):
            continue
        return False
    return True


def _bound_across(item: tuple[Any, Any], bound: bool, forward: bool) -> bool:
    """Given whether the position on one side of `item` is bounded (a non-word character or
    the text's edge beside it there, or a word boundary asserted there), whether the position on
    its other side is: read forward, the position after it; backward, the one before it."""
    op, av = item
    if op is _C.LITERAL:
        return not _is_word(chr(av))
    if op is _C.IN:
        return _non_word_class(av)
    if op is _C.AT:
        return True if av in (_OPENING if forward else _CLOSING) else bound
    if op in (_C.ASSERT, _C.ASSERT_NOT):
        return bound
    if op is _C.SUBPATTERN:
        return _across(av[3].data, bound, forward)
    if op is _C.ATOMIC_GROUP:
        return _across(av.data, bound, forward)
    if op is _C.BRANCH:
        return all(_across(branch.data, bound, forward) for branch in av[1])
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        body = _across(av[2].data, False, forward)  # an empty body inherits False
        return body if av[0] >= 1 else body and bound
    return False


def _across(items: Any, bound: bool, forward: bool) -> bool:
    for item in items if forward else reversed(items):
        bound = _bound_across(item, bound, forward)
    return bound


def _language(item: tuple[Any, Any]) -> set[str] | None:
    """The strings `item` can match when they are few and fixed (zero-width parts match ""):
    None otherwise."""
    op, av = item
    if op is _C.LITERAL:
        return {chr(av)}
    if op is _C.IN:
        if any(kind is not _C.LITERAL for kind, _ in av):
            return None
        return {chr(arg) for _, arg in av}
    if _zero_width(op):
        return {""}
    if op is _C.SUBPATTERN:
        return _sequence_language(av[3].data)
    if op is _C.ATOMIC_GROUP:
        return _sequence_language(av.data)
    if op is _C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            part = _sequence_language(branch.data)
            if part is None:
                return None
            out |= part
        return out if len(out) <= _LIMIT else None
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[1] <= 1:
        body = _sequence_language(av[2].data)
        if body is None:
            return None
        return body | {""} if av[0] == 0 else body
    return None


def _sequence_language(items: Any) -> set[str] | None:
    out = {""}
    for item in items:
        part = _language(item)
        if part is None:
            return None
        out = {a + b for a in out for b in part}
        if len(out) > _LIMIT:
            return None
    return out


def _word_set(strings: set[str], left: bool, right: bool) -> WordSet | None:
    """What every one of `strings` (matched between a left and a right context, each bounded
    or not) holds: its longest whole word, else itself as a substring; None when one of them
    is empty (nothing is required)."""
    tokens: set[str] = set()
    subs: set[str] = set()
    for s in strings:
        if not s:
            return None
        whole = [m.group() for m in _RUNS.finditer(s)
                 if (m.start() > 0 or left) and (m.end() < len(s) or right)]
        if whole:
            tokens.add(max(whole, key=len).lower())
        else:
            subs.add(s.lower())
    return frozenset(tokens), frozenset(subs)


def _sets(items: Any, left: bool, right: bool) -> list[WordSet]:
    """Every word set the sequence `items` requires, given whether its start and its end are
    bounded."""
    n = len(items)
    bounds = [False] * (n + 1)  # bounds[k]: is the position before items[k] bounded on its right
    bounds[n] = right
    for k in range(n - 1, -1, -1):
        bounds[k] = _bound_across(items[k], bounds[k + 1], False)
    out: list[WordSet] = []
    k = 0
    while k < n:
        op, av = items[k]
        # the longest run of fixed parts from here, read as one set of strings
        strings: set[str] = {""}
        j = k
        while j < n and not _zero_width(items[j][0]):
            part = _language(items[j])
            if part is None:
                break
            joined = {a + b for a in strings for b in part}
            if len(joined) > _LIMIT:
                break
            strings, j = joined, j + 1
        if j > k:
            found = _word_set(strings, left, bounds[j])
            if found is not None:
                out.append(found)
            for item in items[k:j]:
                left = _bound_across(item, left, True)
            k = j
            continue
        if op is _C.SUBPATTERN:
            out += _sets(av[3].data, left, bounds[k + 1])
        elif op is _C.ATOMIC_GROUP:
            out += _sets(av.data, left, bounds[k + 1])
        elif op is _C.BRANCH:
            best = [_best(_sets(branch.data, left, bounds[k + 1])) for branch in av[1]]
            if all(b is not None for b in best):
                out.append((frozenset().union(*(b[0] for b in best if b)),
                            frozenset().union(*(b[1] for b in best if b))))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1:
            # the first time through starts here; it ends here only when it is the only time
            out += _sets(av[2].data, left, bounds[k + 1] if av[1] == 1 else False)
        elif op is _C.ASSERT and av[0] == 1:  # a look-ahead sees text from here on
            out += _sets(av[1].data, left, False)
        left = _bound_across(items[k], left, True)
        k += 1
    return out


# Words so common that a set holding one tells nothing about a text.
COMMON = frozenset({
    "a", "an", "and", "as", "at", "be", "by", "for", "from", "he", "her", "his", "i", "in", "is",
    "it", "me", "my", "of", "on", "or", "our", "s", "she", "the", "their", "to", "was", "we",
    "with", "you",
})


def selectivity(word_set: WordSet) -> tuple[int, int, int]:
    """Sets of whole words first (a substring test is slower and passed more often), then the
    ones whose shortest word is longest (a common word counts as none), then fewer words."""
    tokens, subs = word_set
    shortest = min([0 if w in COMMON else len(w) for w in tokens]
                   + [len(s) - 1 for s in subs])
    return -len(subs), shortest, -len(tokens) - len(subs)


def _best(sets: list[WordSet]) -> WordSet | None:
    return max(sets, key=selectivity) if sets else None


def word_sets(source: str, flags: int) -> list[WordSet]:
    """The word sets every match of the pattern holds a word of, most selective first; empty
    when nothing is known to be required."""
    if _P is None or flags & (re.ASCII | re.LOCALE):
        return []  # a word boundary that is not Unicode's: not the words `lower_words` reads
    sets = {s for s in _sets(_P.parse(source, flags).data, False, False) if s[0] or s[1]}
    return sorted(sets, key=lambda s: (selectivity(s), sorted(s[0]), sorted(s[1])),
                  reverse=True)
