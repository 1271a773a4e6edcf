"""Connection notes for the offline engine: the LinkedIn note itself, and any other kind squeezed
into one. A note must fit the account's character limit, so its sentences are chosen, not just
cut: every combination of each sentence's forms (full, shorter, left out) is scored by how many
of the request's facts it keeps, and the richest one that fits wins (the one note shortener,
`checks.shorten`, with the request's facts as its value). The ask or next step is never left
out — when room is short, its phrase is shortened at a clause boundary instead.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from assistant.checks.functions import asks_or_commits
from assistant.checks.shorten_fit import base_value, choose
from assistant.checks.shorten_read import (
    CLAUSE_ONLY,
    CLOSING,
    CUT_COST,
    PURPOSE,
    Piece,
    shorter_forms,
)
from assistant.engines import phrasing as ph
from assistant.engines.offline.context import Ctx, sign_off
from assistant.engines.offline.details import action, clause, detail_sentence, reaction
from assistant.engines.offline.field_split import split_asks
from assistant.engines.offline.notes import VENUE
from assistant.engines.offline.quotes import quote
from assistant.engines.offline.sentences import (
    admire_sentence,
    ask_sentence,
    days_since_meeting,
    event_timing,
    next_step_sentence,
    when_phrase,
)
from assistant.models import DraftRequest
from assistant.text.patterns import lazy
from assistant.text.sentences import split_sentences

STOP = {"your", "with", "that", "this", "from", "about", "have", "will", "would", "they",
        "their", "them", "what", "when", "were", "been", "into", "some", "more", "very", "just",
        "also", "than", "then", "there", "these", "those", "which", "while", "could", "like",
        "the", "and", "for", "you", "our", "but", "are", "was", "not", "can", "all", "any",
        "how", "who", "why", "its", "his", "her", "she", "him", "has", "had", "did", "get",
        "got", "may", "one", "out", "own", "too", "via", "i'm", "i'd", "i'll", "i've"}
# Their talk, poster or session, as the resident names it ("your talk on HIPEC outcomes")
THEIR_TALK = lazy(rf"your\s+(?:[\w-]+\s+)?{VENUE.pattern}", re.IGNORECASE)
# "the meeting" left unnamed, and a plan for while it is on
DANGLING = lazy(rf"\b(the|this) ({ph.alternation((*ph.GATHERINGS, 'event', 'session'))})\b")
DURING = lazy(rf"\b(during|at) (the|this) "
                    rf"({ph.alternation((*ph.GATHERINGS, 'event', 'session', 'dinner'))})\b")
# Beside the wish to connect (`PURPOSE`), what a sentence of a composed note weighs: a request
# or next step the checks read as one ("I would love any advice"), and one about the reader's
# own work ("I heard you on the X podcast").
ASKS = 6.0
PERSONAL = 4.0
# An ask that only asks to connect: a connection note already does
_JUST_CONNECT = lazy(r"(?:to\s+)?connect(?:\s+(?:with\s+you|here|on\s+linkedin))?[.!?]*",
                     re.IGNORECASE)


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z0-9][\w'’-]{2,}", text)} - STOP


def fact_fields(request: DraftRequest,
                heard: str | None = None) -> list[tuple[str, set[str], float]]:
    """The request's facts a note can carry (phrase, its words, how much it matters in a note):
    where you met and what you ask most, then who you are and what you admire."""
    r = request
    # a connection note leads with its purpose: why this person (their work) before where
    note = r.kind == "linkedin_note"
    rewrite = r.kind == "linkedin_rewrite"
    work = ph.clean(r.contact.their_work)
    if work and ph.first_word(work) in ph.THIRD_PERSON_PRESENT:
        work = ph.second_person(work)  # stated as "you lead the QI program"
    weighted = [
        (r.ask, 3.0), (r.meeting.next_step, 3.0), (r.update.news, 3.0),
        (r.meeting.specific_detail, 2.0), (work, 4.0 if note else 2.0),
        # in the resident's own note, who they are is on the profile beside it; what they
        # wrote about the reader matters more (see `shrink_to_limit`)
        (r.sender.role, 0.5 if rewrite else 2.0),
        (r.update.credit, 2.0), (r.sender.program, 0.25 if rewrite else 1.0),
        # with no work of theirs named, what was said at the event is a connection note's
        # reason for writing: the first topic weighs as their work would
        # (a detail that stayed with them is the more personal reason: no topic outweighs it)
        *[(t, 4.0 if note and r.meeting.event and not work and not r.meeting.specific_detail
               and i == 0 else 1.5)
          for i, t in enumerate(r.meeting.topics[:2])],
        *[(d, 2.0) for d in r.decisions[:2]],
        *[(i, 0.5) for i in r.sender.interests[:2]],
        (heard, 4.0 if note else 2.0),  # where they heard them (notes): the reason, like work
    ]
    fields = [(ph.clean(text).lower(), _words(text), weight) for text, weight in weighted if text]
    if r.meeting.event:  # named in full or not at all: its words alone may be a coincidence
        names = ph.event_forms(r.meeting.event)
        fields.append(("|".join(n.lower() for n in names), set(), 2.5 if note else 4.0))
    return [f for f in fields if f[0]]


def coverage(text: str, phrase: str, words: set[str], covered: set[str]) -> float:
    """1 when the note states the phrase as given, less for a partial restatement."""
    if any(p in text for p in phrase.split("|")):  # "|": alternative forms of one fact
        return 1.0
    return 0.5 * len(words & covered) / len(words) if words else 0.0


def key_phrases(request: DraftRequest) -> list[str]:
    """What a note of this kind must not lose: the ask, the next step, the news, a decision."""
    r = request
    return [p for p in [r.ask, r.meeting.next_step, r.update.news, *r.decisions[:1]] if p]


def states(sentence: str, phrase: str) -> bool:
    """The sentence carries the phrase (most of its content words)."""
    want = _words(phrase)
    if not want:
        return ph.clean(phrase).lower() in sentence.lower()
    return len(want & _words(sentence)) >= max(1, math.ceil(0.6 * len(want)))


def _join(hello: str, texts: Sequence[str], facts: str,
          finish: Callable[[str], str]) -> str:
    rest = " ".join(texts)
    first = re.match(r"[A-Za-z]+", rest)
    if hello and first and first.group(0)[1:].islower() and first.group(0) != "I" and \
            not re.search(rf"\b{first.group(0)}\b", facts):
        rest = rest[:1].lower() + rest[1:]  # "Dear Dr. Lee, thank you..."
    return finish(f"{hello} {rest}" if hello else rest)


def fit_note(request: DraftRequest, hello: str, pieces: Sequence[Piece], limit: int,
             finish: Callable[[str], str] = str.strip, heard: str | None = None,
             size: Callable[[str], int] = len,
             own: Callable[[Sequence[str]], float] | None = None,
             improve: bool = False) -> str:
    """The richest note within `limit` (of `size`: characters, or words for an email), fitted
    by the one note shortener (`checks.shorten_fit.choose`) with what the request's facts are
    worth: required pieces always, then whichever forms of the others keep the most facts.
    `own`: what the kept texts are worth beyond the request's facts (a rewrite's: the
    resident's own specifics)."""
    fields = fact_fields(request, heard.rstrip(".").lower() if heard else None)
    fact_text = " ".join(key_phrases(request) + [request.meeting.event or ""])
    events = [f.lower() for f in ph.event_forms(request.meeting.event)]
    past = request.meeting.date is not None and request.meeting.date < request.effective_today

    def value(texts: Sequence[str], kept: Sequence[Piece]) -> float:
        covered = set().union(*(_words(t) for t in texts)) if texts else set()
        low = " ".join(texts).lower()
        facts = sum(weight * coverage(low, phrase, words, covered)
                    for phrase, words, weight in fields)
        if events and not any(e in low for e in events) and DANGLING.search(low):
            facts -= 3  # "during the meeting" in a note that never names the meeting
        if past and DURING.search(low):
            facts -= 3  # "coffee during the meeting" when the meeting is over
        return 3 * facts + base_value(texts, kept) + (own(texts) if own else 0.0)

    return choose(pieces, limit, lambda texts: _join(hello, texts, fact_text, finish), value,
                  size, improve)


