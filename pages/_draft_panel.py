"""The draft on the Compose page: editable subject and body beside the findings, re-checked on
every edit without a model call, and the ways to use it (copy, .txt, .eml, mail link, sent)."""

from __future__ import annotations

from typing import Any

import streamlit as st

from assistant import service
from assistant.models import Draft, DraftRequest, Finding
from assistant.ui import export
from assistant.ui import findings as fx
from pages._shared import error_message, principles_by_id, settings, workspace

STATE = "draft"


def new_draft_state(draft_id: int, draft: Draft, request: DraftRequest,
                    contact_id: int | None) -> None:
    """Show a fresh draft: called in the script before the editor widgets exist."""
    has_subject = draft.channel == "email"
    st.session_state[STATE] = {
        "id": draft_id, "kind": draft.kind, "channel": draft.channel, "engine": draft.engine,
        "notice": draft.notice, "principles": [p.model_dump() for p in draft.principles],
        "request": request.model_dump(mode="json", exclude_defaults=True),
        "contact_id": contact_id, "contact_name": request.contact.name,
        "contact_email": request.contact.email, "status": "drafted",
        "subject": (draft.subject or "") if has_subject else None, "body": draft.body,
        "findings": [],
    }
    st.session_state["d_subject"] = st.session_state[STATE]["subject"] or ""
    st.session_state["d_body"] = draft.body
    _recheck(save=False)


def load_saved_draft(record: Any) -> None:
    """Reopen a History entry in Compose (called from a callback on the History page)."""
    request = DraftRequest.model_validate(record.request)
    has_subject = request.effective_channel == "email"
    st.session_state[STATE] = {
        "id": record.id, "kind": record.kind, "channel": request.effective_channel,
        "engine": record.engine, "notice": record.notice, "principles": record.principles,
        "request": record.request, "contact_id": record.contact_id,
        "contact_name": request.contact.name, "contact_email": request.contact.email,
        "status": record.status, "subject": (record.subject or "") if has_subject else None,
        "body": record.body or "", "findings": record.findings,
    }
    st.session_state["d_subject"] = record.subject or ""
    st.session_state["d_body"] = record.body or ""


def _texts() -> tuple[str | None, str]:
    state = st.session_state[STATE]
    subject = st.session_state.get("d_subject", state["subject"] or "")
    body = st.session_state.get("d_body", state["body"])
    return (subject if state["subject"] is not None else None), body


def _recheck(save: bool = True) -> None:
    """Re-run the checks on the edited text (no model call) and keep the edit in History."""
    state = st.session_state[STATE]
    subject, body = _texts()
    request = DraftRequest.model_validate(state["request"])
    try:
        found = service.check_message(fx.compose_text(subject, body), request,
                                      settings=settings())
    except Exception as exc:  # keep the edit even if the checks fail
        st.session_state["check_error"] = error_message(exc)
        found = []
    else:
        st.session_state.pop("check_error", None)
    state.update(subject=subject, body=body, findings=[f.to_json() for f in found])
    if save:
        workspace().update_text(state["id"], subject, body, state["findings"])


def _apply(index: int) -> None:
    state = st.session_state[STATE]
    finding = Finding.model_validate(state["findings"][index])
    subject, body = _texts()
    text = fx.apply_suggestion(fx.compose_text(subject, body), finding)
    new_subject, new_body = fx.split_text(text, subject is not None)
    st.session_state["d_subject"] = new_subject or ""
    st.session_state["d_body"] = new_body
    _recheck()


def _mark_sent() -> None:
    state = st.session_state[STATE]
    interaction = workspace().mark_sent(state["id"])
    state["status"] = "sent"
    who = state.get("contact_name")
    st.session_state["sent_message"] = (
        f"Marked as sent and recorded with {who}." if interaction and who
        else "Marked as sent.")


