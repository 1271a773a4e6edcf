"""Importing contacts from CSV: LinkedIn's own `Connections.csv` export, or any CSV with a
column mapping (`--map name="Full Name" --map email=E-mail`).

LinkedIn's export starts with a few lines of notes before the header row, so the header is
found by looking for it rather than assumed on line 1. Rows are de-duplicated against the store
and within the file by email, then LinkedIn URL, then name, and every skipped row is reported
with its reason, so a re-import of the same file imports nothing.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from assistant.errors import InputError
from assistant.storage.records import ContactRecord

if TYPE_CHECKING:
    from assistant.storage import Store

#: Fields a column can be mapped to. `name` or `first_name` + `last_name` is required.
FIELDS: tuple[str, ...] = (
    "name", "first_name", "last_name", "title", "institution", "specialty", "email",
    "linkedin_url", "relationship", "tags", "notes", "connected_on",
)

#: Header names recognised without a mapping (compared case-insensitively). LinkedIn's own
#: columns come first: First Name, Last Name, URL, Email Address, Company, Position, Connected On.
ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "first_name", "firstname", "given name"),
    "last_name": ("last name", "last_name", "lastname", "surname", "family name"),
    "name": ("name", "full name", "full_name", "contact"),
    "email": ("email address", "email", "e-mail", "e-mail address", "email_address"),
    "linkedin_url": ("url", "linkedin url", "linkedin_url", "linkedin", "profile url"),
    "institution": ("company", "institution", "organization", "organisation", "hospital"),
    "title": ("position", "title", "job title"),
    "specialty": ("specialty", "speciality"),
    "relationship": ("relationship", "relationship stage"),
    "tags": ("tags",),
    "notes": ("notes",),
    "connected_on": ("connected on", "connected_on"),
}

RELATIONSHIPS: tuple[str, ...] = ("new", "met_once", "mentor", "sponsor", "peer")
_DATE_FORMATS = ("%d %b %Y", "%d %B %Y", "%Y-%m-%d", "%b %d, %Y", "%B %d, %Y")
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")
_HEADER_SCAN_ROWS = 50


class SkippedRow(BaseModel):
    row: int  # the line number in the file, as a spreadsheet shows it
    reason: str


class ImportReport(BaseModel):
    imported: int
    skipped: list[SkippedRow]
    total: int  # data rows read (blank lines are not rows)
    contact_ids: list[int] = []

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "skipped": [s.model_dump() for s in self.skipped],
            "total": self.total,
        }


# -- keys used for de-duplication ---------------------------------------------------------------
def email_key(email: str | None) -> str:
    return (email or "").strip().lower()


def url_key(url: str | None) -> str:
    """LinkedIn profile URLs compared without scheme, `www.`, query string or trailing slash."""
    text = (url or "").strip().lower()
    text = re.sub(r"^https?://", "", text)
    text = text.removeprefix("www.")
    return text.split("?", 1)[0].split("#", 1)[0].rstrip("/")


def person_key(name: str) -> str:
    """The store's name key (accents, titles and case folded; other scripts kept)."""
    from assistant.storage import name_key

    return name_key(name)


@dataclass
class _Known:
    """Who is already known (store contacts and earlier rows) under each key."""

    emails: dict[str, str] = field(default_factory=dict)
    urls: dict[str, str] = field(default_factory=dict)
    names: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)

    def add(self, label: str, name: str, email: str, url: str) -> None:
        if email:
            self.emails.setdefault(email, label)
        if url:
            self.urls.setdefault(url, label)
        self.names.setdefault(person_key(name), []).append((label, email, url))

    def duplicate_of(self, name: str, email: str, url: str) -> str | None:
        """Email first, then URL, then name. A name match is not a duplicate when both sides
        carry a different email or a different URL: two people may share a name."""
        if email and email in self.emails:
            return f"duplicate of {self.emails[email]} (same email)"
        if url and url in self.urls:
            return f"duplicate of {self.urls[url]} (same LinkedIn URL)"
        for label, other_email, other_url in self.names.get(person_key(name), []):
            if email and other_email and email != other_email:
                continue
            if url and other_url and url != other_url:
                continue
            return f"duplicate of {label} (same name)"
        return None


