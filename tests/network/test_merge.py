"""Importing again fills in what is new about existing contacts and never overwrites."""

from __future__ import annotations

from datetime import date

from assistant.network.importer import import_contacts
from assistant.network.merge import fill_empty, update_existing
from assistant.storage import ContactRecord, open_store

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def test_fill_empty_takes_only_what_is_missing() -> None:
    mine = ContactRecord(name="Ada Okafor", title="APD", email=None)
    row = ContactRecord(name="Ada Okafor", title="Professor", email="ada@univ.edu",
                        connected_on=date(2024, 11, 12))
    merged = fill_empty(mine, row)
    assert merged is not None
    assert (merged.title, merged.email, merged.connected_on) == ("APD", "ada@univ.edu",
                                                                 date(2024, 11, 12))
    assert fill_empty(merged, row) is None  # nothing new the second time


def test_reimport_fills_new_fields_and_reports_them(settings) -> None:  # noqa: ANN001
    store = open_store(settings)
    first = (HEADER + "Ada,Okafor,,,Lakeside,,12 Nov 2024\n"
             "Ben,Lee,https://www.linkedin.com/in/ben,,,,\n")
    import_contacts(store, first)
    again = (HEADER + "Ada,Okafor,https://www.linkedin.com/in/ada,ada@univ.edu,Other Hospital,"
             "Professor,12 Nov 2024\nBen,Lee,https://www.linkedin.com/in/ben,ben@x.org,,,\n"
             "Cy,New,,,,,\n")
    report = import_contacts(store, again)
    updates = update_existing(store, again)
    assert report.imported == 1  # only Cy is new
    described = sorted(u.describe() for u in updates)
    assert described == ["Ada Okafor: title, email, LinkedIn URL", "Ben Lee: email"]
    ada = next(c for c in store.list_contacts() if c.name == "Ada Okafor")
    assert ada.institution == "Lakeside"  # filled by the resident's first import: kept
    assert ada.email == "ada@univ.edu" and ada.linkedin_url.endswith("/ada")
    assert update_existing(store, again) == []  # idempotent
