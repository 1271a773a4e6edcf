"""Checks that compare the message with its draft request: name_mismatch, no_specifics,
late_followup, no_identity, unprofessional_email. Without a request they stay silent: there
is nothing to compare with, and a guess would be a false alarm.
"""

from __future__ import annotations

import re

from assistant.checks.base import Context
from assistant.text.names import contact_name, name_tokens
from assistant.text.sentences import sentence_spans as sentences
from assistant.text.words import fold

# ---------------------------------------------------------------- name_mismatch


def _token_matches(token: str, contact_tokens: set[str]) -> bool:
    if token in contact_tokens:
        return True
    if len(token) == 1:  # an initial: "Dr. A. Okafor"
        return any(t.startswith(token) for t in contact_tokens)
    return False


def check_name_mismatch(ctx: Context) -> None:
    req, g = ctx.request, ctx.msg.greeting
    if req is None or g is None or not g.name:
        return
    contact = contact_name(req.contact.name, req.contact.title)
    if contact is None:
        return
    known = set(contact.tokens)
    for t in contact.tokens:
        known.update(p for p in re.split(r"[-’']", t) if p)
    said = name_tokens(g.name)
    if not said or all(_token_matches(t, known) for t in said):
        return
    # Several addressees ("Dear Dr. Okafor and Dr. Lee,"): fine when the contact is among them.
    line_end = ctx.text.find("\n", g.name_end)
    line = fold(ctx.text[g.name_start:line_end if line_end >= 0 else len(ctx.text)][:200])
    if contact.last and re.search(rf"(?:\band\b|&).*\b{re.escape(fold(contact.last))}\b", line):
        return
    titled = fold(g.name).startswith(("dr", "prof", "doctor"))
    if titled or len(said) > 1:
        fix = contact.formal if (titled or contact.doctor) else f"{contact.first} {contact.last}"
    else:
        fix = contact.first
    ctx.add(
        "name_mismatch",
        f"The greeting addresses “{g.name}”, but this message is for {req.contact.name}. "
        "A wrong name is the fastest way to lose a reader.",
        g.name_start, g.name_end, fix,
    )


# ---------------------------------------------------------------- no_specifics

