"""The Network and Due pages under AppTest, on a temporary data directory."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from streamlit.testing.v1 import AppTest

from assistant.config import get_settings
from assistant.storage import ContactRecord, InteractionRecord, open_store
from tests.app.conftest import as_shown
from tests.conftest import ROOT

NETWORK = str(ROOT / "pages" / "network.py")
DUE = str(ROOT / "pages" / "due.py")


def _store():
    return open_store(get_settings())


def _page(path: str) -> AppTest:
    """The page as the resident reaches it: through app.py's navigation (a page file run on
    its own is sent back through app.py)."""
    get_settings.cache_clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90).run()
    return at.switch_page(str(Path(path).relative_to(ROOT))).run()


def _texts(at: AppTest) -> str:
    parts = []
    for kind in ("title", "markdown", "caption", "error", "info", "success", "warning"):
        parts.extend(str(e.value) for e in getattr(at, kind))
    return as_shown("\n".join(parts))


def test_network_page_empty():
    at = _page(NETWORK)
    assert not at.exception
    assert "No contacts yet" in _texts(at)


def test_add_search_and_edit_a_contact():
    at = _page(NETWORK)
    at.text_input(key="c_name_new").input("Dr. Zoë Łukasiewicz")
    at.text_input(key="c_institution_new").input("Brigham and Women's Hospital")
    at.text_input(key="c_email_new").input("zoe@example.org")
    at.selectbox(key="c_relationship_new").set_value("mentor")
    at.button[0].click()  # the form's submit button
    at.run()
    assert not at.exception
    (zoe,) = _store().list_contacts()
    assert (zoe.name, zoe.relationship, zoe.email) == ("Dr. Zoë Łukasiewicz", "mentor",
                                                       "zoe@example.org")
    assert "Added Dr. Zoë Łukasiewicz." in _texts(at)
    assert at.session_state["net_pick"] == zoe.id  # the new contact is opened

    at.text_input(key=f"c_title_{zoe.id}").input("Associate Professor")
    next(b for b in at.button if b.label == "Save changes").click()
    at.run()
    assert _store().get_contact(zoe.id).title == "Associate Professor"

    at.text_input(key="net_search").input("zoe lukasiewicz").run()
    assert "1 of 1 contacts" in _texts(at)
    at.text_input(key="net_search").input("nobody").run()
    assert "0 of 1 contacts" in _texts(at)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("name", "", "name: a contact needs a name"),
     ("email", "zoe at example", "email: 'zoe at example' is not an email address")],
)
def test_contact_form_errors_name_the_field(field, value, message):
    at = _page(NETWORK)
    at.text_input(key="c_name_new").input("Ana Lima")
    at.text_input(key=f"c_{field}_new").input(value)
    at.button[0].click()
    at.run()
    assert message in _texts(at)
    assert _store().list_contacts() == []


def test_adding_a_duplicate_is_refused():
    cid = _store().add_contact(ContactRecord(name="Ana Lima", email="ana@example.org"))
    at = _page(NETWORK)
    at.selectbox(key="net_pick").set_value(None).run()
    at.text_input(key="c_name_new").input("Dr. Ana Lima")
    next(b for b in at.button if b.label == "Add contact").click()
    at.run()
    assert f"Not saved: this is a duplicate of contact #{cid} (Ana Lima) (same name)." in _texts(at)
    assert len(_store().list_contacts()) == 1


def test_log_an_interaction_with_a_promise():
    cid = _store().add_contact(ContactRecord(name="Ana Lima"))
    at = _page(NETWORK)
    at.selectbox(key="net_pick").set_value(cid).run()
    at.selectbox(key=f"i_type_{cid}").set_value("met")
    at.date_input(key=f"i_date_{cid}").set_value(dt.date(2026, 3, 2))
    at.text_input(key=f"i_event_{cid}").input("SGIM 2026")
    at.text_input(key=f"i_topics_{cid}").input("QI curricula, night float")
    at.text_input(key=f"i_step_{cid}").input("send my QI proposal")
    at.date_input(key=f"i_due_{cid}").set_value(dt.date(2026, 3, 6))
    next(b for b in at.button if b.label == "Log interaction").click()
    at.run()
    assert not at.exception
    (inter,) = _store().list_interactions(cid)
    assert (inter.type, inter.event, inter.topics) == ("met", "SGIM 2026",
                                                       ["QI curricula", "night float"])
    assert (inter.next_step, inter.due_date) == ("send my QI proposal", dt.date(2026, 3, 6))


def test_import_csv_reports_skipped_rows(connections_csv):
    at = _page(NETWORK)
    # AppTest cannot drive st.file_uploader; the page's import path is the importer itself,
    # so the upload is simulated by the same calls the button makes.
    from assistant.network.csvfile import decode_csv
    from assistant.network.importer import import_contacts

    report = import_contacts(_store(), decode_csv(connections_csv.read_bytes()))
    at.session_state["net_import_report"] = report.to_json()
    at.run()
    assert "Imported 9 of 13 rows; updated 0 existing contacts with new details; skipped 4." \
        in _texts(at)
    skipped = at.dataframe[-1].value
    assert list(skipped["Why skipped"])[1] == "missing name"
    assert "9 of 9 contacts" in _texts(at)


def _owed(today: dt.date) -> int:
    cid = _store().add_contact(ContactRecord(name="Dr. Ana Lima", institution="UCSF",
                                             relationship="met_once"))
    _store().add_interaction(InteractionRecord(
        contact_id=cid, date=today - dt.timedelta(days=1), type="met", event="SGIM 2026",
        topics=["QI"]))
    return cid


def test_due_page_lists_items_and_offers_the_calendar():
    today = dt.date.today()
    _owed(today)
    at = _page(DUE)
    assert not at.exception
    assert "Dr. Ana Lima" in _texts(at)
    assert "Met at SGIM 2026" in _texts(at)
    assert [m.value for m in at.metric] == ["0", "1"]
    assert any(b.label == "Draft follow-up" for b in at.button)
    at.date_input(key="due_today").set_value(today + dt.timedelta(days=3)).run()
    assert [m.value for m in at.metric] == ["1", "0"]  # 96 hours after the meeting day began


def test_due_page_when_nothing_is_due():
    at = _page(DUE)
    assert "Nothing is due." in _texts(at)


def test_due_ics_content_matches_the_list():
    # the download button's payload is to_ics of the same items; check it parses back
    from assistant.network.calendar import to_ics
    from assistant.network.due import due_items

    today = dt.date.today()
    _owed(today)
    items = due_items(_store(), today)
    (event,) = Calendar.from_ical(to_ics(items, today)).walk("VEVENT")
    assert str(event["summary"]) == "Follow up with Dr. Ana Lima"


def test_draft_this_opens_compose_prefilled():
    today = dt.date.today()
    cid = _owed(today)
    at = _page(DUE)
    assert not at.exception
    next(b for b in at.button if b.label == "Draft follow-up").click()
    at.run()
    assert not at.exception
    assert [t.value for t in at.title] == ["Compose a message"]
    if "compose_prefill" in at.session_state:  # Compose has not consumed it (yet)
        prefill = at.session_state["compose_prefill"]
        assert prefill["kind"] == "follow_up"
        assert prefill["contact"] == {"name": "Dr. Ana Lima", "institution": "UCSF",
                                      "relationship": "met_once"}
        assert prefill["meeting"] == {"event": "SGIM 2026",
                                      "date": (today - dt.timedelta(days=1)).isoformat(),
                                      "topics": ["QI"]}
        assert at.session_state["compose_prefill_contact_id"] == cid
    else:  # Compose took it into its form
        assert at.session_state["f_kind"] == "follow_up"
        assert at.session_state["f_contact_name"] == "Dr. Ana Lima"
        assert at.session_state["f_meeting_event"] == "SGIM 2026"
