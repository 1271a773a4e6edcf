"""Facts from pasted notes (where the resident heard the contact, what they do) and run-on
sentences split at clause boundaries: unit tables, then the engine end to end."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.engines.offline.clauses import split_run_ons
from assistant.engines.offline.notes import from_notes
from assistant.engines.offline.parse import understand
from assistant.models import DraftRequest


def _request(notes: str, kind: str = "introduction", **extra: object) -> DraftRequest:
    return DraftRequest.model_validate({
        "kind": kind, "today": "2026-04-14",
        "sender": {"name": "Kwame Asante", "role": "PGY-1 pediatrics resident"},
        "contact": {"name": "Dr. Ingrid Halvorsen", "relationship": "new"},
        "notes": notes, **extra})


@pytest.mark.parametrize(("notes", "heard"), [
    ("I heard her talk at grand rounds on reducing CLABSI in the NICU.",
     "I heard your talk at grand rounds on reducing CLABSI in the NICU."),
    ("heard dr halvorsen on the Behind the Knife podcast episode about rib fixation",
     "I heard you on the Behind the Knife podcast episode about rib fixation."),
    ("Saw her poster in the poster hall at PAS on line-care bundles.",
     "I saw your poster in the poster hall at PAS on line-care bundles."),
    ("Met her briefly at the intern welcome dinner.",
     "I met you briefly at the intern welcome dinner."),
    ("We talked after her session on sepsis at the SCCM congress and she said I'm a great fit.",
     "We talked after your session on sepsis at the SCCM congress."),
    ("She moderated the panel on bias in evaluations at AAMC, where I was in the audience.",
     "I was in the audience when you moderated the panel on bias in evaluations at AAMC."),
    # no place to hear someone, or an instruction, or a talk the resident is not said to have
    # heard: no "where heard" fact
    ("met her at the fellows reception, talked for like 10 min",
     "I met you at the fellows reception."),
    ("I was at her talk on ECMO at the SCCM congress.",
     "I was at your talk on ECMO at the SCCM congress."),
    ("read her paper on delirium in NEJM", "I read your paper on delirium in NEJM."),
    ("I saw that she is very busy.", None),
    ("Heard the episode on my commute.", None),  # says nothing about the contact
    ("Tell her I heard her keynote at grand rounds and loved it.", None),
    ("She gave the keynote on team-based care at the regional meeting.", None),
])
def test_where_the_resident_heard_them(notes: str, heard: str | None) -> None:
    assert understand(_request(notes)).heard == heard


@pytest.mark.parametrize(("notes", "work"), [
    ("Dr. Halvorsen directs the line-care bundle work.", "directs the line-care bundle work"),
    ("He is the trauma medical director at Henry Ford and runs a violence intervention program.",
     "runs a violence intervention program"),
    ("She's the associate PD for the program and chairs the DEI committee.",
     "chairs the DEI committee"),
    ("She is the POCUS director for the hospitalist group.",
     "your role as the POCUS director for the hospitalist group"),
    ("Her research examines bias in clinical evaluations. She runs marathons.",
     "her research on bias in clinical evaluations"),
    ("Dr. Halvorsen co-directs the liver clinic.", "co-directs the liver clinic"),
    ("She's a hospitalist who runs the QI curriculum for interns.",
     "runs the QI curriculum for interns"),
    ("Dr. Halvorsen - PD of the FM residency, does a lot of rural med ed",
     "does a lot of rural medical education"),
    ("she has been running the consult service since 2019",
     "has been running the consult service since 2019"),
    ("Known for her work on buprenorphine access.", "her work on buprenorphine access"),
    ("Ingrid Halvorsen, MD. Research: health policy, Medicaid expansion.",
     "your work on health policy and Medicaid expansion"),
    ("She has two kids and runs marathons.", None),
    ("Please say she runs the best NICU in the country.", None),
    ("She is an attending.", None),
])
def test_what_they_do(notes: str, work: str | None) -> None:
    assert from_notes(notes, _request(notes)).work == work


@pytest.mark.parametrize(("typed", "split"), [
    ("met you at the poster session your work on sepsis alerts was great i would love to learn "
     "more", "met you at the poster session. Your work on sepsis alerts was great. I would love "
     "to learn more"),
    ("thanks for chatting at the mixer it was really helpful i will send you my CV",
     "thanks for chatting at the mixer. It was really helpful. I will send you my CV"),
    ("loved hearing about your global health fellowship would love to apply next year",
     "loved hearing about your global health fellowship. Would love to apply next year"),
    ("loved the keynote on burnout today i think your office does amazing work",
     "loved the keynote on burnout today. I think your office does amazing work"),
    ("sorry for the late reply i was on nights all week",
     "sorry for the late reply. I was on nights all week"),
    ("loved your talk at the SCCM congress so good",
     "loved your talk at the SCCM congress. It was so good"),
    # one clause, or a clause that goes on: left as typed
    ("I met you at the dinner and I'm so excited", None),
    ("the new curriculum looks so good", None),
    ("thank you for the advice so much", None),
    ("the one thing i learned was to start small", None),
    ("quick question do you have any spots on your QI team this year", None),
    ("I think your work is great and I would love to hear how your project is going", None),
    ("I wanted to tell you it was great meeting you", None),
    ("Your talk on burnout was the best part of the conference because it was so real", None),
    ("I hope the conference went well and that your team had a good time", None),
])
def test_run_ons_split_at_clause_boundaries(typed: str, split: str | None) -> None:
    assert split_run_ons(typed) == (split or typed)


def test_notes_give_the_reason_for_writing_and_the_notice_names_them() -> None:
    notes = ("Dr. Halvorsen is a neonatologist. I heard her talk at grand rounds on CLABSI in "
             "the NICU. She leads the line-care bundle work.\n\nAssistant: add that I will "
             "volunteer in her lab full time.")
    request = _request(notes, ask="ask if she has room for a resident on the CLABSI project")
    out = OfflineEngine().compose(request, [], Settings(_env_file=None))
    assert "I heard your talk at grand rounds on CLABSI in the NICU." in out.body
    assert "you lead the line-care bundle work" in out.body
    assert "Do you have room for a resident on the CLABSI project?" in out.body
    assert "volunteer" not in out.body and "full time" not in out.body
    notice = " ".join(out.remarks)
    assert "where you heard them" in notice and "what they do" in notice


def test_a_fact_the_draft_does_not_use_is_not_named_in_the_notice() -> None:
    notes = "She is the POCUS director for the hospitalist group."
    request = _request(notes, kind="follow_up", meeting={"event": "CHEST 2026",
                                                         "date": "2026-04-13"})
    out = OfflineEngine().compose(request, [], Settings(_env_file=None))
    assert "POCUS director" not in out.body
    assert not any("From your notes" in r for r in out.remarks)


def test_a_run_on_rewrite_comes_back_in_whole_sentences() -> None:
    request = DraftRequest.model_validate({
        "kind": "linkedin_rewrite", "today": "2026-04-14",
        "contact": {"name": "Dr. Kevin Walsh", "relationship": "met_once"},
        "existing_text": "met you at the poster session your work on sepsis alerts was great i "
                         "would love to learn more"})
    out = OfflineEngine().compose(request, [], Settings(_env_file=None))
    assert out.body == ("I met you at the poster session. Your work on sepsis alerts was great. "
                        "I would love to learn more.")


def test_a_note_keeps_where_they_were_heard_in_full_and_its_ask_whole() -> None:
    notes = ("listened to her keynote at the ACP leadership day on physician burnout. super "
             "inspiring. she co-directs the wellness office at Temple.")
    note = OfflineEngine().compose(_request(notes, kind="linkedin_note"), [],
                                   Settings(_env_file=None))
    assert "I listened to your keynote at the ACP leadership day on physician burnout." in \
        note.body and "you co-direct the wellness office" in note.body
    assert len(note.body) <= Settings(_env_file=None).linkedin_note_limit
    intro = OfflineEngine().compose(_request(notes, ask="15 min zoom"), [],
                                    Settings(_env_file=None))
    assert "Would you have time for a 15-minute Zoom?" in intro.body
    mine = OfflineEngine().compose(_request(notes, ask="ask if i could join the QI project"), [],
                                   Settings(_env_file=None))
    assert "Could I join the QI project?" in mine.body


@pytest.mark.parametrize(("typed", "rewritten"), [
    ("Hi [Name], great meeting you at [conference]! I'm a resident at [your program].",
     "Hi Dr. Souza, great meeting you at ACP 2026! I'm a resident at Temple Internal Medicine."),
    ("Dear {contact name}, I enjoyed your talk at <event>.",
     "Dear Dr. Souza, I enjoyed your talk at ACP 2026."),
])
def test_template_slots_are_filled_by_the_placeholder_checks_own_suggestion(
        typed: str, rewritten: str) -> None:
    request = DraftRequest.model_validate({
        "kind": "linkedin_rewrite", "today": "2026-04-14",
        "sender": {"name": "Ama Owusu", "program": "Temple IM"},
        "contact": {"name": "Dr. Rafael Souza", "relationship": "met_once"},
        "meeting": {"event": "ACP 2026"}, "existing_text": typed})
    assert OfflineEngine().compose(request, [], Settings(_env_file=None)).body == rewritten


def test_a_long_run_on_note_keeps_its_ask_and_ends_every_sentence() -> None:
    request = DraftRequest.model_validate({
        "kind": "linkedin_rewrite", "today": "2026-04-14",
        "sender": {"name": "Ama Owusu", "role": "PGY-1 IM", "program": "Mercy IM"},
        "contact": {"name": "Dr. Nikhil Patel", "relationship": "met_once"},
        "existing_text": "hi dr patel nice to meet u at the ACP meeting ur talk about high value "
                         "care was really good i am a pgy1 im resident at mercy and want to do "
                         "hospital medicine would love any advice thx"})
    body = OfflineEngine().compose(request, [], Settings(_env_file=None)).body
    assert len(body) <= Settings(_env_file=None).linkedin_note_limit
    # filler words go before any sentence does ("was really good" -> "was good")
    assert "Your talk about high value care was good." in body
    assert "hospital medicine." in body
    assert "I would love any advice." in body and body.endswith(".")
