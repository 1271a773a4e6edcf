"""The editor's side of the conversation with the server, without Streamlit: what a text the
editor sent means for the draft being shown.

The editor (assistant/ui/static/editor.js) sends the text on screen with three marks: `rev`,
the server's version of the text it was typed over (a fix applied or a new draft makes a new
one); `draft`, the History entry it belongs to; `seq`, "<page token>:<count>" naming this send.
The server keeps the text only when both marks match the draft on screen and echoes the latest
`seq` it has read in every answer, so the editor knows its send arrived (kept or not), even
when Streamlit folds two sends into one run and calls their callbacks in either order. The
editor, not the server, owns what the resident typed: it merges a text the server changed with
what was typed since.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

MAX_SEQ_CHARS = 64  # the editor's tokens are short; a longer one is not echoed in full


class Outcome(Enum):
    TAKEN = "taken"  # the text on screen, now the draft's text
    OLDER_REVISION = "older revision"  # typed over a text the server has since changed
    OTHER_DRAFT = "other draft"  # typed into a draft no longer shown (a new one replaced it)
    INVALID = "invalid"  # not a text the editor sends


@dataclass(frozen=True)
class Sent:
    """A text the editor sent, read defensively (it arrives from the browser)."""

    outcome: Outcome
    subject: str | None = None
    body: str = ""
    draft: int | None = None


def one_line(subject: str) -> str:
    """A subject as the editor keeps it: one line, each line break a space."""
    return subject.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")


def _count(seq: str) -> tuple[str, int]:
    token, _, count = seq.rpartition(":")
    return token, int(count) if count.isdigit() else -1


def _later(seq: str, echoed: Any) -> bool:
    """True unless `echoed` is a later send of the same page (a reload starts a new count)."""
    if not isinstance(echoed, str):
        return True
    token, count = _count(seq)
    old_token, old_count = _count(echoed)
    return token != old_token or count > old_count


def read_sent(payload: Any, state: dict[str, Any]) -> Sent:
    """What a payload from the editor means for `state` (the draft on screen), echoing its
    `seq` into `state["seq"]` whatever the outcome."""
    if not isinstance(payload, dict):
        return Sent(Outcome.INVALID)
    seq = payload.get("seq")
    if isinstance(seq, str) and _later(seq[:MAX_SEQ_CHARS], state.get("seq")):
        state["seq"] = seq[:MAX_SEQ_CHARS]
    body, subject = payload.get("body"), payload.get("subject")
    if not isinstance(body, str) or not (subject is None or isinstance(subject, str)):
        return Sent(Outcome.INVALID)
    subject = one_line(subject) if isinstance(subject, str) else None
    draft = payload.get("draft")
    if isinstance(draft, int) and not isinstance(draft, bool) and draft != state.get("id"):
        return Sent(Outcome.OTHER_DRAFT, subject, body, draft)
    if payload.get("rev") != state.get("rev"):
        return Sent(Outcome.OLDER_REVISION, subject, body)
    # an email keeps a (possibly empty) subject line; other channels have none
    subject = (subject or "") if state.get("subject") is not None else None
    return Sent(Outcome.TAKEN, subject, body, state.get("id"))


def take(sent: Sent, state: dict[str, Any]) -> bool:
    """Keep a taken text as the draft's text; True when the draft changed."""
    if sent.outcome is not Outcome.TAKEN:
        return False
    changed = (sent.subject, sent.body) != (state.get("subject"), state.get("body"))
    state["subject"], state["body"] = sent.subject, sent.body
    return changed
