"""A rewrite over the LinkedIn limit planned by value: compressed before anything goes (who
the writer is and what they do in one sentence, their own field and place left to the
profile, a venue spared last), the first of two asks kept and the other when it fits, the
notice naming what the limit cost. Wordings invented for these tests."""

from __future__ import annotations

import pytest

from assistant.checks.functions import asks_or_commits
from assistant.checks.shorten_read import _CUTS, role_pieces, shorter_forms
from assistant.checks.shorten_within import without_venue
from assistant.config import Settings
from assistant.engines.offline import rewrite_plan as plan
from assistant.models import DraftRequest


def _request(text: str, role: str = "PGY-2 internal medicine") -> DraftRequest:
    return DraftRequest.model_validate({
        "kind": "linkedin_rewrite", "today": "2026-11-30",
        "sender": {"name": "Oluwaseun Adeyemi", "role": role, "program": "Tulane IM"},
        "contact": {"name": "Dr. Mirela Kovac", "relationship": "met_once"},
        "existing_text": text})


def _rewrite(text: str) -> tuple[str, str]:
    from assistant.engines.offline.context import Ctx
    from assistant.engines.offline.rewrite import compose

    ctx = Ctx(_request(text), Settings(_env_file=None))
    body = compose(ctx)[1]
    return body, " ".join(ctx.remarks)


@pytest.mark.parametrize(("sentences", "merged"), [
    (["I'm a PGY-1 urology resident at Tulane.", "I have been studying stone recurrence."],
     ["I'm a PGY-1 urology resident at Tulane studying stone recurrence."]),
    (["I am an intern in pathology.", "I'm now learning frozen sections."],
     ["I am an intern in pathology learning frozen sections."]),
    # a sentence that is not about what the writer is doing stays apart
    (["I'm a PGY-1 urology resident.", "I saw your poster on stents."],
     ["I'm a PGY-1 urology resident.", "I saw your poster on stents."]),
    # an identity with a clause of its own is no bare identity
    (["I'm a PGY-1, and I rotate at the VA.", "I'm hoping to match in urology."],
     ["I'm a PGY-1, and I rotate at the VA.", "I'm hoping to match in urology."]),
])
def test_who_the_writer_is_and_what_they_do_in_one_sentence(
        sentences: list[str], merged: list[str]) -> None:
    assert plan.merged_identity(sentences) == merged


@pytest.mark.parametrize(("role", "sentence", "shorter"), [
    ("PGY-2 internal medicine", "I'm a PGY-2 in internal medicine applying to nephrology.",
     "I'm a PGY-2 applying to nephrology."),
    ("PGY-1 peds", "I'm a PGY-1 pediatrics resident interested in genetics.",
     "I'm a PGY-1 resident interested in genetics."),
])
def test_the_writers_own_field_can_be_left_to_the_profile(role: str, sentence: str,
                                                            shorter: str) -> None:
    pieces = plan._without_own_field(role_pieces([sentence]), _request("x", role))
    assert shorter in pieces[0].forms


def test_a_role_with_no_field_adds_no_form() -> None:
    pieces = role_pieces(["I'm a PGY-3 hoping to do hepatology."])
    assert plan._without_own_field(pieces, _request("x", "PGY-3")) == pieces


@pytest.mark.parametrize(("sentence", "shorter"), [
    ("I heard your keynote at the Gulf Coast Renal Symposium on peritoneal dialysis.",
     "I heard your keynote on peritoneal dialysis."),
    ("I read your article in the Annals of Family Medicine about rural clinics.",
     "I read your article about rural clinics."),
    # an ask keeps where it proposes to meet
    ("Could we meet after your talk at the Regional Meeting?",
     "Could we meet after your talk at the Regional Meeting?"),
    # a place that is no venue of their work stays
    ("I trained at Ochsner before residency.", "I trained at Ochsner before residency."),
])
def test_a_venue_after_the_readers_work_is_what_a_short_note_spares(
        sentence: str, shorter: str) -> None:
    assert without_venue(sentence) == shorter


def test_a_plans_focus_is_a_clause_boundary() -> None:
    assert "I'm planning a gap year." in shorter_forms(
        "I'm planning a gap year focused on maternal health in Haiti.", cuts=_CUTS)


@pytest.mark.parametrize(("sentences", "ask"), [
    # the first of two questions
    (["I liked your clinic tour.", "Is the rotation open to interns?",
      "Could I meet one of your fellows?"], 1),
    # a question before a wish
    (["I'd love to learn more.", "Would you have ten minutes in May?"], 1),
    # an offer is never the ask
    (["Let me know if you want me to send the data.", "I'd love your view on chief year."], 1),
])
def test_the_first_ask_is_the_one_kept(sentences: list[str], ask: int) -> None:
    pieces = role_pieces(sentences, first_ask=True)
    assert [i for i, p in enumerate(pieces) if p.required] == [ask]


def test_a_form_of_the_ask_that_no_longer_asks_is_none() -> None:
    pieces = role_pieces(["I'm starting a geriatrics career and would love to join your "
                          "memory clinic one morning."], first_ask=True)
    assert all(asks_or_commits(f) for f in pieces[0].forms)


@pytest.mark.parametrize("sentence", [
    "I'd also be grateful if you could review my abstract.",
    "I would also love to hear how you chose your fellowship.",
])
def test_a_wish_said_with_also_asks(sentence: str) -> None:
    assert asks_or_commits(sentence)


def test_two_asks_within_the_limit_are_both_kept() -> None:
    body, notice = _rewrite("Hi Dr. Kovac, is the transplant elective open to interns? "
                            "Could I also sit in on one selection meeting?")
    assert "transplant elective" in body and "selection meeting" in body
    assert "first ask" not in notice


def test_two_asks_over_the_limit_keep_the_first_and_say_so() -> None:
    body, notice = _rewrite(
        "Hi Dr. Kovac, your grand rounds on hepatorenal syndrome changed how our team orders "
        "albumin. Would you be willing to review my terlipressin abstract draft with its three "
        "figures? Could I also observe your transplant selection committee meeting one "
        "Thursday afternoon?")
    assert len(body) <= 200
    # the reference to their work stays; of the two asks, the first
    assert "grand rounds" in body and "terlipressin abstract" in body
    assert "the first ask was kept" in notice and "selection committee" in notice


def test_identity_and_doing_fit_where_two_sentences_would_not() -> None:
    body, _ = _rewrite(
        "Hi Dr. Kovac, I'm a second-year internal medicine resident at Tulane. I have been "
        "reading about hepatorenal syndrome and how terlipressin changed its outcomes. I saw "
        "your review of it in Hepatology. I would love to connect.")
    assert len(body) <= 200
    assert "terlipressin" in body and "connect" in body
