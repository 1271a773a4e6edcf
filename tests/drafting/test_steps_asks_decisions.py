"""A connection note carries the next step; a statement and a short question after it, a wish or
a reaction beside the ask, a question about something, each said in its own frame; decisions
typed as yes-or-no, as a verb or with "do I"; ordinals, a question's "q", the request's own
compounds by their initials, a referral with its role in brackets, and a one-word acronym that
is not shouting. Every wording here is made up for the test; none is from a corpus."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.engines.offline.parse import understand
from assistant.models import DraftRequest
from assistant.text.casing import shouted
from assistant.text.shorthand import expand

CONTACT = {"name": "Dr. Ilse Marten", "title": "wound-ostomy surgeon"}
SENDER = {"name": "Bo Lindqvist", "role": "PGY-2 surgery resident"}


def _body(kind: str, **fields: object) -> str:
    meeting = fields.pop("meeting", {})
    request = DraftRequest.model_validate({"kind": kind, "today": "2026-11-30", "contact": CONTACT,
                                           "sender": SENDER, "meeting": meeting, **fields})
    return OfflineEngine().compose(request, [], Settings(_env_file=None)).body


def test_a_connection_note_carries_the_next_step() -> None:
    body = _body("linkedin_note", meeting={"event": "the ostomy symposium", "date": "2026-11-02",
                                           "next_step": "scrub in on a stoma revision in spring"})
    assert "stoma revision" in body and len(body) <= 200


@pytest.mark.parametrize(("step", "said", "asked"), [
    ("i'm rotating in tulsa in april, coffee?", "I'm rotating in Tulsa in April.",
     "Would you be open to coffee?"),
    ("presenting my poster on day two, stop by?", "I'm presenting my poster on day two.", "?"),
])
def test_a_statement_then_a_short_question(step: str, said: str, asked: str) -> None:
    body = _body("follow_up", meeting={"event": "the ostomy symposium", "date": "2026-11-28",
                                       "next_step": step})
    assert said in body and asked in body
    assert ", coffee?" not in body


@pytest.mark.parametrize(("ask", "first", "then"), [
    ("connect, want to learn about the ostomy nursing pathway",
     "I would like to learn about the ostomy nursing pathway.", "connect?"),
    ("connect!! really liked your stoma siting video",
     "I really liked your stoma siting video.", "connect?"),
    ("q re: the wound elective for residents",
     "Could I ask you a question about the wound elective for residents?", ""),
])
def test_a_wish_a_reaction_and_a_question_each_in_their_frame(ask: str, first: str,
                                                              then: str) -> None:
    body = _body("linkedin_note", ask=ask)
    assert first in body and then in body
    assert "!!" not in body


@pytest.mark.parametrize(("typed", "read"), [
    ("join the wound track y/n", "whether to join the wound track"),
    ("night float or not?", "night float or not"),
    ("do i want a second research month", "whether I want a second research month"),
    ("choose b/w plastics and general surgery", "choosing between plastics and general surgery"),
    ("call schedule vs nights", "call schedule vs nights"),  # a noun first: as typed
])
def test_decisions_are_named_as_choices(typed: str, read: str) -> None:
    request = DraftRequest.model_validate({"kind": "mentor_agenda", "contact": CONTACT,
                                           "decisions": [typed]})
    assert understand(request).request.decisions == [read]


@pytest.mark.parametrize(("typed", "written"), [
    ("my 3rd choice program", "my third choice program"),
    ("a 2nd-year elective", "a second-year elective"),
    ("due on the 3rd of June", "due on the 3rd of June"),
    ("a quick q about nights", "a quick question about nights"),
])
def test_ordinals_and_a_questions_q(typed: str, written: str) -> None:
    assert expand(typed) == written


def test_the_requests_own_compound_for_its_initials() -> None:
    body = _body("linkedin_note", ask="connect, hoping to hear about the wo fellowship")
    assert "wound-ostomy fellowship" in body


def test_a_referral_with_its_role_in_brackets() -> None:
    body = _body("introduction", ask="a short call",
                 notes="Dr. Halvard (my APD) said to reach out, they trained together")
    assert "Dr. Halvard, my associate program director, suggested I reach out to you." in body


@pytest.mark.parametrize(("typed", "loud"), [
    ("SAGES", False), ("NAEMSP 2026", False), ("SURGERY", True), ("WOUND VS OSTOMY", True),
])
def test_one_acronym_alone_is_no_shouting(typed: str, loud: bool) -> None:
    assert shouted(typed) is loud
