"""Structure checks: placeholder, char_limit, length, subject, no_signature, and the info
findings word_count and readability.

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
from assistant.text.names import contact_name
from assistant.text.words import fold

EMAIL_WORD_LIMIT = 200
LINKEDIN_MESSAGE_WORD_LIMIT = 150
SUBJECT_CHAR_LIMIT = 70
IDEAL_WORDS = (50, 125)
# Over this many times the limit, `length` is an error (the message does not pass) and a model's
# draft still this long after its revision round is refused (assistant.drafting).
FAR_OVER = 2

# ---------------------------------------------------------------- placeholder

# What a template slot stands for, when it is described in words ("your name", "the date").
_SLOT_NOUNS = ("name", "program", "hospital", "institution", "school", "event", "conference",
               "meeting", "topic", "date", "time", "title", "specialty", "role", "field",
               "email", "phone", "number")
_SLOT_NOUN = r"(?:(?:first|last|full)[ \t]+)?(?:" + "|".join(_SLOT_NOUNS) + ")"
_SLOT_NOUN_CAPS = r"(?:(?:FIRST|LAST|FULL)[ \t]+)?(?:" + "|".join(_SLOT_NOUNS).upper() + ")"
_PLACEHOLDER_RE = re.compile(
    r"\[(?P<b>[^\[\]\n]{1,60})\](?![(\[])"
    r"|\{\{?(?P<c>[^{}\n]{1,60})\}\}?"
    r"|<(?P<a>[^<>\n]{1,60})>"
    r"|X(?<![\w-]X)(?<!46,X)(?P<x>X+(?:[/:.-]X+)*)(?![\w-])(?![ \t]+(?:chromosome|karyotype))"
    r"|T(?<![\w-]T)(?P<t>B[DA])(?![\w-])"
    # a run of underscores where a word belongs: "at ________", "Dear Dr. ______,"
    r"|_(?<!\w_)(?P<u>_{2,})(?!\w)"
    # a slot described in words inside brackets: "(your program)", "(recipient's name)",
    # "(conference name)", "(date)", "(name of the event)"
    r"|\((?P<d>(?i:(?:your|my|their|the[ \t]+contact['’]?s?|recipient['’]?s?)[ \t]+"
    + _SLOT_NOUN + r"|(?:[a-z]+[ \t]+)?(?:name|date)|name[ \t]+of[ \t]+(?:the[ \t]+)?"
    + _SLOT_NOUN + r"))\)"
    # asterisks where a word belongs, between words on a line: "We met at ***." (not a
    # divider line of its own)
    r"|\*(?<=[A-Za-z,] \*)(?P<s>\*{2,})(?![\w*])"
    # a template variable: "$EVENT", "%FIRSTNAME%"
    r"|\$(?P<v>[A-Z][A-Z_]{2,})(?![\w])|%(?P<p>[A-Z][A-Z_]{2,})%"
    # question marks where a date or number belongs: "??/??", "on ???"
    r"|\?(?<![\w?!]\?)(?P<q>\?+(?:[/.:-]\?+)+|\?\?+)(?![\w?!])",
)
# A slot described in words alone: "insert date here", "your name here", "YOUR NAME". Tried
# only when the message has "here" or a capitalised "YOUR"/"MY"/"THEIR" (the pattern opens
# with a word, so a scan would test every position). Every alternative of _PLACEHOLDER_RE
# opens with a character outside its group, its lookbehinds after it, so the engine skips
# ahead in C (a group's text may so lack its first character: the finding uses the match).
_WORDED_SLOT_RE = re.compile(
    r"(?P<i>(?i:\binsert[ \t]+(?:\w+[ \t]+){0,3}?here\b))"
    r"|(?P<h>(?i:\b(?:your|my|their|recipient['’]?s?|sender['’]?s?)[ \t]+(?:\w+[ \t]+)?"
    + _SLOT_NOUN + r"[ \t]+here\b)"
    r"|\b(?:YOUR|MY|THEIR)[ \t]+(?:[A-Z]+[ \t]+)?" + _SLOT_NOUN_CAPS + r"\b"
    # a slot named in capitals: "INSERT TOPIC", "on DATE at TIME", "FIRST LAST", "LASTNAME"
    # (not inside a run of capitals: "the BEST TIME", "ADVERSE EVENT" shout, and not a name:
    # "the TIME trial")
    r"|\bINSERT(?:[ \t]+[A-Z]+){1,3}\b|(?<![A-Z][ \t])\b(?:FIRST[ \t]*(?:LAST[ \t]*)?NAME|"
    r"LAST[ \t]*NAME|FULL[ \t]+NAME|FIRST[ \t]+LAST|DATE|TIME|EVENT|TOPIC|CONFERENCE)\b"
    r"(?![ \t]+(?:[A-Z]{2}|trial|study|studies|registry|score|criteria|scale|tool)\b))"
)


# Citations, editorial marks, ticked boxes and attachment names are not template slots.
_NOT_A_SLOT = re.compile(
    r"(?:sic|\.\.\.|…|et al\.?|emphasis (?:added|mine)|[\d,;\s–-]+|[xX✓✔]|.*\.\w{2,4})",
    re.IGNORECASE,
)
_ANGLE_SLOT_WORDS = re.compile(
    r"(?:insert|add|enter|fill|your|my|their|name|date|event|todo|tbd|placeholder|first|last|"
    r"title|topic|contact|sender|program|conference|institution|recipient)\b",
    re.IGNORECASE,
)


# Element names of the HTML standard that turn up in pasted text: `<b>`, `<br>`, `<p>`.
_HTML_TAGS = frozenset("""
a abbr b blockquote body br caption cite code dd del div dl dt em font h1 h2 h3 h4 h5 h6 head hr
html i img ins kbd li mark ol p pre q s small span strike strong sub sup table tbody td tfoot th
thead tr tt u ul
""".split())  # noqa: SIM905 - a word list reads better as text


def _angle_is_slot(inner: str) -> bool:
    """`<insert date>`, `<name>`, `<hospital>` are slots; `<maria@x.org>`, `<https://…>`,
    `<b>`, `<3` and `<5 minutes` are not: a slot is words alone, and not an HTML tag."""
    inner = inner.strip()
    if any(ch in inner for ch in "@=/\\") or inner.startswith("www.") or "." in inner:
        return False
    if _ANGLE_SLOT_WORDS.match(inner):
        return True
    words = re.split(r"[ _]+", inner)
    return (
        0 < len(words) <= 5 and all(w.isalpha() for w in words)
        and inner.lower() not in _HTML_TAGS
    )


def _fill(slot: str, ctx: Context) -> str | None:
    """The request's value for a slot like "[Conference]" or "{your_name}", if it has one."""
    req = ctx.request
    if req is None:
        return None
    s = re.sub(r"[_\s]+", " ", slot.lower()).strip()
    s = re.sub(r"^(?:insert|add|enter|fill in)\s+", "", s)
    mine = s.startswith(("your ", "my "))
    contact = contact_name(req.contact.name, req.contact.title)
    m = req.meeting
    if "date" in s:
        return f"{m.date:%B} {m.date.day}" if m.date else None
    if "email" in s:
        return req.sender.email if mine or "sender" in s else req.contact.email
    if any(w in s for w in ("conference", "event", "meeting")):
        return m.event
    if "name" in s or s in ("contact", "recipient", "dr", "doctor"):
        if mine or "sender" in s:
            return req.sender.name
        if contact is None:
            return None
        if "first" in s:
            return contact.first
        return contact.last if "last" in s else contact.formal
    if "topic" in s:
        return m.topics[0] if m.topics else None
    if any(w in s for w in ("program", "residency")):
        return req.sender.program if mine else None
    if any(w in s for w in ("institution", "hospital", "school")):
        return req.sender.program if mine else req.contact.institution
    if "role" in s:
        return req.sender.role
    if any(w in s for w in ("specialty", "field")):
        return req.contact.specialty
    if "title" in s:
        return req.contact.title
    return None


