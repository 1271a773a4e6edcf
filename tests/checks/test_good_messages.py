"""Well-written, realistic messages with their request contexts: no warning and no error.
A false alarm on any of these is a defect just like a miss."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.checks import check
from assistant.config import Settings
from tests.checks.conftest import make_request

GOOD: list[tuple[str, str, dict[str, Any]]] = [
    ("intro email before a conference", """Subject: Introduction before ACC.26

Dear Dr. Lee,

I'm Maria Gomez, a PGY-1 internal medicine resident at UCSF, and I am hoping to apply to
cardiology fellowship. I read your JAMA Cardiology paper on heart failure readmissions and
was struck by how much the 7-day follow-up call mattered.

Would you have 15 minutes for coffee during ACC.26? I would value your advice on how to get
involved in outcomes research as an intern.

Best regards,
Maria Gomez, MD
PGY-1, Internal Medicine, UCSF
maria.gomez@ucsf.edu
""", {"req": "introduction"}),
    ("follow-up email within 72 hours", """Subject: Thank you from SGIM

Dear Dr. Okafor,

Thank you for taking the time to talk with me at the SGIM Annual Meeting about sepsis
handoffs. Your ICU handoff checklist is exactly the kind of QI work I hope to do at UCSF.

As we discussed, I will send you my draft project aim by Friday. Would you be willing to
look it over?

Best regards,
Maria Gomez
PGY-1, Internal Medicine, UCSF
maria.gomez@ucsf.edu
""", {"req": "follow_up"}),
    ("late follow-up that acknowledges the delay", """Subject: Following up from SGIM

Dear Dr. Okafor,

I'm sorry for the delay in writing after SGIM; night float caught up with me. Thank you
again for the conversation about sepsis handoffs and for sharing your checklist.

I have drafted a project aim for our medicine wards. Could I send it to you this week?

Warm regards,
Maria Gomez
""", {"req": "follow_up", "changes": {"today": "2026-04-24"}}),
    ("update to a mentor, with credit", """Subject: Good news and thanks

Dear Dr. Patel,

I wanted to share that my abstract was accepted at SGIM. Your feedback on the methods
section made the difference, and I am grateful for the time you spent on it.

I will present it as a poster in May and will send you the final version beforehand.

With gratitude,
Maria
""", {"req": "update"}),
    ("LinkedIn note under 200 characters",
     "Hi Dr. Rivera, I enjoyed your ACP talk on clinician-educator careers. I'm a PGY-1 at "
     "UCSF interested in teaching. I'd love to connect. Best, Maria",
     {"req": "linkedin_note"}),
    ("mentor agenda email", """Subject: Agenda for Thursday

Dear Dr. Patel,

Thank you for making time on Thursday. To use our 30 minutes well, here is what I hope to
cover:

1. Whether to start a QI or a research project this year, and how to choose.
2. Which electives in the spring would help most for hospital medicine.

I will bring my two project ideas on one page. Is there anything you would like me to read
beforehand?

Best,
Maria Gomez
PGY-1, Internal Medicine
""", {"req": "mentor_agenda"}),
    ("LinkedIn message after a talk", """Hello Dr. Lee,

Thank you for your talk on heart failure readmissions at Stanford Grand Rounds. I'm a PGY-1
in internal medicine at UCSF, and your point about early follow-up calls changed how I
think about discharge planning.

Would you be open to a 15-minute call in the next few weeks? I'd like to ask how you got
started in outcomes research.

Thank you,
Maria Gomez""", {"req": "introduction", "channel": "linkedin_message"}),
    ("peer follow-up by first name", """Subject: Great meeting you at SGIM

Hi Sam,

Thanks again for the tips on the SGIM poster session and the QI resources you mentioned. I
am sending the handoff paper we talked about; it is attached.

Let me know if you want to grab coffee at the regional meeting in October.

Cheers,
Maria
""", {"req": "follow_up", "changes": {"contact.name": "Dr. Sam Nguyen",
                                     "contact.relationship": "peer",
                                     "meeting.topics": ["poster session"]}}),
    ("premium LinkedIn rewrite near 300 characters",
     "Hi Dr. Rivera, thank you for your talk at the ACP Internal Medicine Meeting on "
     "clinician-educator careers. I'm a PGY-1 at UCSF building a teaching portfolio, and your "
     "advice on protected time stayed with me. I'd be glad to connect and follow your work. "
     "Best, Maria Gomez",
     {"req": "linkedin_note", "kind": "linkedin_rewrite", "tier": "premium"}),
    ("reply above a quoted thread", """Subject: Re: Poster draft

Dear Dr. Patel,

Thank you for the quick edits. I have made all of them, and the poster is attached. I will
print it on Monday unless you would like another look.

Best,
Maria

On Mon, Mar 2, 2026 at 9:14 AM Priya Patel <ppatel@ucsf.edu> wrote:
> Great work!! A few edits:
> - shorten the title, it is WAY too long
> - cut the second figure
> Send it back by Friday!
> Priya
> Sent from my iPhone
""", {"req": "update"}),
    ("intro with many acronyms", """Subject: PGY-1 question on GME research

Dear Dr. Okafor,

I'm Maria Gomez, a PGY-1 at UCSF working on a QI project with our GME office on ICU
handoffs and HIPAA-compliant sign-out tools. I saw your SGIM and ACGME work on the same
problem, including the NIH-funded study in the MICU.

Would you have 20 minutes in the next month to talk about study design? I can send a
one-page summary first.

Kind regards,
Maria Gomez, MD
PGY-1, Internal Medicine, UCSF
""", {"req": "introduction", "changes": {"contact.name": "Dr. Ada Okafor"}}),
]


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize(("label", "text", "context"), GOOD, ids=[g[0] for g in GOOD])
def test_well_written_message_has_no_warning_or_error(
    label: str, text: str, context: dict[str, Any], newline: str
) -> None:
    text = text.replace("\n", newline)
    request = make_request(context["req"], **context.get("changes", {}))
    settings = Settings(linkedin_tier=context.get("tier", "free"), _env_file=None)
    findings = check(text, request, kind=context.get("kind"), channel=context.get("channel"),
                     settings=settings)
    problems = [f.to_json() for f in findings if f.severity != "info"]
    assert problems == [], label
    assert {f.code for f in findings} >= {"word_count"}


def test_good_set_covers_the_message_kinds() -> None:
    assert len(GOOD) >= 8
    kinds = {g[2].get("kind") or g[2]["req"] for g in GOOD}
    assert {"introduction", "follow_up", "update", "mentor_agenda", "linkedin_note"} <= kinds


def test_linkedin_note_fits_free_limit() -> None:
    note = next(g[1] for g in GOOD if g[0].startswith("LinkedIn note"))
    assert len(note) <= 200
