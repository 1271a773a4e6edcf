"""Storing a program and ranking whom to meet (tuning profiles only; the hold-out is for the
benchmark)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.conference.lexicon import expand, named_in, role_kinds, wanted_roles
from assistant.conference.program import read_program
from assistant.conference.rank import keyword_rank, rank
from assistant.conference.store import (
    in_memory,
    list_conferences,
    load_conference,
    make_contact,
    save_program,
)
from assistant.errors import InputError
from assistant.models import Sender
from assistant.storage import Store
from assistant.storage.records import ContactRecord
from tests.conference.conftest import DATA, PROFILES

TUNING = json.loads((DATA / "split.json").read_text("utf-8"))["tuning"]


@pytest.fixture(scope="module")
def conference():
    program = read_program((DATA / "program.csv").read_bytes(), "program.csv")
    return in_memory("Annual Meeting", program)


@pytest.mark.parametrize(("text", "expected"), [
    ("bupe inductions", "bupe (buprenorphine) inductions"),
    ("cards fellowship", "cards (cardiology) fellowship"),
    ("ED -> ICU", "ED (emergency department) to ICU (intensive care unit)"),
    ("sepsis handoffs", "sepsis handoffs"),
])
def test_shorthand_is_spelled_out(text: str, expected: str) -> None:
    assert expand(text) == expected


@pytest.mark.parametrize(("goals", "kinds"), [
    ("cards fellowship, ideally Northlake", {"fellowship director"}),
    ("chief resident next year", {"chief resident", "program director",
                                  "associate program director"}),
    ("get my QI project published", {"researcher"}),
    ("hospitalist job after residency", {"hospital leader"}),
    ("learn more about sepsis", set()),
])
def test_goal_roles(goals: str, kinds: set[str]) -> None:
    assert wanted_roles(goals) == kinds


@pytest.mark.parametrize(("role", "kinds"), [
    ("Fellowship Director, Gastroenterology", {"fellowship director"}),
    ("Associate Program Director, Internal Medicine Residency", {"associate program director"}),
    ("Program Director, Internal Medicine Residency", {"program director"}),
    ("Chief Resident", {"chief resident"}),
    ("Nurse Practitioner", set()),
])
def test_role_kinds(role: str, kinds: set[str]) -> None:
    assert role_kinds(role) == kinds


@pytest.mark.parametrize(("institution", "goals", "named"), [
    ("Cascadia University", "GI fellowship, Cascadia is my top choice", True),
    ("Summit Valley University", "Summit Valley would be great", True),
    ("Summit Valley University", "a valley somewhere", False),
    ("Lakeside University", "any university hospital", False),
])
def test_institution_named_in_goals(institution: str, goals: str, named: bool) -> None:
    assert named_in(institution, goals) is named


@pytest.mark.parametrize("pid", TUNING)
def test_top_five_are_labelled_worth_meeting(conference, pid: str) -> None:
    labels = json.loads((DATA / "labels.json").read_text("utf-8"))[pid]
    top = rank(conference, PROFILES[pid], k=5, warm={})
    assert sum(1 for s in top if s.name in labels) >= 4
    for s in top:  # a reason quotes the program, never a bare score
        assert "'" in s.reason and s.reason.split("'")[1]
        quoted = s.reason.split("'")[1].rstrip("…")
        assert any(quoted in (x["title"] + " " + conference.sessions[x["id"]].abstract)
                   for x in s.sessions)


def test_fellowship_director_of_the_goal_says_so(conference) -> None:
    suggestions = rank(conference, PROFILES["p10"], k=10, warm={})
    directors = [s for s in suggestions if "fellowship director" in s.role.lower()]
    assert directors and all("Gastroenterology" in s.role for s in directors)
    assert all("your goal" in s.reason for s in directors)


def test_warm_contact_is_marked(conference) -> None:
    top = rank(conference, PROFILES["p01"], k=10, warm={})
    last = top[-1]
    from assistant.text.names import name_key

    again = rank(conference, PROFILES["p01"], k=10,
                 warm={name_key(last.name): [(7, last.institution)]})
    warm = next(s for s in again if s.name == last.name)
    assert "warm" in warm.signals and "already in your network" in warm.reason
    assert warm.contact_id == 7
    assert again.index(warm) < top.index(last)


def test_keyword_baseline_ranks_by_shared_words(conference) -> None:
    ids = keyword_rank(conference, Sender(interests=["buprenorphine"]), k=1)
    assert ids and all(
        any("buprenorphine" in conference.sessions[sid].text.lower()
            for sid in conference.people[pid].sessions) for pid in ids)


def test_empty_profile_is_an_error(conference) -> None:
    with pytest.raises(InputError, match="interests or goals"):
        rank(conference, Sender(), k=5, warm={})


def test_store_round_trip_vectors_and_contacts(store: Store, program_csv: Path) -> None:
    program = read_program(program_csv.read_bytes(), "program.csv")
    counts = save_program(store, "Annual Meeting 2027", program)
    assert counts["sessions"] == 152 and counts["people"] > 150
    assert save_program(store, "annual meeting 2027", program)["sessions"] == 152  # replaces
    assert list_conferences(store) == ["annual meeting 2027"]
    conf = load_conference(store, "Annual Meeting 2027")
    assert len(conf.sessions) == 152 and not conf.vectors
    store.add_contact(ContactRecord(name="Dr. Björn Kim", relationship="peer"))
    first = rank(conf, PROFILES["p01"], k=5, store=store)
    assert first[0].name == "Björn Kim" and "warm" in first[0].signals
    again = load_conference(store, "Annual Meeting 2027")
    assert len(again.vectors) == 152  # computed once, then read
    pid = next(p.id for p in again.people.values() if p.name == "Felix Walsh")
    cid = make_contact(store, pid)
    assert store.get_contact(cid).name == "Felix Walsh"
    assert make_contact(store, pid) == cid
    assert load_conference(store, "Annual Meeting 2027").people[pid].contact_id == cid
    with pytest.raises(InputError, match="no conference named"):
        load_conference(store, "Other")


def test_programs_are_scoped_to_their_owner(store: Store, program_csv: Path) -> None:
    program = read_program(program_csv.read_bytes(), "program.csv")
    save_program(store, "Annual Meeting 2027", program)
    mine = load_conference(store, "Annual Meeting 2027")
    other = Store(store.settings, "someone-else", store.db)
    with pytest.raises(InputError, match="no conference named"):
        load_conference(other, "Annual Meeting 2027")
    with pytest.raises(InputError, match="no person"):
        make_contact(other, next(iter(mine.people)))


def test_a_signal_alone_is_not_called_a_match() -> None:
    from assistant.conference.program import read_csv

    text = (
        "Title,Type,Speaker,Role,Institution,Date,Start,End,Room,Abstract\n"
        "Sepsis Handoffs From the ED to the ICU,Panel,\"Ana Ruiz, MD\",Researcher,Bayview,"
        "2027-04-15,08:00,09:00,A,A handoff bundle for septic patients moving to the ICU.\n"
        "Gout on the Medicine Service,Panel,\"Mei Chen, MD\",Hospitalist,Cascadia University,"
        "2027-04-15,10:00,11:00,B,Treating acute gout in hospitalised patients.\n"
    )
    conference = in_memory("M", read_csv(text))
    profile = Sender(interests=["sepsis handoffs"], goals="a job at Cascadia")
    by_name = {s.name: s for s in rank(conference, profile, k=5, warm={})}
    assert by_name["Ana Ruiz"].reason.startswith("matches your interest in sepsis handoffs: '")
    chen = by_name["Mei Chen"].reason
    assert "matches" not in chen
    assert chen.startswith("Hospitalist, a role your goals point to; at Cascadia University")
    assert "their session: 'Gout on the Medicine Service'" in chen


def test_migrated_schema_matches_the_conference_tables(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from assistant.conference.tables import ConferenceBase

    mine = set(ConferenceBase.metadata.tables)
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), ConferenceBase.metadata)

    def table_of(change: object) -> str | None:
        item = change[0] if isinstance(change, list) else change
        for part in item[1:]:
            name = getattr(part, "name", None) if not isinstance(part, str) else part
            table = getattr(part, "table", None)
            if table is not None and getattr(table, "name", None):
                return table.name
            if name in mine:
                return name
        return None

    assert [d for d in diff if table_of(d) in mine] == []
