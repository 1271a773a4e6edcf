"""Whose a date, age, place or number is, read from the syntax around it, one row each: the
subject of a verb a thing can do too ("the order came in"), a value a record or a relative
gives ("the chart says 97"), a dashed day beside a word of care, a labelled identity number, a
school or workplace of the verb's subject; and the same shapes that are no patient's (a
setting's value, a schedule's weekday, an office's acronym, co-workers on call, a person a
cell line is named after). (Sentences written for these tests, not taken from a corpus.)"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi


@pytest.mark.parametrize(
    ("text", "span", "type_"),
    [
        # a person came in: the date is of a visit
        ("He came in on 4/3 with a COPD flare.", "4/3", "DATE"),
        ("The lady from the shelter finally came in 2/26, septic.", "2/26", "DATE"),
        # a thing owned by the patient came back: the date of the patient's test
        ("Her biopsy results came back 5/14, benign.", "5/14", "DATE"),
        # a value the record or a relative gives, as an age
        ("The facesheet lists 96, but his son says he is 95.", "96", "AGE"),
        ("The facesheet lists 96, but his son says he is 95.", "95", "AGE"),
        ("her registration reads ninety-seven; she laughs at that", "ninety-seven", "AGE"),
        ("Mr. Ito, at 98, still drives himself to clinic.", "98", "AGE"),
        # a familiar title before a given name, the patient described after it
        ("Nana Odile (our 101-year-old in 3 West) ate a full breakfast!", "Odile", "NAME"),
        # the occupant named right after a room of a rounds list
        ("Census:\n6W-11 Brannigan COPD, on BiPAP\n6W-14 Oyelowo sickle crisis", "Brannigan",
         "NAME"),
        # a date and time of a calendar entry in the basic ISO form
        ("SUMMARY:goals-of-care mtg - Mr. Lindqvist\nDTSTART:20270114T090000", "20270114",
         "DATE"),
        # a dashed day before a word of care or after a label of care
        ("Subject: Okoro 3-9 admit, repeat labs?", "3-9", "DATE"),
        ("**Discharged:** 7-12\n**Follow-up:** cardiology", "7-12", "DATE"),
        # an identity card's number after its label
        ("his tribal enrollment number 55-10442 goes on the IHS form", "55-10442", "ID"),
        ("The wristband number (B7730021) was scanned twice.", "B7730021", "ID"),
        # the school or workplace of the sentence's person
        ("His daughter says he works at Maple Grove Elementary as a cook.",
         "Maple Grove Elementary", "LOCATION"),
        ("the 15yo attends Lakeside Academy and fainted in gym", "Lakeside Academy", "LOCATION"),
        # nine digits typed one by one after the label
        ("SSN for the disability form: 6 1 2 4 4 9 0 8 1", "6 1 2 4 4 9 0 8 1", "SSN"),
        # a line in capitals read as the same line in lower case
        ("PAGER 2210: PT VANTERPOOL BED 9 SATS 84 PLS COME", "VANTERPOOL", "NAME"),
        # a table with a patient column keeps its names and dates, whatever other column
        ("| pt | attending | date |\n|---|---|---|\n| Brannigan | Dr. Ng | 2/9 |", "Brannigan",
         "NAME"),
        # a presentation with a complaint, told in a case presentation
        ("Case presentation: a 58-year-old roofer presented on Labor Day with chest pain.",
         "Labor Day", "DATE"),
        # a number spoken digit by digit, as a dictation transcribes it
        ("dictated: his daughter asks us to call her at two zero nine five five five "
         "zero one three three tonight", "two zero nine five five five zero one three three",
         "PHONE"),
        # a coronary care unit's bed, a photo of a part of the eye
        ("the pt in CCU 7 keeps asking for you", "CCU 7", "ROOM"),
        ("her daughter emailed a photo of her iris for the consult", "photo of her iris",
         "PHOTO"),
    ],
)
def test_found(text: str, span: str, type_: str) -> None:
    found = [(f.type, f.text) for f in find_phi(text)]
    assert any(t == type_ and (span in s or s in span) for t, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a thing that came in or came back
        "The new badge order came in 6/2, pick it up at security.",
        "Our MICU coordinator said the order came in by June 2.",
        "Results came in on 11/9; the lab's turnaround was four days.",
        "I wanted to share that the fellowship offer came in on March 15.",
        # a dashed day before no word of care
        "Re: 4-15 deadline for abstracts",
        # a setting's or a measure's value
        "Set the vent to 14/5 before the SBT, FiO2 35%.",
        "vent 10/5 overnight, weaning",
        # a weekday of a schedule for every patient of a kind
        "For Monday cases, POD 2 (Wed) goes to the day team.",
        "Friday clinics start at 1 pm after the holidays.",
        # an office's acronym in capitals, a weekday shortened after "moved to"
        "Please send the release forms to HIM by Thursday.",
        "Our fellowship info session moved to Thu 5/8.",
        # co-workers by the staffing predicate they are the subject of
        "Carson and Dallas are on call this weekend; Savannah is post-call.",
        # the person a cell line is named after
        "We talked about Henrietta Lacks and why HeLa consent still matters.",
        # the writer's own family's school
        "My daughter goes to Maple Grove Elementary, so I leave at 3.",
        # a study's period, told of a counted group
        "Between March 1 and May 31, 212 patients were screened in our clinic.",
        # a clinician in a line in capitals
        "PAGER 2210: CALL DR. VANTERPOOL RE PT CONSULT, 4TH FLOOR CONF ROOM",
        # a spoken number of an office
        "voicemail: this is Marisol from the GME office, call us back at five five nine five "
        "five five zero one zero zero",
        # a table whose head names a role (and no patient column) is a roster
        "| intern | PGY | date |\n|---|---|---|\n| Brannigan | 1 | 2/9 |",
        # a talk presented on a date
        "Dr. Osei presented on December 3 with the chief residents; slides are on the drive.",
        # a label's word is no name: a health plan
        "Our families ask about Medi-Cal renewals every week; the county office helps.",
        # a toll-free number is an organisation's line
        "Questions about benefits? Member services is 1-888-555-0190.",
    ],
)
def test_not_a_patients(text: str) -> None:
    assert [(f.type, f.text) for f in find_phi(text)] == []
