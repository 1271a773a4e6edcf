"""Exports: what the server contributes to those the Compose editor builds in the browser from
the text on screen (the .eml headers, the mail link's address, a file name), and whole .eml
files and mail links for text the server holds (the Conference page)."""

from __future__ import annotations

from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from urllib.parse import quote

from assistant.models import Sender


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


def _headers(sender: Sender | None, to_name: str | None, to_email: str | None,
             when: datetime | None) -> EmailMessage:
    """From, To, Date, Message-ID and X-Unsent. To is filled only when the contact has a usable
    address, From only from the profile's professional email, so nothing is guessed."""
    msg = EmailMessage()
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
    return msg


def build_eml(
    subject: str | None,
    body: str,
    *,
    sender: Sender | None = None,
    to_name: str | None = None,
    to_email: str | None = None,
    when: datetime | None = None,
) -> bytes:
    """A whole RFC 5322 message a mail client opens as a ready draft, for a text the server
    holds (the Conference page's introductions); non-ASCII text is encoded by the library."""
    msg = _headers(sender, to_name, to_email, when)
    msg["Subject"] = " ".join((subject or "").split())  # a newline would forge headers
    msg.set_content(body.strip("\n") + "\n")
    return bytes(msg)


def mailto_link(to_email: str | None, subject: str | None, body: str) -> str:
    """A `mailto:` URL (RFC 6068): the address plus percent-encoded subject and body."""
    params = []
    if subject and subject.strip():
        params.append("subject=" + quote(subject.strip(), safe=""))
    if body.strip():
        params.append("body=" + quote(body.strip("\n").replace("\n", "\r\n"), safe=""))
    url = "mailto:" + quote(usable_address(to_email), safe="@")
    return url + ("?" + "&".join(params) if params else "")


def eml_head(
    *,
    sender: Sender | None = None,
    to_name: str | None = None,
    to_email: str | None = None,
    when: datetime | None = None,
) -> str:
    """The headers of the .eml the editor builds in the browser from the text on screen: all
    but Subject (the editor adds it, RFC 2047-encoded when not ASCII) for a UTF-8 body in
    base64, so the browser needs no line folding or quoting rules."""
    msg = _headers(sender, to_name, to_email, when)
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = 'text/plain; charset="utf-8"'
    msg["Content-Transfer-Encoding"] = "base64"
    return bytes(msg).decode("ascii").strip()


def usable_address(email: str | None) -> str:
    """The address for the mail link's To, or '' when it does not look usable."""
    return email.strip() if email and _address(None, email) is not None else ""


def safe_filename(stem: str, fallback: str = "draft") -> str:
    """A short ASCII file name from a subject or contact name."""
    cleaned = "".join(c if c.isalnum() else "-" for c in stem.encode("ascii", "ignore").decode())
    cleaned = "-".join(part for part in cleaned.split("-") if part).lower()[:60]
    return cleaned or fallback
