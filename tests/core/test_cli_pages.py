"""Ids, page sizes and offsets on the command line: a number no database column holds is one
line, exit 2 (it crashed the query: "internal error: OverflowError", exit 1), and an empty page
says it is one instead of "no drafts yet" or "Contacts 0–7 of 3"."""

from __future__ import annotations

import pytest

from assistant.cli import main
from assistant.config import get_settings
from assistant.models import Draft, DraftRequest
from assistant.storage import open_store
from assistant.storage.records import ContactRecord
from tests.contract.conftest import assert_main_input_error

HUGE = "99999999999999999999"


@pytest.fixture
def data() -> None:
    """Three contacts and one saved draft."""
    get_settings.cache_clear()
    store = open_store(get_settings())
    for name in ("Kim Ito", "Ada Okafor", "José Núñez"):
        store.add_contact(ContactRecord(name=name))
    request = DraftRequest.model_validate({"kind": "follow_up",
                                           "contact": {"name": "Dr. Kim Ito"}})
    store.save_draft(store.save_request(request), Draft(
        kind="follow_up", channel="email", subject="Thank you", body="Dear Dr. Ito,\n\nThanks.",
        engine="offline"))


@pytest.mark.parametrize("args", [
    ("drafts", "show", HUGE), ("drafts", "sent", HUGE), ("drafts", "list", "--limit", HUGE),
    ("drafts", "list", "--offset", HUGE), ("contacts", "list", "--limit", HUGE),
    ("contacts", "list", "--offset", HUGE), ("contacts", "met", HUGE, "--date", "2026-11-23"),
    ("drafts", "show", "2147483648"),
])
def test_a_number_no_database_holds_is_bad_input(
        data: None, args: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    assert assert_main_input_error(capsys, list(args)).startswith("outreach")


@pytest.mark.parametrize(("args", "said"), [
    (("drafts", "list", "--limit", "0"), "No drafts in this page (--limit 0, --offset 0)"),
    (("drafts", "list", "--offset", "5"), "No drafts in this page (--limit 1000, --offset 5)"),
    (("contacts", "list", "--limit", "0"), "No contacts in this page (--limit 0, --offset 0) of 3"),
    (("contacts", "list", "--offset", "7"), "No contacts in this page (--limit 1000, --offset 7)"),
    (("contacts", "list", "--offset", "1", "--limit", "1"), "Contacts 2–2 of 3; --offset 2 for"),
    (("drafts", "list"), "Thank you"),
])
def test_a_page_says_what_it_holds(data: None, args: tuple[str, ...], said: str,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(list(args)) == 0
    out = capsys.readouterr().out
    assert said in out and "No drafts yet" not in out
