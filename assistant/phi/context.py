"""The shape of a message, so an identifier can be judged by whom it belongs to.

A networking e-mail has a greeting ("Dear Dr. Okafor,"), a body, a sign-off and the sender's
signature. Names in the greeting and signature are the correspondents, never a patient; contact
details in the signature are the sender's. Inside the body, a sentence is "about a patient" when it
holds a patient cue (patient, pt, y/o, admitted, MRN...). Every look-up here is a bisect over
positions found by one pass of a compiled pattern, so a 1 MB text stays fast.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from assistant.phi import presenting
from assistant.phi.lexicon import (
    CAP,
    FIRST_PERSON,
    NETWORKING_EVENT,
    OWNER,
    PATIENT_CUE,
    PATIENT_EVENT,
    SENDER_SUBJECT,
    SERVICE_LINE_WORD,
)
from assistant.phi.no_patient import about_no_patient, denied, scare_quoted
from assistant.text.gated import gated
from assistant.text.patterns import lazy
from assistant.text.sentences import sentence_spans
from assistant.text.words import lower_ascii

# The greeting runs to its first comma, colon or line end: "Dear Dr. Okafor," / "Hi Maria -".
_GREETING = gated(
    r"[ \t]*(?:Dear|Hi|Hello|Hey|Good (?:morning|afternoon|evening)|Greetings)\b"
    r"[^\n,:;!]{0,60}(?:[,:;!]|\s+-+|$)",
    re.IGNORECASE | re.MULTILINE,
)
_SIGN_OFF = lazy(
    r"^[ \t]*(?:(?:best|kind|warm|warmest|many|with)?\s*(?:regards|wishes|thanks)|best|"
    r"sincerely(?: yours)?|thanks(?: again| so much)?|thank you(?: again| so much)?|cheers|"
    r"warmly|respectfully|all the best|with gratitude|gratefully|yours(?: truly)?|"
    r"take care|talk soon|--+|\u2014)[ \t]*[,.!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_SELF_INTRO = gated(
    rf"\b(?:I'm|I am|my name is|this is)\s+(?:Dr\.?\s+)?(?P<name>{CAP}(?:\s+{CAP})?)"
)
_NAME_WORD = lazy(CAP)
# the name a self-introduction holds runs on into a possessive ("this is Ana Ruiz's son")
_POSSESSIVE_AFTER = lazy(r"(?:[ \t]+[A-Z][\w'\u2019-]*?)*['\u2019]s\b")
# "Your ICU checklist" is the reader's work; "your clinic saw Mr. Alvarez" is still a patient.
_SECOND_PERSON = gated(r"\b[Yy]our\b")
_THIRD_PERSON = gated(
    r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|Mr|Mrs|Ms|Miss|Mx)\b"
, words=False)
_TITLES = frozenset(
    """Dr Doctor Prof Professor Mr Mrs Ms Miss Mx Dear Hi Hello Hey Good Greetings Thanks Thank
    Best Regards Kind Warm Warmly Sincerely Cheers Respectfully Yours All""".split()  # noqa: SIM905
)


@dataclass
class MessageContext:
    """Positions of sentences, cues, greeting and signature in one text."""

    text: str
    lower: str = ""
    sentence_starts: list[int] = field(default_factory=list)
    patient_sentence: list[bool] = field(default_factory=list)
    event_positions: list[tuple[int, int, str]] = field(default_factory=list)
    owner_positions: list[tuple[int, str]] = field(default_factory=list)
    greeting_end: int = 0
    signature_start: int | None = None
    signature_end: int | None = None  # a P.S. or a quoted earlier message after the signature
    correspondents: set[str] = field(default_factory=set)
    is_case_text: bool = False
    cue_matches: list[re.Match[str]] = field(default_factory=list)  # PATIENT_CUE, whole text

    # ---- sentences -------------------------------------------------------------------------
    def sentence_index(self, pos: int) -> int:
        return max(0, bisect_right(self.sentence_starts, pos) - 1)

    def sentence_span(self, pos: int) -> tuple[int, int]:
        i = self.sentence_index(pos)
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.text)
        return self.sentence_starts[i], end

    def about_patient(self, pos: int) -> bool:
        """Is the sentence holding `pos` about a patient (and outside greeting and signature)?"""
        if self.in_frame(pos):
            return False
        return self.patient_sentence[self.sentence_index(pos)]

    def near_patient(self, pos: int) -> bool:
        """The sentence holding `pos` or the one before it is about a patient."""
        if self.in_frame(pos):
            return False
        i = self.sentence_index(pos)
        return self.patient_sentence[i] or (i > 0 and self.patient_sentence[i - 1])

    def around_patient(self, pos: int) -> bool:
        """The sentence holding `pos`, the one before or the one after is about a patient."""
        if self.in_frame(pos):
            return False
        i = self.sentence_index(pos)
        flags = self.patient_sentence
        return flags[i] or (i > 0 and flags[i - 1]) or (i + 1 < len(flags) and flags[i + 1])

    def in_frame(self, pos: int) -> bool:
        """In the greeting line or the signature block: the correspondents' own words."""
        if pos < self.greeting_end:
            return True
        if self.signature_start is None or pos < self.signature_start:
            return False
        return self.signature_end is None or pos < self.signature_end

    # ---- what an identifier is tied to ----------------------------------------------------
    def nearest_event(self, pos: int, window: int = 80, start: int | None = None) -> str | None:
        """'patient' or 'networking': the closest event word before `pos` in its sentence (or
        after `start`, for a sentence joined across a wrapped line)."""
        if start is None:
            start, _ = self.sentence_span(pos)
        lo = max(start, pos - window)
        i = bisect_right(self.event_positions, (pos, -1, "")) - 1
        while i >= 0:
            at, end, kind = self.event_positions[i]
            if at < lo:
                return None
            if end <= pos:
                return kind
            i -= 1
        return None

    def owner(self, pos: int, window: int = 60) -> str | None:
        """Whose is the identifier at `pos`: 'sender', 'professional', 'patient' or None."""
        start, _ = self.sentence_span(pos)
        lo = max(start, pos - window)
        i = bisect_right(self.owner_positions, (pos, "")) - 1
        if i >= 0 and self.owner_positions[i][0] >= lo:
            at, kind = self.owner_positions[i]
            if kind == "pronoun":  # "her", "his daughter": a patient's only in talk of a patient
                whose = RELATIVE_OF.search(self.lower, max(0, at - 24), at)
                if whose:  # "my daughter's email", "Dr. Lee's son's": the writer's, a colleague's
                    return "sender" if whose.group("own") else "professional"
                return "patient" if self.near_patient(pos) else None
            return kind
        return None

    def first_person(self, pos: int) -> bool:
        start, end = self.sentence_span(pos)
        return FIRST_PERSON.search(self.text, start, end) is not None

    def sender_is_subject(self, pos: int) -> bool:
        start, end = self.sentence_span(pos)
        return SENDER_SUBJECT.search(self.text, start, end) is not None

    def is_correspondent(self, name: str) -> bool:
        return any(word in self.correspondents for word in _NAME_WORD.findall(name))


