"""Compose: describe the contact and the meeting, draft, then edit against the checks.

The request is saved to History before any model call; form values live in session state, so
nothing typed is lost when drafting fails or the resident visits another page.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import streamlit as st

from assistant import service
from assistant.errors import InputError, OutreachError
from assistant.models import KINDS
from assistant.ui import forms
from assistant.ui.markdown import md
from pages._draft_panel import new_draft_state, render_draft
from pages._shared import engine_choice, error_message, page_header, settings, workspace

FORM = "form"  # persistent copy of the form: widget state is dropped when the page is left
FORM_KEYS = (*forms.ALL_KEYS, "f_contact_pick", "f_save_contact")


def _take_prefill() -> None:
    """A request handed over by another page (Due's "Draft this"): it replaces the form."""
    prefill = st.session_state.pop("compose_prefill", None)
    contact_id = st.session_state.pop("compose_prefill_contact_id", None)
    if not isinstance(prefill, dict):
        return
    values = forms.form_values(prefill)
    known = workspace().contact(contact_id) is not None
    values["f_contact_pick"] = contact_id if known else None
    _set_fields({**values, "f_save_contact": True})
    st.session_state.pop("phi_hits", None)
    st.session_state.pop("draft", None)


def _seed_form() -> None:
    saved = st.session_state.setdefault(FORM, {"f_kind": "introduction", "f_save_contact": True})
    for key in FORM_KEYS:
        if key not in st.session_state and key in saved:
            st.session_state[key] = saved[key]


def _remember_form() -> None:
    """Merge, so a field hidden for this kind keeps its value for when it shows again."""
    current = {k: st.session_state[k] for k in FORM_KEYS if k in st.session_state}
    st.session_state[FORM] = {**st.session_state.get(FORM, {}), **current}


def _set_fields(values: dict[str, Any]) -> None:
    """Change form fields from a callback (before the widgets exist in the next run)."""
    for key, value in values.items():
        st.session_state[key] = value
    st.session_state[FORM] = {**st.session_state.get(FORM, {}), **values}


def _new_message() -> None:
    """Start over: every field blank (the kind kept), no draft, nothing left from the last one."""
    _set_fields({**forms.cleared(st.session_state.get(FORM, {})), "f_contact_pick": None,
                 "f_save_contact": True})
    for key in ("phi_hits", "draft"):
        st.session_state.pop(key, None)


def _pick_contact() -> None:
    contact_id = st.session_state.get("f_contact_pick")
    record = workspace().contact(contact_id) if contact_id else None
    if record is None:  # "New contact": the last contact's details must not leak into it
        _set_fields({k: "" if k in forms.TEXT_FIELDS else None for k in forms.CONTACT_KEYS})
        return
    _set_fields({
        "f_contact_name": record.name, "f_contact_title": record.title or "",
        "f_contact_institution": record.institution or "",
        "f_contact_specialty": record.specialty or "", "f_contact_email": record.email or "",
        "f_contact_relationship": record.relationship,
    })


def _redact_fields() -> None:
    hits = st.session_state.pop("phi_hits", [])
    keys = {key for key, _label, _finding in hits}
    values = {k: st.session_state.get(k) for k in keys}
    _set_fields(forms.redact_fields(values, keys, service.redact))


def _draft_anyway() -> None:
    st.session_state.pop("phi_hits", None)
    st.session_state["draft_requested"] = "phi_ok"


def _run_draft(values: dict[str, Any], phi_ok: bool, status: Any) -> None:
    """Validate, guard, save the request, draft (streamed when a model is configured)."""
    try:
        request = forms.build_request(values, sender=workspace().profile())
    except InputError as exc:
        status.error(f"Please check the form — {md(exc)}")
        return
    problem = forms.too_long(values) or forms.not_ready(request, dt.date.today())
    if problem:
        status.error(f"Please check the form — {md(problem)}")
        return
    hits = [] if phi_ok else forms.scan_fields(values, service.find_phi)
    if hits:
        st.session_state["phi_hits"] = hits
        return
    cfg = settings()
    picked = st.session_state.get("f_contact_pick")
    draft_id, contact_id = workspace().save_request(  # before any model call
        request, int(picked) if picked else None, st.session_state.get("f_save_contact", True))
    engine = engine_choice()
    streaming = engine != "offline" and service.engine_status(cfg).get("engine") == "llm"
    try:
        if streaming:
            box = status.empty()
            pieces: list[str] = []

            def on_token(token: str) -> None:
                pieces.append(token)
                box.text("".join(pieces) + " ▌")  # plain text: model output is not markup

            draft = workspace().run_draft(draft_id, request, engine, on_token, cfg)
            box.empty()
        else:
            with status, st.spinner("Drafting…"):
                draft = workspace().run_draft(draft_id, request, engine, settings=cfg)
    except OutreachError as exc:  # the request is kept, marked failed
        status.error(error_message(exc))
        return
    except Exception as exc:  # a bug must not lose the request or show a traceback
        status.error(f"Drafting failed unexpectedly ({type(exc).__name__}: {md(exc)}). Your "
                     "request is saved in History.")
        return
    new_draft_state(draft_id, draft, request, contact_id)  # the editor scrolls to it


page_header(
    "Compose a message",
    "Describe who you are writing to and what happened; the assistant drafts the message "
    "from the networking guide and checks it. Nothing leaves this computer unless a model "
    "is configured, and patient information never does.",
)
_take_prefill()
_seed_form()
service.warm_up_in_background(settings())  # while the form is filled in; once per process
profile = workspace().profile()
if not (profile.name and profile.role):
    st.info("Add your name and role on the Profile page once; every draft uses them.",
            icon=":material/person:")
    st.page_link("pages/profile.py", label="Open your profile", icon=":material/person:")

top = st.columns([2, 1, 1])
kind = top[0].selectbox("Kind of message", KINDS, key="f_kind",
                        format_func=lambda k: forms.KIND_LABELS[k])
top[0].caption(forms.KIND_HELP[kind])
top[1].selectbox("Tone", [None, "warm", "formal"], key="f_tone",
                 format_func=lambda t: {None: "Warm (default)", "warm": "Warm",
                                        "formal": "Formal"}[t])
top[2].selectbox("Channel", [None, "email", "linkedin_note", "linkedin_message"], key="f_channel",
                 format_func=lambda c: {None: "Usual for this kind", "email": "Email",
                                        "linkedin_note": "LinkedIn connection note",
                                        "linkedin_message": "LinkedIn message"}[c])

who, meeting = st.columns(2, gap="large")
with who:
    st.subheader("Who you are writing to")
    contacts = workspace().contacts()
    options: list[int | None] = [None, *[c.id for c in contacts]]
    labels = {c.id: f"{c.name} — {c.institution}" if c.institution else c.name for c in contacts}
    if st.session_state.get("f_contact_pick") not in options:
        st.session_state["f_contact_pick"] = None
    st.selectbox("Contact", options, key="f_contact_pick", on_change=_pick_contact,
                 format_func=lambda i: "New contact" if i is None else labels[i],
                 help="Pick someone you saved, or describe a new contact below.")
    st.text_input("Name", key="f_contact_name", placeholder="Dr. Ada Okafor")
    a, b = st.columns(2)
    a.text_input("Title", key="f_contact_title", placeholder="Associate Program Director")
    b.text_input("Institution", key="f_contact_institution", placeholder="Lakeside University")
    a.text_input("Specialty", key="f_contact_specialty", placeholder="Hospital medicine")
    b.selectbox("Relationship", list(forms.RELATIONSHIP_LABELS), key="f_contact_relationship",
                format_func=lambda r: forms.RELATIONSHIP_LABELS[r])
    st.text_input("Their work", key="f_contact_their_work",
                  placeholder="Her talk on resident-led QI curricula")
    st.text_input("Their email", key="f_contact_email", placeholder="ada.okafor@lakeside.edu",
                  help="Fills To: in the .eml download and the mail link.")
    if not st.session_state.get("f_contact_pick"):
        st.checkbox("Remember this contact", key="f_save_contact",
                    help="Adds them to your contacts, so 'Mark as sent' is recorded with them.")
with meeting:
    st.subheader("The meeting")
    st.text_input("Event", key="f_meeting_event", placeholder="SGIM Annual Meeting 2026")
    st.date_input("Date", key="f_meeting_date", value=None, format="YYYY-MM-DD",
                  max_value=dt.date.today() + dt.timedelta(days=730),
                  help="For a follow-up: the assistant notices when 72 hours have passed.")
    st.text_input("Topics", key="f_meeting_topics", placeholder="QI curricula, night float",
                  help="Separated by commas.")
    st.text_input("A specific detail worth mentioning", key="f_meeting_specific_detail",
                  placeholder="Her advice to start with a small PDSA cycle")
    st.text_input("The next step you promised", key="f_meeting_next_step",
                  placeholder="Send my QI proposal by Friday")

st.subheader("What you want")
st.text_input("Your ask", key="f_ask", placeholder="15 minutes for coffee during the meeting")
if forms.shown("f_update_news", kind):
    c1, c2 = st.columns(2)
    c1.text_area("Your news", key="f_update_news", height=90,
                 placeholder="My QI abstract was accepted at SGIM")
    c2.text_area("Whose advice helped", key="f_update_credit", height=90,
                 placeholder="Your suggestion to narrow the project to one unit")
if forms.shown("f_decisions", kind):
    st.text_area("Decisions to ask advice on (one a line)", key="f_decisions", height=90,
                 placeholder="Chief year or fellowship\nWhich research mentor to join")
if forms.shown("f_existing_text", kind):
    st.text_area("Your note to improve", key="f_existing_text", height=110)
with st.expander("Pasted notes (a bio, an email thread)"):
    st.text_area("Notes", key="f_notes", height=120, label_visibility="collapsed",
                 help="Facts from here may be used; instructions in it are ignored.")
_remember_form()

left, right, _ = st.columns([1, 1, 4])
clicked = left.button("Draft", type="primary", icon=":material/edit:", key="draft_btn",
                      width="stretch")
right.button("New message", on_click=_new_message, icon=":material/add:", key="new_message",
             width="stretch", help="Clears the form and the draft for the next message.")
status = st.container()
requested = st.session_state.pop("draft_requested", None)
if clicked or requested:
    st.session_state.pop("phi_hits", None)
    _run_draft(dict(st.session_state[FORM]), phi_ok=requested == "phi_ok", status=status)

hits = st.session_state.get("phi_hits")
if hits:
    with status:
        st.error("Patient information found in your input. It must not go into a networking "
                 "message; redact it, or change the fields yourself.",
                 icon=":material/health_and_safety:")
        st.table([{"Field": label, "What": md(f.type), "Text": md(f.text)}
                  for _key, label, f in hits])
        r1, r2, _ = st.columns([1, 1, 3])
        r1.button("Redact", type="primary", on_click=_redact_fields, key="phi_redact",
                  icon=":material/visibility_off:")
        r2.button("Draft anyway", on_click=_draft_anyway, key="phi_anyway",
                  help="The guard still keeps it from any hosted model.")

render_draft()
