"""The Conference page under AppTest: import pasted text, suggestions with reasons, a campaign of
two drafted through the (replaced) drafting service, mark sent and met."""

from __future__ import annotations

import datetime as dt

from streamlit.testing.v1 import AppTest

from assistant.config import get_settings
from assistant.models import Sender
from assistant.storage import open_store
from tests.app.conftest import APP, FakeModel, go, texts
from tests.app.conftest import fake_model as fake_model  # noqa: F401  (fixture)

PROGRAM = """Thursday, April 15, 2027
8:00-9:15 AM  Starting Buprenorphine in the Hospital (Room 201)
Luis Ortega, MD, Fellowship Director, Addiction Medicine — Mesa Verde Health
Ana Ruiz, MD — Bayview Health
An addiction consult service started buprenorphine for opioid use disorder during admission.

10:00-11:00 AM  Gout on the Medicine Service (Room 202)
Mei Chen, MD — Northlake Medical Center
Treating acute gout in hospitalised patients.
"""


def test_import_suggest_campaign_and_met(fake_model: FakeModel) -> None:
    get_settings.cache_clear()
    store = open_store(get_settings())
    store.save_profile(Sender(name="Luis O", role="PGY-3 resident", program="Mesa Verde IM",
                              interests=["bupe inductions"], goals="addiction fellowship"))
    at = AppTest.from_file(APP, default_timeout=120).run()
    go(at, "conference")
    assert not at.exception
    at.text_input(key="cf_name").input("SAM 2027")
    at.text_area(key="cf_paste").input(PROGRAM)
    at.button(key="cf_import").click().run()
    assert not at.exception and "Imported 2 sessions and 3 people" in texts(at)
    shown = texts(at)
    assert "Luis Ortega" in shown and "matches your" in shown
    ids = [int(w.key.rsplit("_", 1)[1]) for w in at.checkbox if w.key.startswith("cf_pick_")]
    assert at.button(key="cf_draft").disabled
    for pid in ids[:2]:
        at.checkbox(key=f"cf_pick_{pid}").check()
    at.run()
    assert not at.button(key="cf_draft").disabled
    at.button(key="cf_draft").click().run()
    assert not at.exception
    assert len(fake_model.calls) == 2
    assert {c.kind for c in fake_model.calls} == {"introduction"}
    assert all(c.meeting.event == "SAM 2027" for c in fake_model.calls)
    drafts = at.session_state["cf_drafts"]
    first = drafts[0].draft_id
    body = at.text_area(key=f"cf_body_{first}").value
    at.text_area(key=f"cf_body_{first}").input(body + "\n").run()  # an edit is re-checked
    assert "greeting" in [f["code"] for f in at.session_state["cf_drafts"][0].findings]
    edited = body.replace("Hey ", "Dear ", 1)
    at.text_area(key=f"cf_body_{first}").input(edited).run()
    assert not at.exception
    assert store.get_draft(first).body == edited
    assert "greeting" not in [f["code"] for f in at.session_state["cf_drafts"][0].findings]
    at.button(key=f"cf_contact_{ids[2]}").click().run()
    at.button(key=f"cf_sent_{first}").click().run()
    assert [i.type for i in store.list_interactions(drafts[0].contact_id)] == ["message_sent"]
    at.button(key=f"cf_met_{ids[0]}").click().run()
    assert not at.exception
    assert "met" in [i.type for i in store.list_interactions()]
    assert len({c.name for c in store.list_contacts()}) == 3


def test_markdown_in_stored_text_shows_as_typed() -> None:
    from assistant.ui.markdown import md

    assert md("[click](http://x) **Ana**") == r"\[click\]\(http\://x\) \*\*Ana\*\*"
    assert md("Ruiz\x1b[2J\nMD") == r"Ruiz MD"



MAPPED_CSV = b"""Talk title,Kind,Who,Home institution,When (date),Begins,Ends,Where,Summary
Sepsis handoffs across ICUs,Workshop,Jane Roe,Lakeside University,2027-04-15,08:00,09:00,\
Room 12,A handoff bundle across 12 ICUs.
"""
MAPPED = {"title": "Talk title", "type": "Kind", "speaker": "Who",
          "institution": "Home institution", "date": "When (date)", "room": "Where",
          "abstract": "Summary"}  # start and end are found by their names


def test_import_a_csv_in_another_layout_through_the_column_mapping() -> None:
    get_settings.cache_clear()
    at = go(AppTest.from_file(APP, default_timeout=120).run(), "conference")
    at.text_input(key="cf_name").input("Crit Care 2027")
    at.file_uploader(key="cf_file").upload("program.csv", MAPPED_CSV, "text/csv")
    at.run()
    assert not at.exception
    assert at.selectbox(key="cf_map_title").options == [
        "(by its name)", "Talk title", "Kind", "Who", "Home institution", "When (date)",
        "Begins", "Ends", "Where", "Summary"]
    at.button(key="cf_import").click().run()  # unmapped: no column is a title
    assert "no header row" in texts(at) and not at.exception
    for fld, column in MAPPED.items():
        at.selectbox(key=f"cf_map_{fld}").set_value(column)
    at.button(key="cf_import").click().run()
    assert not at.exception
    assert "Imported 1 sessions and 1 people" in texts(at)
    from assistant.conference.store import load_conference

    conference = load_conference(open_store(get_settings()), "Crit Care 2027")
    (session,) = conference.sessions.values()
    assert (session.title, session.type, session.room, session.day, session.start) == (
        "Sepsis handoffs across ICUs", "Workshop", "Room 12", dt.date(2027, 4, 15),
        dt.time(8, 0))
    (person,) = conference.people.values()
    assert (person.name, person.institution) == ("Jane Roe", "Lakeside University")


def test_save_contact_and_met_refused_show_one_readable_line() -> None:
    """A namesake already in the contacts with no email or LinkedIn URL to tell the two apart:
    "Save contact" and "Met" say why in the page, and the picks stay as they were."""
    from assistant.conference.store import load_conference
    from assistant.storage.records import ContactRecord

    get_settings.cache_clear()
    store = open_store(get_settings())
    store.save_profile(Sender(name="Luis O", interests=["bupe inductions"],
                              goals="addiction fellowship"))
    store.add_contact(ContactRecord(name="Ana Ruiz", institution="Hollis Memorial Hospital"))
    at = go(AppTest.from_file(APP, default_timeout=120).run(), "conference")
    at.text_input(key="cf_name").input("SAM 2027")
    at.text_area(key="cf_paste").input(PROGRAM)
    at.button(key="cf_import").click().run()
    people = load_conference(store, "SAM 2027").people
    [ana] = [pid for pid, p in people.items() if p.name == "Ana Ruiz"]
    [luis] = [pid for pid, p in people.items() if p.name == "Luis Ortega"]
    at.checkbox(key=f"cf_pick_{luis}").check().run()
    for button in (f"cf_contact_{ana}", f"cf_met_{ana}"):
        at.button(key=button).click().run()
        assert not at.exception
        [error] = [e.value for e in at.error]
        assert error.startswith("Ana Ruiz: ") and "another Ana Ruiz" in error
        assert "\n" not in error
        assert at.checkbox(key=f"cf_pick_{luis}").value  # nothing chosen is lost
    assert [c.name for c in store.list_contacts()] == ["Ana Ruiz"]  # the namesake, untouched
    assert store.list_interactions() == []
