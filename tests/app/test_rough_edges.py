"""The rough edges a new user hit, under AppTest: starting over, refusing a draft that would be
generic or wrong, readable hints, and what the pages show (no internal ids, offsets or None)."""

from __future__ import annotations

import datetime as dt

from streamlit.testing.v1 import AppTest

from assistant.config import get_settings
from assistant.storage import ContactRecord, Preferences, open_store
from tests.app.conftest import APP, FakeModel, fill, go, texts


def store():
    return open_store(get_settings())


def test_new_message_clears_the_form_and_the_draft(app: AppTest, fake_model: FakeModel) -> None:
    app.selectbox(key="f_kind").set_value("follow_up")
    fill(app, contact_name="Dr. Ada Okafor", meeting_event="SGIM 2026", ask="coffee")
    app.button(key="draft_btn").click().run()
    assert app.session_state["draft"]
    app.button(key="new_message").click().run()
    assert not app.exception
    assert app.text_input(key="f_contact_name").value == ""
    assert app.text_input(key="f_meeting_event").value == ""
    assert app.text_input(key="f_ask").value == ""
    assert app.selectbox(key="f_kind").value == "follow_up"  # the kind is kept
    assert "draft" not in app.session_state or not app.session_state["draft"]
    go(app, "principles")
    go(app, "compose")  # and it stays cleared after leaving the page
    assert app.text_input(key="f_meeting_event").value == ""


def test_choosing_new_contact_clears_the_last_contacts_details(app: AppTest) -> None:
    cid = store().add_contact(ContactRecord(name="Dr. Zoe Ward", institution="Lakeside",
                                            email="zoe@lakeside.edu", relationship="mentor"))
    app.run()
    app.selectbox(key="f_contact_pick").set_value(cid).run()
    assert app.text_input(key="f_contact_email").value == "zoe@lakeside.edu"
    app.selectbox(key="f_contact_pick").set_value(None).run()
    assert app.text_input(key="f_contact_name").value == ""
    assert app.text_input(key="f_contact_email").value == ""
    assert app.text_input(key="f_contact_institution").value == ""


def test_an_empty_form_is_refused_with_the_field_to_fill(app: AppTest,
                                                         fake_model: FakeModel) -> None:
    app.button(key="draft_btn").click().run()
    assert fake_model.calls == []
    assert "Fill in the contact's name" in texts(app)
    assert store().list_drafts() == []


def test_an_empty_or_future_follow_up_is_refused(app: AppTest, fake_model: FakeModel) -> None:
    app.selectbox(key="f_kind").set_value("follow_up")
    fill(app, contact_name="Dr. Ada Okafor")
    app.button(key="draft_btn").click().run()
    assert "Fill in the event, the topics or a detail" in texts(app)
    fill(app, meeting_event="SGIM 2026")
    app.date_input(key="f_meeting_date").set_value(dt.date.today() + dt.timedelta(days=3))
    app.button(key="draft_btn").click().run()
    assert "is in the future" in texts(app)
    assert fake_model.calls == []
    app.date_input(key="f_meeting_date").set_value(dt.date.today() - dt.timedelta(days=1))
    app.button(key="draft_btn").click().run()
    assert len(fake_model.calls) == 1


def test_over_long_notes_are_refused_and_kept(app: AppTest, fake_model: FakeModel) -> None:
    note = "Dr. Okafor leads the QI curriculum. " * 600  # ~21,600 characters
    app.text_area(key="f_notes").input(note)
    fill(app, contact_name="Dr. Ada Okafor")
    app.button(key="draft_btn").click().run()
    assert fake_model.calls == []
    assert "pasted notes: 21,600 characters is over the 8,000 limit" in texts(app)
    assert app.text_area(key="f_notes").value == note  # nothing typed is lost


