"""Structured output, negotiated: the four ways a server can be asked for a draft, best first.

Servers differ (measured, see README "Run a local model"): OpenAI and llama.cpp's llama-server
take `json_schema` (strict); llama-cpp-python's server rejects it with HTTP 500 ("Input should be
'text' or 'json_object'") but constrains `json_object` to a schema it is given; llama-server
treats a named `tool_choice` as "auto", so a small model may answer in prose. The engine tries
the modes in order, moves on when the server refuses one (a 400/422/500 naming the feature, or a
tool call that never comes) and remembers the mode that worked per server and model.
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

Mode = Literal["json_schema", "json_object", "tools", "text"]
MODES: tuple[Mode, ...] = ("json_schema", "json_object", "tools", "text")
TOOL = "DraftOutput"


class DraftOutput(BaseModel):
    """What the model must return."""

    model_config = ConfigDict(extra="forbid")

    subject: str | None = Field(description="Email subject line; null for a LinkedIn note")
    body: str = Field(description="The message body, greeting to sign-off")
    principle_ids: list[str] = Field(description="Ids of the guide principles followed")


class NoStructuredAnswer(Exception):
    """The server accepted the mode's parameters but did not use them (no tool call)."""


def schema() -> dict[str, Any]:
    return DraftOutput.model_json_schema()


def request_options(mode: Mode) -> dict[str, Any]:
    """The chat-completions parameters that ask for the draft in this mode."""
    if mode == "json_schema":
        return {"response_format": {"type": "json_schema", "json_schema": {
            "name": TOOL, "strict": True, "schema": schema()}}}
    if mode == "json_object":
        # `schema` is llama-cpp-python's extension (a grammar from the schema); others ignore it.
        return {"response_format": {"type": "json_object", "schema": schema()}}
    if mode == "tools":
        return {"tools": [{"type": "function", "function": {
                    "name": TOOL, "description": "Return the drafted message.",
                    "parameters": schema()}}],
                "tool_choice": {"type": "function", "function": {"name": TOOL}}}
    return {}


def format_instructions(mode: Mode) -> str | None:
    """Prompt text the mode needs (the schema for json_object); None when the prompt file
    `format_plain` applies (text) or the server enforces the form itself."""
    if mode == "json_object":
        return ("Answer with one JSON object and nothing else, matching this JSON schema:\n"
                + json.dumps(schema(), ensure_ascii=False))
    return None


_FENCE = re.compile(r"^```(?:json)?\s*(.*?)\s*```$", re.DOTALL)


def read_json(text: str) -> DraftOutput:
    """A JSON answer (a code fence around it is tolerated), validated by the pydantic model."""
    text = text.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1)
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError(f"the answer is JSON {type(data).__name__}, not an object")
    return DraftOutput.model_validate(data)


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
