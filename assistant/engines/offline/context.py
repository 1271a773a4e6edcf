"""What every part of the offline engine shares while composing: the context (request, tone,
principles used, gaps), a sentence with its shorter forms (`Part`), assembly within the word
target, and the sign-off and signature block. (A character limit is the note planner's:
`note.fit_note`.)"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.config import Settings
from assistant.engines import phrasing as ph
from assistant.models import DraftRequest
from assistant.text.patterns import lazy
from assistant.text.words import word_count

if TYPE_CHECKING:
    from assistant.engines.offline.update_language import Told

BODY_TARGET_WORDS = 125
VALEDICTION = lazy(
    r"^\s*(best|kind|warm|warmest|with|many|thank|thanks|sincerely|regards|respectfully|cheers|"
    r"all the best|yours)\b",
    re.IGNORECASE,
)


@dataclass
class Part:
    """One sentence of the draft. Optional sentences are dropped first to keep an email brief;
    `short` holds tighter forms for a connection note; a `required` sentence (the ask, the next
    step) survives any shrinking."""

    text: str
    optional: bool = False
    short: tuple[str, ...] = ()
    required: bool = False


@dataclass
class Ctx:
    """Everything a kind needs while composing: the request, tone, and what was used/missing."""

    request: DraftRequest
    settings: Settings
    used: list[str] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)  # notice lines that are not gaps
    parts: list[Part] = field(default_factory=list)  # the last assembled body, for notes
    heard: str | None = None  # where the resident heard them, a sentence from the notes
    languages: Told | None = None  # an update's clauses of another language (parse.py)

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

    def remark(self, text: str) -> None:
        if text not in self.remarks:
            self.remarks.append(text)

    def c(self, warm: str, formal: str) -> str:
        """Warm drafts may use contractions; formal ones spell them out."""
        return formal if self.formal else warm

    @property
    def event(self) -> str:
        """The event as it reads after "at": 'the SGIM Annual Meeting', 'SGIM 2026'."""
        return ph.the_event(self.request.meeting.event)

    @property
    def events(self) -> list[str]:
        """Every form of the event as it reads after "at", the full one first ('the American
        Heart Association Scientific Sessions 2026', 'the AHA Scientific Sessions')."""
        return list(dict.fromkeys(ph.the_event(f) for f in ph.event_forms(
            self.request.meeting.event)))

    @property
    def email(self) -> bool:
        return self.request.effective_channel == "email"


def signature_block(ctx: Ctx) -> str:
    """The lines under the sign-off: the resident's own signature when given (verbatim; one
    typed on one line with "|" between its parts, as its lines); else the name, and, for
    someone who does not know the sender well, role, program and email from the request
    (never more than it holds) so replying is easy."""
    sender = ctx.request.sender
    signature = (sender.signature or "").strip()
    if signature:
        if "\n" in signature:
            return signature  # the resident's own block, verbatim
        # a block typed on one line ("Ana Ruiz, MD | PGY-2 EM | BMC") is its lines
        return "\n".join(p.strip() for p in re.split(r"\s+[|•·]\s+", signature) if p.strip())
    name = ph.clean(sender.name)
    if not name or not ctx.email or ctx.rel not in ("new", "met_once"):
        return name
    role, program = ph.clean(sender.role), ph.clean(sender.program)
    if role and program and ph.within(role, program):
        role = ""
    lines = [name, ph.capitalize(", ".join(p for p in (role, program) if p)),
             (sender.email or "").strip()]
    if len([line for line in lines if line]) > 1:
        ctx.use("share-contact-details-easily")
    return "\n".join(line for line in lines if line)


def sign_off(ctx: Ctx) -> str | None:
    """'Best regards,' and the signature block; None (and a gap) without a name."""
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
    return f"{valediction}\n{signature_block(ctx)}"


def assemble(ctx: Ctx, greeting: str, paragraphs: list[list[Part]], closing: str | None,
             target: int = BODY_TARGET_WORDS) -> str:
    """Join greeting, paragraphs and sign-off; drop optional sentences (last first) while the
    body is over the word target. Remembers the parts, so a note can be cut from them."""
    paras = [list(p) for p in paragraphs]
    ctx.parts = [part for p in paras for part in p]

    def render() -> str:
        blocks = [greeting] if greeting else []
        blocks += [" ".join(part.text for part in p) for p in paras if p]
        if closing:
            blocks.append(closing)
        return "\n\n".join(blocks)

    text = render()
    while word_count(text) > target:
        optional = [(i, j) for i, p in enumerate(paras)
                    for j, part in enumerate(p) if part.optional]
        if not optional:
            break
        i, j = optional[-1]
        del paras[i][j]
        text = render()
    return text
