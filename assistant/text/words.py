"""Words and case: the tokeniser the checks count with, accent folding, offset-safe lowering."""

from __future__ import annotations

import re
import unicodedata

# A word: letters/digits with inner apostrophes, hyphens or dots ("PGY-1", "don't", "U.S.").
# Written as runs ("[\w'’]*") rather than one character per step: the same words, found in
# about 60% of the time.
WORD_RE = re.compile(r"[^\W_][\w'’]*(?:[-.][^\W_][\w'’]*)*")

# Letters Unicode does not decompose into a base letter and an accent, so NFKD alone keeps them.
_PLAIN = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "þ": "th", "Þ": "TH", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ħ": "h",
    "Ħ": "H", "ß": "ss",
})
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def words(text: str) -> list[str]:
    """The words of `text` (see WORD_RE)."""
    return WORD_RE.findall(text)


def word_count(text: str) -> int:
    return len(WORD_RE.findall(text))


def fold(text: str) -> str:
    """Case and accents folded, so "José Núñez" matches "jose nunez" and "Łukasiewicz"
    matches "lukasiewicz". Letters of other scripts are kept (王芳)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def straight_apostrophes(text: str) -> str:
    """Every apostrophe straight: O’Brien and O'Brien are one name."""
    return text.translate(_APOSTROPHES)


def lower_ascii(text: str) -> str:
    """Lower-case ASCII letters only, so every offset stays the same as in the original text
    (str.lower can change the length of non-ASCII text)."""
    return text.translate(_ASCII_LOWER)


VOWEL_LETTER_SOUND = frozenset("AEFHILMNORSX")  # letters whose spoken name starts with a vowel


def article(phrase: str) -> str:
    """'a' or 'an' for a phrase, reading acronyms by their letter names (an MS4, a PGY-1)."""
    word = phrase.strip().split(" ")[0] if phrase.strip() else ""
    if not word:
        return "a"
    letters = re.sub(r"[^A-Za-z]", "", word)
    if letters and (letters.isupper() and len(letters) > 1 or re.search(r"\d", word)):
        return "an" if letters[0] in VOWEL_LETTER_SOUND else "a"
    lowered = word.lower()
    if lowered.startswith(("uni", "use", "usu", "eu", "one")):
        return "a"
    if lowered.startswith(("hour", "honor", "honour")):
        return "an"
    return "an" if lowered[0] in "aeiou" else "a"


def initials(name: str) -> str:
    """An organisation's or event's acronym: the initial of each capitalised word and of
    each part of a hyphenated one ("Society for Maternal-Fetal Medicine" -> "SMFM")."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def title_case_name(name: str) -> str:
    """ "anna o'neil-kowalski" -> "Anna O'Neil-Kowalski": a name typed in lower case."""
    name = " ".join(w[:1].upper() + w[1:] for w in name.split(" "))
    return re.sub(r"(?<=['’-])[a-z]", lambda m: m.group(0).upper(), name)
