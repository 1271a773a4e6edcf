"""Failures of the machine around the assistant (its database, data directory, principle
index) as one line naming the setting or file, for the CLI and the app.

A database driver's error carries the SQL statement, its parameters and a link to a web page
("Background on this error at: ..."); a full disk showed `CREATE TABLE ...`. None of that helps
the resident, and parameters may hold their data. So only the driver's own first line is kept
(e.g. "database is locked", "attempt to write a readonly database", "connection refused"),
with credentials masked, beside the setting or file to look at.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from assistant.config import Settings, masked_url, scrub_urls
from assistant.errors import ConfigurationError, OutreachError

_PREFIXES = ("sqlalchemy.", "sqlite3", "psycopg", "chromadb.")


def _first_line(text: str, limit: int = 160) -> str:
    line = next((ln.strip() for ln in str(text).splitlines() if ln.strip()), "")
    line = line.split("[SQL:")[0].split("(Background on this error")[0].strip()
    line = scrub_urls(line)
    return line if len(line) <= limit else line[: limit - 1] + "…"


def database_where(settings: Settings) -> str:
    if settings.database_url:
        return f"the database at DATABASE_URL={masked_url(settings.database_url)}"
    return f"the SQLite database {(settings.data_dir / 'outreach.db').resolve()} " \
           "(OUTREACH_DATA_DIR)"


def _is_index_error(exc: BaseException) -> bool:
    module = type(exc).__module__ or ""
    return module.startswith("chromadb") or any(
        (type(e).__module__ or "").startswith("chromadb") for e in _chain(exc))


def _chain(exc: BaseException) -> list[BaseException]:
    out: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and len(out) < 10:
        out.append(seen)
        seen = seen.__cause__ or seen.__context__
    return out


_ALWAYS = (errno.ENOSPC, errno.EROFS, errno.EDQUOT)  # a full or read-only disk, wherever


def _related(path: Path, root: Path) -> bool:
    """`path` is the data directory, inside it, or one of the folders it should be made in."""
    path, root = path.resolve(), root.resolve()
    return path == root or root in path.parents or path in root.parents


def _os_error(exc: OSError, settings: Settings | None) -> OutreachError | None:
    """A full or read-only disk anywhere, or any failure on a path in the data directory."""
    name = str(exc.filename or "")
    inside = bool(name) and settings is not None and _related(Path(name), settings.data_dir)
    if exc.errno not in _ALWAYS and not inside:
        return None
    where = f" {name}" if name else ""
    return ConfigurationError(f"cannot use{where}: {exc.strerror or type(exc).__name__} "
                              "(check OUTREACH_DATA_DIR and the free space on its disk)")


def explain(exc: BaseException, settings: Settings | None) -> OutreachError | None:
    """One-line error for a database, data-directory or index failure; None when `exc` is
    something else (a bug, which the caller reports as such)."""
    module = type(exc).__module__ or ""
    if isinstance(exc, OSError) and not module.startswith(_PREFIXES):
        return _os_error(exc, settings)
    if settings is None:
        return None
    if module.startswith("chromadb") or _is_index_error(exc):
        where = (f"the Chroma server at CHROMA_HOST={settings.chroma_host} "
                 f"CHROMA_PORT={settings.chroma_port}" if settings.chroma_host
                 else f"the principle index {settings.data_dir / 'chroma'} (OUTREACH_DATA_DIR)")
        return ConfigurationError(
            f"{where} cannot be used ({_first_line(str(exc)) or type(exc).__name__}); "
            "run `outreach index --rebuild`")
    if module.startswith(_PREFIXES):
        orig: Any = getattr(exc, "orig", None) or exc
        reason = _first_line(str(orig)) or type(orig).__name__
        return ConfigurationError(f"{database_where(settings)} cannot be used: {reason}")
    return None
