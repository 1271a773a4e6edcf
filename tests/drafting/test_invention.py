"""The rubric's invention detector (tests/drafting/invention.py) on promises: a promise made to
the reader by name in the request is the same promise made to "you" in the draft; a promise the
request never made is still an invention. (Wordings written for this test.)"""

from __future__ import annotations

import pytest

from assistant.models import Contact, DraftRequest, Meeting
from tests.drafting.invention import inventions


def follow_up(step: str, name: str = "Dr. Ngozi Ilesanmi") -> DraftRequest:
    return DraftRequest(kind="follow_up", contact=Contact(name=name),
                        meeting=Meeting(next_step=step))


@pytest.mark.parametrize(
    ("step", "draft"),
    [
        ("send dr. ilesanmi my abstract", "I will send you my abstract."),
        ("send Dr Ilesanmi my abstract", "I'll send you my abstract."),
        ("email ngozi the slides from grand rounds",
         "I will email you the slides from grand rounds."),
        ("send her my abstract", "I will send you my abstract."),
    ],
)
def test_a_promise_to_the_reader_by_name_is_the_same_promise(step: str, draft: str) -> None:
    assert inventions(draft, follow_up(step)) == []


@pytest.mark.parametrize(
    ("step", "draft"),
    [
        ("send dr. ilesanmi my abstract", "I will send you my CV and my abstract."),
        ("ask dr. ilesanmi about the elective", "I will send you my abstract."),
        ("send my abstract to the program director", "I will call you next week."),
    ],
)
def test_a_promise_the_request_never_made_is_an_invention(step: str, draft: str) -> None:
    assert any(x.startswith("promise") for x in inventions(draft, follow_up(step)))
