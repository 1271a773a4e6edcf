"""A rewrite sent by email: the resident's own sign-off kept, a subject from the request's facts,
the message laid out as an email, and the resident's paragraphs kept where their sentences are."""

from __future__ import annotations

import re

from assistant.checks.signoff import find_signoff, find_trailer, strip_footer
from assistant.engines import phrasing as ph
from assistant.engines.offline.context import VALEDICTION, Ctx, sign_off
from assistant.engines.offline.kinds import short_subject
from assistant.engines.offline.sentences import event_timing
from assistant.text.names import person_name
from assistant.text.patterns import lazy
from assistant.text.sentences import split_sentences

# The writer's first name alone after the last sentence, on its line ("... let me know if
# there's anything. diego", "... thanks! - Chloé").
# A closing and the writer's first name run on after the last sentence ("... by Friday. Best,
# Rachel").
_CLOSING_AT_END = lazy(
    r"(?<=[.!?])[ \t]+((?:best(?:[ \t]+(?:wishes|regards))?|warm(?:est)?[ \t]+regards|kind[ \t]+"
    r"regards|regards|thanks(?:[ \t]+again)?|thank[ \t]+you|cheers|sincerely|all[ \t]+the[ \t]+"
    r"best|warmly|respectfully)[,!.]?)[ \t]+([^\W\d_][\w'’-]*)[ \t]*[.!]?[ \t]*$", re.IGNORECASE)
_NAME_AT_END = lazy(r"(?<=[.!?,])[ \t]*(?:[-–—][ \t]*)?([^\W\d_][\w'’-]*)[ \t]*[.!]?[ \t]*$")


def split_sign_off(text: str, sender: str | None = None) -> tuple[str, list[str]]:
    """Separate the sign-off the resident already wrote ("Best,\nMaya", or a pasted signature
    block of name, role, program and address) from the message, as the checks read the end of
    a message (`checks.signoff`); the device footers below it ("Sent from my iPhone", "Get
    Outlook for iOS") are no part of either and go."""
    text = text.rstrip()
    end = strip_footer(text, 0, len(text))
    lines = [x for x in text[:end].split("\n") if x.strip()]
    # read as if each line began with its capital ("best,\nines"): the same offsets
    # ("thanks!!\nBen" as "Thanks! \nBen")
    cased = re.sub(r"(?m)^([ \t]*)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    cased = re.sub(r"([!?])[!?]+", lambda m: m.group(1) + " " * (len(m.group(0)) - 1), cased)
    start, _ = find_signoff(cased, 0, end) if len(lines) > 1 else (None, False)
    if start is None or not text[:start].strip():
        named = _NAME_AT_END.search(text, 0, end)
        first = (sender or "").split()[:1]
        closing = _CLOSING_AT_END.search(text, 0, end)
        if closing and first and closing.group(2).lower() == first[0].lower():
            return text[:closing.start()].rstrip(), [closing.group(1).rstrip(".!,") + ",",
                                                     first[0]]
        if named and first and named.group(1).lower() == first[0].lower() and \
                text[:named.start()].strip():
            return text[:named.start()].rstrip(" \t,"), [first[0]]
        return text[:end].rstrip(), []
    trailer = find_trailer(cased, start, end)
    block = text[start:trailer if trailer is not None else end]
    tail = [re.sub(r"([!?])[!?]+", r"\1", x.strip()) for x in block.split("\n") if x.strip()]
    return text[:start].rstrip(), tail


def email_subject(ctx: Ctx) -> str:
    """A short subject from the request's own facts for a note sent by email."""
    r = ctx.request
    timing = event_timing(ctx)
    options = []
    if ctx.event:
        options.append(f"Ahead of {ctx.event}" if timing == "before" else
                       f"Following {ctx.event}" if timing == "after" or ctx.rel != "new" else
                       f"Connecting about {ctx.event}")
    if ctx.rel == "new" and r.sender.name:
        options.append(f"Introduction from {person_name(r.sender.name)}")
    options.append("Staying in touch" if ctx.rel != "new" else "A brief introduction")
    return next(o for o in options if short_subject(o))


def _tail(text: str, n: int = 3) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W_]+", text.lower())[-n:])


def paragraph_ends(body: str) -> list[tuple[str, ...]]:
    """How each of the resident's paragraphs but the last ends: its last three words."""
    paragraphs = [x for x in re.split(r"\n[ \t]*\n", body) if re.search(r"\w", x)]
    return [_tail(x) for x in paragraphs[:-1]]


def as_paragraphs(text: str, ends: list[tuple[str, ...]]) -> str:
    """The rewritten email broken where the resident broke it: after a sentence that still ends
    as one of their paragraphs did (a paragraph whose last sentence went joins the next)."""
    out, pending = [], list(ends)
    for sentence in split_sentences(text):
        out.append(sentence)
        tail = _tail(sentence)
        if tail in pending:
            pending = pending[pending.index(tail) + 1:]
            out.append("\n\n")
    return re.sub(r" ?\n\n ?", "\n\n", " ".join(out)).strip()


def as_email(ctx: Ctx, text: str, hello: str, own_sign_off: list[str]) -> str:
    """The rewritten note laid out as an email: greeting on its own line, the message, and a
    sign-off (the resident's own, else one built from the request)."""
    r = ctx.request
    hello = hello or ph.greeting(r)
    if hello and text.startswith(hello):
        text = text[len(hello):].strip()
    text = ph.capitalize(text)
    valediction = bool(own_sign_off) and bool(VALEDICTION.match(own_sign_off[0]))
    own_sign_off = [line if re.search(r"@|://", line) else ph.capitalize(line)  # "thanks\nLucas",
                    for line in own_sign_off]  # but an address as typed
    closing = "\n".join(own_sign_off) if valediction and len(own_sign_off) > 1 else None
    if closing is None:
        ctx.use("share-contact-details-easily")
        closing = sign_off(ctx)
        if valediction and closing:  # a lone "Best," keeps its word, the name is added
            closing = "\n".join([own_sign_off[0], *closing.split("\n")[1:]])
    return "\n\n".join(b for b in [hello, text, closing] if b)
