"""An update's news pasted from a phone, typed as a run of deeds with no marks, with numbers and
their units, or written in the idiom of another first language (update_pasted.py,
update_idiom.py, the frame in update_parts.py). Wordings here are new, not from the drafting
corpus.
"""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.drafting import draft
from assistant.engines.offline import update_shape
from assistant.engines.offline.update_idiom import idiomatic, measured, run_on_deeds
from assistant.engines.offline.update_parts import news_parts, question
from assistant.engines.offline.update_pasted import from_my_side, unpasted
from assistant.models import DraftRequest
from assistant.text.shorthand import expand
from assistant.text.words import unhashtagged


@pytest.mark.parametrize(("typed", "news"), [
    ("got the K08 score back, 12th percentile\n\nSent from my Galaxy",
     "got the K08 score back, 12th percentile"),
    ("[Mon 7:45 PM] abstract accepted at CHEST", "abstract accepted at CHEST"),
    ('here\'s what I texted my partner: "they offered me the hospitalist job"',
     "they offered me the hospitalist job"),
    ("Me: did the grant come through?\nDr. Osei: yes, funded for 2 years",
     "the grant came through; funded for 2 years"),
    ("PD: your rotation at the VA is approved for May\nme: thank you!!",
     "my rotation at the VA is approved for May"),
    ("Me: did the match list get posted?\nChief: nope", "the match list did not get posted"),
    ("Dad: so proud of you!!\nme: thanks dad\nme: signed the offer at Kaiser",
     "signed the offer at Kaiser"),
    # no paste: as typed
    ("grant: funded\nstart: july", "grant: funded\nstart: july"),
    ("Update: passed boards", "Update: passed boards"),
    ("matched at Brown! Dr. Lee: congrats", "matched at Brown! Dr. Lee: congrats"),
])
def test_a_paste_keeps_only_the_news(typed: str, news: str) -> None:
    assert unpasted(typed) == news


@pytest.mark.parametrize(("said", "mine"), [
    ("you're on nights in March", "I am on nights in March"),
    ("your abstract got in", "my abstract got in"),
    ("we would love to have you", "we would love to have me"),
    ("you will present on Friday", "I will present on Friday"),
])
def test_what_was_said_to_the_resident_is_told_by_the_resident(said: str, mine: str) -> None:
    assert from_my_side(said) == mine


@pytest.mark.parametrize(("typed", "split"), [
    ("wrapped up the sepsis audit sent it to the CMO booked a meeting with nursing",
     "wrapped up the sepsis audit, sent it to the CMO, booked a meeting with nursing"),
    ("passed the OSCE got my first choice of electives",
     "passed the OSCE, got my first choice of electives"),
    ("submitted the IRB amendment emailed them the consent form",
     "submitted the IRB amendment, emailed them the consent form"),
    ("applied to 4 jobs took them all to the final round",
     "applied to 4 jobs, took them all to the final round"),
    # one deed each: as typed
    ("tried the tool dr okafor built on nights", "tried the tool dr okafor built on nights"),
    ("heard the committee picked my proposal", "heard the committee picked my proposal"),
    ("got the paper accepted in JGIM", "got the paper accepted in JGIM"),
    ("my poster got a prize at the state meeting", "my poster got a prize at the state meeting"),
    ("used the checklist she designed for sign-out",
     "used the checklist she designed for sign-out"),
    # a word that ends a clause, then a new subject
    ("site visit went well they offered me a spot", "site visit went well; they offered me a spot"),
    ("the project we did together won", "the project we did together won"),
])
def test_a_run_of_deeds_is_split_where_the_next_deed_begins(typed: str, split: str) -> None:
    assert run_on_deeds(typed) == split


@pytest.mark.parametrize(("typed", "written"), [
    ("ran 5.2 mi for the clinic", "ran 5.2 miles for the clinic"),
    ("a 3 year grant", "a 3-year grant"),
    ("for 4 week in Lusaka", "for 4 weeks in Lusaka"),
    ("a 90 minute talk", "a 90-minute talk"),
    ("took 1 week off", "took 1 week off"),
    ("3 day later", "3 days later"),
    ("seen in 2 hours", "seen in 2 hours"),
    ("an MI in the unit", "an MI in the unit"),
])
def test_a_number_and_its_unit_agree(typed: str, written: str) -> None:
    assert measured(typed) == written


