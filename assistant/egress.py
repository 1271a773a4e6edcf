"""The one egress gate: every text that leaves the machine for a model passes `gate_messages`
(chat calls: first round, revision, streaming) or `gate_texts` (hosted embeddings).

Why one gate after the field-wise redaction in `assistant.drafting_phi.protect`: a request field is
only one of the strings a call carries. The revision round adds the model's previous answer and
the checks' findings and suggestions; the prompt adds principles and labels; a later feature may
add more. Redacting fields is the first layer (it gives the resident a precise notice); the gate
is the last, and it looks at the payload as it will be sent. It redacts every message with the
PHI guard and then asserts that the guard finds nothing in the redacted payload. Redaction is
repeated a bounded number of times, because a tag can change the context of what is left; if
anything remains after that, the call is stopped with `EgressBlocked` and nothing is sent.
The error names only identifier types and message roles, never the identifiers themselves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from assistant.errors import EgressBlocked
from assistant.models import PhiFinding

PASSES = 3  # redaction rounds before the gate gives up (one is enough on every corpus text)


def _allowed(found: str, allow: Sequence[str]) -> bool:
    """A finding that is (a word or words of) one of the two parties' names: those are sent on
    purpose, and a prompt's "Contact name: Dr. ..." line must not read as a patient's label."""
    word = re.compile(rf"(?<!\w){re.escape(found.strip())}(?!\w)", re.IGNORECASE)
    return bool(found.strip()) and any(word.search(name) for name in allow)


def _masked(text: str, allow: Sequence[str], own: Sequence[str] = ()) -> str:
    """`text` with each party's name blanked out (same length, so offsets hold): the guard
    then neither flags the name nor lets a name it reads run on into the next line. `own`
    lines (the prompt's own wording, e.g. "- Today: 2026-05-13") are blanked only where they
    stand word for word, so the same date written anywhere else is still read."""
    for name in sorted({n.strip() for n in allow if n.strip()}, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", lambda m: "_" * len(m.group()),
                      text, flags=re.IGNORECASE)
    for line in sorted({o for o in own if o.strip()}, key=len, reverse=True):
        text = text.replace(line, "_" * len(line))
    return text


def findings(text: str, allow: Sequence[str] = (), own: Sequence[str] = ()) -> list[PhiFinding]:
    """The PHI guard's findings in `text`, less the parties' own names (see `_allowed`) and the
    prompt's own lines (see `_masked`)."""
    from assistant.phi import find_phi

    return [f.model_copy(update={"text": text[f.start:f.end]})
            for f in find_phi(_masked(text, allow, own)) if not _allowed(f.text, allow)]


def redact_payload(text: str, allow: Sequence[str] = (), own: Sequence[str] = ()) -> str:
    """`text` with every finding replaced by a typed tag, repeated until the guard is quiet
    (at most PASSES rounds)."""
    from assistant.phi.redaction import redact_with

    for _ in range(PASSES):
        found = findings(text, allow, own)
        if not found:
            break
        text, _mapping = redact_with(text, found)
    return text


def gate_text(text: str, where: str, allow: Sequence[str] = (), own: Sequence[str] = ()) -> str:
    """Redact one outgoing text and assert nothing is left; `where` names it in the error."""
    out = redact_payload(text, allow, own)
    left = sorted({f.type for f in findings(out, allow, own)})
    if left:
        raise EgressBlocked(
            f"protected health information ({', '.join(left)}) remained in the {where} after "
            "redaction; nothing was sent to the model")
    return out


def gate_texts(texts: Sequence[str], where: str = "text to embed") -> list[str]:
    """The gate for a batch of plain texts (hosted embeddings)."""
    return [gate_text(t, where) for t in texts]


def _content_text(content: Any, where: str, allow: Sequence[str], own: Sequence[str]) -> Any:
    if isinstance(content, str):
        return gate_text(content, where, allow, own)
    if isinstance(content, list):  # multi-part content: gate every text part, refuse the rest
        parts: list[Any] = []
        for part in content:
            if isinstance(part, str):
                parts.append(gate_text(part, where, allow, own))
            elif isinstance(part, dict) and part.get("type") == "text":
                parts.append({**part, "text": gate_text(str(part.get("text", "")), where,
                                                           allow, own)})
            else:
                raise EgressBlocked(f"the {where} holds a part the gate cannot inspect; nothing "
                                    "was sent to the model")
        return parts
    raise EgressBlocked(f"the {where} is not text; nothing was sent to the model")


def gate_messages(messages: Sequence[Any], allow: Sequence[str] = (),
                  own: Sequence[str] = ()) -> list[Any]:
    """The gate for a chat call: each message (LangChain message objects or {"role", "content"}
    dicts) comes back with its content redacted; raises EgressBlocked when the assertion fails.
    Tool calls are refused: the engine sends none. `allow` holds the two parties' names, `own`
    the prompt's own lines that carry no identifier (today's date, the schema's title)."""
    out: list[Any] = []
    for i, message in enumerate(messages):
        if isinstance(message, dict):
            where = f"{message.get('role', 'unknown')} message {i + 1}"
            out.append({**message,
                        "content": _content_text(message.get("content"), where, allow, own)})
            continue
        where = f"{getattr(message, 'type', 'unknown')} message {i + 1}"
        if getattr(message, "tool_calls", None):
            raise EgressBlocked(f"the {where} carries tool calls the gate cannot inspect; "
                                "nothing was sent to the model")
        content = _content_text(message.content, where, allow, own)
        out.append(message.model_copy(update={"content": content}))
    return out
