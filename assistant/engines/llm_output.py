"""Structured output, negotiated: the four ways a server can be asked for a draft, best first.

Servers differ (measured, see README "Run a local model"): OpenAI and llama.cpp's llama-server
take `json_schema` (strict); llama-cpp-python's server rejects it with HTTP 500 ("Input should be
'text' or 'json_object'") but constrains `json_object` to a schema it is given; llama-server
treats a named `tool_choice` as "auto", so a small model may answer in prose. The engine tries
the modes in order, moves on when the server refuses one (a 400/422/500 naming the feature, or a
tool call that never comes) and remembers the mode that worked per server and model.

For a local server the schema also bounds the answer (`Shape`): llama.cpp, llama-cpp-python
and vLLM compile `maxLength` and `maxItems` into the grammar that constrains sampling, so even a
small model that rambles has to close its JSON within the channel's length; a body that reached
its bound is ended at its last full sentence (`end_at_sentence`), never mid-sentence.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.text.patterns import lazy

Mode = Literal["json_schema", "json_object", "tools", "text"]
MODES: tuple[Mode, ...] = ("json_schema", "json_object", "tools", "text")
JSON_MODES: tuple[Mode, ...] = ("json_schema", "json_object")  # the answer is the JSON text
TOOL = "DraftOutput"


class DraftOutput(BaseModel):
    """What the model must return."""

    model_config = ConfigDict(extra="forbid")

    subject: str | None = Field(description="Email subject line; null for a LinkedIn note")
    body: str = Field(description="The message body, greeting to sign-off")
    principle_ids: list[str] = Field(description="Ids of the guide principles followed")


class NoStructuredAnswer(Exception):
    """The server accepted the mode's parameters but did not use them (no tool call)."""


# llama.cpp's JSON grammar (common/json-schema-to-grammar.cpp): `space ::= | " " |
# "\n"{1,2} [ \t]{0,20}` after "{", each key, colon and value, the two commas between the three
# keys, "}" and "[" (14 places), and after each listed id and the comma between two ids
# (2 per id, one less in all: 13 + 2 per id).
SPACE_CHARS = 22
SPACE_POSITIONS = 13


@dataclass(frozen=True)
class Shape:
    """The bounds of one answer, written into its schema: `subject` is the subject's length in
    characters (None: the channel has none, so the schema allows only null), `body` the body's,
    `ids` the principle ids the prompt showed (the only ones the model may list)."""

    subject: int | None
    body: int
    ids: tuple[str, ...] = ()
    max_ids: int = 4

    def json_chars(self) -> int:
        """The longest JSON the schema allows, punctuation and the grammar's spacing included:
        llama.cpp's grammar lets `SPACE_CHARS` of whitespace follow every brace, bracket,
        key, colon, comma and value (measured: SmolLM2-135M wrote "\\n\\n" between the
        tokens of a LinkedIn note's JSON and ran out of `max_tokens`). Not bounded: a body
        character written as a \\uXXXX escape counts once in `maxLength`, six times here."""
        listed = min(self.max_ids, len(self.ids))
        ids = sum(sorted((len(i) + 4 for i in self.ids), reverse=True)[:listed])
        spaces = (SPACE_POSITIONS + 2 * listed) * SPACE_CHARS
        return (self.subject or 4) + self.body + ids + 96 + spaces


BODY_FIRST = ("body", "subject", "principle_ids")


def schema(shape: Shape | None = None, *, body_first: bool = False) -> dict[str, Any]:
    """The answer's JSON schema; with a `shape`, bounded (see the module docstring).

    `body_first` (a streamed answer): a server's grammar keeps the schema's order, so the body
    starts right after `{"body": "` instead of after a subject (measured with SmolLM2-135M on
    llama-server at load 4-6, 20 answers each: the text before the body took 0.32-3.34 s, p50
    0.9 s, with the subject first, 0.11-0.78 s, p50 0.5 s, with the body first). Not for an
    answer that is not streamed: written first, the body ran longer (generated tokens p50 150
    against 99; 5 of 20 bodies reached the 950-character bound, against 1), which is time."""
    base = DraftOutput.model_json_schema()
    if body_first:
        base["properties"] = {k: base["properties"][k] for k in BODY_FIRST}
        base["required"] = list(BODY_FIRST)
    if shape is None:
        return base
    props = base["properties"]
    props["subject"] = ({"type": "null"} if shape.subject is None else
                        {"type": "string", "minLength": 3, "maxLength": shape.subject})
    props["body"] = {"type": "string", "minLength": 20, "maxLength": shape.body}
    props["principle_ids"] = (
        {"type": "array", "items": {"type": "string", "enum": list(shape.ids)},
         "maxItems": min(shape.max_ids, len(shape.ids))}
        if shape.ids else {"type": "array", "items": {"type": "string"}, "maxItems": 0})
    return base


