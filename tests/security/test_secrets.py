"""Row 10: credentials and query strings in OPENAI_BASE_URL and DATABASE_URL never appear in
what is printed, stored or shown; keys are stripped, and a non-ASCII key is a one-line
configuration error. Real `outreach` processes where the row says "printed"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import SecretStr

from assistant.config import Settings, masked_url, scrub_urls
from tests.drafting.conftest import FakeOpenAI
from tests.security.cli import outreach
from tests.servers import free_port

SECRETS = ("P4ssw0rd", "QSECRET", "user:")


@pytest.mark.parametrize(("url", "shown"), [
    ("http://user:P4ssw0rd@host/v1?api-key=QSECRET", "http://***@host/v1?***"),
    ("postgresql+psycopg://user:P4ssw0rd@db:5432/outreach?sslmode=require&password=QSECRET",
     "postgresql+psycopg://***@db:5432/outreach?***"),
    ("http://user:P4ss/w?0#rd@host/v1", "http://***@host/v1"),  # a password with / ? #
    ("http://127.0.0.1:11434/v1", "http://127.0.0.1:11434/v1"),  # nothing to hide
    ("sqlite:////tmp/data/outreach.db", "sqlite:////tmp/data/outreach.db"),
    ("http://host/v1#QSECRET", "http://host/v1#***"),
])
def test_masked_url(url: str, shown: str) -> None:
    assert masked_url(url) == shown
    assert scrub_urls(f"cannot reach {url} now") == f"cannot reach {shown} now"


def _request_file(tmp_path: Path) -> Path:
    path = tmp_path / "request.json"
    path.write_text(json.dumps({
        "kind": "follow_up", "today": "2026-05-08",
        "sender": {"name": "Priya Shah"}, "contact": {"name": "Dr. Amara Okafor"},
        "meeting": {"event": "SGIM 2026", "date": "2026-05-06",
                    "topics": ["hospital-at-home programs"]}}), encoding="utf-8")
    return path


def test_an_unreachable_server_url_is_masked_on_stderr_and_in_the_notice(
        tmp_path: Path, built_index: Settings) -> None:
    url = f"http://user:P4ssw0rd@127.0.0.1:{free_port()}/v1?api-key=QSECRET"
    env = {"OPENAI_BASE_URL": url, "OUTREACH_DATA_DIR": str(built_index.data_dir),
           "OUTREACH_MAX_RETRIES": "0", "OUTREACH_REQUEST_TIMEOUT": "2"}
    request = str(_request_file(tmp_path))

    failed = outreach("draft", request, "--engine", "llm", env=env)
    assert failed.returncode == 1
    assert failed.stderr.count("\n") == 1 and "127.0.0.1" in failed.stderr
    assert not any(s in failed.stderr + failed.stdout for s in SECRETS)

    fallback = outreach("draft", request, "--engine", "auto", "--json", env=env)
    assert fallback.returncode == 0, fallback.stderr
    notice = json.loads(fallback.stdout)["notice"]
    assert "offline engine" in notice and "127.0.0.1" in notice
    assert not any(s in fallback.stdout + fallback.stderr for s in SECRETS)


def test_an_unreachable_database_url_is_masked(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://user:P4ssw0rd@127.0.0.1:{free_port()}/outreach?password=QSECRET"
    result = outreach("contacts", "list", env={"DATABASE_URL": url,
                                               "OUTREACH_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "DATABASE_URL" in result.stderr
    assert not any(s in result.stderr + result.stdout for s in SECRETS)
    assert "Background on this error" not in result.stderr


def test_settings_page_status_stored_error_and_repr_are_masked(tmp_path: Path) -> None:
    from assistant.service import engine_status
    from assistant.storage import Store

    url = "http://user:P4ssw0rd@127.0.0.1:9/v1?api-key=QSECRET"
    settings = Settings(data_dir=tmp_path / "data", openai_base_url=url, _env_file=None)
    assert engine_status(settings)["base_url"] == "http://***@127.0.0.1:9/v1?***"
    assert not any(s in repr(settings) for s in SECRETS)

    from assistant.models import DraftRequest

    store = Store(settings)
    draft_id = store.save_request(DraftRequest(kind="follow_up"))
    store.mark_failed(draft_id, f"cannot reach the model server at {url}")
    stored = store.get_draft(draft_id)
    assert stored is not None and stored.error
    assert not any(s in stored.error for s in SECRETS) and "127.0.0.1" in stored.error


def test_a_key_with_surrounding_whitespace_is_sent_stripped(
        fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    from assistant.drafting import draft
    from assistant.models import DraftRequest

    settings = Settings(**{**llm_settings.model_dump(), "openai_api_key": " sk-test-123\n",
                           "_env_file": None})
    assert settings.openai_api_key == SecretStr("sk-test-123")
    draft(DraftRequest(kind="follow_up", sender={"name": "Priya Shah"},
                       contact={"name": "Dr. Amara Okafor"}), engine="llm", settings=settings)
    assert fake_openai.requests[0]["headers"]["authorization"] == "Bearer sk-test-123"


@pytest.mark.parametrize("key", ["sk-\u201ctest\u201d", "sk-t\u00e9st", "sk-te st"])
def test_a_non_ascii_key_is_one_line_configuration_error(key: str, tmp_path: Path) -> None:
    result = outreach("draft", str(_request_file(tmp_path)), "--engine", "llm",
                      env={"OPENAI_API_KEY": key, "OUTREACH_DATA_DIR": str(tmp_path / "d")})
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "OPENAI_API_KEY" in result.stderr and "ASCII" in result.stderr
    assert key not in result.stderr and "Traceback" not in result.stderr


def test_a_blank_key_is_no_key() -> None:
    assert Settings(openai_api_key="  \n", _env_file=None).openai_api_key is None