def _known_from_store(store: Store, exclude_id: int | None = None) -> _Known:
    from sqlalchemy import select

    from assistant.storage.tables import ContactRow

    known = _Known()
    query = select(ContactRow.id, ContactRow.name, ContactRow.email, ContactRow.linkedin_url)
    if exclude_id is not None:
        query = query.where(ContactRow.id != exclude_id)
    with store.session() as s:
        for cid, name, email, url in s.execute(query):
            known.add(f"contact #{cid} ({name})", name, email_key(email), url_key(url))
    return known


def find_duplicate(
    store: Store, contact: ContactRecord, exclude_id: int | None = None
) -> str | None:
    """The same rule as the import, for one contact typed into the app."""
    known = _known_from_store(store, exclude_id)
    return known.duplicate_of(contact.name, email_key(contact.email),
                              url_key(contact.linkedin_url))


def valid_email(email: str) -> bool:
    return bool(_EMAIL.match(email))


# -- reading the file ---------------------------------------------------------------------------
def decode_csv(data: bytes, what: str = "file") -> str:
    """LinkedIn exports are UTF-8 (often with a BOM); anything else is refused, not mangled."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the CSV as UTF-8",
            what,
        ) from None


def parse_mapping(pairs: Sequence[str]) -> dict[str, str]:
    """`["name=Full Name", "email=E-mail"]` → {"name": "Full Name", "email": "E-mail"}."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        fld, sep, column = pair.partition("=")
        fld, column = fld.strip().lower(), column.strip()
        if not sep or not fld or not column:
            raise InputError(f"expected FIELD=COLUMN, got {pair!r}", "--map")
        if fld == "url":
            fld = "linkedin_url"
        if fld not in FIELDS:
            raise InputError(
                f"unknown field {fld!r} (expected one of: {', '.join(FIELDS)})", "--map"
            )
        mapping[fld] = column
    return mapping


def _norm(cell: str) -> str:
    return " ".join(cell.replace("\ufeff", "").split()).lower()


