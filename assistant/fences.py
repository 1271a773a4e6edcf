"""Fences around untrusted text in a prompt (pasted notes, the note to improve) that the text
cannot forge.

Each prompt gets a fresh random boundary (`new_boundary`), written on the fence's begin and end
lines; the system message says only a line with that code ends the block. Pasted text never
sees the code, so it cannot close its own block. As a second layer, anything in the text that
looks like a fence line is neutralised before it is fenced, whatever its disguise: the text is
compared after Unicode NFKC normalisation (full-width letters, ligatures), with zero-width and
soft-hyphen characters ignored, any run of whitespace, dashes or underscores between the words,
and in any case ("End\u00a0Pasted  Notes", "ＥＮＤ PASTED-NOTES").
"""

from __future__ import annotations

import re
import secrets
import string
import unicodedata

from assistant.text.patterns import lazy

NOTES = "PASTED NOTES"
NOTE_TO_IMPROVE = "NOTE TO IMPROVE"
MARKERS = (NOTES, NOTE_TO_IMPROVE)
REPLACEMENT = "[fence marker removed]"

_INVISIBLE = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u180e"}
# Between words: any whitespace, dashes, underscores and the like (or none); not . , ; so the
# end of one sentence and the start of the next ("the end. Pasted notes follow") stay text.
_GAP = r"[\s_\-\u2010-\u2015*~|/:=#>+]*"
_LOOK_ALIKE = lazy(
    r"\b(?:BEGIN|END)" + _GAP + "(?:"
    + "|".join(_GAP.join(map(re.escape, m.split())) for m in MARKERS) + r")\b",
    re.IGNORECASE,
)


def new_boundary() -> str:
    """A fresh code for one prompt's fences: 16 random lower-case letters (75 bits). Letters
    only, so the PHI guard at the egress gate never reads it as a number to redact."""
    return "".join(secrets.choice(string.ascii_lowercase) for _ in range(16))


def _normalised(text: str) -> tuple[str, list[int]]:
    """NFKC per character, invisible characters dropped, with the original index of every
    character of the result (so a match maps back onto the text as given)."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        norm = unicodedata.normalize("NFKC", ch) if not ch.isascii() else ch
        out.append(norm)
        where.extend([i] * len(norm))
    return "".join(out), where


def neutralise(text: str) -> str:
    """`text` with every fence look-alike replaced by REPLACEMENT."""
    norm, where = _normalised(text)
    spans = [(where[m.start()], where[m.end() - 1] + 1) for m in _LOOK_ALIKE.finditer(norm)]
    for start, end in reversed(spans):
        text = text[:start] + REPLACEMENT + text[end:]
    return text


def fenced(text: str, marker: str, boundary: str, label: str = "") -> str:
    """`text` between `BEGIN <marker> <boundary>` and `END <marker> <boundary>` lines."""
    head = f"BEGIN {marker} {boundary}" + (f" ({label})" if label else "")
    return f"{head}\n{neutralise(text).strip()}\nEND {marker} {boundary}"
