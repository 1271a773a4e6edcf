"""History as the resident reads it: re-drafts of one request grouped under one entry, and
times in the resident's own time zone (the store keeps UTC)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def local_time(when: datetime | None, timezone: str | None = None) -> str:
    """'2026-11-29 13:05' in the browser's time zone (else the server's); '' when unknown."""
    if when is None:
        return ""
    aware = when if when.tzinfo else when.replace(tzinfo=UTC)
    try:
        zone = ZoneInfo(timezone) if timezone else None
    except (ZoneInfoNotFoundError, ValueError):
        zone = None
    return aware.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def request_key(kind: str, request: dict[str, Any], contact_id: int | None) -> tuple[str, ...]:
    """What makes two drafts versions of one message: the kind, the contact, the event."""
    contact = request.get("contact") or {}
    meeting = request.get("meeting") or {}
    who = str(contact_id) if contact_id is not None else " ".join(
        str(contact.get("name") or "").lower().split())
    return kind, who, " ".join(str(meeting.get("event") or "").lower().split())


def group_versions(drafts: Iterable[Any]) -> list[list[Any]]:
    """Drafts (newest first) grouped by request_key; each group newest first, the groups in
    the order of their newest draft."""
    groups: dict[tuple[str, ...], list[Any]] = {}
    for d in drafts:
        groups.setdefault(request_key(d.kind, d.request or {}, d.contact_id), []).append(d)
    return list(groups.values())
