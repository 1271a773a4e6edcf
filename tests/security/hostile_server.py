"""A misbehaving OpenAI-compatible server, run as its own process on 127.0.0.1.

    python tests/security/hostile_server.py PORT

The first path segment picks the misbehaviour, so one process serves every probe:
`http://127.0.0.1:PORT/<behaviour>/v1`. `GET /log` returns what it received (paths, the
Authorization header, timestamps) as JSON.

- drip:        headers at once, then one byte of body every 2 s (non-streamed and streamed)
- headdrip:    the status line and headers themselves, one byte every second (never a body)
- html, list, null, nochoices, wrongtypes, strchoices, nomessage: a 200 that is no completion
- huge:        a 200 whose body is 50 MB (Content-Length announced, written in 1 MB pieces)
- ratelimit:   HTTP 429 with `Retry-After: 3600`
- ratelimit1:  HTTP 429 with `Retry-After: 1` once, then a good answer
- ok:          a good json_schema answer, streamed when asked (used to check what the key
               header looked like)
"""

from __future__ import annotations

import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

GOOD = {
    "subject": "Thank you — SGIM 2026",
    "body": "Dear Dr. Okafor,\n\nThank you for speaking with me at SGIM 2026 about "
            "hospital-at-home programs. I will send you my QI project summary by Friday.\n\n"
            "Best regards,\nPriya Shah",
    "principle_ids": [],
}
LOG: list[dict[str, Any]] = []
SEEN: dict[str, int] = {}
LOCK = threading.Lock()


def completion(content: str) -> dict[str, Any]:
    return {"id": "x", "object": "chat.completion", "created": int(time.time()), "model": "m",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}


MALFORMED: dict[str, bytes] = {
    "html": b"<html><body><h1>502 Bad Gateway</h1></body></html>",
    "list": b"[]",
    "null": b"null",
    "nochoices": b'{"choices": []}',
    "wrongtypes": json.dumps({"choices": [{"index": 0, "message": {"role": "assistant",
                                                                   "content": 42}}]}).encode(),
    "strchoices": b'{"choices": "none today"}',
    "nomessage": b'{"choices": [{"index": 0, "finish_reason": "stop"}]}',
}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        pass

    def _headers(self, status: int, length: int | None, ctype: str = "application/json",
                 extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length is not None:
            self.send_header("Content-Length", str(length))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()

    def _body(self, status: int, data: bytes, ctype: str = "application/json",
              extra: dict[str, str] | None = None) -> None:
        self._headers(status, len(data), ctype, extra)
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path == "/log":
            with LOCK:
                self._body(200, json.dumps(LOG).encode())
            return
        self._body(404, b'{"error": {"message": "no such route"}}')

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        request = json.loads(self.rfile.read(length) or b"{}")
        behaviour = self.path.strip("/").split("/")[0]
        with LOCK:
            SEEN[behaviour] = SEEN.get(behaviour, 0) + 1
            count = SEEN[behaviour]
            LOG.append({"behaviour": behaviour, "at": time.time(),
                        "authorization": self.headers.get("Authorization"),
                        "stream": bool(request.get("stream"))})
        try:
            self._answer(behaviour, count, request)
        except (BrokenPipeError, ConnectionResetError):
            with LOCK:
                LOG.append({"behaviour": behaviour, "at": time.time(), "closed_by_client": True})

    def _answer(self, behaviour: str, count: int, request: dict[str, Any]) -> None:
        if behaviour == "drip":
            ctype = "text/event-stream" if request.get("stream") else "application/json"
            self._headers(200, None if request.get("stream") else 100_000, ctype)
            while True:
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(2)
        if behaviour == "headdrip":
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + \
                b"X-Pad: " + b"x" * 10_000 + b"\r\n\r\n"
            for byte in head:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(1)
        if behaviour in MALFORMED:
            ctype = "text/html" if behaviour == "html" else "application/json"
            self._body(200, MALFORMED[behaviour], ctype)
            return
        if behaviour == "huge":
            size, piece = 50 * 1024 * 1024, b'{"pad": "' + b"x" * (1024 * 1024 - 10) + b'"}'
            self._headers(200, size)
            for _ in range(size // len(piece)):
                self.wfile.write(piece)
            self.wfile.write(b" " * (size % len(piece)))
            return
        if behaviour == "ratelimit" or (behaviour == "ratelimit1" and count == 1):
            wait = "3600" if behaviour == "ratelimit" else "1"
            self._body(429, b'{"error": {"message": "slow down", "type": "rate_limit"}}',
                       extra={"Retry-After": wait})
            return
        if request.get("stream"):  # a good answer streams when asked to, as servers do
            chunk = {"id": "x", "object": "chat.completion.chunk", "created": int(time.time()),
                     "model": "m", "choices": [{"index": 0, "delta": {
                         "role": "assistant", "content": json.dumps(GOOD)},
                         "finish_reason": "stop"}]}
            self._body(200, f"data: {json.dumps(chunk)}\n\ndata: [DONE]\n\n".encode(),
                       "text/event-stream")
            return
        self._body(200, json.dumps(completion(json.dumps(GOOD))).encode())


def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
    server.daemon_threads = True
    server.serve_forever()


if __name__ == "__main__":
    main()
