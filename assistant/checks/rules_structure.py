"""Structure checks: char_limit, length, subject, no_signature, and the info findings
word_count and readability. (Template slots are `rules_placeholder.py`'s.)

Thresholds and the numbers behind them:
- Boomerang's 2016 analysis of 40 million emails ("7 Tips for Getting More Responses to Your
  Emails"): messages of 50–125 words had reply rates above 50%, and replies declined slowly
  from 125 words on; subject lines of 3–4 words got the most replies, and only 14% of messages
  with no subject got any; emails written at a 3rd-grade reading level got 36% more replies than
  college-level ones (hence the readability info). The contract's limits (email body over 200
  words, a LinkedIn message over 150) flag only messages well past that sweet spot, and the
  suggestions aim for it.
- LinkedIn's connection-note limit: 200 characters on a free account, 300 on Premium
  (`Settings.linkedin_note_limit`). Over the limit the note cannot be sent, hence an error.
- A subject over 70 characters is cut off in most inbox list views (about 60–70 visible).
"""

from __future__ import annotations

import re

from assistant.checks.base import Context, quote
from assistant.checks.readability import flesch_kincaid_grade
from assistant.checks.shorten import shorten_note
from assistant.text.patterns import lazy
from assistant.text.words import fold

EMAIL_WORD_LIMIT = 200
LINKEDIN_MESSAGE_WORD_LIMIT = 150
SUBJECT_CHAR_LIMIT = 70
IDEAL_WORDS = (50, 125)
# Over this many times the limit, `length` is an error (the message does not pass) and a model's
# draft still this long after its revision round is refused (assistant.drafting).
FAR_OVER = 2

# ---------------------------------------------------------------- LinkedIn limit and length


