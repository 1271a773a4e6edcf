"""What a stored contact's text may hold: no control characters (a NUL, a terminal escape) and
no more characters than its column. Checked before any write, so SQLite and PostgreSQL give the
same result for the same input (PostgreSQL refuses NULs and over-long values; SQLite would keep
them)."""

from __future__ import annotations

from assistant.storage.records import ContactRecord
from assistant.terminal import safe

#: The longest value of each text field (the columns' lengths; notes and tags are bounded too).
LIMITS: dict[str, int] = {
    "name": 300, "title": 300, "institution": 300, "specialty": 200, "email": 320,
    "linkedin_url": 500, "notes": 10_000, "tags": 1_000,
}


def strip_control(text: str) -> str:
    """The text without escape sequences (a whole `ESC ] 0;title BEL`, not just its ESC) and
    control characters (NUL, BEL...), as the terminal output is cleaned; tabs and line breaks
    stay."""
    return safe(text)


def clean_contact(contact: ContactRecord) -> ContactRecord:
    """The contact with control characters removed from every text field and tag."""
    update: dict[str, object] = {}
    for name in ("name", "title", "institution", "specialty", "email", "linkedin_url", "notes"):
        value = getattr(contact, name)
        if isinstance(value, str) and strip_control(value) != value:
            update[name] = strip_control(value).strip() or None
    if any(strip_control(t) != t for t in contact.tags):
        update["tags"] = [c for c in (strip_control(t).strip() for t in contact.tags) if c]
    if update.get("name", contact.name) is None:
        update["name"] = ""
    return contact.model_copy(update=update) if update else contact


def contact_problem(contact: ContactRecord) -> str | None:
    """The first field that is too long, as a reason a person can act on; None when it fits."""
    for name, limit in LIMITS.items():
        value = ", ".join(contact.tags) if name == "tags" else getattr(contact, name)
        if value and len(value) > limit:
            return f"{name} is {len(value)} characters (at most {limit})"
    return None
