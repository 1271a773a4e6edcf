"""The offline engine: deterministic composition from the request and the retrieved principles.

No model, no network, instant. It only ever restates what the request holds (names, event, date,
topics, detail, next step, ask, news); when a fact it needs is missing it writes around the gap
and records it in `Composition.gaps` (the Draft's notice) instead of leaving a placeholder.
Per-kind sentences live in `offline_kinds`, the LinkedIn rewrite in `offline_rewrite`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from assistant.config import Settings
from assistant.engines import phrasing as ph
from assistant.engines.base import Composition, TokenCallback
from assistant.models import DraftRequest, Finding, Principle

BODY_TARGET_WORDS = 125
VALEDICTION = re.compile(
    r"^\s*(best|kind|warm|warmest|with|many|thank|thanks|sincerely|regards|respectfully|cheers|"
    r"all the best|yours)\b",
    re.IGNORECASE,
)


@dataclass
class Part:
    """One sentence of the draft; optional sentences are dropped first to keep it brief."""

    text: str
    optional: bool = False


@dataclass
class Ctx:
    """Everything a kind needs while composing: the request, tone, and what was used/missing."""

    request: DraftRequest
    settings: Settings
    used: list[str] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)

    @property
    def formal(self) -> bool:
        return self.request.tone == "formal"

    @property
    def rel(self) -> str:
        default = "new" if self.request.kind in ("introduction", "linkedin_note") else "met_once"
        return self.request.contact.relationship or default

    @property
    def peer(self) -> bool:
        return self.rel == "peer"

    @property
    def key(self) -> str:
        r = self.request
        return f"{r.kind}|{r.contact.name}|{r.sender.name}|{r.meeting.event}|{r.tone}"

    def pick(self, slot: str, options: Sequence[str]) -> str:
        return ph.pick(self.key + "|" + slot, options)

    def use(self, *ids: str) -> None:
        for pid in ids:
            if pid not in self.used:
                self.used.append(pid)

    def gap(self, text: str) -> None:
        if text not in self.gaps:
            self.gaps.append(text)

    def c(self, warm: str, formal: str) -> str:
        """Warm drafts may use contractions; formal ones spell them out."""
        return formal if self.formal else warm

    @property
    def event(self) -> str:
        """The event as it reads after "at": 'the SGIM Annual Meeting', 'SGIM 2026'."""
        event = ph.clean(self.request.meeting.event)
        generic = r"\b(meeting|conference|congress|summit|symposium|forum|workshop|retreat|" \
                  r"course|session|assembly|convention|dinner|reception|fair|day)$"
        if re.search(generic, event, re.IGNORECASE) and not re.match(
                r"(the|a|an|our|my|your|this|last)\b", event, re.IGNORECASE):
            return f"the {event}"
        return event

    @property
    def email(self) -> bool:
        return self.request.effective_channel == "email"


def sign_off(ctx: Ctx) -> str | None:
    """'Best regards,' and the sender's signature or name; None (and a gap) without a name."""
    sender = ctx.request.sender
    signature = (sender.signature or "").strip()
    name = ph.clean(sender.name) if sender.name else ""
    if not signature and not name:
        ctx.gap("your name (sender.name) so the message can be signed")
        return None
    if ctx.formal:
        valediction = ctx.pick("valediction", ["Best regards,", "Kind regards,"])
    elif ctx.peer:
        valediction = ctx.pick("valediction", ["Best,", "All the best,"])
    else:
        valediction = ctx.pick("valediction", ["Best,", "All the best,", "Warm regards,"])
    if signature and VALEDICTION.match(signature.splitlines()[0]):
        return signature
    return f"{valediction}\n{signature or name}"


def assemble(greeting: str, paragraphs: list[list[Part]], closing: str | None,
             target: int = BODY_TARGET_WORDS) -> str:
    """Join greeting, paragraphs and sign-off; drop optional sentences (last first) while the
    body is over the word target."""
    paras = [list(p) for p in paragraphs]

    def render() -> str:
        blocks = [greeting] if greeting else []
        blocks += [" ".join(part.text for part in p) for p in paras if p]
        if closing:
            blocks.append(closing)
        return "\n\n".join(blocks)

    text = render()
    while ph.word_count(text) > target:
        optional = [(i, j) for i, p in enumerate(paras)
                    for j, part in enumerate(p) if part.optional]
        if not optional:
            break
        i, j = optional[-1]
        del paras[i][j]
        text = render()
    return text


