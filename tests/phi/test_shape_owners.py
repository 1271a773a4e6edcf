"""Shapes that name a patient in a ward note, and the same surface shapes in a networking
message about colleagues, cities, projects and staff: each shape needs the patient-side
evidence it stands for (a bed and not a year, a person-shaped name that ends its noun phrase,
a clinical description, a clinical sign-out line, a patient's own relative, a state of illness
rather than of confusion about a form, a second opinion on care rather than on a CV).
(Sentences written for these tests, not taken from a corpus.)"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Lindgren in 6 spiked again overnight", "Lindgren"),
        ("consulted on Bartholomew Iwu this am for the hyperkalemia", "Bartholomew Iwu"),
        ("Octavia, the trach lady in 9, keeps pulling her PMV", "Octavia"),
        ("Szabo, Marta - 4/11 admit, CHF, on lasix gtt", "Szabo"),
        ("pt's husband Kentucky wants a call before the family meeting", "Kentucky"),
        ("Mrs. Hallorann was febrile and altered when we saw her", "Hallorann"),
        ("Subject: Pellegrino - second opinion re: the liver biopsy", "Pellegrino"),
    ],
)
def test_patient_shape_is_found(text: str, span: str) -> None:
    found = find_phi(text)
    assert any(f.type == "NAME" and span in f.text for f in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Minneapolis in 2024 was the first meeting where I presented a poster.",
        "Dr. Ruiz consulted on Medicaid expansion policy before moving into QI.",
        "Thanks for your summary of Cochrane evidence on early mobility.",
        "Rosalind, the other one in our research group, will send the survey results.",
        "Faculty: Haverford, Ines - welcome; Mbeki, Thabo - closing remarks",
        "Dr. Osei's daughter Georgia is starting college in the fall.",
    ],
)
def test_networking_shape_is_left_alone(text: str) -> None:
    found = [f for f in find_phi(text) if f.type == "NAME"]
    assert found == [], (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # a courtesy title or a rare surname alone on a subject line: whose it is stays unknown,
        # but nothing in the shape ties it to a patient any more
        "Subject: Hartwell - second opinion on my personal statement",
        "Ms. Amari was confused by the new badge policy too, so I forwarded the memo.",
    ],
)
def test_owner_unknown_is_a_warning_not_an_error(text: str) -> None:
    found = [f for f in find_phi(text) if f.type == "NAME"]
    assert found and all(f.severity == "warning" for f in found), (text, found)
