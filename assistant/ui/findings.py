"""Findings on the draft: one text for subject and body (the `Subject:` line convention of
`outreach check`) and the order they are shown in. Fixes live in `fixes.py`."""

from __future__ import annotations

from collections.abc import Iterable

from assistant.models import Finding

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def compose_text(subject: str | None, body: str) -> str:
    """Subject and body as the one text the checks read (`Subject:` first line for email)."""
    if subject is None:
        return body
    return f"Subject: {subject}\n\n{body}"


def split_text(text: str, has_subject: bool) -> tuple[str | None, str]:
    """The inverse of `compose_text`: exact round trip for any subject without a newline."""
    if not has_subject or not text.startswith("Subject:"):
        return (None, text) if not has_subject else ("", text)
    first, _, rest = text.partition("\n")
    subject = first.removeprefix("Subject:").strip()
    return subject, rest[1:] if rest.startswith("\n") else rest


def _rank(f: Finding) -> tuple[int, int]:
    return SEVERITY_ORDER.get(f.severity, 3), f.start if f.start is not None else -1


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Errors first, then warnings, then notes; in reading order within a severity."""
    return sorted(findings, key=_rank)
