"""The slang check: casual register in a professional message.

Three kinds of marker, each decided by what it does in the sentence:
- text-speak ("thx", "u", "gonna", "ngl"): casual wherever it stands, except where it is also
  an abbreviation or a name ("U.S.", "SMH", "w/u" for a workup);
- slang evaluatives: casual anywhere ("dope", "legit", "stoked"), or only as a predicate or
  after an intensifier ("was clutch", "super chill", but "cool the patient", "chills");
- slang senses of words with a literal one: "sick" as a predicate not said of a person ("the
  talk was sick", but "the patient was sick"), "killer"/"sick" before a noun that does not
  make them literal ("a killer talk", but "killer T cells", "sick leave");
- phrases of spoken register: "down to grab coffee", "no stress if not", "ya know", "big time".
"no worries" and a lone "awesome" are a matter of taste: reported as info, not as a warning.
The word lists and their sources are in `lexicons.py`.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.checks.base import Context, quote
from assistant.checks.lexicons import (
    ATTRIBUTIVE_SLANG,
    COPULAS,
    INTENSIFIERS,
    LIT_OCCASIONS,
    LITERAL_OF_PEOPLE,
    NOT_IN_CAPITALS,
    PERSONS,
    PREDICATE_SLANG,
    SLANG_WORDS,
    TEXT_SPEAK,
    TEXT_SPEAK_LOWER,
)
from assistant.checks.text import word_matches
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
# "4" for "for" between words ("thx 4 the talk", "thanks 4 letting me"), not a number ("page
# 4 of 5", "thanks 4 times").
_FOUR_RE = re.compile(r"4(?= (?:the|you|u|me|your|ur|us|all|real|sure)\b)|"
                      r"(?:(?<=thx )|(?<=thanks )|(?<=thank you )|(?<=thank u )|(?<=ty ))"
                      r"4(?= [a-z]+ing\b)")
# "r" for "are" beside its subject ("u r starting", "r u taking"): lower case, standing alone.
_ARE_RE = re.compile(r"(?:(?<=\bu )|(?<=\byou )|(?<=\bwe )|(?<=\bthey ))r(?= [a-z])|"
                     r"(?:(?<=^)|(?<=[ \t]))r(?= (?:u|you|we|they)\b)")
# A slang evaluative as a predicate: after a copula or an intensifier (checked in the words
# before it), and ending its phrase.
_PREDICATE_RE = re.compile(  # lower
    r"(?:" + _alternation(frozenset(PREDICATE_SLANG)) + r")"
    r"(?=[ \t]*(?:[.,;:!?)\n—–-]|$|and\b|but\b|about\b|with\b|of\b|to\b|that\b|when\b))",
)
_LEAD_IN_RE = re.compile(
    r"(?:^|[^\w'’])(?:" + "|".join(re.escape(w) for w in (*COPULAS, *INTENSIFIERS)) + r")[ \t]+"
    r"(?:(?:so|super|really|pretty|totally|very|real|straight|absolutely|pure)[ \t]+)?$"
)
# "a killer talk", "such a sick lecture": a slang adjective after an article, before its noun.
_ATTRIBUTIVE_RE = re.compile(  # lower
    r"(?<![\w'’-])(?:a|an|that|this|such[ \t]+a|one|some|what[ \t]+a)[ \t]+"
    r"(?:(?:absolutely|really|truly|total|real|pretty)[ \t]+)?"
    r"(" + _alternation(frozenset(ATTRIBUTIVE_SLANG)) + r")[ \t]+([a-z][a-z-]*)"
)
# "ur" for "you're" before what only a subject takes ("if ur too busy", "ur welcome").
_YOURE_RE = re.compile(r"(?<![\w'’./@-])ur(?= (?:too|so|not|welcome|right|doing|going|busy|"
                       r"the best|a|an|very|always|still|probably)\b)")
_LIT_RE = re.compile(r"(?<=[ \t])(?:(?:was|is|were|are|be|been|so|super|really|totally|"
                     r"gonna[ \t]+be)[ \t]+)+(lit)(?=[ \t]*(?:[.,;:!?)\n]|$))")  # lower
_PERSONAL = PERSONS | {"i", "i'm", "i’m", "he", "she", "they", "we", "you", "him", "her",
                       "them", "me", "us", "who", "everyone", "someone", "nobody"}
_CLAUSE_START = re.compile(r"[.!?;:\n]|\b(?:and|but|because|so|when|while|since|if)\b")


def _said_of_a_person(low: str, start: int) -> bool:
    """Is the subject of the clause ending at `start` a person ("the patient was sick")?"""
    head = low[max(0, start - 120):start]
    cut = [m.end() for m in _CLAUSE_START.finditer(head)]
    words = WORD_RE.findall(head, cut[-1] if cut else 0)
    return bool(set(words) & _PERSONAL)


def _standalone(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in _JOINERS or after in "/@-" or after == ")":
        return False
    return not (after == "." and end + 1 < len(text) and text[end + 1].isalnum())


# Phrases of spoken register: (pattern, a plainer way to say it, whether it is only a matter
# of taste). One alternation with a group per phrase, so the text is scanned once.
_PHRASES: list[tuple[str, str, bool]] = [
    # "totally down to grab coffee", "I'm down for a call": willing, in slang
    (r"(?:totally|so|def|definitely|always|be|i['’]m|am|are[ \t]+you|we['’]re|would[ \t]+be)"
     r"[ \t]+down[ \t]+(?:to[ \t]+(?:grab|get|meet|chat|talk|help|hop|jump|connect|do|go|"
     r"join|hang|catch)|for[ \t]+(?:a|an|some|coffee|lunch|whatever|anything|it|that))\b",
     "glad to", False),
    (r"no[ \t]+(?:stress|biggie|sweat|probs?|big[ \t]+deal|pressure)\b",
     "I understand if not", False),
    (r"no[ \t]+worries\b", "I understand", True),
    (r"(?:it['’]s|that['’]s|is|all)[ \t]+(?:all[ \t]+)?good(?=[ \t]*[,.;!]|[ \t]+no\b)",
     "that is fine", False),
    (r",[ \t]*(?:ya|y['’]?know|you[ \t]+know)(?=[ \t]*[,.;!?]|$)", "", False),
    (r"(?:ya|y['’]?know|you[ \t]+know)(?=[ \t]*[,.;!?]|$)", "", False),
    (r"big[ \t]+time(?=[ \t]*[,.;!]|$)", "very much", False),
    (r"my[ \t]+bad\b", "my mistake", False),
    (r"hit[ \t]+me[ \t]+up\b", "let me know", False),
    (r"for[ \t]+real(?=[ \t]*[,.;!?]|$)", "", False),
    (r"no[ \t]+cap\b", "", False),
    (r"awesome[ \t]+sauce\b", "great", False),
    (r",[ \t]*like,", ",", False),
    (r"(?:be|are[ \t]+you)[ \t]+up[ \t]+for\b", "be open to", True),
]
# No capturing groups: they would stop the engine skipping ahead by first letter; which
# phrase matched is found again at the match (`_which_phrase`).
_PHRASE_RE = re.compile("|".join(f"(?:{pattern})" for pattern, _r, _m in _PHRASES))  # lower


@cache
def _each_phrase() -> list[re.Pattern[str]]:
    """Each phrase's own pattern, compiled on the first hit (most messages have none)."""
    return [re.compile(pattern) for pattern, _r, _m in _PHRASES]


