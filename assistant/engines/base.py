"""The one drafting interface every engine implements.

An engine turns a (possibly PHI-redacted) request and the principles retrieved for it into a
`Composition`; everything around it (retrieval, PHI guard, checks, revision, fallback) lives in
`assistant.drafting`, so engines stay small and interchangeable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from assistant.config import Settings
from assistant.models import DraftRequest, Finding, Principle

EngineName = Literal["offline", "llm"]
TokenCallback = Callable[[str], None]


@dataclass
class Composition:
    """What an engine produced: the message, the principles it relied on, and what is missing.

    `gaps` are short phrases naming facts that would make the draft stronger (they become the
    Draft's `notice`); an engine writes around a gap instead of leaving a placeholder.
    """

    subject: str | None
    body: str
    principle_ids: list[str] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)


class Engine(Protocol):
    """A drafting engine. `feedback` holds findings on `previous` for a revision round."""

    name: EngineName

    def compose(
        self,
        request: DraftRequest,
        principles: Sequence[Principle],
        settings: Settings,
        *,
        feedback: Sequence[Finding] = (),
        previous: Composition | None = None,
        on_token: TokenCallback | None = None,
    ) -> Composition: ...


def message_text(subject: str | None, body: str) -> str:
    """The text the checks read: an email's subject is its first line, as `Subject: ...`."""
    return f"Subject: {subject}\n\n{body}" if subject else body
