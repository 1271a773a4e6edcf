"""A note typed in a second language's word order is said in English order, by the clause's
shape: the object first, the verb last, a thing named before the question about it, a doubled
subject, a role with no article, a duration with "since", a request said as "possible to"."""

from __future__ import annotations

import pytest

from assistant.engines.offline.rewrite_order import in_english_order


@pytest.mark.parametrize(("typed", "said"), [
    ("Your workshop on wound vac changes I have enjoyed very much.",
     "I enjoyed your workshop on wound vac changes very much."),
    ("The poster about sickle cell crisis very useful was.",
     "The poster about sickle cell crisis was very useful."),
    ("The consent checklist of your clinic, could you send it to me?",
     "Could you send the consent checklist of your clinic to me?"),
    ("Me I am fellow in nephrology at Hôpital Necker.",
     "I am a fellow in nephrology at Hôpital Necker."),
    ("Since two years I am registrar in geriatrics.",
     "I have been a registrar in geriatrics for two years."),
    ("After the congress, possible to talk 20 minutes?",
     "After the congress, would it be possible to talk for 20 minutes?"),
    ("Is it possible that we meet one time in March?", "Could we meet once in March?"),
])
def test_a_second_languages_order_said_in_english_order(typed: str, said: str) -> None:
    assert in_english_order(typed) == said


@pytest.mark.parametrize("text", [
    "I enjoyed your talk on wound care a lot.",
    "The talk was great and the slides were clear.",
    "Your paper I read twice.",
    "It is possible to rotate in the spring.",
    "I am a PGY-2 in surgery.",
    "The protocol you shared, I used it on nights.",
])
def test_english_order_stays(text: str) -> None:
    assert in_english_order(text) == text
