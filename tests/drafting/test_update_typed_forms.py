"""An update's news in forms residents type that the reading missed: a greeting with a title's
dot before the news, a pleasantry in text-speak, a chat answer after a dash, a run of deeds
with a number or a place before the next verb, a change typed as two measures, a percentile and
what it was before, a month typed "mo", a verb with a hyphenated prefix, a grant code in lower
case, a thing named after the reader, a lost apostrophe, bad news told with "sadly". Wordings
here are invented, not from the drafting corpus.
"""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.drafting import draft
from assistant.engines.offline.person import second_person
from assistant.engines.offline.update_idiom import measured, run_on_deeds
from assistant.engines.offline.update_parts import news_parts
from assistant.engines.offline.update_pasted import unpasted
from assistant.engines.offline.update_read import outcomes, tone
from assistant.engines.offline.update_typed import plain
from assistant.engines.offline.update_words import gerund, is_past
from assistant.models import DraftRequest

READER = DraftRequest.model_validate({
    "kind": "update", "contact": {"name": "Dr. Oksana Bellweather", "relationship": "mentor"},
    "update": {"news": "x"}})


@pytest.mark.parametrize(("typed", "news"), [
    ("Hi Dr. Bellweather, hope you're well. got the T32 slot", "got the T32 slot"),
    ("Dear Dr. Bellweather - the IRB approved the registry", "the IRB approved the registry"),
    ("hey dr. b!! passed the written boards", "passed the written boards"),
    ("Good evening Dr. Oksana Bellweather, I was named chief", "I was named chief"),
    ("hi! hope ur well. started the sleep elective", "started the sleep elective"),
    ("Hello, quick question - should I take the Denver offer?", ""),
])
def test_a_greeting_and_pleasantry_before_the_news_are_left_out(typed: str, news: str) -> None:
    assert news_parts(typed).news == news


def test_a_chat_answer_after_a_dash_is_what_happened() -> None:
    typed = "me: did the renewal go through?\nCoordinator: yep - approved for 3 years\nme: yay"
    assert unpasted(typed) == "the renewal went through; approved for 3 years"


@pytest.mark.parametrize(("typed", "split"), [
    ("passed part 2 flew to Accra taught the suturing lab",
     "passed part 2, flew to Accra, taught the suturing lab"),
    ("scored 240 rotated through the burn unit", "scored 240, rotated through the burn unit"),
    ("defended boards moved to Reno started at the county clinic",
     "defended boards, moved to Reno, started at the county clinic"),
    # a noun after a determiner and a verb may be a relative clause: as typed
    ("admitted the patient transferred to the ICU", "admitted the patient transferred to the ICU"),
    ("revised the chapter my PI drafted in June", "revised the chapter my PI drafted in June"),
    ("hosted the workshop everyone liked at the retreat",
     "hosted the workshop everyone liked at the retreat"),
])
def test_a_run_of_deeds_is_split_where_a_deed_begins(typed: str, split: str) -> None:
    assert run_on_deeds(typed) == split


@pytest.mark.parametrize(("typed", "said"), [
    ("clinic no-show rate down from 22% to 9% since the texts",
     "the clinic no-show rate went down from 22% to 9% since the texts"),
    ("turnaround up from 2 days to 5 days", "the turnaround went up from 2 days to 5 days"),
    ("CCS 42nd percentile, up from 30th", "scored in the 42nd percentile on the CCS, up from 30th"),
])
def test_a_measured_change_is_a_clause(typed: str, said: str) -> None:
    assert outcomes(typed)[0].text == said


@pytest.mark.parametrize(("typed", "said"), [
    ("a 4 mo research block", "a 4-month research block"),
    ("away for 5 mos", "away for 5 months"),
    ("a 2 mo. leave", "a 2-month leave"),
    ("2 mo in Lima", "2 months in Lima"),
])
def test_a_month_typed_mo_is_written_out(typed: str, said: str) -> None:
    assert measured(typed) == said


