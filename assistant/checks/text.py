"""Parsing a finished message into the parts the checks look at: subject, greeting, body,
sign-off (found by `signoff.py`), words and sentences. Every part keeps its character offsets
into the ORIGINAL text, so a finding can point at exactly what it is about.

All patterns here are linear (no nested unbounded quantifiers), so 1 MB of text parses in
well under a second.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field

from assistant.checks.signoff import find_signoff, find_trailer, strip_footer
from assistant.text.names import TITLES
from assistant.text.sentences import sentence_spans as sentences
from assistant.text.sentences import strip_span as _strip_span
from assistant.text.words import WORD_RE, fold, lower_ascii

_SUBJECT_RE = re.compile(r"[ \t]*subject[ \t]*:[ \t]*", re.IGNORECASE)

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
_GREETING_RE = re.compile(
    rf"{_SALUTATION}(?![\w'’])[ \t]*,?[ \t]*(?:{_NAME})?", re.MULTILINE
)
# "Dr. Lee," alone on the first line, with no salutation word.
_BARE_NAME_LINE_RE = re.compile(
    r"(?P<name>(?:Dr|Prof|Professor|Doctor)\.?[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
    r"[ \t]*,[ \t]*$"
)
# "Dr. Young, PGY-2 at ..." opening a LinkedIn note: a titled name addressed on the note's own
# line. Not when what follows the comma describes the name ("Dr. Lee, my mentor, suggested"):
# then the name is the sentence's subject, not the reader.
_VOCATIVE_RE = re.compile(
    r"(?P<name>(?:Dr|Prof|Professor|Doctor)\.?[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
    r"[ \t]*(?:,|[-–—]+)[ \t]+(?!(?:my|our|your|his|her|their|who|whom|whose|the|a|an|one)\b)"
)
# "Ada," or "Ada -" alone on the first line: a given name with no salutation word. Only a
# common given name counts, so "Apologies," or "Agenda:" opening a body are not greetings.
_BARE_GIVEN_LINE_RE = re.compile(
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

# The start of an earlier message quoted below a reply ("On … wrote:", "> …"): the message
# ends there (Message.end), since the rest is not the sender's. Not QUOTATION_RE, a quotation
# inside the sender's own sentences.
_EARLIER_MESSAGE_RE = re.compile(
    r"^(?:On[ \t][^\n]{5,200}wrote:[ \t]*$|-{2,}[ \t]*Original Message[ \t]*-{2,}|>)",
    re.MULTILINE,
)

# A quotation on one line, inside the message: its words are someone else's ("my PD said,
# \"Wow!!!\""), so rules skip them (Message.in_quote), but the message goes on after it.
QUOTATION_RE = re.compile(r"[\"“][^\"”\n]*[\"”]")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class Greeting:
    """The salutation at the top of the body ("Dear Dr. Lee,")."""

    salutation: str | None  # lower-cased salutation word(s), None for a bare "Dr. Lee,"
    sal_start: int
    sal_end: int
    name: str | None
    name_start: int
    name_end: int


@dataclass
class Message:
    """A message split into parts; all offsets point into `text`."""

    text: str
    subject: str | None = None
    subject_start: int = 0
    subject_end: int = 0
    body_start: int = 0
    body_end: int = 0  # where the sign-off block starts (or the end of the text)
    greeting: Greeting | None = None
    signoff_start: int | None = None  # the sign-off block ("Best,\nMaria Gomez")
    signed: bool = False  # a name follows the closing (or the text ends with a name)
    content_start: int = 0  # after the greeting line
    end: int = 0  # where a quoted earlier message ("On … wrote:", "> …") starts, or the end
    words: list[tuple[int, int]] = field(default_factory=list)  # content words
    # Text after the signature block ("Best,\nMaria\n\n<more paragraphs>"): the reader sees
    # it, so its words are counted with the content's (`words`); None when there is none.
    trailer_start: int | None = None
    lower: str = ""  # `text` with A-Z lower-cased (lower_ascii): same offsets
    _sentences: list[tuple[int, int]] | None = field(default=None, repr=False)
    _tokens: list[tuple[int, int]] | None = field(default=None, repr=False)
    _token_set: frozenset[str] | None = field(default=None, repr=False)
    _quoted: list[tuple[int, int]] | None = field(default=None, repr=False)

    @property
    def body(self) -> str:
        return self.text[self.body_start:]

    @property
    def content(self) -> str:
        """The message proper: without subject, greeting and sign-off."""
        return self.text[self.content_start:self.body_end]

    def tokens(self) -> list[tuple[int, int]]:
        """Word spans of the whole message up to `end` (subject and sign-off included), found
        once in `lower` and shared by the rules that look words up in a list."""
        if self._tokens is None:
            self._tokens = [m.span() for m in WORD_RE.finditer(self.lower, 0, self.end)]
        return self._tokens

    def token_set(self) -> frozenset[str]:
        """The lower-cased words of `tokens()`: a rule tests it before scanning for a word."""
        if self._token_set is None:
            low = self.lower
            self._token_set = frozenset(low[s:e] for s, e in self.tokens())
        return self._token_set

    def quoted(self) -> list[tuple[int, int]]:
        """Spans of the quotations up to `end` (QUOTATION_RE), found once and shared."""
        if self._quoted is None:
            self._quoted = [m.span() for m in QUOTATION_RE.finditer(self.text, 0, self.end)] if (
                '"' in self.text or "“" in self.text) else []
        return self._quoted

    def in_quote(self, start: int, end: int) -> bool:
        """Does text[start:end] lie inside a quotation? (The quotations are sorted and do not
        overlap: one look-up, however many there are.)"""
        quoted = self.quoted()
        i = bisect_left(quoted, (start, start)) - 1
        return i >= 0 and end < quoted[i][1]

    def content_sentences(self) -> list[tuple[int, int]]:
        """Sentence spans of the content, split once and shared by the rules."""
        if self._sentences is None:
            self._sentences = sentences(self.text, self.content_start, self.body_end)
        return self._sentences


def word_matches(
    pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None,
    joiners: str = "'’",
) -> Iterator[re.Match[str]]:
    """Matches of `pattern` that start where a word starts (or on punctuation): the pattern is
    written without a leading `\\b` or look-behind, so the engine can skip ahead by first
    letter, and the left edge is checked here instead. `joiners`: characters that also join a
    word to the one before it ("don't", "e-mail")."""
    end = len(text) if end is None else end
    pos = start
    while pos <= end:
        m = pattern.search(text, pos, end)
        if m is None:
            return
        s = m.start()
        before = text[s - 1] if s > 0 else " "
        if not (text[s:s + 1].isalnum() and (before.isalnum() or before == "_"
                                              or before in joiners)):
            yield m
        pos = max(m.end(), s + 1)


def split_subject(text: str) -> tuple[str | None, str, int]:
    """(subject or None, body, body_offset). The subject is the first line when it starts
    with `Subject:` (the contract's rule); the body starts after it, past blank lines."""
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    m = _SUBJECT_RE.match(text, 0, first_end)
    if not m:
        return None, text, 0
    subject = text[m.end():first_end].strip()
    offset = first_end
    while offset < len(text) and text[offset] in " \t\r\n":
        offset += 1
    return subject, text[offset:], offset


def parse_greeting(text: str, start: int, end: int, *, inline: bool = False,
                   given: str | None = None) -> Greeting | None:
    """The salutation at text[start:]: a known salutation word, or a bare "Dr. Lee," line;
    `inline` (a LinkedIn message or note): also "Dr. Lee, ..." opening the first line.
    `given`: the reader's given name, when known: "Kwame," alone on the first line greets
    them even when the name is not in the list of common given names."""
    start, end = _strip_span(text, start, end)
    if start >= end:
        return None
    line_end = text.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    m = _GREETING_RE.match(text, start, line_end)
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
    if m and (_is_given_name(m.group("name")) or (
            given is not None and fold(m.group("name")) == fold(given))):
        return Greeting(None, start, start, m.group("name"), m.start("name"), m.end("name"))
    m = _VOCATIVE_RE.match(text, start, line_end) if inline else None
    if m:
        return Greeting(None, start, start, m.group("name"), m.start("name"), m.end("name"))
    return None


def _is_given_name(word: str) -> bool:
    from assistant.phi.lexicon import first_names  # the PHI guard's list; loaded once

    return word in first_names()


def parse_message(text: str, *, email: bool, given: str | None = None) -> Message:
    """Split a message into subject (email only), greeting, content and sign-off. `given`:
    the reader's given name when known (see `parse_greeting`)."""
    msg = Message(text=text, body_end=len(text), end=len(text), lower=lower_ascii(text))
    if email:
        subject, _body, offset = split_subject(text)
        if subject is not None:
            msg.subject = subject
            first_end = text.find("\n")
            first_end = len(text) if first_end < 0 else first_end
            sub_start = text.lower().find("subject", 0, first_end)
            colon = text.find(":", sub_start, first_end)
            s, e = _strip_span(text, colon + 1, first_end)
            msg.subject_start, msg.subject_end = s, e
            msg.body_start = offset
    msg.greeting = parse_greeting(text, msg.body_start, len(text), inline=not email,
                                  given=given)
    msg.content_start = msg.body_start
    if msg.greeting is not None:
        # Content starts after the greeting's line, or after its comma on a one-line note.
        g_end = max(msg.greeting.name_end, msg.greeting.sal_end)
        nl = text.find("\n", g_end)
        line_end = len(text) if nl < 0 else nl
        comma = text.find(",", g_end, line_end)
        rest_of_line = text[g_end:line_end].strip(" \t,!:.—–-")
        if not rest_of_line:
            msg.content_start = line_end
        elif comma >= 0 and comma - g_end <= 2:
            msg.content_start = comma + 1
        else:
            msg.content_start = g_end
    earlier = _EARLIER_MESSAGE_RE.search(text, msg.content_start)
    if earlier:
        msg.end = msg.body_end = earlier.start()
    msg.end = msg.body_end = strip_footer(text, msg.content_start, msg.end)
    signoff, signed = find_signoff(text, msg.content_start, msg.end)
    if signoff is not None and signoff > msg.content_start:
        msg.signoff_start, msg.signed = signoff, signed
        msg.body_end = signoff
    elif signoff is not None:
        msg.signed = signed
    tokens = msg.tokens()  # the one word split, shared with the rules
    msg.words = _within(tokens, msg.content_start, msg.body_end)
    if msg.signoff_start is not None:
        msg.trailer_start = find_trailer(text, msg.signoff_start, msg.end)
        if msg.trailer_start is not None:
            msg.words += _within(tokens, msg.trailer_start, msg.end)
    return msg


def _within(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The spans that lie in [start, end), from a sorted list."""
    i = bisect_left(spans, (start, start))
    j = bisect_left(spans, (end, end), i)
    return [sp for sp in spans[i:j] if sp[1] <= end]
