"""Who is who on a program: two speakers who share a name stay two people, one person who speaks
twice stays one, in memory and through the store."""

from __future__ import annotations

import pytest

from assistant.conference.people import same_place
from assistant.conference.program import read_csv
from assistant.conference.rank import rank
from assistant.conference.store import in_memory, load_conference, make_contact, save_program
from assistant.errors import InputError
from assistant.models import Sender
from assistant.storage import Store
from assistant.storage.records import ContactRecord

HEADER = "Title,Type,Speaker,Role,Institution,Date,Start,End,Room,Abstract\n"


def program(*rows: tuple[str, str, str]) -> str:
    """(session title, speaker, institution) rows in the canonical CSV."""
    return HEADER + "".join(
        f'{title},Panel,"{speaker}",,{institution},2027-04-15,08:00,09:00,A,About {title}.\n'
        for title, speaker, institution in rows)


CASES = [  # (rows, expected people as {(name, institution): [session titles]})
    pytest.param(
        [("Sepsis", "Jane Smith, MD", "Lakeside University"),
         ("Gout", "Jane Smith, MD", "Northlake Health")],
        {("Jane Smith", "Lakeside University"): ["Sepsis"],
         ("Jane Smith", "Northlake Health"): ["Gout"]},
        id="namesakes-at-two-places-are-two"),
    pytest.param(
        [("Sepsis", "Jane Smith, MD", "Lakeside University"),
         ("Gout", "Dr. Jane Smith", "Lakeside University")],
        {("Jane Smith", "Lakeside University"): ["Sepsis", "Gout"]},
        id="one-person-speaking-twice-is-one"),
    pytest.param(
        [("Sepsis", "Jane Smith", "Lakeside University"),
         ("Gout", "Jane Smith", "Lakeside University Medical Center")],
        {("Jane Smith", "Lakeside University"): ["Sepsis", "Gout"]},
        id="the-same-place-written-longer"),
    pytest.param(
        [("Sepsis", "José Núñez", "Bayview Health"),
         ("Gout", "Jose Nunez", "Bayview Health")],
        {("José Núñez", "Bayview Health"): ["Sepsis", "Gout"]},
        id="accents-folded"),
    pytest.param(
        [("Sepsis", "Jane Smith", ""), ("Gout", "Jane Smith", "Lakeside University")],
        {("Jane Smith", "Lakeside University"): ["Sepsis", "Gout"]},
        id="no-institution-joins-the-only-namesake"),
    pytest.param(
        [("Sepsis", "Jane Smith", ""), ("Gout", "Jane Smith", "")],
        {("Jane Smith", ""): ["Sepsis", "Gout"]},
        id="no-institution-anywhere-is-one"),
    pytest.param(
        [("Sepsis", "Jane Smith", "Lakeside University"),
         ("Gout", "Jane Smith", "Northlake Health"),
         ("Stroke", "Jane Smith", "")],
        {("Jane Smith", "Lakeside University"): ["Sepsis"],
         ("Jane Smith", "Northlake Health"): ["Gout"],
         ("Jane Smith", ""): ["Stroke"]},
        id="no-institution-among-several-namesakes-stays-apart"),
    pytest.param(
        [("Sepsis", "Jane Smith", "Lakeside University"),
         ("Sepsis", "Jane Smith", "Northlake Health")],
        {("Jane Smith", "Lakeside University"): ["Sepsis"],
         ("Jane Smith", "Northlake Health"): ["Sepsis"]},
        id="namesakes-on-one-panel-are-two"),
    pytest.param(
        [("Sepsis", "Jane Smith", "Lakeside University"), ("Sepsis", "Jane Smith", "")],
        {("Jane Smith", "Lakeside University"): ["Sepsis"]},
        id="one-panel-lists-a-person-once"),
    pytest.param(
        [("Sepsis", "Jane Smith", "Lakeside University"),
         ("Gout", "John Smith", "Lakeside University")],
        {("Jane Smith", "Lakeside University"): ["Sepsis"],
         ("John Smith", "Lakeside University"): ["Gout"]},
        id="colleagues-are-two"),
]


def people_of(conference) -> dict[tuple[str, str], list[str]]:
    return {(p.name, p.institution): [conference.sessions[s].title for s in p.sessions]
            for p in conference.people.values()}


@pytest.mark.parametrize(("rows", "expected"), CASES)
def test_people_in_memory(rows: list[tuple[str, str, str]],
                          expected: dict[tuple[str, str], list[str]]) -> None:
    conference = in_memory("M", read_csv(program(*rows)))
    assert people_of(conference) == expected
    for session in conference.sessions.values():  # both sides of the link agree
        for pid in session.speakers:
            assert session.id in conference.people[pid].sessions


@pytest.mark.parametrize(("rows", "expected"), CASES)
def test_people_through_the_store(store: Store, rows: list[tuple[str, str, str]],
                                  expected: dict[tuple[str, str], list[str]]) -> None:
    counts = save_program(store, "M", read_csv(program(*rows)))
    conference = load_conference(store, "M")
    assert counts["people"] == len(expected)
    assert people_of(conference) == expected


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Lakeside University", "Lakeside University Medical Center", True),
    ("Univ. of Michigan", "University of Michigan", True),
    ("St. Mary's Hospital", "St. Joseph's Hospital", False),
    ("Lakeside University", "Northlake Health", False),
    ("General Hospital", "General Hospital", True),
    ("Lakeside University", "", False),
])
def test_same_place(a: str, b: str, same: bool) -> None:
    assert same_place(a, b) is same
    assert same_place(b, a) is same


def test_a_contact_is_warm_only_for_the_namesake_at_their_place(store: Store) -> None:
    save_program(store, "M", read_csv(program(
        ("Sepsis handoffs", "Jane Smith, MD", "Lakeside University"),
        ("Sepsis bundles", "Jane Smith, MD", "Northlake Health"))))
    conference = load_conference(store, "M")
    store.add_contact(ContactRecord(name="Dr. Jane Smith", institution="Northlake Health"))
    found = rank(conference, Sender(interests=["sepsis"]), k=5, store=store)
    warm = {s.institution: "warm" in s.signals for s in found}
    assert warm == {"Lakeside University": False, "Northlake Health": True}


def test_making_namesakes_contacts_never_links_the_wrong_one(store: Store) -> None:
    save_program(store, "M", read_csv(program(
        ("Sepsis", "Jane Smith, MD", "Lakeside University"),
        ("Gout", "Jane Smith, MD", "Northlake Health"))))
    people = {p.institution: p.id for p in load_conference(store, "M").people.values()}
    lakeside = make_contact(store, people["Lakeside University"])
    assert store.get_contact(lakeside).institution == "Lakeside University"
    assert make_contact(store, people["Lakeside University"]) == lakeside
    # The store tells contacts with no email or URL apart by name only: the second Jane Smith
    # is refused in one line rather than linked to the first.
    with pytest.raises(InputError, match="another Jane Smith"):
        make_contact(store, people["Northlake Health"])
    store.update_contact(store.get_contact(lakeside).model_copy(
        update={"email": "jsmith@lakeside.example.edu"}))
    northlake = make_contact(store, people["Northlake Health"])
    assert northlake != lakeside
    assert store.get_contact(northlake).institution == "Northlake Health"
