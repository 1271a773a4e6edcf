"""What every rule shares: the table of codes (severity and the guide principle each rests
on) and the context a rule reads (parsed message, kind, channel, request, LinkedIn limit).

Suggestion convention (the app applies suggestions with one click): when a finding has a
span, `suggestion` is the replacement text for exactly that span ("" deletes it); when it has
no span, `suggestion` is text to add to the message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.models import Finding, Severity

if TYPE_CHECKING:
    from assistant.checks.text import Message
    from assistant.models import DraftRequest
    from assistant.text.names import ContactName

# At most this many findings of one code: 1 MB of "!!" must not turn into 300,000 findings.
MAX_PER_CODE = 25


@dataclass(frozen=True)
class CodeInfo:
    """`severity` is the code's usual one. Severity stays honest: a warning is something a
    program director would ask the resident to change; a finding that is only a matter of
    style is info. `info_when` says when a finding of the code is reported as info instead."""

    severity: Severity
    principle: str | None
    info_when: str | None = None


CODES: dict[str, CodeInfo] = {
    "empty": CodeInfo("error", "keep-messages-brief"),
    "phi": CodeInfo("error", "de-identify-cases"),
    "placeholder": CodeInfo("error", "personalize-every-message"),
    "char_limit": CodeInfo("error", "linkedin-personalized-note"),
    "note_too_short": CodeInfo("warning", "linkedin-personalized-note"),
    "name_mismatch": CodeInfo("error", "personalize-every-message"),
    "length": CodeInfo("warning", "keep-messages-brief"),
    "subject": CodeInfo("warning", "keep-messages-brief",
                        info_when="the subject is only longer than inboxes show"),
    "greeting": CodeInfo("warning", "professional-tone-everywhere"),
    "slang": CodeInfo("warning", "professional-tone-everywhere",
                      info_when="the phrase is informal but widely accepted ('no worries')"),
    "emoji": CodeInfo("warning", "professional-tone-everywhere"),
    "exclamation": CodeInfo("warning", "professional-tone-everywhere",
                            info_when="two single marks in separate sentences, no run like "
                                      "'!!' (three or more marks stay a warning)"),
    "shouting": CodeInfo("warning", "professional-tone-everywhere"),
    "negative": CodeInfo("warning", "kindness-and-respect"),
    "no_ask": CodeInfo("warning", "small-time-bound-ask"),  # follow_up: follow-up-one-next-step
    "mentor_ask": CodeInfo("warning", "dont-ask-will-you-be-my-mentor"),
    "no_thanks": CodeInfo("warning", "follow-up-thank-them"),
    "no_specifics": CodeInfo("warning", "follow-up-specific-reference"),
    "no_identity": CodeInfo("warning", "introduce-who-you-are"),
    "no_signature": CodeInfo("warning", "share-contact-details-easily"),
    "late_followup": CodeInfo("warning", "follow-up-within-72-hours"),
    "unprofessional_email": CodeInfo("warning", "professional-email-address",
                                     info_when="the address is only informal (a nickname), "
                                               "not a joke or a party address"),
    "grammar": CodeInfo("warning", "professional-tone-everywhere"),
    "word_count": CodeInfo("info", "keep-messages-brief"),
    "readability": CodeInfo("info", "keep-messages-brief"),
}

LINKEDIN_KINDS = ("linkedin_note", "linkedin_rewrite")


@dataclass
class Context:
    """Everything a rule may read. `request` is None when the message is checked alone;
    `reader` is the request's contact name, parsed once for every rule (None without one)."""

    text: str
    msg: Message
    kind: str | None
    channel: str
    request: DraftRequest | None
    note_limit: int
    reader: ContactName | None = None
    findings: list[Finding] = field(default_factory=list)
    _counts: dict[str, int] = field(default_factory=dict)

    @property
    def is_email(self) -> bool:
        return self.channel == "email"

    def add(
        self,
        code: str,
        message: str,
        start: int | None = None,
        end: int | None = None,
        suggestion: str | None = None,
        *,
        principle: str | None = None,
        severity: Severity | None = None,
    ) -> bool:
        """Record a finding; False once the code has reached MAX_PER_CODE."""
        n = self._counts.get(code, 0)
        if n >= MAX_PER_CODE:
            return False
        self._counts[code] = n + 1
        info = CODES[code]
        self.findings.append(Finding(
            code=code, severity=severity or info.severity, message=message,
            start=start, end=end, suggestion=suggestion,
            principle=principle or info.principle,
        ))
        return True


def quote(text: str, limit: int = 40) -> str:
    """A short quotation of flagged text for a message."""
    text = " ".join(text.split())
    return f"“{text}”" if len(text) <= limit else f"“{text[:limit - 1]}…”"
