"""History: every request, saved before any model call, with its draft when there is one.
Reopen it in Compose, re-check it, duplicate it or delete it."""

from __future__ import annotations

import streamlit as st

from assistant.models import Finding
from assistant.ui import forms
from assistant.ui.history import group_versions, local_time
from assistant.ui.markdown import md
from pages._draft_panel import STATE, load_saved_draft
from pages._shared import error_message, page_header, settings, workspace

STATUS = {"pending": ("Not drafted", "gray"), "drafted": ("Drafted", "blue"),
          "failed": ("Failed", "red"), "sent": ("Sent", "green")}


def _reopen(draft_id: int) -> None:
    record = workspace().get_draft(draft_id)
    if record is None:
        return
    values = forms.form_values(record.request)
    known = workspace().contact(record.contact_id) is not None
    values["f_contact_pick"] = record.contact_id if known else None
    for key, value in values.items():
        st.session_state[key] = value
    st.session_state["form"] = {**values, "f_save_contact": True}
    st.session_state.pop("phi_hits", None)
    if record.body:
        load_saved_draft(record)
    else:
        st.session_state.pop(STATE, None)
    st.session_state["go_compose"] = True


def _recheck(draft_id: int) -> None:
    try:
        found = workspace().recheck(draft_id, settings())
    except Exception as exc:
        st.session_state["history_message"] = ("error", error_message(exc))
        return
    if found is None:
        return
    problems = sum(f.severity != "info" for f in found)
    st.session_state["history_message"] = (
        "success", f"#{draft_id} re-checked: " + (f"{problems} to look at." if problems
                                                   else "no problems found."))


def _duplicate(draft_id: int) -> None:
    new_id = workspace().duplicate_draft(draft_id)
    st.session_state["history_message"] = ("success", f"#{draft_id} copied as #{new_id}.")


def _delete(draft_id: int) -> None:
    workspace().delete_draft(draft_id)
    current = st.session_state.get(STATE)
    if current and current.get("id") == draft_id:
        st.session_state.pop(STATE, None)
    st.session_state["history_message"] = ("success", f"#{draft_id} deleted.")


page_header(
    "History",
    "Every request is saved before drafting, so nothing is lost when a model or the page "
    "fails. Reopen one to edit it in Compose.",
)
if st.session_state.pop("go_compose", False):
    st.switch_page("pages/compose.py")
if message := st.session_state.pop("history_message", None):
    getattr(st, message[0])(message[1])

drafts = workspace().drafts(limit=500)
left, right = st.columns([2, 1])
query = left.text_input("Search", placeholder="A name, an event, a word of the message",
                        key="history_query")
kinds = right.multiselect("Kinds", list(forms.KIND_LABELS), key="history_kinds",
                          format_func=lambda k: forms.KIND_LABELS[k])
if kinds:
    drafts = [d for d in drafts if d.kind in kinds]
if query.strip():
    needle = query.strip().lower()
    drafts = [d for d in drafts
              if needle in " ".join([str(d.request), d.subject or "", d.body or ""]).lower()]

if not drafts:
    st.info("No drafts yet. Write one on the Compose page." if not query and not kinds
            else "Nothing matches.")
timezone = st.context.timezone  # the browser's; the store keeps UTC
for versions in group_versions(drafts):
    d = versions[0]
    contact = (d.request.get("contact") or {}).get("name") or "no contact"
    label, colour = STATUS.get(d.status, (d.status, "gray"))
    when = local_time(d.created_at, timezone)
    more = f" · {len(versions)} versions" if len(versions) > 1 else ""
    title = (f"#{d.id} · {forms.KIND_LABELS.get(d.kind, d.kind)} · {md(contact)} · {label} · "
             f"{when}{more}")
    with st.expander(title):
        st.markdown(f":{colour}-badge[{label}]" + (f" **{md(d.subject)}**" if d.subject else ""))
        if d.error:
            st.error(md(d.error))
        if d.body:
            st.text(d.body)
            problems = [Finding.model_validate(f) for f in d.findings
                        if f.get("severity") != "info"]
            st.caption(f"{len(problems)} to look at at the last check."
                       if problems else "No problems found at the last check.")
        else:
            st.caption("The request was saved but no draft was made.")
        cols = st.columns(4)
        cols[0].button("Reopen in Compose", key=f"reopen_{d.id}", on_click=_reopen,
                       args=(d.id,), type="primary", icon=":material/edit:")
        cols[1].button("Re-check", key=f"recheck_{d.id}", on_click=_recheck, args=(d.id,),
                       disabled=not d.body, icon=":material/fact_check:")
        cols[2].button("Duplicate", key=f"dup_{d.id}", on_click=_duplicate, args=(d.id,),
                       icon=":material/content_copy:")
        cols[3].button("Delete", key=f"del_{d.id}", on_click=_delete, args=(d.id,),
                       icon=":material/delete:")
        if len(versions) > 1:
            st.markdown("**Earlier versions**")
        for old in versions[1:]:
            old_label = STATUS.get(old.status, (old.status, "gray"))[0]
            text, reopen, delete = st.columns([4, 1, 1], vertical_alignment="center")
            text.caption(f"#{old.id} · {old_label} · {local_time(old.created_at, timezone)}")
            reopen.button("Reopen", key=f"reopen_{old.id}", on_click=_reopen, args=(old.id,),
                          width="stretch")
            delete.button("Delete", key=f"del_{old.id}", on_click=_delete, args=(old.id,),
                          width="stretch")
