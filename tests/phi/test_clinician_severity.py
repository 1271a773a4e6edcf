"""A clinician named by title in a patient's care is found but is no identifier of the patient:
a warning, never raised to the patient's error; the patient beside them stays an error.
(Sentences written for these tests, not taken from a corpus.)"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi


def _severities(text: str) -> dict[str, str]:
    return {f.text: f.severity for f in find_phi(text)}


@pytest.mark.parametrize(
    ("text", "clinician"),
    [
        ("Our patient was referred by Dr. Quennell from the county clinic last spring.",
         "Quennell"),
        ("The patient with lupus nephritis is doing well - Dr. Ottoline Brask's clinic follows "
         "her now.", "Ottoline Brask"),
        ("Our attending Dr. Vashti admitted the patient from clinic with an effusion.", "Vashti"),
    ],
)
def test_a_clinician_by_title_is_a_warning(text: str, clinician: str) -> None:
    assert _severities(text)[clinician] == "warning"


@pytest.mark.parametrize(
    ("text", "patient", "clinician"),
    [
        ("Mrs. Thistlewood-Amadi was seen by Dr. Quennell on 3/14 for the fall.",
         "Thistlewood-Amadi", "Quennell"),
        ("Dr. Vashti admitted Ilse Marchetti from clinic with a new effusion.",
         "Ilse Marchetti", "Vashti"),
    ],
)
def test_the_patient_beside_a_clinician_stays_an_error(
    text: str, patient: str, clinician: str
) -> None:
    found = _severities(text)
    assert found[patient] == "error"
    assert found.get(clinician, "warning") == "warning"


def test_a_surname_shared_by_patient_and_clinician_stays_the_patients() -> None:
    # the courtesy title names the patient; the same word after "Dr." is the clinician's
    found = find_phi("Mr. Quennell (our pt, not Dr. Quennell!) was extubated this morning")
    by_start = sorted((f.start, f.severity) for f in found if f.text == "Quennell")
    assert by_start[0][1] == "error"
