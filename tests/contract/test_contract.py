"""Conformance of the `outreach` command to the project's outside contract (CONTRACT.md and
docs/contract.md): every command's JSON shape, the rules stated in prose, and the error rule for
every command that reads input. Each test runs the command as a real process."""

from __future__ import annotations

import json
import shutil
import socket
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.contract.conftest import (
    CODES,
    FINDING_KEYS,
    SCRIPT,
    SEVERITIES,
    Outreach,
    assert_input_error,
)

SENDER = {
    "name": "Maria Gomez", "role": "PGY-1 internal medicine resident",
    "program": "Riverside Medical Center", "interests": ["hospital medicine", "quality"],
    "email": "maria.gomez@riverside.org",
}
CONTACT = {
    "name": "Dr. Ada Okafor", "title": "Associate Professor of Medicine",
    "institution": "Lakeside University", "specialty": "hospital medicine",
    "relationship": "met_once", "their_work": "sepsis handoff quality improvement",
}
MEETING = {
    "event": "SGIM Annual Meeting", "date": "2026-11-23", "topics": ["sepsis handoffs"],
    "specific_detail": "your advice to start with one unit", "next_step": "send my project aim",
}
REQUESTS: dict[str, dict[str, Any]] = {
    "introduction": {
        "kind": "introduction", "today": "2026-11-25", "sender": SENDER,
        "contact": {**CONTACT, "relationship": "new"},
        "meeting": {"event": "SGIM Annual Meeting"},
        "ask": "15 minutes for coffee during the meeting",
    },
    "follow_up": {
        "kind": "follow_up", "today": "2026-11-25", "sender": SENDER, "contact": CONTACT,
        "meeting": MEETING,
    },
    "update": {
        "kind": "update", "today": "2026-11-25", "sender": SENDER,
        "contact": {**CONTACT, "relationship": "mentor"},
        "update": {"news": "our handoff checklist went live on two units",
                   "credit": "your advice to start with one unit"},
    },
    "mentor_agenda": {
        "kind": "mentor_agenda", "today": "2026-11-25", "sender": SENDER,
        "contact": {**CONTACT, "relationship": "mentor"},
        "decisions": ["whether to apply for the chief year", "which QI project to lead"],
    },
    "linkedin_note": {
        "kind": "linkedin_note", "today": "2026-11-25", "sender": SENDER, "contact": CONTACT,
        "meeting": MEETING,
    },
    "linkedin_rewrite": {
        "kind": "linkedin_rewrite", "today": "2026-11-25", "sender": SENDER, "contact": CONTACT,
        "existing_text": "hey ada great meeting u at SGIM!! lets connect",
    },
}
GOOD_EMAIL = """Subject: Thank you from SGIM

Dear Dr. Okafor,

Thank you for taking the time to talk with me at the SGIM Annual Meeting about sepsis
handoffs. Your advice to start with one unit changed how I am planning the project. As we
discussed, I will send you my project aim by Friday. Would you be willing to look it over?

Best regards,
Maria Gomez
PGY-1 internal medicine resident, Riverside Medical Center
"""
HOOK_MESSAGE = "Hey Dr. Lee!!! thx for the chat lol\n"
PHI_TEXT = "Pt John Smith, MRN 12345678, DOB 03/14/1962, was admitted on 11/20 to bed 4."


def assert_finding(finding: dict[str, Any], text: str | None = None) -> None:
    """Finding = {code, severity, message, start?, end?, suggestion?, principle?}."""
    assert {"code", "severity", "message"} <= set(finding) <= FINDING_KEYS, finding
    assert finding["code"] in CODES, finding["code"]
    assert finding["severity"] in SEVERITIES
    assert isinstance(finding["message"], str) and finding["message"].strip()
    for key in ("start", "end"):
        if key in finding:
            assert type(finding[key]) is int and finding[key] >= 0
    if "start" in finding and "end" in finding:
        assert finding["start"] <= finding["end"]
        if text is not None:
            assert finding["end"] <= len(text)
    for key in ("suggestion", "principle"):
        if key in finding:
            assert isinstance(finding[key], str)


@pytest.fixture(scope="module")
def principle_ids(outreach: Outreach) -> set[str]:
    return {p["id"] for p in outreach.json("principles", "list", "--json")["principles"]}


