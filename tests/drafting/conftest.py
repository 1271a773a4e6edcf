"""A real OpenAI-compatible chat-completions server on 127.0.0.1 for the LLM engine's tests.

It runs http.server in a thread and records every request body. It answers the way the request
asks: streamed (SSE) plain text, a `json_schema` or `json_object` response_format (JSON content),
or a tool call (function calling). Tests script it: HTTP errors N times, a slow answer beyond the
client's timeout, a rejection of `response_format`, or a particular draft (with a placeholder, a
URL...).

A `profile` reproduces a real server's behaviour, as measured with SmolLM2-135M (README, "Run a
local model"):
- "llama_cpp_python": llama-cpp-python's server rejects `json_schema` with HTTP 500 and the
  pydantic message naming the accepted types;
- "llama_server": llama.cpp's llama-server treats a named `tool_choice` as "auto" and the model
  answers in prose;
- "small_context": a 4,096-token context (as measured on llama-server); a larger request
  (prompt + max_tokens) is refused with its HTTP 400 "exceeds the available context size";
- "rambling": the model writes one sentence over and over until `max_tokens` (or the context)
  runs out: finish_reason "length" (a server that does not compile the schema's bounds into a
  grammar); streamed at `chunk_delay` a chunk, so a client that stops reading stops it;
- "rambling_bounded": the model writes on and on, in words that are no loop, on llama.cpp,
  whose grammar holds the body to the schema's `maxLength`: the JSON is closed at the bound,
  mid-sentence, with finish_reason "stop";
- "looping": the same model on llama-server sampling its way into a loop of dates, a token a
  character, so the answer stops at `max_tokens` mid-body (finish_reason "length") before the
  grammar's bound; asked the same again, it answers (a fresh sample).
- "looping_stubborn": the same model looping the same way every time it is asked with the
  server's default sampling; an answer asked with a penalty on repeats (`repeat_penalty` or
  `frequency_penalty`, as the engine sends after a loop: llm_sampling) is written whole;
- "strict_looping": "looping" on a strict server that refuses any argument it does not know
  (OpenAI's 400 "Unrecognized request argument supplied: repeat_penalty");
- "loop_after_body": the same model closing the body, the subject and two ids, then writing
  blank space (the grammar's, between tokens) until `max_tokens`, the first time it is asked.
- "blank_once": the same model writing a body of blank lines (the schema's `minLength` counts a
  line break) the first time it is asked, streamed or not; asked the same again, it answers.
- "no_stream": a server that ignores `stream` and sends every answer whole.

The warm-up's one-token request ("Reply with OK.", `assistant.engines.llm_warm`) never takes
a scripted step: it is answered "OK", after `warm_up_delay` seconds (a server busy reading) or
with the HTTP status `warm_up_status` (a server that fails it).

A streamed request with a `response_format` is answered with the JSON, streamed.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from assistant.config import Settings

GOOD_DRAFT = {
    "subject": "Thank you — SGIM 2026",
    "body": (
        "Dear Dr. Okafor,\n\nThank you for taking the time to speak with me at SGIM 2026. I "
        "especially appreciated your point that the best QI projects start with a nurse's "
        "frustration, and our conversation about hospital-at-home programs was very helpful.\n\n"
        "I will send you my QI project summary by Friday. I look forward to staying in touch.\n\n"
        "Best regards,\nPriya Shah"
    ),
    "principle_ids": ["follow-up-within-72-hours", "pattern-follow-up-email"],
}
NOTE_DRAFT = {
    "subject": "Connecting",  # a model's stray subject: the engine must drop it on LinkedIn
    "body": "Hi Dr. Okafor, I'm a PGY-1 in internal medicine at UCSF and admire your "
            "hospital-at-home work. I'd value connecting. Priya",
    "principle_ids": [],
}
LLAMA_CPP_PYTHON_500 = (
    "[{'type': 'literal_error', 'loc': ('body', 'response_format', 'type'), 'msg': \"Input "
    "should be 'text' or 'json_object'\", 'input': 'json_schema', 'ctx': {'expected': "
    "\"'text' or 'json_object'\"}}]")
PROFILES = ("openai", "llama_cpp_python", "llama_server", "small_context", "rambling",
            "rambling_bounded", "looping", "looping_stubborn", "strict_looping",
            "loop_after_body", "blank_once", "no_stream")
SMALL_CONTEXT = 4096


def request_tokens(body: dict[str, Any]) -> int:
    """What a request asks of the context: its prompt (about 4 characters a token, as a real
    tokenizer counts English) plus the answer it allows."""
    prompt = sum(len(str(m.get("content") or "")) for m in body.get("messages", [])) // 4
    return prompt + int(body.get("max_tokens") or 0)


@dataclass
class FakeOpenAI:
    """The server's script and its record of what it received."""

    port: int = 0
    requests: list[dict[str, Any]] = field(default_factory=list)
    script: deque[dict[str, Any]] = field(default_factory=deque)
    default: dict[str, Any] = field(default_factory=lambda: dict(GOOD_DRAFT))
    reject_response_format: bool = False
    chunk_size: int = 7  # characters per streamed chunk
    chunk_delay: float = 0.0  # seconds between streamed chunks (a server's pace)
    written: list[tuple[int, int]] = field(default_factory=list)  # per stream: sent, of chunks
    profile: str = "openai"
    seen: set[str] = field(default_factory=set)  # prompts answered ("looping" loops once each)
    warm_up_delay: float = 0.0  # seconds before the warm-up's one-token answer
    warm_up_status: int | None = None  # the warm-up answered with this HTTP error instead
    streams: bool = True  # False: every answer whole, whatever the profile ("no_stream")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def first_time(self, body: dict[str, Any]) -> bool:
        """Whether this conversation is asked for the first time (streamed or not)."""
        key = json.dumps(body.get("messages"), sort_keys=True)
        seen = key in self.seen
        self.seen.add(key)
        return not seen

    def then(self, *steps: dict[str, Any]) -> FakeOpenAI:
        """Queue answers: {"status": 500}, {"delay": 3}, {"draft": {...}}, {"content": "..."}."""
        self.script.extend(steps)
        return self

    def messages(self, index: int = -1) -> list[dict[str, Any]]:
        return self.requests[index]["body"]["messages"]

    def role_text(self, role: str, index: int = -1) -> str:
        return "\n".join(str(m.get("content") or "") for m in self.messages(index)
                         if m["role"] == role)


