"""Redaction before anything goes to a hosted model, and restoring the reply locally."""

from __future__ import annotations

import pytest

from assistant.phi import find_phi, redact
from assistant.phi.redaction import restore

CASE = (
    "Following up on the patient we discussed, Mr. Alvarez, admitted on 3/14 (MRN 4482913). "
    "His daughter can be reached at 617-555-0199. Alvarez's neighbour, Mr. Chen, was admitted "
    "on 3/15 as well."
)


def test_redact_replaces_every_identifier_with_a_typed_tag() -> None:
    redacted, mapping = redact(CASE)
    originals = {f.text for f in find_phi(CASE)}
    assert originals == set(mapping.values())
    for value in originals:
        assert value not in redacted
    assert "[MRN]" in redacted and mapping["[MRN]"] == "4482913"
    assert "[PHONE]" in redacted and mapping["[PHONE]"] == "617-555-0199"
    assert mapping["[DATE_1]"] == "3/14" and mapping["[DATE_2]"] == "3/15"
    assert {mapping["[PATIENT_1]"], mapping["[PATIENT_2]"]} == {"Alvarez", "Chen"}


def test_same_value_gets_the_same_tag() -> None:
    redacted, mapping = redact(CASE)
    tag = next(t for t, v in mapping.items() if v == "Alvarez")
    assert redacted.count(tag) == 2


def test_round_trip_restores_the_original() -> None:
    redacted, mapping = redact(CASE)
    assert restore(redacted, mapping) == CASE


def test_a_model_reply_is_restored_locally() -> None:
    _, mapping = redact(CASE)
    tag = next(t for t, v in mapping.items() if v == "Alvarez")
    assert restore(f"Glad {tag} is home.", mapping) == "Glad Alvarez is home."


@pytest.mark.parametrize(
    "message",
    [
        "Dear Dr. Okafor,\nThank you for meeting me at ACP on April 12.\nBest,\nPriya Shah, MD",
        "",
    ],
)
def test_nothing_to_redact_leaves_the_text_unchanged(message: str) -> None:
    assert redact(message) == (message, {})


def test_clinician_tag_differs_from_patient_tag() -> None:
    redacted, mapping = redact("He was seen by Dr. Ramirez in clinic on 5/2.")
    assert "Dr. [CLINICIAN]" in redacted
    assert mapping["[CLINICIAN]"] == "Ramirez"
