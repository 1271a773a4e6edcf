"""The inverted default's other shapes: care facilities and towns, dates and rooms, ages,
photos and biometrics, residences, contacts and codes that `attribution.py` cannot give to a
non-patient.

Run by `unattributed.find` on its `Scan` after the person candidates (`unattributed_names.py`):
a sentence where a person was flagged ties its dates and contacts to that person.
"""

from __future__ import annotations

import re

from assistant.phi import attribution as attr
from assistant.phi import date_shapes, likeness, name_words, ownership, place_shapes, shapes
from assistant.phi.colleague_syntax import SENDER_MEETS_CLINICIAN
from assistant.phi.id_shapes import FORUM_AFTER, WRITER_BORN
from assistant.phi.labels import label_before
from assistant.phi.lexicon import (
    CARE_EVENT_VERBS,
    CARE_SETTINGS,
    SENDER_SUBJECT,
    STAY_VERBS,
    WARD_PROCEDURE_VERBS,
    about_no_patient,
    work_dated,
)
from assistant.phi.shapes import Shape
from assistant.phi.unattributed_scan import (
    ERROR,
    PROFESSIONAL_SUBJECT,
    WARNING,
    WORKPLACE_BEFORE,
    Scan,
)
from assistant.phi.vocab import zipf
from assistant.text.gated import gated

