"""An update's news read by its phrase types when it speaks of a patient case, a decision put to
the reader, a bare subject or a plural one (update.py, update_read.py, update_parts.py).
Wordings invented here, not from any corpus."""

from __future__ import annotations

import pytest

from assistant.engines.offline import update as upd
from assistant.engines.offline.update_parts import news_parts
from assistant.text.shorthand import expand


@pytest.mark.parametrize(("news", "sentence"), [
    # a person named first, then after a dash what happened to them: an update on them
    ("the woman with the lupus flare we admitted - her kidney biopsy came back class III",
     "I wanted to share an update on the woman with the lupus flare we admitted: her kidney "
     "biopsy came back class III."),
    ("that toddler from the ED in June - his repeat MRI was normal",
     "I wanted to share an update on that toddler from the ED in June: his repeat MRI was "
     "normal."),
    ("the veteran you consulted on — he didn't make it",
     "I wanted to let you know about the veteran you consulted on: he didn't make it."),
    # advice quoted, followed, and what came of it
    ('"see every consult yourself first" - did that, caught two missed fractures',
     'I wanted to share that I followed the advice "see every consult yourself first" and caught '
     'two missed fractures.'),
    ("“write every day.” took it to heart", 'I wanted to share that I followed the advice '
     '"write every day".'),
    # a thing that came in: its determiner ("offer" is a verb too)
    ("fellowship offer came in today", "I wanted to share that the fellowship offer came in "
     "today."),
    ("offer came in today", "I wanted to share that the offer came in today."),
    # a plural subject before a verb in the present
    ("rotations begin in July", "I wanted to share that the rotations begin in July."),
    ("site visits open monday", "I wanted to share that the site visits open monday."),
    # a bare subject of common words before its verb takes "the"
    ("grant renewal letter arrived today",
     "I wanted to share that the grant renewal letter arrived today."),
    ("resident curriculum won the education prize",
     "I wanted to share that the resident curriculum won the education prize."),
    # a possessive already there: no second determiner, no second verb
    ("your triage protocol got adopted by the ED",
     "I wanted to share that your triage protocol got adopted by the ED."),
    ("his protocol adopted by the ED", "I wanted to share that his protocol adopted by the ED."),
])
def test_news_sentence(news: str, sentence: str) -> None:
    assert upd.news_sentence(news) == sentence


@pytest.mark.parametrize(("news", "kept", "asked"), [
    ("T32 slot offered - take it or wait for the K?", "T32 slot offered",
     ["Should I take it or wait for the K?"]),
    ("got two job offers. accept Denver or stay for chief?", "got two job offers.",
     ["Should I accept Denver or stay for chief?"]),
    ("defer the start or go now?", "", ["Should I defer the start or go now?"]),
    # not a choice of the resident's: stays news
    ("zoom or coffee?", "zoom or coffee?", []),
    ("interview went well?", "interview went well?", []),
])
def test_a_choice_is_asked(news: str, kept: str, asked: list[str]) -> None:
    parts = news_parts(news)
    assert (parts.news, parts.questions) == (kept, asked)


@pytest.mark.parametrize(("typed", "written"), [
    ("enrolled 40 pts in 3 mo", "enrolled 40 patients in 3 months"),
    ("in 1 mo", "in 1 month"),
    ("twelve mos of data", "twelve months of data"),
    ("Mo and mo/yr stay", "Mo and mo/yr stay"),
])
def test_months_typed_short(typed: str, written: str) -> None:
    assert expand(typed) == written


@pytest.mark.parametrize(("typed", "plain"), [
    ("you picking up at 2am", "you picking up at 2 AM"),
    ("the 11:30pm page", "the 11:30 PM page"),
    ("called me at 7 pm.", "called me at 7 PM."),
    ("intern year was a lot, matched anyway", "intern year was demanding, matched anyway"),
    ("it has been a lot", "it has been demanding"),
    ("it was a lot of work", "it was a lot of work"),  # a quantity, said as typed
    ("v2.5am spam", "v2.5am spam"),
])
def test_typed_times_and_strain(typed: str, plain: str) -> None:
    from assistant.config import Settings
    from assistant.engines.offline import parse
    from assistant.engines.offline.context import Ctx
    from assistant.engines.offline.update_typed import fixed
    from assistant.models import DraftRequest

    request = DraftRequest.model_validate({"kind": "update", "contact": {"name": "Dr. Ana Sá"}})
    ctx = Ctx(parse.understand(request).request, Settings(_env_file=None))
    assert fixed(ctx, typed) == plain
