"""Injection and invention guard for drafts (OWASP LLM01/LLM02: validate what comes back).

A draft may carry a URL, an email address or a phone number only when the request holds it, and
may never ask for money, passwords, credentials, gift cards or wire transfers unless the request
itself is about that. Pasted notes are untrusted, so what they contain does not count as
"held by the request" for contact details: a prompt injection hidden in a bio cannot smuggle its
link into the draft. Offending sentences are removed; each removal is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.models import DraftRequest, Finding
from assistant.text.patterns import EMAIL, PHONE_LOOSE, WEB_ADDRESS, digits, norm_url
from assistant.text.sentences import sentence_spans
from assistant.text.shorthand import expansions

SUSPICIOUS = re.compile(
    r"\b(wire transfers?|wire (?:the )?money|bank account|routing number|account number|"
    r"gift ?cards?|passwords?|passcodes?|credentials?|log-?in details|login|username|"
    r"credit card|debit card|social security|\bSSN\b|venmo|paypal|zelle|cash ?app|bitcoin|"
    r"crypto(?:currency)?|send (?:me )?(?:money|funds|payment)|pay (?:me|us|a fee)|"
    r"fee of|verification code|one-time code|2fa code|wire (?:me |us )?(?=\$))"
    r"|\$\s?\d[\d,]*(?:\.\d+)?",
    re.IGNORECASE,
)


@dataclass
class GuardResult:
    text: str
    findings: list[Finding] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def _request_texts(request: DraftRequest, include_notes: bool) -> list[str]:
    """Every string the resident gave (notes only when asked), to tell what is theirs."""
    data = request.model_dump(mode="json", exclude={"notes"} if not include_notes else set())
    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(data)
    return out


def scan(text: str, request: DraftRequest) -> list[Finding]:
    """Findings (severity error) for contact details and requests the resident did not give."""
    own = _request_texts(request, include_notes=False)
    own_lower = " ".join(own).lower()
    own_urls = {norm_url(u.group(0)) for t in own for u in WEB_ADDRESS.finditer(t)}
    own_emails = {e.group(0).lower() for t in own for e in EMAIL.finditer(t)}
    own_phones = {digits(p.group(0))[-10:] for t in own for p in PHONE_LOOSE.finditer(t)}
    findings: list[Finding] = []
    email_spans = [m.span() for m in EMAIL.finditer(text)]
    for m in EMAIL.finditer(text):
        if m.group(0).lower() not in own_emails:
            findings.append(Finding(
                code="invented_contact", severity="error", start=m.start(), end=m.end(),
                message=f"The draft gives an email address the request does not hold: {m.group(0)}",
                suggestion="Remove it, or add it to the request if it is really yours.",
                principle="share-contact-details-easily"))
    for m in WEB_ADDRESS.finditer(text):
        if any(s <= m.start() < e for s, e in email_spans):
            continue
        if norm_url(m.group(0)) not in own_urls:
            findings.append(Finding(
                code="invented_contact", severity="error", start=m.start(), end=m.end(),
                message=f"The draft gives a link the request does not hold: {m.group(0)}",
                suggestion="Remove the link; only share links you chose to include."))
    for m in PHONE_LOOSE.finditer(text):
        if digits(m.group(0))[-10:] not in own_phones:
            findings.append(Finding(
                code="invented_contact", severity="error", start=m.start(), end=m.end(),
                message=f"The draft gives a phone number the request does not hold: {m.group(0)}",
                suggestion="Remove it, or add it to your signature if it is yours."))
    for m in SUSPICIOUS.finditer(text):
        if m.group(0).lower() in own_lower:
            continue
        findings.append(Finding(
            code="suspicious_request", severity="error", start=m.start(), end=m.end(),
            message=f"The draft mentions something the request never asked for: {m.group(0)!r} "
                    "(money, payment, passwords or credentials)",
            suggestion="Remove the sentence; a networking message never asks for these.",
            principle="professional-tone-everywhere"))
    return sorted(findings, key=lambda f: f.start or 0)


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DATE_WORD = re.compile(r"\b(" + "|".join(MONTHS + WEEKDAYS) + r")\b")
NUMBER = re.compile(r"(?<![\w.])\d[\d,.:/-]*\d|(?<![\w.])\d(?![\w])")


def _spoken_dates(request: DraftRequest) -> str:
    out = []
    for d in filter(None, [request.meeting.date, request.today]):
        out.append(f"{MONTHS[d.month - 1]} {d.day} {d.year} {WEEKDAYS[d.weekday()]}")
    return " ".join(out)


def unsupported(text: str, request: DraftRequest) -> list[Finding]:
    """Warnings for a number, month or weekday the request (notes included) does not hold:
    the usual shape of an invented date, count or deadline in a model's draft."""
    source = " ".join(_request_texts(request, include_notes=True)) + " " + _spoken_dates(request)
    source += " " + expansions(source)  # "February" is what "feb" said: the same fact
    numbers = {n.lstrip("0") for n in re.findall(r"\d+", source)}
    findings: list[Finding] = []
    for m in NUMBER.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if re.fullmatch(r"\s*", text[line_start:m.start()]) and text[m.end():m.end() + 1] == ".":
            continue  # an agenda's item number
        if all(part.lstrip("0") in numbers for part in re.findall(r"\d+", m.group(0))):
            continue
        findings.append(Finding(
            code="unsupported_fact", severity="warning", start=m.start(), end=m.end(),
            message=f"The draft states {m.group(0)!r}, which the request does not hold",
            suggestion="Remove it or add the fact to the request.",
            principle="personalize-every-message"))
    for m in DATE_WORD.finditer(text):
        if m.group(0).lower() not in source.lower():
            findings.append(Finding(
                code="unsupported_fact", severity="warning", start=m.start(), end=m.end(),
                message=f"The draft names {m.group(0)!r}, a date the request does not hold",
                suggestion="Remove it or add the date to the request.",
                principle="personalize-every-message"))
    return sorted(findings, key=lambda f: f.start or 0)


def clean(text: str, request: DraftRequest) -> GuardResult:
    """Remove every sentence the guard objects to; report each removal as a finding."""
    findings = scan(text, request)
    if not findings:
        return GuardResult(text)
    spans = sentence_spans(text, lines=True)
    doomed: set[tuple[int, int]] = set()
    for f in findings:
        for span in spans:
            if span[0] <= (f.start or 0) < span[1]:
                doomed.add(span)
    removed = [text[s:e].strip() for s, e in sorted(doomed)]
    out = text
    for s, e in sorted(doomed, reverse=True):
        out = out[:s] + out[e:]
    out = re.sub(r"[ \t]+\n", "\n", out)
    out = re.sub(r"\n[ \t]+", "\n", out)
    out = re.sub(r"[ \t]{2,}", " ", out)
    out = re.sub(r"\n{3,}", "\n\n", out).strip()
    return GuardResult(out, findings, removed)
