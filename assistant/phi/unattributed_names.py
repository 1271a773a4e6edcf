"""The inverted default's person candidates: every name-shaped span of `people.py` (and a
surname on a subject line before a care noun) that `attribution.py` cannot give to a non-patient.

Run by `unattributed.find` on its `Scan`, before the other shapes (`unattributed_dates.py`,
`unattributed_shapes.py`), which ask which sentences speak of a person flagged here. What the
words around a candidate say of it (care done to the person, a non-patient who owns the name)
is read by `unattributed_name_ties.py`.
"""

from __future__ import annotations

import re

from assistant.phi import attribution as attr
from assistant.phi import (
    clause_roles,
    name_care,
    name_words,
    people,
    place_shapes,
    rows,
    signout,
    unsure_owners,
    writer_places,
)
from assistant.phi.event_places import event_or_address
from assistant.phi.lexicon import (
    CARE_EVENT_VERBS,
    EPONYM_FOLLOWER,
    WARD_PROCEDURE_VERBS,
)
from assistant.phi.no_patient import THING_NAMED_BEFORE
from assistant.phi.things_named import drug_use, species_epithet
from assistant.phi.ties import cared_for_origin, described_origin, result_after, town_end
from assistant.phi.unattributed_name_ties import (
    ABOUT_SOMEONE,
    CARE_NEXT,
    CARE_NOUNS,
    care_object,
    lower_name_in_care,
    non_patient_owner,
)
from assistant.phi.unattributed_scan import (
    ERROR,
    WARNING,
    WORKPLACE_BEFORE,
    Scan,
)
from assistant.phi.vocab import is_common
from assistant.text.gated import gated
from assistant.text.names import name_fold
from assistant.text.patterns import lazy

_LOWER_NEXT = lazy(rf"\s+(?!(?:{CARE_NOUNS})\b)[a-z]")
_SUBJECT_CARE = gated(
    r"^[ \t>]*(?i:subject|re|fwd?)[ \t]*:[ \t]*(?:(?i:re|fwd?)[ \t]*:[ \t]*)*"
    # "Subject: Tues 3/17 - Ramos-Vega dc summary": a name after the line's own separator
    r"(?:[^\n]{0,40}?[ \t][-\u2013\u2014|][ \t]*)??"
    # "subject: okonjo labs 5/30": a lower-case surname too, when it is no English word
    r"(?:(?i:pt|patient)\.?[ \t]+)?(?P<name>[A-Za-z][a-z'\u2019]+(?:-[A-Za-z][a-z'\u2019]+)?)"
    r"[ \t]*(?:[-\u2013\u2014:(][ \t]*|[ \t]+)"
    r"(?i:(?:case|update|f/u|follow[- ]?up|echo|labs|records?|family\s+(?:meeting|mtg)|"
    r"home\s+(?:today|tomorrow|yesterday)|went\s+home|d/?c|dc'?d|died|(?P<opinion>(?:2nd|second)\s+opinion)|"
    r"discharge\w*|(?:re)?admi\w+|transfer\w*|path|pathology|results?|biopsy|consult|imaging|"
    rf"goals\s+of\s+care|code|expired|passed|{CARE_EVENT_VERBS}|{WARD_PROCEDURE_VERBS})\b)",
    re.MULTILINE,
)
# A second opinion asked on the writer's own work or career, not on someone's care.
_OWN_WORK_ON_LINE = gated(
    r"\b(?i:my|our|cv|resume|résumé|personal\s+statement|letter|offer|job|contract|draft|"
    r"application|rank\s+list|fellowship|residency|career|abstract|poster|manuscript|paper|"
    r"grant|aims?)\b", words=False)
_HOLIDAY_AFTER = lazy(r"(?:[ \t]+[A-Z][\w'\u2019-]+)*(?:[ \t]+Jr\.?)?[ \t]+Day\b")
_ARTICLE_BEFORE = lazy(r"\b[Tt]he[ \t]+$")
_CELL_LABEL = lazy(r"[ \t]*:")
_CELL_START = lazy(r"\|[ \t]*$")
_SUBJECT = lazy(r"\s*(?:subject|re|fwd?)\s*:", re.IGNORECASE)
_INSTITUTION_IN = gated(
    r"(?:\bVA|\bVAMC|\b(?i:hospital|clinic|medical\s+center|health\s+center|university|college|"
    r"school\s+of\s+medicine|medical\s+school|residency|program|campus))\s+(?:in|at)\s+$",
    words=False)
