"""Fields typed on a phone, each read by mechanism rather than by wording: a hedge around an
ask, a spaced slash joining two phrases, emoji, an auxiliary that must agree once the reader is
"you", a verb in the past with no subject, a statement before a question, a mentor ask, a name
made of acronyms, a year of training as a role, a description of two verb phrases in a frame
that holds one. Each row is a wording the development data does not use."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine, parse
from assistant.engines.offline.phrase_type import unhedged, work_clauses
from assistant.models import DraftRequest
from tests.drafting.invention import inventions


def _draft(kind: str, **fields: Any) -> str:
    request = DraftRequest.model_validate({
        "kind": kind, "today": "2026-11-30",
        "sender": {"name": "Ines Moreau", "role": "pgy3 im", "program": "Rush IM"},
        "contact": {"name": "Dr. Paul Varga", "institution": "Rush", "relationship": "met_once"},
        **fields})
    return OfflineEngine().compose(request, [], Settings(_env_file=None)).body


def _request(name: str = "Dr. Paul Varga") -> DraftRequest:
    return DraftRequest.model_validate({"kind": "introduction", "contact": {"name": name}})


@pytest.mark.parametrize(("typed", "read"), [
    ("perhaps a phone call next month", "a phone call next month"),
    ("possibly, 10 min after clinic?", "10 min after clinic?"),
    ("if possible, look at my abstract", "look at my abstract"),
    ("read my draft if possible", "read my draft"),
    ("lunch on friday if you're free?", "lunch on friday?"),
    ("a quick chat, if that works", "a quick chat"),
    ("maybe", "maybe"),  # nothing left to ask: kept as typed
])
def test_a_hedge_around_an_ask_is_dropped(typed: str, read: str) -> None:
    assert unhedged(typed) == read


@pytest.mark.parametrize(("typed", "read"), [
    ("does he run the wound clinic", "do you run the wound clinic"),
    ("Is she still taking students?", "Are you still taking students?"),
    ("was he on the committee", "were you on the committee"),
    ("has she got time in May", "have you got time in May"),
    ("she doesn’t precept on Mondays", "you don’t precept on Mondays"),
])
def test_an_auxiliary_agrees_with_you(typed: str, read: str) -> None:
    assert parse.second_person(typed, _request()) == read


@pytest.mark.parametrize(("typed", "read"), [
    # who did it is not said, so only what it was about is kept
    ("launched a transitions-of-care pilot", "a transitions-of-care pilot"),
    ("wrote the handbook on night float", "the handbook on night float"),
    ("talked about her move into administration", "your move into administration"),
    ("discussed the wellness curriculum", "the wellness curriculum"),
    # not a verb in the past: as typed
    ("advanced heart failure", "advanced heart failure"),
    ("shared decision making", "shared decision making"),
    ("need for a sleep clinic", "need for a sleep clinic"),
])
def test_a_topic_is_a_noun_phrase(typed: str, read: str) -> None:
    assert parse.topic(parse.phrase(typed, _request()) or typed) == read


@pytest.mark.parametrize(("typed", "read"), [
    ("showed me how to read a sleep study", "you showed me how to read a sleep study"),
    ("reminded us to call families early", "you reminded us to call families early"),
    ("ran the session on airway skills", "the session on airway skills"),
    ("your story about the first clinic", "your story about the first clinic"),
])
def test_a_detail_in_the_past_says_who_only_when_the_words_do(typed: str, read: str) -> None:
    assert parse.detail(typed) == read


@pytest.mark.parametrize(("typed", "read"), [
    ('"teaching is a team sport" - loved that', '"teaching is a team sport"'),
    ("night float pearls — really liked it", "night float pearls"),
    ("ICU at night - so true", "ICU at night - so true"),  # no reaction to a pronoun: kept
    ("the match - how it works", "the match - how it works"),
])
def test_the_residents_reaction_after_a_dash_is_left_out(typed: str, read: str) -> None:
    assert parse.unreacted(typed) == read


@pytest.mark.parametrize(("typed", "read"), [
    ("chairs the ethics committee, and has published on triage",
     ["chairs the ethics committee", "has published on triage"]),
    ("runs the sim lab; teaches the airway course",
     ["runs the sim lab", "teaches the airway course"]),
    ("trauma surgery, critical care", ["trauma surgery, critical care"]),
])
def test_a_description_splits_into_its_verb_phrases(typed: str, read: list[str]) -> None:
    assert work_clauses(typed) == read


@pytest.mark.parametrize(("typed", "read"), [
    ("NYU GSOM", "NYU GSOM"),  # acronyms only: their capitals are their letters
    ("SCCM ICU", "SCCM ICU"),
    ("ATS INTERNATIONAL CONFERENCE", "ATS International Conference"),  # shouted
])
def test_a_name_of_acronyms_is_not_shouting(typed: str, read: str) -> None:
    request = DraftRequest.model_validate({"kind": "follow_up", "meeting": {"event": typed}})
    assert parse.unshouted(request).meeting.event == read


@pytest.mark.parametrize(("typed", "read"), [
    ("Moving to Seattle", "moving to Seattle"),  # sentence case: the first capital only
    ("Chief Year?", "chief year"),  # title case of ordinary words
    ("Step 2 timing", "Step 2 timing"),  # a name before its number
    ("Seattle or Boston", "Seattle or Boston"),
    ("VA vs academic job", "VA vs academic job"),
])
def test_a_decision_typed_in_title_case_reads_mid_sentence(typed: str, read: str) -> None:
    assert parse.decision(typed) == read


@pytest.mark.parametrize(("typed", "read"), [
    ("said the wards get easier", "you said the wards get easier"),
    ("recommended the bootcamp", "you recommended the bootcamp"),
])
def test_a_subjectless_verb_of_saying_in_a_detail_is_the_readers(typed: str, read: str) -> None:
    assert parse.detail(typed) == read


@pytest.mark.parametrize(("typed", "read"), [
    ("prelim yr", "preliminary year resident"),
    ("research year", "research year resident"),
    ("PGY-2 resident", "PGY-2 resident"),
])
def test_a_year_of_training_gains_its_noun(typed: str, read: str) -> None:
    assert parse.role(typed) == read


@pytest.mark.parametrize(("kind", "fields", "says", "never"), [
    # a spaced slash joins two phrases; a slash inside a name stays
    ("follow_up", {"meeting": {"event": "ACP chapter meeting", "date": "2026-11-28",
                               "topics": ["board prep / moonlighting"],
                               "next_step": "send my OB/GYN rotation dates"}},
     ["board prep and moonlighting", "OB/GYN"], [" / "]),
    # emoji are left out of every field
    ("introduction", {"contact": {"name": "Dr. Paul Varga", "their_work": "runs the "
                                  "lung transplant clinic 🫁✨"},
                      "ask": "15 min by phone 📞"},
     ["lung transplant clinic", "15 minutes"], ["🫁", "✨", "📞"]),
    # a hedge does not break the frame
    ("introduction", {"ask": "perhaps a call in march?"},
     ["call in March"], ["Could I perhaps", "perhaps a"]),
    # a statement, then a question after a comma: each as what it is
    ("introduction", {"ask": "curious about your wound clinic, could i observe one morning"},
     ["I'm curious about your wound clinic.", "Could I observe one morning?"],
     ["open to curious"]),
    # "hear more about": the reader tells, never "look forward to hear"
    ("follow_up", {"meeting": {"event": "ACP chapter meeting", "date": "2026-11-28",
                               "topics": ["moonlighting"],
                               "next_step": "hear more about the hospitalist track"}},
     ["Could you tell me more about the hospitalist track?"], ["forward to hear"]),
    # asking a new contact to be a mentor: what the resident looks for, then advice on the one
    # thing named
    ("follow_up", {"meeting": {"event": "ACP chapter meeting", "date": "2026-11-28",
                               "topics": ["moonlighting"],
                               "next_step": "ask if he would be my career mentor"}},
     ["I am looking for a career mentor.", "Could I ask your advice on my career plans?"],
     ["be my career mentor"]),
    # a topic typed as a quotation is the line that stayed with the resident, the reaction
    # after it left out
    ("follow_up", {"meeting": {"event": "ACP chapter meeting", "date": "2026-11-28",
                               "topics": ['"teaching is a team sport" - so loved it', "chief year"],
                               "next_step": "send my CV"}},
     ['"teaching is a team sport"', "conversation about chief year"],
     ["loved", "conversation about \""]),
    # an ask without its question mark is still a question
    ("introduction", {"ask": "is there a spot for an intern on the stewardship team"},
     ["Is there a spot for an intern on the stewardship team?"], ["open to is"]),
    # a question, then only how: the manner is left out rather than made a sentence
    ("introduction", {"ask": "your take on academic vs community jobs? perhaps by phone"},
     ["I'd be grateful for your take on academic vs community jobs."], ["by phone"]),
    # the resident's wish in a next step is asked, never promised
    ("follow_up", {"meeting": {"event": "ACP chapter meeting", "date": "2026-11-28",
                               "topics": ["moonlighting"],
                               "next_step": "would love to sit in on his tumor board?"}},
     ["Could I sit in on your tumor board?"], ["I'll sit"]),
    # the resident's pleasure is not the topic
    ("follow_up", {"meeting": {"event": "ACP chapter meeting", "date": "2026-11-28",
                               "topics": ["really enjoyed hearing about his refugee clinic"],
                               "next_step": "send my CV"}},
     ["conversation about your refugee clinic"], ["about really", "enjoyed hearing"]),
    # a bare unit of the reader's work is theirs, never "work on" a bare noun
    ("introduction", {"contact": {"name": "Dr. Paul Varga", "their_work": "adult congenital "
                                  "heart disease clinic"}, "ask": "shadow one afternoon"},
     ["Your adult congenital heart disease clinic is"], ["work on adult"]),
    ("linkedin_note", {"contact": {"name": "Dr. Paul Varga", "their_work": "rural telestroke "
                                   "network"}},
     ["your rural telestroke network"], ["work on rural"]),
    ("introduction", {"contact": {"name": "Dr. Paul Varga", "their_work": "sepsis outcomes"},
     "ask": "shadow one afternoon"}, ["work on sepsis outcomes"], []),
    # a description of two verb phrases in the career-path frame: the first only
    ("mentor_agenda", {"contact": {"name": "Dr. Paul Varga", "relationship": "mentor",
                                   "their_work": "leads the cardio-renal clinic, and has "
                                                 "trained 12 fellows"},
                       "meeting": {"date": "2026-12-04"}, "decisions": ["fellowship timing"]},
     ["how you came to lead the cardio-renal clinic, and what"], ["and have trained"]),
])
def test_drafts_from_fields_typed_on_a_phone(kind: str, fields: dict[str, Any], says: list[str],
                                             never: list[str]) -> None:
    body = _draft(kind, **fields)
    for text in says:
        assert text in body, body
    for text in never:
        assert text not in body, body


@pytest.mark.parametrize(("draft", "typed", "invented"), [
    ("I am a resident at Children's Colorado.", "childrens colorado", []),
    ("I am a resident at Children's Mercy.", "childrens colorado", ["proper noun 'Mercy'"]),
    ("We met at Shriners.", "shriner's", []),
])
def test_a_possessive_spelt_without_its_apostrophe_is_the_same_name(
        draft: str, typed: str, invented: list[str]) -> None:
    request = DraftRequest.model_validate({"kind": "introduction",
                                           "sender": {"program": typed}})
    assert inventions(draft, request) == invented