def _finding_card(index: int, finding: Finding, text: str,
                  principles: dict[str, dict[str, Any]]) -> None:
    colour = {"error": "red", "warning": "orange"}.get(finding.severity, "blue")
    label = fx.SEVERITY_LABELS.get(finding.severity, "Note")
    with st.container(border=True):
        st.markdown(f":{colour}-badge[{label}] {finding.message}")
        snippet = fx.excerpt(text, finding)
        if snippet:
            st.caption(f"“{snippet}”")
        if finding.suggestion is not None:
            if fx.can_apply(finding, text):
                left, right = st.columns([3, 1], vertical_alignment="center")
                shown = finding.suggestion or "(remove it)"
                left.markdown(f"Suggestion: **{shown}**")
                right.button("Apply", key=f"apply_{index}", on_click=_apply, args=(index,),
                             help="Replace the flagged words with the suggestion.")
            else:
                st.markdown(f"Suggestion: {finding.suggestion}")
        principle = principles.get(finding.principle or "")
        if principle:
            with st.expander(f"Why: {principle['title']}"):
                st.write(principle["text"])
                st.caption(f"From the guide: {principle['section']}")


def _use_draft(state: dict[str, Any], subject: str | None, body: str) -> None:
    st.subheader("Use the draft")
    st.caption("Copy it with the icon at the top right of the box, or download it.")
    st.code(export.as_text(subject, body), language=None, wrap_lines=True)
    stem = export.safe_filename(subject or state.get("contact_name") or state["kind"])
    cols = st.columns(4)
    cols[0].download_button("Download .txt", export.as_text(subject, body).encode(),
                            file_name=f"{stem}.txt", mime="text/plain", on_click="ignore",
                            icon=":material/description:", key="dl_txt")
    if state["channel"] == "email":
        eml = export.build_eml(subject, body, sender=workspace().profile(),
                               to_name=state.get("contact_name"),
                               to_email=state.get("contact_email"))
        cols[1].download_button("Download .eml", eml, file_name=f"{stem}.eml",
                                mime="message/rfc822", on_click="ignore",
                                icon=":material/mail:", key="dl_eml")
        cols[2].link_button("Open in mail app",
                            export.mailto_link(state.get("contact_email"), subject, body),
                            icon=":material/send:")
    sent = state.get("status") == "sent"
    cols[3].button("Sent ✓" if sent else "Mark as sent", on_click=_mark_sent, disabled=sent,
                   key="mark_sent", icon=":material/done_all:")
    if message := st.session_state.pop("sent_message", None):
        st.success(message)


@st.fragment
def render_draft() -> None:
    """A fragment: an edit, Apply or Mark as sent reruns only the draft, not the whole form."""
    state = st.session_state.get(STATE)
    if not state:
        return
    st.divider()
    engine = "language model" if state.get("engine") == "llm" else "offline engine"
    st.header("Your draft")
    st.caption(f"Drafted by the {engine} · saved in History as #{state['id']} · "
               "editing re-checks it instantly.")
    if state.get("notice"):
        st.info(state["notice"], icon=":material/lightbulb:")
    st.session_state.setdefault("d_subject", state["subject"] or "")
    st.session_state.setdefault("d_body", state["body"])
    editor, side = st.columns([3, 2], gap="large")
    with editor:
        if state["subject"] is not None:
            st.text_input("Subject", key="d_subject", on_change=_recheck)
        st.text_area("Message", key="d_body", height=340, on_change=_recheck)
        subject, body = _texts()
        if state["channel"] == "linkedin_note":
            limit = settings().linkedin_note_limit
            st.html(fx.counter_html(body, limit, settings().linkedin_tier),
                    unsafe_allow_javascript=True)
        elif state["kind"].startswith("linkedin"):
            st.caption(f"{len(body)} characters")
    text = fx.compose_text(subject, body)
    parsed = [Finding.model_validate(f) for f in state["findings"]]
    order = fx.sorted_indices(parsed)
    found = [parsed[i] for i in order]
    with side:
        problems = [f for f in found if f.severity != "info"]
        if error := st.session_state.get("check_error"):
            st.error(f"The checks could not run: {error}")
        elif not problems:
            st.success("No problems found. Read it once more, then send it.",
                       icon=":material/check_circle:")
        else:
            st.markdown(f"**{len(problems)} to look at**")
        principles = principles_by_id()
        for index in order:
            _finding_card(index, parsed[index], text, principles)
    if any(fx.valid_span(f, text) for f in found):
        with editor, st.expander("Flagged words", expanded=True):
            st.html(fx.highlight_html(text, found))
    if state.get("principles"):
        with st.expander("Principles this draft rests on"):
            for p in state["principles"]:
                st.markdown(f"**{p['title']}** — {p['text']}")
    _use_draft(state, subject, body)
