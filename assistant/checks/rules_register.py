"""The slang check: casual register in a professional message.

Three kinds of marker, each decided by what it does in the sentence:
- text-speak ("thx", "u", "gonna", "ngl"): casual wherever it stands, except where it is also
  an abbreviation or a name ("U.S.", "SMH", "w/u" for a workup);
- slang evaluatives: casual anywhere ("dope", "legit", "stoked"), or only as a predicate or
  after an intensifier ("was clutch", "super chill", but "cool the patient", "chills");
- slang senses of words with a literal one: "sick" as a predicate not said of a person ("the
  talk was sick", but "the patient was sick"), "killer"/"sick" before a noun that does not
  make them literal ("a killer talk", but "killer T cells", "sick leave");
- phrases of spoken register: "down to grab coffee", "no stress if not", "ya know", "big time"
  (`register_phrases.py`).
"no worries" and a lone "awesome" are a matter of taste: reported as info, not as a warning.
The word lists and their sources are in `lexicons.py`.
"""

from __future__ import annotations

import re

from assistant.checks.anchored import AnchoredPatterns
from assistant.checks.base import Context, quote
from assistant.checks.lexicon_informal import (
    ATTRIBUTIVE_SLANG,
    COPULAS,
    INTENSIFIERS,
    INTERJECTION_SLANG,
    LITERAL_OF_PEOPLE,
    LITERAL_OF_PLACES,
    NOT_IN_CAPITALS,
    ONE_LETTER_WORDS,
    ONLY_IN_LOWER_CASE,
    PREDICATE_SLANG,
    SLANG_WORDS,
    TEXT_SPEAK,
    TEXT_SPEAK_LOWER,
    plain,
)
from assistant.checks.lexicons import PERSONS
from assistant.checks.register_phrases import FORMAL_PHRASES, FORMAL_SCAN, PHRASE_SCAN, PHRASES
from assistant.checks.text import word_matches
from assistant.checks.wordlist import COMMON_WORDS
from assistant.text.patterns import lazy
from assistant.text.sentences import opens_sentence
from assistant.text.words import WORD_RE


def _alternation(words: dict[str, str] | dict[str, str | None] | frozenset[str]) -> str:
    """Longest first; "w/" only before a space ("w/u" is a workup, "w/o" its own entry)."""
    return "|".join(
        re.escape(w) + (r"(?=[ \t])" if w.endswith("/") else "")
        for w in sorted(words, key=len, reverse=True)
    )


# Word-list entries are looked up word by word (the toolkit's words, one set lookup each); only the
# entries with a slash need a pattern. A token counts when it stands alone: not inside an
# address, a URL or an abbreviation ("U.S.", "u-turn", "maria.u@ucsf.edu", "ucsf.edu/u/").
_SLASHED = {w: r for w, r in TEXT_SPEAK.items() if "/" in w}
_SLASH_RE = re.compile(_alternation(_SLASHED))  # lower; "w/" only before a space
_JOINERS = "'’./@#:-"
# "4" for "for" between words ("thx 4 the talk"), not a number ("page 4 of 5").
# Both alternatives open with the "4" itself (the words before it are a look-behind after it),
# so the engine skips from one "4" to the next in C.
_FOUR_RE = lazy(r"4(?= (?:the|you|u|me|your|ur|us|all|real|sure)\b)|"
                      r"4(?:(?<=thx 4)|(?<=thanks 4)|(?<=thank you 4)|(?<=thank u 4)|(?<=ty 4))"
                      r"(?= [a-z]+ing\b)")  # "thanks 4 letting me", not "thanks 4 times"
# "@" for "at" between two words ("PGY-1 EM @ Hopkins here"), never in an address or a handle
# (no space on either side there).
_AT_RE = lazy(r"@(?<=\w @)(?= [^\W\d_])")
# "k" for "okay" as an acknowledgement opening its clause, lower case: "k thanks!", "Got it, k,
# see you then" (not "replete k before", "vitamin K", "potassium (K)"; see lexicon_informal).
_K_OKAY_RE = lazy(r"k(?<![\w'’./@+(-]k)(?=[ \t]*(?:[,.!][ \t]*)?(?:thanks|thank[ \t]+you|"
                        r"thx|ty|sounds|see[ \t]+you|will[ \t]+do|got[ \t]+it|bye|cool)\b)")
# "ur" for "you're" before what only a subject takes ("if ur too busy", "ur welcome").
_YOURE_RE = lazy(r"u(?<![\w'’./@-]u)r(?= (?:too|so|not|welcome|right|doing|going|busy|"
                       r"the best|a|an|very|always|still|probably|free|available|around|able|"
                       r"interested|sure|okay|ok|back|here)\b)")
