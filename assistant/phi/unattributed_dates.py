"""The inverted default's dates and rooms: a date or a ward bed tied to someone's care (a
sentence where a person was flagged, a labelled or counted hospital day, a case's timeline, a
row of a list that tells of care), and a vague or unowned date beside another finding.

Run by `unattributed.find` on its `Scan` after the person candidates (`unattributed_names.py`);
the other shapes are `unattributed_shapes.py` and `unattributed_places.py`.
"""

from __future__ import annotations

from assistant.phi import attribution as attr
from assistant.phi import (
    date_shapes,
    place_shapes,
    presenting,
    rows,
)
from assistant.phi.colleague_syntax import SENDER_MEETS_CLINICIAN
from assistant.phi.id_shapes import FORUM_AFTER, WRITER_BORN
from assistant.phi.labels import label_before
from assistant.phi.lexicon import (
    CARE_EVENT_VERBS,
    SENDER_SUBJECT,
    STAY_VERBS,
    WARD_PROCEDURE_VERBS,
)
from assistant.phi.no_patient import about_no_patient, work_dated
from assistant.phi.sentence_anchors import COUNTED_GROUP
from assistant.phi.shapes import Shape
from assistant.phi.unattributed_scan import (
    CLINICAL_WORD,
    WARNING,
    Scan,
)
from assistant.text.gated import gated
from assistant.text.patterns import lazy

_CASE_TALK = lazy(r"m&m|family\s+meeting|case\s+report|case\s+series|case\s+presentation")
_FORUM_DATE_BEFORE = gated(
    r"(?:m&m|morbidity\s+and\s+mortality|morning\s+report|tumor\s+board|grand\s+rounds|"
    r"journal\s+club|case\s+conference)\s*(?:[(:,\u2014-]|\s(?:is|was|will\s+be|moved|"
    r"rescheduled|changed|pushed)(?:\s+(?:to|on|for))?)?\s*"
    r"(?:(?:on|this|next)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$"
)
# "Schedule: Admit review (3/9) -> ICU cases (3/10)": a line the program's calendar heads
# "My rotations: 7/1-7/28 wards": a list the writer heads as their own
_SCHEDULE_LINE = gated(
    r"[ \t>*-]*(?:subject:\s*)?(?:[\w&-]+\s+){0,2}(?:schedule|agenda|calendar|syllabus|"
    r"timeline\s+for\s+(?:my|our|the)\s+(?!pt|patient)\w+)\b[^:\n]{0,30}:"
    r"|[ \t>*-]*(?:my|our)\s+(?!pts?\b|patients?\b|pt['\u2019]s)[\w-]+(?:\s+[\w-]+)?\s*:"
)
# "my board exam", "our new lookup tool went live": a thing of the writer's, dated
OWN_THING_BEFORE = gated(
    r"\b(?:my|our)\s+(?:[\w/-]+\s+){1,3}?(?:(?:went\s+live|launched|started|starts|ends|ended|"
    r"is|was|on|due|in)\s+)?$", words=False)
_CARE_WORD = gated(
    rf"\b(?:{STAY_VERBS}|{CARE_EVENT_VERBS}|{WARD_PROCEDURE_VERBS}|patients?|pts?|him|her|them|his|"
    r"their|family|admi\w+|consult|visit|code|rapid|case|clinic|procedure|surgery|biopsy|"
    r"discharge\w*|transfer\w*|[a-z]{0,3}icu|ccu|ward|unit|floor|service|ed|er|or|hospital|"
    r"team|rounds|census|list)\b", words=False)
_WRITER_DID = gated(r"\b(?:i|we|you|u)\s+(?:just\s+|finally\s+)?$", words=False)
_STUDY_PERIOD = gated(
    r"\b(?:between|from)\b[^.;\n]{1,40}?\b(?:and|to|through|until)\b", words=False)
_MANY_PATIENTS = gated(
    r"\b(?:cases|patients|pts|admissions|surgeries|procedures|operations|transplants)\b",
    words=False)


