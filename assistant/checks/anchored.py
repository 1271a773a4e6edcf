"""A list of patterns scanned only for the entries whose anchor the text holds.

Each entry is (anchors, regex): one of its anchors (a word, or any substring) is in every match
of its regex. A text is scanned with one alternation of the entries whose anchor it holds, so
the scan of an ordinary message stays short however long a list grows (most messages hold few
anchors). The alternation keeps the list's order, so a match is the one the whole list's
pattern would find, and has no capturing groups, so the engine can skip ahead by first letter
(`word_matches` checks the left edge); `which` finds the entry a match came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from assistant.checks.text import word_matches
from assistant.text.alternation import compile_tree
from assistant.text.gate_reading import first_chars


class AnchoredPatterns:
    """Entries (anchors, regex); `suffix` is a look-ahead every entry shares."""

    def __init__(self, entries: Iterable[tuple[str | Sequence[str], str]], *,
                 suffix: str = "") -> None:
        listed = list(entries)
        self.anchors: tuple[tuple[str, ...], ...] = tuple(
            (a,) if isinstance(a, str) else tuple(a) for a, _r in listed)
        self.patterns: tuple[str, ...] = tuple(r for _a, r in listed)
        self._suffix = suffix
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._each: list[re.Pattern[str]] | None = None

    def present(self, low: str) -> tuple[int, ...]:
        """The entries one of whose anchors `low` holds."""
        return tuple(i for i, anchors in enumerate(self.anchors)
                     if any(a in low for a in anchors))

    def pattern(self, present: tuple[int, ...]) -> re.Pattern[str]:
        """The entries `present` as one alternation, compiled once per set of entries."""
        compiled = self._compiled.get(present)
        if compiled is None:
            alternation = "|".join(f"(?:{self.patterns[i]})" for i in present)
            source = f"(?:{alternation}){self._suffix}" if self._suffix else alternation
            # grouped by first letter and told the characters a match opens with, so the
            # engine skips in C the positions no entry can start at: the same matches
            compiled = compile_tree(source, 0, first_chars(source))
            self._compiled[present] = compiled
        return compiled

    def matches(self, low: str, start: int = 0, end: int | None = None,
                joiners: str = "'’") -> list[re.Match[str]]:
        """The matches in low[start:end] that start a word (`word_matches`); none without
        scanning when the text holds no anchor."""
        present = self.present(low)
        if not present:
            return []
        return list(word_matches(self.pattern(present), low, start, end, joiners))

    def which(self, m: re.Match[str]) -> int:
        """The index of the entry a match came from (each entry compiled on the first
        call: most messages have no match)."""
        if self._each is None:
            self._each = [re.compile(p) for p in self.patterns]
        return next(i for i, p in enumerate(self._each) if p.match(m.string, m.start()))
