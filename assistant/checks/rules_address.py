"""How the message addresses its reader: the greeting (a casual salutation, a doctor
addressed by first name alone) and the name in it (name_mismatch: the greeting names someone
other than the contact). Without a request, only the salutation's register is checked.
"""

from __future__ import annotations

import re

from assistant.checks.base import Context, quote
from assistant.text.greeting import CASUAL_SALUTATIONS
from assistant.text.names import name_fold, name_tokens
from assistant.text.patterns import lazy
from assistant.text.words import fold

# ---------------------------------------------------------------- greeting


# A lay title before the name: for a contact who is a doctor, the wrong form of address.
_LAY_TITLE = lazy(r"(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+", re.IGNORECASE)


def salutation_for(request: object | None) -> str:
    """The salutation the greeting check suggests before the reader's name: "Hi" to a peer,
    "Dear" to anyone else (the rewrite writes it in place of a salutation it cannot vouch
    for)."""
    contact = getattr(request, "contact", None)
    return "Hi" if contact is not None and contact.relationship == "peer" else "Dear"


def check_greeting(ctx: Context) -> None:
    g = ctx.msg.greeting
    if g is None:
        return
    req = ctx.request
    contact = ctx.reader
    peer = bool(req and req.contact.relationship == "peer")
    if g.salutation in CASUAL_SALUTATIONS:
        said = ctx.text[g.sal_start:g.sal_end]
        if g.name:
            suggestion = salutation_for(req)
        elif contact and contact.formal:
            suggestion = f"{salutation_for(req)} {contact.first if peer else contact.formal}"
        else:
            suggestion = "Hello"
        ctx.add(
            "greeting",
            f"{quote(said)} is too casual for a professional message; open with "
            f"“{suggestion}”.",
            g.sal_start, g.sal_end, suggestion,
        )
        return
    if g.name and contact and contact.doctor and contact.formal and not peer:
        m = _LAY_TITLE.match(g.name)
        if m:  # "Dear Ms. Okafor" to a physician
            ctx.add(
                "greeting",
                f"{contact.formal} is a physician: address them as “{contact.formal}”, not "
                f"“{m.group(0).strip()}”.",
                g.name_start, g.name_end, contact.formal,
            )
            return
    if not (g.name and contact and contact.doctor and contact.first) or peer:
        return
    tokens = name_tokens(g.name)
    titled = len(g.name.split()) > len(tokens)  # "Dr. Ada" keeps the title: not familiar
    if len(tokens) == 1 and not titled and tokens[0] == name_fold(contact.first) and contact.formal:
        ctx.add(
            "greeting",
            f"Addressing {contact.formal} by first name alone is too familiar unless they "
            f"have asked you to; use “{contact.formal}”.",
            g.name_start, g.name_end, contact.formal,
        )



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
    contact = ctx.reader
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