def _patients_day(scan: Scan, pos: int, i: int) -> bool:
    """A counted hospital day ("POD 3 was 11/2") or a date after a label of care ("DOD
    3/4", "admit date: 6/1"), unless the writer or their family is the one born."""
    ctx, lower, anchors = scan.ctx, scan.lower, scan.anchors
    if date_shapes.hospital_day(lower, pos):
        # "For Friday cases, POD 1 (Sat) is covered by ...": a day counted for every patient
        # of a kind (a plural and no one person in the sentence) is a schedule's
        return not (_MANY_PATIENTS.search(lower, *anchors.spans[i])
                    and not attr.THIRD_PERSON.search(lower, *anchors.spans[i]))
    return label_before(ctx, pos, scan.labels) == "DATE" and not (
        about_no_patient(lower, *anchors.spans[i])
        or WRITER_BORN.search(lower, max(0, pos - 40), pos))


def _tied(scan: Scan, pos: int) -> tuple[bool | None, int]:
    """True: someone's care; False: the writer's, an event's or a forum's (the frame, a
    forum, a dated thing of the writer's, a networking event); None: nothing here says
    whose."""
    ctx, text, lower, anchors = scan.ctx, scan.text, scan.lower, scan.anchors
    i = ctx.sentence_index(pos)
    line = attr.line_start_of(lower, pos)
    if attr.in_frame(ctx, pos) or _SCHEDULE_LINE.match(lower, line) or _SCHEDULE_LINE.match(
            lower, rows.list_head(lower, line)) or (scan.has_bar and rows.roster_table(text, pos)):
        return False, i  # the line, or the head of the list or table it is a row of, is a
        # schedule or a roster
    if i in scan.person_sentences or _patients_day(scan, pos, i):
        return True, i
    if _STUDY_PERIOD.search(lower, *anchors.spans[i]) and COUNTED_GROUP.search(
            lower, *anchors.spans[i]) and not attr.THIRD_PERSON.search(lower, *anchors.spans[i]):
        return False, i  # "Of 1,204 admissions between January 4 and June 30, 61 ...": a
        # study's period, told of a counted group and of no one person
    if _FORUM_DATE_BEFORE.search(lower, max(0, pos - 40), pos) or work_dated(lower, pos):
        return False, i  # "M&M (Dec 3)", "approved by the IRB on 1/14": no one's care
    if date_shapes.deadline_before(lower, anchors.spans[i][0], pos) and not (
            anchors.patient[i] or anchors.care[i]):
        return False, i  # "please send him the timeline by Tuesday": a deadline for work
    if not (anchors.patient[i] or anchors.care[i]) and scan.talk(i):
        return False, i  # "Presented on the 2nd by Dr. Sanger": the date of a talk
    event = ctx.nearest_event(pos, start=anchors.spans[i][0])
    own = OWN_THING_BEFORE.search(lower, max(anchors.spans[i][0], pos - 50), pos)
    if own and not _CARE_WORD.search(own.group()):
        return False, i  # "s/p my board exam 10/2", "our MRN lookup tool went live 11/1"
    verb = date_shapes.CARE_VERB_BEFORE.search(lower, max(0, pos - 16), pos)
    # "The gentleman we discussed came back last tuesday; his wife said ...": the person
    # the next sentence goes on about, not the writer
    goes_on = verb is not None and anchors.person_next[i] and not _WRITER_DID.search(
        lower, max(0, verb.start() - 12), verb.start())
    if verb and not verb.group().startswith("on") and (
            anchors.patient[i] or anchors.care[i] or goes_on):
        return True, i  # "the patient we discussed was readmitted last night": the care's
    # "M&M: pt came from ..., leak recognized 11/4": a case told at a forum is the case's
    case_from = min(anchors.spans[i][0], max(0, pos - 60))
    if event == "networking" and not _CASE_TALK.search(lower, case_from, pos):
        return False, i  # "your talk at Grand Rounds on March 3", "after we spoke on ..."
    if not (anchors.patient[i] or anchors.care[i]) and SENDER_MEETS_CLINICIAN.search(
            lower, *anchors.spans[i]):
        return False, i  # "I saw Dr. Ng in the cath lab on Tuesday": the writer's meeting
    if anchors.person[i]:
        return True, i
    if anchors.patient[i]:
        # "Starting residency on June 24, I will have my own patient list": the sender's;
        # "The pt's son drove in to be there on the 14th - should I mention it?": the
        # patient's, told before the writer speaks of themselves
        if event == "patient" or not ctx.sender_is_subject(pos):
            return True, i
        s0 = anchors.spans[i][0]
        told_first = SENDER_SUBJECT.search(text, s0, pos) is None and any(
            s0 <= m.start() < pos and m.group("strong") for m in ctx.cue_matches)
        return told_first, i
    # "I" or "you" in the sentence says who writes, not whose the date is: unknown
    return (True if scan.about_patients and not anchors.shield[i] else None), i