# A slang evaluative as a predicate: after a copula or an intensifier (checked in the words
# before it), and ending its phrase. Scanned only for the words the message holds (lower).
_PREDICATES = AnchoredPatterns(
    ((w, _alternation(frozenset({w}))) for w in sorted(PREDICATE_SLANG, key=len, reverse=True)),
    suffix=r"(?=[ \t]*(?:[.,;:!?)\n—–-]|$|and\b|but\b|about\b|with\b|of\b|to\b|that\b|when\b))",
)
_LEAD_IN_RE = lazy(
    r"(?:^|[^\w'’])(?:" + "|".join(re.escape(w) for w in (*COPULAS, *INTENSIFIERS)) + r")[ \t]+"
    r"(?:(?:so|super|really|pretty|totally|very|real|straight|absolutely|pure|wicked|hella|"
    r"mad|crazy)[ \t]+)?$"
)
# "a killer talk", "such a sick lecture": a slang adjective after an article, before its noun.
_ATTRIBUTIVE_RE = lazy(  # lower
    r"(?<![\w'’-])(?:a|an|that|this|such[ \t]+a|one|some|what[ \t]+a)[ \t]+"
    r"(?:(?:absolutely|really|truly|total|real|pretty)[ \t]+)?"
    r"(" + _alternation(frozenset(ATTRIBUTIVE_SLANG)) + r")[ \t]+([a-z][a-z-]*)"
)
_PERSONAL = PERSONS | {"i", "i'm", "i’m", "he", "she", "they", "we", "you", "him", "her",
                       "them", "me", "us", "who", "everyone", "someone", "nobody"}
_CLAUSE_START = lazy(r"[.!?;:\n]|\b(?:and|but|because|so|when|while|since|if)\b")


def _said_of_a_person(low: str, start: int) -> bool:
    """Is the subject of the clause ending at `start` a person ("the patient was sick")?"""
    head = low[max(0, start - 120):start]
    cut = [m.end() for m in _CLAUSE_START.finditer(head)]
    words = WORD_RE.findall(head, cut[-1] if cut else 0)
    return bool(set(words) & _PERSONAL)


def _said_of_a_place(low: str, start: int, places: frozenset[str]) -> bool:
    """Is the subject of the clause ending at `start` a place or a light ("the room was lit")?"""
    head = low[max(0, start - 80):start]
    cut = [m.end() for m in _CLAUSE_START.finditer(head)]
    return bool(set(WORD_RE.findall(head, cut[-1] if cut else 0)) & places)


# Before a one-letter word: an article, a determiner or a statistic's name makes it a symbol
# ("the r value", "an n of 40", "Pearson r"); after it, a sign, a number or "of" does.
_SYMBOL_BEFORE = frozenset({"a", "an", "the", "this", "that", "its", "their", "our", "your",
                            "my", "and", "or", "of", "with", "by", "pearson", "spearman"})
_SYMBOL_AFTER = frozenset({"of", "value", "values", "axis", "and", "or", "statistic", "score"})


def _letter_for_word(text: str, low: str, start: int, end: int) -> bool:
    """A one-letter word standing for a whole word: lower case, a word of the sentence after
    it and a word or a sentence's start before it (single spaces between), no symbol
    context."""
    if text[start] != low[start] or end + 2 > len(text) or text[end] != " ":
        return False
    after = WORD_RE.match(low, end + 1)
    if after is None or after.group() in _SYMBOL_AFTER:
        return False
    if start == 0 or text[start - 1] == "\n":
        return True  # "r you free ...?" opening a line
    if text[start - 1] != " " or start < 2:
        return False
    if text[start - 2] in ".!?":
        return True  # opening a sentence
    before = WORD_RE.findall(low, max(0, start - 20), start - 1)
    if not before or not text[start - 2].isalpha() or before[-1] in _SYMBOL_BEFORE:
        return False
    prev = text[start - 1 - len(before[-1]):start - 1]
    return not (prev.istitle() and text[end + 1:after.end()].istitle())  # inside a name


# Hesitations typed as words: "um" after a number is a unit ("a 5 um section").
SPOKEN_HESITATIONS = frozenset({"um", "umm", "uh", "uhh", "uhm", "erm"})


def _lower_or_capitalised(text: str, start: int, end: int, key: str) -> bool:
    """"def", or "Def" opening a sentence; not "DEF", "U" or "UR" (acronyms), "Dr. Tho" or
    "Ty" (names) or "Def." (an abbreviation)."""
    said = text[start:end]
    if said == key:
        return True
    if len(key) < 2 or key == "ty" or said != key.capitalize() or text[end:end + 1] == ".":
        return False
    return opens_sentence(text, start)


