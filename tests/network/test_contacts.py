"""Searching contacts and reading the contact form."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.errors import InputError
from assistant.network.contacts import (
    contact_from_form,
    contact_rows,
    search_contacts,
    split_list,
)
from assistant.storage import ContactRecord, InteractionRecord

PEOPLE = [
    ContactRecord(id=1, name="Zoë Łukasiewicz", institution="Brigham", relationship="mentor",
                  tags=["cardiology"]),
    ContactRecord(id=2, name="José Núñez", institution="UCSF", specialty="Hospital medicine"),
    ContactRecord(id=3, name="Aisha Bello", institution="Johns Hopkins", email="ab@jh.example",
                  relationship="sponsor"),
]


@pytest.mark.parametrize(
    ("query", "stages", "ids"),
    [
        ("", (), [1, 2, 3]),
        ("zoe lukasiewicz", (), [1]),
        ("NUNEZ", (), [2]),
        ("hospital ucsf", (), [2]),
        ("cardiology", (), [1]),
        ("jh.example", (), [3]),
        ("", ("mentor", "sponsor"), [1, 3]),
        ("bello", ("mentor",), []),
        ("smith", (), []),
    ],
)
def test_search(query, stages, ids):
    assert [c.id for c in search_contacts(PEOPLE, query, stages)] == ids


def test_split_list():
    assert split_list("QI, wellness; night float\n") == ["QI", "wellness", "night float"]
    assert split_list(None) == []


def test_contact_from_form():
    record = contact_from_form({
        "name": "  Dr.  Ana   Lima ", "email": "ana@example.org", "relationship": "mentor",
        "tags": "QI; research", "linkedin_url": "https://www.linkedin.com/in/ana",
        "connected_on": date(2025, 1, 2), "notes": "",
    }, contact_id=7)
    assert (record.id, record.name, record.tags) == (7, "Dr. Ana Lima", ["QI", "research"])
    assert record.connected_on == date(2025, 1, 2) and record.notes is None


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"name": " "}, "name: a contact needs a name"),
        ({"name": "Ana", "email": "ana@"}, "email: 'ana@' is not an email address"),
        ({"name": "Ana", "linkedin_url": "https://example.com/ana"},
         "linkedin_url: 'https://example.com/ana' is not a LinkedIn profile URL"),
        ({"name": "Ana", "relationship": "boss"}, "relationship: unknown relationship 'boss'"),
    ],
)
def test_contact_form_errors(values, message):
    with pytest.raises(InputError) as exc:
        contact_from_form(values)
    assert str(exc.value) == message


def test_last_interaction_dates(store):
    a = store.add_contact(ContactRecord(name="Ana"))
    b = store.add_contact(ContactRecord(name="Ben"))
    for day in (date(2026, 1, 3), date(2026, 2, 1)):
        store.add_interaction(InteractionRecord(contact_id=a, date=day, type="message_sent"))
    last = store.last_interaction_dates()
    assert last == {a: date(2026, 2, 1)}
    rows = contact_rows(store.list_contacts(), last)
    assert [(r["Name"], r["Last contact"]) for r in rows] == [("Ana", "2026-02-01"),
                                                             ("Ben", "")]  # never "None"
    assert b not in last