# whose relative: "my daughter", "our son" (the writer's), "Dr. Lee's son", "your wife"
RELATIVE_OF = lazy(
    r"(?:\b(?P<own>my|our)|\b(?:your|dr\.?\s+[\w'-]+['\u2019]s))\s+(?:[a-z-]+\s+)?$"
)


def _sentence_starts(text: str) -> list[int]:
    """Where each sentence starts; a semicolon and a line break end one here (a clause is
    the unit a patient cue speaks for)."""
    return [0] + [s for s, _ in sentence_spans(text, clause=True, lines=True) if s > 0]


def _frame(text: str) -> tuple[int, int | None]:
    """End of the greeting line (0 if none) and start of the signature block (None if none)."""
    greeting_end = 0
    start = len(text) - len(text.lstrip())
    g = _GREETING.match(text, start)
    if g:
        greeting_end = g.end()
    signature_start = None
    tail_from = max(greeting_end, len(text) - 600)
    for m in _SIGN_OFF.finditer(text, tail_from):
        signature_start = m.start()
    return greeting_end, signature_start


# What follows a signature and is not the sender's contact details: a postscript, or an earlier
# message quoted below the reply. Both can hold a patient's details and are checked.
_AFTER_SIGNATURE = gated(
    r"^[ \t]*(?:P\.?[ \t]?S\.?(?=[\s:,-])|On[ \t][^\n]{5,200}wrote:|-{2,}[ \t]*(?:Original|"
    r"Forwarded)[ \t]+[Mm]essage|From:[ \t]|>)",
    re.MULTILINE,
    words=False,
)