@pytest.mark.parametrize(("word", "past", "ing"), [
    ("co-authored", True, "co-authoring"), ("re-ran", True, "re-running"),
    ("co-taught", True, "co-teaching"), ("well-known", False, "well-known"),
])
def test_a_verb_with_a_hyphenated_prefix(word: str, past: bool, ing: str) -> None:
    assert is_past(word) is past
    if past:
        assert gerund(word) == ing


def test_a_code_typed_in_lower_case_is_written_in_capitals() -> None:
    assert plain("r21 scored, f32 next") == "R21 scored, F32 next"


@pytest.mark.parametrize(("typed", "said"), [
    ("won the Bellweather Prize for mentoring", "won the Bellweather Prize for mentoring"),
    ("joined the Bellweather lab", "joined your lab"),
    ("Dr. Bellweather said to submit", "you said to submit"),
])
def test_a_thing_named_after_the_reader_keeps_the_name(typed: str, said: str) -> None:
    assert second_person(typed, READER) == said


def test_sad_news_is_no_news_to_celebrate() -> None:
    assert tone("sadly the pilot was paused") == "setback"


def test_a_lost_apostrophe_is_restored_in_the_draft() -> None:
    request = DraftRequest.model_validate({
        "kind": "update", "contact": {"name": "Dr. Oksana Bellweather", "relationship": "mentor"},
        "sender": {"name": "Temi Adebayo"},
        "update": {"news": "the fellowship didnt open this year but I'm reapplying",
                   "credit": "her read of my essay"}})
    body = draft(request, engine="offline", settings=Settings(_env_file=None)).body
    assert "didn't" in body and "didnt" not in body


@pytest.mark.parametrize(("typed", "news"), [
    ("Subject: your submission\n\nDear Dr. Mbeki, we are pleased to inform you that your "
     "case 'A silent aorta' has been selected for a poster at SHM 2028.\n\nBest regards,\n"
     "Program Committee", "my case 'A silent aorta' has been selected for a poster at SHM 2028."),
    ("Hi Ana,\nI'm happy to let you know that you have been chosen as chief for 2028.",
     "I have been chosen as chief for 2028."),
    # no e-mail to the resident: as typed
    ("we are starting the pilot in June", "we are starting the pilot in June"),
])
def test_an_email_the_resident_received_is_what_it_tells_them(typed: str, news: str) -> None:
    assert unpasted(typed) == news


@pytest.mark.parametrize(("typed", "news"), [
    ("I am glad to inform that the registry got its grant", "the registry got its grant"),
    ("I wanted to inform my chief about the audit", "I wanted to inform my chief about the audit"),
    ("just wanted to say thank you - the night-float tips made March easier",
     "the night-float tips made March easier"),
])
def test_a_frame_or_thanks_before_the_news_is_the_drafts_own(typed: str, news: str) -> None:
    assert news_parts(typed).news == news


@pytest.mark.parametrize(("typed", "said"), [
    ("the chapter is done, it will publish next spring",
     "the chapter is done, it will be published next spring"),
    ("my poster was picked and it will present on day 2", "my poster was picked and it will be "
     "presented on day 2"),
    ("thanks to your contact to the Lyon team", "thanks to your connection to the Lyon team"),
    ("we will publish the protocol", "we will publish the protocol"),  # an object: active
])
def test_an_idiom_of_another_first_language(typed: str, said: str) -> None:
    from assistant.engines.offline.update_idiom import idiomatic

    assert idiomatic(typed) == said


@pytest.mark.parametrize(("typed", "english", "left"), [
    ("al fin! got the rural track, empiezo en marzo", "got the rural track, I start in March",
     ["al fin"]),
    ("grâce à vous", "", ["grâce à vous"]),  # an exclamation holds no fact
    ("no luck with the K award, but the score improved",
     "no luck with the K award, but the score improved", []),
    ("matched at Clínica Universidad de Navarra", "matched at Clínica Universidad de Navarra", []),
])
def test_a_clause_in_another_language_without_a_fact_is_left_out(typed: str, english: str,
                                                                  left: list[str]) -> None:
    from assistant.engines.offline.update_language import told

    t = told(typed)
    assert (t.text, t.left, t.own) == (english, left, [])