_CASE_TALK = re.compile(r"m&m|family\s+meeting|case\s+report|case\s+series")
_FORUM_DATE_BEFORE = gated(re.compile(
    r"(?:m&m|morbidity\s+and\s+mortality|morning\s+report|tumor\s+board|grand\s+rounds|"
    r"journal\s+club|case\s+conference)\s*(?:[(:,\u2014-]|\s(?:is|was|will\s+be|moved|"
    r"rescheduled|changed|pushed)(?:\s+(?:to|on|for))?)?\s*"
    r"(?:(?:on|this|next)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$"
))
# "Schedule: Admit review (3/9) -> ICU cases (3/10)": a line the program's calendar heads
_SCHEDULE_LINE = re.compile(
    r"[ \t>*-]*(?:subject:\s*)?(?:[\w-]+\s+){0,2}(?:schedule|agenda|calendar|syllabus|"
    r"timeline\s+for\s+(?:my|our|the)\s+(?!pt|patient)\w+)\b[^:\n]{0,30}:"
)
# "my board exam", "our new lookup tool went live": a thing of the writer's, dated
_OWN_THING_BEFORE = gated(re.compile(
    r"\b(?:my|our)\s+(?:[\w/-]+\s+){1,3}?(?:(?:went\s+live|launched|started|starts|ends|ended|"
    r"is|was|on|due|in)\s+)?$"
), words=False)
_CARE_WORD = gated(re.compile(
    rf"\b(?:{STAY_VERBS}|{CARE_EVENT_VERBS}|{WARD_PROCEDURE_VERBS}|patients?|pts?|him|her|them|his|"
    r"their|family|admi\w+|consult|visit|code|rapid|case|clinic|procedure|surgery|biopsy|"
    r"discharge\w*|transfer\w*|[a-z]{0,3}icu|ccu|ward|unit|floor|service|ed|er|or|hospital|"
    r"team|rounds|census|list)\b"
), words=False)
# "2210 W Shaw Ave the right address for the GME office": an office's address
_WORKPLACE_AFTER = re.compile(
    r"[^.;?!\n]{0,30}?\b(?:for|of)\s+(?:the|our|your|my)\s+(?:[\w&-]+\s+){0,3}(?:office|clinic|"
    r"department|dept|program|hospital|campus|center|centre|school|lab)\b"
)
_LOWER_TOWN = gated(re.compile(
    r"\b(?:lives?|living|moved|went\s+back|going\s+back|headed\s+back|back\s+home|home|"
    r"returned|drives\s+in|came\s+in|is|was|she's|he's)\s+(?:to|in|from|out\s+in|up\s+in)\s+"
    r"(?P<place>(?P<town>[a-z][a-z'-]{3,})(?:\s+county)?)\b"
))
_FACILITY_HOME = gated(re.compile(
    r"\b(?:nursing|group|care|funeral|foster|retirement)\s+$"
), words=False)
_OWN_HOME = gated(re.compile(r"\b(?:i|you|we|my|your|our|u)\b[\w\s']{0,18}$"), words=False)
_RESIDENCE = gated(re.compile(
    r"\b(?:lives?|lived|living|resides?|residing|home\s+address|home\s+(?:to|in)|encampment|"
    r"trailer|farm|ranch|apartment|apt|condo|house|mobile\s+home)\b"
    # "a letter for his landlord at 2210 W Shaw Ave": someone of the patient's, where they live
    r"|\b(?:his|her|their)\s+(?:[a-z]+\s+){0,2}(?:at|on)\s*$"
    # "his place near Chinle", "her place is over on Cedar", "his cousin's place on Olive"
    r"|\b(?:his|her|their)\s+(?:[a-z'\u2019]+\s+)?(?:place|home|house|apartment|apt|trailer|farm|"
    r"ranch|room)\s+(?:(?:is|was)\s+)?(?:(?:over|out|up|down|way)\s+)?(?:at|on|near|in|off|by|"
    r"outside)\s*$"
    # "a farmworker from", not "a resident from" (a colleague's workplace)
    r"|\ban?\s+(?!(?:resident|student|fellow|intern|attending|colleague|speaker|physician|"
    r"doctor|nurse|faculty|friend|classmate|program|hospital|clinic|conference|meeting|"
    r"pgy-?\d|med|medical|mentor)\b)[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?(?:from|in|of)\s*$"
), words=False)
_CARE_FACILITY = gated(re.compile(
    rf"(?=[\w'\u2019])(?:\b(?i:{STAY_VERBS}|seen|treated|ed|er|evaluat\w+|work-?up|had\s+(?:his|her|their)\s+[\w-]+|"
    r"(?:his|her|their)\s+(?:old\s+)?(?:records?|labs|imaging|scans?)|born|died|delivered|"
    r"brought|taken|dialy[sz]es|went|visit|visited|visiting|sent|returned|moved|"
    # "we got him from Clovis Community": a transfer received
    r"got\s+(?:him|her|them)|accepted\s+(?:him|her|them))"
    # "Ibrahim's old records from": from the apostrophe, so no word start is tried in vain
    r"|['\u2019]s\s+(?:old\s+)?(?:records?|labs|imaging|scans?))"
    r"\s+(?:[\w.'\u2019-]+\s+){0,2}?(?:to|at|from)\s+(?:the\s+)?"
    r"(?P<place>(?:(?:St|Saint)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]+){0,3})"
), words=False)
# "transferred from an outside hospital in Lemoore": the town of a facility of someone's care.
_CARE_TOWN = gated(re.compile(
    rf"(?=\w)\b(?:{STAY_VERBS}|seen|treated|sent|brought|taken|born|died)\s+(?:[\w.'\u2019-]+\s+){{0,2}}?"
    r"(?:to|at|from|in)\s+(?:(?:the|an?)\s+)?(?:(?:outside|local|small|rural|community|nearby)\s+)?"
    r"(?:hospital|snf|facility|clinic|rehab|nursing\s+home|ed|er|icu|shelter|hospice)\s+(?:in|near)\s+"
    r"(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
))
# A place of long-term or post-acute care by its name ("Heritage Oaks SNF", "St. Agnes Skilled
# Nursing", "Casa Grande Care Center"): where patients are sent and live, rarely anything else
# in a networking message.
_CARE_HOME = gated(re.compile(
    r"(?<![\w'\u2019])(?P<place>(?:(?:St|Saint)\.?\s+)?[A-Z][\w'\u2019-]+"
    r"(?:\s+(?:of\s+|&\s+)?[A-Z][\w'\u2019-]+){0,3}\s+"
    r"(?:SNF|ALF|LTACH|Skilled\s+Nursing(?:\s+(?:Facility|Center|Centre))?|"
    r"Nursing\s+(?:Home|Center|Centre|Facility)|Rehab(?:ilitation)?(?:\s+(?:Center|Centre|Hospital))?|"
    r"Hospice|Assisted\s+Living|Senior\s+Living|Memory\s+Care|Care\s+(?:Center|Centre|Home)|"
    r"Convalescent(?:\s+(?:Hospital|Home|Center))?|Post-?Acute(?:\s+Care)?|Group\s+Home|"
    r"Residential\s+Care))(?![\w-])"
))
# Every _CARE_HOME holds one of these: a text without any is not searched for one.
_CARE_HOME_WORD = re.compile(
    r"SNF|ALF|LTACH|Nursing|Rehab|Hospice|Living|Memory|Care|Convalescent|Acute|Home"
)
# sent, discharged, back, admitted ... to / from: a move in someone's care, just before the place
_MOVED_TO = re.compile(
    r"(?i:\b(?:sent|back|discharged|dc'?d|d/c'?d?|transferred|admit(?:ted)?|readmitted|went|"
    r"returned|lives?|living|resides?|placed|placement|dispo|bounced)\b[\w\s]{0,12}?"
    r"(?:\bto|\bfrom|\bat|\bin|:|\()\s*(?:the\s+)?)$"
)
_WRITER_DID = gated(re.compile(r"\b(?:i|we|you|u)\s+(?:just\s+|finally\s+)?$"), words=False)
_FACILITY_NAME = gated(re.compile(
    r"\b(?:General|Regional|Mercy|Kaiser|Memorial|Community|Presbyterian|Methodist|Baptist|"
    r"Adventist|Providence|Sutter)\b"
), words=False)


