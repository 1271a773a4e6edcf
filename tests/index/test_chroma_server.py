"""Index and search through a real Chroma server (`chroma run`), the program-wide deployment."""

from __future__ import annotations

import shutil
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.index import build_index, open_client
from assistant.retrieval import search
from tests.servers import free_port, stop, wait_until_ready

CHROMA = Path(sys.executable).parent / "chroma"


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[int]:
    if not CHROMA.exists() and not shutil.which("chroma"):
        pytest.fail("the chroma command is missing from the virtual environment")
    port = free_port()
    log = (tmp_path / "chroma.log").open("wb")
    proc = subprocess.Popen(
        [str(CHROMA if CHROMA.exists() else shutil.which("chroma")), "run",
         "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
    )

    def heartbeat() -> bool:
        url = f"http://127.0.0.1:{port}/api/v2/heartbeat"
        with urllib.request.urlopen(url, timeout=1) as resp:
            return resp.status == 200

    try:
        try:
            wait_until_ready(heartbeat, proc, "chroma run", timeout=30)
        except (RuntimeError, TimeoutError) as exc:
            pytest.fail(f"{exc}: {(tmp_path / 'chroma.log').read_text()}")
        yield port
    finally:
        stop(proc)
        log.close()


@pytest.mark.server
def test_index_and_search_through_a_chroma_server(
    chroma_server: int, small_knowledge: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("CHROMA_PORT", str(chroma_server))
    settings = Settings(knowledge_dir=small_knowledge, _env_file=None)
    assert settings.chroma_host == "127.0.0.1" and settings.chroma_port == chroma_server

    first = build_index(settings)
    assert (first.added, first.total) == (4, 4)
    assert build_index(settings).unchanged == 4
    assert type(open_client(settings)).__name__ != "PersistentClient"
    assert not (settings.data_dir / "chroma").exists()  # nothing went to the local disk

    results = search("who puts my name forward for opportunities?", k=1, settings=settings)
    assert results[0].id == "mentor-vs-sponsor"
    only = search("thank you after meeting", k=5, kind="linkedin_note", settings=settings)
    assert [r.id for r in only] == ["linkedin-personalized-note"]
