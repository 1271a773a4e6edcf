"""Fields read by their form, in wordings none of the corpora use: hashtags, a bare "w" before a
pronoun, compound surnames, the reader's own lab as "their", events by nickname, the contact's
words in quotation marks, phrasal verbs and who acts, questions inside questions, decisions typed
as questions, who sent the resident (from the notes), and a mentor ask that keeps its fact."""

from __future__ import annotations

import pytest

from assistant.engines import phrasing as ph
from assistant.engines.offline.fields import event
from assistant.engines.offline.notes import from_notes
from assistant.engines.offline.parse import decision
from assistant.engines.offline.person import second_person
from assistant.engines.offline.phrase_type import classify
from assistant.engines.offline.quotes import detail_frame, quote, work_frame
from assistant.engines.offline.sentences import embedded, mentor_advice
from assistant.models import DraftRequest
from assistant.text.shorthand import expand
from assistant.text.words import unhashtagged


@pytest.mark.parametrize("typed, read", [
    ("#sepsis bundles on the wards", "sepsis bundles on the wards"),
    ("#GlobalSurgeryNow talk", "Global Surgery Now talk"),
    ("saw her poster #hospitalmedicine #SHM27", "saw her poster"),
    ("#residency", "residency"),
    ("my #2 choice", "my #2 choice"),
    ("no tags at all", "no tags at all"),
])
def test_hashtags_are_read_as_their_words_or_dropped_at_the_end(typed: str, read: str) -> None:
    assert unhashtagged(typed) == read


@pytest.mark.parametrize("typed, read", [
    ("review the draft w me", "review the draft with me"),
    ("lunch w them next week", "lunch with them next week"),
    ("w/ the team", "with the team"),
])
def test_a_bare_w_before_a_pronoun_is_with(typed: str, read: str) -> None:
    assert expand(typed) == read


@pytest.mark.parametrize("name, surname", [
    ("Dr. Evelyn Three Stars", "Three Stars"),
    ("Dr. Marcus Standing Elk", "Standing Elk"),
    ("Dr. Ruth Little Hawk", "Little Hawk"),
    ("Dr. Ana Maria Lopez", "Lopez"),
    ("Dr. Carl Fleming Boyd", "Boyd"),
    ("Dr. Lucia van der Berg", "van der Berg"),
])
def test_compound_surnames_are_addressed_whole(name: str, surname: str) -> None:
    assert ph.last_name(name) == surname


REQUEST = DraftRequest.model_validate({"kind": "follow_up", "contact": {"name": "Dr. Ida Moss"}})


@pytest.mark.parametrize("typed, read", [
    ("sit in on their team huddle", "sit in on your team huddle"),
    ("their group's work on falls", "your group's work on falls"),
    ("patients and their families", "patients and their families"),
])
def test_the_singular_their_of_a_readers_unit_is_your(typed: str, read: str) -> None:
    assert second_person(typed, REQUEST) == read


@pytest.mark.parametrize("typed, read", [
    ("stroke week", "Stroke Week"),
    ("ACG liver week", "ACG Liver Week"),
    ("the ACEP thing", "ACEP"),
    ("next week", "next week"),
    ("journal club", "journal club"),
])
def test_events_by_nickname(typed: str, read: str) -> None:
    assert event(typed) == read


@pytest.mark.parametrize("typed, met, sentence", [
    ('you said "see one, do one, teach one"', True,
     'I keep thinking about what you said: "see one, do one, teach one".'),
    ('"the chart is not the patient"', True,
     'One line from our conversation has stayed with me: "the chart is not the patient".'),
    ('"why not you?"', False, 'One line has stayed with me: "why not you?"'),
])
def test_quoted_details_keep_the_words_and_name_the_speaker_only_when_told(
        typed: str, met: bool, sentence: str) -> None:
    said = quote(typed)
    assert said is not None and detail_frame(said, met) == sentence


def test_quoted_work_is_framed_as_words_and_other_text_is_no_quote() -> None:
    said = quote('in your words: "medicine is a team sport"')
    assert said is not None and work_frame(said) == \
        'Your words have stayed with me: "medicine is a team sport".'
    assert quote("runs the sepsis program") is None


