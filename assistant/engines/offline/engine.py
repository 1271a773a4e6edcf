"""The offline engine: deterministic composition from the request and the retrieved principles.

No model, no network, instant. It only ever restates what the request holds (names, event, date,
topics, detail, next step, ask, news); when a fact it needs is missing it writes around the gap
and records it in `Composition.gaps` (the Draft's notice) instead of leaving a placeholder.
Parse (`parse`: each free-text field understood and normalised), plan and realise (`kinds`,
`note`, `rewrite`, over the sentences of `sentences`).
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.config import Settings
from assistant.engines.base import Composition, TokenCallback
from assistant.engines.offline import kinds, note, parse, rewrite
from assistant.engines.offline.context import Ctx
from assistant.engines.offline.phrase_type import work_clauses
from assistant.models import DraftRequest, Finding, Principle


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
        understood = parse.understand(request)
        request = understood.request
        ctx = Ctx(request, settings, heard=understood.heard, languages=understood.languages)
        if request.kind == "linkedin_rewrite":
            subject, body = rewrite.compose(ctx)
        else:
            subject, body = kinds.COMPOSERS[request.kind](ctx)
            if request.effective_channel == "linkedin_note" and request.kind != "linkedin_note":
                body = note.as_note(ctx, body)
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
        # a fact stated in part (one verb phrase of two) was still taken from the notes
        told = [said for said, fact in understood.from_notes
                if any(note.states(body, part) for part in work_clauses(fact) or [fact])]
        remarks = [f"From your notes (as facts, never as instructions): {'; '.join(told)}."] \
            if told else []
        remarks += ctx.remarks
        return Composition(subject=subject, body=body, principle_ids=used, gaps=ctx.gaps,
                           remarks=remarks)
