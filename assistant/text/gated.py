"""A compiled pattern behind a quick test: tried only on a text that holds the words every match
of it needs.

The regex engine tries a pattern that opens with a word boundary or an alternation at every
position of the text; a substring look-up runs in C at memory speed. The PHI guard runs well over
a hundred passes over each short message and most of them cannot match it, so testing first for
the words a pass needs makes a pass over a text it cannot match nearly free, with the same
matches on every text.

The words are read from the pattern itself (`gate_reading`), once, and kept in gates.json.

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
from assistant.text.gate_reading import Derived, Needles, derive, look_ahead_chars, shortest
from assistant.text.words import lower_words

# A required word set of more than this many words is not tested (a substring test costs about
# 0.1 us on a short message: such a set costs more to test than most patterns cost to run).
_MAX_WORDS = 40


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
    return found if found is not None and "word_sets" in found else derive(source, flags)


def write_cache() -> int:
    """Write what is read of every gated pattern made so far; the number of patterns."""
    entries = {_key(g._source, g._flags): derive(g._source, g._flags) for g in _ALL}
    _CACHE_PATH.write_text(json.dumps(entries, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return len(entries)


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
            tests = [tuple(sorted(shortest(s))) for s in words[0]] if self._use_words else []
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
            self._fast = (compile_tree(f"{look}(?:{self._source})", self._flags,
                                       look_ahead_chars(look)) if look
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