def _signature_end(text: str, signature_start: int | None) -> int | None:
    if signature_start is None:
        return None
    m = _AFTER_SIGNATURE.search(text, signature_start)
    return m.start() if m else None


def _correspondents(
    text: str, greeting_end: int, signature_start: int | None, signature_end: int | None = None
) -> set[str]:
    names: set[str] = set()
    spans = [(0, greeting_end)]
    if signature_start is not None:
        hi = min(len(text), signature_start + 200, signature_end or len(text))
        spans.append((signature_start, hi))
    for lo, hi in spans:
        for word in _NAME_WORD.findall(text, lo, hi):
            names.add(word.removesuffix("'s").removesuffix("\u2019s"))
    for m in _SELF_INTRO.finditer(text, 0, min(len(text), 2000)):
        if m.group("name").endswith(("'s", "\u2019s")) or _POSSESSIVE_AFTER.match(
                text, m.end("name")):
            continue  # "this is Lupe Estrada's daughter": the caller is someone's relative
        names.update(_NAME_WORD.findall(m.group("name")))
    return {n for n in names if n not in _TITLES}


_IN_PROPER_NAME = lazy(r"[A-Z][\w-]*\s+[A-Z]")


# Where a talk is given: "the lecture is in room 3120", "journal club moved to room 214" (not
# "the family meeting in room 412", which is a patient's care).
_TALK_VENUE = gated(
    r"\b(?:talk|lecture|workshop|seminar|journal\s+club|grand\s+rounds|noon\s+conference|"
    r"(?<!family\s)(?<!care\s)(?<!goals\s)conference|session|poster|symposium|(?<!family\s)"
    r"(?<!care\s)(?<!team\s)meeting|orientation|interview|exam|osce|sim\s+lab|class|didactics?|"
    r"retreat|reception|breakout|committee|council)s?\b|\bmeets\b", words=False)


def _talk_in(ctx: MessageContext, i: int) -> bool:
    """Does sentence `i` tell of a talk given ("Dr. Osei presents") or a forum's venue?"""
    start = ctx.sentence_starts[i]
    end = ctx.sentence_starts[i + 1] if i + 1 < len(ctx.sentence_starts) else len(ctx.lower)
    if presenting.talk_in(ctx.lower, start, end) or (
            _TALK_VENUE.search(ctx.lower, start, end) is not None):
        return True
    return event_logistics(lower=ctx.lower, start=start, end=end)


def event_logistics(lower: str, start: int, end: int) -> bool:
    """Does the sentence give an event's time and place? A line of an event's fields ("Presenter:
    Dr. Quinlan. Moderator: Dr. Gallo. Date: March 3, Room 2210."), or a room booked for
    something ("Room 1120 is booked for the prep session on 11/3"): its dates and rooms are the
    event's."""
    if _ROOM_BOOKED.search(lower, start, end):
        return True
    # "The scholarship committee meets 2/6 in Room 511": a forum named, no one else spoken of
    if _TALK_VENUE.search(lower, start, end) and not _THIRD_PERSON.search(lower, start, end):
        return True
    line_start = lower.rfind("\n", max(0, start - 400), start) + 1
    line_end = lower.find("\n", end, end + 400)
    stop = line_end if line_end >= 0 else min(len(lower), end + 400)
    return _EVENT_FIELD.search(lower, line_start, stop) is not None


_ROOM_BOOKED = gated(
    r"\b(?:room|rm|suite|auditorium|classroom)\s*[\w-]*\s+(?:is|was|has\s+been|['\u2019]s)\s+"
    r"(?:booked|reserved)\s+for\b", words=False)
_EVENT_FIELD = gated(
    r"\b(?:presenters?|moderators?|speakers?|facilitators?|panelists?|discussants?|hosts?|"
    r"chairs?|emcee)\s*:", words=False)


# A pronoun's letters in capitals inside a line written in lower case are an acronym ("HIM
# needs the summaries signed" - health information management; "US showed" - ultrasound), not
# the pronoun: masked in the lower-cased text (same length), so no pass reads them as a person.
_CAPS_PRONOUN = lazy(r"\b(?:HIM|HIS|HERS?|HE|SHE|US|WE|ME|MY|OUR|IT)\b")
_LOWER_LETTER = lazy(r"[a-z]")


_CAPS_LETTERS = ("HE", "HI", "US", "WE", "ME", "MY", "OUR", "IT")  # every form holds one