def _schema(body: dict[str, Any]) -> dict[str, Any]:
    """The request's answer schema (response_format or tool), or {}."""
    fmt = body.get("response_format") or {}
    schema = (fmt.get("json_schema") or {}).get("schema") or fmt.get("schema")
    if schema is None and body.get("tools"):
        schema = body["tools"][0]["function"].get("parameters")
    return schema or {}


def _body_bound(body: dict[str, Any]) -> int | None:
    """The body's `maxLength` in the request's schema, if any."""
    return (_schema(body).get("properties", {}).get("body") or {}).get("maxLength")


def steadied(body: dict[str, Any]) -> bool:
    """Whether a request penalises repeats (llm_sampling's options after a loop)."""
    return float(body.get("repeat_penalty") or 1) > 1 or float(
        body.get("frequency_penalty") or 0) > 0


def prose(words: int) -> str:
    """Sentences of made-up words: long, and no loop (it compresses as prose does)."""
    rng = random.Random(words)
    sentences = []
    for _ in range(words // 8 + 1):
        said = ["".join(rng.choice("aeioulnrstmcdpbg") for _ in range(rng.randint(2, 8)))
                for _ in range(8)]
        sentences.append(" ".join(said).capitalize() + ".")
    return " ".join(sentences)


def _plain(draft: dict[str, Any]) -> str:
    ids = ", ".join(draft.get("principle_ids", []))
    return f"Subject: {draft.get('subject') or 'none'}\n\n{draft['body']}\n\nPrinciples: {ids}"


def is_warm_up(body: dict[str, Any]) -> bool:
    """The warm-up's requests (its probe of the JSON modes and its prime): a one-token answer
    to "Reply with OK."."""
    last = (body.get("messages") or [{}])[-1]
    return body.get("max_tokens") == 1 and last.get("content") == "Reply with OK."


def _handler(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

        def _send(self, status: int, payload: dict[str, Any],
                  headers: dict[str, str] | None = None) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def _error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
            kind = {400: "invalid_request_error", 401: "invalid_api_key",
                    429: "rate_limit_exceeded"}.get(status, "server_error")
            self._send(status, {"error": {"message": message, "type": kind, "code": kind}},
                       headers)

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            fake.requests.append({"path": self.path, "at": time.monotonic(), "headers": {},
                                  "body": {}})
            if self.path.rstrip("/").endswith("/models"):
                self._send(200, {"object": "list", "data": [
                    {"id": "test-model", "object": "model", "owned_by": "stand-in"}]})
            else:
                self._error(404, f"no route {self.path}")

        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            fake.requests.append({"path": self.path, "at": time.monotonic(),
                                  "headers": {k.lower(): v for k, v in self.headers.items()},
                                  "body": body})
            if is_warm_up(body):
                time.sleep(fake.warm_up_delay)
                if fake.warm_up_status:
                    self._error(fake.warm_up_status, "scripted warm-up failure")
                    return
                asked = (body.get("response_format") or {}).get("type")
                if fake.profile == "llama_cpp_python" and asked == "json_schema":
                    self._error(500, LLAMA_CPP_PYTHON_500)
                    return
                if fake.reject_response_format and asked:
                    self._error(400, "'response_format' of type 'json_schema' is not supported "
                                     "by this server")
                    return
                self._send(200, {
                    "id": "chatcmpl-warm", "object": "chat.completion",
                    "created": int(time.time()), "model": body.get("model", "test-model"),
                    "choices": [{"index": 0, "finish_reason": "length", "logprobs": None,
                                 "message": {"role": "assistant", "content": "OK"}}],
                    "usage": {"prompt_tokens": 10, "completion_tokens": 1, "total_tokens": 11}})
                return
            step = fake.script.popleft() if fake.script else {}
            if "delay" in step:
                time.sleep(step["delay"])
            if "status" in step:
                headers = {"retry-after-ms": str(step["retry_after_ms"])} \
                    if "retry_after_ms" in step else None
                self._error(step["status"], step.get("message", "scripted failure"), headers)
                return
            if fake.reject_response_format and "response_format" in body:
                self._error(400, "'response_format' of type 'json_schema' is not supported "
                                 "by this server")
                return
            fmt = (body.get("response_format") or {}).get("type")
            if fake.profile == "llama_cpp_python" and fmt == "json_schema":
                self._error(500, LLAMA_CPP_PYTHON_500)
                return
            if fake.profile == "strict_looping" and "repeat_penalty" in body:
                self._error(400, "Unrecognized request argument supplied: repeat_penalty")
                return
            if fake.profile == "small_context" and request_tokens(body) > SMALL_CONTEXT:
                self._error(400, f"request ({request_tokens(body)} tokens) exceeds the available "
                                 f"context size ({SMALL_CONTEXT} tokens)")
                return
            user = "\n".join(str(m.get("content") or "") for m in body.get("messages", [])
                             if m.get("role") == "user")
            default = NOTE_DRAFT if "LinkedIn connection note" in user else fake.default
            draft = step.get("draft", default)
            content = step.get("content")
            if fake.profile in ("rambling", "rambling_bounded"):
                words = int(body.get("max_tokens") or 4096) * 4 // 6
                rambling = draft["body"] + " " + (
                    " ".join(["I also wanted to add one thing."] * words)
                    if fake.profile == "rambling" else prose(words))
                bound = _body_bound(body)
                if fake.profile == "rambling_bounded" and bound:
                    draft = {**draft, "body": rambling[:bound]}  # closed by the grammar
                    content = json.dumps(draft)
                else:
                    draft = {**draft, "body": rambling}
                    content = (_plain(draft) if not (fmt or body.get("tools"))
                               else json.dumps(draft))
                    content = content[: int(body.get("max_tokens") or 4096) * 4]
            looped = False
            first_time = fake.first_time(body)
            if fake.profile == "blank_once" and first_time:
                draft = {**draft, "body": "\n" * 24}
            if fake.profile in ("looping", "strict_looping", "looping_stubborn"):
                looped = first_time if fake.profile != "looping_stubborn" else not steadied(body)
                if looped:
                    dates = "-".join(["2026-05-13"] * 400)
                    content = json.dumps({**draft, "body": dates})[
                        : int(body.get("max_tokens") or 4096)]  # a token a character
            if fake.profile == "loop_after_body" and fmt and first_time:
                looped = True
                order = list(_schema(body).get("properties") or draft)
                whole = json.dumps({k: draft.get(k) for k in order})
                content = (whole[:whole.rindex("]")] + ", " + " \n" * 4000)[
                    : int(body.get("max_tokens") or 4096)]  # a token a character
            ignore_tool = fake.profile == "llama_server" and body.get("tools")
            if body.get("stream") and fake.profile != "no_stream" and fake.streams:
                self._stream(body, content if content is not None else
                             json.dumps(draft) if fmt else _plain(draft),
                             "length" if fake.profile == "rambling" or looped else "stop")
                return
            message: dict[str, Any] = {"role": "assistant", "content": None, "refusal": None}
            finish = "length" if fake.profile == "rambling" or looped else "stop"
            if ignore_tool:
                message["content"] = ("Sure! Here is a friendly message you could send: "
                                      + draft["body"])
            elif body.get("tools"):
                name = body["tools"][0]["function"]["name"]
                message["tool_calls"] = [{
                    "id": "call_1", "type": "function",
                    "function": {"name": name,
                                 "arguments": content if content is not None
                                 else json.dumps(draft)},
                }]
                finish = "length" if fake.profile == "rambling" else "tool_calls"
            elif body.get("response_format"):
                message["content"] = content if content is not None else json.dumps(draft)
            else:
                message["content"] = content if content is not None else _plain(draft)
            self._send(200, {
                "id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()),
                "model": body.get("model", "test-model"),
                "choices": [{"index": 0, "message": message, "finish_reason": finish,
                             "logprobs": None}],
                "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
            })

        def _stream(self, body: dict[str, Any], text: str, finish: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Connection", "close")
            self.end_headers()
            size = fake.chunk_size
            pieces = [text[i:i + size] for i in range(0, len(text), size)]
            base = {"id": "chatcmpl-test", "object": "chat.completion.chunk",
                    "created": int(time.time()), "model": body.get("model", "test-model")}
            chunks = [{**base, "choices": [{"index": 0, "delta": {"role": "assistant",
                                                                  "content": ""},
                                            "finish_reason": None}]}]
            chunks += [{**base, "choices": [{"index": 0, "delta": {"content": p},
                                             "finish_reason": None}]} for p in pieces]
            chunks.append({**base, "choices": [{"index": 0, "delta": {},
                                                "finish_reason": finish}]})
            sent = 0
            try:
                for chunk in chunks:
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                    sent += 1
                    if fake.chunk_delay:
                        time.sleep(fake.chunk_delay)
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading (a loop it cut short): as a server sees it
            finally:
                fake.written.append((sent, len(chunks)))
            self.close_connection = True

    return Handler


@pytest.fixture
def fake_openai(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAI]:
    """Start the server; the openai client's backoff is made tiny so retry tests are fast."""
    import assistant.engines.llm_wire as wire

    monkeypatch.setattr(wire, "BACKOFF_BASE", 0.01)
    monkeypatch.setattr(wire, "BACKOFF_MAX", 0.05)
    fake = FakeOpenAI()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    server.daemon_threads = True
    fake.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def llm_settings(built_index: Settings, fake_openai: FakeOpenAI) -> Settings:
    """The shared built index plus a model on the fake server (bounded retries, short timeout)."""
    from sqlalchemy import delete

    from assistant.drafting import _llm_engines
    from assistant.engines.llm_server import public_url
    from assistant.storage import open_store
    from assistant.storage.tables import ModelModeRow

    _llm_engines.clear()
    settings = built_index.model_copy(update={
        "openai_base_url": fake_openai.url, "openai_api_key": None, "model": "test-model",
        "max_retries": 2, "request_timeout": 1.0,
    })
    # The store is the session's and a new fake server can be given an earlier one's port: the
    # mode an earlier test's server negotiated at this address is not this server's.
    with open_store(settings).transaction() as s:
        s.execute(delete(ModelModeRow).where(ModelModeRow.base_url == public_url(fake_openai.url)))
    return settings
