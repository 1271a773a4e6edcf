"""The campaign (introductions drafted through the normal pipeline), the at-the-meeting page and
.ics, and "met" feeding the 72-hour follow-ups."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from assistant.conference.plan import (
    check_picks,
    draft_campaign,
    mark_met,
    mark_sent,
    meeting_sheet,
    question_for,
    sessions_ics,
    ten_second_intro,
)
from assistant.conference.program import read_program
from assistant.conference.rank import rank
from assistant.conference.store import load_conference, save_program
from assistant.config import Settings
from assistant.errors import InputError
from assistant.models import Sender
from assistant.network.due import due_items
from assistant.storage import Store
from tests.conference.conftest import DATA, PROFILES


@pytest.fixture
def planned(use_built_index: Settings, tmp_path: Path):
    settings = Settings(data_dir=tmp_path / "plan", knowledge_dir=use_built_index.knowledge_dir,
                        _env_file=None)
    import shutil

    shutil.copytree(use_built_index.data_dir, settings.data_dir)
    store = Store(settings)
    program = read_program((DATA / "program.csv").read_bytes(), "program.csv")
    save_program(store, "SHM 2027", program)
    conference = load_conference(store, "SHM 2027")
    yield store, conference, settings
    store.engine.dispose()


@pytest.mark.parametrize("count", [1, 6])
def test_two_to_five_and_why(planned, count: int) -> None:
    _store, conference, _settings = planned
    with pytest.raises(InputError, match="pick 2 to 5") as err:
        check_picks(list(conference.people)[:count], conference)
    assert "personal" in str(err.value)


@pytest.mark.parametrize("pid", ["p01", "p08"])
def test_campaign_drafts_pass_their_checks_and_the_phi_guard(planned, pid: str) -> None:
    from assistant import service

    store, conference, settings = planned
    profile = PROFILES[pid].model_copy(update={"email": "resident@hollis.example.org"})
    picks = [s.person_id for s in rank(conference, profile, k=3, warm={})]
    drafts = draft_campaign(store, conference, picks, profile, engine="offline",
                            settings=settings, today=date(2027, 4, 1))
    assert len(drafts) == 3
    for d in drafts:
        assert d.passed, d.findings
        assert not [f for f in d.findings if f["severity"] == "warning"], d.findings
        text = f"Subject: {d.subject}\n\n{d.body}"
        assert not [f for f in service.check_message(text, kind="introduction",
                                                     channel="email", settings=settings)
                    if f.code == "phi"]
        assert conference.people[d.person_id].name.split()[-1] in d.body
        assert "SHM 2027" in d.body
        contact = store.get_contact(d.contact_id)
        assert contact is not None and contact.name == d.name
    interaction = mark_sent(store, drafts[0].draft_id, date(2027, 4, 2))
    [sent] = store.list_interactions(drafts[0].contact_id)
    assert sent.id == interaction and sent.type == "message_sent" and sent.event == "SHM 2027"


def test_meeting_page_and_calendar(planned) -> None:
    _store, conference, _settings = planned
    profile = PROFILES["p01"]
    picks = [s.person_id for s in rank(conference, profile, k=3, warm={})]
    page = meeting_sheet(conference, picks, profile)
    assert ten_second_intro(profile).split(".")[0] in page.replace("&#x27;", "'")
    for pid in picks:
        assert conference.people[pid].name in page
        first = conference.sessions[conference.people[pid].sessions[0]]
        assert first.room in page and f"{first.start:%H:%M}" in page
    sessions = [conference.people[p].sessions[0] for p in picks]
    cal = Calendar.from_ical(sessions_ics(conference, sessions))
    events = cal.walk("VEVENT")
    assert len(events) == len(set(sessions))
    assert {str(e["SUMMARY"]) for e in events} == {conference.sessions[s].title
                                                   for s in sessions}


@pytest.mark.parametrize(("profile", "expected"), [
    (Sender(name="Maya Brooks", role="PGY-2 resident", program="Hollis IM",
            interests=["sepsis handoffs"], goals="PCCM fellowship"),
     "I'm Maya Brooks, PGY-2 resident at Hollis IM. I'm interested in sepsis handoffs. "
     "My goal: PCCM fellowship."),
    (Sender(name="Maya Brooks"), "I'm Maya Brooks."),
])
def test_ten_second_intro(profile: Sender, expected: str) -> None:
    assert ten_second_intro(profile) == expected


def test_question_quotes_the_abstract(planned) -> None:
    _store, conference, _settings = planned
    session = next(iter(conference.sessions.values()))
    question = question_for(session)
    assert question.startswith("On “We report a handoff bundle across 12 ICUs")
    assert question.endswith("?")


def test_met_puts_the_follow_up_in_what_is_due(planned) -> None:
    store, conference, _settings = planned
    person = next(p for p in conference.people.values() if p.name == "Felix Walsh")
    met_on = date(2027, 4, 15)
    mark_met(store, conference, person.id, met_on)
    [item] = [i for i in due_items(store, met_on + timedelta(days=1))
              if i.contact == "Felix Walsh"]
    assert item.rule == "follow_up_owed" and not item.overdue
    assert item.request["meeting"]["event"] == "SHM 2027"
    assert item.request["meeting"]["topics"] == [conference.sessions[person.sessions[0]].title]
    assert store.get_contact(item.contact_id).relationship == "met_once"
