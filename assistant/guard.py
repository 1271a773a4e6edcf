"""Injection and invention guard for drafts (OWASP LLM01/LLM02: validate what comes back).

A draft may carry a URL, an email address or a phone number only when the request holds it, and
may never ask for money, passwords, credentials, gift cards or wire transfers unless the request
itself is about that. Links are found by shape (any domain, with or without a scheme or path),
phone numbers in North American and international formats, and money asked for in words
("transfer 500 dollars via Western Union") as well as in figures. Pasted notes are untrusted,
so what they contain does not count as "held by the request" for contact details: a prompt
injection hidden in a bio cannot smuggle its link into the draft. Offending sentences are
removed; each removal is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.models import DraftRequest, Finding
from assistant.text.patterns import EMAIL, digits, find_links, find_phones, lazy, norm_url
from assistant.text.sentences import sentence_spans
from assistant.text.shorthand import expansions

_MONEY = r"(?:dollars?|usd|us\$|euros?|eur|pounds?|gbp|quid|bucks|rupees?|yen|francs?|money|" \
         r"funds|cash|payment|bitcoins?|btc|eth|usdt)"
_NUMBER = r"(?:\d[\d,.]*\s*(?:k|thousand|hundred|million)?|a\s+(?:few\s+)?(?:hundred|thousand)|" \
          r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty)\s+" \
          r"(?:hundred|thousand)?)"
SUSPICIOUS = lazy(
    r"\b(wire transfers?|wire (?:the )?money|bank (?:account|details|transfer)|routing number|"
    r"account number|iban|swift code|sort code|"
    r"gift ?cards?|(?:itunes|apple|google play|steam|amazon|prepaid|visa) (?:gift )?cards?|"
    r"voucher codes?|"
    r"passwords?|passcodes?|pass phrases?|credentials?|log-?in details|login|username|"
    r"(?-i:\bPIN\b)(?: (?:code|number))?|security code|cvv|card number|"
    r"credit card|debit card|social security|\bSSN\b|venmo|paypal|zelle|cash ?app|"
    r"western union|moneygram|money ?order|remitly|bitcoin|crypto(?:currency)?|wallet address|"
    r"send (?:me )?(?:money|funds|payment)|pay (?:me|us|a fee)|fee of|processing fee|"
    r"verification code|one-time code|2fa code|otp|wire (?:me |us )?(?=\$)|"
    # money asked for in words: "transfer 500 dollars", "send me 200 euros", "pay 50 bucks"
    rf"(?:transfer|wire|send|pay|deposit|remit|lend|loan|give)\s+(?:(?:me|us|him|her|them)\s+)?"
    rf"(?:the\s+)?{_NUMBER}?\s*{_MONEY}|"
    rf"{_NUMBER}\s*{_MONEY}\s+(?:via|by|through|to|into|with)\b|"
    # credentials asked for: "send me your password", "share your login code"
    r"(?:send|share|give|tell|text|email|forward|confirm|verify)\s+(?:me\s+|us\s+)?your\s+"
    r"(?:password|passcode|pin|login|log-in|username|credentials|account|bank|card|code|ssn|"
    r"social security))"
    r"|[$€£¥₹]\s?\d[\d,]*(?:\.\d+)?|\b\d[\d,]*(?:\.\d+)?\s?(?:usd|eur|gbp)\b",
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
    own_urls = {norm_url(t[s:e]) for t in own for s, e in find_links(t)}
    own_emails = {e.group(0).lower() for t in own for e in EMAIL.finditer(t)}
    own_phones = {digits(t[s:e])[-10:] for t in own for s, e in find_phones(t)}
    findings: list[Finding] = []
    email_spans = [m.span() for m in EMAIL.finditer(text)]
    for m in EMAIL.finditer(text):
        if m.group(0).lower() not in own_emails:
            findings.append(Finding(
                code="invented_contact", severity="error", start=m.start(), end=m.end(),
                message=f"The draft gives an email address the request does not hold: {m.group(0)}",
                suggestion="Remove it, or add it to the request if it is really yours.",
                principle="share-contact-details-easily"))
    for start, end in find_links(text):
        if any(s <= start < e for s, e in email_spans):
            continue
        if norm_url(text[start:end]) not in own_urls:
            findings.append(Finding(
                code="invented_contact", severity="error", start=start, end=end,
                message=f"The draft gives a link the request does not hold: {text[start:end]}",
                suggestion="Remove the link; only share links you chose to include."))
    for start, end in find_phones(text):
        if digits(text[start:end])[-10:] not in own_phones:
            findings.append(Finding(
                code="invented_contact", severity="error", start=start, end=end,
                message="The draft gives a phone number the request does not hold: "
                        f"{text[start:end]}",
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
DATE_WORD = lazy(r"\b(" + "|".join(MONTHS + WEEKDAYS) + r")\b")
NUMBER = lazy(r"(?<![\w.])\d[\d,.:/-]*\d|(?<![\w.])\d(?![\w])")


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