def _mask_acronyms(text: str, lower: str) -> str:
    if not any(c in text for c in _CAPS_LETTERS) or not _CAPS_PRONOUN.search(text):
        return lower
    out = list(lower)
    for m in _CAPS_PRONOUN.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : line_end if line_end != -1 else len(text)]
        if _LOWER_LETTER.search(line):
            out[m.start() : m.end()] = "q" * (m.end() - m.start())
    return "".join(out)


def analyse(text: str) -> MessageContext:
    """One pass over the text for each cue family; everything else is looked up by position."""
    lower = _mask_acronyms(text, lower_ascii(text))
    ctx = MessageContext(text=text, lower=lower)
    ctx.sentence_starts = _sentence_starts(text)
    ctx.greeting_end, ctx.signature_start = _frame(text)
    ctx.signature_end = _signature_end(text, ctx.signature_start)
    ctx.correspondents = _correspondents(
        text, ctx.greeting_end, ctx.signature_start, ctx.signature_end
    )
    flags = [False] * len(ctx.sentence_starts)
    cue_count = 0
    weak = [False] * len(ctx.sentence_starts)
    ctx.cue_matches = list(PATIENT_CUE.finditer(lower))
    for m in ctx.cue_matches:
        if ctx.in_frame(m.start()) or scare_quoted(lower, m.start(), m.end()) or denied(
                lower, m.start(), m.end()):
            continue  # "the 'patient' is a mannequin", "a textbook image, no patients"
        if not m.group("strong") and (_IN_PROPER_NAME.match(text, m.start()) or (
                text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")")):
            continue  # "the Outpatient Pavilion", "Dr. Oyelaran (ICU)": a name, a department
        i = ctx.sentence_index(m.start())
        if m.group() in ("presenting", "presented to", "presented with") and presenting.is_talk(
                lower, m.start(), m.start() + len(m.group().split()[0]), ctx.sentence_span(
                    m.start())):
            continue  # "I'll be presenting our POCUS curriculum at CORD", "presented with her
            # co-fellow at the chapter meeting": a talk, not a patient presenting
        if m.group().startswith("room") and _talk_in(ctx, i):
            continue  # "Dr. Osei presents on 12/4 in room 210", "the workshop is in room
            # 2104": where a talk is given
        if m.group("strong"):
            flags[i] = True
        else:
            weak[i] = True
        cue_count += 1
    # A weak cue ("discharge summaries", "my appointment") counts only when the sender is not
    # talking about themselves, or about the reader's own work ("your ICU checklist"), in that
    # sentence.
    for i, is_weak in enumerate(weak):
        if is_weak and not flags[i]:
            start = ctx.sentence_starts[i]
            end = ctx.sentence_starts[i + 1] if i + 1 < len(flags) else len(text)
            flags[i] = (
                FIRST_PERSON.search(text, start, end) is None
                and not (
                    _SECOND_PERSON.search(text, start, end)
                    and not _THIRD_PERSON.search(text, start, end)
                )
            )
    for i, start in enumerate(ctx.sentence_starts):
        end = ctx.sentence_starts[i + 1] if i + 1 < len(flags) else len(text)
        if flags[i] and about_no_patient(lower, start, end):
            flags[i] = False
    # A sentence right after one about a patient continues it ("Phone: ...", "Seen at ... on
    # ..."), unless it turns to the sender or to a networking event.
    own = flags[:]
    for i in range(1, len(flags)):
        if own[i] or not own[i - 1]:
            continue
        start = ctx.sentence_starts[i]
        end = ctx.sentence_starts[i + 1] if i + 1 < len(flags) else len(text)
        if ctx.in_frame(start) or FIRST_PERSON.search(text, start, end):
            continue
        if NETWORKING_EVENT.search(lower, start, end):
            continue
        flags[i] = True
    ctx.patient_sentence = flags
    ctx.is_case_text = cue_count > 0
    events = [(m.start(), m.end(), "patient") for m in PATIENT_EVENT.finditer(lower)]
    events += [(m.start(), m.end(), "networking") for m in NETWORKING_EVENT.finditer(lower)]
    events.sort()
    ctx.event_positions = events
    ctx.owner_positions = [(m.start(), m.lastgroup or "") for m in OWNER.finditer(lower)]
    if " line" in lower:
        ctx.owner_positions = sorted(ctx.owner_positions + [
            (m.start(), "professional") for m in SERVICE_LINE_WORD.finditer(lower)])
    return ctx