# "Timeline: 4/2 admit ...; 4/6 SDH on CT", "Hospital course: Admitted 2/11 ...": a line a case
# narrative heads (not "Timeline for my application:")
_CASE_LINE = gated(
    r"[ \t>*-]*(?:timeline(?!\s+for\s+(?:my|our)\b)|hospital\s+course|clinical\s+course|"
    r"course|hpi)\s*[:\-\u2013\u2014]"
)
# a care event told of the person the sentence is about: "she re-presented", "he was in our ICU"
_CARE_TOLD = gated(
    rf"\b(?:{STAY_VERBS}|{CARE_EVENT_VERBS}|{WARD_PROCEDURE_VERBS}|re-?presented|presented|"
    r"returned|evaluated|expired|arrived|reintubated|seen|treated|diagnosed|operated|"
    r"in\s+(?:our|the)\s+(?:[a-z]{0,3}icu|ed|er|ccu|hospital|ward|unit))\b", words=False)


_TEST_BEFORE = gated(
    r"\b(?:ct|cta|mri|bx|biopsy|egd|echo|tte|tee|cxr|pet|eeg|ekg|ecg|cath|colonoscopy|scope|"
    r"bcx|ucx|cx|path)\s*[(:]?\s*$", words=False)


def block_tells_care(scan: Scan, head: int, pos: int) -> bool:
    """Do the rows of the list holding `pos` (from its head line to its last row) tell of care?"""
    end = rows.list_end(scan.lower, attr.line_start_of(scan.lower, pos))
    return bool(_CARE_TOLD.search(scan.lower, head, end) or CLINICAL_ROW.search(
        scan.lower, head, end) or CLINICAL_WORD.search(scan.lower, head, end))


# words of a stay's record in a row: "Date of death | 9/30/25", "11/3 BCx GPC", "CHF, diuresing"
CLINICAL_ROW = gated(
    r"\b(?:death|surgery|fall|fever|febrile|admit|d/c|icu|ed|or|ct|mri|tee|bcx|cx|intubated|"
    r"extubated|arrest|rosc|code|chf|dka|ams|bleed|sepsis|pna|uti|fx|diures\w*|full\s+code|dnr|"
    r"s/p|npo|gtt|drip|egd|bx|pt|pts)\b", words=False)


def care_told(scan: Scan, i: int) -> bool:
    """Is sentence `i` about a third person and does it tell a care event of theirs?"""
    anchors, lower = scan.anchors, scan.lower
    span = anchors.spans[i]
    # "Dr. Lindqvist presented on March 14 with her mentor": a talk given, no one's care
    return anchors.person[i] and any(
        not (m.group().startswith("present")
             and presenting.is_talk(lower, m.start(), m.end(), span))
        for m in _CARE_TOLD.finditer(lower, *span))