@pytest.fixture(scope="module")
def drafts(outreach: Outreach, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `outreach draft --json` per kind (default engine, no model configured)."""
    folder = tmp_path_factory.mktemp("requests")
    paths = {}
    for kind, request in REQUESTS.items():
        paths[kind] = folder / f"{kind}.json"
        paths[kind].write_text(json.dumps(request), encoding="utf-8")
    with ThreadPoolExecutor(max_workers=2) as pool:  # one process per draft, two at a time
        results = pool.map(lambda kind: outreach.json("draft", str(paths[kind]), "--json"), paths)
        return dict(zip(paths, results, strict=True))


# --- draft ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(REQUESTS))
def test_draft_json_shape(drafts: dict[str, Any], principle_ids: set[str], kind: str) -> None:
    draft = drafts[kind]
    required = {"kind", "channel", "subject", "body", "engine", "principles", "findings"}
    assert required <= set(draft) <= required | {"notice"}
    assert draft["kind"] == kind
    expected_channel = "linkedin_note" if kind.startswith("linkedin") else "email"
    assert draft["channel"] == expected_channel  # the contract's default channel
    assert draft["subject"] is None or (isinstance(draft["subject"], str) and draft["subject"])
    assert isinstance(draft["body"], str) and draft["body"].strip()
    assert draft["engine"] == "offline"  # --engine auto with no model configured
    assert draft["principles"], "a draft cites the principles it used"
    for principle in draft["principles"]:
        assert set(principle) == {"id", "title", "text"}
        assert all(isinstance(v, str) and v for v in principle.values())
        assert principle["id"] in principle_ids
    for finding in draft["findings"]:
        assert_finding(finding)
        if "principle" in finding:
            assert finding["principle"] in principle_ids
    if "notice" in draft:
        assert isinstance(draft["notice"], str) and draft["notice"].strip()


def test_draft_of_complete_request_has_no_warning(drafts: dict[str, Any]) -> None:
    """Drafts of complete requests pass the project's own checks."""
    for kind, draft in drafts.items():
        bad = [f for f in draft["findings"] if f["severity"] != "info"]
        assert not bad, (kind, bad)


def test_draft_explicit_channel_is_kept(outreach: Outreach) -> None:
    request = {**REQUESTS["follow_up"], "channel": "linkedin_message"}
    draft = outreach.json("draft", "-", "--json", stdin=json.dumps(request))
    assert draft["channel"] == "linkedin_message"


def test_draft_engine_offline_and_human_output(outreach: Outreach) -> None:
    request = json.dumps(REQUESTS["follow_up"])
    draft = outreach.json("draft", "-", "--engine", "offline", "--json", stdin=request)
    assert draft["engine"] == "offline"
    human = outreach("draft", "-", stdin=request)
    assert human.returncode == 0 and human.stderr == ""
    assert draft["body"] in human.stdout


def test_draft_engine_llm_without_model_exits_1_naming_the_key(outreach: Outreach) -> None:
    result = outreach("draft", "-", "--engine", "llm", "--json",
                      stdin=json.dumps(REQUESTS["follow_up"]))
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.endswith("\n") and result.stderr.count("\n") == 1, result.stderr
    assert "OPENAI_API_KEY" in result.stderr


def test_unreachable_model_auto_falls_back_with_a_notice(outreach: Outreach) -> None:
    """A model server that refuses connections: auto drafts offline and says so in `notice`.
    (`--engine llm` exiting 1 on a failing model: tests/drafting/test_cli.py.)"""
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens on it
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {"OPENAI_BASE_URL": f"http://127.0.0.1:{port}/v1", "OUTREACH_MAX_RETRIES": "0"}
    auto = outreach("draft", "-", "--json", stdin=json.dumps(REQUESTS["follow_up"]), env=env)
    assert auto.returncode == 0, auto.stderr
    draft = json.loads(auto.stdout)
    assert draft["engine"] == "offline"
    assert f"127.0.0.1:{port}" in draft["notice"]


# --- check ----------------------------------------------------------------------------------


def check(outreach: Outreach, text: str, *args: str) -> dict[str, Any]:
    data = outreach.json("check", "-", "--json", *args, stdin=text)
    assert set(data) == {"passed", "findings"}
    assert isinstance(data["passed"], bool)
    for finding in data["findings"]:
        assert_finding(finding, text)
    assert data["passed"] == (not any(f["severity"] == "error" for f in data["findings"]))
    return data


def codes(data: dict[str, Any]) -> set[str]:
    return {f["code"] for f in data["findings"]}


def test_check_well_written_message_passes_with_no_warning(outreach: Outreach, write) -> None:
    context = write("req.json", json.dumps(REQUESTS["follow_up"]))
    data = check(outreach, GOOD_EMAIL, "--context", context)
    assert data["passed"] is True
    assert {f["severity"] for f in data["findings"]} <= {"info"}


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (HOOK_MESSAGE, True),  # warnings only: still passes
        ("Dear Dr. Okafor,\n\nSee you at [Conference].\n\nBest,\nMaria\n", False),  # placeholder
        ("Pt John Smith, MRN 12345678, was admitted yesterday.\n", False),  # phi
    ],
)
def test_passed_means_no_error_finding(outreach: Outreach, text: str, passed: bool) -> None:
    data = check(outreach, text)
    assert data["passed"] is passed
    if not passed:
        assert any(f["severity"] == "error" for f in data["findings"])
    else:
        assert any(f["severity"] == "warning" for f in data["findings"])


