"""The inverted default's other shapes: ages, photos and biometrics, contacts and codes that
`attribution.py` cannot give to a non-patient (dates and rooms: `unattributed_dates.py`; places:
`unattributed_places.py`).

Run by `unattributed.find` on its `Scan` after the person candidates (`unattributed_names.py`):
a sentence where a person was flagged ties its contacts to that person.
"""

from __future__ import annotations

import re

from assistant.phi import attribution as attr
from assistant.phi import (
    date_shapes,
    kin,
    likeness,
    ownership,
    rows,
    shapes,
)
from assistant.phi.id_shapes import TOLL_FREE
from assistant.phi.unattributed_dates import (
    CLINICAL_ROW,
    OWN_THING_BEFORE,
    block_tells_care,
)
from assistant.phi.unattributed_scan import (
    ERROR,
    PROFESSIONAL_SUBJECT,
    Scan,
)
from assistant.text.gated import gated
from assistant.text.patterns import lazy


def ages_and_likeness(scan: Scan) -> None:
    """Ages of 90 and over, biometrics and photos, unless the writer's own or in the frame."""
    ctx, lower, anchors, out, severity = scan.ctx, scan.lower, scan.anchors, scan.out, scan.severity
    in_table = {r.start: r for r in scan.row_shapes() if r.type == "AGE"}
    for shape in [*date_shapes.ages(lower), *in_table.values()]:
        i = ctx.sentence_index(shape.start)
        if not anchors.patient[i] and PROFESSIONAL_SUBJECT.match(lower, anchors.spans[i][0]):
            continue  # "Our emeritus professor turned 92": a colleague's age
        if not attr.in_frame(ctx, shape.start) and not ownership.own_or_aggregate_age(
            ctx, shape.start, shape.end
        ):
            # "A centenarian woman developed heat stroke": an age told in clinical words is the
            # person's whose care it is
            table = shape.start in in_table and block_tells_care(
                scan, rows.list_head(lower, attr.line_start_of(lower, shape.start)), shape.start)
            out.add("AGE", shape.start, shape.end, severity(i, anchors.person[i] or table
                                                            or scan.clinical_words(i)))
    for shape in likeness.biometrics(lower):
        i = ctx.sentence_index(shape.start)
        if not attr.in_frame(ctx, shape.start):
            out.add("ID", shape.start, shape.end, severity(i, True))
    for shape in likeness.photos(lower):
        i = ctx.sentence_index(shape.start)
        if shape.weak and not (anchors.patient[i] or anchors.care[i]):
            continue  # "Dr. Lee sent his picture for the flyer": a colleague's own
        if " " not in lower[shape.start : shape.end] and not (
            anchors.patient[i] or anchors.person[i]
        ):
            continue  # "thanks for the selfie from the gala": whose, nothing says
        if not attr.in_frame(ctx, shape.start):
            out.add("PHOTO", shape.start, shape.end, severity(i, anchors.person[i]
                                                              or scan.clinical_words(i)))


def contacts_and_codes(scan: Scan) -> None:
    """Contact details the patient or their family owns, and SSNs and labelled record codes."""
    ctx, text, lower, anchors, out = scan.ctx, scan.text, scan.lower, scan.anchors, scan.out
    severity, person_sentences = scan.severity, scan.person_sentences
    for shape in shapes.contacts(text):
        i = ctx.sentence_index(shape.start)
        tied_here = anchors.patient[i] or i in person_sentences
        owner = ownership.contact_owner(ctx, shape.start, tied_here)
        value = text[shape.start : shape.end]
        if owner == "professional" or (owner is None and ownership.institutional(value)) or (
                TOLL_FREE.fullmatch(value)):
            continue  # a toll-free number is an organisation's line, whoever calls it
        personal = ownership.personal_host(value) and (
            scan.about_patients or _someones_relative(lower, shape.start))
        tied_here = tied_here or anchors.person[i] or anchors.care[i]
        if not tied_here and owner != "patient" and not personal and shape.type != "IP_ADDRESS":
            # a link or number in a message about no one: nothing says it is a patient's (an
            # IP address is no one's networking detail: a warning whoever's it is)
            continue
        kind = "FAX" if shape.type == "PHONE" and "fax" in lower[max(0, shape.start - 40) :
                                                                shape.start] else shape.type
        out.add(kind, shape.start, shape.end, severity(i, owner == "patient"))
    for i, span in enumerate(anchors.spans if shapes.may_hold_plate(text, lower) else ()):
        if not anchors.patient[i] and not anchors.person[i]:
            continue  # "my car (CA 8XYZ441) is in lot B": a plate of no one cared for
        for shape in shapes.plates(text, lower, span):
            own = OWN_THING_BEFORE.search(lower, max(span[0], shape.start - 40), shape.start)
            if not own and not attr.in_frame(ctx, shape.start):
                out.add("VEHICLE", shape.start, shape.end, severity(i, anchors.patient[i]))
    for s, e in shapes.subject_numbers(text):
        # "Subject: FW: 00847362 path back": a record number a subject line carries unlabelled
        i = ctx.sentence_index(s)
        if not attr.in_frame(ctx, s):
            out.add("MRN", s, e, severity(i, CLINICAL_ROW.search(lower, *anchors.spans[i])
                                          is not None))
    for shape in [*shapes.ssns(text, lower), *shapes.labelled_codes(text, lower, scan.labels)]:
        i = ctx.sentence_index(shape.start)
        if attr.in_frame(ctx, shape.start):
            continue
        if not shape.strong and anchors.shield[i] and not anchors.patient[i]:
            continue
        out.add(shape.type, shape.start, shape.end, ERROR if shape.strong else severity(i))


# "daughter's email for the forms:", "the son's cell": a relative of someone the writer does
# not name as their own (not "my daughter's", "Dr. Lee's son's")
_RELATIVE_BEFORE = gated(
    r"(?P<who>\b[\w.'\u2019]+\s+)?\b(?:"
    rf"{kin.alternation(kin.CHILDREN, kin.SPOUSES, kin.NIECES_NEPHEWS, kin.GRANDCHILDREN)}|"
    rf"{kin.alternation(kin.SIBLINGS, kin.PARENTS)})['\u2019]?s?\b[^.;!?\n]{{0,45}}$",
    words=False)
_OWN_OR_COLLEAGUES = lazy(r"(?:my|our|your|dr\.?\s*\w+['\u2019]s|[A-Z]\w+['\u2019]s)\s+$",
                                re.IGNORECASE)


def _someones_relative(lower: str, pos: int) -> bool:
    m = _RELATIVE_BEFORE.search(lower, max(0, pos - 60), pos)
    return m is not None and not (m.group("who") and _OWN_OR_COLLEAGUES.match(m.group("who")))