def shrink_to_limit(request: DraftRequest, hello: str, sentences: Sequence[str], limit: int,
                    finish: Callable[[str], str] = str.strip, first_weight: float = 3.0) -> str:
    """Fit plain sentences to a limit: the ones that carry the ask or next step are required
    (shortened if they must be); the first sentence and a closing line weigh a little more."""
    keys = key_phrases(request)
    pieces = []
    # every sentence ends as one, whichever are kept ("... Thank you" typed without a period)
    sentences = [s if s.rstrip()[-1:] in (".", "!", "?", "…") else s.rstrip() + "."
                 for s in sentences if s.strip()]
    for i, s in enumerate(sentences):
        required = any(states(s, k) for k in keys)
        forms = [s, *shorter_forms(s)] if required else \
            [s, *shorter_forms(s, cuts=CLAUSE_ONLY)] if CLOSING.search(s) else [s]
        # the resident's own specifics count (a podcast, a topic), not only the request's: a
        # sentence weighs by its content words, and the wish to connect is the note's purpose
        content = _words(s)
        personal = not CLOSING.search(s) and len(content) >= 2 and \
            re.search(r"\byou(r)?\b", s, re.IGNORECASE) is not None
        purpose = PURPOSE if CLOSING.search(s) else ASKS if asks_or_commits(s) else 0.0
        weight = (first_weight if i == 0 else 0.0) + purpose + \
            min(3.0, 0.4 * len(content)) + (PERSONAL if personal else 0.0)
        pieces.append(Piece(forms, required, weight, CUT_COST if required else 1.0))
    return fit_note(request, hello, pieces, limit, finish)


