"""Places, peoples and languages typed in lowercase get their capitals (cities from GeoNames,
demonyms from the countries' names, inside compounds too); the reader called "they" is "you";
a wondering in front of a question is the question; a hedge after "and" is dropped; "app" is
the application; the reader's own thing is asked for, never "open to". Wordings invented here."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.engines.offline.context import Ctx
from assistant.engines.offline.person import second_person
from assistant.engines.offline.phrase_type import classify, unhedged
from assistant.engines.offline.sentences import ask_sentence
from assistant.models import DraftRequest
from assistant.text import casing
from assistant.text.shorthand import expand


@pytest.mark.parametrize(("typed", "written"), [
    ("a month with the team in nairobi", "a month with the team in Nairobi"),
    ("moving to melbourne or auckland", "moving to Melbourne or Auckland"),
    ("clinic for ethiopian and somali families", "clinic for Ethiopian and Somali families"),
    ("portuguese-speaking patients", "Portuguese-speaking patients"),
    ("care for non-english speakers", "care for non-English speakers"),
    ("a study of nigerian-american moms", "a study of Nigerian-American moms"),
    ("grand rounds in dc next week", "grand rounds in DC next week"),
    # ordinary words that are also cities, and "dc" with no preposition of place, stay
    ("reading list and oral boards", "reading list and oral boards"),
    ("dc summary templates", "dc summary templates"),
    # a spelling of the writer's own is theirs
    ("in Nairobi and in NAIROBI", "in Nairobi and in NAIROBI"),
])
def test_places_and_peoples_typed_in_lowercase(typed: str, written: str) -> None:
    assert casing.restore(typed, {}) == written


def _request(ask: str, notes: str | None = None) -> DraftRequest:
    return DraftRequest.model_validate({"kind": "introduction", "ask": ask, "notes": notes,
                                        "contact": {"name": "Dr. Robin Okafor"}})


@pytest.mark.parametrize(("ask", "notes", "expected"), [
    ("would they mentor a QI project", None, "would you mentor a QI project"),
    ("they mentioned the elective is in June", None, "you mentioned the elective is in June"),
    ("they're hiring for the spring", None, "you're hiring for the spring"),
    ("join their workshop on sepsis", None, "join your workshop on sepsis"),
    # "they" after someone it may stand for stays theirs
    ("the nurses said they run the huddle", None, "the nurses said they run the huddle"),
    ("families and their caregivers", None, "families and their caregivers"),
    ("Dr. Okafor's note to their chair", None, "your note to their chair"),
    ("a sub-I at Mercy and they offered an interview", None,
     "a sub-I at Mercy and they offered an interview"),
    # the reader is "she" in the notes: "they" is someone else
    ("could they send the protocol", "she leads the sepsis team",
     "could they send the protocol"),
])
def test_the_reader_called_they(ask: str, notes: str | None, expected: str) -> None:
    assert second_person(ask, _request(ask, notes)) == expected


@pytest.mark.parametrize(("typed", "kind", "text"), [
    ("wondering if the lab takes interns", "ask_if", "the lab takes interns"),
    ("I'm curious whether you supervise residents", "ask_if", "you supervise residents"),
    ("not sure if the rotation is open to PGY-1s", "ask_if", "the rotation is open to PGY-1s"),
])
def test_a_wondering_is_the_question(typed: str, kind: str, text: str) -> None:
    phrase = classify(typed)
    assert (phrase.kind, phrase.text) == (kind, text)


@pytest.mark.parametrize(("typed", "plain"), [
    ("connect and maybe shadow one day", "connect and shadow one day"),
    ("a call, or perhaps coffee", "a call, or coffee"),
    ("maybe a call in June", "a call in June"),
])
def test_a_hedge_after_a_joining_word_is_dropped(typed: str, plain: str) -> None:
    assert unhedged(typed) == plain


@pytest.mark.parametrize(("typed", "written"), [
    ("review my K08 app", "review my K08 application"),
    ("the sign-out app we built", "the sign-out application we built"),
    ("the APP team", "the APP team"),
])
def test_app_is_the_application(typed: str, written: str) -> None:
    assert expand(typed) == written


@pytest.mark.parametrize("ask", ["your candid read on my CV", "your two cents on the offer"])
def test_the_readers_own_thing_is_asked_for(ask: str) -> None:
    ctx = Ctx(DraftRequest.model_validate({"kind": "mentor_agenda", "ask": ask,
                                           "contact": {"relationship": "mentor"}}),
              Settings(_env_file=None))
    said = ask_sentence(ctx, ask)
    assert "open to your" not in said and said.endswith(f"for {ask}.")


@pytest.mark.parametrize(("typed", "actor"), [
    ("sign up for the journal club rota", "me"),
    ("read up on the trial before we talk", "me"),
    ("look over my CV", "you"),
    ("go over my rank list", "you"),
])
def test_a_verb_and_its_particle_with_no_one_named_is_the_residents(typed: str,
                                                                     actor: str) -> None:
    assert classify(typed).actor == actor


def test_a_signature_typed_on_one_line_is_a_block() -> None:
    from assistant.engines.offline.context import signature_block

    request = DraftRequest.model_validate({
        "kind": "introduction", "contact": {"name": "Dr. Kim Lau", "relationship": "new"},
        "sender": {"name": "Rosa Diaz", "email": "rdiaz@example.org",
                   "signature": "Rosa Diaz, MD | PGY-3 Pediatrics | Lakeside · she/her"}})
    block = signature_block(Ctx(request, Settings(_env_file=None)))
    assert block.splitlines() == ["Rosa Diaz, MD", "PGY-3 Pediatrics", "Lakeside", "she/her"]


@pytest.mark.parametrize(("role", "ask", "expected"), [
    ("PGY-1 IM", "any room for an intern on his study", "any room for an intern on your study"),
    ("MS3", "is there a spot for a student in her clinic",
     "is there a spot for a student in your clinic"),
    # someone else named, not of the resident's standing: the pronoun is theirs
    ("PGY-1 IM", "meet the fellow and see her poster", "meet the fellow and see her poster"),
])
def test_one_of_the_residents_own_standing_is_no_antecedent(role: str, ask: str,
                                                            expected: str) -> None:
    request = DraftRequest.model_validate({"kind": "introduction", "ask": ask,
                                           "sender": {"role": role},
                                           "contact": {"name": "Dr. Robin Okafor"}})
    assert second_person(ask, request) == expected


@pytest.mark.parametrize("detail", ["her workshop on ultrasound-guided IVs",
                                    "his talk about sepsis bundles in the ED"])
def test_a_note_keeps_their_talk_with_the_event_when_room_is_short(detail: str) -> None:
    from assistant.engines.offline import note, parse

    request = DraftRequest.model_validate({
        "kind": "linkedin_note", "today": "2026-11-30",
        "sender": {"name": "Rosa Diaz", "role": "PGY-2 emergency medicine",
                   "program": "Lakeside Emergency Medicine"},
        "contact": {"name": "Dr. Kim Lau", "relationship": "met_once"},
        "meeting": {"event": "Great Lakes Regional Emergency Medicine Education Summit",
                    "date": "2026-11-28", "specific_detail": detail},
        "ask": "connect"})
    understood = parse.understand(request)
    ctx = Ctx(understood.request, Settings(_env_file=None, linkedin_tier="free"))
    body = note.linkedin_note_body(ctx)
    assert len(body) <= ctx.settings.linkedin_note_limit
    assert detail.split(" ", 1)[1] in body and "Summit" in body
