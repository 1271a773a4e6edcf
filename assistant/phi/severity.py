"""Severity follows the patient: what sits beside an identifier tied to a patient is theirs too.

A finding is an `error` when something ties it to a patient and a `warning` when nothing says
whose it is. Each recogniser decides that for its own span; this pass carries the tie across
the spans of one person: the other identifiers of a sentence that names a patient ("Mrs.
Castellanos ... in room 5102 on 2/17"), the next sentence when it goes on about them with a
pronoun ("... Mrs. Castellanos. Her CT on 5/14 ..."), a person placed in a ward room ("the guy
in 5N-18 - Mr. Castellanos"), and every other mention of a patient's name.
"""

from __future__ import annotations

import re

from assistant.models import PhiFinding
from assistant.phi.context import MessageContext
from assistant.phi.sentence_anchors import tells_of_care

ERROR, WARNING = "error", "warning"
# A sentence that goes on about the person just named: "Her CT ...", "He was ...".
_OPENS_THIRD = re.compile(r"[\s\"'(]*(?:he|she|his|her|him|they|their)\b")


def tie(ctx: MessageContext, found: list[PhiFinding]) -> list[PhiFinding]:
    """`found` with warnings raised to errors where a patient's identifier ties them."""
    if not any(f.severity == WARNING for f in found):
        return found
    n = len(ctx.sentence_starts)
    tied = [False] * max(n, 1)
    names = [False] * max(n, 1)
    rooms = [False] * max(n, 1)
    patient_words: set[str] = set()
    for f in found:
        if ctx.in_frame(f.start):
            continue
        i = ctx.sentence_index(f.start)
        if f.severity == ERROR:
            tied[i] = True
            if f.type == "NAME":
                patient_words.update(_words(f.text))
        names[i] = names[i] or f.type == "NAME"
        rooms[i] = rooms[i] or f.type == "ROOM"
    carried = list(tied)
    for i in range(n):
        # a named person in a ward room is a patient
        carried[i] = carried[i] or (names[i] and rooms[i])
    for i in range(n - 1):
        # "... Mrs. Castellanos. Her CT on 5/14 ...", "Bea, from bed 3? She went home 6/2."
        if _OPENS_THIRD.match(ctx.lower, ctx.sentence_starts[i + 1]):
            # "remember frank delgado from 5 north? he came back septic": the care told next
            told = names[i] and not carried[i + 1] and tells_of_care(
                ctx.lower, ctx.sentence_starts[i + 1],
                ctx.sentence_starts[i + 2] if i + 2 < n else len(ctx.lower))
            carried[i] = carried[i + 1] = carried[i] or carried[i + 1] or told
    out = []
    for f in found:
        i = ctx.sentence_index(f.start)
        raise_ = f.severity == WARNING and not ctx.in_frame(f.start) and (
            carried[i] or (f.type == "NAME" and bool(_words(f.text) & patient_words))
        )
        out.append(f.model_copy(update={"severity": ERROR}) if raise_ else f)
    return out


def _words(text: str) -> set[str]:
    return {w.strip(".,;:!?()'\"").removesuffix("'s").lower() for w in text.split()
            if len(w.strip(".,;:!?()'\"")) > 2}