@pytest.mark.parametrize(("typed", "written"), [
    ("the protocol is finish", "the protocol is finished"),
    ("my case is accepted in the regional ACP meeting as poster",
     "my case has been accepted at the regional ACP meeting as a poster"),
    ("thanks for your feedbacks", "thanks for your feedback"),
    # a promise keeps its words ("send to you the X"): the invention check reads it as typed
    ("I will show to you the slides", "I will show to you the slides"),
    ("the survey we will publish in the spring", "we will publish the survey in the spring"),
    ("your email which helped me a lot", "your email"),
    ("started the job in Mass General Hospital", "started the job at Mass General Hospital"),
    ("passed with high score", "passed with a high score"),
    # already idiomatic: as typed
    ("moved in Boston", "moved in Boston"),
    ("published in the journal", "published in the journal"),
    ("accepted in JAMA", "accepted in JAMA"),
    ("the rotation is confirmed for May", "the rotation is confirmed for May"),
])
def test_another_first_languages_idiom_is_written_as_a_mentor_reads_it(typed: str,
                                                                        written: str) -> None:
    assert idiomatic(typed) == written


@pytest.mark.parametrize(("typed", "news"), [
    ("I am pleased to inform you that the grant was funded", "the grant was funded"),
    ("I would like to tell you that I passed boards", "I passed boards"),
    ("I want to say you that my talk is on Friday", "my talk is on Friday"),
    ("so glad to tell you the paper is out", "the paper is out"),
])
def test_the_news_typed_in_its_own_frame_is_said_once(typed: str, news: str) -> None:
    assert news_parts(typed).news == news


def test_an_informal_permission_question_is_asked_as_a_mentor_is_asked() -> None:
    assert question("is it okay to send you my draft?") == \
        "Would it be all right to send you my draft?"


@pytest.mark.parametrize(("typed", "written"), [
    ("scored 240, 15 pts higher than my practice test", "15 points higher"),
    ("missed by 3 pts short", "3 points short"),
    ("saw 15 pts today", "15 patients today"),
])
def test_pts_before_a_comparison_are_points(typed: str, written: str) -> None:
    assert written in expand(typed)


@pytest.mark.parametrize(("typed", "shape"), [
    ("not applying this cycle", "I am"),
    ("not going to do the research year", "I am"),
    ("not selected for chief", "I"),
    ("not funded this round", "I"),
    ("ranked them all", "I"),
    ("might be fundable", "clause"),
])
def test_a_negation_and_a_deed_with_an_object_take_the_residents_i(typed: str,
                                                                   shape: str) -> None:
    assert update_shape.outcome(typed).shape == shape


@pytest.mark.parametrize(("news", "present", "absent"), [
    ("Me: did the renewal go through??\nDr. Banerjee: yes! 3 more years\n\nSent from my iPhone",
     ["renewal went through", "3 more years"], ["Me:", "iPhone", "??"]),
    ("I am very happy to inform you that I was accepted for the research year in Karolinska "
     "Institute.", ["research year at Karolinska Institute"],
     ["happy to inform", "share that I am"]),
    ("finished the wellness survey presented it at the retreat started the follow-up",
     ["survey, presented it at the retreat, and started the follow-up"], ["survey presented"]),
    ("slides done / grant under review at AHA / still deciding on the job",
     ["the slides are done, the grant is under review at AHA, and I am still deciding"],
     ["done and grant"]),
    ("abstract on the delirium bundle we built got a platform slot",
     ["that the abstract on the delirium bundle"], ["that abstract"]),
    ("Hello Dr. Haddad, hope all is well! Just wanted to say I passed boards.",
     ["I wanted to share that I passed boards."], ["Hello", "hope all is well", "wanted to say"]),
    ("the surgeon you put me in touch with, Dr. Lindqvist, invited me to join her lab",
     ["with, Dr. Lindqvist, invited me"], ["I invited", "and I"]),
    ("Re the R03: not funded. will resubmit", ["the R03 was not funded"], ["R03 not funded"]),
    ("finally done with the research year. 2 papers out", ["I am finally done"],
     ["I finally done"]),
    ("got 2 interview offers: Stanford, and UCLA", ["Stanford, and UCLA"], ["I UCLA"]),
])
def test_a_pasted_or_run_on_update_is_drafted_whole(built_index: Settings, news: str,
                                                    present: list[str],
                                                    absent: list[str]) -> None:
    request = DraftRequest.model_validate({
        "kind": "update", "today": "2027-06-01", "sender": {"name": "Ana Prieto"},
        "contact": {"name": "Dr. Farid Haddad", "relationship": "mentor"},
        "update": {"news": news, "credit": "your advice on the proposal"}})
    body = draft(request, engine="offline", settings=built_index).body
    for text in present:
        assert text in body, body
    for text in absent:
        assert text not in body, body


