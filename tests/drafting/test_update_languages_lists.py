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
