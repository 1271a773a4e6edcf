"""The inverted default's places: care facilities and towns of someone's care, and where a patient
lives or comes from, that `attribution.py` cannot give to a non-patient.

Run by `unattributed.find` on its `Scan` (see `unattributed_shapes.py` for the other shapes).
"""

from __future__ import annotations

from assistant.phi import attribution as attr
from assistant.phi import name_words, place_shapes
from assistant.phi.date_shapes import MONTH_NAME, WEEKDAY
from assistant.phi.lexicon import CARE_SETTINGS, STAY_VERBS
from assistant.phi.unattributed_dates import care_told
from assistant.phi.unattributed_scan import PROFESSIONAL_SUBJECT, WORKPLACE_BEFORE, Scan
from assistant.phi.vocab import zipf
from assistant.text.gated import gated
from assistant.text.patterns import lazy

# "2210 W Shaw Ave the right address for the GME office": an office's address
_WORKPLACE_AFTER = lazy(
    r"[^.;?!\n]{0,30}?\b(?:for|of)\s+(?:the|our|your|my)\s+(?:[\w&-]+\s+){0,3}(?:office|clinic|"
    r"department|dept|program|hospital|campus|center|centre|school|lab)\b"
)
_LOWER_TOWN = gated(
    r"\b(?:lives?|living|moved|went\s+back|going\s+back|headed\s+back|back\s+home|home|"
    r"returned|drives\s+in|came\s+in|is|was|she's|he's)\s+(?:to|in|from|out\s+in|up\s+in)\s+"
    r"(?P<place>(?P<town>[a-z][a-z'-]{3,})(?:\s+county)?)\b"
)
_TIME_WORD = lazy(
    rf"(?:{WEEKDAY}|{MONTH_NAME}|may|weekends?|weekdays?|nights?|mornings?|evenings?)s?")
_FACILITY_HOME = gated(
    r"\b(?:nursing|group|care|funeral|foster|retirement)\s+$", words=False)
_OWN_HOME = gated(r"\b(?:i|you|we|my|your|our|u)\b[\w\s']{0,18}$", words=False)
_RESIDENCE = gated(
    r"\b(?:lives?|lived|living|resides?|residing|home\s+address|home\s+(?:to|in)|encampment|"
    r"trailer|farm|ranch|apartment|apt|condo|house|mobile\s+home|"
    # the same in Spanish: "vive en Orange Cove", "un rancho cerca de Dinuba", "el barrio"
    r"vive|viven|viv\u00eda|vivia|rancho|barrio|colonia|casa)\b"
    # "a letter for his landlord at 2210 W Shaw Ave": someone of the patient's, where they live
    r"|\b(?:his|her|their)\s+(?:[a-z]+\s+){0,2}(?:at|on)\s*$"
    # "his place near Chinle", "her place is over on Cedar", "his cousin's place on Olive"
    r"|\b(?:his|her|their)\s+(?:[a-z'\u2019]+\s+)?(?:place|home|house|apartment|apt|trailer|farm|"
    r"ranch|room)\s+(?:(?:is|was)\s+)?(?:(?:over|out|up|down|way)\s+)?(?:at|on|near|in|off|by|"
    r"outside)\s*$"
    # "a farmworker from", not "a resident from" (a colleague's workplace)
    r"|\ban?\s+(?!(?:resident|student|fellow|intern|attending|colleague|speaker|physician|"
    r"doctor|nurse|faculty|friend|classmate|program|hospital|clinic|conference|meeting|"
    r"pgy-?\d|med|medical|mentor)\b)[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?(?:from|in|of)\s*$",
    words=False)
_CARE_FACILITY = gated(
    rf"(?=[\w'\u2019])(?:\b(?i:{STAY_VERBS}|seen|treated|ed|er|evaluat\w+|work-?up|had\s+(?:his|her|their)\s+[\w-]+|"
    r"(?:his|her|their)\s+(?:old\s+)?(?:records?|labs|imaging|scans?)|born|died|delivered|"
    r"brought|taken|dialy[sz]es|went|visit|visited|visiting|sent|returned|moved|"
    # "we got him from Clovis Community": a transfer received
    r"got\s+(?:him|her|them)|accepted\s+(?:him|her|them))"
    # "Ibrahim's old records from": from the apostrophe, so no word start is tried in vain
    r"|['\u2019]s\s+(?:old\s+)?(?:records?|labs|imaging|scans?))"
    r"\s+(?:[\w.'\u2019-]+\s+){0,2}?(?:to|at|from)\s+(?:the\s+)?"
    r"(?P<place>(?:(?:St|Saint)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]+){0,3})",
    words=False)