def test_before_stop_probe_check(outreach: Outreach) -> None:
    """`printf 'Hey Dr. Lee!!! thx for the chat lol\\n' | outreach check - --json`."""
    result = outreach("check", "-", "--json", stdin=HOOK_MESSAGE, script=SCRIPT.exists())
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"passed", "findings"}
    assert {"greeting", "exclamation", "slang"} <= codes(data)
    for finding in data["findings"]:
        assert_finding(finding, HOOK_MESSAGE)


def test_finding_spans_point_at_the_flagged_words(outreach: Outreach) -> None:
    data = check(outreach, HOOK_MESSAGE)
    spans = {f["code"]: HOOK_MESSAGE[f["start"]:f["end"]] for f in data["findings"]
             if "start" in f and f["code"] in {"greeting", "exclamation"}}
    assert spans == {"greeting": "Hey", "exclamation": "!!!"}


def test_check_kind_overrides_context(outreach: Outreach, write) -> None:
    """An introduction needs no thanks; the same message checked as a follow-up does."""
    context = write("intro.json", json.dumps(REQUESTS["introduction"]))
    message = GOOD_EMAIL.replace("Thank you for taking the time to talk", "I enjoyed talking")
    message = message.replace("Thank you from SGIM", "Sepsis handoffs at SGIM")
    as_intro = check(outreach, message, "--context", context)
    as_follow_up = check(outreach, message, "--context", context, "--kind", "follow_up")
    assert "no_thanks" not in codes(as_intro)
    assert "no_thanks" in codes(as_follow_up)


def test_check_channel_overrides_context(outreach: Outreach, write) -> None:
    """The context says email (subject and sign-off expected); --channel says LinkedIn message."""
    context = write("req.json", json.dumps(REQUESTS["follow_up"]))
    message = ("Dr. Okafor, thank you for talking with me at the SGIM Annual Meeting about sepsis "
               "handoffs. I will send my project aim by Friday. Would you look it over?")
    as_email = check(outreach, message, "--context", context)
    as_linkedin = check(outreach, message, "--context", context, "--channel", "linkedin_message")
    assert {"subject", "no_signature"} <= codes(as_email)
    assert not {"subject", "no_signature"} & codes(as_linkedin)


def test_check_kind_and_channel_without_context(outreach: Outreach) -> None:
    long_note = "Dr. Okafor, " + "it was great to meet you at SGIM and talk about handoffs. " * 6
    assert "char_limit" in codes(check(outreach, long_note, "--channel", "linkedin_note"))
    assert "char_limit" not in codes(check(outreach, long_note, "--channel", "linkedin_message"))
    assert "char_limit" in codes(check(outreach, long_note, "--kind", "linkedin_note"))


