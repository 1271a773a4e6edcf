"""The greeting that opens a message: a salutation word ("Hi", "Dear", "Heyyy", "Good
morning"), then whom it greets ("Dr. Lee", "Kwame"), then the mark that ends it.

One grammar for every reader of a greeting: the checks' message parser (checks/text.py), the
note shortener and the rewrite (which keep or replace it), and the update's news, whose
greeting typed before the news is left out (the draft has its own; `typed_greeting_end`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.text.names import TITLES
from assistant.text.patterns import lazy
from assistant.text.sentences import strip_span as _strip_span
from assistant.text.words import fold

# Casual salutations are listed first so "Hey there" wins over "Hey" and "Hi there" over "Hi".
_SALUTATION = (
    r"(?P<sal>(?i:he+y+[ \t]+there|hi[ \t]+there|what'?s[ \t]+up|wass+up|wazz+up|whaddup|'?sup|"
    r"heya|hiya|hi{2,}|he+y+|yo|howdy|hola|bonjour|ciao|salut|aloha|"
    r"dear|hello|hi|greetings|good[ \t]+(?:morning|afternoon|evening)|morning|afternoon|"
    r"evening))"
)
# A name after the salutation: an optional title, then up to four capitalised tokens.
# The name must end the greeting (a comma, a dash, the line's end, or "and" another name), so
# "Hi, I'd like to connect" has no name and "Hi Dr. Lee I enjoyed" is not "Dr. Lee I".
_NAME = (
    r"(?P<name>(?:(?:Dr|Prof|Professor|Doctor|Mr|Mrs|Ms|Mx)\.?[ \t]+)?"
    r"[A-Z][\w'’-]*\.?(?:[ \t]+(?:[A-Z][\w'’-]+|[A-Z]\.)){0,3})"
    r"(?=[ \t]*(?:[,!:;.—–-]|\r?$|(?:and|&)[ \t]))"
)
# The salutation is matched in any case; the name must be capitalised ("Hi all" has none).
GREETING_RE = lazy(
    rf"{_SALUTATION}(?![\w'’])[ \t]*,?[ \t]*(?:{_NAME})?", re.MULTILINE
)
# "Dr. Lee," alone on the first line, with no salutation word.
_BARE_NAME_LINE_RE = lazy(
    r"(?P<name>(?:Dr|Prof|Professor|Doctor)\.?[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
    r"[ \t]*,[ \t]*$"
)
# "Dr. Young, PGY-2 at ..." opening a LinkedIn note: a titled name addressed on the note's own
# line. Not when what follows the comma describes the name ("Dr. Lee, my mentor, suggested"):
# then the name is the sentence's subject, not the reader.
_VOCATIVE_RE = lazy(
    r"(?P<name>(?:Dr|Prof|Professor|Doctor)\.?[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
    r"[ \t]*(?:,|[-–—]+)[ \t]+(?!(?:my|our|your|his|her|their|who|whom|whose|the|a|an|one)\b)"
)
# "Ada," or "Ada -" alone on the first line: a given name with no salutation word. Only a
# common given name counts, so "Apologies," or "Agenda:" opening a body are not greetings.
_BARE_GIVEN_LINE_RE = lazy(
    r"(?P<name>[A-Z][\w'’-]*)[ \t]*(?:,|:|[ \t]+[-–—]+)[ \t]*$"
)
_TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening"})
CASUAL_SALUTATIONS = frozenset({
    "hey", "hey there", "yo", "sup", "'sup", "hiya", "heya", "howdy", "what's up", "whats up",
    "hii", "morning", "afternoon", "evening", "hola", "bonjour", "ciao", "salut", "whaddup",
})
# Stretched spellings ("Heyyy", "Hiii") are the casual word said louder.
_STRETCHED = ((re.compile(r"^he+y+"), "hey"), (re.compile(r"^hi{2,}$"), "hii"),
              (re.compile(r"^wa[sz]+up$"), "sup"))


def _salutation_key(said: str) -> str:
    key = re.sub(r"[ \t]+", " ", said.lower())
    for pattern, plain in _STRETCHED:
        key = pattern.sub(plain, key)
    return key
GENERIC_ADDRESSEES = frozenset({
    "all", "everyone", "team", "there", "colleague", "colleagues", "committee", "friends",
    "friend", "sir", "madam", "folks", "both", "doctor", "doctors", "faculty", "selection",
    "search", "program", "hiring", "admissions", "coordinator", "chief", "chiefs", "residents",
})


@dataclass
class Greeting:
    """The salutation at the top of the body ("Dear Dr. Lee,")."""

    salutation: str | None  # lower-cased salutation word(s), None for a bare "Dr. Lee,"
    sal_start: int
    sal_end: int
    name: str | None
    name_start: int
    name_end: int


def parse_greeting(text: str, start: int, end: int, *, inline: bool = False,
                   given: str | None = None,
                   known_given: Callable[[str], bool] | None = None) -> Greeting | None:
    """The salutation at text[start:]: a known salutation word, or a bare "Dr. Lee," line;
    `inline` (a LinkedIn message or note): also "Dr. Lee, ..." opening the first line.
    `given`: the reader's given name, when known: "Kwame," alone on the first line greets
    them even when the name is not in the list of common given names. `known_given`: whether a
    word is a common given name (the caller's list; without one, only `given` is)."""
    start, end = _strip_span(text, start, end)
    if start >= end:
        return None
    line_end = text.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    m = GREETING_RE.match(text, start, line_end)
    if m and m.group("sal").lower() in _TIMES_OF_DAY and not m.group("name") and text[
            m.end():line_end].strip(" \t,!.:—–-"):
        m = None  # "Morning rounds ran late": a sentence, not "Morning," as a greeting
    if m:
        sal = _salutation_key(m.group("sal"))
        name = m.group("name")
        if name:
            name = name.rstrip(".") if not name.endswith(("Dr.", "Jr.", "Sr.")) else name
            ns = m.start("name")
            parts = [fold(t.rstrip(".")) for t in re.split(r"[ \t]+", name) if t]
            if parts[0] in GENERIC_ADDRESSEES or all(t in TITLES for t in parts):
                return Greeting(sal, m.start("sal"), m.end("sal"), None, ns, ns)
            return Greeting(sal, m.start("sal"), m.end("sal"), name, ns, ns + len(name))
        return Greeting(sal, m.start("sal"), m.end("sal"), None, m.end(), m.end())
    m = _BARE_NAME_LINE_RE.match(text, start, line_end)
    if m:
        return Greeting(None, start, start, m.group("name"), m.start("name"), m.end("name"))
    m = _BARE_GIVEN_LINE_RE.match(text, start, line_end)
    if m and (known_given is not None and known_given(m.group("name")) or (
            given is not None and fold(m.group("name")) == fold(given))):
        return Greeting(None, start, start, m.group("name"), m.start("name"), m.end("name"))
    m = _VOCATIVE_RE.match(text, start, line_end) if inline else None
    if m:
        return Greeting(None, start, start, m.group("name"), m.start("name"), m.end("name"))
    return None


# A greeting typed before the text proper, as a pasted note or news opens ("Hi Ana, ", "hey dr.
# ruiz! ", "Dear Dr. Obi - "): a salutation, whom it greets in whatever case it was typed (up to
# 40 characters, no sentence mark among them but a title's dot), and the mark that ends it. A
# time of day alone greets only before the mark or a capitalised name ("Morning, ...", "Good
# evening Dr. Ng: ..."), never "morning rounds ran late, ...".
_TYPED_GREETING = lazy(
    rf"{_SALUTATION}(?![\w'’])(?:(?i:\b(?:dr|prof|mrs?|ms|mx)\.)|[^,!.:;\n–—-]|(?<=\w)-(?=\w))"
    r"{0,40}(?:[,!:]+|[ \t]+[-–—]+)\s*")
_TIME_GREETING = lazy(rf"[ \t]*(?:{_NAME})?[ \t]*[,!:]")


def typed_greeting_end(text: str, start: int = 0) -> int:
    """Where a greeting typed at text[start:] ends (past its mark and the space after it);
    `start` when the text opens with no greeting."""
    m = _TYPED_GREETING.match(text, start)
    if m is None:
        return start
    if m.group("sal").lower() in _TIMES_OF_DAY and not _TIME_GREETING.match(text, m.end("sal")):
        return start
    return m.end()
