"""Compiled regex code kept between processes, as Python keeps a module's bytecode.

Compiling a pattern runs the standard library's parser and compiler, written in Python: about a
quarter of the instructions of a cold `outreach check` were spent there. What they produce is a
list of integers that `_sre.compile` turns into a pattern (`re._compiler.compile` does the
same). That list is kept in a file beside the package's bytecode (`__pycache__`, or under
PYTHONPYCACHEPREFIX), keyed by the pattern's source, flags and first characters, and read back
by the next process (each entry decoded only when its pattern is first used): the same code, so
the same pattern and the same matches (`_sre` validates the code it is given; an entry it
refuses, or a file that cannot be read, is compiled again).

The file is written at exit by a process that compiled a pattern the file lacked, unless
writing bytecode is turned off (PYTHONDONTWRITEBYTECODE, `python -B`); it is tied to this
interpreter's version and regex engine, and a change to a pattern only adds an entry.

A shared or read-only install can neither fail nor be misled by it: writing is best effort
(nothing raised at exit), a new file is written under a name of its own and renamed into place,
and every line carries a digest of the engine, key and entry, so a line another engine wrote, a
line cut short or two writers' lines run together is ignored (its pattern compiled afresh).
"""

from __future__ import annotations

import atexit
import base64
import hashlib
import importlib.util
import json
import os
import sys
import tempfile
import threading
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

try:
    import _sre
except ImportError:  # pragma: no cover - another interpreter: nothing is kept
    _sre = None  # type: ignore[assignment]

# What `_sre.compile` takes besides the source: flags, code, groups - 1, group index, names.
Made = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

# Past this many lines the file starts afresh (patterns edited many times over).
_MAX_ENTRIES = 5000
_ENGINE = (f"{sys.implementation.cache_tag}-{'.'.join(map(str, sys.version_info[:3]))}-"
           f"{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}")
_HEADER = f"regex-code 2 {_ENGINE}"  # the file's first line: its format and engine
_lock = threading.Lock()
_stored: dict[str, str] | None = None  # key -> its entry, as JSON text (read when needed)
_lines = 0
_new: dict[str, str] = {}


def cache_path() -> Path | None:
    """Where the code is kept: this package's bytecode folder (None: no place for it)."""
    try:
        pyc = importlib.util.cache_from_source(__file__)
    except (NotImplementedError, ValueError):
        return None
    return Path(pyc).parent / "regex_code.txt"


def _digest(key: str, entry: str) -> str:
    return hashlib.sha1(f"{_ENGINE}\0{key}\0{entry}".encode()).hexdigest()[:16]


def _line(key: str, entry: str) -> str:
    return f"{key}\t{_digest(key, entry)}\t{entry}\n"


def _read() -> dict[str, str]:
    """The file's entries: its first line names the format and engine, then one
    `key<TAB>digest<TAB>entry` a line; a line whose digest does not match is left out."""
    global _stored, _lines
    if _stored is None:
        found: dict[str, str] = {}
        path = cache_path()
        try:
            lines = path.read_text(encoding="utf-8").split("\n") if path else []
        except (OSError, ValueError):
            lines = []
        if lines and lines[0] == _HEADER:
            for line in lines[1:]:
                key, _, rest = line.partition("\t")
                digest, _, entry = rest.partition("\t")
                if entry and digest == _digest(key, entry):
                    found[key] = entry
            _lines = len(lines)
        _stored = found
    return _stored


def _key(source: str, flags: int, first: str, tree: bool) -> str:
    return hashlib.sha1(f"{int(tree)}\0{flags}\0{first}\0{source}".encode()).hexdigest()[:24]


def compiled(source: str, flags: int, make: Callable[[], Made], *, first: str = "",
             tree: bool = False) -> Any:
    """The pattern `make()` describes for `source`, from the kept code when there is some.
    `first` and `tree` name how `make` compiles (they are part of the key)."""
    if _sre is None:
        return None
    key = _key(source, flags, first, tree)
    entry = _read().get(key)
    if entry is not None:
        try:
            final, packed, groups, index, names = json.loads(entry)
            code = array("I", base64.b64decode(packed)).tolist()
            return _sre.compile(source, final, code, groups, index, tuple(names))
        except Exception:  # noqa: BLE001 - a damaged or refused entry is compiled again
            pass
    final, code, groups, index, names = make()
    pattern = _sre.compile(source, final, code, groups, index, names)
    if not sys.dont_write_bytecode:
        packed = base64.b64encode(array("I", code).tobytes()).decode("ascii")
        text = json.dumps([final, packed, groups, dict(index), list(names)],
                          separators=(",", ":"))
        with _lock:
            if not _new:
                atexit.register(_write)
            _new[key] = text
    return pattern


def _write() -> None:
    """Add what this process compiled to the file: appended as whole lines (another process
    may append too), or a new file when there is none, it is another engine's or too long.
    Best effort: a read-only or full disk, a missing folder or any other failure leaves the
    file as it was and raises nothing (the next process compiles again)."""
    try:
        path = cache_path()
        if path is None or not _new:
            return
        lines = "".join(_line(key, entry) for key, entry in _new.items()).encode("utf-8")
        if _stored and _lines + len(_new) <= _MAX_ENTRIES:
            _append(path, lines)
        else:
            _replace(path, _HEADER.encode("utf-8") + b"\n" + lines)
    except Exception:  # noqa: BLE001 - a cache: it must never fail the run that fills it
        return


def _append(path: Path, data: bytes) -> None:
    """`data` added at the file's end (O_APPEND: each write lands after whatever another
    process appended; a line cut short by a failed write fails its digest)."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def _replace(path: Path, data: bytes) -> None:
    """The whole file written under a name no other process uses, then renamed into place:
    a reader sees the old file or the new one, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def compile_kept(source: str, flags: int = 0) -> Any:
    """`re.compile(source, flags)` through the kept code."""
    import re

    flags = int(flags)
    if _sre is None or flags & re.DEBUG:
        return re.compile(source, flags)
    try:
        return compiled(source, flags, lambda: _plain_code(source, flags))
    except Exception:  # noqa: BLE001 - re.compile raises the pattern's own error, if any
        return re.compile(source, flags)


def _plain_code(source: str, flags: int) -> Made:
    """What `re._compiler.compile` gives `_sre.compile` for `source`."""
    from re import _compiler, _parser

    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    state = parsed.state
    index: list[str | None] = [None] * state.groups
    for name, i in state.groupdict.items():
        index[i] = name
    return flags | state.flags, code, state.groups - 1, state.groupdict, tuple(index)
