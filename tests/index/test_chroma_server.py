"""Index and search through a real Chroma server (`chroma run`), the program-wide deployment."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.index import build_index, open_client
from assistant.retrieval import search

CHROMA = Path(sys.executable).parent / "chroma"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[int]:
    if not CHROMA.exists() and not shutil.which("chroma"):
        pytest.fail("the chroma command is missing from the virtual environment")
    port = _free_port()
    log = (tmp_path / "chroma.log").open("wb")
    proc = subprocess.Popen(
        [str(CHROMA if CHROMA.exists() else shutil.which("chroma")), "run",
         "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                url = f"http://127.0.0.1:{port}/api/v2/heartbeat"
                with urllib.request.urlopen(url, timeout=1) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"chroma server did not start: {(tmp_path / 'chroma.log').read_text()}")
            time.sleep(0.2)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
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
