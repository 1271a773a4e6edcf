"""Settings' "Test the connection" against the stand-in server (real HTTP on 127.0.0.1)."""

from __future__ import annotations

import socket

from assistant.config import Settings
from assistant.connection import probe_connection
from assistant.drafting import draft
from assistant.engines.llm_server import public_url
from assistant.models import DraftRequest
from assistant.storage import open_store
from tests.drafting.conftest import FakeOpenAI, is_warm_up
from tests.drafting.test_profiles import REQUESTS


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_lists_models_finds_the_mode_and_times_a_sample(fake_openai: FakeOpenAI,
                                                         llm_settings: Settings) -> None:
    fake_openai.profile = "llama_cpp_python"
    nothing = ("nothing here", f"http://127.0.0.1:{closed_port()}/v1")
    report = probe_connection(llm_settings, candidates=(nothing,))
    assert report.ok and report.error is None
    assert report.models == ["test-model"]
    assert report.mode == "json_object"  # json_schema refused with HTTP 500
    assert "Input should be 'text' or 'json_object'" in (report.mode_reason or "")
    assert report.latency_s is not None and report.latency_s > 0
    assert report.local == []


def test_finds_a_local_server_and_its_models(fake_openai: FakeOpenAI, settings: Settings) -> None:
    report = probe_connection(settings, candidates=(("llama.cpp server", fake_openai.url),))
    assert not report.ok and "no model configured" in (report.error or "")
    assert [(s.name, s.base_url, s.models) for s in report.local] == [
        ("llama.cpp server", fake_openai.url, ["test-model"])]


def test_a_failing_server_is_one_line(fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    fake_openai.then({"status": 401})
    report = probe_connection(llm_settings, candidates=())
    assert not report.ok and "OPENAI_API_KEY" in (report.error or "")
    assert "\n" not in (report.error or "")


def _modes_asked(fake: FakeOpenAI) -> list[str | None]:
    """The structured-output mode of each request sent (the warm-up's aside), in order."""
    return [(r["body"].get("response_format") or {}).get("type") or
            ("tools" if r["body"].get("tools") else None)
            for r in fake.requests if r["body"] and not is_warm_up(r["body"])]


def test_a_test_of_the_connection_forgets_the_remembered_json_mode(
        fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    """A server that refused json_schema is remembered as a json_object server, so its drafts
    no longer ask in json_schema. "Test the connection" is a fresh probe of the server: it
    forgets the mode with the refused options, so a server that takes json_schema now is asked
    in it, by the probe and by the next draft of the same process."""
    request = DraftRequest.model_validate(REQUESTS["follow_up"])
    where = (public_url(fake_openai.url), "test-model")
    store = open_store(llm_settings)
    fake_openai.profile = "llama_cpp_python"  # refuses json_schema with HTTP 500
    assert draft(request, engine="llm", settings=llm_settings).engine == "llm"
    assert (store.model_mode(*where) or ("",))[0] == "json_object"
    fake_openai.requests.clear()
    assert draft(request, engine="llm", settings=llm_settings).engine == "llm"
    assert _modes_asked(fake_openai)[0] == "json_object"  # remembered: json_schema not asked

    fake_openai.profile = "openai"  # the server has changed: it takes json_schema now
    fake_openai.requests.clear()
    report = probe_connection(llm_settings, candidates=())
    assert report.ok and report.mode == "json_schema" and report.mode_reason is None
    assert _modes_asked(fake_openai)[0] == "json_schema"
    assert store.model_mode(*where) is None  # the first mode worked: nothing to remember
    assert store.refused_options(*where) == set()

    fake_openai.requests.clear()
    assert draft(request, engine="llm", settings=llm_settings).engine == "llm"
    assert _modes_asked(fake_openai)[0] == "json_schema"
