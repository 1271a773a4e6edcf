"""Checks that compare the message with its draft request: no_specifics, late_followup,
no_identity. Without a request they stay silent: there is nothing to compare with, and a guess
would be a false alarm. (The name in the greeting is checked in `rules_address.py`, the
sender's email address in `rules_sender_email.py`.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.checks.base import Context
from assistant.text.patterns import lazy
from assistant.text.sentences import sentence_spans as sentences
from assistant.text.words import article, fold, initials

# ---------------------------------------------------------------- no_specifics

_EVENT_NOUN = lazy(
    r"\b(?:meeting|conference|congress|summit|symposium|retreat|forum|workshop|session|"
    r"convention|assembly|course|dinner|reception)s?$",
    re.IGNORECASE,
)


def event_phrase(event: str | None) -> str | None:
    """An event name ready for "at …": "SGIM Annual Meeting" -> "the SGIM Annual Meeting"."""
    if not event or not event.strip():
        return None
    event = event.strip()
    if _EVENT_NOUN.search(event) and not event.lower().startswith(("the ", "a ", "an ", "our ")):
        return f"the {event}"
    return event


_STOP_WORDS = """
a an and the of on at in for with about to from by our your my their his her its this that
meeting annual conference session sessions talk event day days national regional society
program project research work career advice discussion conversation chat lunch dinner coffee
reception workshop poster year week residency medicine medical resident residents interest
interests plan plans new great good some more how what when which who why
"""
_STOP = frozenset(_STOP_WORDS.split())


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """A crude stem for matching the request's words with the message's; cached, since a
    message's words recur and each is stemmed once per check otherwise."""
    w = fold(word).replace("’", "'")
    w = w[:-2] if w.endswith("'s") else w
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


_PART_RE = lazy(r"[^\W_]+(?:['’][^\W_]+)?")  # "ACC.26" -> ACC, 26; "sign-out" -> sign, out


def key_words(phrase: str) -> set[str]:
    """The words that make a phrase specific: no stop words or generic event words."""
    out = set()
    for w in _PART_RE.findall(phrase):
        stem = _stem(w)
        if stem in _STOP or fold(w) in _STOP or w.isdigit():
            continue
        if len(stem) >= 3 or (w.isupper() and len(w) >= 2):
            out.add(stem)
    return out


