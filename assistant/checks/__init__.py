"""Professionalism checks for a finished message, each citing the guide principle it rests on.

`check(text, request=None, *, kind=None, channel=None, settings=None) -> list[Finding]`

- `kind`/`channel` override the request's. The channel defaults as in the contract: a LinkedIn
  note for the two LinkedIn kinds, email otherwise. With no request and no kind the message is
  treated as an email of unknown kind: the kind-specific checks (no_ask, no_thanks, ...) and
  the checks that compare with the request (name_mismatch, no_specifics, late_followup,
  no_identity, unprofessional_email) stay silent.
- For email, the subject is the first line when it starts with `Subject:` (`split_subject`).
- Findings come in text order within severity (errors first); word_count and readability are
  info. A well-written message gets no warning or error: false alarms are defects.
- Spans are character offsets into the original text; a suggestion with a span replaces the
  span, a suggestion without one is text to add (see `base.py`).

Only the standard library and pydantic models are imported here; the PHI guard is imported
inside the phi check, so `outreach check` starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.checks.base import CODES, LINKEDIN_KINDS, Context
from assistant.checks.rules_address import check_greeting, check_name_mismatch
from assistant.checks.rules_content import (
    check_mentor_ask,
    check_no_ask,
    check_no_thanks,
    check_phi,
)
from assistant.checks.rules_context import (
    check_late_followup,
    check_no_identity,
    check_no_specifics,
)
from assistant.checks.rules_grammar import check_grammar
from assistant.checks.rules_judgement import check_negative
from assistant.checks.rules_placeholder import check_placeholder
from assistant.checks.rules_register import check_slang
from assistant.checks.rules_sender_email import check_unprofessional_email
from assistant.checks.rules_structure import (
    check_char_limit,
    check_length,
    check_no_signature,
    check_note_too_short,
    check_subject,
    report_info,
)
from assistant.checks.rules_tone import check_emoji, check_exclamation, check_shouting
from assistant.checks.text import parse_message, split_subject
from assistant.errors import InputError
from assistant.models import CHANNELS, KINDS, Finding
from assistant.text.names import contact_name

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.models import DraftRequest

__all__ = ["CODES", "RULES", "check", "passed", "split_subject"]

# The limit's suggestion comes last of the errors and warnings: it leaves out first the
# sentences the other rules flag.
RULES = (
    check_phi, check_placeholder, check_note_too_short, check_name_mismatch,
    check_length, check_subject, check_greeting, check_slang, check_emoji, check_exclamation,
    check_shouting, check_negative, check_no_ask, check_mentor_ask, check_no_thanks,
    check_no_specifics, check_no_identity, check_no_signature, check_late_followup,
    check_unprofessional_email, check_grammar, check_char_limit, report_info,
)
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def _note_limit(settings: Settings | None) -> int:
    if settings is None:
        from assistant.config import get_settings

        settings = get_settings()
    return settings.linkedin_note_limit


def check(
    text: str,
    request: DraftRequest | None = None,
    *,
    kind: str | None = None,
    channel: str | None = None,
    settings: Settings | None = None,
) -> list[Finding]:
    """Run every check on `text`; see the module docstring for the rules of the game."""
    if kind is not None and kind not in KINDS:
        raise InputError(f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})", "kind")
    if channel is not None and channel not in CHANNELS:
        raise InputError(
            f"unknown channel {channel!r} (expected one of {', '.join(CHANNELS)})", "channel"
        )
    kind = kind or (request.kind if request else None)
    channel = channel or (request.channel if request else None)
    if channel is None:
        channel = "linkedin_note" if kind in LINKEDIN_KINDS else "email"
    if not text.strip():
        return [Finding(
            code="empty", severity="error",
            message="The message is empty: there is nothing to check or send.",
            principle=CODES["empty"].principle,
        )]
    reader = contact_name(request.contact.name, request.contact.title) if request else None
    ctx = Context(
        text=text,
        msg=parse_message(text, email=channel == "email",
                          given=reader.first if reader and len(reader.first) > 1 else None),
        kind=kind,
        channel=channel,
        request=request,
        note_limit=_note_limit(settings) if channel == "linkedin_note" else 0,
        reader=reader,
    )
    for rule in RULES:
        rule(ctx)
    return sorted(
        ctx.findings,
        key=lambda f: (_SEVERITY_ORDER[f.severity], f.start if f.start is not None else -1),
    )


def passed(findings: list[Finding]) -> bool:
    """The contract's `passed`: no finding of severity error."""
    return not any(f.severity == "error" for f in findings)
