"""Word count and the Flesch–Kincaid grade level, reported as info.

Flesch–Kincaid grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
(Kincaid, Fishburne, Rogers & Chissom, 1975). Syllables are counted with the usual vowel-group
heuristic: about 95% of common English words get the right count, which is plenty for a grade
reported to one decimal. Written here rather than pulled from a library because it is small
and keeps `outreach check` free of extra imports.
"""

from __future__ import annotations

from functools import lru_cache

from assistant.text.patterns import lazy

_VOWEL_GROUPS = lazy(r"[aeiouy]+")
_ALPHA = lazy(r"[a-z]+")
# Endings that add a syllable the vowel-group count misses, or drop one it over-counts.
_SILENT_E = lazy(r"[^aeiouy]e$")
_HAS_LETTER = lazy(r"[^\W\d_]")
_LE_END = lazy(r"[^aeiouy]le$")
_ED_END = lazy(r"[^aeiouytd]ed$")
_ES_END = lazy(r"[^aeiouy](?<![sxzcg]h)(?<![sxzcg])es$")
_EXTRA = lazy(r"(?:ia|io[^n]|iu|ua|eo|ii|uo)|(?:[^aeiou]ism$)")


@lru_cache(maxsize=8192)
def syllables(word: str) -> int:
    """Estimated syllables in one word (at least one). Cached: a draft is re-checked after each
    edit, and most of its words recur from message to message."""
    w = word.lower()
    letters = "".join(_ALPHA.findall(w))
    if not letters:
        return 1 if any(ch.isdigit() for ch in w) else 0
    if len(letters) <= 3:
        return 1
    count = len(_VOWEL_GROUPS.findall(letters))
    if _SILENT_E.search(letters) and not _LE_END.search(letters):
        count -= 1
    if _ED_END.search(letters) or _ES_END.search(letters):
        count -= 1
    count += len(_EXTRA.findall(letters))
    return max(1, count)


def flesch_kincaid_grade(words: list[str], sentence_count: int) -> float | None:
    """The grade level, or None when there is too little text to score."""
    # a word that starts with a letter has one; only the others are searched
    alpha = [w for w in words if w[:1].isalpha() or _HAS_LETTER.search(w)]
    if len(alpha) < 10 or sentence_count < 1:
        return None
    syl = sum(map(syllables, alpha))  # cached per word: a repeated word is a look-up
    return 0.39 * (len(alpha) / sentence_count) + 11.8 * (syl / len(alpha)) - 15.59