# Capitalised words that open a slot described in words (the cheap test before the scan).
_CAPS_CUES = ("YOUR", "MY", "THEIR", "INSERT", "NAME", "FIRST", "DATE", "TIME", "EVENT",
              "TOPIC", "CONFERENCE")
# "TBD" after a copula states that something is undecided ("the venue is TBD"): not a slot.
_TBD_STATED = re.compile(r"(?:is|are|was|were|remains?|still|currently|be)[ \t]+$", re.I)


def check_placeholder(ctx: Context) -> None:
    text, end = ctx.text, ctx.msg.end
    found = list(_PLACEHOLDER_RE.finditer(text, 0, end))
    if "here" in ctx.msg.lower or any(w in text for w in _CAPS_CUES):
        found = sorted(found + list(_WORDED_SLOT_RE.finditer(text, 0, end)),
                       key=lambda m: m.start())
    for m in found:
        kind = m.lastgroup
        inner = m.group(kind)
        if kind in ("b", "c") and (
            not any(ch.isalpha() for ch in inner) or _NOT_A_SLOT.fullmatch(inner.strip())
        ):
            continue
        if kind == "a" and not _angle_is_slot(inner):
            continue
        if kind == "t" and _TBD_STATED.search(text, max(0, m.start() - 20), m.start()):
            continue
        said = m.group()
        fill = _fill(inner, ctx) if kind in ("a", "b", "c", "i", "d", "h") else None
        if fill and fill.startswith("Dr. ") and text[max(0, m.start() - 4):m.start()] in (
            "Dr. ", " Dr ",
        ):
            fill = fill[4:]  # "Dr. [Name]" -> "Dr. Okafor", not "Dr. Dr. Okafor"
        tail = f"; from your details: “{fill}”." if fill else " with the real detail."
        if not ctx.add(
            "placeholder",
            f"{quote(said)} is an unfilled template slot; replace it{tail}",
            m.start(), m.end(), fill,
        ):
            return


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
    short, cut = shorten_note(text[start:end], limit)
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
_SAYS_NOTHING = re.compile(
    r"[\s(]*(?:(?:hi|hello|hey|greetings|good[ \t]+(?:morning|afternoon|evening)|dear|"
    r"sup|yo|howdy)(?:[ \t]+there)?|(?:a[ \t]+)?(?:quick[ \t]+|short[ \t]+)?"
    r"(?:message|note|email|e-mail|hello)|no[ \t]+subject|untitled)"
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