_NAME_RUN = lazy(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w'’-]*){2,}")


def acronyms(event: str) -> set[str]:
    """The acronyms a note may shorten an event's name to: the initials of the first three or
    more capitalised words of each run ("Society of General Internal Medicine 2026 Annual
    Meeting" -> sgim; "American Heart Association Scientific Sessions" -> aha, ahas, ahass;
    "Society for Maternal-Fetal Medicine" -> smf, smfm)."""
    out = set()
    for run in _NAME_RUN.findall(event):
        letters = fold(initials(run))
        out |= {letters[:n] for n in range(3, len(letters) + 1)}
    return out


def check_no_specifics(ctx: Context) -> None:
    req = ctx.request
    if req is None or ctx.kind != "follow_up":
        return
    m = req.meeting
    phrases = [p for p in (m.event, *m.topics, m.specific_detail) if p and p.strip()]
    if not phrases:
        return
    keys = [key_words(p) for p in phrases]
    # A word's stem is a prefix of the word: only the words that start with a key word are
    # stemmed (an ASCII word is already folded; any other is stemmed as it is).
    event_initials = acronyms(m.event or "")
    heads = tuple(set().union(*keys) | event_initials)
    said = {_stem(w) for w in set(_PART_RE.findall(fold(ctx.text)))
            if not w.isascii() or w.startswith(heads)} if heads else set()
    if any(k & said for k in keys) or event_initials & said:
        return
    event = event_phrase(m.event)
    if event and m.topics:
        suggestion = f"It was a pleasure to talk with you at {event} about {m.topics[0]}."
    elif event:
        suggestion = f"It was a pleasure to meet you at {event}."
    elif m.topics:
        suggestion = f"I enjoyed our conversation about {m.topics[0]}."
    else:
        suggestion = None
    ctx.add(
        "no_specifics",
        "The follow-up names nothing from your meeting (the event or what you talked about), "
        "so it could have been sent to anyone. Mention one specific thing so they remember you.",
        suggestion=suggestion,
    )


# ---------------------------------------------------------------- late_followup

FOLLOW_UP_DAYS = 3  # the guide: follow up within 72 hours
_ACKNOWLEDGED_RE = lazy(
    # "sorry to hear the late shift was hard" is sympathy, not an acknowledgement
    r"\b(?:sorry(?![ \t]+to[ \t]+(?:hear|see|learn|read))|apologi[sz]e|apologies|forgive|"
    r"excuse|pardon)\b[^.!?\n]{0,50}?"
    r"\b(?:delay|delayed|late|lateness|belated|slow|so long|a while|taking)\b"
    r"|\bbelated(?:ly)?\b"
    r"|\bit(?:['’]s|[ \t]+has|[ \t]+was)[ \t]+been[ \t]+"
    r"(?:(?:almost|nearly|over|more[ \t]+than|about|close[ \t]+to|well[ \t]+over)[ \t]+)?"
    r"(?:a[ \t]+)?(?:few|couple(?:[ \t]+of)?|"
    r"several|two|three|four|a|little|some)[ \t]+(?:\w+[ \t]+)?(?:days|weeks|while|time)\b"
    r"|\btook[ \t]+me[ \t]+(?:a[ \t]+(?:little[ \t]+)?while|longer|some[ \t]+time)\b"
    r"|\b(?:later|delayed)[ \t]+than[ \t]+I\b"
    # "my delay in writing", "my slow reply", "this note is a little late"
    r"|\b(?:my|the|this)[ \t]+delay[ \t]+in[ \t]+(?:writing|replying|responding|following|"
    r"getting|reaching|sending|answering)\b"
    r"|\bmy[ \t]+(?:delayed|belated|late|slow|tardy)[ \t]+(?:reply|response|note|message|e-?mail|"
    r"follow[- ]?up|thank[- ]you)\b"
    r"|\b(?:this|my)[ \t]+(?:note|message|e-?mail|reply)[ \t]+(?:is|comes)[ \t]+(?:a[ \t]+"
    r"(?:bit|little)[ \t]+|rather[ \t]+|so[ \t]+)?(?:late|overdue|belated)\b",
    re.IGNORECASE,
)


def check_late_followup(ctx: Context) -> None:
    """Fires when a follow-up is sent more than 72 hours after the meeting and does not already
    acknowledge the gap: a message that says "sorry for the delay" has done what we would ask."""
    req = ctx.request
    if req is None or ctx.kind != "follow_up" or req.meeting.date is None:
        return
    days = (req.effective_today - req.meeting.date).days
    if days <= FOLLOW_UP_DAYS or _ACKNOWLEDGED_RE.search(ctx.text):
        return
    event = event_phrase(req.meeting.event)
    after = f"after {event}" if event else "after we met"
    ctx.add(
        "late_followup",
        f"It has been {days} days since you met ({req.meeting.date:%B} {req.meeting.date.day}); "
        "the guide advises following up within 72 hours. Send it anyway, and acknowledge the "
        "gap in one short, gracious line without over-apologizing.",
        suggestion=f"I'm sorry for the delay in following up {after}.",
    )


# ---------------------------------------------------------------- no_identity

_ROLE_RE = lazy(
    r"\b(?:resident|residents|residency|intern|interns|internship|fellow|fellowship|student|"
    r"PGY[- ]?\d|MS[ -]?[1-4]|M[1-4]|physician|house[ \t]+officer|matched|incoming|graduate|"
    r"hospitalist|attending)\b",
    re.IGNORECASE,
)


# The sender describing themself: "I'm …", "my name is …", "as a …", "I matched at …",
# "PGY-3 peds here". A role word elsewhere ("applying to PICU fellowship", "your residents")
# says nothing about who is writing.
_SELF_FRAME_RE = lazy(
    # "I am writing to ask", "I'm hoping to meet" say what the message does, not who writes
    r"\b(?:(?:i['’]m|i[ \t]+am)(?![ \t]+(?:writing|reaching|contacting|emailing|messaging|"
    r"hoping|wondering|looking|asking|interested)\b)|my[ \t]+name[ \t]+is|myself|"
    r"this[ \t]+is|as[ \t]+an?|"
    r"i[ \t]+(?:\w+[ \t]+)?(?:work|matched|started|start|joined|trained|graduated|rotate|"
    r"finished|completed)|i[ \t]+will[ \t]+(?:be[ \t]+)?(?:start|starting|join|joining)|"
    r"we['’]re|we[ \t]+are)\b"
    r"|\bhere\b(?=[ \t]*[.,;:!—–-])"
    # a participle clause whose subject is the sender: "Being a PGY-1 at UCSF, I ...",
    # "Having matched at UCSF, I ..."
    r"|\b(?:being[ \t]+an?|having[ \t]+(?:just[ \t]+|recently[ \t]+)?(?:matched|trained|"
    r"graduated|completed|finished|started|joined))\b[^,.;!?\n]{0,80},[ \t]+i\b",
    re.IGNORECASE,
)


def _describes_self(sentence: str, program_words: set[str]) -> bool:
    if not _SELF_FRAME_RE.search(sentence):
        return False
    if _ROLE_RE.search(sentence):
        return True
    said = {_stem(w) for w in set(_PART_RE.findall(fold(sentence)))}
    return bool(program_words & said)


def check_no_identity(ctx: Context) -> None:
    req = ctx.request
    if req is None or ctx.kind != "introduction":
        return
    msg = ctx.msg
    s = req.sender
    program_words = key_words(s.program or "") | key_words(s.role or "")
    if any(_describes_self(ctx.text[a:b], program_words)
           for a, b in sentences(ctx.text, msg.body_start, msg.body_end)):
        return
    suggestion = None
    if s.name and s.role and s.program:
        suggestion = f"I'm {s.name}, {article(s.role)} {s.role} at {s.program}."
    elif s.name and s.role:
        suggestion = f"I'm {s.name}, {article(s.role)} {s.role}."
    ctx.add(
        "no_identity",
        "The introduction never says who you are. In the first lines, give your role and "
        "program (and one interest that connects you to them).",
        suggestion=suggestion,
    )