# "the Sutter Roseville sim center", "the Lee auditorium": a building or campus, not a person
_EPONYM_WORD = gated(r"\b([A-Z][\w'\u2019-]+?)(?:['\u2019]s?)?(?=\s)")
# An applicant's papers after a name on a subject line
_APPLICATION_AFTER = lazy(
    # "Subject: Pereira, Joana - interview thank-you": the given name after the surname
    r"(?:\s*,\s*[A-Z][\w'\u2019-]+(?:\s+\([^()\n]{1,12}\))?)?"
    r"\s*[-\u2013\u2014:|,(]?\s*(?:(?:her|his|their)\s+)?(?:cv|resume|r\u00e9sum\u00e9|personal\s+"
    r"statement|lors?|letters?\s+of\s+rec\w*|application|eras|interview|rank\s+list|portfolio)\b",
    re.IGNORECASE)
# A hospital unit and then its telephone line: the run before them names the hospital
_UNIT_LINE_AFTER = lazy(
    r"(?:[ \t]+[A-Z][\w'\u2019-]+){0,3}?"
    r"[ \t]+(?:ED|ER|[A-Z]?ICU|CCU|PACU|L&D|(?i:pharmacy|radiology|triage|lab))[ \t]*"
    r"(?:(?i:main|line|desk|number|fax)[ \t]*)?[:\-\u2013]?[ \t]*"
    r"\(?\d{3}\)?[-. \t]?\d{3}[-. \t]\d{4}\b")
_FROM_TOWN = lazy(
    r"(?:['\u2019]s)?\s+(?:from|of)\s+(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
)


# The other members of a list of capitalised words, up to the noun they all share
_LIST_AFTER = lazy(
    r"(?:['\u2019]s)?(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)[A-Z][\w'\u2019-]+"
    r"(?:['\u2019]s)?){1,4}")
_SHARED_THING = lazy(r"\s+(?:procedures|operations|repairs|anastomos[ie]s)\b")


def _eponym_list(text: str, end: int) -> bool:
    """Is the name one of a list whose last member names a thing after a person
    ("Cheyne-Stokes and Biot respirations", "Whipple, Hartmann and Nissen procedures")? Not
    "the Okafor and Lindqvist cases": a case is a patient's."""
    m = _LIST_AFTER.match(text, end)
    return m is not None and (EPONYM_FOLLOWER.match(text, m.end()) is not None
                              or _SHARED_THING.match(text, m.end()) is not None)


def _clause_start(lower: str, start: int, pos: int) -> int:
    """Where the clause holding `pos` opens: after the last colon or semicolon of the sentence
    ("Update on the lecture: Prof. Ames will speak in Coalinga")."""
    return max(lower.rfind(":", start, pos), lower.rfind(";", start, pos)) + 1 or start


# The reasons "no owner, no tie" whose candidates are kept as warnings rather than set aside
# (the inverted default where the guard cannot attribute a name); the others are dropped and
# left to the scorer. Measured per reason by benchmarks/phi_unsure.py on a batch no rule was
# written on (batch 60's development part, before any tuning on it): `unsure_shield` flagged 3
# more of its 61 look-alikes (4.9%) for 2 of 139 gold spans and `unsure_weak` 3 more for none;
# `unsure_lower` flagged none more there but gained no span on any development batch, flagged
# 2 more of the other 2,420 development look-alikes and lower-case word pairs of invented
# look-alikes ("her echo lab's new protocol", "a prior-auth pilot"). All off (on earlier
# untuned batches 56-58 every reason on flagged 9 of 65, 17 of 171 and 6 of 73 more texts).
UNSURE_WARNINGS: frozenset[str] = frozenset()
UNSURE_REASONS = ("unsure_lower", "unsure_shield", "unsure_weak")


