"""Reading what the user gives us (files, stdin, JSON) and turning every failure into one
clear InputError line that names the problem and the field."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from assistant.errors import InputError
from assistant.models import DraftRequest

# The largest id, page size or offset taken from the user: PostgreSQL's integer column holds
# no more, and a larger number would crash the query instead of being refused as bad input.
MAX_WHOLE = 2**31 - 1


def read_bytes(source: str, what: str, limit: int | None = None,
               setting: str | None = None) -> bytes:
    """Read a file path, or stdin for '-'. With `limit`, at most limit + 1 bytes are read
    (so /dev/zero or a 50 MB file is refused at once, without reading it all) and more than
    `limit` is an InputError naming the setting that raises it."""
    size = -1 if limit is None else limit + 1
    with reading(source, what):
        if source == "-":
            data = sys.stdin.buffer.read(size)
        else:
            with Path(source).open("rb") as handle:
                data = handle.read(size)
    if limit is not None and len(data) > limit:
        raised = f" (set {setting} to raise the limit)" if setting else ""
        raise InputError(f"larger than the {limit:,}-byte limit{raised}", what)
    return data


@contextmanager
def reading(source: str, what: str) -> Iterator[None]:
    """Turn a failure to open or read the file `source` into one InputError line."""
    try:
        yield
    except FileNotFoundError:
        raise InputError(f"file not found: {source}", what) from None
    except IsADirectoryError:
        raise InputError(f"is a directory, not a file: {source}", what) from None
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror or exc}", what) from None


def decode_text(data: bytes, what: str) -> str:
    """Strict UTF-8: a message with undecodable bytes is refused rather than silently mangled,
    and so is one with a NUL byte (a binary file that happens to decode)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})", what
        ) from None
    nul = text.find("\x00")
    if nul != -1:
        raise InputError(f"binary data, not text (a NUL byte at offset {nul})", what)
    return text.removeprefix("\ufeff")


def read_text(source: str, what: str, limit: int | None = None,
              setting: str | None = None) -> str:
    return decode_text(read_bytes(source, what, limit, setting), what)


def load_json(source: str, what: str, limit: int | None = None,
              setting: str | None = None) -> Any:
    """A JSON value from a file or stdin. A file with nothing in it (or only blanks) is named
    as empty rather than reported as "invalid JSON at line 1 column 1"."""
    text = read_text(source, what, limit, setting)
    if not text.strip():
        raise InputError("nothing on stdin" if source == "-" else "the file is empty", what)
    return parse_json(text, what)


def parse_json(text: str, what: str) -> Any:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", what
        ) from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply", what) from None
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise InputError(f"invalid JSON: {str(exc).split(':')[0]}", what) from None
    bad = find_lone_surrogate(data)
    if bad is not None:
        raise InputError("text holds a lone surrogate escape (\\ud800-\\udfff), not valid "
                         "Unicode", bad or what)
    return data


def find_lone_surrogate(value: Any) -> str | None:
    """The dotted path of a string (key or value) holding a lone UTF-16 surrogate ("" for
    the top level), else None. JSON escapes such as "\\ud800" decode to text that cannot be
    printed as UTF-8, so it is refused at the door instead of failing on output."""
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        item, path = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return path
        elif isinstance(item, dict):
            for key, child in item.items():
                child_path = f"{path}.{key}" if path else str(key)
                stack.append((key, child_path))
                stack.append((child, child_path))
        elif isinstance(item, list):
            stack.extend((child, f"{path}.{n}" if path else str(n)) for n, child in enumerate(item))
    return None


def describe_validation_error(exc: ValidationError) -> tuple[str, str]:
    """Turn pydantic's first error into (field, message) in words a resident understands."""
    err = exc.errors()[0]
    field = ".".join(str(part) for part in err["loc"]) or "request"
    kind = err["type"]
    if kind == "extra_forbidden":
        return field, "unknown field"
    if kind == "missing":
        return field, "required field is missing"
    if kind == "literal_error":
        given = err.get("input")
        expected = err.get("ctx", {}).get("expected", "")
        return field, f"unknown value {given!r} (expected {expected})"
    return field, err["msg"]


def parse_request(data: Any, what: str = "request") -> DraftRequest:
    """Validate a decoded JSON value as a draft request."""
    if not isinstance(data, dict):
        raise InputError("a draft request must be a JSON object", what)
    try:
        return DraftRequest.model_validate(data)
    except ValidationError as exc:
        field, message = describe_validation_error(exc)
        raise InputError(message, field) from None


def load_request(source: str, what: str = "request", limit: int | None = None) -> DraftRequest:
    """A draft request from a file or stdin, at most `limit` bytes (OUTREACH_DRAFT_MAX_BYTES)."""
    return parse_request(load_json(source, what, limit, "OUTREACH_DRAFT_MAX_BYTES"), what)


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
