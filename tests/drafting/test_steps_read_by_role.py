"""Next steps and asks read by what each word does, in invented wordings: a "my" of time or
place says nothing of who acts, an instruction to ask for something asks for it, an
introduction is the reader's to make, an "also" that joined a step goes with the joint, a goal
is framed by its phrase type, "OR" in capitals is a room, not a conjunction."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.engines.offline.context import Ctx
from assistant.engines.offline.goals import goals_sentence
from assistant.engines.offline.parse import understand
from assistant.engines.offline.person import second_person
from assistant.engines.offline.phrase_type import classify
from assistant.engines.offline.sentences import next_step_sentence
from assistant.models import DraftRequest

SETTINGS = Settings(_env_file=None)


def _ctx(**sender: str) -> Ctx:
    request = DraftRequest.model_validate({
        "kind": "follow_up", "sender": {"name": "Ines Varga", **sender},
        "contact": {"name": "Dr. Ahmed Sorensen", "relationship": "met_once"}})
    return Ctx(understand(request).request, SETTINGS)


@pytest.mark.parametrize(
    ("typed", "actor"),
    [
        ("try the checklist on my next night float block", "me"),
        ("use the script during my geriatrics elective", "me"),
        ("look over my fellowship timeline", "you"),   # "my" as the object: the reader acts
        ("read my draft during my elective", "you"),
    ],
)
def test_a_my_of_time_or_place_says_nothing_of_who_acts(typed: str, actor: str) -> None:
    assert classify(typed).actor == actor


@pytest.mark.parametrize(
    ("step", "sentence"),
    [
        ("ask for an intro to your pharmacist who built the protocol",
         "Could you introduce me to your pharmacist who built the protocol?"),
        ("ask you for a quick intro to the sim director",
         "Could you introduce me to the sim director?"),
        ("read the review you sent; also send you my notes",
         "I'll read the review you sent. I'll send you my notes."),
    ],
)
def test_next_steps_that_ask_for_or_add(step: str, sentence: str) -> None:
    assert next_step_sentence(_ctx(), step) == sentence


@pytest.mark.parametrize(
    ("goals", "sentence"),
    [
        ("match into anesthesiology", "I plan to match into anesthesiology."),
        ("interviewing for chief this winter", "I'm interviewing for chief this winter."),
        ("community hospitalist job", "I am working toward a community hospitalist job."),
        ("a career in rural surgery", "I am working toward a career in rural surgery."),
    ],
)
def test_a_goal_is_framed_by_its_phrase_type(goals: str, sentence: str) -> None:
    assert goals_sentence(_ctx(goals=goals)) == sentence


def test_a_room_in_capitals_is_no_conjunction() -> None:
    request = DraftRequest.model_validate({"kind": "follow_up",
                                           "contact": {"name": "Dr. Ahmed Sorensen"}})
    assert second_person("he said the OR is where residents learn", request) == \
        "you said the OR is where residents learn"


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("her handout was SO clear", "her handout was so clear"),
        ("hospitalist vs primary care - REALLY unsure", "hospitalist vs primary care - really "
                                                       "unsure"),
        ("the STRIDE trial results in the ICU", "the STRIDE trial results in the ICU"),
    ],
)
def test_one_shouted_word_in_a_field_is_written_plainly(typed: str, written: str) -> None:
    from assistant.checks.rules_tone import emphasis_lowered

    assert emphasis_lowered(typed) == written


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("tbh your slide on delirium was the highlight", "your slide on delirium was the "
                                                         "highlight"),
        ("is a chief year worth it tbh", "is a chief year worth it"),
    ],
)
def test_the_residents_candour_is_no_fact(typed: str, written: str) -> None:
    from assistant.engines.offline.fields import plain_register

    assert plain_register(typed) == written


def test_down_to_is_a_wish() -> None:
    assert classify("down to grab lunch at the retreat").text == "grab lunch at the retreat"


@pytest.mark.parametrize(
    ("ask", "sentence"),
    [
        ("mentor me through my sub-I applications",
         "I am looking for a mentor. Could I ask your advice on my sub-internship applications?"),
        ("see if she'd take me under her wing",
         "Could I ask your advice on the next step in my training?"),
        ("be my mentor for the rest of the year",
         "I am looking for a mentor. Could I ask your advice on the next step in my training?"),
        ("a 20 minute call next week", "Would you have time for a 20 minute call next week?"),
    ],
)
def test_a_mentoring_ask_to_a_new_contact_is_asked_as_advice(ask: str, sentence: str) -> None:
    from assistant.engines.offline.sentences import ask_sentence

    request = DraftRequest.model_validate({
        "kind": "introduction", "ask": ask,
        "contact": {"name": "Dr. Ahmed Sorensen", "relationship": "new"}})
    understood = understand(request).request
    assert ask_sentence(Ctx(understood, SETTINGS), understood.ask or "") == sentence
