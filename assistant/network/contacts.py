"""Finding and describing contacts for the Network page (no Streamlit here, so it is testable)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from assistant.storage.records import ContactRecord
from assistant.text.words import fold

RELATIONSHIP_LABELS = {
    "new": "New contact", "met_once": "Met once", "mentor": "Mentor", "sponsor": "Sponsor",
    "peer": "Peer",
}
INTERACTION_LABELS = {
    "met": "Met", "message_sent": "Message sent", "reply": "Reply received",
    "meeting": "Meeting",
}


def search_contacts(
    contacts: Iterable[ContactRecord], query: str = "",
    relationships: Sequence[str] = (),
) -> list[ContactRecord]:
    """Contacts whose name, title, institution, specialty, email or tags hold every word of the
    query (in any order), optionally only those at the given relationship stages."""
    words = fold(query).split()
    found = []
    for c in contacts:
        if relationships and c.relationship not in relationships:
            continue
        haystack = fold(" ".join(filter(None, (
            c.name, c.title, c.institution, c.specialty, c.email, c.linkedin_url, *c.tags,
        ))))
        if all(w in haystack for w in words):
            found.append(c)
    return found


def split_list(text: str | None) -> list[str]:
    """ "QI, wellness; night float" → ["QI", "wellness", "night float"] (commas or semicolons)."""
    return [part.strip() for part in re.split(r"[;,\n]", text or "") if part.strip()]


def _day(day: date | None) -> str:
    """A date for a table cell: ISO (sorts right), or blank rather than 'None'."""
    return day.isoformat() if day else ""


def contact_rows(
    contacts: Iterable[ContactRecord], last: dict[int, date]
) -> list[dict[str, object]]:
    """Table rows for the contact list."""
    return [
        {
            "Name": c.name, "Title": c.title or "", "Institution": c.institution or "",
            "Relationship": RELATIONSHIP_LABELS.get(c.relationship, c.relationship),
            "Email": c.email or "", "Tags": ", ".join(c.tags),
            "Last contact": _day(last.get(c.id) if c.id is not None else None),
        }
        for c in contacts
    ]


def contact_from_form(values: dict[str, object], contact_id: int | None = None) -> ContactRecord:
    """A contact from the page's form, or an InputError naming the field to fix."""
    from assistant.errors import InputError
    from assistant.network.importer import valid_email

    def text(key: str) -> str | None:
        value = " ".join(str(values.get(key) or "").split())
        return value or None

    name = text("name")
    if not name:
        raise InputError("a contact needs a name", "name")
    email = text("email")
    if email and not valid_email(email):
        raise InputError(f"{email!r} is not an email address", "email")
    url = text("linkedin_url")
    if url and not re.match(r"^(https?://)?([a-z0-9-]+\.)*linkedin\.com/", url, re.I):
        raise InputError(f"{url!r} is not a LinkedIn profile URL", "linkedin_url")
    relationship = str(values.get("relationship") or "new")
    if relationship not in RELATIONSHIP_LABELS:
        raise InputError(f"unknown relationship {relationship!r}", "relationship")
    connected = values.get("connected_on")
    return ContactRecord(
        id=contact_id, name=name, title=text("title"), institution=text("institution"),
        specialty=text("specialty"), email=email, linkedin_url=url,
        relationship=relationship,  # type: ignore[arg-type]
        tags=split_list(str(values.get("tags") or "")), notes=str(values.get("notes") or "").strip()
        or None, connected_on=connected if isinstance(connected, date) else None,
    )
