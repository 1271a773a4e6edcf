"""Shortening a LinkedIn connection note to fit its limit, without inventing anything.

Steps, each only as far as needed: tighten whitespace; drop filler words and stock
pleasantries; drop whole sentences (pleasantries first, then middle sentences from the end),
always keeping the opening (who you are), the ask and the sign-off. Only when the kept
sentences alone are too long is the text cut, at a word boundary, marked with "…", and the
caller says so.
"""

from __future__ import annotations

import re

from assistant.checks.functions import asks_or_commits, polite_only
from assistant.text.sentences import sentence_spans as sentences

_FILLERS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.IGNORECASE), r) for p, r in (
        (r"\bI hope (?:this|my) (?:message|note|email) finds you well[.!]?[ \t]*", ""),
        (r"\bI hope you(?:['’]re| are) (?:doing )?well[.!]?[ \t]*", ""),
        (r"\bI hope (?:all is well|you(?:['’]ve| have) been well)[.!]?[ \t]*", ""),
        (r"\b(?:really|very|truly|just|actually|basically|definitely) (?=\w)", ""),
        (r"\bI would (love|like) to\b", r"I'd \1 to"),
        (r"\bI am\b", "I'm"),
        (r"\bin order to\b", "to"),
        (r"\bas well as\b", "and"),
    )
]
_SO_MUCH = re.compile(r"\b(thank you|thanks) so much\b", re.IGNORECASE)


def _squeeze(text: str) -> str:
    spaced = re.sub(r"[ \t]+", " ", text)  # now no run of blanks is longer than one
    return re.sub(r" ?\n ?(?:\n ?)+", "\n", spaced).strip()


def _is_signoff(sentence: str) -> bool:
    words = sentence.split()
    return len(words) <= 5 and not sentence.rstrip().endswith(("?", "."))


def shorten_note(text: str, limit: int) -> tuple[str, bool]:
    """(shortened text within `limit` characters, whether it had to be cut mid-sentence)."""
    # Far past any real note (a pasted document): only its opening can become the note.
    out = _squeeze(text[: limit * 10])
    if len(out) <= limit:
        return out, False
    out = _SO_MUCH.sub(lambda m: m.group(1), out)
    for pattern, replacement in _FILLERS:
        out = _squeeze(pattern.sub(replacement, out))
    if len(out) <= limit:
        return out, False
    spans = sentences(out)
    if not spans:
        return _cut(out, limit), True
    texts = [out[s:e] for s, e in spans]
    keep = {0}
    asks = [i for i, t in enumerate(texts) if asks_or_commits(t)]
    if asks:
        keep.add(asks[-1])
    if len(texts) > 1 and _is_signoff(texts[-1]):
        keep.add(len(texts) - 1)
    middle = [i for i in range(len(texts)) if i not in keep]
    order = [i for i in reversed(middle) if polite_only(texts[i])]
    order += [i for i in reversed(middle) if i not in order]
    alive = set(range(len(texts)))
    total = len(" ".join(texts))
    for i in order:
        if total <= limit:
            break
        alive.discard(i)
        total -= len(texts[i]) + 1
    joined = " ".join(texts[i] for i in sorted(alive))
    if len(joined) <= limit:
        return joined, False
    return _cut(joined, limit), True


def _cut(text: str, limit: int) -> str:
    """Cut at the last word boundary that leaves room for "…"."""
    room = text[: limit - 1]
    if len(text) > limit - 1 and not text[limit - 1].isspace() and " " in room:
        room = room[: room.rfind(" ")]
    return room.rstrip(" ,;:—–-") + "…"
