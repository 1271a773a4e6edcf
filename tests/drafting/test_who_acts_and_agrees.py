"""Who acts, read from the main clause; the reader's plans as offers; hopes asked as questions;
a verb joined to the reader's agreeing with it; a possessive after a verb of contacting. Every
wording here is made up for the test; none is from a corpus."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.engines.offline.parse import classify
from assistant.engines.offline.person import second_person
from assistant.models import DraftRequest

READER = {"name": "Dr. Noor Vasquez", "their_work": "runs the burn unit"}


def _body(kind: str, **fields: object) -> str:
    request = {"kind": kind, "today": "2026-11-30", "contact": READER,
               "sender": {"name": "Eli Brandt", "role": "PGY-2 surgery resident"},
               "meeting": {"event": "the burn congress", "date": "2026-11-28"}, **fields}
    if "next_step" in fields:
        request["meeting"] = {**request["meeting"], "next_step": fields["next_step"]}
        del request["next_step"]
    comp = OfflineEngine().compose(DraftRequest.model_validate(request), [],
                                   Settings(_env_file=None))
    return comp.body


@pytest.mark.parametrize(("text", "actor"), [
    # a "my" inside a clause of time or condition says nothing of who acts
    ("follow up once my grant draft is in", "me"),
    ("check in again after my night rotation", "me"),
    # in the main clause it does: the reader acts on what is the resident's
    ("look over my grant draft once it is in", "you"),
    # the resident getting what the reader gives is asked as leave
    ("get your read on my grant aims before January", "permission"),
    ("hear your thoughts on the skin graft study", "permission"),
])
def test_who_acts_comes_from_the_main_clause(text: str, actor: str) -> None:
    p = classify(text)
    assert p.kind == "verb" and p.actor == actor, p


@pytest.mark.parametrize(("step", "said"), [
    ("she is going to forward me the dressing protocol",
     "Thank you for offering to forward me the dressing protocol."),
    ("he plans to loop in the unit's research nurse",
     "Thank you for offering to loop in the unit's research nurse."),
])
def test_a_plan_of_the_reader_is_thanked_as_an_offer(step: str, said: str) -> None:
    body = _body("follow_up", next_step=step)
    assert said in body
    assert "You're going" not in body and "You plan" not in body


@pytest.mark.parametrize(("ask", "question"), [
    ("hoping she could share the unit's grafting checklist",
     "Could you share the unit's grafting checklist?"),
    ("i hope he would have time for a short call", "Would you have time for a short call?"),
])
def test_a_hope_is_asked_as_its_question(ask: str, question: str) -> None:
    body = _body("introduction", ask=ask)
    assert question in body
    assert "hoping" not in body.lower()


@pytest.mark.parametrize(("typed", "written"), [
    ("she runs the burn unit and trains the fellows in grafting",
     "you run the burn unit and train the fellows in grafting"),
    ("he directs the clinic, teaches the interns and edits a journal",
     "you direct the clinic, teach the interns and edit a journal"),
    # the nearest verb before it has another subject: it stays
    ("she said the unit runs two trials and takes one resident a year",
     "you said the unit runs two trials and takes one resident a year"),
])
def test_a_verb_joined_to_the_readers_agrees(typed: str, written: str) -> None:
    request = DraftRequest.model_validate({"kind": "introduction", "contact": READER})
    assert second_person(typed, request) == written


@pytest.mark.parametrize(("typed", "written"), [
    ("email her scheduler about a date", "email your scheduler about a date"),
    ("call her lab manager", "call your lab manager"),
    ("email her about a date", "email you about a date"),
    ("thank her again", "thank you again"),
    ("send her the slides", "send you the slides"),
])
def test_a_verb_of_contacting_takes_one_object(typed: str, written: str) -> None:
    request = DraftRequest.model_validate({"kind": "follow_up", "contact": READER})
    assert second_person(typed, request) == written
