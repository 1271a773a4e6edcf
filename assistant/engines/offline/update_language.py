"""Clauses of another language typed inside an update ("por fin! got the global health track
spot, empiezo en enero"): a resident writing to a mentor who shares the language mixes it in,
but the draft is in English and the engine does not translate prose: such a clause is retold
when update_retell.py's small table accounts for every word of it, kept in the resident's own
words (in quotes) when it holds a fact, and left out only when it holds none (an exclamation);
the notice says which (say less, never invent a translation, never drop a fact).

A clause is of another language when most of its words in lower case are far more frequent in
Spanish, French, Portuguese, German, Italian or Filipino (Tagalog) than in English (wordfreq's
small tables, all six read in about half a second); a name, a number or an acronym is no
evidence either way, an accented word English does not know counts for the language. The other
languages' tables are read only when the text holds a word English does not know or a
lower-case word with an accent; the language is the first that claims all of those words, else
the one that claims the most of them (half at least).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant.engines.offline.update_retell import holds_fact, retold
from assistant.phi.vocab import zipf
from assistant.text.patterns import lazy

_LANGUAGES = ("es", "fr", "pt", "de", "it", "fil")  # the most often mixed in first
# How much more frequent (Zipf points) a word must be in another language to count for it
_MARGIN = 1.0
_WORD = lazy(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Where a clause ends: a mark, a dash between words, or a conjunction before an English subject
# or determiner
_CLAUSE = lazy(r"([,;:!?.]+\s*|\s+[-–—]+\s+|\s+(?:and|but|so)\s+(?=(?:I|we|my|our|the|a|an)\s))")


def _english(word: str) -> float:
    """How common a word is in English: the PHI guard's table (already read), and wordfreq's
    whole English table for a word it lacks ("hyperkalemia")."""
    known = zipf(word)
    if known:
        return known
    from wordfreq import zipf_frequency  # only for a word the small table lacks

    return zipf_frequency(word, "en", wordlist="small")


def _unknown(word: str) -> bool:
    """A lower-case word English does not know, or one with a letter beyond ASCII."""
    return word.islower() and len(word) > 2 and (not word.isascii() or _english(word) < 1.0)


def _foreign(word: str, lang: str) -> bool:
    from wordfreq import zipf_frequency  # only when a clause may be of another language

    return zipf_frequency(word, lang, wordlist="small") - _english(word) >= _MARGIN


def english_word(word: str, lang: str) -> bool:
    """A word English knows, and knows better than the other language does ("fellowship",
    "boards"; not "plaza", far more frequent in Spanish: a false friend is never retold)."""
    return _english(word) >= 2.5 and not _foreign(word, lang)


def _language(words: list[str]) -> str | None:
    """The language that claims the words English does not know: tables are read one after
    another, the most often mixed in first, and only until one claims them."""
    best, most = None, 0
    for lang in _LANGUAGES:  # half of them or more ("cardiología" is rare in any table)
        claimed = sum(_foreign(w, lang) for w in words)
        if claimed == len(words):
            return lang
        if claimed * 2 >= len(words) and claimed > most:
            best, most = lang, claimed
    return best


def _of(clause: str, lang: str) -> bool:
    words = [w for w in _WORD.findall(clause) if w.islower()]
    if len(words) == 1:  # "enfin!": one word, when English does not know it
        return _unknown(words[0]) and _foreign(words[0], lang)
    # an accented word English does not know counts for the language too ("cardiología")
    return len(words) >= 2 and sum(_foreign(w, lang) or not w.isascii() and _unknown(w)
                                   for w in words) * 3 >= len(words) * 2


class Told(NamedTuple):
    """A field with its clauses of another language dealt with."""

    text: str  # the English of the field, a retold clause in its place
    left: list[str]  # clauses left out (no fact in them)
    own: list[str]  # clauses kept in the resident's own words (a fact not retold)
    retold: list[tuple[str, str]]  # (the clause as typed, as retold)


def told(text: str) -> Told:
    """The text with each clause of another language retold in its place, or set aside in the
    resident's own words, or left out (see the module docstring)."""
    unknown = [w for w in _WORD.findall(text) if _unknown(w)]
    lang = _language(unknown) if unknown else None
    if lang is None:
        return Told(text, [], [], [])
    glossed = re.fullmatch(r"\s*(?P<said>[^()]+?)\s*\((?P<gloss>[^()]{2,120})\)[\s.!]*", text)
    if glossed and not told(glossed["gloss"]).retold and told(glossed["gloss"]).text == \
            glossed["gloss"] and not told(glossed["said"]).text:
        # "tu carta de recomendación (your letter)": the resident's own English beside it
        return Told(glossed["gloss"].strip(), [], [], [(glossed["said"], glossed["gloss"])])
    pieces = _CLAUSE.split(text)
    kept: list[str] = []
    out = Told("", [], [], [])
    for n in range(0, len(pieces), 2):
        clause, mark = pieces[n], pieces[n + 1] if n + 1 < len(pieces) else ""
        # a clause of mostly English nouns after the language's news verb ("tapos na ako sa
        # board review course") is the language's too when the table retells it whole
        said = retold(clause.strip(), lang, english_word) if clause.strip() else None
        if said or clause.strip() and _of(clause, lang):
            if said:
                out.retold.append((clause.strip(), said))
                kept.append(said + mark)
                continue
            if holds_fact(clause):  # its own "?" or "!" kept with it
                end = mark.strip()[:1]
                out.own.append(clause.strip() + (end if end in ("?", "!") else ""))
            else:
                out.left.append(clause.strip())
            continue
        kept.append(clause + mark)
    english = re.sub(r"^[\s,;:!?.–—-]+|[\s,;:–—-]+$", "", "".join(kept))
    return out._replace(text=english)