def care_places(scan: Scan) -> None:
    """Where someone's care happened: a named facility, a place of long-term care, the town
    of an outside hospital."""
    ctx, text, lower, anchors, out = scan.ctx, scan.text, scan.lower, scan.anchors, scan.out
    known, severity, person_sentences = scan.known, scan.severity, scan.person_sentences
    for m in _CARE_FACILITY.finditer(text):
        # "transferred to Mercy General", "his CABG at Community Regional": where someone's
        # care happened, a place smaller than a state
        s, e = m.span("place")
        i = ctx.sentence_index(s)
        if not (anchors.person[i] or anchors.patient[i] or i in person_sentences):
            continue
        words = text[s:e].split()
        if all(w.rstrip("s") in CARE_SETTINGS for w in words):
            continue  # "discharged to SNF": a kind of place, no place's name
        if not (name_words.INSTITUTION.search(text, s, e) or _FACILITY_NAME.search(text, s, e)
                or (len(words) >= 2 and not all(name_words.not_a_name_word(w) for w in words))):
            continue
        if attr.in_frame(ctx, s) or attr.is_professional_name(ctx, s, e, known):
            continue
        out.add("LOCATION", s, e, severity(i))

    for m in _CARE_HOME.finditer(text) if _CARE_HOME_WORD.search(text) else ():
        s, e = m.span("place")
        s = _skip_lead_words(text, s, e)
        i = ctx.sentence_index(s)
        if e <= s or attr.in_frame(ctx, s) or attr.labelled_line(ctx, s):
            continue
        if attr.is_professional_name(ctx, s, e, known) or WORKPLACE_BEFORE.search(
                lower, ctx.sentence_span(s)[0], s):
            continue  # "volunteered at Pine Ridge Hospice", "medical director of ..."
        moved = _MOVED_TO.search(text, max(0, s - 40), s) is not None
        tied_here = anchors.patient[i] or anchors.care[i] or anchors.person[i] or moved
        if anchors.shield[i] and not tied_here:
            continue
        out.add("LOCATION", s, e, severity(i, moved or anchors.person[i]))

    for m in _CARE_TOWN.finditer(text):
        s, e = m.span("place")
        i = ctx.sentence_index(s)
        if (anchors.person[i] or anchors.patient[i]) and not attr.in_frame(ctx, s):
            out.add("LOCATION", s, e, severity(i))