_EVENT_NOUN = re.compile(
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


def _stem(word: str) -> str:
    w = fold(word).replace("’", "'")
    w = w[:-2] if w.endswith("'s") else w
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


_PART_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")  # "ACC.26" -> ACC, 26; "sign-out" -> sign, out


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


def check_no_specifics(ctx: Context) -> None:
    req = ctx.request
    if req is None or ctx.kind != "follow_up":
        return
    m = req.meeting
    phrases = [p for p in (m.event, *m.topics, m.specific_detail) if p and p.strip()]
    if not phrases:
        return
    said = {_stem(w) for w in set(_PART_RE.findall(fold(ctx.text)))}
    if any(key_words(p) & said for p in phrases):
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
_ACKNOWLEDGED_RE = re.compile(
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

_ROLE_RE = re.compile(
    r"\b(?:resident|residents|residency|intern|interns|internship|fellow|fellowship|student|"
    r"PGY[- ]?\d|MS[ -]?[1-4]|M[1-4]|physician|house[ \t]+officer|matched|incoming|graduate|"
    r"hospitalist|attending)\b",
    re.IGNORECASE,
)


def _article(phrase: str) -> str:
    first = phrase.split()[0] if phrase.split() else ""
    if first.isupper() and len(first) > 1:
        return "an" if first[0] in "AEFHILMNORSX" else "a"
    return "an" if first[:1].lower() in "aeiou" else "a"


# The sender describing themself: "I'm …", "my name is …", "as a …", "I matched at …",
# "PGY-3 peds here". A role word elsewhere ("applying to PICU fellowship", "your residents")
# says nothing about who is writing.
_SELF_FRAME_RE = re.compile(
    # "I am writing to ask", "I'm hoping to meet" say what the message does, not who writes
    r"\b(?:(?:i['’]m|i[ \t]+am)(?![ \t]+(?:writing|reaching|contacting|emailing|messaging|"
    r"hoping|wondering|looking|asking|interested)\b)|my[ \t]+name[ \t]+is|myself|"
    r"this[ \t]+is|as[ \t]+an?|"
    r"i[ \t]+(?:\w+[ \t]+)?(?:work|matched|started|start|joined|trained|graduated|rotate|"
    r"finished|completed)|i[ \t]+will[ \t]+(?:be[ \t]+)?(?:start|starting|join|joining)|"
    r"we['’]re|we[ \t]+are)\b"
    r"|\bhere\b(?=[ \t]*[.,;:!—–-])",
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
        suggestion = f"I'm {s.name}, {_article(s.role)} {s.role} at {s.program}."
    elif s.name and s.role:
        suggestion = f"I'm {s.name}, {_article(s.role)} {s.role}."
    ctx.add(
        "no_identity",
        "The introduction never says who you are. In the first lines, give your role and "
        "program (and one interest that connects you to them).",
        suggestion=suggestion,
    )


# ---------------------------------------------------------------- unprofessional_email

# Words that make an address look like a personal or joke account.
_BAD_WORDS = (
    "sexy", "hottie", "party", "princess", "playboy", "playgirl", "stoner", "booty", "pimp",
    "kinky", "naughty", "xoxo", "hotstuff", "badass", "gangsta", "420", "69", "666", "1337",
)
# Short words that only count as a whole token ("hot" is inside "photon", "stud" in "student").
_BAD_TOKENS = frozenset({
    "hot", "stud", "lol", "dude", "boi", "gurl", "xx", "xxx", "bae", "babe", "baby", "beer",
    "weed", "drunk", "cutie", "lover", "swag", "thug", "boozy", "killer",
})
_YEAR = re.compile(r"(?:19[4-9]\d|20[0-3]\d)")


# Addresses an institution assigns: a number in "mg4482@nyu.edu" is a NetID, not a choice.
_INSTITUTIONAL = re.compile(
    r"\.(?:edu|gov|mil)(?:\.[a-z]{2})?$|\.ac\.[a-z]{2}$|\bnhs\.(?:uk|net)$", re.IGNORECASE
)


def unprofessional_reason(address: str, name: str | None = None) -> str | None:
    """Why an address looks unprofessional, or None. General rules, not a list of addresses.

    `name` is the sender's name: a word hidden in it ("party" in Partyka, "stoner" in Stoner)
    is their surname, not a joke."""
    local, _, domain = address.partition("@")
    local = local.lower()
    if not local:
        return None
    full = local
    for part in sorted(re.split(r"[\s.,'’()-]+", fold(name or "")), key=len, reverse=True):
        if len(part) >= 3 and part not in ("md", "phd", "mph", "facp"):
            local = local.replace(part, ".")
    tokens = [t for t in re.split(r"[._+\-]+|(?<=\D)(?=\d)|(?<=\d)(?=\D)", local) if t]
    digit_runs = re.findall(r"\d+", local)
    if _INSTITUTIONAL.search(domain):
        digit_runs = []
    for word in _BAD_WORDS:
        if word.isdigit():
            if word in digit_runs:
                return f"the number “{word}” reads as a joke"
        elif word in local:
            return f"“{word}” reads as a personal or joke account"
    for t in tokens:
        if t in _BAD_TOKENS:
            return f"“{t}” reads as a personal or joke account"
    if sum(len(r) for r in digit_runs) >= 5 or any(
        len(r) >= 4 and not _YEAR.fullmatch(r) for r in digit_runs
    ):
        return "a long string of digits looks like a throwaway account"
    if full.startswith("xx") or full.endswith("xx"):
        return "decorations like “xx” read as a personal account"
    if re.search(r"([a-z])\1\1", full):
        return "repeated letters look like a personal account"
    return None


# Words a professional address may hold beside the name: credentials, roles, the mail itself,
# and specialties ("dr.gomez", "mgomez.md", "gomez.cardio", "maria.gomez.mail").
_ADDRESS_NEUTRAL = frozenset("""
doc doctor docs md mph phd facp dr mail email inbox contact official work info office pro
med medical medicine health research resident residency clinic clinical real the
cardio neuro surg surgery peds pediatrics psych derm ortho onc heme anes rads path gyn
""".split())  # noqa: SIM905 - a word list reads better as text
# A digit standing for a word inside a handle: "docmcstuffins4eva", "2cute", "gr8".
_NUMBER_AS_WORD = re.compile(r"[a-z][248][a-z]{2,}|^[248][a-z]{3,}|[a-z]{2}8[a-z]")
_HANDLE_PART = re.compile(r"[a-z]+")


def _chosen_words(handle: str) -> list[tuple[str, bool]]:
    """The English words in what is left of a handle once the name is taken out: (word,
    whether it is glued to other letters). A handle built on a word ("bobaqueen",
    "cupcake.gomez") is chosen, not assigned; a plain name with initials leaves none."""
    from assistant.phi.vocab import zipf

    out: list[tuple[str, bool]] = []
    for token in _HANDLE_PART.findall(handle):
        if len(token) < 4 or token in _ADDRESS_NEUTRAL:
            continue
        # words of up to 15 letters; an address's local part is at most 64 characters
        token = token[:64]
        best = max((token[i:j] for i in range(len(token))
                    for j in range(i + 4, min(len(token), i + 15) + 1)),
                   key=lambda w: (zipf(w) >= 3.0 and w not in _ADDRESS_NEUTRAL, len(w)))
        if zipf(best) >= 3.0 and best not in _ADDRESS_NEUTRAL and 2 * len(best) >= len(token):
            out.append((best, best != token))
    return out


def address_register(address: str, name: str | None) -> tuple[str, bool] | None:
    """Why a personal address reads as chosen for fun, and whether that is certain: a slang
    or text-speak word, a number standing for a word, or a glued-in English word is certain;
    an English word standing alone may be a middle name ("maria.rose.gomez") and is not.
    Only without an institution's domain, and only when the sender's name is known (without it
    every name would look like a chosen word)."""
    from assistant.checks.lexicon_informal import SLANG_WORDS, TEXT_SPEAK

    local, _, domain = address.lower().partition("@")
    if not name or not local or _INSTITUTIONAL.search(domain):
        return None
    for part in sorted(re.split(r"[\s.,'’()-]+", fold(name).lower()), key=len, reverse=True):
        if len(part) >= 3:
            local = local.replace(part, ".")
    if _NUMBER_AS_WORD.search(local):
        return "a number stands for a word, as in a social-media handle", True
    words = _chosen_words(local)
    for word, glued in words:
        slang = word in SLANG_WORDS or word in TEXT_SPEAK or any(
            word.startswith(s) for s in SLANG_WORDS if len(s) >= 4)
        if slang or glued:
            return f"“{word}” reads as a nickname or a joke handle", True
    if words:
        word = words[0][0]
        return (f"“{word}” is not part of your name; unless it is (a middle name, say), it "
                "reads as a nickname", False)
    return None


def check_unprofessional_email(ctx: Context) -> None:
    req = ctx.request
    address = req.sender.email if req else None
    if not address:
        return
    name = req.sender.name if req else None
    reason, certain = unprofessional_reason(address, name), True
    if reason is None:
        reason, certain = address_register(address, name) or (None, True)
    if reason is None:
        return
    at = ctx.text.find(address)
    start, end = (at, at + len(address)) if at >= 0 else (None, None)
    ctx.add(
        "unprofessional_email",
        f"Your address {address} may not be taken seriously: {reason}. Use your institutional "
        "address, or a plain firstname.lastname address for professional mail.",
        start, end, severity=None if certain else "info",
    )
