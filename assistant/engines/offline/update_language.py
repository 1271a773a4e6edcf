"""Clauses of another language typed inside an update ("por fin! got the global health track
spot, empiezo en enero"): a resident writing to a mentor who shares the language mixes it in,
but the draft is in English and the engine does not translate, so such a clause is left out and
the notice says so (say less, never invent a translation).

A clause is of another language when most of its words in lower case are far more frequent in
Spanish, French, German, Portuguese or Italian than in English (wordfreq's tables); a name, a
number or an acronym is no evidence either way. The other languages' tables are read only when
the text holds a word English does not know or a lower-case word with an accent, so an English
update costs nothing.
"""

from __future__ import annotations

import re

from assistant.phi.vocab import zipf

_LANGUAGES = ("es", "fr", "de", "pt", "it")
# How much more frequent (Zipf points) a word must be in another language to count for it
_MARGIN = 1.0
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Where a clause ends: a mark, or a dash between words
_CLAUSE = re.compile(r"([,;:!?.]+\s*|\s+[-–—]+\s+)")


def _unknown(word: str) -> bool:
    """A lower-case word English does not know, or one with a letter beyond ASCII."""
    return word.islower() and (zipf(word) < 1.0 or not word.isascii()) and len(word) > 2


def _foreign(word: str) -> bool:
    from wordfreq import zipf_frequency  # only when a clause may be of another language

    english = max(zipf(word), zipf_frequency(word, "en"))
    return max(zipf_frequency(word, lang) for lang in _LANGUAGES) - english >= _MARGIN


def _of_another_language(clause: str) -> bool:
    words = [w for w in _WORD.findall(clause) if w.islower()]
    if len(words) == 1:  # "enfin!": one word, when English does not know it
        return _unknown(words[0]) and _foreign(words[0])
    return len(words) >= 2 and sum(map(_foreign, words)) * 3 >= len(words) * 2


def english_only(text: str) -> tuple[str, list[str]]:
    """(the text without its clauses of another language, the clauses left out)."""
    if not any(_unknown(w) for w in _WORD.findall(text)):
        return text, []
    pieces = _CLAUSE.split(text)
    kept: list[str] = []
    left: list[str] = []
    for n in range(0, len(pieces), 2):
        clause, mark = pieces[n], pieces[n + 1] if n + 1 < len(pieces) else ""
        if clause.strip() and _of_another_language(clause):
            left.append(clause.strip())
            continue
        kept.append(clause + mark)
    return re.sub(r"^[\s,;:!?.–—-]+|[\s,;:–—-]+$", "", "".join(kept)), left