# "ED arrival 0230 on 1 Jan", "read by rads 11/20 at 0300": a date beside a 24-hour clock time
_CLOCK_BESIDE = lazy(
    r"(?<![\d:/.-])(?:[01]\d|2[0-3])[0-5]\d(?![\d:/.%-])(?!\s*(?:hrs?|hours|mg|ml))"
)
_TIMELINE_CARE = gated(
    r"\b(?:ed|er|icu|ct|cta|mri|tpa|ekg|ecg|rads|code|arrival|arrived|intubat\w*|extubat\w*|"
    r"admi\w+|discharg\w+|transfus\w*|cath\w*|or|ems|triage|labs?)\b", words=False)


def _clocked_care(scan: Scan, shape: Shape, i: int) -> bool:
    """A date within a few words of a 24-hour clock time, in a sentence of ward events: the
    time stamp of someone's care (a meeting is rarely told in "0300")."""
    lower = scan.lower
    near = lower[max(0, shape.start - 14) : shape.end + 14]
    return _CLOCK_BESIDE.search(near) is not None and _TIMELINE_CARE.search(
        lower, *scan.anchors.spans[i]) is not None


# A room named as where a thing is kept or as a landmark: "the code cart in MICU 11", "the
# ice machine outside room 410", "by bed 30's old spot" (lower-cased text, right before it).
_ROOM_OF_A_THING = gated(
    r"(?:\b(?:the|a|an|our|new|old)\s+(?:[\w-]+\s+){0,2}?(?:cart|pump|monitor|fridge|"
    r"refrigerator|pyxis|omnicell|computer|printer|whiteboard|tv|sink|door|light|machine|"
    r"scanner|ultrasound|supplies|supply|closet|equipment|glucometer|workstation|wow|keyboard|"
    r"thermostat|microwave|chair|recliner|couch|desk|phone|charger|badge\s+reader|"
    r"defibrillator|aed|card|poster|flyer|sign|box|bin|plant|cake|donuts)\s+(?:is\s+|was\s+|"
    r"sits\s+|stays\s+)?(?:in|at|outside|inside|by|near|behind|beside|next\s+to|across\s+from)"
    r"|\b(?:by|near|behind|beside|next\s+to|across\s+from|past|down\s+the\s+hall\s+from))"
    r"\s+(?:the\s+)?(?:old\s+|former\s+)?$", words=False)