def _unsure(scan: Scan, c: name_words.NameCandidate, reason: str, i: int, place: bool) -> bool:
    """Is a candidate nothing ties to a patient kept (as a warning)? Only when `reason` is
    switched on and no non-patient owns it (`unsure_owners.py`, asked only then: a candidate
    set aside either way needs no owner); else it is set aside."""
    if reason in UNSURE_WARNINGS:
        who = unsure_owners.owner(scan.text, scan.lower, c.start, c.end, scan.anchors.spans[i],
                                  scan.anchors.care[i], place)
        if not who:
            return True
        scan.colleagues.append((c.start, c.end))
        scan.drop(c, f"owner_{who}")
        return False
    scan.unsure.append((c.start, c.end))
    scan.drop(c, reason)
    return False


def person_candidates(scan: Scan) -> None:
    """Every person-name candidate that is not a colleague's, an author's, an event's town
    or an institution's: a NAME (or the LOCATION a name turns out to be)."""
    ctx, text, lower, anchors, out = scan.ctx, scan.text, scan.lower, scan.anchors, scan.out
    severity = scan.severity
    colleagues, by_shape = scan.colleagues, scan.by_shape
    person_sentences, flagged_words = scan.person_sentences, scan.flagged_words
    for c in people.candidates(text, set(ctx.sentence_starts)):
        i = ctx.sentence_index(c.start)
        scan.considered.append((c.start, c.end))
        if c.strength < 3 and any(a <= c.start and c.end <= b for a, b in by_shape[-8:]):
            scan.drop(c, "stronger_shape")
            continue  # the same words, already found as a person by a stronger shape
        if c.strength == 3:
            by_shape.append((c.start, c.end))
        elif _CELL_LABEL.match(text, c.end) and _CELL_START.search(text, max(0, c.start - 4),
                                                                   c.start):
            scan.drop(c, "cell_label")
            continue  # "| Dx: TB meningitis": a table's field label, not a name
        if c.strength == 1 and clause_roles.is_verb_word(text[c.start : c.end]):
            scan.drop(c, "verb_word")
            continue  # "Shadowed Dr. Okoro in clinic": the clause's verb, no name
        if c.strength < 3 and text[c.start : c.end].lower() in name_care.KIN_TITLES:
            scan.drop(c, "kin_title")
            continue  # "Abuela's biopsy came back benign": a family title, no one's name
        if c.strength < 3 and scan.inside_label(c.start, c.end):
            scan.drop(c, "label_word")
            continue  # "Member services for Medi-Cal": a label's word (a plan, a record), no name
        owner = non_patient_owner(scan, c, i)
        if owner:
            colleagues.append((c.start, c.end))
            scan.drop(c, owner)
            continue
        place = c.strength == 1 and attr.is_place_of_event(ctx, c.start)
        # "care for the veteran from Visalia", "our guy from out past Kerman who ...": the
        # town of a person the phrase describes, whoever writes the sentence
        cared_for = c.strength < 3 and not c.relation and cared_for_origin(
            lower, c.start)
        origin = cared_for or (c.strength < 3 and not c.relation
                               and described_origin(text, lower, c.start, c.end))
        place = place or origin
        if not place and not c.relation and c.strength < 3 and _ARTICLE_BEFORE.search(
                text, max(0, c.start - 4), c.start):
            scan.drop(c, "article")
            continue  # "the Bair Hugger", "the Alaris pump": a thing; people have no article
        if not c.relation and c.strength < 3 and species_epithet(text, c.end):
            scan.drop(c, "species")
            continue  # "grew Serratia marcescens": a genus before its species, no person
        if not c.relation and c.strength < 3 and drug_use(text, lower, c.start, c.end):
            scan.drop(c, "drug")
            continue  # "Bumex 2 mg IV", "switched to Xarelto", "Tikosyn was stopped": a drug
        if place and not anchors.patient[i] and scan.clinician_subject(
                i, _clause_start(lower, anchors.spans[i][0], c.start)):
            scan.drop(c, "colleague_moves")
            continue  # "Dr. Okeke is moving back to Laton": where a colleague goes
        tied_here = (anchors.patient[i] or anchors.person[i] or anchors.person_next[i]
                     or c.relation
                     # "the intern who called you about Kwabena": someone clinicians talk about
                     or ABOUT_SOMEONE.search(lower, max(0, c.start - 30), c.start) is not None
                     or care_object(text, lower, c, anchors.spans[i]) or origin
                     # "Castellanos-Ruiz 3am K 6.1": a result measured on the person named
                     or (not place and result_after(text, c.end)))
        unsure = ""  # why nothing ties the candidate to anyone, when it is kept as a warning
        if c.strength < 3 and text[c.start].islower():
            if not lower_name_in_care(scan, i, c):
                if not _unsure(scan, c, "unsure_lower", i, place):
                    continue  # "priya nair was my co-intern": a lower-case name needs care
                unsure = "unsure_lower"
            else:
                tied_here = True  # "thx for covering, rosalind pike needs a 6am bmp"
        if not c.relation and "," in text[max(0, c.start - 40) : c.end + 1] and (
                signout.in_roster(text, c.start)):
            scan.drop(c, "roster")
            continue  # "Lindqvist, Eva - welcome / Moreno, Javier - QI results": a schedule
        if scan.has_bar and rows.roster_table(text, c.start):
            scan.drop(c, "roster_table")
            continue  # "| resident | PGY | date |" above "| Vrabel | 2 | 11/3 |": a roster
        if any(a < c.end and c.start < b for a, b in scan.addresses):
            scan.drop(c, "in_address")
            continue
        if _INSTITUTION_IN.search(text, max(0, c.start - 40), c.start):
            scan.drop(c, "institution_in")
            continue  # "the VA in Ann Arbor": where an institution is, not a person
        if not c.relation and c.strength < 3 and _eponym_list(text, c.end):
            scan.drop(c, "eponym_list")
            continue  # "Whipple, Hartmann and Nissen cases", "Cheyne-Stokes and Biot
            # respirations": one of a list of things named after people
        if _HOLIDAY_AFTER.match(text, c.end):
            scan.drop(c, "holiday")
            continue  # "Martin Luther King Jr. Day": a holiday named after someone
        if THING_NAMED_BEFORE.search(text, max(0, c.start - 30), c.start):
            scan.drop(c, "thing_named")
            continue  # "a mannequin named Harvey"
        if c.strength < 3 and any(scan.repeated(w) for w in text[c.start : c.end].split()):
            if scan.eponyms is None:
                scan.eponyms = {name_fold(m.group(1)) for m in _EPONYM_WORD.finditer(text)
                           if EPONYM_FOLLOWER.match(text, m.end())}
            if any(name_fold(w) in scan.eponyms for w in text[c.start : c.end].split()):
                scan.drop(c, "eponym")
                continue  # "the Koebner phenomenon described by Heinrich Koebner": its author
        where = event_or_address(scan, c, i) if c.strength < 3 and not c.relation and not (
            clause_roles.read(text, lower, c.start, c.end, anchors.spans[i][0]).cared_for
        ) else ""  # "wrote up Ilse Marek for the case conference": the person, not the event
        if where:
            scan.drop(c, where)
            continue  # an event's town, an institution's address, a building, an authors' line
        if c.strength < 3 and not c.relation and _UNIT_LINE_AFTER.match(text, c.end):
            scan.drop(c, "unit_line")
            continue  # "Alder Creek ED 555-611-2300": a hospital's unit and its line
        on_subject = _SUBJECT.match(text, ctx.sentence_span(c.start)[0]) is not None
        if on_subject and _APPLICATION_AFTER.match(text, c.end):
            scan.drop(c, "application")
            continue  # "Subject: Fwd: Kalani Akana - CV and personal statement": an applicant
        # "Subject: Lunch with Hannah on 2/3?" is a meeting; "Tranh Vo - path back, call
        # family?" is someone's care whatever else the line asks for
        subject = on_subject and (not anchors.meeting[i] or CARE_NEXT.match(text, c.end)
                                  is not None)
        subject = subject and (c.strength > 1 or not _LOWER_NEXT.match(text, c.end))
        # a full name needs a networking event or work to be the sender's acquaintance; a rare
        # word (a place, a surname alone) needs only the sender's own talk
        shielded = anchors.event[i] if c.strength == 2 else anchors.shield[i]
        if c.strength < 3 and not c.relation and not tied_here and not subject and (
                (place and writer_places.writer_goes(
                    lower, _clause_start(lower, anchors.spans[i][0], c.start), c.start))
                or writer_places.event_town(text, c.start)
                or writer_places.talk_topic(lower, c.start)):
            scan.drop(c, "writer_place")
            continue  # "I grew up in Modesto", "at CHEST in Honolulu", "Grand Rounds on
            # Takotsubo": the writer's whereabouts, an event's town, a talk's topic
        if not unsure and (
                (c.strength < 3 and shielded and not tied_here and not (subject and not place))
                or (c.strength == 1 and not tied_here and not place and not subject)):
            unsure = "unsure_shield" if c.strength < 3 and shielded else "unsure_weak"
            if not _unsure(scan, c, unsure, i, place):
                continue  # no owner found, nor a tie: the scorer may ask
        if place and WORKPLACE_BEFORE.search(lower, ctx.sentence_span(c.start)[0], c.start):
            scan.drop(c, "workplace_place")
            continue  # "a 450-bed hospital in the Bronx": where the institution is
        if place and place_shapes.PRODUCT_NAME.fullmatch(text, c.start, c.end):
            scan.drop(c, "product")
            continue  # "reply to MyChart messages": a product's name, no place
        # a person by shape ("Mr. Haddad", "goes by 'Tiny'") in a message that speaks of a
        # patient or of someone's care is that patient
        by_person = c.strength == 3 and (
            scan.message_about_patient or scan.clinical_words(i))
        # "Re: Okonkwo readmission", "Subject: Haddad case": a subject line about someone's care
        by_person = by_person or (subject and CARE_NEXT.match(text, c.end) is not None)
        # "sent Hakobyan home", "Vukovic's apixaban": care done to the person named
        by_person = by_person or care_object(text, lower, c, anchors.spans[i]) or cared_for
        if unsure:
            # nobody found to own it, nothing ties it to a patient: "is this a patient?"
            out.add("LOCATION" if place else "NAME", c.start, c.end, WARNING)
            scan.warned.append((c, unsure))
            continue
        out.add("LOCATION" if place else "NAME", c.start,
                town_end(text, c.end) if origin else c.end,
                severity(i, c.relation or by_person))
        if not place:
            person_sentences.add(i)
            flagged_words.update(w for w in text[c.start : c.end].split() if len(w) > 2)
            town = _FROM_TOWN.match(text, c.end)
            if town and not name_words.INSTITUTION.search(town.group("place")) and not any(
                    name_words.not_a_name_word(w) for w in town.group("place").split()):
                # "Mr. Yazzie from Chinle": where the person named comes from
                out.add("LOCATION", *town.span("place"), severity(i, c.relation or by_person))


