"""Turning a finished draft into something the resident can send: plain text, a real RFC 5322
message (standard library `email`), and a `mailto:` link."""

from __future__ import annotations

from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from urllib.parse import quote

from assistant.models import Sender


def as_text(subject: str | None, body: str) -> str:
    """The draft as one plain-text file: a `Subject:` line first when there is a subject."""
    body = body.strip("\n")
    if subject and subject.strip():
        return f"Subject: {subject.strip()}\n\n{body}\n"
    return f"{body}\n"


def _address(name: str | None, email: str | None) -> Address | None:
    """An Address when the email looks usable (one @, no spaces), else None."""
    email = (email or "").strip()
    if email.count("@") != 1 or any(c.isspace() for c in email):
        return None
    user, domain = email.split("@")
    if not user or not domain:
        return None
    try:
        return Address(display_name=(name or "").strip(), username=user, domain=domain)
    except (ValueError, IndexError):
        return None


def build_eml(
    subject: str | None,
    body: str,
    *,
    sender: Sender | None = None,
    to_name: str | None = None,
    to_email: str | None = None,
    when: datetime | None = None,
) -> bytes:
    """An RFC 5322 message a mail client opens as a ready draft.

    To is filled only when the contact has a usable address, From only from the profile's
    professional email, so nothing is guessed. Non-ASCII text is encoded by the library.
    """
    msg = EmailMessage()
    msg["Subject"] = " ".join((subject or "").split())  # a newline would forge headers
    sender_addr = _address(sender.name if sender else None, sender.email if sender else None)
    if sender_addr is not None:
        msg["From"] = sender_addr
    to_addr = _address(to_name, to_email)
    if to_addr is not None:
        msg["To"] = to_addr
    msg["Date"] = format_datetime((when or datetime.now()).astimezone())
    domain = sender_addr.domain if sender_addr is not None else "outreach.local"
    msg["Message-ID"] = make_msgid(domain=domain)
    msg["X-Unsent"] = "1"  # Outlook and others open it as a draft to send
    msg.set_content(body.strip("\n") + "\n")
    return bytes(msg)


def mailto_link(to_email: str | None, subject: str | None, body: str) -> str:
    """A `mailto:` URL (RFC 6068): the address plus percent-encoded subject and body."""
    to = to_email.strip() if to_email and _address(None, to_email) else ""
    params = []
    if subject and subject.strip():
        params.append("subject=" + quote(subject.strip(), safe=""))
    if body.strip():
        params.append("body=" + quote(body.strip("\n").replace("\n", "\r\n"), safe=""))
    url = "mailto:" + quote(to, safe="@")
    return url + ("?" + "&".join(params) if params else "")


def safe_filename(stem: str, fallback: str = "draft") -> str:
    """A short ASCII file name from a subject or contact name."""
    cleaned = "".join(c if c.isalnum() else "-" for c in stem.encode("ascii", "ignore").decode())
    cleaned = "-".join(part for part in cleaned.split("-") if part).lower()[:60]
    return cleaned or fallback