@pytest.mark.parametrize("typed, kind, actor", [
    ("tag along with the night team", "verb", "permission"),
    ("walk through my case with me", "verb", "you"),
    ("figure out together which journal fits", "verb", "permission"),
    ("lunch over the phone", "noun", ""),
])
def test_phrasal_verbs_are_verbs_and_their_objects_decide_who_acts(
        typed: str, kind: str, actor: str) -> None:
    p = classify(typed)
    assert (p.kind, p.actor) == (kind, actor)


@pytest.mark.parametrize("typed, read", [
    ("which journal would you pick for this", "which journal you would pick for this"),
    ("how do you protect research time", "how you protect research time"),
    ("what you look for in applicants", "what you look for in applicants"),
])
def test_a_question_inside_a_question_keeps_a_statements_order(typed: str, read: str) -> None:
    assert embedded(typed) == read


@pytest.mark.parametrize("typed, item", [
    ("where do I send the abstract", "where to send the abstract"),
    ("should we recruit a second site", "whether to recruit a second site"),
    ("is a masters degree needed", "whether a masters degree is needed"),
])
def test_decisions_typed_as_questions_are_agenda_items(typed: str, item: str) -> None:
    assert decision(typed) == item


@pytest.mark.parametrize("notes, heard", [
    ("my clerkship director Dr. Lowe suggested I reach out", "My clerkship director, Dr. Lowe, "
     "suggested I reach out to you."),
    ("heard about him from my co-fellow", "I heard about you from my co-fellow."),
    ("Dr. Moss suggested I reach out", None),  # the contact sent nobody to themself
    ("my friend said he is great", None),
])
def test_who_sent_the_resident_is_a_fact_of_the_notes(notes: str, heard: str | None) -> None:
    assert from_notes(notes, REQUEST).heard == heard


def test_a_mentor_ask_keeps_what_the_resident_looks_for_and_asks_small() -> None:
    assert mentor_advice("would you be a clinical mentor for me") == \
        "I am looking for a clinical mentor. Could I ask your advice on my clinical plans?"
    assert mentor_advice("be my QI mentor") == \
        "I am looking for a QI mentor. Could I ask your advice on my QI plans?"
    assert mentor_advice("review my CV") is None


@pytest.mark.parametrize("typed, kept", [
    # who acted is not said: kept whole, in a frame that says no more
    ("walked the interns through the new sepsis order set",
     "One thing from our conversation has stayed with me: walking the interns through the new "
     "sepsis order set."),
    ("was candid about the call schedule",
     "One thing from our conversation has stayed with me: being candid about the call schedule."),
    ("the pilot lowered readmissions and the unit adopted it",
     "One thing from our conversation has stayed with me: the pilot lowered readmissions and the "
     "unit adopted it."),
    # a verb whose object is the thing itself: the thing alone
    ("presented the outcomes of the falls study", "the outcomes of the falls study"),
    # a noun phrase with an infinitive is no clause
    ("your plan to pair each intern with a senior", "your plan to pair each intern with a senior"),
])
def test_a_detail_with_no_one_said_to_act_is_kept_without_naming_an_actor(
        typed: str, kept: str) -> None:
    from assistant.config import Settings
    from assistant.engines.offline.context import Ctx
    from assistant.engines.offline.details import detail_sentence
    from assistant.engines.offline.parse import detail

    request = DraftRequest.model_validate({"kind": "follow_up",
                                           "contact": {"name": "Dr. Ida Moss"}})
    sentence = detail_sentence(Ctx(request, Settings(_env_file=None)), detail(typed) or typed)
    assert kept in sentence
    assert not sentence.startswith(("You ", "I especially appreciated walk"))


@pytest.mark.parametrize("notes, work", [
    ("Lena Ward MD PhD | Chief, Division of Palliative Care | Mercy | she/her",
     "your role as chief of the Division of Palliative Care"),
])
def test_a_profile_line_with_bars_is_read_field_by_field(notes: str, work: str) -> None:
    request = DraftRequest.model_validate({"kind": "introduction",
                                           "contact": {"name": "Dr. Lena Ward"}})
    facts = from_notes(notes, request)
    assert facts.work == work and "|" not in (facts.heard or "")
