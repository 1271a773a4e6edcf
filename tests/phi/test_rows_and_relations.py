"""Whose a name is, read from the layout and syntax around it rather than from cue words: the
surname that opens a list or table row of clinical cells (and its sibling rows), an initial
before a surname, a relative named after a separator or described in parentheses, a lower-case
name as the object of a ward verb only people undergo, a capitals line behind a label; and the
same layouts for non-patients (a roster row with a role, an author list, who helped the writer,
an authored work, a priest's title, a thing after an article). (Sentences written for these
tests, not taken from a corpus.)"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi


@pytest.mark.parametrize(
    ("text", "names"),
    [
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
    ],
)
def test_name_found_by_layout_or_syntax(text: str, names: set[str]) -> None:
    found = {f.text for f in find_phi(text) if f.type == "NAME"}
    assert names <= found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
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
    ],
)
def test_same_layout_for_a_non_patient(text: str) -> None:
    found = find_phi(text)
    assert not [f for f in found if f.type == "NAME"], (text, found)


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
