"""Prompt files in `prompts/`, loaded by name and validated.

A prompt is plain Markdown with `$name` (or `${name}`) variables, so someone who is not a
programmer can read and edit it (see prompts/README.md). Rendering is strict: a variable the
file uses but the caller does not give is a ConfigurationError naming it — never an empty
string — and so is a malformed `$` sign. HTML comments (`<!-- ... -->`) are notes for editors
and are not sent to the model.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache
from pathlib import Path

from assistant.config import Settings, get_settings
from assistant.errors import ConfigurationError
from assistant.text.patterns import lazy

COMMENT = lazy(r"<!--.*?-->\s*", re.DOTALL)
NAME = lazy(r"^[a-z][a-z0-9_]*$")


@lru_cache(maxsize=64)
def _load(path: Path, mtime: float) -> string.Template:
    text = COMMENT.sub("", path.read_text(encoding="utf-8")).strip() + "\n"
    template = string.Template(text)
    if not template.is_valid():
        bad = next(
            (m.group(0) for m in template.pattern.finditer(text) if m.group("invalid") is not None),
            "$",
        )
        raise ConfigurationError(
            f"prompt {path.name}: a stray '$' near {bad!r} (write $$ for a dollar sign)"
        )
    return template


def prompt_path(name: str, settings: Settings | None = None) -> Path:
    if not NAME.match(name):
        raise ConfigurationError(f"invalid prompt name {name!r}")
    settings = settings or get_settings()
    return Path(settings.prompts_dir) / f"{name}.md"


def load_prompt(name: str, settings: Settings | None = None) -> string.Template:
    """The validated template for `prompts/<name>.md`."""
    path = prompt_path(name, settings)
    try:
        mtime = path.stat().st_mtime
    except FileNotFoundError:
        raise ConfigurationError(f"prompt file not found: {path}") from None
    return _load(path, mtime)


def variables(name: str, settings: Settings | None = None) -> set[str]:
    """The variables a prompt file uses."""
    return set(load_prompt(name, settings).get_identifiers())


def render(name: str, settings: Settings | None = None, **values: object) -> str:
    """Fill a prompt. Every variable it uses must be given, as a non-None value."""
    template = load_prompt(name, settings)
    needed = template.get_identifiers()
    missing = [v for v in needed if values.get(v) is None]
    if missing:
        raise ConfigurationError(
            f"prompt {name}.md: missing value for variable ${missing[0]}"
            + (f" (and {', '.join('$' + m for m in missing[1:])})" if missing[1:] else "")
        )
    return template.substitute({k: str(v) for k, v in values.items() if v is not None})
