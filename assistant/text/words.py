"""Words and case: the tokeniser the checks count with, accent folding, offset-safe lowering."""

from __future__ import annotations

import functools
import re
import unicodedata

from assistant.text.patterns import lazy

# A word: letters/digits with inner apostrophes, hyphens or dots ("PGY-1", "don't", "U.S.").
# Written as runs ("[\w'’]*") rather than one character per step: the same words, found in
# about 60% of the time.
WORD_RE = lazy(r"[^\W_][\w'’]*(?:[-.][^\W_][\w'’]*)*")

# Letters Unicode does not decompose into a base letter and an accent, so NFKD alone keeps them.
_PLAIN = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "þ": "th", "Þ": "TH", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ħ": "h",
    "Ħ": "H", "ß": "ss",
})
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_NON_ASCII_RUN = lazy(r"([^\x00-\x7f]+)")


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
    (str.lower can change the length of non-ASCII text): str.lower on the ASCII runs between
    the other characters, many times faster than a translation table (a table is looked up
    character by character: 1 MB of text took most of a second)."""
    if text.isascii():
        return text.lower()
    parts = _NON_ASCII_RUN.split(text)  # ASCII runs at even places, the others between them
    parts[::2] = [part.lower() for part in parts[::2]]
    return "".join(parts)


VOWEL_LETTER_SOUND = frozenset("AEFHILMNORSX")  # letters whose spoken name starts with a vowel

# How an all-caps word is said decides its article: an initialism is read letter by letter
# ("an MD", "an NIH grant", "an LVAD"), an acronym said as a word takes the word's sound ("a NASA
# grant", "a STEMI", "a NICU rotation"). The rule is English phonotactics, not a list of
# acronyms: an all-caps word is said as a word when it has at least four letters, a vowel, a
# consonant cluster English can begin a word with, no run of three consonants, vowel pairs
# English spells (AI, EA, OU ...) and a final cluster English can end a word with; anything else
# (MD, MPH, PGY, NIH, SHM, LVAD, USMLE, NSTEMI, SAEM) is read letter by letter.
_ONSETS = frozenset((
    "BL", "BR", "CH", "CL", "CR", "DR", "DW", "FL", "FR", "GL", "GR", "KL", "KR", "PH", "PL", "PR",
    "SC", "SH", "SK", "SL", "SM", "SN", "SP", "ST", "SW", "TH", "TR", "TW", "WH", "WR", "SCR",
    "SPL", "SPR", "STR", "THR", "SHR"))
_CODAS = frozenset((
    "CH", "CK", "CT", "FT", "LD", "LF", "LK", "LM", "LP", "LT", "MP", "ND", "NG", "NK", "NT", "PT",
    "RB", "RD", "RK", "RL", "RM", "RN", "RP", "RT", "SH", "SK", "SP", "ST", "TH"))
_VOWEL_PAIRS = frozenset(("AA", "AI", "AU", "EA", "EE", "EI", "IE", "OA", "OI", "OO", "OU"))
_CAPS_VOWELS = "AEIOU"


def _said_as_word(letters: str) -> bool:
    """Whether an all-caps word is pronounceable as an English word (see above)."""
    if len(letters) < 4 or not any(c in _CAPS_VOWELS for c in letters):
        return False
    runs = re.findall(f"[^{_CAPS_VOWELS}]+|[{_CAPS_VOWELS}]+", letters)
    onset = runs[0] if runs[0][0] not in _CAPS_VOWELS else ""
    coda = runs[-1] if runs[-1][0] not in _CAPS_VOWELS else ""
    coda = coda[:-1] if len(coda) > 1 and coda.endswith("S") else coda  # "AIDS", "ACLS"
    return (len(onset) < 2 or onset in _ONSETS) and (len(coda) < 2 or coda in _CODAS) \
        and all(len(r) <= 2 for r in runs[1:-1]) \
        and all(len(r) == 1 or r in _VOWEL_PAIRS for r in runs if r[0] in _CAPS_VOWELS)


def _letter_by_letter(token: str) -> bool:
    """An initialism: a lone letter ("F", "an X-ray"), an all-caps word not said as a word,
    capitals with no lowercase vowel between ("PhD", "MSc", "DrPH"), letters with a number
    and no vowel ("ms4", "pgy2")."""
    letters = re.findall(r"^[A-Za-z]*", token)[0]
    rest = token[len(letters):]
    if len(letters) == 1:
        return not rest[:1].isalpha()
    if letters.isupper():
        return not _said_as_word(letters)
    if sum(c.isupper() for c in letters) >= 2 and not re.search(r"[aeiou]", letters):
        return True
    return not re.search(r"[aeiouAEIOU]", letters) and rest[:1].isdigit()


def _number_article(token: str) -> str:
    """'an 8-week', 'an 11', 'an 18,000', 'a 1-year': a number said with a vowel sound starts
    with eight, or is eleven or eighteen (thousand, million ...)."""
    digits = re.findall(r"^[\d,]*", token)[0].replace(",", "")
    if digits.startswith("8"):
        return "an"
    if len(digits) % 3 == 2 and digits[:2] in ("11", "18"):
        return "an"
    return "a"


def article(phrase: str) -> str:
    """'a' or 'an' by the sound the phrase starts with: an initialism by its first letter's name
    (an MD, a PGY-1, an F1 visa), an acronym said as a word by the word (a NASA grant), a number
    as said (an 8-week), "u"/"eu" said "you" (a urology resident, a university, a European
    program), "one" said "won" (a one-year), and the silent "h" of the roots hour, honest,
    honor and heir (an hour, an honorary title), the only common words where a spelled "h" is
    not said."""
    token = phrase.strip().split(" ")[0] if phrase.strip() else ""
    token = token.lstrip("\"'“‘(")
    if not token:
        return "a"
    if token[0].isdigit():
        return _number_article(token)
    if _letter_by_letter(token):
        return "an" if token[0].upper() in VOWEL_LETTER_SOUND else "a"
    word = token.lower()
    if re.match(r"one\b|once\b|eu|ewe", word):
        return "a"
    if re.match(r"hour|honest|honou?r|heir", word):
        return "an"
    if word[0] == "u" and token[:2].isupper():
        return "a"  # an acronym said as a word opens with the letter's name: a UNOS list, a UCLA
    if word[0] == "u":
        # "you" when one consonant and a vowel follow (unit, urology, usual, utility), but not
        # the negating prefix un- before a vowel (unexpected, unable, uninsured, unimportant)
        you = re.match(r"u[^aeiou\W\d][aeiouy]", word) and not re.match(r"un(?:[aeou]|i[nm])", word)
        return "a" if you else "an"
    return "an" if word[0] in "aeiou" else "a"


def initials(name: str) -> str:
    """An organisation's or event's acronym: the initial of each capitalised word and of
    each part of a hyphenated one ("Society for Maternal-Fetal Medicine" -> "SMFM")."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def title_case_name(name: str) -> str:
    """ "anna o'neil-kowalski" -> "Anna O'Neil-Kowalski": a name typed in lower case."""
    name = " ".join(w[:1].upper() + w[1:] for w in name.split(" "))
    return re.sub(r"(?<=['’-])[a-z]", lambda m: m.group(0).upper(), name)


