"""Typed placeholders for identifiers, so a hosted model sees "[PATIENT] was admitted on [DATE]"
and the app can restore the originals locally from the mapping."""

from __future__ import annotations

import re

from assistant.models import PhiFinding
from assistant.text.gated import gated

_TAG_OF_TYPE = {"NAME": "PATIENT"}
_CLINICIAN_BEFORE = gated(re.compile(r"\b(?:Dr|Doctor)\.?\s*$"))


def _tag_kind(text: str, finding: PhiFinding) -> str:
    if finding.type == "NAME" and _CLINICIAN_BEFORE.search(text, max(0, finding.start - 10),
                                                           finding.start):
        return "CLINICIAN"
    return _TAG_OF_TYPE.get(finding.type, finding.type)


def redact_with(text: str, findings: list[PhiFinding]) -> tuple[str, dict[str, str]]:
    """Replace `findings` (non-overlapping, in order) with numbered tags when a kind repeats."""
    kinds = [_tag_kind(text, f) for f in findings]
    distinct: dict[str, list[str]] = {}
    for kind, f in zip(kinds, findings, strict=True):
        values = distinct.setdefault(kind, [])
        if f.text not in values:
            values.append(f.text)
    tag_of: dict[tuple[str, str], str] = {}
    for kind, values in distinct.items():
        for n, value in enumerate(values, 1):
            tag_of[(kind, value)] = f"[{kind}_{n}]" if len(values) > 1 else f"[{kind}]"
    pieces: list[str] = []
    mapping: dict[str, str] = {}
    at = 0
    for kind, f in zip(kinds, findings, strict=True):
        tag = tag_of[(kind, f.text)]
        pieces.append(text[at : f.start])
        pieces.append(tag)
        mapping[tag] = f.text
        at = f.end
    pieces.append(text[at:])
    return "".join(pieces), mapping


def restore(text: str, mapping: dict[str, str]) -> str:
    """Put the originals back in place of their tags (e.g. in a model's reply)."""
    if not mapping:
        return text
    pattern = re.compile("|".join(re.escape(tag) for tag in sorted(mapping, key=len, reverse=True)))
    return pattern.sub(lambda m: mapping[m.group()], text)