def _patients_day(scan: Scan, pos: int, i: int) -> bool:
    """A counted hospital day ("POD 3 was 11/2") or a date after a label of care ("DOD
    3/4", "admit date: 6/1"), unless the writer or their family is the one born."""
    ctx, lower, anchors = scan.ctx, scan.lower, scan.anchors
    if date_shapes.hospital_day(lower, pos):
        return True
    return label_before(ctx, pos, scan.labels) == "DATE" and not (
        about_no_patient(lower, *anchors.spans[i])
        or WRITER_BORN.search(lower, max(0, pos - 40), pos))


def _tied(scan: Scan, pos: int) -> tuple[bool | None, int]:
    """True: someone's care; False: the writer's, an event's or a forum's (the frame, a
    forum, a dated thing of the writer's, a networking event); None: nothing here says
    whose."""
    ctx, text, lower, anchors = scan.ctx, scan.text, scan.lower, scan.anchors
    i = ctx.sentence_index(pos)
    if attr.in_frame(ctx, pos) or _SCHEDULE_LINE.match(lower, attr.line_start_of(lower, pos)):
        return False, i
    if i in scan.person_sentences or _patients_day(scan, pos, i):
        return True, i
    if _FORUM_DATE_BEFORE.search(lower, max(0, pos - 40), pos) or work_dated(lower, pos):
        return False, i  # "M&M (Dec 3)", "approved by the IRB on 1/14": no one's care
    event = ctx.nearest_event(pos, start=anchors.spans[i][0])
    own = _OWN_THING_BEFORE.search(lower, max(anchors.spans[i][0], pos - 50), pos)
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
_CASE_LINE = re.compile(
    r"[ \t>*-]*(?:timeline(?!\s+for\s+(?:my|our)\b)|hospital\s+course|clinical\s+course|"
    r"course|hpi)\s*[:\-\u2013\u2014]"
)
# a care event told of the person the sentence is about: "she re-presented", "he was in our ICU"
_CARE_TOLD = gated(re.compile(
    rf"\b(?:{STAY_VERBS}|{CARE_EVENT_VERBS}|{WARD_PROCEDURE_VERBS}|re-?presented|presented|"
    r"returned|evaluated|expired|arrived|reintubated|seen|treated|diagnosed|operated|"
    r"in\s+(?:our|the)\s+(?:[a-z]{0,3}icu|ed|er|ccu|hospital|ward|unit))\b"
), words=False)


def _care_told(scan: Scan, i: int) -> bool:
    """Is sentence `i` about a third person and does it tell a care event of theirs?"""
    anchors = scan.anchors
    return anchors.person[i] and _CARE_TOLD.search(scan.lower, *anchors.spans[i]) is not None


# "ED arrival 0230 on 1 Jan", "read by rads 11/20 at 0300": a date beside a 24-hour clock time
_CLOCK_BESIDE = re.compile(
    r"(?<![\d:/.-])(?:[01]\d|2[0-3])[0-5]\d(?![\d:/.%-])(?!\s*(?:hrs?|hours|mg|ml))"
)
_TIMELINE_CARE = gated(re.compile(
    r"\b(?:ed|er|icu|ct|cta|mri|tpa|ekg|ecg|rads|code|arrival|arrived|intubat\w*|extubat\w*|"
    r"admi\w+|discharg\w+|transfus\w*|cath\w*|or|ems|triage|labs?)\b"
), words=False)


def _clocked_care(scan: Scan, shape: Shape, i: int) -> bool:
    """A date within a few words of a 24-hour clock time, in a sentence of ward events: the
    time stamp of someone's care (a meeting is rarely told in "0300")."""
    lower = scan.lower
    near = lower[max(0, shape.start - 14) : shape.end + 14]
    return _CLOCK_BESIDE.search(near) is not None and _TIMELINE_CARE.search(
        lower, *scan.anchors.spans[i]) is not None


