"""Reading a CSV the user gives us, for every CSV import (contacts, conference programs): UTF-8
only (a BOM allowed), `--map FIELD=COLUMN` pairs, records with the line a spreadsheet shows,
and the size, row and encoding limits checked before anything is written. Nothing here knows
what a row means; each importer reads its own fields.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import stat
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, TextIO

from pydantic import BaseModel

from assistant.errors import InputError

if TYPE_CHECKING:
    from assistant.config import Settings

#: How many rows may come before the header (LinkedIn's export opens with notes).
HEADER_SCAN_ROWS = 50


class SkippedRow(BaseModel):
    row: int  # the line number in the file, as a spreadsheet shows it
    reason: str


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


def map_columns(pairs: Sequence[str], fields: Sequence[str],
                aliases: Mapping[str, str] | None = None) -> dict[str, str]:
    """`["name=Full Name", "email=E-mail"]` → {"name": "Full Name", "email": "E-mail"}: the
    `--map` option of every CSV import, each passing its own fields (and field aliases)."""
    aliases = aliases or {}
    mapping: dict[str, str] = {}
    for pair in pairs:
        fld, sep, column = pair.partition("=")
        fld, column = fld.strip().lower(), column.strip()
        if not sep or not fld or not column:
            raise InputError(f"expected FIELD=COLUMN, got {pair!r}", "--map")
        fld = aliases.get(fld, fld)
        if fld not in fields:
            raise InputError(
                f"unknown field {fld!r} (expected one of: {', '.join(fields)})", "--map"
            )
        mapping[fld] = column
    return mapping


def norm_cell(cell: str) -> str:
    """A header cell as compared with a field's names: no BOM, spaces collapsed, lowercase."""
    return " ".join(cell.replace("\ufeff", "").split()).lower()


def csv_records(source: str | TextIO) -> Iterator[tuple[int, list[str]]]:
    """(first line number of the record, cells) from text or an open file, read lazily; the
    csv module handles quoted commas and quoted line breaks (LinkedIn's note paragraph is one
    quoted field)."""
    stream = io.StringIO(source, newline="") if isinstance(source, str) else source
    reader = csv.reader(stream)
    line = 1
    try:
        for cells in reader:
            yield line, cells
            line = reader.line_num + 1
    except csv.Error as exc:
        raise InputError(f"not a readable CSV at line {reader.line_num}: {exc}", "file") from None


def check_size(size: int, max_mb: float, what: str = "file") -> None:
    """A CSV over the import limit is refused before it is read."""
    if size > max_mb * 1_000_000:
        raise InputError(
            f"{size / 1_000_000:.1f} MB is over the import limit of {max_mb:g} MB "
            "(raise it with OUTREACH_IMPORT_MAX_MB)", what)


def check_lines(lines: int, max_rows: int, what: str = "file") -> None:
    """More lines than the row limit (plus the header and LinkedIn's preamble) is refused
    before anything is written; a quoted line break only makes a file look longer."""
    if lines > max_rows + HEADER_SCAN_ROWS:
        raise InputError(
            f"more than the import limit of {max_rows:,} rows "
            "(raise it with OUTREACH_IMPORT_MAX_ROWS)", what)


def check_upload(data: bytes, settings: Settings, what: str = "file") -> None:
    """An upload (bytes already read) within the import limits, before it is parsed."""
    check_size(len(data), settings.import_max_mb, what)
    check_lines(data.count(b"\n"), settings.import_max_rows, what)


def _check_utf8(path: str, what: str, max_rows: int) -> None:
    """The whole file is UTF-8 and within the row limit, checked in 1 MB pieces before
    anything is written."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = lines = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            lines += chunk.count(b"\n")
            check_lines(lines, max_rows, what)
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                at = offset + exc.start - (len(exc.object) - len(chunk))
                raise InputError(
                    f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {at}); "
                    "save the CSV as UTF-8", what) from None
            offset += len(chunk)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise InputError(f"not UTF-8 text (cut short at offset {offset}); save the CSV "
                             "as UTF-8", what) from None


def check_file(path: str, settings: Settings, what: str = "file") -> None:
    """A readable UTF-8 file within the import limits (size first, without reading it; then
    encoding and rows, read in pieces), before any database is opened."""
    from assistant.inputs import reading

    with reading(path, what):
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(path)
        check_size(info.st_size, settings.import_max_mb, what)
        _check_utf8(path, what, settings.import_max_rows)