def _alone(text: str, start: int, end: int) -> bool:
    """Between punctuation (or the text's edges): "If yes, bet, I'll ...", "Facts.", or
    opening a sentence before its "I" ("Bet I'll be using it")."""
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    return (not before or before[-1] in ",.!?;:\n") and (
        not after or after[0] in ",.!?;\n" or re.match(r"I\b|I['’]", after) is not None)


_STRETCHED = lazy(r"(?<![\w'’@/-])([A-Za-z]*?([a-zA-Z])\2{2,}[A-Za-z]*)(?![\w'’@/-])")
_TRIPLE = lazy(r"([a-zA-Z])\1\1")  # the cheap test before _STRETCHED's scan
# Letter runs that are not a stretched word: a numeral, a placeholder, a sound.
_NOT_STRETCHED = lazy(r"[xXvViI]+|[zZ]+|[hH]m+|[aA]h+|[mM]+|[wW]{3}")


def _unstretched(word: str) -> str | None:
    """'sooo' -> 'so', 'Heyyy' -> 'Hey', 'coool' -> 'cool': the repeated letter kept once or
    twice, whichever is a word; a stretched text-speak or slang word is written as the word is
    ('lmaooo' -> '', 'thxxx' -> 'thank you', 'omggg' -> '')."""
    for keep in (r"\1", r"\1\1"):
        fixed = re.sub(r"([a-zA-Z])\1{2,}", keep, word)
        low = fixed.lower()
        if low in TEXT_SPEAK or low in SLANG_WORDS:
            return plain(low)
        if low in COMMON_WORDS or low in ("hey", "hi", "yay"):
            return fixed
    return None


def _standalone(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    # (a letter before a closing bracket is a list mark or a symbol, "a)", "(r)"; a word is a
    # word: "(sending it here lol)")
    if before in _JOINERS or after in "/@-" or after == ")" and end - start == 1:
        return False
    return not (after == "." and end + 1 < len(text) and text[end + 1].isalnum())


def _match_case(original: str, replacement: str, opens: bool = True) -> str:
    """The replacement cased as the word it replaces; a shouted word ("SUPER") has a capital
    only where it opens a sentence (the shouting is no capital of the word's own)."""
    shouted = len(original.strip()) > 1 and original.isupper()
    if replacement and original[:1].isupper() and (opens or not shouted):
        return replacement[0].upper() + replacement[1:]
    return replacement


# Every word the word-by-word lookups know: one set test skips most of a message's words.
_LISTED = frozenset(TEXT_SPEAK) | frozenset(SLANG_WORDS) | frozenset(TEXT_SPEAK_LOWER) | frozenset(
    ONE_LETTER_WORDS) | frozenset(INTERJECTION_SLANG)


def _hits(text: str, low: str, end: int, tokens: list[tuple[int, int]],
          words: frozenset[str]) -> list[tuple[int, int, str | None, bool]]:
    """(start, end, replacement or None, mild) for each marker, in text order. `low` is the
    text lower-cased with the same offsets; `tokens` its word spans up to `end`, `words` the
    set of those words (a message holding no listed word skips the word-by-word lookups)."""
    out: list[tuple[int, int, str | None, bool]] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= ts or s >= te for ts, te in taken)

    for m in PHRASE_SCAN.matches(low, 0, end):
        _pattern, replacement, mild = PHRASES[PHRASE_SCAN.which(m)]
        if callable(replacement):
            replacement = replacement(text[m.start():m.end()])
        out.append((m.start(), m.end(), replacement, mild))
        taken.append(m.span())
    for m in _K_OKAY_RE.finditer(text, 0, end):
        lo = max(0, m.start() - 40)  # a bounded look back: hostile text stays linear
        before = text[lo:m.start()].rstrip(" \t")
        if (not before and lo == 0) or (before and before[-1] in ",.!?;:\n") or (
                before.lower().endswith(("ok", "okay"))):
            out.append((m.start(), m.end(), "okay", False))
            taken.append(m.span())
    for m in _YOURE_RE.finditer(text, 0, end):
        out.append((m.start(), m.end(), "you're", False))
        taken.append(m.span())
    for ws, we in tokens if not words.isdisjoint(_LISTED) else ():
        key = low[ws:we]
        if key not in _LISTED:
            continue
        if key in TEXT_SPEAK or key in SLANG_WORDS:
            if key in NOT_IN_CAPITALS and text[ws:we].isupper():
                continue
            replacement = plain(key)
        elif key in TEXT_SPEAK_LOWER and _lower_or_capitalised(text, ws, we, key) and not (
                key in SPOKEN_HESITATIONS and re.search(r"\d[ \t]*$", text[max(0, ws - 3):ws])):
            replacement = TEXT_SPEAK_LOWER[key]
        elif key in ONE_LETTER_WORDS and _letter_for_word(text, low, ws, we):
            replacement = ONE_LETTER_WORDS[key]
        elif key in INTERJECTION_SLANG and _alone(text, ws, we):
            replacement = INTERJECTION_SLANG[key]
        else:
            continue
        if free(ws, we) and _standalone(text, ws, we):
            out.append((ws, we, replacement, False))
    for m in word_matches(_SLASH_RE, low, 0, end, _JOINERS):
        if free(*m.span()) and (m.end() == len(text) or text[m.end()] in " \t" or
                                m.group() != "w/"):
            out.append((m.start(), m.end(), _SLASHED[m.group()], False))
    for m in _AT_RE.finditer(text, 0, end):
        out.append((m.start(), m.end(), "at", False))
    for m in _FOUR_RE.finditer(text, 0, end):
        if m.start() >= 2 and text[m.start() - 1] == " " and text[m.start() - 2].islower():
            out.append((m.start(), m.end(), "for", False))
    for m in _PREDICATES.matches(low, 0, end):
        if free(*m.span()) and _LEAD_IN_RE.search(low, max(0, m.start() - 40), m.start()):
            word = m.group()
            if word in ONLY_IN_LOWER_CASE and text[m.start():m.end()] != word:
                continue
            if word in LITERAL_OF_PEOPLE and _said_of_a_person(low, m.start()):
                continue
            if word in LITERAL_OF_PLACES and _said_of_a_place(low, m.start(),
                                                               LITERAL_OF_PLACES[word]):
                continue
            out.append((m.start(), m.end(), PREDICATE_SLANG[word], word == "awesome"))
            taken.append(m.span())
    for m in _STRETCHED.finditer(text, 0, end) if _TRIPLE.search(text, 0, end) else ():
        word = m.group(1)
        if not (word.isupper() or _NOT_STRETCHED.fullmatch(word)) and free(*m.span(1)):
            fixed = _unstretched(word)
            out.append((m.start(1), m.end(1), fixed, False))
    for m in _ATTRIBUTIVE_RE.finditer(low, 0, end) if ("kill" in low or "sick" in low) else ():
        word, noun = m.group(1), m.group(2)
        replacement, literal = ATTRIBUTIVE_SLANG[word]
        if noun not in literal and free(*m.span(1)):
            out.append((m.start(1), m.end(1), replacement, False))
    return sorted(out)


