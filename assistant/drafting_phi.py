"""What the engines are given of a request: PHI found in it redacted for a model, or left out
for the offline engine.

PHI policy (redaction, not refusal): before a model call every text field of the request goes
through `assistant.phi.redact`, so the model sees typed tags instead of identifiers, and the
notice lists what was withheld. Redaction lets the resident keep drafting when a pasted thread
mentions a patient; refusing would only push them to delete context by hand. The two parties'
own names pass through untouched because the PHI guard is context-aware (a correspondent's
name is not a patient's); email addresses and the signature are never sent (the signature is
added back locally). The offline
engine never leaves the machine, but it still leaves out any field holding PHI, because the
draft itself goes out by email. Every draft is checked again on the way back (`phi` finding).
Whatever a call finally carries (the revision round's previous answer, findings and suggestions
too) passes the egress gate in `assistant.egress`, which redacts it again and refuses to send
it if the PHI guard still finds anything; revision feedback is computed against the redacted
request, and the model's previous answer is sent back without the locally added signature.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from assistant.models import DraftRequest
from assistant.text.patterns import lazy

STRUCTURED = {("kind",), ("channel",), ("tone",), ("today",), ("meeting", "date"),
              ("contact", "relationship")}
NEVER_SENT = {("sender", "email"), ("contact", "email"), ("sender", "signature")}


@dataclass
class Protected:
    """A request made safe for a model, and what was withheld."""

    request: DraftRequest
    withheld: list[str] = field(default_factory=list)  # "notes: NAME, DATE"
    tags: list[str] = field(default_factory=list)


def _walk_strings(data: Any, path: tuple[str, ...], fn: Callable[[tuple[str, ...], str], Any]
                  ) -> Any:
    if isinstance(data, str):
        return fn(path, data)
    if isinstance(data, dict):
        return {k: _walk_strings(v, (*path, k), fn) for k, v in data.items()}
    if isinstance(data, list):
        return [_walk_strings(v, (*path, str(i)), fn) for i, v in enumerate(data)]
    return data


def protect(request: DraftRequest) -> Protected:
    """Redact PHI in every text field the model will see (see the module docstring)."""
    from assistant.phi import correspondent_names, find_phi, redact

    known = correspondent_names(request)

    withheld: list[str] = []
    tags: list[str] = []

    def visit(path: tuple[str, ...], text: str) -> str | None:
        key = path[:2]
        if key in NEVER_SENT:
            return None
        if path in STRUCTURED:
            return text
        found = find_phi(text, known)
        if not found:
            return text
        redacted, mapping = redact(text, known)
        types = sorted({f.type for f in found})
        label = ".".join(p for p in path if not p.isdigit())
        withheld.append(f"{label} ({', '.join(types)})")
        tags.extend(str(t) for t in (mapping or {}))
        return redacted

    data = _walk_strings(request.model_dump(mode="json"), (), visit)
    return Protected(DraftRequest.model_validate(data), withheld, tags)


# A title before a patient's name, a preposition before a room or bed: part of what goes.
_BEFORE_NAME = lazy(r"(?:\b(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)$", re.IGNORECASE)  # "my pt mr Garza"
_BEFORE_PLACE = lazy(r"\s*\b(?:in|at|on|from)\s+$", re.IGNORECASE)
_PATIENT_BEFORE = lazy(r"\b(?:patients?|pts?)\s+$", re.IGNORECASE)


# A clause after the name's, with "he"/"she" as its subject: the person named, now "a patient"
_HIS_CLAUSE = lazy(r"(?:\s*[,;]\s*(?:and\s+|but\s+|so\s+)?|\s+(?:and|but|so)\s+)(?:he|she)\b"
                   r"(?:['’]s)?[^,;.!?\n]*", re.IGNORECASE)


def without_identifiers(text: str, found: list) -> str:
    """`text` with only the identifying spans the PHI guard found taken out, so the clinical
    point stays: "after we saw Mr. Jenkins in room 4" -> "after we saw a patient"; "our patient
    John Park in clinic" -> "our patient in clinic". Every span of a field that names a patient
    goes, warnings included (they are that patient's too); a later clause whose subject is "he"
    or "she" goes with a name ("saw Mr X in clinic, he says hi")."""
    named = any(f.type == "NAME" for f in found)
    for f in sorted(found, key=lambda f: f.start, reverse=True):
        start, end = f.start, f.end
        head = text[:start]
        if f.type == "NAME":
            title = _BEFORE_NAME.search(head)
            start = title.start() if title else start
            repl = "" if _PATIENT_BEFORE.search(text[:start]) else "a patient"
        else:
            place = _BEFORE_PLACE.search(head)
            start = place.start() if place else start
            repl = ""
        text = text[:start] + repl + text[end:]
    if named:  # ", he sends his regards": a clause whose subject was the person named goes too
        text = _HIS_CLAUSE.sub("", text)
    return re.sub(r"[ \t]{2,}", " ", re.sub(r"\s+([,.;:!?])", r"\1", text)).strip()


def strip_phi_fields(request: DraftRequest) -> Protected:
    """For the offline engine: leave out every field that holds PHI rather than copy it."""
    from assistant.drafting_writer import writer_lead, writers_findings
    from assistant.phi import correspondent_names, find_phi

    withheld: list[str] = []
    known = correspondent_names(request)

    def visit(path: tuple[str, ...], text: str) -> str | None:
        if path[:2] in NEVER_SENT or path in STRUCTURED:
            return text
        # Withheld: what the guard is sure is a patient's. An identifier it cannot attribute
        # (a warning: "send him my cv by fri") stays in this local draft, where the draft's own
        # phi check asks the resident about it; a model never sees it (`protect` redacts both).
        every = find_phi(text, known)
        lead = writer_lead(path)  # the resident's own plans and news: theirs, not a patient's
        if lead:
            every = writers_findings(text, known, every, lead=lead)
        found = [f for f in every if f.severity == "error"]
        if not found:
            return text
        types = sorted({f.type for f in found})
        label = '.'.join(p for p in path if not p.isdigit())
        kept = without_identifiers(text, every)
        if kept and not any(f.severity == "error" for f in find_phi(kept, known)):
            withheld.append(f"{label} ({', '.join(types)}: only the identifying words)")
            return kept
        withheld.append(f"{label} ({', '.join(types)})")
        return None

    data = _walk_strings(request.model_dump(mode="json"), (), visit)
    for section in ("meeting", "sender"):
        for key in ("topics", "interests"):
            if isinstance(data.get(section, {}).get(key), list):
                data[section][key] = [v for v in data[section][key] if v is not None]
    data["decisions"] = [d for d in data.get("decisions", []) if d is not None]
    return Protected(DraftRequest.model_validate(data), withheld)
