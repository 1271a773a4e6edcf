"""Text fit for a terminal: stored strings (an imported CSV cell, a contact's name, a model's
draft) may hold escape sequences that retitle, clear or rewrite the screen, a carriage return
that overwrites a printed line, or bidirectional overrides that show text in another order.
Human CLI output passes `safe()`; one-line fields pass `one_line()`. JSON output is left as
data (json.dumps escapes C0 controls itself)."""

from __future__ import annotations

from typing import Any, TextIO

from assistant.text.patterns import lazy

# ESC followed by a CSI, OSC, DCS/SOS/PM/APC string or a single final byte; the 8-bit CSI too.
_ESCAPE = lazy(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|[ -/]*[0-~]?)"
    r"|\x9b[0-?]*[ -/]*[@-~]?|\x9d[^\x07\x1b\x9c]*(?:\x07|\x9c)?",
)
# C0 controls but tab and newline, DEL, C1 controls, bidirectional marks and overrides.
_CONTROL = lazy(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                      r"\u2066-\u2069]")


def safe(text: str) -> str:
    """`text` without escape sequences and control characters; tabs and newlines stay
    (a carriage return before a newline is dropped, any other becomes a newline)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", _ESCAPE.sub("", text))


def one_line(text: Any) -> str:
    """A stored field on one line: `safe()`, with line breaks and tabs as spaces."""
    return " ".join(safe(str(text)).split())


class SafeWriter:
    """A stdout that passes every write through `safe()` (installed by the CLI for human
    output, so a command cannot forget it)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(safe(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
