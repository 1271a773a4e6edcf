"""A third-person pronoun is the reader's only when the reader is its antecedent
(assistant/engines/offline/antecedent.py, used by the second-person pass in person.py): a
patient's or a third party's pronoun stays theirs, whatever the wording. Phrases invented here."""

from __future__ import annotations

import pytest

from assistant.engines.offline.person import second_person
from assistant.models import DraftRequest


def _request(name: str = "Dr. Amara Oyelaran", title: str | None = None,
             relationship: str = "mentor") -> DraftRequest:
    return DraftRequest.model_validate({"kind": "update", "contact": {
        "name": name, "title": title, "relationship": relationship}})


@pytest.mark.parametrize(("typed", "written"), [
    # no one named before: the reader, as residents write about the reader
    ("his tip to start with a small audit", "your tip to start with a small audit"),
    ("she said the elective fills by March", "you said the elective fills by March"),
    ("Dr. Oyelaran's letter and her push to submit", "your letter and your push to submit"),
    # a patient named before: the pronoun is the patient's
    ("the patient you helped me with - his case got published",
     "the patient you helped me with - his case got published"),
    ("remember the pt w/ the weird rash? her biopsy finally came back",
     "remember the pt w/ the weird rash? her biopsy finally came back"),
    ("the 58F we staffed in clinic: her scan is clear and she is back at work",
     "the 58F we staffed in clinic: her scan is clear and she is back at work"),
    ("that kid from the PICU sent a drawing, his mom says thanks",
     "that kid from the PICU sent a drawing, his mom says thanks"),
    ("Mr. Haddad is home and his wife called; she said he is walking",
     "Mr. Haddad is home and his wife called; she said he is walking"),
    # a third party named before
    ("Dr. Park took me into her lab", "Dr. Park took me into her lab"),
    ("my co-resident presented the case and he won the poster prize",
     "my co-resident presented the case and he won the poster prize"),
    # the reader named again after a third party: the reader's
    ("Dr. Park connected me with Dr. Oyelaran and her team took me on",
     "Dr. Park connected me with you and your team took me on"),
    # gender agreement passes over the one who cannot be meant
    ("the patient's mother wrote to thank him", "the patient's mother wrote to thank him"),
    ("his advice about the patient's mom: she needed a social work consult",
     "your advice about the patient's mom: she needed a social work consult"),
    # the reader's own colleague reporting about the reader
    ("his colleague said she built the clinic", "your colleague said you built the clinic"),
    # the resident's own role is no one else
    ("chosen as chief resident, his advice helped", "chosen as chief resident, your advice helped"),
    # already the reader's pronoun before a third party of either sex: still the reader's
    ("she said the patient would do well and her advice was right",
     "you said the patient would do well and your advice was right"),
    # a role the request gives the reader is the reader
    ("my mentor said her door is open", "my mentor said your door is open"),
    # the singular "their": the reader's unit, unless someone else was named first
    ("join their lab meeting", "join your lab meeting"),
    ("Dr. Park took me into their lab", "Dr. Park took me into their lab"),
    # a plural is never "he" or "she"
    ("my co-residents loved his talk", "my co-residents loved your talk"),
])
def test_antecedent(typed: str, written: str) -> None:
    assert second_person(typed, _request()) == written


def test_program_director_by_title() -> None:
    request = _request("Dr. Lena Brandt", "Program Director", "sponsor")
    assert second_person("my PD said his office is open", request) == \
        "my PD said your office is open"