def _which_phrase(m: re.Match[str]) -> int:
    return next(i for i, p in enumerate(_each_phrase()) if p.match(m.string, m.start()))


def _match_case(original: str, replacement: str) -> str:
    if replacement and original[:1].isupper():
        return replacement[0].upper() + replacement[1:]
    return replacement


def _hits(text: str, low: str, end: int) -> list[tuple[int, int, str | None, bool]]:
    """(start, end, replacement or None, mild) for each marker, in text order. `low` is the
    text lower-cased with the same offsets."""
    out: list[tuple[int, int, str | None, bool]] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= ts or s >= te for ts, te in taken)

    for m in word_matches(_PHRASE_RE, low, 0, end):
        _pattern, replacement, mild = _PHRASES[_which_phrase(m)]
        out.append((m.start(), m.end(), replacement, mild))
        taken.append(m.span())
    for m in _YOURE_RE.finditer(text, 0, end):
        out.append((m.start(), m.end(), "you're", False))
        taken.append(m.span())
    for m in WORD_RE.finditer(low, 0, end):
        key = m.group()
        if key in TEXT_SPEAK or key in SLANG_WORDS:
            said = text[m.start():m.end()]
            if key in NOT_IN_CAPITALS and said.isupper():
                continue
            replacement = TEXT_SPEAK.get(key, SLANG_WORDS.get(key, ""))
        elif key in TEXT_SPEAK_LOWER and text[m.start():m.end()] == key:
            replacement = TEXT_SPEAK_LOWER[key]
        else:
            continue
        if free(*m.span()) and _standalone(text, *m.span()):
            out.append((m.start(), m.end(), replacement, False))
    for m in word_matches(_SLASH_RE, low, 0, end, _JOINERS):
        if free(*m.span()) and (m.end() == len(text) or text[m.end()] in " \t" or
                                m.group() != "w/"):
            out.append((m.start(), m.end(), _SLASHED[m.group()], False))
    for m in _FOUR_RE.finditer(text, 0, end):
        if m.start() >= 2 and text[m.start() - 1] == " " and text[m.start() - 2].islower():
            out.append((m.start(), m.end(), "for", False))
    for m in _LIT_RE.finditer(low, 0, end) if "lit" in low else ():
        head = low[max(0, m.start() - 120):m.start()]
        cut = [c.end() for c in _CLAUSE_START.finditer(head)]
        if set(WORD_RE.findall(head, cut[-1] if cut else 0)) & LIT_OCCASIONS:
            out.append((m.start(1), m.end(1), "excellent", False))
    for m in _ARE_RE.finditer(text, 0, end):
        out.append((m.start(), m.end(), "are", False))
    for m in word_matches(_PREDICATE_RE, low, 0, end):
        if free(*m.span()) and _LEAD_IN_RE.search(low, max(0, m.start() - 40), m.start()):
            word = m.group()
            if word in LITERAL_OF_PEOPLE and _said_of_a_person(low, m.start()):
                continue
            out.append((m.start(), m.end(), PREDICATE_SLANG[word], word == "awesome"))
            taken.append(m.span())
    for m in _ATTRIBUTIVE_RE.finditer(low, 0, end) if ("kill" in low or "sick" in low) else ():
        word, noun = m.group(1), m.group(2)
        replacement, literal = ATTRIBUTIVE_SLANG[word]
        if noun not in literal and free(*m.span(1)):
            out.append((m.start(1), m.end(1), replacement, False))
    return sorted(out)


def check_slang(ctx: Context) -> None:
    text = ctx.text
    for start, end, replacement, mild in _hits(text, ctx.msg.lower, ctx.msg.end):
        said = text[start:end]
        if replacement:
            suggestion = _match_case(said, replacement)
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
