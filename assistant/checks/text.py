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
from assistant.text.greeting import Greeting
from assistant.text.greeting import parse_greeting as read_greeting
from assistant.text.patterns import lazy
from assistant.text.sentences import sentence_spans as sentences
from assistant.text.sentences import strip_span as _strip_span
from assistant.text.words import WORD_RE, lower_ascii

_SUBJECT_RE = lazy(r"[ \t]*subject[ \t]*:[ \t]*", re.IGNORECASE)

# The start of an earlier message quoted below a reply ("On … wrote:", "> …"): the message
# ends there (Message.end), since the rest is not the sender's. Not QUOTATION_RE, a quotation
# inside the sender's own sentences.
_EARLIER_MESSAGE_RE = lazy(
    r"^(?:On[ \t][^\n]{5,200}wrote:[ \t]*$|-{2,}[ \t]*Original Message[ \t]*-{2,}|>)",
    re.MULTILINE,
)

# A quotation on one line, inside the message: its words are someone else's ("my PD said,
# \"Wow!!!\""), so rules skip them (Message.in_quote), but the message goes on after it.
QUOTATION_RE = lazy(r"[\"“][^\"”\n]*[\"”]")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


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
    """The salutation at text[start:] (assistant/text/greeting.py), a bare given name judged by
    the PHI guard's list of common given names."""
    return read_greeting(text, start, end, inline=inline, given=given,
                         known_given=_is_given_name)


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