def dates_and_rooms(scan: Scan) -> tuple[list[tuple[Shape, int]], list[tuple[Shape, int]]]:
    """Dates and rooms tied to someone's care; returns the vague dates and the dates nothing
    ties to anyone, kept for `dates_beside_identifiers`."""
    ctx, text, lower, anchors, out = scan.ctx, scan.text, scan.lower, scan.anchors, scan.out
    severity, person_sentences = scan.severity, scan.person_sentences
    vague = []
    unowned_dates = []  # dates nothing here ties to anyone, kept beside a record number
    found = [*date_shapes.dates(text, lower), *place_shapes.rooms(lower)]
    starts = {f.start for f in found}
    # the dates and beds that open the rows of a list or fill a table's column
    in_rows = [r for r in scan.row_shapes() if r.type != "AGE"]
    found += [r for r in in_rows if r.start not in starts]
    row_starts = {r.start for r in in_rows}
    # "DOS 11/14; returned to ED 11/16 and 11/20": on the line of a labelled or counted day of
    # a patient's stay, the other dates nothing else attributes are that stay's (unless the
    # writer or the reader speaks in their clause)
    stay_lines = {attr.line_start_of(lower, d.start) for d in found if d.type == "DATE"
                  and _patients_day(scan, d.start, ctx.sentence_index(d.start))}
    for shape in found:
        if shape.type == "DATE" and FORUM_AFTER.match(lower, shape.end):
            continue  # "2025-11-03 journal club", "11/14 M&M": the forum's date
        ok, i = _tied(scan, shape.start)
        line = attr.line_start_of(lower, shape.start)
        head = rows.list_head(lower, line)
        case_line = shape.type == "DATE" and (_CASE_LINE.match(lower, line) is not None
                                              or _CASE_LINE.match(lower, head) is not None)
        stay = ok is None and shape.type == "DATE" and not anchors.shield[i] and (
            line in stay_lines or case_line or _clocked_care(scan, shape, i))
        if stay:
            ok = True
        # a row of a list whose rows tell of care ("3/4 - admit, 3/6 - extubated"): the stay's
        row_care = shape.start in row_starts and block_tells_care(scan, head, shape.start)
        # "CT (2026-10-03) showed the mass", "bx 10/6": the date a test was done on someone
        tested = shape.type == "DATE" and ok is not False and _TEST_BEFORE.search(
            lower, max(0, shape.start - 14), shape.start) is not None
        row_care = row_care or tested
        if ok is None and row_care:
            ok = True
        if shape.type == "ROOM" and shape.start in row_starts and not row_care:
            continue  # "Room list for OSCEs: 101 - history taking": rows of no one's care
        if shape.type == "ROOM" and (anchors.meeting[i] or scan.talk(i)) and not (
            anchors.patient[i] or anchors.care[i] or i in person_sentences
        ):
            continue  # "presenting the poster fri 3pm rm 204": where a talk or meeting is
        if shape.type == "ROOM" and place_shapes.ROOM_OURS_AFTER.match(lower, shape.end) and not (
                anchors.patient[i] or anchors.care[i] or i in person_sentences):
            continue  # "room 3B is ours", "rm 214 is booked": the team's room, no one's bed
        if shape.type == "ROOM" and _ROOM_OF_A_THING.search(
                lower, max(anchors.spans[i][0], shape.start - 40), shape.start) and not (
                anchors.patient[i] or anchors.care[i] or anchors.person[i]
                or i in person_sentences):
            continue  # "the code cart in MICU 11 was restocked", "the card is by bed 30's old
            # spot": where a thing is, or a landmark, in a sentence about no one
        if shape.type == "ROOM" and not ok and (not anchors.shield[i] or shape.strong):
            ok = not attr.in_frame(ctx, shape.start)  # "the guy from room 1012": a ward bed
        # "he died in October": a vague date told of the care event itself is the patient's
        if ok and shape.weak and not (anchors.care[i] and date_shapes.CARE_VERB_BEFORE.search(
                lower, max(0, shape.start - 16), shape.start)):
            vague.append((shape, i))
        elif ok:  # a ward bed, a room with someone in it or a hospital day is a patient's
            out.add(shape.type, shape.start, shape.end, severity(i, row_care or (
                shape.strong or scan.clinical_words(i) or CLINICAL_ROW.search(
                    lower, *anchors.spans[i]) is not None if shape.type == "ROOM"
                else stay or case_line or care_told(scan, i)
                or _patients_day(scan, shape.start, i))))
        elif shape.type == "DATE" and ok is None:
            unowned_dates.append((shape, i))
    return vague, unowned_dates


def dates_beside_identifiers(
    scan: Scan, vague: list[tuple[Shape, int]], unowned_dates: list[tuple[Shape, int]]
) -> None:
    """A vague or unowned date in a sentence that holds another finding."""
    ctx, out, severity = scan.ctx, scan.out, scan.severity
    busy: dict[int, list[tuple[int, int]]] = {}
    for a, b in [*out.taken, *((item[0], item[1]) for item in out.items)]:
        busy.setdefault(ctx.sentence_index(a), []).append((a, b))

    def beside(shape: Shape, i: int) -> bool:
        # another finding of the sentence, not one on the date's own words ("Jan-Dec 2024")
        return any(b <= shape.start or shape.end <= a for a, b in busy.get(i, ()))

    for shape, i in vague:
        if beside(shape, i):
            out.add(shape.type, shape.start, shape.end, severity(i))
    # "insulin pump SN: MM780G-44127 alarmed overnight", "a nonagenarian from Huron presented in
    # mid-July": beside another identifier, a date nothing else attributes is identifying too (a
    # warning: nothing says whose)
    for shape, i in unowned_dates:
        if beside(shape, i):
            out.add(shape.type, shape.start, shape.end, WARNING)
