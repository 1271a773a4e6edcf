"""`outreach drafts sent ID [--date ...]`: a draft marked as sent from the command line leaves
`outreach due`, as the app's "Mark as sent" button does; bad input is one line, exit 2, and
changes nothing."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.config import get_settings
from assistant.models import Draft, DraftRequest
from assistant.storage import open_store
from assistant.storage.records import ContactRecord, InteractionRecord
from tests.contract.conftest import Outreach, assert_input_error, assert_main_input_error

TODAY = date.today()
YESTERDAY = (TODAY - timedelta(days=1)).isoformat()
TOMORROW = (TODAY + timedelta(days=1)).isoformat()


@pytest.fixture
def drafts() -> dict[str, int]:
    """A follow-up owed to Kim Ito with its draft written, a draft with no contact, and a
    request whose draft failed (no text)."""
    get_settings.cache_clear()
    store = open_store(get_settings())
    ito = store.add_contact(ContactRecord(name="Kim Ito", institution="Lakeside"))
    store.add_interaction(InteractionRecord(contact_id=ito, date=TODAY - timedelta(days=3),
                                            type="met", event="SGIM 2027"))
    request = DraftRequest.model_validate({
        "kind": "follow_up", "contact": {"name": "Dr. Kim Ito"},
        "meeting": {"event": "SGIM 2027", "topics": ["sepsis handoffs"]}})
    written = Draft(kind="follow_up", channel="email", subject="Thank you — SGIM 2027",
                    body="Dear Dr. Ito,\n\nThank you for your time at SGIM 2027.\n\nBest,\nAna",
                    engine="offline")
    owed = store.save_request(request, contact_id=ito)
    store.save_draft(owed, written)
    loose = store.save_request(request)
    store.save_draft(loose, written)
    return {"ito": ito, "owed": owed, "loose": loose, "empty": store.save_request(request)}


def _due(capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["due", "--json"]) == 0
    return [d["contact"] for d in json.loads(capsys.readouterr().out)["due"]]


def test_sent_logs_the_message_and_the_follow_up_is_no_longer_due(
        drafts: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    assert _due(capsys) == ["Kim Ito"]
    assert main(["drafts", "sent", str(drafts["owed"]), "--date", YESTERDAY, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)["draft"]
    assert out["id"] == drafts["owed"] and out["status"] == "sent" and out["date"] == YESTERDAY
    assert out["contact_id"] == drafts["ito"] and isinstance(out["interaction_id"], int)
    store = open_store(get_settings())
    assert store.get_draft(drafts["owed"]).status == "sent"
    [sent] = [i for i in store.list_interactions(drafts["ito"]) if i.type == "message_sent"]
    assert sent.date.isoformat() == YESTERDAY and sent.draft_id == drafts["owed"]
    assert _due(capsys) == []


def test_a_draft_with_no_contact_is_marked_and_the_output_says_so(
        drafts: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["drafts", "sent", str(drafts["loose"])]) == 0
    assert capsys.readouterr().out == (f"Marked #{drafts['loose']} as sent on "
                                       f"{TODAY.isoformat()}.\n")
    assert open_store(get_settings()).get_draft(drafts["loose"]).status == "sent"
    assert main(["drafts", "sent", str(drafts["owed"])]) == 0
    assert capsys.readouterr().out.endswith(" and logged with Dr. Kim Ito.\n")


BAD = [  # (arguments after `drafts sent`, names the one line must hold)
    (("999",), ("ID", "no draft #999")),
    (("{empty}",), ("ID", "no text")),
    (("{owed}", "--date", "28/11/2026"), ("--date", "YYYY-MM-DD")),
    (("{owed}", "--date", TOMORROW), ("--date", "in the future")),
    (("0",), ("ID",)),
    (("x",), ("ID",)),
]


@pytest.mark.parametrize(("args", "names"), BAD)
def test_bad_input_is_one_line_exit_2_and_changes_nothing(
        drafts: dict[str, int], capsys: pytest.CaptureFixture[str],
        args: tuple[str, ...], names: tuple[str, ...]) -> None:
    assert_main_input_error(capsys, ["drafts", "sent", *(a.format(**drafts) for a in args)],
                            *names)
    store = open_store(get_settings())
    assert [d.status for d in store.list_drafts()] == ["pending", "drafted", "drafted"]
    assert [i.type for i in store.list_interactions()] == ["met"]


def test_marking_twice_is_refused(drafts: dict[str, int],
                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["drafts", "sent", str(drafts["owed"])]) == 0
    capsys.readouterr()
    assert main(["drafts", "sent", str(drafts["owed"])]) == 2
    assert "already marked as sent" in capsys.readouterr().err
    assert [i.type for i in open_store(get_settings()).list_interactions()].count(
        "message_sent") == 1


def test_as_a_process_another_users_draft_is_not_found(
        drafts: dict[str, int], tmp_path: Path) -> None:
    """The contract's rules as a separate process: one JSON object, or one line and exit 2;
    another user's draft id is not found and stays unsent."""
    run = Outreach(tmp_path / "data")  # the store the fixture wrote
    owed = str(drafts["owed"])
    assert_input_error(run("drafts", "sent", owed, env={"OUTREACH_USER": "ben"}),
                       "ID", "no draft")
    assert run.json("drafts", "show", owed, "--json")["status"] == "drafted"
    assert run.json("drafts", "sent", owed, "--json")["draft"]["status"] == "sent"
