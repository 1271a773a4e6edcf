"""Personal pronouns: who a sentence speaks of (the writer, the reader, a third person).

One word list per person, and one way to compile it, so every part of the assistant asks the
same question the same way. Case is the caller's choice, because it carries meaning:
- `folded=True`: for text already lower-cased (any "I", "i", "My" counts);
- otherwise the words match as written ("I" but not a lower-case "i", "me" but not "Me"),
  and `sentence_case=True` also lets a word open a sentence ("We met", not only "we met").
Patterns are whole-word; "I" also matches inside "I'll", so contractions need no entry of
their own to be found, only to be matched whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from assistant.text.alternation import compile_tree
from assistant.text.patterns import lazy

FIRST_PERSON = ("I", "me", "my", "mine", "I'm", "I've", "I'd", "I'll", "we", "us", "our")
# The writer as the subject of a clause ("I will", "we met"), not "our clinic".
FIRST_PERSON_SUBJECT = ("I", "I'm", "I've", "I'd", "I'll", "we", "we're", "we've", "we'll")
SECOND_PERSON = ("you", "your", "yours", "u", "ur")
THIRD_PERSON = ("he", "she", "him", "his", "her", "hers")
# The pronoun typed in lower case, alone or in a contraction ("cases i saw", "i'm"), never a
# letter of an abbreviation or of a word ("i.e.", "i-STAT", "e.i").
_LOWER_I = lazy(r"(?<![\w'’.-])i(?=['’](?:m|d|ll|ve)\b|(?![\w.'’-]))")


def capital_i(text: str) -> str:
    """Every lower-case pronoun "i" in `text` written "I"."""
    return _LOWER_I.sub("I", text)


def _alternative(word: str, folded: bool, sentence_case: bool) -> str:
    if folded:
        return re.escape(word.lower())
    if sentence_case and word[:1].islower():
        return f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}"
    return re.escape(word)


def _firsts(word: str, folded: bool, sentence_case: bool) -> str:
    if folded:
        return word[:1].lower()
    if sentence_case and word[:1].islower():
        return word[:1].upper() + word[:1]
    return word[:1]


@lru_cache(maxsize=32)
def _compiled(words: tuple[str, ...], folded: bool, sentence_case: bool) -> re.Pattern[str]:
    """The whole-word pattern, with the letters a match opens with named to the engine, so
    its search skips every other position in C (it finds no such set itself after a word
    boundary); the same matches."""
    alternatives = "|".join(_alternative(w, folded, sentence_case) for w in words)
    first = "".join(sorted({c for w in words for c in _firsts(w, folded, sentence_case)}))
    return compile_tree(rf"\b(?:{alternatives})\b", 0, re.escape(first))


def pronouns(
    words: Iterable[str], *, folded: bool = False, sentence_case: bool = False
) -> re.Pattern[str]:
    """A whole-word pattern for `words` (one of the lists above), with the case handling asked."""
    return _compiled(tuple(words), folded, sentence_case)
