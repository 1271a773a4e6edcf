"""The contract's error rule for input: one line naming the problem and the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.errors import InputError
from assistant.inputs import decode_text, load_request, parse_json, parse_request

GOOD = {"kind": "follow_up", "meeting": {"event": "ACP 2026", "date": "2026-04-12"}}


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        ({"kind": "poem"}, "kind", "unknown value 'poem'"),
        ({}, "kind", "required field is missing"),
        ({"kind": "follow_up", "colour": "red"}, "colour", "unknown field"),
        ({"kind": "follow_up", "meeting": {"date": "12/04/2026"}}, "meeting.date", "date"),
        ({"kind": "follow_up", "meeting": {"topics": "QI"}}, "meeting.topics", "list"),
        ({"kind": "follow_up", "contact": {"relationship": "boss"}}, "contact.relationship",
         "unknown value 'boss'"),
        ({"kind": "follow_up", "sender": {"nickname": "x"}}, "sender.nickname", "unknown field"),
        ({"kind": "update", "channel": "fax"}, "channel", "unknown value 'fax'"),
    ],
)
def test_bad_request_names_the_field(data: dict, field: str, words: str) -> None:
    with pytest.raises(InputError) as info:
        parse_request(data)
    message = str(info.value)
    assert info.value.field == field
    assert message.startswith(f"{field}: ")
    assert words in message
    assert "\n" not in message


def test_request_must_be_an_object() -> None:
    with pytest.raises(InputError, match="JSON object"):
        parse_request(["follow_up"])


def test_good_request_and_channel_defaults() -> None:
    request = parse_request(GOOD)
    assert request.meeting.date.isoformat() == "2026-04-12"
    assert request.effective_channel == "email"
    assert parse_request({"kind": "linkedin_rewrite"}).effective_channel == "linkedin_note"
    assert parse_request({"kind": "linkedin_note", "channel": "linkedin_message"}
                         ).effective_channel == "linkedin_message"


def test_invalid_json_gives_line_and_column() -> None:
    with pytest.raises(InputError, match=r"request: invalid JSON at line 1 column 2"):
        parse_json("{not json", "request")


def test_non_utf8_is_refused_with_offset() -> None:
    with pytest.raises(InputError, match=r"not valid UTF-8 text \(byte 0xff at offset 3\)"):
        decode_text(b"abc\xffdef", "MESSAGE")


def test_bom_is_dropped() -> None:
    assert decode_text("\ufeffHello".encode(), "MESSAGE") == "Hello"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        load_request(str(tmp_path / "nope.json"))


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        load_request(str(tmp_path))


def test_load_request_from_file(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    assert load_request(str(path)).kind == "follow_up"
