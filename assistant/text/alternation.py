"""Large alternations compiled as a tree of first letters, with the same matches.

The regex engine tries the branches of an alternation one after another at every position it
reaches: a list of a hundred words costs a hundred tests per position, and under IGNORECASE each
test is a full jump into the branch. Grouped by their first letter (`disease|drug|sign|score` ->
`d(?:isease|rug)|s(?:ign|core)`, level by level) most branches are turned away by one letter
test, and a branch that opens with a plain letter is skipped by the engine without entering it.

The same matches, groups and backtracking: branches that open with different letters can never
both match at one position, so only their relative order changes; the branches that share a
first letter keep their order, and a branch that does not open with a plain letter (a class, a
group, a look-around) is a barrier nothing is moved across. Under IGNORECASE only ASCII letters
are grouped (by their lower case, which no other ASCII letter shares).

Given the characters every match must open with (the gate's look-ahead, `gated.py`), the
compiled pattern also carries them as its set of first characters, which the engine's search
loop tests in C before it tries the pattern at a position (it finds such a set by itself only
when a pattern opens with a plain class or letter, never after a word boundary or look-around):
a position whose character is not in the set could not start a match anyway.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.text.regex_cache import Made, compiled

try:  # the standard library's own regex parser and compiler (Python 3.11+)
    import _sre
    from re import _compiler as _K
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - another interpreter: plain re.compile
    _sre = _K = _C = _P = None  # type: ignore[assignment]

# Branches shorter than this are left as written: grouping them gains nothing.
_MIN_BRANCHES = 4
# The non-ASCII letters that IGNORECASE matches to an ASCII one.
FOLD_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def compile_tree(source: str, flags: int = 0, first: str = "") -> re.Pattern[str]:
    """`re.compile(source, flags)`, its alternations grouped by first letter; `first`, the
    body of a character class that holds the first character of every match, if known. The
    compiled code is kept between processes (`regex_cache`)."""
    if _P is None:
        return re.compile(source, flags)
    try:
        return compiled(source, flags, lambda: _tree_code(source, flags, first), first=first,
                        tree=True)
    except Exception:  # noqa: BLE001 - a pattern this cannot rewrite is compiled as written
        return re.compile(source, flags)


def _tree_code(source: str, flags: int, first: str) -> Made:
    """What `_sre.compile` takes for the rewritten pattern."""
    parsed = _P.parse(source, flags)
    tree = _rewrite(parsed, parsed.state.flags | flags)
    code = _K._code(tree, flags)
    if first:
        fold = bool((parsed.state.flags | flags) & re.IGNORECASE) or "(?i" in source
        code = _with_first(code, first, fold, parsed.state.flags | flags)
    state = parsed.state
    index: list[str | None] = [None] * state.groups
    for name, i in state.groupdict.items():
        index[i] = name
    return flags | state.flags, code, state.groups - 1, state.groupdict, tuple(index)


def _with_first(code: list[int], first: str, fold: bool, flags: int) -> list[int]:
    """`code` whose info block names the set `[first]` of the first characters of a match,
    when it names no literal prefix or set of its own (and the pattern cannot match empty)."""
    info, skip, mask, low, high = code[:5]
    if info != _C.INFO or mask & (_C.SRE_INFO_PREFIX | _C.SRE_INFO_CHARSET) or low == 0:
        return code
    op, av = _P.parse(f"[{first}]").data[0]
    items = list(av) if op is _C.IN else [(op, av)]
    if fold:  # the set is tested as written: add every letter IGNORECASE matches to its own
        for item_op, value in list(items):
            if item_op is _C.LITERAL and chr(value).isascii() and chr(value).isalpha():
                letter = chr(value).lower()
                items += [(_C.LITERAL, ord(c)) for c in letter + letter.upper()
                          + FOLD_EXTRA.get(letter, "")]
    if any(item_op not in (_C.LITERAL, _C.RANGE, _C.CATEGORY) for item_op, _ in items):
        return code
    charset, _ = _K._optimize_charset(items)
    block = [_C.INFO, 0, _C.SRE_INFO_CHARSET, low, high]
    _K._compile_charset(charset, flags & ~re.IGNORECASE, block)
    block[1] = len(block) - 1
    return block + code[1 + skip:]


def _sub(state: Any, data: list[Any]) -> Any:
    return _P.SubPattern(state, data)


def _rewrite(pattern: Any, flags: int) -> Any:
    """`pattern` (a parsed SubPattern) with every large alternation in it grouped."""
    out = []
    for op, av in pattern.data:
        if op is _C.BRANCH:
            branches = [_rewrite(b, flags) for b in av[1]]
            out.extend(_grouped(pattern.state, branches, flags))
            continue
        if op is _C.SUBPATTERN:
            group, add, remove, inner = av
            av = (group, add, remove, _rewrite(inner, (flags | add) & ~remove))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            av = (av[0], av[1], _rewrite(av[2], flags))
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            av = (av[0], _rewrite(av[1], flags))
        elif op is _C.ATOMIC_GROUP:
            av = _rewrite(av, flags)
        elif op is _C.GROUPREF_EXISTS:
            av = (av[0], _rewrite(av[1], flags), av[2] and _rewrite(av[2], flags))
        out.append((op, av))
    return _sub(pattern.state, out)


def _key(branch: Any, fold: bool) -> int | None:
    """The letter a branch must open with (lower-cased under IGNORECASE), or None: a barrier."""
    if not branch.data:
        return None
    op, av = branch.data[0]
    if op is not _C.LITERAL:
        return None
    if fold and chr(av).lower() != chr(av).upper():
        return ord(chr(av).lower()) if av < 128 else None
    return av


def _grouped(state: Any, branches: list[Any], flags: int) -> list[tuple[Any, Any]]:
    """The items that replace one BRANCH of `branches`."""
    if len(branches) < _MIN_BRANCHES:
        return [(_C.BRANCH, (None, branches))]
    fold = bool(flags & re.IGNORECASE)
    result: list[Any] = []
    run: dict[int, list[Any]] = {}  # first letter -> its branches, in order (dicts keep order)

    def flush() -> None:
        for group in run.values():
            if len(group) == 1:
                result.append(group[0])
                continue
            first = group[0].data[0]
            rests = [_sub(state, b.data[1:]) for b in group]
            result.append(_sub(state, [first, *_grouped(state, rests, flags)]))
        run.clear()

    for branch in branches:
        key = _key(branch, fold)
        if key is None:
            flush()
            result.append(branch)
        else:
            run.setdefault(key, []).append(branch)
    flush()
    if len(result) == 1:
        return list(result[0].data)
    return [(_C.BRANCH, (None, result))]