def request_options(mode: Mode, shape: Shape | None = None, *,
                    body_first: bool = False) -> dict[str, Any]:
    """The chat-completions parameters that ask for the draft in this mode."""
    if mode == "json_schema":
        return {"response_format": {"type": "json_schema", "json_schema": {
            "name": TOOL, "strict": True, "schema": schema(shape, body_first=body_first)}}}
    if mode == "json_object":
        # `schema` is llama-cpp-python's extension (a grammar from the schema); others ignore it.
        return {"response_format": {"type": "json_object",
                                    "schema": schema(shape, body_first=body_first)}}
    if mode == "tools":
        return {"tools": [{"type": "function", "function": {
                    "name": TOOL, "description": "Return the drafted message.",
                    "parameters": schema(shape)}}],
                "tool_choice": {"type": "function", "function": {"name": TOOL}}}
    return {}


# The answer's form for a `json_object` server, at the end of the system message: the same for
# every draft, so a llama.cpp server holds it in its prompt cache with the rules (warmed up
# before the first draft) instead of reading a per-request schema line after the facts
# (measured: ~55 tokens, read anew for every request on llama-cpp-python, whose cache keeps
# only the previous request). The bounds and the ids the model may list are the grammar's: a
# local server compiles the schema it is sent; the channel's length is in the user message.
# The keys in the schema's own order (subject first; a shown answer's grammar puts the body
# first whatever this says), as the per-request line they replace listed them.
JSON_OBJECT_FORMAT = (
    "Answer with one JSON object and nothing else, with three keys: \"subject\" (the email's "
    "subject line; null for LinkedIn), \"body\" (the message, greeting to sign-off) and "
    "\"principle_ids\" (a list of the ids of the listed principles you followed).")


def format_instructions(mode: Mode) -> str | None:
    """The system message's closing paragraph the mode needs (`JSON_OBJECT_FORMAT` for
    json_object); None when the prompt file `format_plain` applies (text, in the user
    message) or the server enforces the form itself."""
    return JSON_OBJECT_FORMAT if mode == "json_object" else None


_COMPLETE = lazy(r"[.!?…][\"'”’)\]]*$")
_MARKER = lazy(r"(?:\d{1,2}[.)]|[-*•])")


def end_at_sentence(body: str) -> str:
    """A body that reached its length bound, ended after its last complete sentence or line
    (a greeting, a list item): the cut sentence is dropped, never shown broken."""
    from assistant.text.sentences import sentence_spans

    spans = sentence_spans(body, lines=True)
    if spans and not _COMPLETE.search(body[spans[-1][0]:spans[-1][1]]):
        spans = spans[:-1]
    while spans and _MARKER.fullmatch(body[spans[-1][0]:spans[-1][1]]):
        spans = spans[:-1]  # "3." of a list item whose text was cut
    return body[: spans[-1][1]] if spans else ""


LOOP_RATIO = 0.3  # compressed over raw size; English prose stays near 0.5 or above


def looping(text: str) -> bool:
    """Whether a long answer is one phrase over and over (measured with SmolLM2-135M:
    "guidelines_guidelines_..." to the bound): it compresses several times better than prose."""
    import zlib

    raw = text.encode("utf-8")
    return len(raw) >= 200 and len(zlib.compress(raw, 9)) < LOOP_RATIO * len(raw)


_FENCE = lazy(r"^```(?:json)?\s*(.*?)\s*```$", re.DOTALL)


def read_json(text: str) -> DraftOutput:
    """A JSON answer (a code fence around it is tolerated), validated by the pydantic model."""
    text = text.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1)
    # strict=False: llama-cpp-python's grammar lets a raw line break into a JSON string
    # (measured: "Invalid control character" on a follow-up); it can only mean a line break
    data = json.loads(text, strict=False)
    if not isinstance(data, dict):
        raise ValueError(f"the answer is JSON {type(data).__name__}, not an object")
    return DraftOutput.model_validate(data)


