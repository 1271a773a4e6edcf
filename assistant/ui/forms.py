"""The compose form as plain data: widget keys, the request they build, and back again.

Keeping this out of the page lets the history page reopen a saved request into the form and
lets the PHI scan and redaction run over exactly the fields the resident typed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import ValidationError

from assistant.errors import InputError
from assistant.inputs import describe_validation_error
from assistant.models import DraftRequest, Sender

# session-state key -> (label, path in the request). Free-text fields the PHI scan reads.
TEXT_FIELDS: dict[str, tuple[str, str]] = {
    "f_contact_name": ("Contact name", "contact.name"),
    "f_contact_title": ("Contact title", "contact.title"),
    "f_contact_institution": ("Institution", "contact.institution"),
    "f_contact_specialty": ("Specialty", "contact.specialty"),
    "f_contact_their_work": ("Their work", "contact.their_work"),
    "f_contact_email": ("Contact email", "contact.email"),
    "f_meeting_event": ("Event", "meeting.event"),
    "f_meeting_topics": ("Topics", "meeting.topics"),
    "f_meeting_specific_detail": ("Specific detail", "meeting.specific_detail"),
    "f_meeting_next_step": ("Promised next step", "meeting.next_step"),
    "f_ask": ("Ask", "ask"),
    "f_update_news": ("News", "update.news"),
    "f_update_credit": ("Credit", "update.credit"),
    "f_decisions": ("Decisions", "decisions"),
    "f_existing_text": ("Existing text", "existing_text"),
    "f_notes": ("Pasted notes", "notes"),
}
# Topics are typed on one line, separated by commas; decisions one a line.
LIST_FIELDS = {"f_meeting_topics": ", ", "f_decisions": "\n"}
CHOICE_FIELDS = {
    "f_kind": "kind", "f_tone": "tone", "f_channel": "channel",
    "f_contact_relationship": "contact.relationship",
}
DATE_FIELDS = {"f_meeting_date": "meeting.date"}
ALL_KEYS = (*TEXT_FIELDS, *CHOICE_FIELDS, *DATE_FIELDS)
# Fields that only mean something for some kinds: hidden (and left out) for the others.
KIND_ONLY: dict[str, set[str]] = {
    "f_update_news": {"update"},
    "f_update_credit": {"update"},
    "f_decisions": {"mentor_agenda"},
    "f_existing_text": {"linkedin_rewrite"},
}


def shown(key: str, kind: str | None) -> bool:
    """Whether the form shows (and the request uses) this field for this kind."""
    kinds = KIND_ONLY.get(key)
    return kinds is None or kind in kinds

KIND_HELP = {
    "introduction": "Before a conference, or after a talk or grand rounds: who you are, why "
    "them, one small time-bound ask.",
    "follow_up": "Within 48–72 hours of meeting someone: thanks, one specific reference, "
    "one concrete next step.",
    "update": "Months later, to a mentor or sponsor: your news and credit to their advice.",
    "mentor_agenda": "Before a first mentor meeting: a short agenda around one or two "
    "decisions.",
    "linkedin_note": "A personalised connection request within LinkedIn's character limit.",
    "linkedin_rewrite": "Improve a LinkedIn note you already wrote: your facts and voice, "
    "fixed and within the limit.",
}
KIND_LABELS = {
    "introduction": "Introduction", "follow_up": "Follow-up", "update": "Update",
    "mentor_agenda": "Mentor meeting agenda", "linkedin_note": "LinkedIn note",
    "linkedin_rewrite": "LinkedIn rewrite",
}
RELATIONSHIP_LABELS = {
    None: "—", "new": "New (never met)", "met_once": "Met once", "mentor": "Mentor",
    "sponsor": "Sponsor", "peer": "Peer",
}


def _split_list(value: str, commas: bool) -> list[str]:
    pattern = r"[\n,;]" if commas else r"\n"
    return [item.strip(" -•\t") for item in re.split(pattern, value) if item.strip(" -•\t")]


def _set_path(data: dict[str, Any], path: str, value: Any) -> None:
    head, _, tail = path.partition(".")
    if tail:
        _set_path(data.setdefault(head, {}), tail, value)
    else:
        data[head] = value


def _get_path(data: Mapping[str, Any], path: str) -> Any:
    head, _, tail = path.partition(".")
    value = data.get(head)
    if tail:
        return _get_path(value, tail) if isinstance(value, Mapping) else None
    return value


def build_request(values: Mapping[str, Any], sender: Sender | None = None) -> DraftRequest:
    """The DraftRequest the form describes; empty fields are left out, not sent as ''."""
    data: dict[str, Any] = {}
    kind = values.get("f_kind")
    for key, (_label, path) in TEXT_FIELDS.items():
        raw = values.get(key)
        if not isinstance(raw, str) or not raw.strip() or not shown(key, kind):
            continue
        value: Any = (
            _split_list(raw, commas=key == "f_meeting_topics") if key in LIST_FIELDS
            else raw.strip()
        )
        _set_path(data, path, value)
    for key, path in CHOICE_FIELDS.items():
        if values.get(key):
            _set_path(data, path, values[key])
    for key, path in DATE_FIELDS.items():
        if isinstance(values.get(key), dt.date):
            _set_path(data, path, values[key].isoformat())
    if sender is not None:
        data["sender"] = sender.model_dump(exclude_defaults=True)
    if "kind" not in data:
        raise InputError("choose the kind of message", "kind")
    try:
        return DraftRequest.model_validate(data)
    except ValidationError as exc:
        field, message = describe_validation_error(exc)
        raise InputError(message, field) from None


def form_values(request: Mapping[str, Any]) -> dict[str, Any]:
    """Session-state values that show a saved request (JSON dict) in the form again."""
    out: dict[str, Any] = {}
    for key, (_label, path) in TEXT_FIELDS.items():
        value = _get_path(request, path)
        if isinstance(value, list):
            value = LIST_FIELDS.get(key, "\n").join(str(v) for v in value)
        out[key] = value or ""
    for key, path in CHOICE_FIELDS.items():
        out[key] = _get_path(request, path)
    for key, path in DATE_FIELDS.items():
        value = _get_path(request, path)
        out[key] = dt.date.fromisoformat(value) if isinstance(value, str) else value
    if not out.get("f_kind"):
        out["f_kind"] = "introduction"
    return out


def scan_fields(
    values: Mapping[str, Any], find: Callable[[str], list[Any]]
) -> list[tuple[str, str, Any]]:
    """(key, label, finding) for every PHI finding in every free-text field of the form."""
    hits: list[tuple[str, str, Any]] = []
    for key, (label, _path) in TEXT_FIELDS.items():
        value = values.get(key)
        if isinstance(value, str) and value.strip() and shown(key, values.get("f_kind")):
            hits.extend((key, label, f) for f in find(value))
    return hits


def redact_fields(
    values: Mapping[str, Any], keys: set[str], redact: Callable[[str], tuple[str, Any]]
) -> dict[str, str]:
    """New values for the given fields with each identifier replaced by its typed tag."""
    return {key: redact(values[key])[0] for key in keys if isinstance(values.get(key), str)}


# What the app asks for before drafting: a message to nobody, or a follow-up to a meeting that
# has not happened, is refused with the field to fill instead of drafting a generic "Hello,".
TEXT_LIMIT = 300  # one-line fields
LONG_TEXT_LIMIT = 8_000  # notes, news, the note to improve: a bio or a thread, not a book
LONG_FIELDS = {"f_notes", "f_update_news", "f_update_credit", "f_decisions", "f_existing_text"}
_PROFILE_PATHS = {"sender.name": "your name", "sender.role": "your role",
                  "sender.program": "your program", "sender.email": "your email",
                  "sender.signature": "your signature"}
_PATH_LABELS = {path: label for label, path in TEXT_FIELDS.values()} | {
    "meeting.date": "Date", "kind": "Kind of message", "tone": "Tone", "channel": "Channel",
    "contact.relationship": "Relationship"}


def field_limit(key: str) -> int:
    return LONG_TEXT_LIMIT if key in LONG_FIELDS else TEXT_LIMIT


def too_long(values: Mapping[str, Any]) -> str | None:
    """The first field over its length limit, as one line naming it and the limit."""
    for key, (label, _path) in TEXT_FIELDS.items():
        value = values.get(key)
        if isinstance(value, str) and shown(key, values.get("f_kind")) and \
                len(value) > field_limit(key):
            return (f"{label.lower()}: {len(value):,} characters is over the "
                    f"{field_limit(key):,} limit; keep the part about this contact")
    return None


def not_ready(request: DraftRequest, today: dt.date) -> str | None:
    """Why the app will not draft this request yet (one line), or None."""
    if request.kind == "linkedin_rewrite":
        if not (request.existing_text or "").strip():
            return "your note to improve: paste the note you wrote"
        return None
    if not (request.contact.name or "").strip():
        return "who is it to? Fill in the contact's name"
    if request.kind == "follow_up":
        meeting = request.meeting
        if meeting.date and meeting.date > today:
            return (f"date: {meeting.date.isoformat()} is in the future; a follow-up is about "
                    "a meeting that has happened")
        if not (meeting.event or meeting.topics or meeting.specific_detail or meeting.date):
            return "what is it following up? Fill in the event, the topics or a detail"
    return None


def readable_notice(text: str) -> str:
    """A drafting notice with the form's labels instead of request paths: '(meeting.next_step)'
    becomes '(Promised next step)', '(sender.name)' points to the Profile page."""

    def label(m: re.Match[str]) -> str:
        paths = [p.strip() for p in m.group(1).split(",")]
        if all(p in _PROFILE_PATHS for p in paths):
            return "(on the Profile page)"
        if all(p in _PATH_LABELS for p in paths):
            return "(" + ", ".join(_PATH_LABELS[p] for p in paths) + ")"
        return m.group(0)

    return re.sub(r"\(([a-z_]+(?:\.[a-z_]+)?(?:, [a-z_]+(?:\.[a-z_]+)?)*)\)", label, text)


def cleared(values: Mapping[str, Any]) -> dict[str, Any]:
    """The form emptied for a new message: every field blank, the kind kept."""
    out: dict[str, Any] = {key: "" for key in TEXT_FIELDS}
    out.update({key: None for key in (*CHOICE_FIELDS, *DATE_FIELDS)})
    out["f_kind"] = values.get("f_kind") or "introduction"
    return out


CONTACT_KEYS = tuple(k for k in (*TEXT_FIELDS, *CHOICE_FIELDS) if k.startswith("f_contact_"))
