"""`outreach contacts met NAME|ID --date ...`: a meeting logged from the command line makes the
follow-up due, as the app's "Met" button does; bad input is one line, exit 2."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.config import get_settings
from assistant.storage import open_store
from assistant.storage.records import ContactRecord
from tests.contract.conftest import Outreach, assert_input_error, assert_main_input_error

YESTERDAY = (date.today() - timedelta(days=1)).isoformat()


@pytest.fixture
def contacts() -> dict[str, int]:
    get_settings.cache_clear()
    store = open_store(get_settings())
    return {
        "ito": store.add_contact(ContactRecord(name="Kim Ito", institution="Lakeside")),
        "ruiz": store.add_contact(ContactRecord(name="Ana Ruiz", email="ana@bayview.org")),
        "ruiz2": store.add_contact(ContactRecord(name="Ana Ruiz", email="aruiz@hollis.org")),
        "okafor": store.add_contact(ContactRecord(name="Zoë Okafor", relationship="mentor")),
    }


def test_met_then_the_follow_up_is_due(contacts: dict[str, int],
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["contacts", "met", "dr. kim ito", "--date", YESTERDAY, "--event", "SGIM 2027",
                 "--topic", "sepsis handoffs", "--next-step", "send my project aim",
                 "--json"]) == 0
    logged = json.loads(capsys.readouterr().out)["interaction"]
    assert logged == {"id": logged["id"], "contact_id": contacts["ito"], "contact": "Kim Ito",
                      "type": "met", "date": YESTERDAY, "event": "SGIM 2027",
                      "topics": ["sepsis handoffs"], "next_step": "send my project aim"}
    assert main(["due", "--json"]) == 0
    [item] = [d for d in json.loads(capsys.readouterr().out)["due"]
              if d["contact_id"] == contacts["ito"]]
    assert item["kind"] == "follow_up" and item["rule"] == "follow_up_owed"
    assert item["request"]["meeting"] == {"event": "SGIM 2027", "date": YESTERDAY,
                                          "topics": ["sepsis handoffs"],
                                          "next_step": "send my project aim"}
    assert item["request"]["contact"]["relationship"] == "met_once"  # no longer "new"


def test_met_by_id_and_human_output(contacts: dict[str, int],
                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["contacts", "met", str(contacts["ruiz2"]), "--date", YESTERDAY]) == 0
    assert capsys.readouterr().out == (f"Logged: met Ana Ruiz on {YESTERDAY}. The follow-up is "
                                       "in `outreach due`.\n")
    store = open_store(get_settings())
    assert [i.type for i in store.list_interactions(contacts["ruiz2"])] == ["met"]
    assert store.get_contact(contacts["okafor"]).relationship == "mentor"
    assert main(["contacts", "met", "zoe okafor", "--date", YESTERDAY]) == 0
    assert store.get_contact(contacts["okafor"]).relationship == "mentor"  # kept as it was


TOMORROW = (date.today() + timedelta(days=1)).isoformat()
BAD = [  # (arguments after `contacts met`, names the one line must hold)
    (("Bo Li", "--date", YESTERDAY), ("contact", "no contact named 'Bo Li'")),
    (("Ana Ruiz", "--date", YESTERDAY), ("contact", "2 contacts are named", "give the id")),
    (("999", "--date", YESTERDAY), ("contact", "no contact #999")),
    (("Kim Ito", "--date", "28/11/2026"), ("--date", "YYYY-MM-DD")),
    (("Kim Ito", "--date", TOMORROW), ("--date", "in the future")),
    (("Kim Ito", "--date", "1066-10-14"), ("--date", "outside")),
    (("Kim Ito", "--date", YESTERDAY, "--event", "x" * 301), ("--event", "at most 300")),
    (("Kim Ito",), ("--date",)),
]


@pytest.mark.parametrize(("args", "names"), BAD)
def test_bad_input_is_one_line_exit_2_and_logs_nothing(
        contacts: dict[str, int], capsys: pytest.CaptureFixture[str],
        args: tuple[str, ...], names: tuple[str, ...]) -> None:
    assert_main_input_error(capsys, ["contacts", "met", *args], *names)
    assert open_store(get_settings()).list_interactions() == []


def test_as_a_process(tmp_path: Path) -> None:
    """The contract's rules as a separate process: one JSON object, or one line and exit 2."""
    run = Outreach(tmp_path / "data")
    csv = tmp_path / "Connections.csv"
    csv.write_text("First Name,Last Name,Email Address,Company,Position,Connected On\n"
                   "Kim,Ito,,Lakeside,Attending,01 Jan 2026\n", encoding="utf-8")
    run.json("contacts", "import", str(csv), "--json")
    out = run.json("contacts", "met", "Kim Ito", "--date", YESTERDAY, "--event", "SGIM",
                   "--json")
    assert out["interaction"]["contact"] == "Kim Ito"
    assert [d["contact"] for d in run.json("due", "--json")["due"]] == ["Kim Ito"]
    assert_input_error(run("contacts", "met", "Nobody Here", "--date", YESTERDAY), "contact")