def check_slang(ctx: Context) -> None:
    text, greeting = ctx.text, ctx.msg.greeting
    msg = ctx.msg
    for start, end, replacement, mild in _hits(text, msg.lower, msg.end, msg.tokens(),
                                             msg.token_set()):
        if greeting and start < greeting.sal_end and end > greeting.sal_start:
            continue  # "Heyyy," is the greeting check's
        if msg.in_quote(start, end):
            continue  # a quotation: someone else's words ("my senior said \"legit\"")
        said = text[start:end]
        if replacement:
            suggestion = _match_case(said, replacement, opens_sentence(text, start))
            message = f"{quote(said)} is casual for a professional message; write “{suggestion}”."
        elif replacement is None:
            suggestion = None
            message = f"{quote(said)} is slang; say it in plain words."
        else:
            suggestion = ""
            if start > 0 and text[start - 1] == " ":
                start -= 1
            message = f"{quote(said)} is text-speak or slang; leave it out."
        if mild:
            message += " (A matter of taste: many readers will not mind.)"
        if not ctx.add("slang", message, start, end, suggestion,
                       severity="info" if mild else None):
            return
    for m in FORMAL_SCAN.matches(msg.lower, 0, msg.end):
        start, end = m.span()
        if greeting and start < greeting.sal_end and end > greeting.sal_start or \
                msg.in_quote(start, end):
            continue
        said = text[start:end]
        plainer = FORMAL_PHRASES[FORMAL_SCAN.which(m)][1]
        plainer = plainer(said) if callable(plainer) else plainer
        if plainer:
            message = f"{quote(said.strip())} is over-formal for a note to a colleague; write " \
                f"“{plainer}”."
        else:
            message = f"{quote(said.strip())} is over-formal for a note to a colleague; leave " \
                "it out."
        if not ctx.add("slang", message, start, end, plainer):
            return