# "transferred from an outside hospital in Lemoore": the town of a facility of someone's care.
_CARE_TOWN = gated(
    rf"(?=\w)\b(?:{STAY_VERBS}|seen|treated|sent|brought|taken|born|died)\s+(?:[\w.'\u2019-]+\s+){{0,2}}?"
    r"(?:to|at|from|in)\s+(?:(?:the|an?)\s+)?(?:(?:outside|local|small|rural|community|nearby)\s+)?"
    r"(?:hospital|snf|facility|clinic|rehab|nursing\s+home|ed|er|icu|shelter|hospice)\s+(?:in|near)\s+"
    r"(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
)
# A place of long-term or post-acute care by its name ("Heritage Oaks SNF", "St. Agnes Skilled
# Nursing", "Casa Grande Care Center"): where patients are sent and live, rarely anything else
# in a networking message.
_CARE_HOME = gated(
    r"(?<![\w'\u2019])(?P<place>(?:(?:St|Saint)\.?\s+)?[A-Z][\w'\u2019-]+"
    r"(?:\s+(?:of\s+|&\s+)?[A-Z][\w'\u2019-]+){0,3}\s+"
    r"(?:SNF|ALF|LTACH|Skilled\s+Nursing(?:\s+(?:Facility|Center|Centre))?|"
    r"Nursing\s+(?:Home|Center|Centre|Facility)|Rehab(?:ilitation)?(?:\s+(?:Center|Centre|Hospital))?|"
    r"Hospice|Assisted\s+Living|Senior\s+Living|Memory\s+Care|Care\s+(?:Center|Centre|Home)|"
    r"Convalescent(?:\s+(?:Hospital|Home|Center))?|Post-?Acute(?:\s+Care)?|Group\s+Home|"
    r"Residential\s+Care))(?![\w-])"
)
# Every _CARE_HOME holds one of these: a text without any is not searched for one.
_CARE_HOME_WORD = lazy(
    r"SNF|ALF|LTACH|Nursing|Rehab|Hospice|Living|Memory|Care|Convalescent|Acute|Home"
)
# sent, discharged, back, admitted ... to / from: a move in someone's care, just before the place
_MOVED_TO = lazy(
    r"(?i:\b(?:sent|back|discharged|dc'?d|d/c'?d?|transferred|admit(?:ted)?|readmitted|went|"
    r"returned|lives?|living|resides?|placed|placement|dispo|bounced)\b[\w\s]{0,12}?"
    r"(?:\bto|\bfrom|\bat|\bin|:|\()\s*(?:the\s+)?)$"
)

_FACILITY_NAME = gated(
    r"\b(?:General|Regional|Mercy|Kaiser|Memorial|Community|Presbyterian|Methodist|Baptist|"
    r"Adventist|Providence|Sutter)\b", words=False)


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