_RUNS = lazy(r"\w+")


@functools.lru_cache(maxsize=16)
def lower_words(text: str) -> frozenset[str]:
    """The lower-cased runs of word characters of `text` (as a regex's \\b divides them), read
    once per text for the many gated patterns that ask whether a word is in it
    (`assistant.text.gated`)."""
    if text.isascii():
        return frozenset(_RUNS.findall(text.lower()))
    return frozenset(w.lower() for w in _RUNS.findall(text))


# A hashtag: "#" before a word, not inside a word or after "&" (an entity) or a digit run ("#1")
_HASHTAG = lazy(r"(?<![\w&#])#([A-Za-z][\w-]*)")
_TRAILING_TAGS = lazy(r"(?:\s*(?<![\w&#])#[A-Za-z][\w-]*)+\s*$")
# A hashtag with the space before it, dropped whole
_INNER_TAG = lazy(r"\s*(?<![\w&#])#[A-Za-z_][\w-]*")
_SMALL = {"In", "Of", "And", "The", "For", "On", "At", "To", "With", "A", "An"}


def unhashtagged(text: str, inner: str = "words") -> str:
    """A field typed as a post: a run of hashtags that closes it is dropped ("met at the booth
    #FamilyMedicine #Match2027" -> "met at the booth"), a hashtag that is part of the phrase
    becomes its words ("#deprescribing in nursing homes" -> "deprescribing in nursing homes",
    "#WomenInUrology panel" -> "Women in Urology panel"), or with `inner="drop"` is dropped too
    (an update's news, where a tag is the post's aside: "passed boards #intern life" -> "passed
    boards life"). A field of hashtags alone keeps their words."""
    if "#" not in text:
        return text
    rest = _TRAILING_TAGS.sub("", text)
    if rest.strip(" .,;:-–—!?"):
        text = rest.rstrip()
        if inner == "drop":
            return _INNER_TAG.sub("", text)

    def words_of(m: re.Match[str]) -> str:
        tag = m.group(1)
        parts = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", tag) if not tag.islower() \
            else [tag]
        return " ".join(w.lower() if i and w in _SMALL else w for i, w in enumerate(parts))

    return _HASHTAG.sub(words_of, text)