def test_email_subject_is_the_first_line_starting_with_subject(outreach: Outreach) -> None:
    with_subject = check(outreach, GOOD_EMAIL)
    without = check(outreach, GOOD_EMAIL.removeprefix("Subject: Thank you from SGIM\n\n"))
    moved = GOOD_EMAIL.replace("Subject: Thank you from SGIM\n\n", "") + "Subject: SGIM\n"
    too_long = GOOD_EMAIL.replace("Thank you from SGIM", "Thank you " * 8 + "from SGIM")
    assert "subject" not in codes(with_subject)
    assert "subject" in codes(without)
    assert "subject" in codes(check(outreach, moved))  # not the first line: not a subject
    assert "subject" in codes(check(outreach, too_long))  # over 70 characters
    # The subject line is not the body: it is not judged as the greeting.
    assert "greeting" not in codes(with_subject)


def test_check_human_output(outreach: Outreach) -> None:
    result = outreach("check", "-", stdin=HOOK_MESSAGE)
    assert result.returncode == 0 and result.stderr == ""
    assert "greeting" in result.stdout and not result.stdout.lstrip().startswith("{")


# --- phi ------------------------------------------------------------------------------------


def assert_phi(data: dict[str, Any], text: str) -> list[dict[str, Any]]:
    assert set(data) == {"findings"}
    for f in data["findings"]:
        # the outside contract's four keys, plus the added severity (docs/contract.md)
        assert set(f) == {"type", "start", "end", "text", "severity"}
        assert f["severity"] in ("error", "warning")
        assert isinstance(f["type"], str) and f["type"]
        assert type(f["start"]) is int and type(f["end"]) is int
        assert 0 <= f["start"] < f["end"] <= len(text)
        assert text[f["start"]:f["end"]] == f["text"]  # character offsets slice the input
    return data["findings"]


def test_phi_json_offsets_slice_the_input(outreach: Outreach, write) -> None:
    findings = assert_phi(outreach.json("phi", write("note.txt", PHI_TEXT), "--json"), PHI_TEXT)
    types = {f["type"] for f in findings}
    assert {"NAME", "MRN", "DATE"} <= types


def test_phi_offsets_are_characters_not_bytes(outreach: Outreach) -> None:
    text = "Résumé née Zoë 🙂 — Pt José Núñez, MRN 12345678, admitted 11/20."
    findings = assert_phi(outreach.json("phi", "-", "--json", stdin=text), text)
    assert any(f["text"] == "12345678" for f in findings)


def test_phi_clean_text_has_no_findings(outreach: Outreach) -> None:
    text = GOOD_EMAIL
    assert assert_phi(outreach.json("phi", "-", "--json", stdin=text), text) == []


def test_phi_jsonl_one_result_per_line_in_order(outreach: Outreach, write) -> None:
    texts = [PHI_TEXT, GOOD_EMAIL, "", "MRN: 7654321 for the patient in bed 3", "hello\nworld"]
    batch = write("batch.jsonl", "".join(json.dumps({"text": t}) + "\n" for t in texts))
    result = outreach("phi", "--jsonl", batch)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(texts)
    for text, line in zip(texts, lines, strict=True):
        single = outreach.json("phi", "-", "--json", stdin=text)
        assert json.loads(line) == single
        assert_phi(json.loads(line), text)
    piped = outreach("phi", "--jsonl", "-", stdin=Path(batch).read_bytes())
    assert piped.stdout == result.stdout


def test_phi_jsonl_without_final_newline(outreach: Outreach) -> None:
    result = outreach("phi", "--jsonl", "-", stdin='{"text": "a"}\n{"text": "b"}')
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 2


# --- principles search and index -------------------------------------------------------------


def test_search_json_shape(outreach: Outreach, principle_ids: set[str]) -> None:
    data = outreach.json("principles", "search", "how soon should I follow up?", "-k", "3",
                         "--json")
    assert set(data) == {"results"}
    results = data["results"]
    assert 1 <= len(results) <= 3
    for r in results:
        assert set(r) == {"id", "title", "text", "score"}
        assert isinstance(r["score"], int | float)
        assert r["id"] in principle_ids
    scores = [r["score"] for r in results]
    assert scores == sorted(scores, reverse=True)
    assert results[0]["id"] == "follow-up-within-72-hours"