def as_note(ctx: Ctx, body: str) -> str:
    """Another kind's draft squeezed into a LinkedIn connection note: one paragraph, no
    sign-off, within the account's limit, its ask or next step kept."""
    blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
    signature = sign_off(ctx)
    if signature and blocks and blocks[-1] == signature:
        blocks.pop()
    hello = blocks.pop(0) if blocks and blocks[0].endswith(",") else ""
    ctx.use("keep-messages-brief")
    limit = ctx.settings.linkedin_note_limit
    if ctx.parts:
        keys = key_phrases(ctx.request)
        pieces = []
        for i, part in enumerate(ctx.parts):
            required = part.required or any(states(part.text, k) for k in keys)
            forms = [part.text, *part.short]
            cut = required and not part.short
            if cut:
                forms += [f for f in shorter_forms(forms[-1]) if f not in forms]
            weight = (1.0 if i == 0 else 0.0) + (2.0 if CLOSING.search(part.text) else 0.0)
            pieces.append(Piece(forms, required, weight, CUT_COST if cut else 1.0))
        return fit_note(ctx.request, hello, pieces, limit, heard=ctx.heard)
    sentences = [s for b in blocks for line in b.split("\n")
                 for s in split_sentences(re.sub(r"^\d+\.\s+", "", line))]
    return shrink_to_limit(ctx.request, hello, sentences, limit, first_weight=1.0)


