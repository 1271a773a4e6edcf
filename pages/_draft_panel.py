"""The draft on the Compose page: one editor for subject and body whose text reaches the checks
as the resident types, findings underlined in it, fixes applied from their cards, and exports
built in the browser from what is on screen (see pages/_editor.py and assistant/ui/static/)."""

from __future__ import annotations

import itertools
from typing import Any

import streamlit as st

from assistant import service
from assistant.checks.rules_structure import EMAIL_WORD_LIMIT, LINKEDIN_MESSAGE_WORD_LIMIT
from assistant.errors import OutreachError
from assistant.models import Draft, DraftRequest, Finding
from assistant.ui import editing, export, fixes, forms
from assistant.ui import findings as fx
from assistant.ui.markdown import md
from pages._editor import draft_editor, editor_value
from pages._shared import error_message, principles_by_id, settings, workspace

STATE = "draft"
_REVISIONS = itertools.count(1)  # the server's text versions: the editor takes a newer one


def _start(state: dict[str, Any]) -> None:
    save_pending()  # the last edit of the draft this one replaces
    state["rev"] = state["opened"] = next(_REVISIONS)  # "opened": the editor scrolls to it once
    st.session_state[STATE] = state


def new_draft_state(draft_id: int, draft: Draft, request: DraftRequest,
                    contact_id: int | None) -> None:
    """Show a fresh draft (called in the script, before the editor is drawn)."""
    has_subject = draft.channel == "email"
    _start({
        "id": draft_id, "kind": draft.kind, "channel": draft.channel, "engine": draft.engine,
        "notice": draft.notice, "principles": [p.model_dump() for p in draft.principles],
        "request": request.model_dump(mode="json", exclude_defaults=True),
        "contact_id": contact_id, "contact_name": request.contact.name,
        "contact_email": request.contact.email, "status": "drafted",
        "subject": (draft.subject or "") if has_subject else None, "body": draft.body,
        "findings": [],
    })
    _recheck(save=False)


def load_saved_draft(record: Any) -> None:
    """Reopen a History entry in Compose (called from a callback on the History page)."""
    request = DraftRequest.model_validate(record.request)
    has_subject = request.effective_channel == "email"
    _start({
        "id": record.id, "kind": record.kind, "channel": request.effective_channel,
        "engine": record.engine, "notice": record.notice, "principles": record.principles,
        "request": record.request, "contact_id": record.contact_id,
        "contact_name": request.contact.name, "contact_email": request.contact.email,
        "status": record.status, "subject": (record.subject or "") if has_subject else None,
        "body": record.body or "", "findings": [],
    })
    _recheck(save=False)


def _check(text: str, request: DraftRequest) -> list[Finding]:
    return service.check_message(text, request, settings=settings())


def _recheck(save: bool = True) -> None:
    """Re-run the checks on the text (no model call); the edit is kept in History."""
    state = st.session_state[STATE]
    text = fx.compose_text(state["subject"], state["body"])
    try:
        found = _check(text, DraftRequest.model_validate(state["request"]))
    except Exception as exc:  # keep the edit even if the checks fail
        state["check_error"] = error_message(exc)
        found = []
    else:
        state.pop("check_error", None)
    state["findings"] = [fixes.finding_json(text, f) for f in fx.sort_findings(found)]
    if save:  # written by save_pending once the editor is drawn
        state["unsaved"] = [f.to_json() for f in found]


def _take(payload: Any, state: dict[str, Any]) -> bool:
    """Take the text the editor sent; True when the draft's text changed (see ui/editing.py).
    A text typed into a draft a new one has replaced is kept in History on its own draft."""
    sent = editing.read_sent(payload, state)
    if sent.outcome is editing.Outcome.OTHER_DRAFT and sent.draft is not None:
        _keep_late_edit(sent.draft, sent.subject, sent.body)
    return editing.take(sent, state)


def _keep_late_edit(draft_id: int, subject: str | None, body: str) -> None:
    ws = workspace()
    try:
        ws.update_text(draft_id, subject, body, [])
        ws.recheck(draft_id, settings())
    except (KeyError, OutreachError):  # deleted meanwhile, or not this resident's
        return


def _on_text() -> None:
    state = st.session_state.get(STATE)
    if state and _take(editor_value("text"), state):
        _recheck()


