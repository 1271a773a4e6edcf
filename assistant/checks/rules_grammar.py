"""The `grammar` check: sentences that a careful resident would not send, in drafts and in the
resident's own edits alike.

- the reader in the third person: "his tip", "she said", or the contact's own name in the body
  (outside the greeting and quoted text) of a message to that contact;
- a deferred or self-referential ask: "I'll ask if you ...", "Would you be willing to ask ...";
- a broken frame: a modal after "to" ("look forward to will ..."), "I'll will";
- a lowercase "i", or a sentence that starts in lowercase;
- a role missing its noun: "I'm a PGY-3 pediatrics at ...";
- a doubled word: "the the";
- a dropped apostrophe ("im", "dont", "youre") or a stretched word ("sooo", "Heyyy").

Severity warning: each finding says what to change. Pronouns are only read as the reader when
the message names no other person before them, so "my patient ... her" or "Dr. Ito ... his" in a
message to someone else stays silent. Standard library only (the cold path of `outreach check`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.checks.base import Context, quote
from assistant.checks.lexicons import PERSONS
from assistant.checks.wordlist import COMMON_WORDS
from assistant.text.names import contact_name, name_fold
from assistant.text.sentences import is_abbreviation
from assistant.text.sentences import sentence_spans as sentences

if TYPE_CHECKING:
    from assistant.models import DraftRequest

# Each alternative opens with its letter, the look-behind after it (the engine skips ahead in C).
_PRONOUN = re.compile(r"(h(?<![\w'’-]h)(?:e|is|er|im|ers|imself|erself)|s(?<![\w'’-]s)he)"
                      r"(?![\w'’-])", re.IGNORECASE)
_SECOND = {"he": "you", "she": "you", "his": "your", "her": "your", "him": "you",
           "hers": "yours", "himself": "yourself", "herself": "yourself"}
# A person other than the reader, whom a pronoun may stand for: a titled name ("Dr. Lee"), an
# untitled full name ("Ama Owusu": two capitalised words that are not everyday words), a noun
# for a person (lexicons.PERSONS: "my co-resident", "reviewer 2", "the patient") or a person
# described by age ("a 45-year-old").
_TITLED = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+[A-Z][\w'’-]+")
_CAPITALISED = "A-ZÀ-ÖØ-ÞĀ-Ž"
_FULL_NAME = re.compile(  # the look-behind after the first letter: the engine skips ahead in C
    rf"[{_CAPITALISED}](?<![\w'’-].)[\w'’-]+[ \t]+[{_CAPITALISED}][\w'’-]+")
_CAPITALISED_WORD = re.compile(rf"[{_CAPITALISED}](?<![\w'’-].)[\w'’-]*")
_AGED = re.compile(r"\b\d{1,3}[- ](?:year|yr|month|week|day)s?[- ]old\b|\b\d{1,3} ?(?:yo|y/o)\b")
_DEFERRED = re.compile(
    r"\b(?:I['’]ll|I\s+will|I\s+am\s+going\s+to|I['’]m\s+going\s+to|I\s+plan\s+to)\s+ask\s+"
    r"(?:if|whether|you\s+(?:if|whether|about))\b"
    r"|\b(?:willing|open|able|happy)\s+to\s+ask(?:ing)?\s+(?:if|whether|about|him|her|you)\b",
    re.IGNORECASE)
_BROKEN_FRAME = re.compile(
    r"\b(?:forward|willing|able|open|hoping|want|like|love)\s+to\s+(?:will|would|can|could|shall|"
    r"should|must|may|might|I|I['’]ll|I['’]m)\b"
    r"|\bI['’]ll\s+will\b|\bI\s+will\s+(?:will|I['’]ll)\b|\byou\s+you\b(?!['’])",
)
_LOWER_I = re.compile(r"i(?<![\w.'’(/-]i)(?=['’](?:m|ll|ve|d)\b|\s+[a-z])")
# the cheap test (on lower-case text) before the scan
_ROLE_CUE = re.compile(r"(?:pgy|ms)-?\d|(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th)-year")
_YEAR = r"(?:(?:PGY|MS)-?\d|(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th)-year)"
# A word of a specialty's name before its head: not a preposition or a verb ("a PGY-2 on
# surgery", "a PGY-3 starting cardiology" are whole phrases); "and" joins two names
# ("obstetrics and gynecology", "physical medicine and rehabilitation").
_SPECIALTY_WORD = (
    r"(?:(?!(?:in|at|of|with|for|on|to|into|through|from|during|after|before|like|as)\b)"
    r"(?![a-z]+(?:ing|ed)\b)[a-z]+\s+)"
)
_ROLE_NO_NOUN = re.compile(
    # "I'm a PGY-3 pediatrics at", "I'm Maria Gomez, a PGY-2 internal medicine at"
    r"\b(?:I['’]m|I\s+am|as)(?:\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},)?\s+(?:a|an)\s+"
    r"(" + _YEAR + r"\s+" + _SPECIALTY_WORD + r"{0,3}"
    r"(?:medicine|pediatrics|surgery|psychiatry|neurology|radiology|pathology|anesthesiology|"
    r"anesthesia|dermatology|ophthalmology|urology|cardiology|oncology|obstetrics|gynecology|"
    r"rehabilitation|otolaryngology|orthopedics|ob-?gyn|ob/gyn|med-peds))"
    # ends the phrase; "and" ends it unless the name goes on to its noun ("obstetrics and
    # gynecology trainee")
    r"(?=\s*(?:[.,;!?]|$|\s+(?:at|in|from|with)\b|\s+and\b(?!(?:\s+[a-z]+){1,3}\s+(?:resident|"
    r"intern|trainee|fellow|physician|doctor|student|house[ \t]+officer)s?\b)))", re.IGNORECASE)
_DOUBLED = re.compile(r"(?<![\w'’-])([A-Za-z]+)\s+\1(?![\w'’-])", re.IGNORECASE)
# Words English lets stand twice, each copy in its own role: "that that" (conjunction and
# determiner), "had had", "do do" (emphatic auxiliary and verb), "her her" (object and
# possessive), "is is" (a pseudo-cleft); and repetitions for emphasis ("very very", "again and").
_DOUBLE_OK = {"that", "had", "do", "her", "is", "very", "so", "bye", "no", "ha", "knock",
              "many", "far", "more", "long", "again", "really", "step", "day"}
_MID_SENTENCE = re.compile(r"\b[a-z]+\s+(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?(?:[A-Z][\w'’-]*\s+)?$")
_APOSTROPHE = {"im": "I'm", "ive": "I've", "dont": "don't", "didnt": "didn't", "thats": "that's",
               "youre": "you're", "isnt": "isn't", "wasnt": "wasn't", "couldnt": "couldn't",
               "wouldnt": "wouldn't", "doesnt": "doesn't", "shouldnt": "shouldn't",
               "havent": "haven't", "arent": "aren't", "theyre": "they're"}
_NO_APOSTROPHE = re.compile(
    r"(?<![\w'’@./-])(" + "|".join(_APOSTROPHE) + r"|id(?= (?:love|luv|like|be|appreciate|"
    r"welcome|want|enjoy|rather|value)\b)|its(?= (?:been|a|an|so|not|going|such)\b))"
    r"(?![\w'’@-])")
# Read only by what follows them: "id" before a verb (else it is ID), "its" before "been".
_CONTEXTUAL = {"id": "I'd", "its": "it's"}
_TRIPLE = re.compile(r"([a-zA-Z])\1\1")  # the cheap test before _STRETCHED's scan
_STRETCHED = re.compile(r"(?<![\w'’@/-])([A-Za-z]*?([a-zA-Z])\2{2,}[A-Za-z]*)(?![\w'’@/-])")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# The reader's name as part of a thing's name, not as the person: a citation ("Park et al.",
# "Park 2025", "(Park, 2025)"), a name of several capitalised words ("the AHA Young
# Investigator award", "Long Island") or an eponym after "the" ("the Long Lab").
_CITED_AFTER = re.compile(r"(?:['’]s)?\s*(?:et\s+al\b|and\s+colleagues\b|,?\s*\(?(?:19|20)\d\d\b)"
                          r"|[ \t]+[A-Z][a-z]")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+)?$")
_INITIALISM = re.compile(r"\(?(?:[A-Za-z]\.){2,}")
# A list item's marker at the start of its line ("1.", "2)", "a)", "iv."): the item may be a
# lower-case fragment.
_LIST_MARKER = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)][ \t]*$")
_QUOTED = re.compile(r"[\"“][^\"”\n]*[\"”]")


def _blank_quotes(text: str) -> str:
    """Quoted text keeps its offsets but is not read (a quotation may say "he")."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def _first_other_person(content: str, reader: set[str]) -> int:
    """Where the message first names a person other than the reader (whose name tokens are
    `reader`), or len(content): before it, "he" or "she" can only be the reader."""
    first = len(content)
    for pattern in (_TITLED, _FULL_NAME, _AGED):
        for m in pattern.finditer(content, 0, first):
            words = [name_fold(w) for w in _WORD.findall(m.group(0))]
            if reader & set(words):
                continue
            if pattern is _FULL_NAME and any(w.replace("’", "'") in COMMON_WORDS for w in words):
                continue
            first = m.start()
            break
    for m in _WORD.finditer(content, 0, first):
        word = m.group(0).lower()
        if word in PERSONS or word.endswith(("'s", "’s")) and word[:-2] in PERSONS:
            return m.start()
    return first


