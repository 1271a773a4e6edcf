"""A next step the resident takes: the guide's "concrete next step" ("I'll send you my updated
CV") is the sender acting, toward the reader or soon. An offer of one's own action or a plan the
reader is part of closes a message as well as a question does; a vague closing ("let me know",
"hope to hear from you", "I'll be around") or an intention a year away does not. Each row is
written the way residents write; each positive has look-alikes that must still raise no_ask."""

from __future__ import annotations

import pytest

from assistant.checks import check
from assistant.checks.functions import asks_or_commits
from assistant.config import Settings
from tests.checks.conftest import make_request

SETTINGS = Settings(_env_file=None)

# The sender acts, and the step is concrete: the reader takes part or there is a near time.
STEPS = [
    "I'll sit in on the Thursday echo conference this week.",
    "i'll get the first draft of the methods done by wed and send it ur way",
    "I'll write up the case over the weekend and bring it to our meeting on the 12th.",
    "Will plan to shadow you in the cath lab next Tuesday morning.",
    "I can pull the readmission numbers and share them with you before the 3rd.",
    "I'm going to redo the power calculation tonight and have it to you tmrw.",
    "I'll come by your office around 4 pm on Fri to pick up the protocol.",
    "Next, I'll revise the poster as you suggested and circulate it by end of the week.",
    "We'll go over the figures together at our next meeting.",
    "I plan to audit ten charts this week, as we agreed.",
    "I'll join you on the consult service for a day, as you offered.",
    "I could draft the IRB amendment within two days if that helps.",
    "I'll ask Dr. Nguyễn for the slides and forward them to you on Monday.",
    "Per our chat I'll submit the abstract by Oct 15.",
]
# Look-alikes: a vague closing, a state, an effort or an intention with no reader and no near
# time, an open offer, a refusal.
NOT_STEPS = [
    "Let me know.",
    "let me know!",
    "Let me know if you have any questions.",
    "Let me know if anything comes up.",
    "Hope to hear from you.",
    "Hope to hear from you soon!",
    "I'll be around.",
    "I'll be around if you need anything.",
    "I'll definitely be around the hospital this spring.",
    "I'll keep working on my research skills.",
    "I'll try to make it to grand rounds sometime.",
    "I'll apply to your program next year.",
    "I'll start my research year in July.",
    "I will join a QI project once intern year settles down.",
    "I'll read more about sleep medicine.",
    "If there is anything I can help with on your project, let me know.",
    "I can't make it to journal club this month.",
    "I will not be able to attend the retreat.",
    "I'll finish intern year at Baylor, where we have a strong ICU.",
]


@pytest.mark.parametrize(("phrase", "expected"),
                         [(p, True) for p in STEPS] + [(p, False) for p in NOT_STEPS])
def test_what_counts_as_a_next_step(phrase: str, expected: bool) -> None:
    assert asks_or_commits(phrase) is expected


# (kind, closing, no_ask raised?): a follow-up to Dr. Okafor after SGIM ends with the sender's
# step or a vague closing; an introduction to Dr. Lee with a plan that includes her or none.
OPENINGS = {
    "follow_up": "Thank you for talking with me at SGIM about sepsis handoffs.",
    "introduction": "I'm Maria Gomez, a PGY-1 in internal medicine at UCSF.",
}
CLOSINGS = [
    ("follow_up", "I'll join the handoff workgroup meeting on Friday.", False),
    ("follow_up", "I'll draft the aim and send it to you by Monday.", False),
    ("follow_up", "I'll rework my aim using the checklist and bring it to our call.", False),
    ("follow_up", "Let me know.", True),
    ("follow_up", "Hope to hear from you.", True),
    ("follow_up", "I'll be around.", True),
    ("follow_up", "I'll keep learning about handoffs.", True),
    ("introduction", "I'll be at your Tuesday clinic at 8 to observe, as Dr. Osei arranged.",
     False),
    ("introduction", "I'll stop by the sim lab at noon on the 9th to introduce myself.", False),
    ("introduction", "Let me know.", True),
    ("introduction", "I'll be around at ACC.26.", True),
    ("introduction", "I'll apply to your fellowship next cycle.", True),
]


@pytest.mark.parametrize(("kind", "closing", "raised"), CLOSINGS)
def test_no_ask_on_the_closing(kind: str, closing: str, raised: bool) -> None:
    """The no_ask check itself, on a whole message of the kind."""
    greeting = "Dr. Okafor" if kind == "follow_up" else "Dr. Lee"
    text = (f"Subject: SGIM\n\nDear {greeting},\n\n{OPENINGS[kind]} {closing}\n\n"
            "Best,\nMaria Gomez\n")
    request = make_request(kind) if kind == "follow_up" else None
    codes = {f.code for f in check(text, request, kind=None if request else kind,
                                   settings=SETTINGS)}
    assert ("no_ask" in codes) is raised, codes