@pytest.mark.parametrize(("typed", "drop", "words"), [
    ("passed boards #intern life", "passed boards life", "passed boards intern life"),
    ("started nights #residentlife #tired", "started nights", "started nights"),
    ("#matched #grateful", "matched grateful", "matched grateful"),
    ("my #1 choice at R&D #x", "my #1 choice at R&D", "my #1 choice at R&D"),
])
def test_one_hashtag_reader_drops_or_reads_an_inner_tag(typed: str, drop: str,
                                                         words: str) -> None:
    """The update's news drops a tag inside the phrase (a post's aside), the other kinds read it
    as its words; both drop a closing run and keep a field of tags alone as words."""
    assert unhashtagged(typed, inner="drop") == drop
    assert unhashtagged(typed) == words


@pytest.mark.parametrize(("news", "kept", "absent"), [
    # "they" in the news with nothing before it is who decided, never the reader
    ("the grant wasn't scored - they want a new budget", "they want a new budget", "you want"),
    # a thing that came in is told as typed: the PHI check reads no patient's visit in it
    ("the contract came in yesterday, signing monday", "the contract came in yesterday",
     "arrived"),
    ("offer letter from Kaiser came in and I signed it",
     "the offer letter from Kaiser came in and I signed it", "arrived"),
])
def test_the_news_keeps_who_did_what_as_typed(built_index: Settings, news: str, kept: str,
                                              absent: str) -> None:
    request = DraftRequest.model_validate({
        "kind": "update", "today": "2027-06-01", "sender": {"name": "Ana Prieto"},
        "contact": {"name": "Dr. Farid Haddad", "relationship": "mentor"},
        "update": {"news": news, "credit": "your advice on the proposal"}})
    drafted = draft(request, engine="offline", settings=built_index)
    assert kept in drafted.body and absent not in drafted.body, drafted.body
    assert not [f for f in drafted.findings if f.code.startswith("phi")], drafted.findings


@pytest.mark.parametrize(("news", "sentence"), [
    ("QI audit done: readmits down 12%, LOS down a day",
     "I wanted to share that the QI audit is done: readmits down 12%, LOS down a day."),
    ("first paper!! NEJM letter on sepsis, 3rd author",
     "I wanted to share some news: my first paper, NEJM letter on sepsis, 3rd author."),
    ("got the abstract into SHM, 4 people asked for the slides",
     "I wanted to share that I got the abstract into SHM and 4 people asked for the slides."),
    ("matched!! EM at Denver Health", "I wanted to share that I matched into EM at Denver Health."),
])
def test_news_of_a_topic_nouns_alone_or_a_counted_subject_is_one_sentence(news: str,
                                                                          sentence: str) -> None:
    from assistant.engines.offline.update import news_sentence

    assert news_sentence(news) == sentence


def test_a_filler_opening_the_news_is_left_out() -> None:
    assert news_parts("ok so I am switching to the clinician educator track").news == \
        "I am switching to the clinician educator track"


def test_pt_in_capitals_is_physical_therapy() -> None:
    assert expand("ask PT to see him; saw the pt") == "ask PT to see him; saw the patient"
