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

Where every match holds one of a set of whole words (`regex_words`: "\\b(?:ed|er)\\s+\\d"
needs the word "ed" or "er", not any text holding "ed"), the set is tested against the text's
words, read once per text (`words.lower_words`): a hashed look-up per word, whatever the size
of the set, so even a pattern of a hundred words is skipped on a text holding none of them.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assistant.text.alternation import compile_tree
from assistant.text.regex_words import COMMON, word_sets
from assistant.text.words import lower_words

try:  # the standard library's own regex parser (Python 3.11+)
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - an interpreter without it: no gate, same matches
    _C = _P = None  # type: ignore[assignment]

# At most this many required word sets are tested (the most selective first), each of at most
# this many words (a substring test costs about 0.1 us on a short message). Sets of whole
# words are tested against the text's set of words, one hashed look-up per word of the shorter
# of the two sets, whatever their size; such a set may also hold a few substrings of three
# letters or more (a literal that may run on into other letters: "[a-z]*icu"), looked for in
# the lower-cased text only when none of its words is there.
_MAX_SETS = 3
_MAX_WORDS = 40
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


def _selectivity(item: tuple[Needles, bool]) -> tuple[int, int]:
    """Longer words first (a common word counts as none), then fewer of them."""
    words = item[0]
    return min(0 if w.lower() in COMMON else len(w) for w in words), -len(words)


def _best(sets: list[tuple[Needles, bool]]) -> tuple[Needles, bool] | None:
    return max(sets, key=_selectivity) if sets else None


def required_words(pattern: re.Pattern[str]) -> tuple[tuple[Needles, ...], bool]:
    """The word sets every match of `pattern` holds a word of (most selective first), and
    whether they are to be looked for in the lower-cased text. Empty: nothing is required."""
    derived = _derive(pattern.pattern, pattern.flags)
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