_HE = frozenset({"he", "his", "him", "himself"})
_SHE = frozenset({"she", "her", "hers", "herself"})


def _other_gender(req: DraftRequest) -> frozenset[str]:
    """The pronouns that cannot be the reader's: when the request's own words about the
    contact ("her ICU checklist", "his letter") use one set only, the other set."""
    said = " ".join(t for t in (req.meeting.specific_detail, req.update.credit,
                                req.contact.their_work) if t).lower()
    words = set(re.findall(r"[a-z]+", said)) if said else set()
    he, she = bool(words & _HE), bool(words & _SHE)
    return _SHE if he and not she else _HE if she and not he else frozenset()


def _third_person(ctx: Context, content: str, base: int) -> None:
    req = ctx.request
    name = contact_name(req.contact.name, req.contact.title) if req and req.contact else None
    if name is None:
        return
    tokens = {t for t in name.tokens if len(t) > 2}
    first_other = _first_other_person(content, tokens)
    other_gender = _other_gender(req)
    for m in _PRONOUN.finditer(content, 0, first_other):
        word = m.group(1)
        if word.lower() in other_gender:
            continue  # the request speaks of the reader as "her": "his" is someone else
        new = _SECOND[word.lower()]
        new = new.capitalize() if word[0].isupper() else new
        ctx.add("grammar", f"{quote(word)} speaks of the reader in the third person; the message "
                           f"is to them, so write {quote(new)}.",
                base + m.start(), base + m.end(), new)
    last = name_fold(name.last or "")
    if len(last) < 2:
        return
    for m in _CAPITALISED_WORD.finditer(content):  # a name is capitalised: most words are not
        word = m.group(0)
        if re.sub(r"'s$", "", name_fold(word)) != last:
            continue
        possessive = re.search(r"['’]s$", word)
        before = content[max(0, m.start() - 25):m.start()]
        if _CITED_AFTER.match(content, m.end()) or _THE_BEFORE.search(before):
            continue
        mid_sentence = _MID_SENTENCE.search(before) and content[m.end():m.end() + 1] != ","
        if possessive or mid_sentence:
            ctx.add("grammar", f"{quote(word)} names the reader in the body of a message to "
                               "them; write “you” or “your”.", base + m.start(), base + m.end())