def check_char_limit(ctx: Context) -> None:
    if ctx.channel != "linkedin_note":
        return
    text = ctx.text
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    n, limit = end - start, ctx.note_limit
    if n <= limit:
        return
    # what the other checks flag in a sentence and no word can fix (a patient's identifier, a
    # judgement of colleagues; rules run before this one) is no part of the shorter note; what
    # has its fix ("i" for "I", slang) is fixed in place
    flagged = [text[f.start:f.end] for f in ctx.findings
               if f.severity != "info" and f.start is not None and f.end is not None
               and f.suggestion is None and f.end - f.start >= 3
               and f.start >= start and f.end - f.start < (end - start) // 2]
    short, cut = shorten_note(text[start:end], limit, flagged)
    account = "a free account" if limit < 300 else "Premium"
    overflow = text[start + limit - 25:start + limit] if limit > 25 else ""
    how = (
        "the shortened version below was cut at a word boundary (marked …); rewrite its ending"
        if cut else "the version below drops filler words and lesser sentences and keeps "
        "your opening and your ask"
    )
    ctx.add(
        "char_limit",
        f"This connection note is {n} characters; LinkedIn allows {limit} on {account} "
        f"(200 free, 300 Premium), so everything after “…{overflow}” would not fit. "
        f"At {len(short)} characters, {how}.",
        start, end, short,
    )


NOTE_MIN_WORDS = 6  # content words; "Hi Dr. Lee, PGY-1 at UCSF; loved your sepsis talk." has 7


def check_note_too_short(ctx: Context) -> None:
    """A connection note must say who the sender is and why they connect (the guide's
    personalized note); a few words cannot, and a one-word note is not a note."""
    if ctx.channel != "linkedin_note" or not ctx.text.strip():
        return
    words = ctx.msg.words
    if len(words) >= NOTE_MIN_WORDS:
        return
    ctx.add(
        "note_too_short",
        f"This connection note has {len(words)} word{'s' if len(words) != 1 else ''}: too few "
        "to say who you are and why you want to connect. Add one line on each (your role and "
        "program, where you met or what of theirs you admire).",
    )


def check_length(ctx: Context) -> None:
    if ctx.channel == "email":
        limit, what = EMAIL_WORD_LIMIT, "email"
    elif ctx.channel == "linkedin_message":
        limit, what = LINKEDIN_MESSAGE_WORD_LIMIT, "LinkedIn message"
    else:
        return
    words = ctx.msg.words
    if len(words) <= limit:
        return
    lo, hi = IDEAL_WORDS
    far = len(words) > FAR_OVER * limit  # pages of text, e.g. after the sign-off: not sendable
    ctx.add(
        "length",
        f"This {what} is {len(words)} words; keep it under {limit}. Replies are most likely "
        f"at {lo}–{hi} words (Boomerang's study of email replies), so keep one purpose and "
        "one ask, and save the rest for the conversation.",
        words[limit][0], words[-1][1],
        severity="error" if far else None,
    )


# ---------------------------------------------------------------- subject


def _subject_idea(ctx: Context) -> str | None:
    """A 3–4-word subject from the request (Boomerang: 3–4-word subjects got the most replies)."""
    req, kind = ctx.request, ctx.kind
    event = req.meeting.event if req else None
    if kind == "follow_up":
        return f"Following up from {event}" if event else "Following up on our conversation"
    if kind == "introduction":
        return f"Introduction before {event}" if event else "Introduction and a question"
    if kind == "update":
        return "A quick update and thanks"
    if kind == "mentor_agenda":
        return "Agenda for our meeting"
    return None


# A subject that is only a salutation or a word for the email itself ("hi", "Hello!",
# "a quick note", "message", "(no subject)"): it names no topic.
_SAYS_NOTHING = lazy(
    r"[\s(]*(?:(?:hi|hello|hey|greetings|good[ \t]+(?:morning|afternoon|evening)|dear|"
    r"sup|yo|howdy)(?:[ \t]+there)?|(?:a[ \t]+)?(?:quick[ \t]+|short[ \t]+)?"
    r"(?:message|note|email|e-mail|hello|question)|no[ \t]+subject|untitled|"
    # a subject that names only what any message does: "FYI", "Checking in", "Following up"
    r"(?:just[ \t]+)?(?:fyi|checking[ \t]+in|touching[ \t]+base|reaching[ \t]+out|"
    r"following[ \t]+up))"
    r"[\s!.?,:;)]*",
    re.IGNORECASE,
)


def check_subject(ctx: Context) -> None:
    if not ctx.is_email:
        return
    msg, idea = ctx.msg, _subject_idea(ctx)
    hint = f" such as “{idea}”" if idea else ""
    if msg.subject is None:
        ctx.add(
            "subject",
            "This email has no subject line (a first line starting with “Subject:”). In "
            "Boomerang's study of 40 million emails only 14% of messages without one got a "
            f"reply; add a short, specific one of 3–4 words{hint}.",
            suggestion=f"Subject: {idea}\n\n" if idea else None,
        )
        return
    if not msg.subject:
        first_end = ctx.text.find("\n")
        first_end = len(ctx.text) if first_end < 0 else first_end
        ctx.add(
            "subject", f"The subject line is empty; add 3–4 specific words{hint}.",
            0, first_end, f"Subject: {idea}" if idea else None,
        )
        return
    if _SAYS_NOTHING.fullmatch(msg.subject):
        ctx.add(
            "subject",
            f"The subject {quote(msg.subject)} says nothing about the message: a reader "
            f"deciding what to open needs its topic. Use 3–4 specific words{hint}.",
            msg.subject_start, msg.subject_end, idea,
        )
        return
    if len(msg.subject) > SUBJECT_CHAR_LIMIT:
        head = msg.subject[: SUBJECT_CHAR_LIMIT + 1]
        cut = head[: head.rfind(" ")].rstrip(" ,;:—–-") if " " in head else None
        tail = "; the suggestion is your subject cut at a word boundary" if cut else ""
        ctx.add(
            "subject",
            f"The subject is {len(msg.subject)} characters; inboxes cut it off after about "
            f"{SUBJECT_CHAR_LIMIT}. Aim for 3–4 specific words{hint}{tail}.",
            msg.subject_start, msg.subject_end, cut or None, severity="info",
        )


# ---------------------------------------------------------------- sign-off


def _signature_block(ctx: Context) -> str | None:
    req = ctx.request
    if req is None:
        return None
    s = req.sender
    if s.signature:
        return f"\n\nBest regards,\n{s.signature.strip()}"
    if not s.name:
        return None
    lines = [s.name, ", ".join(p for p in (s.role, s.program) if p), s.email or ""]
    return "\n\nBest regards,\n" + "\n".join(line for line in lines if line)


def _signed_by_sender(ctx: Context) -> bool:
    """The sender's name on one of the last lines counts as a sign-off."""
    req = ctx.request
    if req is None or not req.sender.name:
        return False
    names = {fold(t) for t in req.sender.name.split() if len(t) > 1}
    tail = ctx.text.rstrip()[-300:].splitlines()[-5:]
    return any(set(fold(line).replace(",", " ").split()) & names for line in tail
               if len(line.split()) <= 8)


def check_no_signature(ctx: Context) -> None:
    if not ctx.is_email or ctx.msg.signed or _signed_by_sender(ctx):
        return
    block = _signature_block(ctx)
    ctx.add(
        "no_signature",
        "The email does not end with your name. Sign off (“Best regards,”) with your name, "
        "role and program, and how to reach you, so replying is easy.",
        suggestion=block,
    )


# ---------------------------------------------------------------- info


def report_info(ctx: Context) -> None:
    msg = ctx.msg
    n = len(msg.words)
    lo, hi = IDEAL_WORDS
    if ctx.channel == "linkedin_note":
        chars = len(ctx.text.strip())
        detail = f"{chars} of {ctx.note_limit} characters"
    else:
        detail = f"{lo}–{hi} words get the most replies"
    ctx.add("word_count", f"{n} word{'' if n == 1 else 's'} in the message ({detail}).")
    spans = msg.content_sentences()
    grade = flesch_kincaid_grade([msg.lower[s:e] for s, e in msg.words], len(spans))
    if grade is not None:
        ctx.add(
            "readability",
            f"Flesch–Kincaid grade {grade:.1f}: the years of schooling needed to read it "
            "easily. Plainer text gets more replies (Boomerang: 36% more at grade 3 than at "
            "college level), so prefer short sentences and plain words.",
        )
