"""Importing contacts from CSV: LinkedIn's own `Connections.csv` export, or any CSV with a
column mapping (`--map name="Full Name" --map email=E-mail`).

LinkedIn's export starts with a few lines of notes before the header row, so the header is
found by looking for it rather than assumed on line 1. Rows are de-duplicated against the store
and within the file by email, then LinkedIn URL, then name, and every skipped row is reported
with its reason, so a re-import of the same file imports nothing. A file is streamed in batches
(bounded memory, short write transactions) and refused up front when over the size limit.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from assistant.errors import InputError
from assistant.network.csvfile import (
    HEADER_SCAN_ROWS,
    SkippedRow,
    check_file,
    csv_records,
    map_columns,
    norm_cell,
)
from assistant.network.dedupe import Known, contact_keys, known_from_store
from assistant.storage.fields import contact_problem, strip_control
from assistant.storage.records import ContactRecord
from assistant.text.patterns import lazy

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
_EMAIL = lazy(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")
BATCH_ROWS = 2000  # rows checked and written per transaction


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


def valid_email(email: str) -> bool:
    return bool(_EMAIL.match(email))


def parse_mapping(pairs: Sequence[str]) -> dict[str, str]:
    """`["name=Full Name", "email=E-mail"]` → {"name": "Full Name", "email": "E-mail"}: the
    contacts import's `--map` (`url` is short for `linkedin_url`)."""
    return map_columns(pairs, FIELDS, {"url": "linkedin_url"})


def _auto_mapping(header: list[str]) -> dict[str, str]:
    """Map recognised header names (LinkedIn's, or the field names themselves) to fields."""
    normed = [norm_cell(h) for h in header]
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
    wanted = {norm_cell(c) for c in explicit.values()}
    written = False  # any cell with text: an empty file is said to be empty
    for count, (_line, cells) in enumerate(records):
        if count >= HEADER_SCAN_ROWS:
            break
        written = written or any(c.strip() for c in cells)
        normed = [norm_cell(c) for c in cells]
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
        index = {fld: normed.index(norm_cell(col)) for fld, col in mapping.items()}
        return cells, index
    if not written:
        raise InputError("the file is empty", "file")
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
        return " ".join(strip_control(cells[i]).split()) if i is not None and i < len(cells) \
            else ""

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
    contact = ContactRecord(
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
    return contact_problem(contact) or contact


def plan_import(
    text: str, mapping: Mapping[str, str] | None = None
) -> tuple[list[tuple[int, ContactRecord]], list[SkippedRow], int]:
    """Parse and de-duplicate within the file, writing nothing: (new contacts with their line,
    skipped, total)."""
    records = iter(csv_records(text))
    header, index = _find_header(records, mapping or {})
    known = Known()
    accepted: list[tuple[int, ContactRecord]] = []
    skipped: list[SkippedRow] = []
    total = 0
    for line, result in _parsed(records, index, header):
        total += 1
        if isinstance(result, str):
            skipped.append(SkippedRow(row=line, reason=result))
            continue
        email, url, key = contact_keys(result)
        duplicate = known.admit(line, key, email, url)
        if duplicate:
            skipped.append(SkippedRow(row=line, reason=duplicate))
            continue
        accepted.append((line, result))
    return accepted, skipped, total


def _parsed(
    records: Iterable[tuple[int, list[str]]], index: dict[str, int], header: list[str]
) -> Iterator[tuple[int, ContactRecord | str]]:
    """(line, contact or the reason it is not one) for each non-blank data row."""
    for line, cells in records:
        if any(c.strip() for c in cells):
            yield line, _row_to_contact(cells, index, header)


class _Rows:
    """The contacts this import inserted, as two compact arrays (ids increase batch by
    batch), so a skipped row can say "duplicate of row 12" without a dict per row."""

    def __init__(self) -> None:
        self.ids: array[int] = array("q")
        self.lines: array[int] = array("q")

    def extend(self, ids: Sequence[int], lines: Sequence[int]) -> None:
        self.ids.extend(ids)
        self.lines.extend(lines)

    def line_of(self, contact_id: int) -> int | None:
        i = bisect_left(self.ids, contact_id)
        return self.lines[i] if i < len(self.ids) and self.ids[i] == contact_id else None


def import_records(
    store: Store, records: Iterable[tuple[int, list[str]]],
    mapping: Mapping[str, str] | None = None,
) -> ImportReport:
    """Import CSV records in batches of BATCH_ROWS: each batch is checked against the store
    and written in one short transaction that holds this user's write lock, so concurrent
    imports of one file cannot both add a row, memory stays bounded, and other writers (a
    draft being saved) wait milliseconds, not the whole import."""
    records = iter(records)
    header, index = _find_header(records, mapping or {})
    rows = _Rows()
    skipped: list[SkippedRow] = []
    total = 0
    batch: list[tuple[int, ContactRecord]] = []
    for line, result in _parsed(records, index, header):
        total += 1
        if isinstance(result, str):
            skipped.append(SkippedRow(row=line, reason=result))
            continue
        batch.append((line, result))
        if len(batch) >= BATCH_ROWS:
            _write_batch(store, batch, rows, skipped)
            batch = []
    if batch:
        _write_batch(store, batch, rows, skipped)
    skipped.sort(key=lambda r: r.row)
    return ImportReport(imported=len(rows.ids), skipped=skipped, total=total,
                        contact_ids=list(rows.ids))


def _write_batch(store: Store, batch: list[tuple[int, ContactRecord]], rows: _Rows,
                 skipped: list[SkippedRow]) -> None:
    """Insert-or-skip inside the write transaction: the duplicate check sees every committed
    row, and the store's unique indexes forbid what it might miss."""
    from sqlalchemy import insert

    from assistant.storage.tables import ContactRow

    keyed = [(line, c, *contact_keys(c)) for line, c in batch]
    with store.transaction(lock=True) as s:
        known = known_from_store(store, s, (k[2] for k in keyed), (k[3] for k in keyed),
                                  (k[4] for k in keyed), line_of=rows.line_of)
        accepted: list[tuple[int, ContactRecord]] = []
        for line, contact, email, url, key in keyed:
            duplicate = known.admit(line, key, email, url)
            if duplicate:
                skipped.append(SkippedRow(row=line, reason=duplicate))
                continue
            accepted.append((line, contact))
        if not accepted:
            return
        table = ContactRow.__table__
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        values = [store.contact_values(c) for _line, c in accepted]
        ids = list(s.connection().execute(statement, values).scalars())
    rows.extend(ids, [line for line, _c in accepted])


def import_contacts(
    store: Store, text: str, mapping: Mapping[str, str] | None = None
) -> ImportReport:
    """Import CSV text (an upload) into the user's store; see import_records."""
    return import_records(store, csv_records(text), mapping)


def import_file(
    store: Store, path: str, mapping: Mapping[str, str] | None = None, checked: bool = False
) -> ImportReport:
    """Import a CSV file, streamed: its size is checked against the import limit first, its
    encoding next, then it is read and written batch by batch."""
    from assistant.inputs import reading

    what = "file"
    if not checked:
        check_file(path, store.settings, what)
    with reading(path, what), open(path, encoding="utf-8-sig", newline="") as handle:
        return import_records(store, csv_records(handle), mapping)
