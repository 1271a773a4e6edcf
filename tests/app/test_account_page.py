"""The Your data page under AppTest: it offers the export (the user's data as JSON, all of it and
nobody else's), and the delete needs the confirmation and removes only that user's rows."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from assistant.config import get_settings
from assistant.models import DraftRequest, Sender
from assistant.storage import ContactRecord, open_store
from assistant.workspace import Workspace
from tests.app.conftest import go, texts


def test_export_and_delete_my_data(app: AppTest) -> None:
    local = open_store(get_settings())
    local.save_profile(Sender(name="Maya Chen", role="PGY-1"))
    local.add_contact(ContactRecord(name="Dr. Ada Okafor", email="ada@example.org"))
    local.save_request(DraftRequest(kind="follow_up", contact={"name": "Dr. Ada Okafor"}))
    other = open_store(get_settings(), "ben")
    other.add_contact(ContactRecord(name="Dr. Lee Park"))

    go(app, "account")
    assert not app.exception
    assert [b.proto.label for b in app.get("download_button")] == ["Download my data (.json)"]
    exported = json.loads(json.dumps(Workspace("local", get_settings()).export()))
    assert exported["user"] == "local" and exported["profile"]["name"] == "Maya Chen"
    assert [c["name"] for c in exported["contacts"]] == ["Dr. Ada Okafor"]
    assert len(exported["drafts"]) == 1

    delete = app.button(key="delete_data")
    assert delete.disabled  # not before the confirmation
    app.checkbox(key="delete_sure").check().run()
    app.button(key="delete_data").click().run()
    assert "Deleted: 0 interactions, 1 drafts, 1 contacts, 1 profile, 0 preferences." in texts(app)
    assert local.list_contacts() == [] and local.list_drafts() == []
    assert local.get_profile() == Sender()
    assert [c.name for c in other.list_contacts()] == ["Dr. Lee Park"]  # ben's are kept

