"""What a phrase does, tested in both directions: asks and next steps, mentorship requests,
casual register, judgements about people. Each row is a phrase a resident might write."""

from __future__ import annotations

import pytest

from assistant.checks.functions import asks_or_commits, mentor_request

ASKS = [
    "Would you have 15 minutes for coffee at ACC?",
    "Any chance you'd have 15 minutes during the meeting",
    "Kindly suggest a convenient time for a short call.",
    "I request 20 minutes of your time before STFM.",
    "If you could spare 20 minutes, I would be grateful.",
    "Does Tuesday or Thursday work for you",
    "I was wondering whether you might have time this month.",
    "I hoped you might have a few minutes at PAS.",
    "I'd welcome your thoughts on my aim.",
    "Let me know which day suits you.",
    # next steps the sender commits to
    "I'll send my one-page aim by Friday.",
    "My CV is attached.",
    "My CV will be in your inbox by Friday.",
    "The draft is coming your way this week.",
    "Sending my CV this week.",
    "I am attaching my CV as discussed.",
    "I'll be in touch once the data are in.",
]
NOT_ASKS = [
    "I plan to apply to cardiology fellowship next year.",
    "I will be applying next cycle.",
    "I will be at ACC.26 as well.",
    "Hope you have a great spring and I look forward to STFM.",
    "It was a pleasure to meet you.",
    "Looking forward to staying in touch.",
    "Please excuse my delay in writing.",
    "I just wanted to introduce myself.",
    "I'm excited to hear your session at PAS.",
    "I will teach the FAST station at bootcamp in June.",
]


@pytest.mark.parametrize("phrase", ASKS)
def test_a_request_or_next_step_is_an_ask(phrase: str) -> None:
    assert asks_or_commits(phrase)


@pytest.mark.parametrize("phrase", NOT_ASKS)
def test_an_intention_or_pleasantry_is_not_an_ask(phrase: str) -> None:
    assert not asks_or_commits(phrase)


MENTOR_REQUESTS = [
    "Would you consider taking me on as a mentee?",
    "I'd love for you to guide my career as I apply to fellowship.",
    "It would mean a lot to have you in my corner going forward.",
    "Will you be my mentor for my first QI project?",
    "I'm looking for a mentor, and I was hoping that could be you.",
    "Kindly accept me as your mentee and guide me for fellowship.",
    "Would you be open to a formal mentoring relationship over the next year?",
    "Would you be willing to serve as my career mentor going forward?",
    "would you be willing to take me under your wing as i apply?",
    "I'm hoping you could mentor me through the application.",
]
NOT_MENTOR_REQUESTS = [
    "Thank you for mentoring me through the methods.",
    "Could I ask you how residents in outcomes research usually find mentors?",
    "My mentor Dr. Kim Tran suggested I connect.",
    "I mentor first-year students from rural pueblos.",
    "Your mentorship over the past two years made that possible.",
    "Could I ask your advice on one decision about my project?",
    "I'd like to decide whether I should add a second mentor in cardiology.",
]


@pytest.mark.parametrize("sentence", MENTOR_REQUESTS)
def test_a_request_to_be_mentored_is_found(sentence: str) -> None:
    assert mentor_request(sentence)


@pytest.mark.parametrize("sentence", NOT_MENTOR_REQUESTS)
def test_mentorship_named_but_not_asked_is_not_a_request(sentence: str) -> None:
    assert not mentor_request(sentence)