def test_search_default_k_is_five(outreach: Outreach) -> None:
    data = outreach.json("principles", "search", "how do I ask someone to be my mentor?",
                         "--json")
    assert len(data["results"]) == 5


def test_index_refresh_is_idempotent(data_dir: Path, tmp_path: Path) -> None:
    """`outreach index` on an up-to-date index changes nothing (`--rebuild` is run as a process
    in tests/index/test_cli.py)."""
    copy = tmp_path / "data"
    shutil.copytree(data_dir, copy)
    report = Outreach(copy).json("index", "--json")
    assert set(report) == {"added", "updated", "removed", "unchanged", "total", "seconds"}
    assert report["unchanged"] == report["total"] > 0
    assert report["added"] == report["updated"] == report["removed"] == 0


# --- python -m assistant is outreach ---------------------------------------------------------


@pytest.mark.skipif(not SCRIPT.exists(), reason="the outreach script is not installed")
@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (("--help",), ""),
        (("check", "-", "--json"), HOOK_MESSAGE),
        (("phi", "-", "--json"), PHI_TEXT),
        (("draft", "-", "--json"), "{not json"),
        (("frobnicate",), ""),
    ],
)
def test_python_m_assistant_is_outreach(outreach: Outreach, args: tuple[str, ...],
                                        stdin: str) -> None:
    module = outreach(*args, stdin=stdin)
    script = outreach(*args, stdin=stdin, script=True)
    assert (module.returncode, module.stdout) == (script.returncode, script.stdout)
    assert module.stderr.replace("__main__.py", "outreach") == script.stderr


# --- the error rule, for every command that reads input -------------------------------------

NOT_UTF8 = b'{"kind": "follow_up", "notes": "caf\xe9"}'
JSON_CASES = {
    "invalid JSON": ('{"kind": "follow_up",', ("invalid json",)),
    "wrong type": ('{"kind": "follow_up", "ask": 15}', ("ask",)),
    "nested wrong type": ('{"kind": "follow_up", "meeting": {"topics": "sepsis"}}',
                          ("meeting.topics",)),
    "bad date": ('{"kind": "follow_up", "meeting": {"date": "23/11/2026"}}', ("meeting.date",)),
    "unknown field": ('{"kind": "follow_up", "colour": "blue"}', ("colour", "unknown field")),
    "unknown nested field": ('{"kind": "follow_up", "contact": {"nickname": "A"}}',
                             ("contact.nickname", "unknown field")),
    "unknown kind": ('{"kind": "thank_you_card"}', ("kind", "thank_you_card")),
    "missing kind": ('{"channel": "email"}', ("kind",)),
    "unknown channel": ('{"kind": "follow_up", "channel": "fax"}', ("channel", "fax")),
    "unknown relationship": ('{"kind": "follow_up", "contact": {"relationship": "boss"}}',
                             ("contact.relationship",)),
    "not an object": ('["follow_up"]', ("object",)),
    "not UTF-8": (NOT_UTF8, ("utf-8",)),
}
# Each command that reads a file: its arguments, with {} where the file goes.
FILE_COMMANDS = {
    "draft": ("draft", "{}", "--json"),
    "check --context": ("check", "-", "--context", "{}", "--json"),
    "check": ("check", "{}", "--json"),
    "phi": ("phi", "{}", "--json"),
    "phi --jsonl": ("phi", "--jsonl", "{}"),
    "contacts import": ("contacts", "import", "{}", "--json"),
}


def fill(template: tuple[str, ...], path: str) -> list[str]:
    return [path if part == "{}" else part for part in template]


@pytest.mark.parametrize("command", list(FILE_COMMANDS))
def test_missing_file(outreach: Outreach, tmp_path: Path, command: str) -> None:
    missing = str(tmp_path / "no-such-file.json")
    result = outreach(*fill(FILE_COMMANDS[command], missing), stdin="Dear Dr. Lee,")
    assert_input_error(result, "not found", "no-such-file.json")


@pytest.mark.parametrize("command", list(FILE_COMMANDS))
def test_directory_is_unreadable(outreach: Outreach, tmp_path: Path, command: str) -> None:
    result = outreach(*fill(FILE_COMMANDS[command], str(tmp_path)), stdin="Dear Dr. Lee,")
    assert_input_error(result, "directory")


