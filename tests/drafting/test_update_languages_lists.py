"""An update's clauses in another language retold or kept in the resident's own words, asks
the resident puts off, labelled items and long lists of news (update_retell.py,
update_language.py, update_parts.py, update.py). Wordings invented here, not from any corpus."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.drafting import draft
from assistant.engines.offline import update as upd
from assistant.engines.offline.update_parts import labelled_items, news_parts
from assistant.engines.offline.update_shape import outcome
from assistant.models import DraftRequest


def _update(news: str, credit: str | None = None, next_step: str | None = None) -> DraftRequest:
    return DraftRequest.model_validate({
        "kind": "update", "today": "2026-11-02",
        "sender": {"name": "Ines Sol", "role": "PGY-2 internal medicine"},
        "contact": {"name": "Dr. Tomas Vega", "specialty": "nephrology",
                    "relationship": "mentor"},
        "update": {"news": news, "credit": credit},
        "meeting": {"next_step": next_step} if next_step else {}})


@pytest.mark.parametrize(("news", "said", "absent"), [
    # retold: every word accounted for; the month written in English is no invention
    ("¡me admitieron en la residencia de neurología en Lima! arranco in July",
     "accepted into the neurology residency in Lima", "admitieron"),
    ("j'ai réussi l'EDN, je commence en octobre", "I passed the EDN and I start in October",
     "réussi"),
    # not retold ("plaza"): kept in the resident's words, in quotes, never dropped
    ("me dieron la plaza en Córdoba and the visa came through",
     "In my own words: “Me dieron la plaza en Córdoba”.", None),
])
def test_a_fact_in_another_language_is_retold_or_quoted(built_index: Settings, news: str,
                                                        said: str, absent: str | None) -> None:
    result = draft(_update(news, "your mock interviews"), engine="offline",
                   settings=built_index)
    assert said in result.body
    if absent:
        assert absent not in result.body
        assert "Retold in English" in (result.notice or "")
    else:
        assert "Kept in your own words" in (result.notice or "")
    assert not [f for f in result.findings if f.severity in ("error", "warning")]


@pytest.mark.parametrize(("typed", "sentence"), [
    ("will ask if you can look at my CV again in May",
     "Could you look at my CV again in May?"),
    ("gonna ask whether you would write the SLOE", "Would you write the SLOE?"),
    ("I'll ask if you have room in clinic", "Do you have room in clinic?"),
])
def test_a_put_off_ask_is_asked(typed: str, sentence: str) -> None:
    assert upd.next_step(None, typed) == sentence  # type: ignore[arg-type]


@pytest.mark.parametrize(("typed", "news"), [
    ("Boards - passed. Research - poster accepted at ATS. Personal - ran a half marathon",
     "boards passed; poster accepted at ATS; ran a half marathon"),
    ("Step 2: done\nITE: 72nd %ile", "Step 2 done; ITE 72nd percentile"),
    # an item that is none of the forms: the text as typed
    ("Boards - passed. Fellowship - interviewing at 3 places", None),
    ("one line only - passed", None),
])
def test_labelled_items(typed: str, news: str | None) -> None:
    assert labelled_items(typed) == (news if news is not None else typed)


@pytest.mark.parametrize(("typed", "text", "shape"), [
    ("ranked Tufts first", "ranked Tufts first", "I"),  # a program, then its place: my act
    ("ranked first in the class", "was ranked first in the class", "I"),
])
def test_ranked_by_what_follows(typed: str, text: str, shape: str) -> None:
    got = outcome(typed)
    assert (got.text, got.shape) == (text, shape)


@pytest.mark.parametrize(("typed", "kept"), [
    ("ok so bad news, the grant was not funded", "the grant was not funded"),
    ("good news, the abstract got in", "the abstract got in"),
    ("news travels fast here", "news travels fast here"),  # no label
])
def test_a_qualified_label_before_a_comma(typed: str, kept: str) -> None:
    assert news_parts(typed).news == kept


def test_a_second_plan_after_an_ampersand_and_a_glued_emoticon(built_index: Settings) -> None:
    result = draft(_update("no match this yr :( will do a prelim yr & reapply"),
                   engine="offline", settings=built_index)
    assert "and reapply" in result.body and ":(" not in result.body


@pytest.mark.parametrize(("typed", "sentence"), [
    # six outcomes and more: every one kept, in groups; the personal ones said apart
    ("1) passed Step 2 2) ITE 70th percentile 3) poster at SHM 4) got the QI lead role "
     "5) bought a condo 6) finished my first marathon",
     "I wanted to share that I passed Step 2, scored in the 70th percentile on the ITE, have a "
     "poster at SHM, and got the QI lead role. On a personal note, I bought a condo and "
     "finished my first marathon."),
    ("passed boards, signed with Kaiser, got the teaching award, finished the MPH, published "
     "the sepsis paper, started the QI course",
     "I wanted to share that I passed boards, signed with Kaiser, and got the teaching award. "
     "I also finished the MPH, published the sepsis paper, and started the QI course."),
])
def test_a_long_list_of_news_is_grouped(typed: str, sentence: str) -> None:
    assert upd.news_sentence(news_parts(typed).news) == sentence


@pytest.mark.parametrize(("typed", "news"), [
    ("tons of news!! 1) matched 2) moved", "matched; moved"),  # the announcement goes
    ("fam news - we adopted a puppy", "we adopted a puppy"),
    ("guess who matched at Tulane", "matched at Tulane"),
    ("turns out the elective is open to residents", "the elective is open to residents"),
])
def test_what_only_announces_the_news_goes(typed: str, news: str) -> None:
    assert news_parts(typed).news.rstrip(".") == news


@pytest.mark.parametrize(("typed", "sentence"), [
    ("the protocol came back from the IRB - approved with two edits",
     "I wanted to share that the protocol came back from the IRB and it was approved with two "
     "edits."),
    ("my case report got accepted its going to be in the March issue",
     "I wanted to share that my case report got accepted and it's going to be in the March "
     "issue."),
    ("no longer applying to rads, staying in IM",
     "I wanted to let you know that I am no longer applying to rads and am staying in IM."),
])
def test_who_the_outcome_is_about(typed: str, sentence: str) -> None:
    from assistant.engines.offline.update_typed import plain

    assert upd.news_sentence(plain(news_parts(typed).news)) == sentence


def test_a_question_put_off_to_a_meeting_is_asked_now() -> None:
    assert upd.next_step(None, "will ask you about the ICU elective when we meet") == \
        "Could we talk about the ICU elective when we meet?"  # type: ignore[arg-type]


def test_a_pasted_chat_keeps_only_the_news() -> None:
    from assistant.engines.offline.update_pasted import unpasted

    typed = "[Mon 6:02 PM] me: guess who got the chief spot\n[Mon 6:03 PM] Lee: no way!!"
    assert news_parts(unpasted(typed)).news.rstrip(".") == "got the chief spot"


def test_thanks_after_an_emoji_is_the_credit(built_index: Settings) -> None:
    result = draft(_update("the poster won 🏆🏆 thank u for ur edits on the abstract"),
                   engine="offline", settings=built_index)
    assert "I wanted to share that the poster won." in result.body
    assert "Your edits on the abstract made a real difference" in result.body


@pytest.mark.parametrize(("typed", "sentence"), [
    ("the boy with the rare arrhythmia we saw together - we wrote up his case",
     "I wanted to share an update on the boy with the rare arrhythmia we saw together: we wrote "
     "up his case."),
    ("Part 2 done", "I wanted to share that Part 2 is done."),
    ("couldn't have done it without you - passed the orals",
     "I wanted to share that I couldn't have done it without you and passed the orals."),
])
def test_a_subject_of_its_own(typed: str, sentence: str) -> None:
    assert upd.news_sentence(news_parts(typed).news) == sentence


@pytest.mark.parametrize(("typed", "listed"), [
    ("the K08 was scored (percentile 12) but not funded",
     "the K08 was scored (percentile 12) but not funded"),  # a number in brackets: no item
    ("1) ITE done 2) abstract in (score 41) 3) chief interview set",
     "ITE done; abstract in (score 41); chief interview set"),
])
def test_only_numbers_counted_in_order_mark_items(typed: str, listed: str) -> None:
    from assistant.engines.offline.update_parts import as_list

    assert as_list(typed) == listed


@pytest.mark.parametrize(("typed", "news"), [
    ("K award funded", "K award funded"),  # a capital K is a grant, no filler
    ("k so the abstract got in", "the abstract got in"),
    ("long time! quick one: the poster won", "the poster won"),
])
def test_fillers_and_greetings_before_the_news(typed: str, news: str) -> None:
    assert news_parts(typed).news.rstrip(".") == news


@pytest.mark.parametrize(("typed", "sentence"), [
    ("matched at Tufts - can't believe it", "I wanted to share that I matched at Tufts and can't "
     "believe it."),
    ("after the cath lab month I'm leaning toward interventional",
     "I wanted to share that after the cath lab month I'm leaning toward interventional."),
    ("our twins came early, both doing well",
     "I wanted to share that our twins came early and both are doing well."),
    ("match season: 11 invites, 4 left", "I wanted to share an update on the match season: 11 "
     "invites, 4 left."),
])
def test_outcomes_with_an_unsaid_or_late_subject(typed: str, sentence: str) -> None:
    assert upd.news_sentence(news_parts(typed).news) == sentence


@pytest.mark.parametrize(("typed", "sentence"), [
    ("your nudge to the ethics board turned into a policy, we present it in May",
     "I wanted to share that your nudge to the ethics board turned into a policy and we present "
     "it in May."),
    ("2 chapters done, 1 more in review",
     "I wanted to share that 2 chapters are done and 1 more is in review."),
    ("The IRB said yes, enrollment opens soon",
     "I wanted to share that the IRB said yes and the enrollment opens soon."),
])
def test_clauses_their_subjects_and_determiners(typed: str, sentence: str) -> None:
    assert upd.news_sentence(news_parts(typed).news) == sentence


def test_owed_to_is_not_thanks_said(built_index: Settings) -> None:
    result = draft(_update("got the travel award thx to her nominating me, starts eff 3/1"),
                   engine="offline", settings=built_index)
    assert "thanks to you nominating me" in result.body
    assert "effective 3/1" in result.body and "thank you to" not in result.body


@pytest.mark.parametrize(("typed", "text", "retold"), [
    # a thing of the resident's and what happened to it
    ("la affiche a gagné", "the affiche won", None),  # "affiche": not accounted for -> None
    ("el poster ganó", "the poster won", [("el poster ganó", "the poster won")]),
    ("les abstracts ont été acceptés", "", None),  # a form the table lacks: not retold
    # the resident's own English beside it, in brackets
    ("vuestro apoyo constante (your steady support)", "your steady support",
     [("vuestro apoyo constante", "your steady support")]),
])
def test_a_thing_retold_or_the_residents_own_gloss(typed: str, text: str,
                                                   retold: list | None) -> None:
    from assistant.engines.offline.update_language import told

    t = told(typed)
    if retold is None:
        assert not t.retold
    else:
        assert (t.text, t.retold) == (text, retold)


@pytest.mark.parametrize(("typed", "plain_text"), [
    ("the R21 is in ~$400k over 2 yrs", "the R21 is in about $400k over 2 yrs"),
    ("we piloted it and so the ED adopted it and so now we train the nurses",
     "we piloted it, so the ED adopted it, and now we train the nurses"),
])
def test_typed_symbols_and_run_ons(typed: str, plain_text: str) -> None:
    from assistant.engines.offline.update_typed import plain

    assert plain(typed) == plain_text


def test_laughter_of_another_language_is_no_word(built_index: Settings) -> None:
    result = draft(_update("passed the orals jajaja, my tita sent flowers kkkkk"),
                   engine="offline", settings=built_index)
    assert "jaja" not in result.body and "kkkk" not in result.body
    assert "passed the orals" in result.body
