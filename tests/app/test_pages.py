"""Every page under AppTest, with the drafting model replaced at the service layer."""

from __future__ import annotations

import json
import socket

import pytest
from streamlit.testing.v1 import AppTest

from assistant.config import get_settings
from assistant.errors import ConfigurationError, ModelProviderError
from assistant.models import Sender
from assistant.storage import ContactRecord, open_store
from tests.app.conftest import APP, FakeModel, fill, go, texts

PAGES = ["compose", "history", "principles", "profile", "settings", "next"]


def store():
    return open_store(get_settings())


def draft_follow_up(at: AppTest, **extra: str) -> AppTest:
    at.selectbox(key="f_kind").set_value("follow_up")
    fill(at, contact_name="Dr. Ada Okafor", meeting_event="SGIM 2026",
         meeting_topics="QI curricula", meeting_next_step="send my QI proposal by Friday",
         **extra)
    return at.button(key="draft_btn").click().run()


def by_label(at: AppTest, label: str):
    return next(w for w in at.text_input if w.label == label)


def codes(at: AppTest) -> list[str]:
    return [f["code"] for f in at.session_state["draft"]["findings"]]


def editor(at: AppTest) -> dict:
    """What the draft editor was given to show (its text, findings, limit, export headers)."""
    (element,) = at.get("bidi_component")
    return json.loads(element.proto.json)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders(app: AppTest, page: str) -> None:
    go(app, page)
    assert not app.exception
    assert app.title, "each page has a title"


def test_compose_saves_first_drafts_and_shows_findings(app: AppTest, fake_model: FakeModel
                                                       ) -> None:
    draft_follow_up(app)
    assert not app.exception and not app.error
    assert fake_model.pending_at_call == [["pending"]]  # saved before the model was called
    request = fake_model.calls[0]
    assert request.kind == "follow_up" and request.meeting.topics == ["QI curricula"]
    state = app.session_state["draft"]
    shown = editor(app)
    assert shown["body"].startswith("Hey Dr. Ada Okafor")
    assert shown["subject"] == "Thank you from SGIM"
    assert "greeting" in codes(app)
    greeting = next(f for f in shown["findings"] if f["code"] == "greeting")
    assert greeting["flagged"] == "Hey" and greeting["suggestion"]
    assert greeting["principle_title"], "the card names the principle behind it"
    assert shown["limit"] == {"unit": "words", "max": 200, "note": "50–125 read best"}
    assert "To: Dr. Ada Okafor" not in shown["emlHead"]  # no address given: no To
    record = store().get_draft(state["id"])
    assert record.status == "drafted" and record.body.startswith("Hey")


def test_model_failure_is_one_readable_line_and_nothing_is_lost(
    app: AppTest, fake_model: FakeModel
) -> None:
    fake_model.raises = ModelProviderError("connection refused by http://127.0.0.1:9/v1")
    draft_follow_up(app)
    assert not app.exception
    (error,) = app.error
    assert "could not be reached" in error.value and "connection refused" in error.value
    assert "Traceback" not in texts(app)
    (saved,) = store().list_drafts()
    assert saved.status == "failed" and saved.request["meeting"]["event"] == "SGIM 2026"
    assert app.text_input(key="f_meeting_event").value == "SGIM 2026"  # the form is kept


def test_missing_key_names_the_setting(app: AppTest, fake_model: FakeModel) -> None:
    fake_model.raises = ConfigurationError("OPENAI_API_KEY is not set")
    draft_follow_up(app)
    assert "OPENAI_API_KEY is not set" in texts(app) and "not set up" in app.error[0].value


def test_phi_in_the_input_is_shown_and_redacted(app: AppTest, fake_model: FakeModel) -> None:
    app.text_area(key="f_notes").input("Pt John Smith MRN 12345678 admitted 3/4/2025")
    draft_follow_up(app)
    assert fake_model.calls == []  # nothing drafted while the input holds PHI
    assert "Patient information found" in texts(app)
    table = app.table[0].value
    assert set(table["Field"]) == {"Pasted notes"} and "12345678" in set(table["Text"])
    app.button(key="phi_redact").click().run()
    notes = app.text_area(key="f_notes").value
    assert "12345678" not in notes and "John Smith" not in notes and "[MRN]" in notes
    app.button(key="draft_btn").click().run()
    assert len(fake_model.calls) == 1 and "12345678" not in (fake_model.calls[0].notes or "")


def test_session_choices_reach_the_drafting_service(app: AppTest, fake_model: FakeModel
                                                    ) -> None:
    go(app, "settings")
    app.radio(key="w_tier").set_value("premium").run()
    app.radio(key="w_engine").set_value("offline").run()
    go(app, "compose")
    app.selectbox(key="f_kind").set_value("linkedin_note")
    fill(app, contact_name="Dr. Ada Okafor")
    app.button(key="draft_btn").click().run()
    assert fake_model.engines == ["offline"]
    assert editor(app)["limit"]["max"] == 300