def test_hints_name_the_form_fields_not_the_request_paths(app: AppTest,
                                                          fake_model: FakeModel) -> None:
    fill(app, contact_name="Dr. Ada Okafor")
    app.button(key="draft_btn").click().run()
    app.session_state["draft"]["notice"] = (
        "add one concrete next step (meeting.next_step); your name (sender.name)")
    app.run()
    shown = texts(app)
    assert "(Promised next step)" in shown and "(on the Profile page)" in shown
    assert "meeting.next_step" not in shown and "sender.name" not in shown


def test_re_drafts_are_one_history_entry_in_local_time(app: AppTest,
                                                       fake_model: FakeModel) -> None:
    app.selectbox(key="f_kind").set_value("follow_up")
    fill(app, contact_name="Dr. Ada Okafor", meeting_event="SGIM 2026")
    for _ in range(3):
        app.button(key="draft_btn").click().run()
    go(app, "history")
    (entry,) = app.expander
    assert "3 versions" in entry.label and "UTC" not in entry.label
    assert "Earlier versions" in texts(app)


def test_no_internal_ids_or_none_on_the_pages(app: AppTest) -> None:
    store().add_contact(ContactRecord(name="Dr. Zoe Ward"))
    go(app, "principles")
    assert "id `" not in texts(app) and "follow-up-within-72-hours" not in texts(app)
    go(app, "network")
    table = app.dataframe[0].value
    assert "None" not in table["Last contact"].astype(str).tolist()


def test_settings_start_valid_offer_only_what_works_and_are_saved(app: AppTest) -> None:
    go(app, "settings")
    assert app.radio(key="w_tier").value == "free"  # the configured tier, never nothing
    assert app.radio(key="w_engine").value == "auto"
    assert "llm" not in app.radio(key="w_engine").options  # no model configured
    app.radio(key="w_tier").set_value("premium").run()
    app.radio(key="w_engine").set_value("offline").run()
    saved = store().get_preferences()
    assert (saved.engine, saved.linkedin_tier) == ("offline", "premium")
    fresh = AppTest.from_file(APP, default_timeout=90).run()  # another browser session
    go(fresh, "settings")
    assert fresh.radio(key="w_tier").value == "premium"
    assert fresh.radio(key="w_engine").value == "offline"


def test_a_saved_model_only_choice_falls_back_when_no_model_is_configured(
        app: AppTest, fake_model: FakeModel) -> None:
    store().save_preferences(Preferences(engine="llm"))
    go(app, "settings")
    assert app.radio(key="w_engine").value == "auto"
    go(app, "compose")
    fill(app, contact_name="Dr. Ada Okafor")
    app.button(key="draft_btn").click().run()
    assert fake_model.engines == ["auto"]


def test_preferences_load_only_valid_values() -> None:
    loaded = Preferences.load({"engine": "gpt", "linkedin_tier": "premium", "other": 1})
    assert (loaded.engine, loaded.linkedin_tier) == ("auto", "premium")


def test_a_reopened_request_keeps_tone_channel_and_topics(app: AppTest,
                                                          fake_model: FakeModel) -> None:
    app.selectbox(key="f_kind").set_value("follow_up")
    app.selectbox(key="f_tone").set_value("formal")
    app.selectbox(key="f_channel").set_value("email")
    topics = "night float handoffs, resident QI curricula, sepsis bundles"
    fill(app, contact_name="Dr. Ada Okafor", meeting_event="SGIM 2026", meeting_topics=topics)
    app.button(key="draft_btn").click().run()
    draft_id = app.session_state["draft"]["id"]
    app.button(key="new_message").click().run()
    go(app, "history")
    app.button(key=f"reopen_{draft_id}").click().run()
    assert not app.exception
    assert app.selectbox(key="f_tone").value == "formal"
    assert app.selectbox(key="f_channel").value == "email"
    assert app.text_input(key="f_meeting_topics").value == topics
    app.button(key="draft_btn").click().run()
    assert fake_model.calls[-1].meeting.topics == topics.split(", ")
