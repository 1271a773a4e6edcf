"""Loading the knowledge base: the guide's principles, message patterns and worked examples.

Each is a Markdown file with YAML front matter (id, title, section, kinds, topic, type) and the
text as its body, so a residency program can add its own without touching code. Loading is
strict: a malformed file stops with one line naming the file and the problem, because a silently
skipped principle would just never be retrieved.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import yaml
from pydantic import ValidationError

from assistant.errors import ConfigurationError
from assistant.models import KINDS, Principle
from assistant.text.patterns import lazy

_ID = lazy(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FRONT = lazy(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)(.*)\Z", re.DOTALL)
_REQUIRED = ("id", "title", "section")


def _parse_file(path: Path, root: Path) -> Principle:
    where = path.relative_to(root) if path.is_relative_to(root) else path
    try:
        raw = path.read_text(encoding="utf-8").removeprefix("\ufeff")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"knowledge file {where}: cannot read it ({exc})") from None
    match = _FRONT.match(raw)
    if not match:
        raise ConfigurationError(
            f"knowledge file {where}: no YAML front matter (it must start with a '---' line "
            "and the keys id, title, section, kinds, topic, type, closed by another '---')"
        )
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigurationError(
            f"knowledge file {where}: invalid YAML front matter{at}: {problem}"
        ) from None
    if not isinstance(meta, dict):
        raise ConfigurationError(f"knowledge file {where}: front matter must be key: value pairs")
    for key in _REQUIRED:
        if not meta.get(key):
            raise ConfigurationError(f"knowledge file {where}: missing '{key}' in front matter")
    meta["id"] = str(meta["id"])
    if not _ID.match(meta["id"]):
        raise ConfigurationError(
            f"knowledge file {where}: id {meta['id']!r} must be kebab-case (e.g. keep-it-brief)"
        )
    if meta["id"] != path.stem:
        raise ConfigurationError(
            f"knowledge file {where}: id {meta['id']!r} must match the file name "
            f"({path.stem!r}), so the file is easy to find from the id a message cites"
        )
    kinds = meta.get("kinds") or []
    if isinstance(kinds, str):
        kinds = [k.strip() for k in kinds.split(",") if k.strip()]
    if not isinstance(kinds, list):
        raise ConfigurationError(f"knowledge file {where}: 'kinds' must be a list of message kinds")
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise ConfigurationError(
            f"knowledge file {where}: unknown kind {unknown[0]!r} in 'kinds' "
            f"(expected one of {', '.join(KINDS)})"
        )
    meta["kinds"] = kinds
    text = " ".join(match.group(2).split())
    if not text:
        raise ConfigurationError(f"knowledge file {where}: no text below the front matter")
    if "text" in meta:
        raise ConfigurationError(
            f"knowledge file {where}: put the text below the front matter, not in a 'text' key"
        )
    try:
        return Principle.model_validate({**meta, "text": text})
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or "front matter"
        problem = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        raise ConfigurationError(f"knowledge file {where}: {field}: {problem}") from None


# The last files read, by folder: their names and bytes, and what they held. A draft reads the
# folder twice (is the index current? the lexical search's corpus); the files are parsed once as
# long as none of them changed.
_read: dict[str, tuple[tuple[tuple[str, bytes | None], ...], list[Principle]]] = {}


def load_principles(knowledge_dir: Path) -> list[Principle]:
    """Every principle, pattern and example under `knowledge_dir`, sorted by id."""
    root = Path(knowledge_dir)
    if not root.is_dir():
        raise ConfigurationError(f"knowledge directory not found: {root}")
    paths = sorted(root.rglob("*.md"))
    contents: list[tuple[str, bytes | None]] = []
    for path in paths:
        try:
            contents.append((str(path), path.read_bytes()))
        except OSError:  # not a file: skipped or reported by the parse below
            contents.append((str(path), None))
    fingerprint = tuple(contents)
    known = _read.get(str(root))
    if known is not None and known[0] == fingerprint:
        return [p.model_copy(deep=True) for p in known[1]]  # each caller its own copies
    principles = _parse_all(root, paths)
    _read[str(root)] = (fingerprint, [p.model_copy(deep=True) for p in principles])
    return principles


def _parse_all(root: Path, paths: list[Path]) -> list[Principle]:
    seen: dict[str, Path] = {}
    principles: list[Principle] = []
    for path in paths:
        if path.name.lower() == "readme.md" or not path.is_file():
            continue
        principle = _parse_file(path, root)
        if principle.id in seen:
            raise ConfigurationError(
                f"knowledge file {path.relative_to(root)}: duplicate id {principle.id!r} "
                f"(also in {seen[principle.id].relative_to(root)})"
            )
        seen[principle.id] = path
        principles.append(principle)
    if not principles:
        raise ConfigurationError(f"no principles found in {root}")
    return sorted(principles, key=lambda p: p.id)


def document_text(p: Principle) -> str:
    """What gets embedded: the title carries most of the meaning, the topic names the area."""
    topic = p.topic.replace("_", " ").replace("-", " ")
    return f"{p.title}. {p.text} ({topic})" if topic else f"{p.title}. {p.text}"


def content_hash(p: Principle) -> str:
    """Changes whenever anything indexed about the principle changes (text, title, tags)."""
    payload = "\x1f".join([
        p.id, p.title, p.text, p.section, ",".join(p.kinds), p.topic, p.type, document_text(p)
    ])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]