@pytest.mark.parametrize(("typed", "said"), [
    ("The sleep study in Boise is approved", "I wanted to share that the sleep study in Boise is "
     "approved."),
    ("The Lancet took our letter", "I wanted to share that The Lancet took our letter."),
])
def test_the_news_after_that_keeps_only_a_names_capital(typed: str, said: str) -> None:
    from assistant.engines.offline import update as upd

    assert upd.news_sentence(typed) == said


def test_a_topic_of_bad_news_is_no_setback() -> None:
    assert tone("the talk on delivering bad news went well") == "news"
    assert tone("some bad news: the pilot stopped") == "setback"


def test_a_future_passive_keeps_its_subject() -> None:
    assert outcomes("it will be printed in June")[0].text == "it will be printed in June"


@pytest.mark.parametrize(("typed", "news"), [
    ("---------- Forwarded message ---------\nFrom: Awards Desk <awards@example.org>\n"
     "Subject: Result\n\nDear Dr. Haddad,\nWe are delighted to inform you that your essay has "
     "won the humanism prize.\n\nKind regards,\nAwards Desk\n\nSent from my Pixel",
     "my essay has won the humanism prize."),
    ("Dear Dr. Haddad,\nCongratulations! Your request for a research block has been approved.\n"
     "Best,\nScheduling", "my request for a research block has been approved."),
])
def test_a_forwarded_or_congratulating_email_is_its_news(typed: str, news: str) -> None:
    assert unpasted(typed) == news


@pytest.mark.parametrize(("typed", "news"), [
    ("I have the pleasure to inform you that I passed the oral boards", "I passed the oral boards"),
    ("fyi: the ethics board signed off", "the ethics board signed off"),
])
def test_another_frame_before_the_news(typed: str, news: str) -> None:
    assert news_parts(typed).news == news


def test_a_duration_typed_with_since_is_what_has_gone_on() -> None:
    from assistant.engines.offline.update_idiom import idiomatic

    assert idiomatic("since three months I am precepting students") == \
        "I have been precepting students for three months"


@pytest.mark.parametrize(("typed", "said"), [
    ("missed the cutoff by 3 pts", "missed the cutoff by 3 points"),
    ("ITE up 9 pts", "ITE up 9 points"),
    ("rounded on 12 pts", "rounded on 12 patients"),
])
def test_points_of_a_margin_are_no_patients(typed: str, said: str) -> None:
    from assistant.text.shorthand import expand

    assert expand(typed) == said


def test_a_courtesy_before_the_senders_frame() -> None:
    typed = ("Dear Dr. Haddad, Thank you for applying. We are happy to let you know that your "
             "elective request is approved.\nBest,\nThe Registrar")
    assert unpasted(typed) == "my elective request is approved."


@pytest.mark.parametrize(("typed", "shape", "said"), [
    ("now 30% research time", "I", "now have 30% research time"),
    ("Not starting the MPH this fall", "I am", "not starting the MPH this fall"),
])
def test_an_adverb_opening_the_news(typed: str, shape: str, said: str) -> None:
    from assistant.engines.offline.update_shape import outcome

    shaped = outcome(typed)
    assert (shaped.shape, shaped.text) == (shape, said)


@pytest.mark.parametrize(("typed", "split"), [
    ("so we did it I signed the contract", "so we did it; I signed the contract"),
    ("nailed it I think", "nailed it I think"),  # a parenthesis, not a new clause
])
def test_a_new_clause_after_an_object_pronoun(typed: str, split: str) -> None:
    assert run_on_deeds(typed) == split


def test_so_before_the_news_is_a_filler() -> None:
    assert news_parts("so I matched at Tufts").news == "I matched at Tufts"