def _lowercase_starts(ctx: Context, text: str, start: int, end: int) -> None:
    """A sentence after a full stop, or a paragraph, that starts in lowercase ("after a
    greeting on the same line, "Hi Dr. Rivera, thank you ..." is one sentence)."""
    for s, e in sentences(text, start, end):
        m = re.match(r"[a-z][a-z'’]*", text[s:e])
        if not m:
            continue
        word = m.group(0)
        before = text[start:s].rstrip(" \t")
        prev = re.search(r"(\S+)\s*$", before)
        new_paragraph = before.endswith("\n") and not before.rstrip().endswith(":")
        # an abbreviation's period, or an initialism's ("P.S.", "U.S."), ends no sentence
        after_stop = bool(prev) and prev.group(1)[-1:] in ".!?" and not (
            prev.group(1).endswith(".") and (is_abbreviation(prev.group(1)[:-1])
                                             or _INITIALISM.fullmatch(prev.group(1))))
        if word == "i" or not (new_paragraph or after_stop) or _LIST_MARKER.search(before):
            continue
        if word.replace("’", "'").lower() in COMMON_WORDS:
            ctx.add("grammar", f"The sentence {quote(text[s:e])} starts in lowercase.",
                    s, s + len(word), word[:1].upper() + word[1:])


