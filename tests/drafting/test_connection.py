"""Settings' "Test the connection" against the stand-in server (real HTTP on 127.0.0.1)."""

from __future__ import annotations

import socket

from assistant.config import Settings
from assistant.connection import probe_connection
from tests.drafting.conftest import FakeOpenAI


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