def residences(scan: Scan) -> None:
    """Where a patient lives or comes from: an address or town, or a town typed in lower case."""
    ctx, lower, anchors, out, severity = scan.ctx, scan.lower, scan.anchors, scan.out, scan.severity
    for shape in scan.found_places:
        if place_shapes.PRODUCT_NAME.fullmatch(scan.text, shape.start, shape.end):
            continue  # "reply to MyChart messages": a product, written with a capital inside
        if _TIME_WORD.fullmatch(lower, shape.start, shape.end):
            continue  # "the Ronald McDonald House on Saturdays": a day, no street
        i = ctx.sentence_index(shape.start)
        residence = _RESIDENCE.search(lower, max(0, shape.start - 30), shape.start)
        if residence and (_OWN_HOME.search(lower, max(0, residence.start() - 25),
                                           residence.start())
                          or _writer_lives(lower, anchors.spans[i][0], residence.start())):
            residence = None  # "did you like living in Visalia", "I live in Clovis", "we just
            # moved into an apartment near Clovis"
        if residence and residence.group().startswith("home") and not (
                anchors.patient[i] or anchors.person[i] or anchors.care[i]):
            if _FACILITY_HOME.search(lower, max(0, residence.start() - 12), residence.start()):
                residence = None  # "The nursing home in Clovis hosts our didactics"
            elif ctx.sender_is_subject(shape.start) or not (scan.message_about_patient
                                                            or any(anchors.person)):
                continue  # "Back home in Kingsburg for the holidays!": the writer's own
        if shape.weak and not (anchors.care[i] or anchors.patient[i]):
            continue  # "she's from Fresno" about a colleague
        if not anchors.patient[i] and scan.clinician_subject(i, anchors.spans[i][0]):
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
        if not residence and _institution_named_before(scan, shape.start):
            continue  # "Mail to: Community Regional, 2823 Fresno St": the institution's address
        out.add("LOCATION", shape.start, shape.end, severity(i, bool(residence) or care_told(
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
            out.add("LOCATION", m.start("place"), m.end("place"), severity(i))


# The writer as the subject of a verb of moving or living, and the home they name: "I just
# moved into an apartment near Clovis", "my wife and I bought a house in Sanger", "we're renting
# a place near Kerman" (lower-cased text, from the clause's start up to the word of residence;
# not "I saw a man who lives ...", whose home it would be).
_WRITER_HOME = gated(
    r"^[\s>*\-(]*(?:(?:so|and|also|btw|fyi|news:?|update:?)[\s,]+)?(?:i|we|i['\u2019]m|"
    r"we['\u2019](?:re|ve)|i['\u2019](?:ve|ll|d)|my\s+(?:wife|husband|partner|fianc\w*|family)"
    r"\s+and\s+i)\s+(?:(?:just|finally|recently|now|officially|also|still|will|have|had|be|"
    r"am|are)\s+)*(?:moved|move|moving|live|lived|living|bought|buy|buying|rent|renting|rented|"
    r"found|signed|closed|settled|settling|got|getting)\b"
    r"(?![^\n]*\b(?:who|whose|whom|where\s+(?:he|she|they)|his|her|their|mr|mrs|ms|pt|patient)\b)"
    r"[\w\s'\u2019-]{0,40}$", words=False)


def _writer_lives(lower: str, start: int, at: int) -> bool:
    """A home the writer tells of as their own, in a clause the writer opens."""
    clause = max(start, lower.rfind(",", start, at) + 1, lower.rfind(";", start, at) + 1)
    return _WRITER_HOME.search(lower[clause:at]) is not None


def _skip_lead_words(text: str, start: int, end: int) -> int:
    """Drop a sentence's opening word that is no part of a name ("Readmitted", "Sent")."""
    word = text[start:end].split(" ", 1)[0]
    if " " in text[start:end] and name_words.not_a_name_word(word):
        return start + len(word) + 1
    return start


# an institution's name and then its address: "Community Regional, 2823 Fresno St"
_SEPARATORS = lazy(r"[,:\-\s]*")


def _institution_named_before(scan: Scan, pos: int) -> bool:
    """Is the address at `pos` written right after an institution's name, on its line or the
    line above (an address block: the name, then the street)?"""
    line = attr.line_start_of(scan.text, pos)
    lead = attr.line_start_of(scan.text, line - 1) if line > 0 and not scan.text[
        line:pos].strip() else line
    before = scan.text[lead:pos]
    ends = [m.end() for m in name_words.INSTITUTION.finditer(before)]
    ends += [m.end() for m in _FACILITY_NAME.finditer(before)]
    if not ends:
        return False
    # the address follows the name, or follows its street ("..., 2823 Fresno St, Fresno, CA 93721")
    return bool(_SEPARATORS.fullmatch(before, max(ends)) or _STREET_THEN.fullmatch(
        before, max(ends)))


_STREET_THEN = lazy(r"[,:\-\s]*\d{1,6}\s[^\n]{0,60}")


# "works at Fresno High as a custodian", "had worked as a janitor at Kerman Middle School",
# "goes to Roosevelt Elementary": the named school or workplace of whoever the verb's subject
# is (a place smaller than a state); the writer's own and a clinician's are left out below
_WORKS_OR_STUDIES = gated(
    r"\b(?:works?|worked|working|employed|teaches|taught|goes|went|attends|attended|enrolled)"
    r"(?:\s+(?:as\s+an?\s+)?[a-z][\w-]*){0,4}?(?:\s+(?:at|to|for|in))?\s+(?:the\s+)?"
    r"(?P<place>(?:(?:St|Saint)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}\s+"
    r"(?:School|Elementary|Middle|High|Academy|College|Plant|Farms?|Dairy|Ranch|Mill|Cannery|"
    r"Packing|Warehouse|Winery|Factory|Market|Casino|Motel|Hotel))\b", words=False)
# the writer, the reader or their family does it: "my son goes to", "I went to"
_OWN_SUBJECT = gated(
    r"\b(?:i|we|you|u|(?:my|our|your)\s+(?!pts?\b|patients?\b)[a-z]+)\b[^.;!?\n]{0,30}$"
    r"|\(\s*(?:my|our|your)\s+[a-z]+\s*\)\s*$", words=False)


def workplaces(scan: Scan) -> None:
    """A named school or workplace where the sentence's person works or studies."""
    ctx, text, lower, anchors = scan.ctx, scan.text, scan.lower, scan.anchors
    for m in _WORKS_OR_STUDIES.finditer(text):
        s, e = m.span("place")
        i = ctx.sentence_index(s)
        if not scan.out.free(s, e, "LOCATION"):
            continue
        start = anchors.spans[i][0]
        if _OWN_SUBJECT.search(lower, max(start, m.start() - 40), m.start() + 1):
            continue  # "my son goes to Roosevelt Elementary": the writer's own
        if PROFESSIONAL_SUBJECT.match(lower, start) or attr.in_frame(ctx, s):
            continue  # "Dr. Cruz went to Roosevelt High": a clinician's (an institution's
            # name is no one's until the verb's subject says whose it is)
        if anchors.shield[i] and not (anchors.patient[i] or anchors.care[i]):
            continue  # "she went to Roosevelt High; we matched the same year"
        scan.out.add("LOCATION", s, e, scan.severity(i))
