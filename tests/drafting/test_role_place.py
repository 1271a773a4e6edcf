"""A role that names its place ("PGY-1 at Riverside", "intern @ Mercy", "PGY-2, Riverside")
is realised with its noun before the place, in every kind that says who the resident is."""

from __future__ import annotations

import re

import pytest

from assistant.config import Settings
from assistant.drafting import draft
from assistant.engines.offline.parse import role
from assistant.models import DraftRequest


@pytest.mark.parametrize(("typed", "expected"), [
    ("PGY-1 at Riverside", "PGY-1 resident at Riverside"),
    ("PGY-1 @ Riverside", "PGY-1 resident at Riverside"),
    ("pgy1@Riverside", "PGY-1 resident at Riverside"),
    ("PGY-1, Riverside", "PGY-1 resident at Riverside"),
    ("pgy2 fm at St. Mary's", "PGY-2 family medicine resident at St. Mary's"),
    ("intern @ Mercy", "intern at Mercy"),
    ("resident at Riverside", "resident at Riverside"),
    ("PGY-2 internal medicine resident at UCSF", "PGY-2 internal medicine resident at UCSF"),
    # no place: unchanged
    ("PGY-1", "PGY-1"),
    ("PGY-3 pediatrics", "PGY-3 pediatrics resident"),
    ("PGY-3, pediatrics", "PGY-3 pediatrics resident"),
    ("PGY-2, IM", "PGY-2 internal medicine resident"),
    ("PGY-2, internal medicine resident", "PGY-2, internal medicine resident"),
    ("intern, EM", "emergency medicine intern"),
])
def test_a_role_keeps_its_noun_before_its_place(typed: str, expected: str) -> None:
    assert role(typed) == expected


KINDS_WITH_ROLE = ["introduction", "follow_up", "update", "mentor_agenda", "linkedin_note"]


@pytest.mark.parametrize("kind", KINDS_WITH_ROLE)
@pytest.mark.parametrize("typed", ["PGY-1 at Riverside", "PGY-1 @ Riverside",
                                   "PGY-1, Riverside"])
def test_every_kind_places_the_noun_before_the_place(built_index: Settings, kind: str,
                                                     typed: str) -> None:
    request = DraftRequest.model_validate({
        "kind": kind,
        "sender": {"name": "Priya Raman", "role": typed},
        "contact": {"name": "Dr. Elena Ruiz", "relationship": "met_once"},
        "meeting": {"event": "the regional ACP meeting",
                    "specific_detail": "her advice on starting a QI project"},
        "ask": "ask about joining the QI project",
    })
    body = draft(request, engine="offline", settings=built_index).body
    assert not re.search(r"Riverside resident|PGY-1,? Riverside|@", body), body
    assert "PGY-1 resident at Riverside" in body, body  # said in the body or the signature


@pytest.mark.parametrize(("program", "expected"), [
    (None, "a PGY-1 resident at Riverside"),
    ("Riverside Health", "a PGY-1 resident at Riverside Health"),  # one place, said once
    ("Riverside Internal Medicine Residency",
     "a PGY-1 resident in the Riverside Internal Medicine Residency"),
    ("Internal Medicine", "a PGY-1 resident at Riverside in Internal Medicine"),
    ("UCSF", "a PGY-1 resident at Riverside, UCSF"),
])
def test_a_role_with_a_place_meets_the_program(program: str | None, expected: str) -> None:
    from assistant.engines import phrasing as ph

    request = DraftRequest.model_validate({
        "kind": "introduction", "sender": {"role": role("PGY-1 at Riverside"), "program": program}})
    assert ph.sender_identity(request) == expected