def salvage(buffer: str) -> DraftOutput | None:
    """The draft in a JSON answer stopped before its end (a loop, or `max_tokens`) when every
    field it needs was complete before the stop: the body and the subject closed, the ids
    listed so far (each one whole); validated by the pydantic model like any answer. None
    when a field was cut, or the body is itself the loop (measured with SmolLM2-135M: the
    grammar's whitespace between keys, "\n\n" after every token, ran a LinkedIn note's
    JSON to `max_tokens` after its body had closed)."""
    text = buffer.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
    if not text.startswith("{"):
        return None
    decoder = json.JSONDecoder(strict=False)  # read_json's reading of a raw line break
    fields: dict[str, Any] = {}
    i, n = 1, len(text)
    while i < n:
        i = _skip(text, i, " \t\r\n,")
        if i >= n or text[i] != '"':
            break
        try:
            key, i = decoder.raw_decode(text, i)
        except ValueError:
            break
        i = _skip(text, i, " \t\r\n")
        if i >= n or text[i] != ":":
            break
        i = _skip(text, i + 1, " \t\r\n")
        try:
            fields[key], i = decoder.raw_decode(text, i)
        except ValueError:
            if key == "principle_ids" and text.startswith("[", i):
                fields[key] = _whole_items(decoder, text, i + 1)
            break
    if "body" not in fields or "subject" not in fields:
        return None
    fields.setdefault("principle_ids", [])
    try:
        out = DraftOutput.model_validate(fields)
    except ValidationError:
        return None
    return None if not out.body.strip() or looping(out.body) else out


def _skip(text: str, i: int, chars: str) -> int:
    while i < len(text) and text[i] in chars:
        i += 1
    return i


def _whole_items(decoder: json.JSONDecoder, text: str, i: int) -> list[Any]:
    """The complete items of a JSON list whose end was never written."""
    items: list[Any] = []
    while True:
        i = _skip(text, i, " \t\r\n,")
        try:
            item, i = decoder.raw_decode(text, i)
        except ValueError:
            return items
        items.append(item)


_BODY_KEY = lazy(r'"body"\s*:\s*"')
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def json_body_so_far(buffer: str) -> str:
    """The decoded text of the "body" string in a JSON answer still being streamed: as much
    as has arrived, up to its last complete character (an escape split across chunks waits)."""
    found = _BODY_KEY.search(buffer)
    if not found:
        return ""
    out: list[str] = []
    i, n = found.end(), len(buffer)
    while i < n:
        ch = buffer[i]
        if ch == '"':
            break
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        if i + 1 >= n:
            break
        if buffer[i + 1] != "u":
            out.append(_ESCAPES.get(buffer[i + 1], buffer[i + 1]))
            i += 2
            continue
        size = 12 if 0xD800 <= _hex(buffer[i + 2:i + 6]) < 0xDC00 else 6  # a surrogate pair
        if i + size > n:
            break
        try:
            out.append(json.loads(f'"{buffer[i:i + size]}"'))
        except ValueError:
            break
        i += size
    return "".join(out)


def _hex(text: str) -> int:
    try:
        return int(text, 16) if len(text) == 4 else -1
    except ValueError:
        return -1


def read_answer(mode: Mode, message: Any) -> DraftOutput:
    """The draft in a chat model's answer (a LangChain AIMessage), read the mode's way."""
    content = message.content if isinstance(message.content, str) else ""
    if mode == "tools":
        calls = [c for c in (message.tool_calls or []) if c.get("name") == TOOL]
        if calls:
            return DraftOutput.model_validate(calls[0]["args"])
        if message.invalid_tool_calls:
            raise ValueError(f"the tool call's arguments are not valid JSON: "
                             f"{str(message.invalid_tool_calls[0].get('error'))[:80]}")
        raise NoStructuredAnswer("the server ignored the named tool_choice and the model "
                                 "answered without calling the tool")
    if mode == "text":
        subject, body, ids = parse_plain(content)
        return DraftOutput(subject=subject, body=body, principle_ids=ids)
    return read_json(content)


def parse_plain(text: str) -> tuple[str | None, str, list[str]]:
    """Read 'Subject: ...', the body and 'Principles: a, b' from a plain-text answer."""
    lines = text.strip().splitlines()
    subject: str | None = None
    if lines and lines[0].lower().startswith("subject:"):
        subject = lines.pop(0)[8:].strip() or None
    ids: list[str] = []
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and lines[-1].lower().startswith("principles:"):
        ids = [p.strip() for p in lines.pop()[11:].split(",") if p.strip()]
    body = "\n".join(lines).strip()
    if not body:
        raise ValueError("the answer has no message body")
    if body.lstrip().startswith(("{", "[")):
        raise ValueError("the answer is JSON, not the plain-text form")
    return subject, body, ids


READ_ERRORS = (ValidationError, ValueError, KeyError, TypeError)