def linkedin_note_body(ctx: Ctx) -> str:
    """A connection note: the richest personal version that fits the account's limit."""
    r = ctx.request
    ctx.use("linkedin-personalized-note", "personalize-every-message")
    name = ph.address_name(r)
    hello = (f"Dear {name}," if ctx.formal else f"Hi {name},") if name else \
        ("Hello," if not ctx.formal else "Dear colleague,")
    if not name:
        ctx.gap("the contact's name (contact.name) for the greeting")
    met = ctx.rel in ("met_once", "mentor", "sponsor", "peer")
    timing = event_timing(ctx)
    pieces: list[Piece] = []
    events = ctx.events

    def each(template: str) -> list[str]:
        return [template.format(e=e) for e in events]

    topics = [ph.soft_case(t) for t in r.meeting.topics]
    # "our talk" only with someone the resident has spoken to
    lead = "I appreciated our talk about" if met else "I was especially interested in"
    topic_forms = list(dict.fromkeys([f"{lead} {ph.join_list(topics[:2])}.",
                                      f"{lead} {topics[0]}."])) if topics else []
    detail = ph.clean(r.meeting.specific_detail)
    if ctx.event and ctx.rel == "met_once":
        pieces.append(Piece(each(ctx.c("It was great meeting you at {e}.",
                                       "It was a pleasure meeting you at {e}.")), weight=1))
        if THEIR_TALK.match(detail):
            # their talk or workshop and the event in one sentence: where and what they did,
            # in fewer words than two sentences ("I appreciated your POCUS workshop at ...")
            merged = [f"I appreciated {ph.decapitalize(detail)} at {e}." for e in events]
            pieces[-1] = Piece([*merged, f"I appreciated {ph.decapitalize(detail)}.",
                                *pieces[-1].forms], weight=1)
            detail = ""
    elif ctx.event and met:  # a mentor, sponsor or peer was known before the event
        pieces.append(Piece(each(ctx.c("It was great to see you at {e}.",
                                       "It was a pleasure to see you at {e}.")), weight=1))
    elif ctx.event and timing in ("before", "during"):
        when = when_phrase(ctx) if days_since_meeting(ctx) is not None else ""
        lead = "ahead of" if timing == "before" else "during"
        pieces.append(Piece(list(dict.fromkeys([
            f"I would value connecting {lead} {ctx.event}{when}.",
            *each(f"I would value connecting {lead} {{e}}.")])), weight=1))
    elif ctx.event and timing == "after":
        pieces.append(Piece(each("I am reaching out after {e}."), weight=1))
        if THEIR_TALK.match(detail):
            # their talk and the event in one sentence ("I appreciated your talk on HIPEC
            # outcomes at the SSO Cancer Symposium"): where and what, in fewer words
            merged = [f"I appreciated {ph.decapitalize(detail)} at {e}." for e in events]
            pieces[-1] = Piece([*merged, f"I appreciated {ph.decapitalize(detail)}.",
                                *pieces[-1].forms], weight=1)
            detail = ""
        elif topic_forms:  # the event and its topic in one sentence: the point in fewer words
            topic = ph.decapitalize(topic_forms[-1].rstrip("."))
            merged = [f"I am reaching out after {e}, where {topic}." for e in events]
            pieces[-1] = Piece([*merged, *topic_forms, *pieces[-1].forms], weight=1)
            topic_forms = []
    elif ctx.event:
        pieces.append(Piece(each("I am writing with {e} in mind."), weight=1))
    elif met:
        pieces.append(Piece([ctx.c("It was great talking with you.",
                                   "It was a pleasure speaking with you.")], weight=1))
    if ctx.heard:  # where the resident heard them (from the notes)
        pieces.append(Piece([ctx.heard, *shorter_forms(ctx.heard)],
                            weight=0 if ctx.event else 2, step_cost=1.0))
    who = ph.sender_identity(r)
    if who:
        role = ph.clean(r.sender.role)
        forms = [f"I am {who}."]
        if role and f"{ph.article(role)} {role}" != who:
            forms.append(f"I am {ph.article(role)} {role}.")
        pieces.append(Piece(forms, weight=0 if met else 2))
    if detail and (quote(detail) or reaction(detail) or action(detail) or clause(detail)):
        # the contact's words, or what was done with no one said to do it: the detail's frame
        pieces.append(Piece([detail_sentence(ctx, detail)]))
    elif detail and not ph.is_sentence(detail):
        pieces.append(Piece([f"I appreciated {ph.decapitalize(detail)}."]))
    elif detail:
        pieces.append(Piece([ph.sentence(detail)]))
    if topic_forms:
        pieces.append(Piece(topic_forms))
    if r.contact.their_work:
        pieces.append(Piece([admire_sentence(r.contact.their_work)]))
    if not pieces:
        ctx.gap("where you met or what you admire in their work (meeting.event, "
                "contact.their_work), to personalise the note")
    second: str | None = None
    if r.ask:
        ctx.use("small-time-bound-ask")
        asks = split_asks(r.ask)  # two asks in one field: the first required, the second if
        if len(asks) == 2 and _JUST_CONNECT.fullmatch(asks[0].strip()):
            asks = asks[1:]  # "connect + a call re X": the note is the connection; X is asked
        ask = ask_sentence(ctx, asks[0])  # it fits (`remark` when it does not)
        pieces.append(Piece([ask, *shorter_forms(ask)], required=True, step_cost=CUT_COST))
        if len(asks) == 2:
            second = ask_sentence(ctx, asks[1])
            pieces.append(Piece([second], weight=ASKS))
    if ph.clean(r.meeting.next_step):
        # the step agreed or proposed ("ride along with your crew this spring") is the note's
        # point when nothing else is asked, and kept beside an ask when it fits
        step = next_step_sentence(ctx, r.meeting.next_step or "")
        pieces.append(Piece([step, *shorter_forms(step)], required=not r.ask,
                            weight=0 if r.ask else ASKS, step_cost=CUT_COST))
    pieces.append(Piece([ctx.c("I would love to stay connected.",
                               "I would welcome the chance to stay connected.")], weight=2))
    body = fit_note(r, hello, pieces, ctx.settings.linkedin_note_limit, heard=ctx.heard)
    if second and second not in body:
        ctx.remark(f"Your ask held two requests; only the first fits in the note's "
                   f"{ctx.settings.linkedin_note_limit} characters. Ask the second "
                   f"(\u201c{second}\u201d) once they accept.")
    return body
