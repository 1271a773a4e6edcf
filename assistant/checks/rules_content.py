"""Content checks that depend on the kind of message: no_ask, mentor_ask, no_thanks, and the PHI
check (which calls the PHI guard).

Boomerang's 2016 analysis of 40 million emails found that messages asking one to three
questions were 50% more likely to get a reply than those asking none; the guide asks for one
small, time-bound ask in an introduction and one concrete next step in a follow-up.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.checks.base import Context, quote
from assistant.checks.functions import asks_or_commits, mentor_request
from assistant.checks.rules_context import event_phrase
from assistant.text.patterns import lazy

if TYPE_CHECKING:
    from assistant.models import DraftRequest, PhiFinding

# ---------------------------------------------------------------- no_ask


def check_no_ask(ctx: Context) -> None:
    if ctx.kind not in ("introduction", "follow_up"):
        return
    msg = ctx.msg
    if asks_or_commits(msg.lower, msg.content_start, msg.body_end, lowered=True,
                       contact_counts=ctx.kind != "introduction"):
        return
    req = ctx.request
    ask = req.ask.strip().rstrip(".?!") if req and req.ask else None
    next_step = req.meeting.next_step if req else None
    if ctx.kind == "follow_up":
        principle = "follow-up-one-next-step"
        detail = (
            f"Close with the one next step you agreed on (“{next_step}”) and when you will do it."
            if next_step else
            "Close with one concrete next step: what you will send or do, and by when."
        )
    else:
        principle = "small-time-bound-ask"
        detail = (
            "End with one small, time-bound ask, for example “Would you have 15 minutes for a "
            "call in the next two weeks?”"
        )
    ctx.add(
        "no_ask",
        "The message has no question and no clear request, so the reader does not know what "
        f"to do next (emails asking 1–3 questions get 50% more replies). {detail}",
        suggestion=f"Would you be open to {ask}?" if ask else None,
        principle=principle,
    )


# ---------------------------------------------------------------- mentor_ask

def check_mentor_ask(ctx: Context) -> None:
    req = ctx.request
    relationship = req.contact.relationship if req else None
    if relationship not in (None, "new", "met_once") and ctx.channel != "linkedin_note":
        return
    msg = ctx.msg
    hit = next((span for span in msg.content_sentences()
                if mentor_request(msg.lower[span[0]:span[1]], lowered=True)), None)
    if hit is None:
        return
    start, end = hit
    topic = None
    if req and req.decisions:
        topic = req.decisions[0].strip().rstrip(".?!")
    suggestion = f"Could I ask your advice on {topic}?" if topic else None
    ctx.add(
        "mentor_ask",
        f"{quote(ctx.text[start:end], 60)} asks a new contact for a big, open-ended commitment. "
        "Mentorship grows out of small asks: ask for advice on one specific decision or a "
        "short conversation instead.",
        start, end, suggestion,
    )


# ---------------------------------------------------------------- no_thanks

_THANKS_RE = lazy(
    r"\b(?:thank|thanks|thankful|grateful|gratitude|appreciate[ds]?|appreciation|"
    r"appreciative|thx|indebted)\b"
    # gratitude without the word: "your time at SGIM meant a lot", "it means so much to me"
    r"|\b(?:meant|means)[ \t]+(?:a[ \t]+lot|so[ \t]+much|a[ \t]+great[ \t]+deal|the[ \t]+world)\b",
    re.IGNORECASE,
)


def check_no_thanks(ctx: Context) -> None:
    if ctx.kind not in ("follow_up", "update"):
        return
    if _THANKS_RE.search(ctx.text, 0, ctx.msg.end):
        return
    req = ctx.request
    if ctx.kind == "follow_up":
        event = event_phrase(req.meeting.event) if req else None
        where = f" at {event}" if event else ""
        suggestion = f"Thank you for taking the time to talk with me{where}."
    else:
        suggestion = "Thank you again for your advice; it made a real difference."
    ctx.add(
        "no_thanks",
        "The message never thanks them. Say thank you for their time or advice, specifically "
        "and early.",
        suggestion=suggestion,
        principle="follow-up-thank-them",
    )


# ---------------------------------------------------------------- phi

_PHI_WORDS = {
    "NAME": "name", "LOCATION": "location", "DATE": "date", "AGE": "age over 89",
    "PHONE": "phone number", "FAX": "fax number", "EMAIL": "email address", "URL": "web address",
    "IP_ADDRESS": "IP address", "SSN": "Social Security number", "MRN": "medical record number",
    "HEALTH_PLAN": "health plan number", "ACCOUNT": "account number",
    "LICENSE": "licence number", "VEHICLE": "vehicle identifier", "DEVICE": "device identifier",
    "ID": "identifying number", "ROOM": "room or bed number", "PHOTO": "photograph",
}


# The last reading, kept: the drafting service reads a composed draft, then checks the same
# text for the same request (the request held, so its identity cannot be reused). One tuple,
# read and replaced whole: the app's sessions run on threads, and a reading must never be
# answered with another text's findings.
_last: tuple[str, DraftRequest | None, tuple[PhiFinding, ...]] | None = None


def phi_findings(text: str, request: DraftRequest | None) -> list[PhiFinding]:
    """What the `phi` check finds in `text`: the PHI guard's findings, less the unsure places
    and times the resident's own fields give to the resident. The drafting service reads a
    composed draft with it too, so what it withholds is exactly what this check would flag."""
    global _last
    last = _last
    if last is not None and last[0] == text and last[1] is request:
        return list(last[2])
    found = _phi_findings(text, request)
    _last = (text, request, tuple(found))
    return found


def _phi_findings(text: str, request: DraftRequest | None) -> list[PhiFinding]:
    from assistant.phi import correspondent_names, find_phi

    known = correspondent_names(request) if request is not None else []
    found = find_phi(text, known)
    if any(f.severity == "warning" for f in found):
        # an unsure place or time that the resident's own news, plans or decisions give to the
        # resident is theirs wherever the message repeats it (never one the guard is sure of)
        from assistant.drafting_writer import writers_words

        theirs = writers_words(request, [f.text for f in found if f.severity == "warning"])
        found = [f for f in found if f.severity == "error" or f.text not in theirs]
    return found


def check_phi(ctx: Context) -> None:
    """Patient identifiers, found by the PHI guard (imported here: only this check needs it)."""
    for f in phi_findings(ctx.text, ctx.request):
        what = _PHI_WORDS.get(f.type, f.type.lower().replace("_", " "))
        if f.severity == "error":
            message = (
                f"{quote(f.text)} looks like a patient's {what}: protected health information "
                "must not go into an email or a message. Describe the case without identifiers "
                "(“a patient in her 70s”, “last spring”)."
            )
        else:
            message = (
                f"Is {quote(f.text)} a patient's {what}? Names, dates and numbers that identify "
                "a patient must not be sent; if it is the contact's, the sender's or an event's, "
                "leave it."
            )
        if not ctx.add(
            "phi", message, f.start, f.end, "the patient" if f.type == "NAME" else None,
            severity=f.severity,
        ):
            return