def test_linkedin_note_counts_characters_against_the_tier(app: AppTest, fake_model: FakeModel
                                                          ) -> None:
    app.selectbox(key="f_kind").set_value("linkedin_note")
    fill(app, contact_name="Dr. Ada Okafor")
    app.button(key="draft_btn").click().run()
    shown = editor(app)
    assert shown["subject"] is None and shown["emlHead"] == ""
    assert shown["limit"] == {"unit": "characters", "max": 200, "note": "LinkedIn free account"}


def test_profile_is_saved_and_signs_every_draft(app: AppTest, fake_model: FakeModel) -> None:
    go(app, "profile")
    by_label(app, "Name").input("Maya Chen")
    by_label(app, "Role and PGY year").input("PGY-1 internal medicine resident")
    by_label(app, "Professional email").input("maya.chen@riverside.org")
    app.button[0].click().run()
    assert "Profile saved" in texts(app)
    assert store().get_profile().email == "maya.chen@riverside.org"
    go(app, "compose")
    draft_follow_up(app)
    assert fake_model.calls[0].sender.name == "Maya Chen"
    assert fake_model.calls[0].sender.role == "PGY-1 internal medicine resident"


def test_mark_sent_is_recorded_with_the_contact(app: AppTest, fake_model: FakeModel) -> None:
    draft_follow_up(app, contact_email="ada@lakeside.edu")
    app.button(key="mark_sent").click().run()
    assert "recorded with Dr. Ada Okafor" in texts(app)
    (contact,) = store().list_contacts()
    assert contact.email == "ada@lakeside.edu"
    (interaction,) = store().list_interactions(contact.id)
    assert interaction.type == "message_sent" and interaction.event == "SGIM 2026"
    shown = editor(app)
    assert shown["to"] == "ada@lakeside.edu"  # the mail link's address
    assert 'To: "Dr. Ada Okafor" <ada@lakeside.edu>' in shown["emlHead"]


def test_a_saved_contact_fills_the_form(app: AppTest, fake_model: FakeModel) -> None:
    cid = store().add_contact(ContactRecord(name="Dr. Zoe Ward", institution="Lakeside",
                                            email="zoe@lakeside.edu", relationship="mentor"))
    app.run()
    app.selectbox(key="f_contact_pick").set_value(cid).run()
    assert app.text_input(key="f_contact_name").value == "Dr. Zoe Ward"
    assert app.selectbox(key="f_contact_relationship").value == "mentor"
    app.button(key="draft_btn").click().run()
    assert store().get_draft(app.session_state["draft"]["id"]).contact_id == cid
    assert len(store().list_contacts()) == 1


def test_history_round_trip(app: AppTest, fake_model: FakeModel) -> None:
    draft_follow_up(app)
    draft_id = app.session_state["draft"]["id"]
    app.session_state["form"] = {}  # a new session would not know the form
    app.session_state["draft"] = None
    go(app, "history")
    assert any(f"#{draft_id}" in e.label for e in app.expander)
    app.button(key=f"recheck_{draft_id}").click().run()
    assert "re-checked" in texts(app)
    app.button(key=f"dup_{draft_id}").click().run()
    assert len(store().list_drafts()) == 2
    app.button(key=f"reopen_{draft_id}").click().run()
    assert not app.exception
    assert app.text_input(key="f_meeting_event").value == "SGIM 2026"
    assert editor(app)["body"].startswith("Hey Dr. Ada Okafor")
    assert "greeting" in codes(app)  # re-checked on reopening
    assert app.session_state["draft"]["id"] == draft_id
    go(app, "history")
    app.button(key=f"del_{draft_id}").click().run()
    assert store().get_draft(draft_id) is None and len(store().list_drafts()) == 1


def test_leaving_compose_keeps_what_was_typed(app: AppTest) -> None:
    fill(app, contact_name="Dr. Ada Okafor", ask="15 minutes for coffee")
    app.run()
    go(app, "principles")
    go(app, "compose")
    assert app.text_input(key="f_contact_name").value == "Dr. Ada Okafor"
    assert app.text_input(key="f_ask").value == "15 minutes for coffee"


def test_settings_show_the_model_but_never_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-SECRET-123456")
    monkeypatch.setenv("OUTREACH_MODEL", "llama3.1:8b")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:11434/v1")
    get_settings.cache_clear()
    at = AppTest.from_file(APP, default_timeout=60).run()
    go(at, "settings")
    shown = texts(at)
    assert "llama3.1:8b" in shown and "http://127.0.0.1:11434/v1" in shown
    assert "API key: set" in shown
    assert "SECRET" not in shown and "sk-test" not in shown


