"""A user's conference programs are their data: "Export my data" holds them and "Delete my data"
removes them (with the people and links), and another user's programs are untouched."""

from __future__ import annotations

import json

from sqlalchemy import select

from assistant.conference.program import read_csv
from assistant.conference.store import list_conferences, load_conference, make_contact, save_program
from assistant.conference.tables import PersonRow, SessionRow, SpeakerRow
from assistant.config import Settings
from assistant.workspace import Workspace

PROGRAM = (
    "Title,Type,Speaker,Role,Institution,Date,Start,End,Room,Abstract\n"
    'Sepsis Handoffs,Panel,"Ana Ruiz, MD",Researcher,Bayview,2027-04-15,08:00,09:00,A,Bundles.\n'
    'Sepsis Handoffs,Panel,"Bo Li, MD",Chief Resident,Northlake,2027-04-15,08:00,09:00,A,Bundles.\n'
    'Gout Update,Clinical Update,"Ana Ruiz, MD",Researcher,Bayview,2027-04-16,,,B,Gout.\n'
)


def test_export_and_delete_cover_conference_programs(settings: Settings) -> None:
    ana, ben = Workspace("ana", settings), Workspace("ben", settings)
    save_program(ana.store, "SHM 2027", read_csv(PROGRAM))
    save_program(ben.store, "SHM 2027", read_csv(PROGRAM))
    person = next(p.id for p in load_conference(ana.store, "SHM 2027").people.values()
                  if p.name == "Ana Ruiz")
    contact = make_contact(ana.store, person)

    exported = json.loads(json.dumps(ana.export()))
    [program] = exported["conferences"]
    assert program["name"] == "SHM 2027"
    assert [(s["title"], s["date"], s["start"], s["room"]) for s in program["sessions"]] == [
        ("Sepsis Handoffs", "2027-04-15", "08:00", "A"), ("Gout Update", "2027-04-16", None, "B")]
    people = {p["id"]: p for p in program["people"]}
    assert {p["name"]: p["contact_id"] for p in people.values()} == {
        "Ana Ruiz": contact, "Bo Li": None}
    assert [[people[i]["name"] for i in s["speakers"]] for s in program["sessions"]] == [
        ["Ana Ruiz", "Bo Li"], ["Ana Ruiz"]]

    cid = load_conference(ana.store, "SHM 2027").id
    counts = ana.delete_everything()
    assert counts["conference programs"] == 1 and counts["contacts"] == 1
    assert list_conferences(ana.store) == [] and ana.export()["conferences"] == []
    assert list_conferences(ben.store) == ["SHM 2027"]  # ben's own program is kept
    assert len(load_conference(ben.store, "SHM 2027").people) == 2
    assert "conference programs" not in ana.delete_everything()  # none left: not listed
    with ana.store.session() as s:  # no orphaned sessions, people or speaker links
        for row in (SessionRow, PersonRow):
            assert s.execute(select(row.id).where(row.conference_id == cid)).first() is None
        assert s.execute(select(SpeakerRow.person_id).join(
            SessionRow, SessionRow.id == SpeakerRow.session_id, isouter=True)
            .where(SessionRow.id.is_(None))).first() is None