CLOSING = re.compile(r"\b(stay|staying|keep|keeping) (connected|in touch)\b|\bconnect\b",
                     re.IGNORECASE)


def shrink_to_limit(request: DraftRequest, hello: str, sentences: Sequence[str], limit: int,
                    finish: Callable[[str], str] = str.strip) -> str:
    """Fit a note to a character limit by dropping its least informative sentences (fewest
    words from the request's facts; the later one on a tie; never the first)."""
    r = request
    facts = " ".join(filter(None, [
        r.meeting.event, *r.meeting.topics, r.meeting.specific_detail, r.meeting.next_step,
        r.contact.their_work, r.sender.role, r.sender.program, r.ask, r.update.news,
        r.update.credit, *r.decisions]))
    fact_words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", facts)}
    ask_words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", r.ask or "")}

    def join(parts: Sequence[str]) -> str:
        rest = " ".join(parts)
        first = re.match(r"[A-Za-z]+", rest)
        if first and first.group(0)[1:].islower() and first.group(0) != "I" and \
                not re.search(rf"\b{first.group(0)}\b", facts):
            rest = rest[:1].lower() + rest[1:]  # "Dear Dr. Lee, thank you..."
        return finish(f"{hello} {rest}" if hello else rest)

    kept = list(sentences)
    candidates = [join(kept)]
    while len(kept) > 1:
        words = [{w.lower() for w in re.findall(r"[A-Za-z]{4,}", s)} for s in kept]
        scores = [len(w & fact_words) + (2 if CLOSING.search(s) else 0)
                  + (2 if w & ask_words else 0) for w, s in zip(words, kept, strict=True)]
        index = min(range(1, len(kept)), key=lambda i: (scores[i], -i))
        del kept[index]
        candidates.append(join(kept))
    return fit_chars(candidates, limit)


def as_note(ctx: Ctx, body: str) -> str:
    """Another kind's draft squeezed into a LinkedIn connection note: one paragraph, no
    sign-off, within the account's limit."""
    blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
    signature = sign_off(ctx)
    if signature and blocks and blocks[-1] == signature:
        blocks.pop()
    hello = blocks.pop(0) if blocks and blocks[0].endswith(",") else ""
    sentences = [s for b in blocks for line in b.split("\n")
                 for s in ph.split_sentences(re.sub(r"^\d+\.\s+", "", line))]
    ctx.use("keep-messages-brief")
    return shrink_to_limit(ctx.request, hello, sentences, ctx.settings.linkedin_note_limit)


def fit_chars(candidates: Sequence[str], limit: int) -> str:
    """The richest candidate that fits a character limit, else the shortest, cut at a word."""
    for text in candidates:
        if len(text) <= limit:
            return text
    shortest = min(candidates, key=len)
    cut = shortest[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "."


class OfflineEngine:
    """Composes every kind from the request's own facts; see the module docstring."""

    name = "offline"

    def compose(
        self,
        request: DraftRequest,
        principles: Sequence[Principle],
        settings: Settings,
        *,
        feedback: Sequence[Finding] = (),
        previous: Composition | None = None,
        on_token: TokenCallback | None = None,
    ) -> Composition:
        from assistant.engines import offline_kinds, offline_rewrite

        ctx = Ctx(request, settings)
        if request.kind == "linkedin_rewrite":
            subject, body = offline_rewrite.compose(ctx)
        else:
            subject, body = offline_kinds.COMPOSERS[request.kind](ctx)
            if request.effective_channel == "linkedin_note" and request.kind != "linkedin_note":
                body = as_note(ctx, body)
        if not ctx.email:
            subject = None
        elif not subject:  # a LinkedIn kind sent by email still needs a subject line
            subject = "Staying in touch"
        if on_token:
            on_token(body)
        available = {p.id for p in principles}
        used = [pid for pid in ctx.used if pid in available] + [
            pid for pid in ctx.used if pid not in available
        ]
        return Composition(subject=subject, body=body, principle_ids=used, gaps=ctx.gaps)
