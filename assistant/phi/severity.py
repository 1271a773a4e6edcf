"""Severity follows the patient: what sits beside an identifier tied to a patient is theirs too.

A finding is an `error` when something ties it to a patient and a `warning` when nothing says
whose it is. Each recogniser decides that for its own span; this pass carries the tie across
the spans of one person: the other identifiers of a sentence that names a patient ("Mrs.
Castellanos ... in room 5102 on 2/17"), the next sentence when it goes on about them with a
pronoun ("... Mrs. Castellanos. Her CT on 5/14 ..."), a person placed in a ward room ("the guy
in 5N-18 - Mr. Castellanos"), and every other mention of a patient's name.
"""

from __future__ import annotations

from assistant.models import PhiFinding
from assistant.phi.context import MessageContext
from assistant.phi.name_words import CLINICAL_NOUN, POSSESSIVE_TAIL
from assistant.phi.names import clinician_spans
from assistant.phi.sentence_anchors import tells_of_care
from assistant.text.gated import gated
from assistant.text.patterns import lazy

ERROR, WARNING = "error", "warning"
# "Mrs. Rautenberg's fall", "Mr. Dang's forehead lesion": the person's own care or body
POSSESSIVE_TAIL_CARE = lazy(
    POSSESSIVE_TAIL
    + r"|['\u2019]s\s+(?:[a-z]+\s+)?(?:fall|lesion|rash|fracture|ulcer|last\s+days?)\b"
)
# A sentence that goes on about the person just named: "Her CT ...", "He was ...".
_OPENS_THIRD = lazy(r"[\s\"'(]*(?:he|she|his|her|him|they|their)\b")


def tie(ctx: MessageContext, found: list[PhiFinding]) -> list[PhiFinding]:
    """`found` with warnings raised to errors where a patient's identifier ties them."""
    if not any(f.severity == WARNING for f in found):
        return found
    n = len(ctx.sentence_starts)
    tied = [False] * max(n, 1)
    names = [False] * max(n, 1)
    rooms = [False] * max(n, 1)
    patient_words: set[str] = set()
    sentence_tied: dict[int, bool] = {}  # asked once per sentence: a long one stays linear
    # a clinician by title ("Dr. Varga") is never the patient whose tie this carries
    fixed = clinician_spans(ctx.text, [(f.start, f.end) for f in found if f.type == "NAME"])
    found = [f.model_copy(update={"severity": ERROR})
             if (f.start, f.end) not in fixed and _name_in_care(ctx, f, sentence_tied)
             else f for f in found]
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
            f.start, f.end) not in fixed and (
            carried[i] or (f.type == "NAME" and bool(_words(f.text) & patient_words))
        )
        out.append(f.model_copy(update={"severity": ERROR}) if raise_ else f)
    return out


# What ties a person named in a sentence to care, though the sentence's other identifiers (a
# date, a place) may be the writer's: caring for them, a ward or service they were on, the
# events of a stay and of its end, their records sent or asked for.
_NAME_TIE = gated(
    r"\b(?:car(?:ing|ed)\s+for|took\s+care\s+of|taking\s+care\s+of|rounded\s+(?:together\s+)?"
    r"on|shared|stay(?:ed|ing)\s+late|called\s+(?:you\s+|me\s+)?about|last\s+days?|funeral|"
    r"we\s+lost|passed\s+away|arrived\s+(?:by|via)|ems|triage|waiting\s+room|sepsis\s+alert|"
    r"rapid\s+responses?|m&m|(?:dc|discharge)\s+planning|(?:labs|path|records|imaging|results|"
    r"scans?|notes?)\s+(?:from\s+[^;!?\n]{1,40}?\s+)?(?:for|on)|kept\s+pulling|pulling\s+(?:his|her)|"
    r"bed\s+alarm|(?:from|in|on)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:icu|micu|sicu|ccu|cvicu|picu|nicu|"
    r"step-?down|onc(?:ology)?\s+service|\d{1,2}\s?(?:north|south|east|west)))\b", words=False)


# Care terms CLINICAL_NOUN leaves out (it also reads appositions, where they would mislead).
_MORE_CARE_TERMS = gated(
    r"\b(?:pleurx|sarcoid\w*|abscess\w*|echo|x-?rays?|scans?|ama|bleed|tumou?r\s+board|"
    r"(?:clinic|hospital|er|ed)\s+visits?|(?:his|her)\s+lines|diagnos\w+|consult)\b", words=False)


def _name_in_care(ctx: MessageContext, f: PhiFinding, sentence_tied: dict[int, bool]) -> bool:
    """A name found as a warning whose sentence ties that person to care ("caring for Ms.
    Achebe", "Mr. Lindgren's records", "remember Dolores from the cardiac ICU?") or whose own
    care follows the name ("Mrs. Rautenberg's fall")."""
    if f.type != "NAME" or f.severity != WARNING or ctx.in_frame(f.start):
        return False
    if POSSESSIVE_TAIL_CARE.match(ctx.text, f.end) is not None:
        return True
    i = ctx.sentence_index(f.start)
    if i not in sentence_tied:
        span = ctx.sentence_span(f.start)
        # "you were right about Yusuf Ahmadi, it was sarcoid", "the CT for tran van minh": a
        # sentence in clinical words about the person it names
        sentence_tied[i] = (_NAME_TIE.search(ctx.lower, *span) is not None
                            or CLINICAL_NOUN.search(ctx.text, *span) is not None
                            or _MORE_CARE_TERMS.search(ctx.lower, *span) is not None)
    return sentence_tied[i]


def _words(text: str) -> set[str]:
    return {w.strip(".,;:!?()'\"").removesuffix("'s").lower() for w in text.split()
            if len(w.strip(".,;:!?()'\"")) > 2}