@pytest.mark.parametrize("command", list(FILE_COMMANDS))
def test_not_utf8(outreach: Outreach, write, command: str) -> None:
    path = write("bad.bin", b"Dear Dr. Lee, caf\xe9 \xff\xfe\n")
    result = outreach(*fill(FILE_COMMANDS[command], path), stdin="Dear Dr. Lee,")
    assert_input_error(result, "utf-8")


@pytest.mark.parametrize("command", ["draft", "check --context"])
@pytest.mark.parametrize("case", list(JSON_CASES))
def test_bad_request(outreach: Outreach, write, command: str, case: str) -> None:
    content, names = JSON_CASES[case]
    path = write("request.json", content)
    result = outreach(*fill(FILE_COMMANDS[command], path), stdin="Dear Dr. Lee,")
    field = "context" if command.startswith("check") and case in {"invalid JSON", "not UTF-8",
                                                                  "not an object"} else None
    assert_input_error(result, *names, *([field] if field else []))


def test_bad_request_on_stdin(outreach: Outreach) -> None:
    """The before-stop probe: `printf '{not json' | outreach draft - --json`."""
    assert_input_error(outreach("draft", "-", "--json", stdin="{not json"), "invalid json")
    assert_input_error(outreach("draft", "-", stdin='{"kind": "memo"}'), "kind", "memo")


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        ('{"text": "a"}\n{"text": \n', ("line 2", "invalid json")),
        ('{"text": 5}\n', ("line 1", "text")),
        ('{"text": "a", "lang": "en"}\n', ("line 1", "lang")),
        ('{"body": "a"}\n', ("line 1", "text")),
        ('"just text"\n', ("line 1", "object")),
        ('{"text": "a"}\n\n{"text": "b"}\n', ("line 2", "blank")),
    ],
)
def test_bad_jsonl_line(outreach: Outreach, lines: str, names: tuple[str, ...]) -> None:
    """A bad line anywhere exits 2 before any output: no half answer."""
    assert_input_error(outreach("phi", "--jsonl", "-", stdin=lines), *names)


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (("principles", "search", "follow up", "-k", "0", "--json"), ("-k",)),
        (("principles", "search", "   ", "--json"), ("question",)),
        (("principles", "search", "follow up", "-k", "many"), ("-k",)),
        (("due", "--today", "2026-13-45", "--json"), ("--today",)),
        (("check", "-", "--kind", "memo"), ("--kind",)),
        (("check", "-", "--channel", "fax"), ("--channel",)),
        (("draft", "-", "--engine", "gpt"), ("--engine",)),
        (("phi",), ("text",)),
        (("index", "--fast"), ("--fast",)),
        (("frobnicate",), ("frobnicate",)),
    ],
)
def test_bad_arguments(outreach: Outreach, args: tuple[str, ...], names: tuple[str, ...]) -> None:
    assert_input_error(outreach(*args, stdin="Dear Dr. Lee,"), *names)


@pytest.mark.parametrize(
    ("args", "stdin", "names"),
    [
        (("draft", "-"), '{"kind": "follow_up", "sur\\nname": "Lee"}', ("unknown field",)),
        (("phi", "--jsonl", "-"), '{"text": "a", "la\\nng": 1}\n', ("unknown field",)),
        (("draft", "no\nsuch\nfile.json"), "", ("not found",)),
    ],
)
def test_error_is_one_line_even_with_line_breaks_in_names(
    outreach: Outreach, args: tuple[str, ...], stdin: str, names: tuple[str, ...]
) -> None:
    assert_input_error(outreach(*args, stdin=stdin), *names)


@pytest.mark.parametrize(
    ("variable", "value", "args"),
    [
        ("OUTREACH_LINKEDIN_TIER", "gold", ("check", "-", "--channel", "linkedin_note")),
        ("OUTREACH_MAX_RETRIES", "three", ("draft", "-")),
    ],
)
def test_bad_setting_is_one_line_naming_it(
    outreach: Outreach, variable: str, value: str, args: tuple[str, ...]
) -> None:
    result = outreach(*args, stdin='{"kind": "linkedin_note"}', env={variable: value})
    assert result.returncode == 1
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and variable in result.stderr
    assert value not in result.stderr  # a setting's value is never echoed