def dates_and_rooms(scan: Scan) -> tuple[list[tuple[Shape, int]], list[tuple[Shape, int]]]:
    """Dates and rooms tied to someone's care; returns the vague dates and the dates nothing
    ties to anyone, kept for `dates_beside_identifiers`."""
    ctx, text, lower, anchors, out = scan.ctx, scan.text, scan.lower, scan.anchors, scan.out
    severity, person_sentences = scan.severity, scan.person_sentences
    vague = []
    unowned_dates = []  # dates nothing here ties to anyone, kept beside a record number
    found = [*date_shapes.dates(text, lower), *place_shapes.rooms(lower)]
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
        case_line = shape.type == "DATE" and _CASE_LINE.match(lower, line) is not None
        stay = ok is None and shape.type == "DATE" and not anchors.shield[i] and (
            line in stay_lines or case_line or _clocked_care(scan, shape, i))
        if stay:
            ok = True
        if shape.type == "ROOM" and anchors.meeting[i] and not (
            anchors.patient[i] or anchors.care[i] or i in person_sentences
        ):
            continue  # "presenting the poster fri 3pm rm 204": where a talk or meeting is
        if shape.type == "ROOM" and not ok and (not anchors.shield[i] or shape.strong):
            ok = not attr.in_frame(ctx, shape.start)  # "the guy from room 1012": a ward bed
        # "he died in October": a vague date told of the care event itself is the patient's
        if ok and shape.weak and not (anchors.care[i] and date_shapes.CARE_VERB_BEFORE.search(
                lower, max(0, shape.start - 16), shape.start)):
            vague.append((shape, i))
        elif ok:  # a ward bed, a room with someone in it or a hospital day is a patient's
            out.add(shape.type, shape.start, shape.end, severity(i, shape.strong if shape.type ==
                    "ROOM" else stay or case_line or _care_told(scan, i)
                    or _patients_day(scan, shape.start, i)))
        elif shape.type == "DATE" and ok is None:
            unowned_dates.append((shape, i))
    return vague, unowned_dates