def test_offline_settings_and_tier_override(app: AppTest) -> None:
    go(app, "settings")
    assert "Offline engine" in texts(app) and "200" in texts(app)
    app.radio(key="w_tier").set_value("premium").run()
    assert "up to **300** characters" in texts(app)
    app.radio(key="w_engine").set_value("offline").run()
    go(app, "compose")
    go(app, "settings")  # the choices outlive leaving the page
    assert app.radio(key="w_tier").value == "premium"
    assert app.radio(key="w_engine").value == "offline"


def test_principles_browse_and_search(app: AppTest) -> None:
    go(app, "principles")
    assert not app.exception
    assert any("(" in e.label for e in app.expander), "sections are listed"
    app.text_input(key="principles_query").input("how soon to follow up after meeting").run()
    assert not app.exception and not app.error
    assert "From the guide:" in texts(app)


def test_profile_prefills_from_the_store(app: AppTest) -> None:
    store().save_profile(Sender(name="Maya Chen", signature="Maya Chen, MD"))
    go(app, "profile")
    assert by_label(app, "Name").value == "Maya Chen"
    assert app.text_area[1].value == "Maya Chen, MD"


def test_real_offline_engine_end_to_end(app: AppTest) -> None:
    """No fake: the offline engine drafts (building the index on first use) and checks run."""
    draft_follow_up(app)
    assert not app.exception and not app.error
    state = app.session_state["draft"]
    assert state["engine"] == "offline" and "SGIM 2026" in state["body"]
    assert "QI proposal by Friday" in state["body"]
    assert store().get_draft(state["id"]).status == "drafted"
    assert editor(app)["body"] == state["body"]


def test_a_request_handed_over_by_another_page_fills_the_form(app: AppTest) -> None:
    cid = store().add_contact(ContactRecord(name="Dr. Zoe Ward", relationship="mentor"))
    app.session_state["compose_prefill"] = {
        "kind": "update", "contact": {"name": "Dr. Zoe Ward", "relationship": "mentor"},
        "meeting": {"event": "Grand rounds", "next_step": "send the abstract"}}
    app.session_state["compose_prefill_contact_id"] = cid
    app.run()
    assert not app.exception
    assert app.selectbox(key="f_kind").value == "update"
    assert app.selectbox(key="f_contact_pick").value == cid
    assert app.text_input(key="f_contact_name").value == "Dr. Zoe Ward"
    assert app.text_input(key="f_meeting_next_step").value == "send the abstract"
    assert "compose_prefill" not in app.session_state


def test_a_configured_model_streams_and_offline_uses_a_spinner(
    app: AppTest, fake_model: FakeModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft_follow_up(app)
    assert fake_model.streamed == [False]  # offline: a spinner, no tokens
    from assistant import service

    monkeypatch.setattr(service, "engine_status", lambda settings=None: {
        "engine": "llm", "model": "m", "base_url": "http://127.0.0.1:1/v1", "key_set": False})
    app.button(key="draft_btn").click().run()
    assert not app.exception
    assert fake_model.streamed == [False, True]
    assert editor(app)["body"].startswith("Hey Dr. Ada Okafor")


def test_draft_anyway_after_a_phi_warning(app: AppTest, fake_model: FakeModel) -> None:
    app.text_area(key="f_notes").input("Pt John Smith MRN 12345678 admitted 3/4/2025")
    draft_follow_up(app)
    assert fake_model.calls == []
    app.button(key="phi_anyway").click().run()
    assert len(fake_model.calls) == 1 and not app.exception


def test_reopening_a_failed_request_fills_only_the_form(app: AppTest, fake_model: FakeModel
                                                       ) -> None:
    fake_model.raises = ModelProviderError("timed out")
    draft_follow_up(app)
    (failed,) = store().list_drafts()
    go(app, "history")
    assert "timed out" in texts(app)
    app.button(key=f"reopen_{failed.id}").click().run()
    assert app.text_input(key="f_meeting_event").value == "SGIM 2026"
    assert "draft" not in app.session_state or not app.session_state["draft"]


def test_unreachable_model_server_is_one_readable_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real service with a server nobody listens on: no traceback, the request is kept."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{port}/v1")
    monkeypatch.setenv("OUTREACH_MAX_RETRIES", "0")
    monkeypatch.setenv("OUTREACH_REQUEST_TIMEOUT", "2")
    get_settings.cache_clear()
    at = AppTest.from_file(APP, default_timeout=120).run()
    go(at, "settings")
    at.radio(key="w_engine").set_value("llm").run()
    go(at, "compose")
    draft_follow_up(at)
    assert not at.exception
    (error,) = at.error
    assert "could not be reached" in error.value or "not set up" in error.value
    assert "Traceback" not in texts(at)
    (saved,) = store().list_drafts()
    assert saved.status == "failed"
