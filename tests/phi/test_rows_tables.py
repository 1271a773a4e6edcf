"""Lists, tables and numbers that only look like dates, one row each: a date or bed that opens a
row of a list of care, a table's date, age and room columns, and the same shapes for the writer,
the program, a study or a dose. (Sentences written for these tests, not taken from a corpus.)"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi
from assistant.phi.rows import list_head, row_shapes


@pytest.mark.parametrize(
    ("text", "span", "type_", "severity"),
    [
        # a day and month opening a row of a list whose rows tell of care
        ("stay:\n- 4/2 CT w/ SDH\n- 4/4 crani\n- 4/9 rehab", "4/4", "DATE", "error"),
        ("6/1 - intubated, 6/3 - trach, 6/8 - PEG", "6/3", "DATE", "error"),
        ("| day | date | what |\n| 2 | 8/12 | febrile, cx sent |", "8/12", "DATE", "error"),
        ("Date of arrest | 2/7/26\nDate of ROSC | 2/7/26", "2/7/26", "DATE", "error"),
        # a table's age column
        ("| bed | age | problem |\n| 4 | 96 | CHF |", "96", "AGE", "error"),
        # beds of a sign-out: two rows of the same shape, each with its problem
        ("Night list:\n308A - NSTEMI, heparin gtt\n311 - DKA, on drip", "311", "ROOM", "error"),
        # a day and month in Spanish, and a residence said in Spanish
        ("su hijo dice que la llev\u00f3 al ED el 14 de marzo por fiebre", "14 de marzo", "DATE",
         None),
        ("la se\u00f1ora vive en Kerman con su nieta", "Kerman", "LOCATION", "error"),
        ("lo trajo su hermano desde Mendota anoche", "Mendota", "LOCATION", None),
        # beds of one or two digits under a sign-out's head; a table's admit column
        ("Handoff\n7 - s/p lap appy, pain ok\n9 - cellulitis, on cefazolin", "9", "ROOM",
         "error"),
        ("| pt | age | admit |\n| 1 | 93 | 6/2 |", "6/2", "DATE", "error"),
        # the date a test was done on someone, in parentheses after it
        ("MRI (2026-04-11) showed the abscess", "2026-04-11", "DATE", "error"),
        # a street named by a letter
        ("she sleeps in her car on K Street most nights", "K Street", "LOCATION", None),
        # a plate's shape in a sentence about a patient's vehicle, no word "plate"
        ("pt's van 6TRS402 is still in the ED lot", "6TRS402", "VEHICLE", "error"),
        # a study subject's own id is a code of a person
        ("consented 4/9 for the trial, subject ID 021-334", "021-334", "ID", "error"),
        # a day counted in a stay; a relative the writer does not call their own
        ("day 6 of admission = 2/19, pressors off", "2/19", "DATE", "error"),
        ("son's email for the disability paperwork: tkhan1961@yahoo.com", "tkhan1961@yahoo.com",
         "EMAIL", None),
        # a bare record number a subject line carries
        ("Subject: 00391847 - cx positive, call family?", "00391847", "MRN", "error"),
    ],
)
def test_found(text: str, span: str, type_: str, severity: str | None) -> None:
    found = [f for f in find_phi(text) if f.text == span]
    assert found, f"{span!r} not found in {text!r}"
    assert found[0].type == type_
    if severity:
        assert found[0].severity == severity


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own list, the program's schedule heading its rows
        "My blocks: 1/5-2/1 nights, 2/2-3/1 clinic, 3/2 elective",
        "Journal club schedule:\n- 2/3 anticoagulation\n- 2/10 sepsis bundles",
        # fractions, doses and scores that look like dates
        "she finished 3/4 of her dinner tonight",
        "lispro 8/8/8 with meals, hold if not eating",
        # a public registry's id behind a generic label, a deadline in Pacific time
        "Trial ID NCT04412345 - can I mention it in my personal statement?",
        "Applications due Dec 1 at 11:59 pm PT, letters by 12/8",
        # a colleague's age and hometown
        "Our retired chair turned 95 and still sends the residents birthday cards.",
        "Dr. Okafor grew up in Selma and went back there to practice.",
        # an institution's address block
        "Send the packet to: Valley Children's Hospital, 9300 Valley Children's Pl, Madera",
        # rows of no one's care, a product's name, a study database's record
        "Stations for the OSCE:\n201 - breaking bad news\n202 - informed consent",
        "I'll post the slides on WhatsApp, not in MyChart.",
        "REDCap record 0587 is locked for the audit.",
        "my car (NV 7KLM220) is in the north lot",
        # the writer's and a colleague's family
        "my son's email is arjun.s2012@gmail.com if he can shadow you",
        "Dr. Osei's daughter's email is ama.osei@gmail.com - she wants to shadow in the ED",
        # years, a count, a named id in a subject line
        "Subject: 2026-2027 chief elections",
        "Subject: Zoom 88123456 for journal club",
        "Subject: our video hit 2500000 views",
    ],
)
def test_not_flagged(text: str) -> None:
    assert find_phi(text) == [], [(f.type, f.text) for f in find_phi(text)]


@pytest.mark.parametrize(
    ("text", "line", "head"),
    [
        ("Course:\n- 3/1 admit\n- 3/2 OR", "- 3/2 OR", "Course:"),
        ("intro\n\n- 3/1 admit", "- 3/1 admit", "- 3/1 admit"),  # a blank line ends a list
        ("not a row", "not a row", "not a row"),
    ],
)
def test_list_head(text: str, line: str, head: str) -> None:
    lower = text.lower()
    start = list_head(lower, lower.index(line.lower()))
    assert text[start:].startswith(head)


def test_ranges_and_years_are_no_rows() -> None:
    """"2019 - matched" is a year, "3/1-3/4" a range: neither opens a row of a list."""
    text = "2019 - matched\n2020 - started\n3/1-3/4 vacation"
    assert list(row_shapes(text)) == []
