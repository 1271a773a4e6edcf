"""OUTREACH_EMBEDDINGS=openai: the index is built and searched through an OpenAI-compatible
embeddings endpoint (a local stand-in here), in its own collection."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest
from pydantic import SecretStr

from assistant.config import Settings
from assistant.index import build_index, collection_name, open_client
from assistant.retrieval import search


def _vector(text: str, dims: int = 64) -> list[float]:
    """A deterministic bag-of-words vector: similar wording, similar vector."""
    v = np.zeros(dims)
    for word in text.lower().split():
        v[int(hashlib.md5(word.strip(".,?!").encode()).hexdigest(), 16) % dims] += 1.0
    return (v / (np.linalg.norm(v) or 1.0)).tolist()


class _Handler(BaseHTTPRequestHandler):
    calls: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _Handler.calls.append({"path": self.path, "auth": self.headers.get("Authorization"),
                               "model": body.get("model")})
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        data = [{"object": "embedding", "index": i, "embedding": _vector(t)}
                for i, t in enumerate(inputs)]
        payload = json.dumps({"object": "list", "data": data, "model": body.get("model"),
                              "usage": {"prompt_tokens": 1, "total_tokens": 1}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def fake_embeddings_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Handler.calls.clear()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


def test_index_and_search_with_openai_embeddings(
    fake_embeddings_server: str, small_knowledge: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")  # Chroma checks the persisted variable name
    settings = Settings(
        data_dir=tmp_path / "data", knowledge_dir=small_knowledge, embeddings="openai",
        openai_api_key=SecretStr("sk-test"), openai_base_url=fake_embeddings_server,
        _env_file=None,
    )
    report = build_index(settings)
    assert (report.added, report.total) == (4, 4)
    assert _Handler.calls and _Handler.calls[0]["path"] == "/v1/embeddings"
    assert _Handler.calls[0]["auth"] == "Bearer sk-test"
    assert build_index(settings).unchanged == 4

    results = search("LinkedIn connection request note", k=1, settings=settings)
    assert results[0].id == "linkedin-personalized-note"

    names = [c.name for c in open_client(settings).list_collections()]
    assert collection_name(settings) == "principles-openai" and names == ["principles-openai"]