def _on_action() -> None:
    """Apply one fix, or all of them, to the text on screen; the editor then shows the result
    (merged with anything typed while this ran: the editor owns the text on screen)."""
    state = st.session_state.get(STATE)
    action = editor_value("action")
    if not state or not isinstance(action, dict):
        return
    sent = editing.read_sent(action, state)
    if sent.outcome is not editing.Outcome.TAKEN:
        return
    editing.take(sent, state)
    has_subject = state["subject"] is not None
    text = fx.compose_text(state["subject"], state["body"])
    if action.get("kind") == "apply_all":
        request = DraftRequest.model_validate(state["request"])
        text, _left = fixes.apply_all(text, lambda t: _check(t, request))
    elif action.get("kind") == "apply":
        index = action.get("index")
        if not isinstance(index, int) or not 0 <= index < len(state["findings"]):
            return
        data = state["findings"][index]
        text = fixes.apply_fix(text, Finding.model_validate(data), data.get("flagged"))
    subject, body = fx.split_text(text, has_subject)
    state.update(subject=subject, body=body, rev=next(_REVISIONS))
    _recheck()


def save_pending() -> None:
    """Write the last edit to History (after the editor is drawn, so the findings reach the
    screen first); any later run of any page writes one a stopped run left."""
    state = st.session_state.get(STATE)
    if not state or "unsaved" not in state:
        return
    workspace().update_text(state["id"], state["subject"], state["body"], state["unsaved"])
    state.pop("unsaved", None)


def _mark_sent() -> None:
    state = st.session_state[STATE]
    interaction = workspace().mark_sent(state["id"])
    state["status"] = "sent"
    who = state.get("contact_name")
    st.session_state["sent_message"] = (
        f"Marked as sent and recorded with {md(who)}." if interaction and who
        else "Marked as sent.")


def _limit(state: dict[str, Any]) -> dict[str, Any] | None:
    """What the live count is measured against, by channel."""
    if state["channel"] == "linkedin_note":
        cfg = settings()
        return {"unit": "characters", "max": cfg.linkedin_note_limit,
                "note": f"LinkedIn {cfg.linkedin_tier} account"}
    if state["channel"] == "linkedin_message":
        return {"unit": "words", "max": LINKEDIN_MESSAGE_WORD_LIMIT}
    return {"unit": "words", "max": EMAIL_WORD_LIMIT, "note": "50–125 read best"}


def _eml_head(state: dict[str, Any]) -> str:
    """The .eml headers (the resident's profile, the contact): they do not change as one types."""
    if state["channel"] != "email":
        return ""
    return export.eml_head(sender=workspace().profile(), to_name=state.get("contact_name"),
                           to_email=state.get("contact_email"))


def _editor_data(state: dict[str, Any], eml_head: str) -> dict[str, Any]:
    principles = principles_by_id()
    shown = []
    for f in state["findings"]:
        principle = principles.get(f.get("principle") or "") or {}
        shown.append({**f, "principle_title": principle.get("title"),
                      "principle_text": principle.get("text")})
    stem = export.safe_filename(state["subject"] or state.get("contact_name") or state["kind"])
    return {
        "rev": state["rev"], "draft": state["id"], "seq": state.get("seq"),
        "scroll": state.get("opened"),
        "subject": state["subject"], "body": state["body"],
        "findings": shown, "limit": _limit(state), "filename": stem,
        "to": export.usable_address(state.get("contact_email")), "error": state.get("check_error"),
        "emlHead": eml_head,
    }


@st.fragment
def _live_editor(eml_head: str) -> None:
    """The editor alone, a fragment inside the draft's: a keystroke or a fix reruns only this
    (one element to send and draw), not the header, notice, buttons and principles. Its
    arguments are kept for its own reruns, so what does not change as one types is computed
    by the draft's fragment."""
    state = st.session_state.get(STATE)
    if not state:
        return
    draft_editor(_editor_data(state, eml_head), on_text=_on_text, on_action=_on_action)
    save_pending()


@st.fragment
def render_draft() -> None:
    """A fragment: typing, a fix or Mark as sent reruns only the draft, not the whole form."""
    state = st.session_state.get(STATE)
    if not state:
        return
    st.divider()
    engine = "language model" if state.get("engine") == "llm" else "offline engine"
    st.header("Your draft", anchor="your-draft")
    st.caption(f"Drafted by the {engine} · saved in History as #{state['id']} · checked as "
               "you type: click an underlined word for the fix.")
    if state.get("notice"):
        st.info(md(forms.readable_notice(state["notice"])), icon=":material/lightbulb:")
    _live_editor(_eml_head(state))
    sent = state.get("status") == "sent"
    st.button("Sent ✓" if sent else "Mark as sent", on_click=_mark_sent, disabled=sent,
              key="mark_sent", icon=":material/done_all:",
              help="Records the message with the contact, so What is due moves on.")
    if message := st.session_state.pop("sent_message", None):
        st.success(message)
    if state.get("principles"):
        with st.expander("Principles this draft rests on"):
            for p in state["principles"]:
                st.markdown(f"**{md(p['title'])}** — {md(p['text'])}")
