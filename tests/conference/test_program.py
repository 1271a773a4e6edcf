"""Reading a program: the canonical CSV, mapped columns, .ics, pasted text; bad input."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from assistant.conference.program import (
    parse_time,
    read_csv,
    read_ics,
    read_program,
    read_text,
)
from assistant.conference.speakers import parse_person_line
from assistant.errors import InputError

HEADER = "Title,Type,Speaker,Role,Institution,Date,Start,End,Room,Abstract\n"


@pytest.mark.parametrize(("line", "name", "credentials", "role", "institution"), [
    ("Jane Roe, MD, MPH — Lakeside University", "Jane Roe", "MD, MPH", "", "Lakeside University"),
    ("Dr. Ana Ruiz (Bayview Health)", "Ana Ruiz", "", "", "Bayview Health"),
    ("Omar Haddad, MD, Program Director | Northlake", "Omar Haddad", "MD", "Program Director",
     "Northlake"),
    ("Zoë Łukasiewicz, PhD - Université de Montréal", "Zoë Łukasiewicz", "PhD", "",
     "Université de Montréal"),
    ("Felix Walsh, MD, Chief Resident, Hollis Memorial Hospital", "Felix Walsh", "MD",
     "Chief Resident", "Hollis Memorial Hospital"),
    ("Siobhán Ó Briain, MD — Fellowship Director, Cascadia University", "Siobhán Ó Briain",
     "MD", "Fellowship Director", "Cascadia University"),
    ("Ana Ruiz, Bayview Health", "Ana Ruiz", "", "", "Bayview Health"),
])
def test_person_lines(line: str, name: str, credentials: str, role: str,
                      institution: str) -> None:
    person = parse_person_line(line)
    assert person is not None
    assert (person.name, person.credentials, person.role, person.institution) == (
        name, credentials, role, institution)


@pytest.mark.parametrize("line", [
    "Exhibit Hall Opening Reception", "Closing the Gap: A Sepsis Handoff Bundle",
    "We report a handoff bundle across 12 ICUs.", "Room 201 — 3rd floor", "",
])
def test_not_person_lines(line: str) -> None:
    assert parse_person_line(line) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("08:00", time(8, 0)), ("8:00 AM", time(8, 0)), ("1.30pm", time(13, 30)),
    ("12:15 pm", time(12, 15)), ("14h30", time(14, 30)), ("8", None), ("25:00", None),
    ("noon-ish", None),
])
def test_times(text: str, expected: time | None) -> None:
    assert parse_time(text) == expected


def test_canonical_csv_groups_speakers_by_session(program_csv: Path) -> None:
    program = read_program(program_csv.read_bytes(), program_csv.name)
    assert len(program.sessions) == 152
    assert program.skipped == []
    first = program.sessions[0]
    assert first.title.startswith("Closing the Gap")
    assert first.day == date(2027, 4, 15) and first.start == time(7, 0)
    assert [s.name for s in first.speakers] == ["Björn Kim", "Felix Walsh"]
    assert first.speakers[0].credentials == "MD, MPH"
    assert program.total == sum(len(s.speakers) for s in program.sessions)


def test_each_bad_row_gets_its_reason() -> None:
    text = HEADER + (
        "Good,Workshop,\"Ana Ruiz, MD\",Researcher,Bayview,2027-04-15,08:00,09:00,A,x\n"
        ",Workshop,Bo Li,,,2027-04-15,08:00,09:00,A,x\n"
        "Bad date,Panel,Bo Li,,,15/15/2027,08:00,09:00,A,x\n"
        "Bad time,Panel,Bo Li,,,2027-04-15,8 o'clock,09:00,A,x\n"
        "Backwards,Panel,Bo Li,,,2027-04-15,10:00,09:00,A,x\n"
        "Extra,Panel,Bo Li,,,2027-04-15,08:00,09:00,A,x,oops\n"
    )
    program = read_csv(text)
    assert [s.title for s in program.sessions] == ["Good"]
    reasons = {s.row: s.reason for s in program.skipped}
    assert reasons[3] == "missing title"
    assert "malformed date" in reasons[4]
    assert "malformed start time" in reasons[5]
    assert "before it starts" in reasons[6]
    assert "unquoted comma" in reasons[7]
    assert program.total == 6


def test_mapped_columns() -> None:
    text = ("Session Name,Presenter,Affiliation,When,From,To\n"
            "Gout on the Medicine Service,\"Dr. Mei Chen, MD\",Bayview Health,2027-04-16,"
            "1:30 PM,2:45 PM\n")
    program = read_program(text.encode(), "export.csv",
                           {"title": "Session Name", "speaker": "Presenter", "date": "When"})
    [session] = program.sessions
    assert session.title == "Gout on the Medicine Service"
    assert (session.start, session.end) == (time(13, 30), time(14, 45))
    assert session.speakers[0].name == "Mei Chen"
    assert session.speakers[0].institution == "Bayview Health"


def test_mapping_naming_a_missing_column_is_one_error() -> None:
    with pytest.raises(InputError, match="--map"):
        read_program(b"A,B\n1,2\n", "x.csv", {"title": "Session"})


ICS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Meeting App//EN\r
BEGIN:VEVENT\r
UID:1@x\r
SUMMARY:Starting Buprenorphine in the Hospital\r
DTSTART:20270416T080000\r
DTEND:20270416T091500\r
LOCATION:Room 201\r
CATEGORIES:Workshop\r
DESCRIPTION:Speakers: Luis Ortega\\, MD \xe2\x80\x94 Mesa Verde Health\\; Ana Ruiz\r
 \\, MD (Bayview)\\n\r
 An addiction consult service started buprenorphine during admission.\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:2@x\r
DTSTART:20270416T100000\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_ics_export() -> None:
    program = read_ics(ICS)
    [session] = program.sessions
    assert session.title == "Starting Buprenorphine in the Hospital"
    assert session.day == date(2027, 4, 16) and session.start == time(8, 0)
    assert session.end == time(9, 15) and session.room == "Room 201"
    assert session.type == "Workshop" and session.trainee
    assert [s.name for s in session.speakers] == ["Luis Ortega", "Ana Ruiz"]
    assert "consult service" in session.abstract
    assert program.skipped[0].reason.startswith("event has no SUMMARY")


def test_pasted_program_text() -> None:
    text = """Thursday, April 15, 2027