def ages_and_likeness(scan: Scan) -> None:
    """Ages of 90 and over, biometrics and photos, unless the writer's own or in the frame."""
    ctx, lower, anchors, out, severity = scan.ctx, scan.lower, scan.anchors, scan.out, scan.severity
    for shape in date_shapes.ages(lower):
        i = ctx.sentence_index(shape.start)
        if not attr.in_frame(ctx, shape.start) and not ownership.own_or_aggregate_age(
            ctx, shape.start, shape.end
        ):
            # "A centenarian woman developed heat stroke": an age told in clinical words is the
            # person's whose care it is
            out.add("AGE", shape.start, shape.end, severity(i, anchors.person[i]
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


def residences(scan: Scan) -> None:
    """Where a patient lives or comes from: an address or town, or a town typed in lower case."""
    ctx, lower, anchors, out, severity = scan.ctx, scan.lower, scan.anchors, scan.out, scan.severity
    for shape in scan.found_places:
        i = ctx.sentence_index(shape.start)
        residence = _RESIDENCE.search(lower, max(0, shape.start - 30), shape.start)
        if residence and _OWN_HOME.search(lower, max(0, residence.start() - 25), residence.start()):
            residence = None  # "did you like living in Visalia", "I live in Clovis"
        if residence and residence.group().startswith("home") and not (
                anchors.patient[i] or anchors.person[i] or anchors.care[i]):
            if _FACILITY_HOME.search(lower, max(0, residence.start() - 12), residence.start()):
                residence = None  # "The nursing home in Clovis hosts our didactics"
            elif ctx.sender_is_subject(shape.start) or not (scan.message_about_patient
                                                            or any(anchors.person)):
                continue  # "Back home in Kingsburg for the holidays!": the writer's own
        if shape.weak and not (anchors.care[i] or anchors.patient[i]):
            continue  # "she's from Fresno" about a colleague
        if not anchors.patient[i] and PROFESSIONAL_SUBJECT.match(lower, anchors.spans[i][0]):
            continue  # "Dr. Okeke is moving back to Laton": where a colleague lives
        # "the Fresno farmworker we admitted": the town of the person cared for, whoever writes
        described = anchors.care[i] and place_shapes.describes_person(scan.text, shape.end)
        if attr.in_frame(ctx, shape.start) or attr.labelled_line(ctx, shape.start) or (
            anchors.shield[i] and not anchors.patient[i] and not residence and not described
        ):
            continue
        if not residence and (
            WORKPLACE_BEFORE.search(lower, ctx.sentence_span(shape.start)[0], shape.start)
            or _WORKPLACE_AFTER.match(lower, shape.end)
        ):
            continue  # "Dr. Kim's new office is in Suite 210, 2335 E Kashian Ln"
        out.add("LOCATION", shape.start, shape.end, severity(i, bool(residence) or _care_told(
            scan, i)))
    if scan.message_about_patient:
        for m in _LOWER_TOWN.finditer(lower):
            # "pt went back to lemoore last thurs", "she's from tulare county": a town typed in
            # lower case, a word no English list knows, where the sentence is about a patient
            i = ctx.sentence_index(m.start())
            word = m.group("town")
            if not (anchors.patient[i] or anchors.care[i]) or zipf(word) > 0 or (
                    word.upper() in CARE_SETTINGS or name_words.medical_word(word)):
                continue
            out.add("LOCATION", m.start("place"), m.end("place"), ERROR)


def contacts_and_codes(scan: Scan) -> None:
    """Contact details the patient or their family owns, and SSNs and labelled record codes."""
    ctx, text, lower, anchors, out = scan.ctx, scan.text, scan.lower, scan.anchors, scan.out
    severity, person_sentences = scan.severity, scan.person_sentences
    for shape in shapes.contacts(text):
        i = ctx.sentence_index(shape.start)
        tied_here = anchors.patient[i] or i in person_sentences
        owner = ownership.contact_owner(ctx, shape.start, tied_here)
        value = text[shape.start : shape.end]
        if owner == "professional" or (owner is None and ownership.institutional(value)):
            continue
        personal = ownership.personal_host(value) and scan.about_patients
        tied_here = tied_here or anchors.person[i] or anchors.care[i]
        if not tied_here and owner != "patient" and not personal and shape.type != "IP_ADDRESS":
            # a link or number in a message about no one: nothing says it is a patient's (an
            # IP address is no one's networking detail: a warning whoever's it is)
            continue
        kind = "FAX" if shape.type == "PHONE" and "fax" in lower[max(0, shape.start - 40) :
                                                                shape.start] else shape.type
        out.add(kind, shape.start, shape.end, severity(i, owner == "patient"))
    for shape in [*shapes.ssns(text, lower), *shapes.labelled_codes(text, lower, scan.labels)]:
        i = ctx.sentence_index(shape.start)
        if attr.in_frame(ctx, shape.start):
            continue
        if not shape.strong and anchors.shield[i] and not anchors.patient[i]:
            continue
        out.add(shape.type, shape.start, shape.end, ERROR if shape.strong else severity(i))


def dates_beside_identifiers(
    scan: Scan, vague: list[tuple[Shape, int]], unowned_dates: list[tuple[Shape, int]]
) -> None:
    """A vague or unowned date in a sentence that holds another finding."""
    ctx, out, severity = scan.ctx, scan.out, scan.severity
    busy = {ctx.sentence_index(a) for a, _ in out.taken} | {
        ctx.sentence_index(item[0]) for item in out.items
    }
    for shape, i in vague:
        if i in busy:
            out.add(shape.type, shape.start, shape.end, severity(i))
    # "insulin pump SN: MM780G-44127 alarmed overnight", "a nonagenarian from Huron presented in
    # mid-July": beside another identifier, a date nothing else attributes is identifying too (a
    # warning: nothing says whose)
    for shape, i in unowned_dates:
        if i in busy:
            out.add(shape.type, shape.start, shape.end, WARNING)


def _skip_lead_words(text: str, start: int, end: int) -> int:
    """Drop a sentence's opening word that is no part of a name ("Readmitted", "Sent")."""
    word = text[start:end].split(" ", 1)[0]
    if " " in text[start:end] and name_words.not_a_name_word(word):
        return start + len(word) + 1
    return start