def with_first_letters(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` opened with a look-ahead of the characters its matches can start with, when
    it opens with a word boundary or a look-around (the engine then tries its alternation at
    every position; the look-ahead turns most of them away at once). The same matches: a
    match's first character is always one of them. Otherwise `pattern` itself."""
    look = _derive(pattern.pattern, pattern.flags)["first"]
    return re.compile(f"{look}(?:{pattern.pattern})", pattern.flags) if look else pattern


# {"words": [[word, ...], ...], "fold": bool, "first": look-ahead,
#  "word_sets": [[[whole word, ...], [substring, ...]], ...]}
Derived = dict[str, Any]


def _derive(source: str, flags: int) -> Derived:
    """What a gate needs to know of a pattern, from one parse of it."""
    empty: Derived = {"words": [], "fold": False, "first": "", "word_sets": []}
    if _P is None:
        return empty
    try:
        items = _P.parse(source, flags).data
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


# What was read of each gated pattern, written by `python -m assistant.text.gated` and keyed by
# the pattern's source, so a changed pattern is read afresh (slower on first use, never wrong).
_CACHE_PATH = Path(__file__).with_name("gates.json")
_cache: dict[str, Derived] | None = None
_ALL: list[Gated] = []


def _key(source: str, flags: int) -> str:
    return hashlib.sha1(f"{flags}\0{source}".encode()).hexdigest()[:20]


def _cached(source: str, flags: int) -> Derived:
    global _cache
    if _cache is None:
        try:
            _cache = json.loads(_CACHE_PATH.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            _cache = {}
    found = _cache.get(_key(source, flags))
    return found if found is not None and "word_sets" in found else _derive(source, flags)


def write_cache() -> int:
    """Write what is read of every gated pattern made so far; the number of patterns."""
    entries = {_key(g._source, g._flags): _derive(g._source, g._flags) for g in _ALL}
    _CACHE_PATH.write_text(json.dumps(entries, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return len(entries)


# The characters of a look-ahead made by `_look_ahead`: "(?=[br])" or "(?i:(?=[BRbr]))".
_LOOK_CHARS = re.compile(r"\(\?=\[(.*)\]\)")


@functools.lru_cache(maxsize=1)
def _lowered(text: str) -> str:
    """`text.lower()`, made once for the many gates that ignore case asking about one text."""
    return text.lower()


class Gated:
    """`pattern`, tried only on a text holding a word of each of its required word sets.

    When the words are looked for in the lower-cased text (a pattern that ignores case), a
    non-ASCII text is always tried: Unicode case-insensitive matching lets a few non-ASCII
    letters ("ſ", "ı", the Kelvin sign) match ASCII ones. The answer for the last text asked
    about is kept (by identity), so the many windowed searches of one text at candidate
    positions test its words once; that text is held until the next one is asked about.
    """

    def __init__(self, pattern: str | re.Pattern[str], flags: int = 0, words: bool = True
                 ) -> None:
        if isinstance(pattern, re.Pattern):
            pattern, flags = pattern.pattern, pattern.flags
        self._source, self._flags = pattern, flags
        self._use_words = words
        # compiled and read on first use: at import they would slow the cold start
        self._compiled: re.Pattern[str] | None = None
        self._words: tuple[tuple[Needles, ...], bool] | None = None
        self._tests: tuple[tuple[str, ...], ...] = ()
        self._whole: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = ()
        self._ignores_case = bool(flags & re.IGNORECASE) or "(?i" in pattern
        self._fast: re.Pattern[str] | None = None
        self._look = ""
        self._fold = False
        self._last: tuple[str, bool] | None = None
        _ALL.append(self)

    # Like a compiled pattern: its source and flags (to build a larger pattern from it), and
    # the other methods (sub, findall, split...) of the pattern itself, ungated.
    @property
    def pattern(self) -> str:
        return self._source

    @property
    def flags(self) -> int:
        return self.compiled.flags

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compile_tree(self._source, self._flags)
        return self._compiled

    # (written out, not a __getattr__: a class with one is not specialised by the interpreter,
    # which made every gate's own attribute look-ups slower)
    @property
    def groups(self) -> int:
        return self.compiled.groups

    @property
    def groupindex(self) -> Any:
        return self.compiled.groupindex

    def sub(self, *args: Any, **kwargs: Any) -> str:
        return self.compiled.sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> tuple[str, int]:
        return self.compiled.subn(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> list[Any]:
        return self.compiled.findall(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> list[Any]:
        return self.compiled.split(*args, **kwargs)

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
        return bool(self._look)

    def _read(self) -> tuple[tuple[Needles, ...], bool]:
        if self._words is None:
            derived = _cached(self._source, self._flags)
            words = tuple(frozenset(w) for w in derived["words"]), bool(derived["fold"])
            # a word that holds another word of its set adds nothing to the test; a set of
            # many words costs more to test than most patterns cost to run, so it is left out
            tests = [tuple(sorted(_shortest(s))) for s in words[0]] if self._use_words else []
            self._tests = tuple(sorted((t for t in tests if len(t) <= _MAX_WORDS), key=len))
            self._whole = tuple((frozenset(tokens), tuple(subs))
                                for tokens, subs in derived["word_sets"])
            self._look = derived["first"]
            self._fold = words[1]
            self._words = words
            if not self._tests and not self._whole:  # later calls go straight to the engine
                fast = self._engine()
                self.finditer = fast.finditer  # type: ignore[method-assign]
                self.search = fast.search  # type: ignore[method-assign]
                self.match = fast.match  # type: ignore[method-assign]
                self.fullmatch = fast.fullmatch  # type: ignore[method-assign]
        return self._words

    def _engine(self) -> re.Pattern[str]:
        """The pattern as run, compiled when a text first needs it: a pattern whose words no
        text has held yet is never compiled (most of them, for the first message checked)."""
        if self._fast is None:
            self._read()
            look = self._look
            chars = _LOOK_CHARS.search(look)
            self._fast = (compile_tree(f"{look}(?:{self._source})", self._flags,
                                       chars.group(1) if chars else "") if look
                          else self.compiled)
        return self._fast

    def possible(self, text: str) -> bool:
        """False only when no match can exist anywhere in `text`."""
        last = self._last  # one read: another thread may replace it meanwhile
        if last is not None and last[0] is text:
            return last[1]
        if self._words is None:  # (not a call per text: most gates are asked once per text)
            self._read()
        answer = True
        whole = self._whole
        if whole and (not self._ignores_case or text.isascii()):
            found = lower_words(text)
            for tokens, subs in whole:
                if found.isdisjoint(tokens):
                    if subs:
                        if not text.isascii():
                            continue
                        hay = _lowered(text)
                        for w in subs:
                            if w in hay:
                                break
                        else:
                            answer = False
                            break
                    else:
                        answer = False
                        break
        tests = self._tests
        if answer and tests and not (self._fold and not text.isascii()):
            hay = _lowered(text) if self._fold else text
            for words in tests:  # loops, not all(any(...)): no generator per call
                for w in words:
                    if w in hay:
                        break
                else:
                    answer = False
                    break
        self._last = (text, answer)
        return answer

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize
                 ) -> Iterator[re.Match[str]]:
        if not self.possible(text):
            return iter(())
        return (self._fast or self._engine()).finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self.possible(text):
            return None
        return (self._fast or self._engine()).search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self.possible(text):
            return None
        return (self._fast or self._engine()).match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize
                  ) -> re.Match[str] | None:
        if not self.possible(text):
            return None
        return (self._fast or self._engine()).fullmatch(text, pos, endpos)


def gated(pattern: str | re.Pattern[str], flags: int = 0, words: bool = True) -> Gated:
    """`pattern` behind the test for the words it needs (see `Gated`) and with a look-ahead of
    its first letters (`with_first_letters`). `words=False` for a pattern searched in many
    small windows of a text whose words would not often be missing: no substring test, only
    the look-ahead and the test of whole words (one look-up per text, when it has a set of
    them; with none, no cost per call)."""
    return Gated(pattern, flags, words)


if __name__ == "__main__":  # python -m assistant.text.gated: refresh gates.json
    import importlib
    import pkgutil

    import assistant.phi
    from assistant.text import gated as module  # the instances are registered there

    for info in pkgutil.iter_modules(assistant.phi.__path__):
        importlib.import_module(f"assistant.phi.{info.name}")
    print(f"{module.write_cache()} gated patterns read into {module._CACHE_PATH}")