def check_grammar(ctx: Context) -> None:
    msg = ctx.msg
    start, end = msg.content_start, msg.body_end
    if end <= start:
        return
    text = ctx.text
    content = _blank_quotes(text[start:end])
    _third_person(ctx, content, start)
    low = msg.lower[start:end]
    for m in _DEFERRED.finditer(content) if "ask" in low else ():
        ctx.add("grammar", f"{quote(m.group(0))} defers the ask: ask it directly, as a question "
                           "to the reader.", start + m.start(), start + m.end())
    for m in _BROKEN_FRAME.finditer(content):
        ctx.add("grammar", f"{quote(m.group(0))} is a broken sentence frame.",
                start + m.start(), start + m.end())
    for m in _LOWER_I.finditer(content):
        ctx.add("grammar", "“i” is written “I”.", start + m.start(), start + m.end(), "I")
    for m in _ROLE_NO_NOUN.finditer(content) if _ROLE_CUE.search(low) else ():
        ctx.add("grammar", f"{quote(m.group(1))} is a role without its noun: add “resident”.",
                start + m.end(1), start + m.end(1), " resident")
    for m in _DOUBLED.finditer(content):
        first, second = m.group(1), m.group(0)[-len(m.group(1)):]
        if first.lower() in _DOUBLE_OK or first.isupper() and len(first) > 1:
            continue
        if first[0].isupper() and second[0].isupper() and re.search(
                r"[\w,][ \t]*$", content[max(0, m.start() - 3):m.start()]):
            continue  # a name said twice mid-sentence: "Walla Walla", "Bora Bora"
        ctx.add("grammar", f"{quote(m.group(0))} repeats a word.",
                start + m.start(), start + m.end(), m.group(1))
    for m in _NO_APOSTROPHE.finditer(content):
        ctx.add("grammar", f"{quote(m.group(1))} has lost its apostrophe.",
                start + m.start(1), start + m.end(1),
                _APOSTROPHE.get(m.group(1)) or _CONTEXTUAL[m.group(1)])
    for m in _STRETCHED.finditer(content) if _TRIPLE.search(content) else ():
        word = m.group(1)
        if word.isupper() or re.fullmatch(r"[xXvViI]+|[zZ]+|[hH]m+|[aA]h+|[mM]+", word):
            continue  # XXX is a placeholder, III a numeral, "zzz" and "hmmm" are not words
        fixed = _unstretched(word)
        ctx.add("grammar", f"{quote(word)} is stretched out; write {quote(fixed or word)}.",
                start + m.start(1), start + m.end(1), fixed)
    _lowercase_starts(ctx, text, start, end)


def _unstretched(word: str) -> str | None:
    """'sooo' -> 'so', 'Heyyy' -> 'Hey', 'coool' -> 'cool': the repeated letter kept once or
    twice, whichever is a word."""
    for keep in (r"\1", r"\1\1"):
        fixed = re.sub(r"([a-zA-Z])\1{2,}", keep, word)
        if fixed.lower() in COMMON_WORDS or fixed.lower() in ("hey", "hi", "yay"):
            return fixed
    return None