8:00-9:15 AM  Closing the Gap: A Sepsis Handoff Bundle (Ballroom A)
Jane Roe, MD, MPH — Lakeside University
Omar Haddad, MD, Program Director | Northlake Medical Center
We report a handoff bundle across 12 ICUs.

9:30 – 10:45 Fellowship Fair: Cardiology
Ana Ruiz, MD — Bayview Health
Meet the directors.

Exhibit Hall Opening Reception
Light refreshments.
"""
    program = read_text(text)
    titles = [s.title for s in program.sessions]
    assert titles == ["Closing the Gap: A Sepsis Handoff Bundle", "Fellowship Fair: Cardiology",
                      "Exhibit Hall Opening Reception"]
    first = program.sessions[0]
    assert first.room == "Ballroom A" and first.start == time(8, 0)
    assert [s.name for s in first.speakers] == ["Jane Roe", "Omar Haddad"]
    assert first.speakers[1].role == "Program Director"
    assert program.sessions[2].speakers == [] and program.sessions[2].day == date(2027, 4, 15)


@pytest.mark.parametrize(("data", "name", "message"), [
    (b"", "x.csv", "empty"),
    (b"\xff\xfeT\x00", "x.csv", "UTF-8"),
    (b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "x.ics", "no events"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", "x.ics", "iCalendar"),
    (b"just,some,cells\n1,2,3\n", "x.csv", "no header row"),
    (b"\n\n  \n", "notes.txt", "empty"),
])
def test_bad_files_are_one_line_errors(data: bytes, name: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as err:
        read_program(data, name)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(("data", "name"), [
    (("8:00-9:00 AM Title " + "( room " * 20000).encode(), "x.txt"),  # once quadratic
    (("Jane Roe" + ", MD" * 50000 + " — X").encode(), "x.txt"),
    (("Jane Roe " + "— " * 50000).encode(), "x.txt"),
    (("Title,Speaker\n" + "x" * 100000 + ",Jane Roe, MD\n").encode(), "x.csv"),
    (b"Title,Speaker\n\x00\x00,Jane\n", "x.csv"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nDTSTART:2027-99-99\r\nEND:VEVENT\r\n"
     b"END:VCALENDAR\r\n", "x.ics"),
    (b"=HYPERLINK(\"http://x\"),Jane Roe\n", "x.csv"),
])
def test_hostile_input_is_read_or_refused_in_one_line(data: bytes, name: str) -> None:
    try:
        program = read_program(data, name)
    except InputError as err:
        assert "\n" not in str(err)
    else:
        assert all(len(s.title) <= len(data) for s in program.sessions)


@pytest.mark.parametrize("cell", ["TBA", "tbd", "TBC", "Speaker: TBA", "To be announced",
                                  "(TBD)", "—", "–", "-", "?", "N/A", "", "   "])
@pytest.mark.parametrize("institution", ["", "Lakeside University"])
def test_a_session_whose_speaker_is_not_announced_is_kept_with_no_one(
        cell: str, institution: str) -> None:
    text = HEADER + (f'Sepsis Handoffs,Workshop,"{cell}",,{institution},2027-04-15,08:00,09:00,'
                     "A,x\n")
    program = read_csv(text)
    [session] = program.sessions
    assert (session.title, session.speakers, program.skipped) == ("Sepsis Handoffs", [], [])


def test_an_unreadable_speaker_keeps_the_session_and_says_so() -> None:
    text = HEADER + (
        "Sepsis Handoffs,Workshop,\"Ana Ruiz, MD\",,Bayview,2027-04-15,08:00,09:00,A,x\n"
        "Sepsis Handoffs,Workshop,tba,,,2027-04-15,08:00,09:00,A,x\n"
        "Night Float,Panel,3 ACP faculty,,,2027-04-15,10:00,11:00,B,x\n"
    )
    program = read_csv(text)
    assert [(s.title, [p.name for p in s.speakers]) for s in program.sessions] == [
        ("Sepsis Handoffs", ["Ana Ruiz"]), ("Night Float", [])]
    [(row, reason)] = [(s.row, s.reason) for s in program.skipped]
    assert row == 4 and reason.startswith("unreadable speaker '3 ACP faculty'")
    assert "session is kept" in reason
