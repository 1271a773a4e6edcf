"""The resident's own plans and news keep their places and times; a patient's never pass."""

from __future__ import annotations

import pytest

from assistant.checks import check
from assistant.drafting import strip_phi_fields
from assistant.drafting_writer import writers_reading
from assistant.models import DraftRequest

CONTACT = {"name": "Dr. Wen Halvorsen", "relationship": "mentor"}


def _update(news: str) -> DraftRequest:
    return DraftRequest.model_validate({"kind": "update", "contact": CONTACT,
                                        "sender": {"name": "Ines Marlow"},
                                        "update": {"news": news}})


@pytest.mark.parametrize("news", [
    "got the geriatrics job, relocating to Spokane in August",
    "heading back home to Duluth in May once boards are done",
    "will interview at their program on Thursday",
    "passed step 3 + moving to Reno next spring",
])
def test_writers_own_move_is_kept(news: str) -> None:
    safe = strip_phi_fields(_update(news))
    assert safe.request.update.news == news
    assert not safe.withheld


@pytest.mark.parametrize(("news", "gone"), [
    # a clause with its own subject or object is a patient's: never read as the writer's
    ("pt from Spokane admitted Tuesday, then relocating to Reno in May", "Tuesday"),
    ("discharged mrs okafor home to Duluth on Friday", "okafor"),
    ("moving him to Spokane on Thursday for his transplant", None),
])
def test_patient_details_still_withheld(news: str, gone: str | None) -> None:
    safe = strip_phi_fields(_update(news))
    kept = safe.request.update.news
    assert safe.withheld or kept != news
    if gone:
        assert gone not in (kept or "")


@pytest.mark.parametrize(("typed", "reading"), [
    ("moving to Reno, starting in July", "I moving to Reno, I starting in July"),
    ("pt from Reno and visiting Ely", "pt from Reno and I visiting Ely"),
    ("my move to Ely", "my move to Ely"),
])
def test_clauses_without_a_subject_take_the_writer(typed: str, reading: str) -> None:
    assert writers_reading(typed)[0] == reading


def test_check_leaves_the_writers_own_place_in_a_decision() -> None:
    request = DraftRequest.model_validate({
        "kind": "mentor_agenda", "contact": CONTACT, "sender": {"name": "Ines Marlow"},
        "decisions": ["hospitalist job vs fellowship", "staying in placer county"]})
    text = ("Dear Dr. Halvorsen,\n\nYour advice on two decisions: hospitalist job vs fellowship; "
            "and staying in Placer county.\n\nBest,\nInes Marlow")
    assert [f for f in check(text, kind="mentor_agenda") if f.code == "phi"]  # read bare
    assert not [f for f in check(text, request, kind="mentor_agenda") if f.code == "phi"]
    # the same town said of a patient is still asked about
    patient = text.replace("staying in Placer county", "the man we admitted from Placer "
                           "county on Sunday")
    assert [f for f in check(patient, request, kind="mentor_agenda") if f.code == "phi"]


def test_check_asks_about_a_place_the_request_gives_a_patient() -> None:
    request = DraftRequest.model_validate({
        "kind": "update", "contact": CONTACT, "sender": {"name": "Ines Marlow"},
        "update": {"news": "pt from placer county finally home, starting nights in june"}})
    text = ("Dear Dr. Halvorsen,\n\nA patient of ours from Placer county went home, and I "
            "start nights in June.\n\nBest,\nInes Marlow")
    assert [f for f in check(text, request, kind="update") if f.code == "phi"]
