"""Frames chosen by what a field says and who acts in it: the reader's own promise, a step the
reader asked of the resident, a reported deed, a detail of what the two of them did, an ask to
meet or to learn, a mentor ask for one thing, the reader's name as a subject, notes laid out as
a profile, and the program named by what the role does not say. Each row: a request typed the
way residents type, what the offline draft must say and what it must not."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.config import Settings
from assistant.engines import phrasing as ph
from assistant.engines.offline import OfflineEngine
from assistant.models import DraftRequest
from assistant.text.shorthand import expand


def _draft(kind: str, **fields: Any) -> str:
    request = DraftRequest.model_validate({
        "kind": kind, "today": "2026-11-30",
        "sender": {"name": "Maya Singh", "role": "pgy2 im", "program": "Duke IM"},
        "contact": {"name": "Dr. Ruth Klein", "institution": "Duke", "relationship": "met_once"},
        **fields})
    return OfflineEngine().compose(request, [], Settings(_env_file=None)).body


MET = {"event": "SGIM regional meeting", "date": "2026-11-28", "topics": ["QI projects"]}


@pytest.mark.parametrize(("kind", "fields", "says", "never"), [
    # the reader's promise is thanked for, never told back to them
    ("follow_up", {"meeting": {**MET, "next_step": "she offered to review my personal statement"}},
     ["Thank you for offering to review my personal statement.", "Could I send it to you?"],
     ["You offered", "I'll send it"]),
    ("follow_up", {"meeting": {**MET, "next_step": "she'll send the deprescribing toolkit"}},
     ["Thank you for offering to send the deprescribing toolkit."], ["You'll send"]),
    # a step the reader asked of the resident is the resident's
    ("mentor_agenda", {"contact": {"name": "Dr. Ruth Klein", "relationship": "mentor"},
                       "meeting": {"date": "2026-12-05",
                                   "next_step": "she wants me to bring 2-3 job postings"},
                       "decisions": ["urgent care vs clinic"]},
     ["I'll bring 2-3 job postings."], ["You want me"]),
    # a deed someone reported is the deed itself
    ("introduction", {"contact": {"name": "Dr. Ruth Klein", "relationship": "new",
                                  "their_work": "his colleague said she built the consult service"},
                      "ask": "quick call re the consult service"},
     ["I know that you built the consult service, which"], ["said you built"]),
    # what the two of them did
    ("follow_up", {"meeting": {**MET, "specific_detail": "talked about how she balances clinic "
                                                         "and research"}},
     ["I'm glad we talked about how you balance clinic and research."],
     ["about talked"]),
    # a step of several clauses is a sentence per clause
    ("follow_up", {"meeting": {**MET, "next_step": "join the QI group - will sign up this wk"}},
     ["Could I join the QI group? I'll sign up this week."], [" - "]),
    # joining the reader's work is asked as leave to
    ("follow_up", {"meeting": {**MET, "next_step": "work on a case report with her team"}},
     ["Could I work on a case report with your team?"], ["I'll work"]),
    # an ask to meet is the two of them; to learn is the reader's to tell
    ("linkedin_note", {"meeting": {"event": "AAAP annual mtg", "date": "2026-12-10"},
                       "contact": {"name": "Dr. Ruth Klein", "relationship": "new"},
                       "ask": "meet up at aaap to talk abt the fellowship"},
     ["Could we meet up at AAAP to talk about the fellowship?"], ["Would you be willing to meet"]),
    ("linkedin_note", {"contact": {"name": "Dr. Ruth Klein", "relationship": "new"},
                       "ask": "learn more about the rad onc residency"},
     ["Could you tell me more about the radiation oncology residency?"],
     ["willing to learn"]),
    ("linkedin_note", {"contact": {"name": "Dr. Ruth Klein", "relationship": "new"},
                       "meeting": {"event": "Society of Surgical Oncology Annual Cancer "
                                            "Symposium 2026", "date": "2026-11-20",
                                   "specific_detail": "her talk on HIPEC outcomes"},
                       "ask": "connect + learn about the surg onc fellowship"},
     ["your talk on HIPEC outcomes at the SSO Cancer Symposium",
      "Could we connect so I can learn about the surgical oncology fellowship?"],
     ["willing to connect and learn"]),
    # a mentor ask for one thing is asked as advice on it
    ("introduction", {"contact": {"name": "Dr. Ruth Klein", "relationship": "new"},
                      "ask": "ask her to be a mentor for my high value care project"},
     ["Could I ask your advice on my high value care project?"], ["be a mentor"]),
    # the reader's name as a subject agrees with "you"
    ("introduction", {"contact": {"name": "Dr. Ruth Klein", "relationship": "new"},
                      "ask": "ask if Dr. Klein has time for coffee next wk"},
     ["Do you have time for coffee next week?"], ["you has"]),
    ("introduction", {"contact": {"name": "Dr. Ruth Klein", "relationship": "new"},
                      "ask": "would love to hear if duke takes visiting residents"},
     ["Could you let me know whether Duke takes visiting residents?"], ["open to hear"]),
    # a profile pasted a line per fact; a role joined by "and"; interests that "include"
    ("introduction", {"contact": {"name": "Dr. Ruth Klein", "relationship": "new"},
                      "ask": "15 min call",
                      "notes": "Ruth Klein, MD\nAssociate Professor of Medicine\n"
                               "Research: alcohol-associated hepatitis, early liver transplant"},
     ["Your work on alcohol-associated hepatitis and early liver transplant"], []),
    ("linkedin_note", {"contact": {"name": "Dr. Ruth Klein", "relationship": "new"},
                       "notes": "She's the director of the child and adolescent psych "
                                "fellowship."},
     ["director of the child and adolescent psychiatry fellowship"], []),
    ("introduction", {"contact": {"name": "Dr. Ruth Klein", "relationship": "new"},
                      "ask": "15 min call",
                      "notes": "Her interests include concussion and female athlete health."},
     ["concussion and female athlete health"], []),
    ("mentor_agenda", {"contact": {"name": "Dr. Ruth Klein", "relationship": "mentor"},
                       "meeting": {"date": "2026-12-05"}, "decisions": ["rural job vs academic"],
                       "notes": "Dr. Klein is also the residency's rural track director."},
     ["your role as the residency's rural track director"], ["as also"]),
    ("introduction", {"contact": {"name": "Dr. Ruth Klein", "relationship": "new"},
                      "ask": "advice on applying to cards fellowship",
                      "notes": "She was an IMG herself and now is the cards fellowship PD."},
     ["Your role as the cardiology fellowship program director"], ["IMG herself"]),
])
def test_frames_by_what_the_field_says(kind: str, fields: dict[str, Any], says: list[str],
                                       never: list[str]) -> None:
    body = _draft(kind, **fields)
    assert all(s in body for s in says), body
    assert not any(n in body for n in never), body


@pytest.mark.parametrize(("program", "role", "place"), [
    ("UTSW General Surgery", "PGY-2 general surgery resident", "UTSW"),
    ("Mass General Surgery", "PGY-1 preliminary surgery resident", "Mass General"),
    ("Emory Internal Medicine", "PGY-1 internal medicine resident", "Emory"),
    ("UNC OB/GYN", "PGY-2 OB/GYN resident", "UNC"),
    ("Family Medicine", "PGY-1 family medicine resident", "Family Medicine"),
    ("Utah Internal Medicine", "PGY-1 internal medicine resident", "Utah Internal Medicine"),
    ("Riverside", "PGY-1 internal medicine resident", "Riverside"),
])
def test_the_program_named_by_what_the_role_does_not_say(program: str, role: str,
                                                         place: str) -> None:
    assert ph.place_of(program, role) == place


@pytest.mark.parametrize(("typed", "written"), [
    ("connect re wilderness med fellowship", "connect about wilderness medicine fellowship"),
    ("deprescribing starts w/ one med at a time",
     "deprescribing starts with one medication at a time"),
    ("hosp med QI projects", "hospital medicine QI projects"),
    ("med rec and med ed", "medication reconciliation and medical education"),
    ("ecmo in the micu", "ECMO in the MICU"),
    ("pgy1 prelim surg", "PGY-1 preliminary surgery"),
    ("surg onc fellowship by mar", "surgical oncology fellowship by March"),
    ("Geri Halpern", "Geri Halpern"),  # a name, not the shorthand
])
def test_shorthand_read_by_its_neighbours(typed: str, written: str) -> None:
    assert expand(typed) == written