def _records(text: str) -> Iterable[tuple[int, list[str]]]:
    """(first line number of the record, cells); the csv module handles quoted commas and
    quoted line breaks (LinkedIn's note paragraph is one quoted field)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    line = 1
    try:
        for cells in reader:
            yield line, cells
            line = reader.line_num + 1
    except csv.Error as exc:
        raise InputError(f"not a readable CSV at line {reader.line_num}: {exc}", "file") from None


def _auto_mapping(header: list[str]) -> dict[str, str]:
    """Map recognised header names (LinkedIn's, or the field names themselves) to fields."""
    normed = [_norm(h) for h in header]
    mapping: dict[str, str] = {}
    for fld, names in ALIASES.items():
        for alias in names:
            if alias in normed:
                mapping[fld] = header[normed.index(alias)]
                break
    return mapping


def _find_header(
    records: Iterable[tuple[int, list[str]]], explicit: Mapping[str, str]
) -> tuple[list[str], dict[str, int]]:
    """The header is the first row that names every mapped column, or (with no mapping) the
    first row that names a name column. Returns the header and field → column index."""
    wanted = {_norm(c) for c in explicit.values()}
    for count, (_line, cells) in enumerate(records):
        if count >= _HEADER_SCAN_ROWS:
            break
        normed = [_norm(c) for c in cells]
        if wanted and not wanted <= set(normed):
            continue
        mapping = _auto_mapping(cells)
        mapping.update(explicit)
        has_name = "name" in mapping or {"first_name", "last_name"} & mapping.keys()
        if not has_name:
            if wanted:
                raise InputError(
                    "no name column: map name, or first_name and last_name "
                    "(e.g. --map name='Full Name')",
                    "--map",
                )
            continue
        index = {fld: normed.index(_norm(col)) for fld, col in mapping.items()}
        return cells, index
    if wanted:
        missing = sorted(explicit.values())
        raise InputError(f"no header row names the mapped columns {missing}", "--map")
    raise InputError(
        "no header row found (expected LinkedIn's 'First Name,Last Name,...' or a 'Name' "
        "column; for other columns use --map name=COLUMN)",
        "file",
    )


_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


@lru_cache(maxsize=8192)
def _parse_date(value: str) -> date | None:
    """LinkedIn's "12 Nov 2024" (English, whatever the locale) or ISO, quickly; other common
    forms through strptime. Cached: an export repeats the same dates many times."""
    parts = value.split()
    if len(parts) == 3 and parts[0].isdigit() and parts[2].isdigit() and len(parts[1]) == 3:
        month = _MONTHS.get(parts[1].lower())
        if month:
            try:
                return date(int(parts[2]), month, int(parts[0]))
            except ValueError:
                return None
    with contextlib.suppress(ValueError):
        return date.fromisoformat(value)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def _row_to_contact(
    cells: list[str], index: dict[str, int], header: list[str]
) -> ContactRecord | str:
    """A contact, or the reason the row cannot be one."""

    def get(fld: str) -> str:
        i = index.get(fld)
        return " ".join(cells[i].split()) if i is not None and i < len(cells) else ""

    if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
        return (
            f"{len(cells)} cells but the header has {len(header)} "
            "(an unquoted comma?)"
        )
    name = get("name") or " ".join(p for p in (get("first_name"), get("last_name")) if p)
    name = unicodedata.normalize("NFC", name)
    if not name:
        return "missing name"
    email = get("email")
    if email and not _EMAIL.match(email):
        return f"malformed email {email!r}"
    connected_on = None
    if raw_date := get("connected_on"):
        connected_on = _parse_date(raw_date)
        if connected_on is None:
            column = header[index["connected_on"]]
            return f"malformed date {raw_date!r} in {column!r} (expected e.g. '12 Nov 2024')"
    relationship = get("relationship").lower().replace(" ", "_").replace("-", "_") or "new"
    if relationship not in RELATIONSHIPS:
        return f"unknown relationship {get('relationship')!r} (expected {', '.join(RELATIONSHIPS)})"
    tags = [t.strip() for t in re.split(r"[;,]", get("tags")) if t.strip()]
    return ContactRecord(
        name=name,
        title=get("title") or None,
        institution=get("institution") or None,
        specialty=get("specialty") or None,
        email=email or None,
        linkedin_url=get("linkedin_url") or None,
        relationship=relationship,  # type: ignore[arg-type]
        tags=tags,
        notes=get("notes") or None,
        connected_on=connected_on,
    )


def plan_import(
    text: str, mapping: Mapping[str, str] | None = None, store: Store | None = None
) -> tuple[list[tuple[int, ContactRecord]], list[SkippedRow], int]:
    """Parse and de-duplicate without writing: (new contacts with their line, skipped, total)."""
    records = iter(_records(text))
    header, index = _find_header(records, mapping or {})
    known = _known_from_store(store) if store is not None else _Known()
    accepted: list[tuple[int, ContactRecord]] = []
    skipped: list[SkippedRow] = []
    total = 0
    for line, cells in records:
        if not any(c.strip() for c in cells):
            continue
        total += 1
        result = _row_to_contact(cells, index, header)
        if isinstance(result, str):
            skipped.append(SkippedRow(row=line, reason=result))
            continue
        email, url = email_key(result.email), url_key(result.linkedin_url)
        duplicate = known.duplicate_of(result.name, email, url)
        if duplicate:
            skipped.append(SkippedRow(row=line, reason=duplicate))
            continue
        known.add(f"row {line}", result.name, email, url)
        accepted.append((line, result))
    return accepted, skipped, total


def import_contacts(
    store: Store, text: str, mapping: Mapping[str, str] | None = None
) -> ImportReport:
    """Import the CSV text into the store in one transaction and report what was skipped."""
    accepted, skipped, total = plan_import(text, mapping, store)
    ids = _insert(store, [c for _line, c in accepted]) if accepted else []
    return ImportReport(imported=len(ids), skipped=skipped, total=total, contact_ids=ids)


def _insert(store: Store, contacts: list[ContactRecord]) -> list[int]:
    """One multi-row INSERT ... RETURNING in one transaction: thousands of contacts in well
    under a second, where the ORM's unit of work took seconds. Same columns as the store's
    add_contacts (name_key included)."""
    from sqlalchemy import insert

    from assistant.storage import name_key
    from assistant.storage.tables import ContactRow

    rows = [{**c.model_dump(exclude={"id", "created_at"}), "name_key": name_key(c.name)}
            for c in contacts]
    table = ContactRow.__table__
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    with store.engine.begin() as conn:
        return list(conn.execute(statement, rows).scalars())


def import_file(
    store: Store, path: str, mapping: Mapping[str, str] | None = None
) -> ImportReport:
    from assistant.inputs import read_bytes

    return import_contacts(store, decode_csv(read_bytes(path, "file"), "file"), mapping)