def subject_care_names(scan: Scan) -> None:
    """"Subject: Feldman - path results": a surname that is also a word, then a care noun."""
    ctx, text = scan.ctx, scan.text
    for m in _SUBJECT_CARE.finditer(text):
        name = m.group("name")
        if m.group("opinion") and _OWN_WORK_ON_LINE.search(
                text, m.end(), attr.line_end_of(text, m.end())):
            continue  # "Subject: Castillo - second opinion on my fellowship list"
        if not (name_words.not_a_name_word(name) or is_common(name) or name_words.medical_word(name)
                or name_words.CLINICAL_NOUN.fullmatch(name)) and not attr.in_frame(
                ctx, m.start("name")):
            scan.out.add("NAME", m.start("name"), m.end("name"), ERROR)
            scan.person_sentences.add(ctx.sentence_index(m.start("name")))


def other_mentions(scan: Scan) -> None:
    """Once "Oyelaran" is flagged, its other mentions are the same person."""
    ctx, text, out = scan.ctx, scan.text, scan.out
    for word in scan.flagged_words:
        word = word.strip(".,;:!?()'\"").removesuffix("'s")
        if len(word) < 3 or not word[:1].isupper():
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
            if not attr.in_frame(ctx, m.start()):
                out.add("NAME", m.start(), m.end(), WARNING)
