"""Whose a name is, read from the layout and syntax around it rather than from cue words: the
surname that opens a list or table row of clinical cells (and its sibling rows), an initial
before a surname, a relative named after a separator or described in parentheses, a lower-case
name as the object of a ward verb only people undergo, a capitals line behind a label; and the
same layouts for non-patients (a roster row with a role, an author list, who helped the writer,
an authored work, a priest's title, a thing after an article), and the care around a name
(a finding before its parenthesis, a possessed drug, "sent X home", "Case 3:"). (Sentences
written for these tests, not taken from a corpus.)"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi

_BY_LAYOUT = [
    # a list row: a surname, a separator, clinical cells
    ("rm 14 - Wojtaszek - new afib, on dilt drip", {"Wojtaszek"}),
    ("3) Abernethy - COPD, weaning O2", {"Abernethy"}),
    ("| Nakashima | sepsis | on pressors |", {"Nakashima"}),
    ("Mbeki | 71 | ESRD | HD tomorrow", {"Mbeki"}),
    # sibling rows of a list one of whose rows is clinical
    ("handoff:\n- Lindqvist: K 5.9, repeat BMP at 2200\n- Oyelowo: sleeping, no issues",
     {"Lindqvist", "Oyelowo"}),
    # an initial before a rare surname, in a sentence of care
    ("T. Adewale-Ross is the one on the insulin drip", {"T. Adewale-Ross"}),
    # a relative after a separator, or described in parentheses
    ("Emergency contacts: wife - Halina; brother: Zdzislaw", {"Halina", "Zdzislaw"}),
    ("looped in Imani (the patient's niece) for the family meeting", {"Imani"}),
    # a lower-case name no list knows, the object of a ward verb only people undergo
    ("looked in on oluwaseun before signout, pain controlled", {"oluwaseun"}),
    ("consented kwabena for the bronch this morning", {"kwabena"}),
    # a capitals line behind a label, then care
    ("ICU TRANSFER: ZDENKA HORAKOVA - HYPOTENSIVE, ON NOREPI", {"ZDENKA HORAKOVA"}),
    # a family by its plural surname, as what is told to them
    ("how would you tell the Abernathys that the scan shows progression?", {"Abernathys"}),
]

_NOT_PATIENTS_BY_LAYOUT = [
    # a roster row with a role cell; a schedule with no clinical cell
    "Name: Tatsuya Mori | Role: Associate Program Director | Site: VA",
    "Backup call: Thu - Abernethy; Fri - Nakashima",
    # medicines in a list are no row's name; a label is no surname
    "- Keflex: 500 mg PO QID, day 3 of 7",
    "Comment: great turnout at the QI fair",
    # author lists with initials, in either order
    "Authors: W. Nakashima, P. Oyelowo, S. Adewale.",
    "Mbeki T, Lindqvist A, Horakova Z. Early mobility in the ICU. Crit Care. 2022.",
    # whoever helped the writer; the author or speaker of a work
    "Zdenka from the vascular access team helped me with the ultrasound IV",
    "Oyelowo and Mbeki's review of sepsis bundles is the best summary I know",
    "Rewatched Siddhartha Mukherjee's keynote on cancer biology last night",
    # a priest's title; a device named like a person after an article
    "Father Anselm said a blessing over the new ICU before it opened",
    "the Hoyer Lift and the Sara Stedy were both in use on nights",
    # relatives of the writer after a separator
    "My emergency contact: wife - Halina",
]


def test_a_relative_on_a_cc_line_stays_a_relative() -> None:
    """A cc line names correspondents, unless the name is said to be the patient's family."""
    relative = find_phi("cc: Imani (pt's niece) - she asked for the discharge papers")
    assert [f.text for f in relative if f.type == "NAME"] == ["Imani"], relative
    colleague = find_phi("cc: Imani Brooks, Program Coordinator")
    assert not [f for f in colleague if f.type == "NAME"], colleague


def test_his_father_is_a_relative_but_father_alone_is_a_title() -> None:
    relative = find_phi("his father Anselm drove him in after the fall")
    assert [f.text for f in relative if f.type == "NAME"] == ["Anselm"], relative
    priest = find_phi("Father Anselm visited the unit for the memorial")
    assert not [f for f in priest if f.type == "NAME"], priest


_BY_CARE_AROUND = [
    # surnames in parentheses after a finding: who has it
    ("two new PEs on CT (Brankovic and Adeyemi-Ross), both on heparin",
     {"Brankovic", "Adeyemi-Ross"}),
    # a generational suffix is part of a name, not a credential
    ("Harold Okoro Sr. was transferred to the MICU", {"Harold Okoro"}),
    # what the person has is clinical or ward shorthand; a ward verb, the person, where
    ("pharmacy wants a level before Kowalewski's vanc", {"Kowalewski"}),
    ("sent Brankovic back to rehab after the PT eval", {"Brankovic"}),
    ("keep an eye on Adeyemi-Ross tonight, soft pressures", {"Adeyemi-Ross"}),
    ("sent ludmila home on 2L", {"ludmila"}),
    # a numbered case's patient; a sign-out arrow after "SURNAME, GIVEN"
    ("Case 3: Brankovic, missed compartment syndrome", {"Brankovic"}),
    ("OKORO, HAROLD > 2u pRBC, recheck H/H", {"OKORO", "HAROLD"}),
    # a family by its plural surname, then what they did
    ("the Brankovics left after the meeting, still undecided", {"Brankovics"}),
]

_NOT_PATIENTS_BY_CARE_AROUND = [
    "Okoro (program coordinator) booked the room for journal club",
    "OKORO, HAROLD - ASSOCIATE PROGRAM DIRECTOR",
    "Cesar Chavez Day: the clinic is closed",
    "I love that Maya Angelou quote on the wall of the residents' lounge",
    "Brankovic M, Adeyemi R. Sepsis screening in the ED. Ann Emerg Med. 2021.",
    "Dr. Okoro consulted on Aetna's prior-auth pilot - worth joining?",
    "Ruth Brankovic's oncology center in Denver takes visiting residents",
    "Case 3: Dr. Brankovic presented the outcomes",
]


@pytest.mark.parametrize(("text", "names"), _BY_LAYOUT + _BY_CARE_AROUND)
def test_name_found_by_layout_or_care_around_it(text: str, names: set[str]) -> None:
    found = {f.text for f in find_phi(text) if f.type == "NAME"}
    assert names <= found, (text, found)


@pytest.mark.parametrize("text", _NOT_PATIENTS_BY_LAYOUT + _NOT_PATIENTS_BY_CARE_AROUND)
def test_same_layout_or_words_for_a_non_patient(text: str) -> None:
    found = find_phi(text)
    assert not [f for f in found if f.type == "NAME"], (text, found)
