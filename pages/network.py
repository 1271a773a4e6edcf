"""Network: your contacts, what happened with each (interactions), and importing LinkedIn's
Connections.csv. Widgets only; the rules live in `assistant.network`."""

from __future__ import annotations

import datetime as dt

import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFile

from assistant.errors import InputError
from assistant.network.contacts import (
    INTERACTION_LABELS,
    RELATIONSHIP_LABELS,
    contact_from_form,
    contact_rows,
    search_contacts,
    split_list,
)
from assistant.network.importer import FIELDS, parse_mapping
from assistant.storage import ContactRecord, InteractionRecord
from assistant.ui.markdown import md
from pages._shared import page_header, workspace

SHOWN = 500  # rows in the table; search narrows the rest
PICKABLE = 300  # contacts offered in the picker


def _contact_form(record: ContactRecord | None) -> None:
    """Add (record None) or edit one contact; fields keyed by contact so a pick refreshes them."""
    rec = record or ContactRecord(name="")
    key = f"{rec.id or 'new'}"
    with st.form(f"contact_form_{key}"):
        a, b = st.columns(2)
        values = {
            "name": a.text_input("Name", rec.name, key=f"c_name_{key}",
                                 placeholder="Dr. Ada Okafor"),
            "title": b.text_input("Title", rec.title or "", key=f"c_title_{key}"),
            "institution": a.text_input("Institution", rec.institution or "",
                                        key=f"c_institution_{key}"),
            "specialty": b.text_input("Specialty", rec.specialty or "", key=f"c_specialty_{key}"),
            "email": a.text_input("Email", rec.email or "", key=f"c_email_{key}"),
            "linkedin_url": b.text_input("LinkedIn URL", rec.linkedin_url or "",
                                         key=f"c_url_{key}"),
            "relationship": a.selectbox(
                "Relationship", list(RELATIONSHIP_LABELS), key=f"c_relationship_{key}",
                index=list(RELATIONSHIP_LABELS).index(rec.relationship),
                format_func=RELATIONSHIP_LABELS.__getitem__,
                help="Mentors and sponsors are reminded for an update every few months.",
            ),
            "connected_on": b.date_input("Connected on", rec.connected_on, key=f"c_conn_{key}",
                                         format="YYYY-MM-DD"),
            "tags": st.text_input("Tags", ", ".join(rec.tags), key=f"c_tags_{key}",
                                  help="Separated by commas."),
            "notes": st.text_area("Notes", rec.notes or "", key=f"c_notes_{key}", height=80),
        }
        label = "Save changes" if record else "Add contact"
        submitted = st.form_submit_button(label, type="primary")
    if not submitted:
        return
    try:
        contact = contact_from_form(values, rec.id)
    except InputError as exc:
        st.error(f"Please check the form — {md(exc)}")
        return
    try:
        new_id = workspace().save_contact(contact)
    except InputError as exc:
        st.error(f"Not saved: {md(exc)}.")
        return
    if record:
        st.session_state["net_notice"] = f"Saved {md(contact.name)}."
    else:
        st.session_state["net_pick_next"] = new_id  # applied before the picker is drawn
        st.session_state["net_notice"] = f"Added {md(contact.name)}."
    st.rerun()


def _log_form(record: ContactRecord) -> None:
    with st.form(f"log_form_{record.id}", clear_on_submit=True):
        a, b = st.columns(2)
        kind = a.selectbox("What happened", list(INTERACTION_LABELS), key=f"i_type_{record.id}",
                           format_func=INTERACTION_LABELS.__getitem__)
        day = b.date_input("Date", dt.date.today(), key=f"i_date_{record.id}",
                           format="YYYY-MM-DD")
        event = a.text_input("Event", key=f"i_event_{record.id}",
                             placeholder="SGIM Annual Meeting 2026")
        topics = b.text_input("Topics", key=f"i_topics_{record.id}",
                              placeholder="QI curricula, night float",
                              help="Separated by commas.")
        step = a.text_input("Next step you promised", key=f"i_step_{record.id}",
                            placeholder="Send my QI proposal")
        due = b.date_input("By", None, key=f"i_due_{record.id}", format="YYYY-MM-DD",
                           help="The promise shows on the Due page a week before this date.")
        notes = st.text_input("Notes", key=f"i_notes_{record.id}")
        logged = st.form_submit_button("Log interaction", type="primary")
    if not logged:
        return
    if due and not step.strip():
        st.error("Please check the form — a due date needs the next step you promised.")
        return
    if isinstance(day, dt.date) and day > dt.date.today():
        st.error("Please check the form — date: an interaction cannot be in the future.")
        return
    workspace().log_interaction(InteractionRecord(
        contact_id=record.id, date=day, type=kind, event=event.strip() or None,
        topics=split_list(topics), next_step=step.strip() or None, due_date=due or None,
        notes=notes.strip() or None,
    ))
    what = INTERACTION_LABELS[kind].lower()
    st.session_state["net_notice"] = f"Logged: {what} — {md(record.name)}."
    st.rerun()


def _contact_details(record: ContactRecord) -> None:
    history = workspace().interactions(record.id)
    st.markdown(f"**Interactions with {md(record.name)}**")
    if history:
        st.dataframe(
            [{"Date": i.date, "What": INTERACTION_LABELS[i.type], "Event": i.event or "",
              "Topics": ", ".join(i.topics), "Next step": i.next_step or "",
              "By": i.due_date} for i in reversed(history)],
            hide_index=True, width="stretch",
        )
    else:
        st.caption("Nothing logged yet.")
    st.markdown("**Log an interaction**")
    _log_form(record)
    st.markdown("**Edit**")
    _contact_form(record)
    with st.expander("Delete this contact"):
        st.caption("Removes the contact and every interaction logged with them.")
        if st.button("Delete", key=f"delete_{record.id}", icon=":material/delete:"):
            workspace().delete_contact(record.id)
            st.session_state["net_pick_next"] = None
            st.session_state["net_notice"] = f"Deleted {md(record.name)}."
            st.rerun()


def _run_import(upload: UploadedFile, mapping_text: str) -> None:
    """A callback, so it runs before the page is drawn and the Contacts tab lists the import."""
    try:
        mapping = parse_mapping([ln for ln in mapping_text.splitlines() if ln.strip()])
        report = workspace().import_csv(upload.getvalue(), mapping, upload.name)
        updates = workspace().fill_in_from_csv(upload.getvalue(), mapping, upload.name)
    except InputError as exc:
        st.session_state["net_import_report"] = {"error": str(exc)}
    else:
        st.session_state["net_import_report"] = {
            **report.to_json(), "updated": [u.describe() for u in updates]}


def _import_tab() -> None:
    st.markdown(
        "On LinkedIn: *Settings → Data privacy → Get a copy of your data → Connections*. "
        "The download holds `Connections.csv`; upload it here as it is. Any other CSV works "
        "with a column mapping. People already in your contacts (same email, LinkedIn URL, "
        "or name) are not added twice: importing again adds the new ones and fills in what "
        "is new about the others (an email, a LinkedIn URL), never overwriting what you "
        "entered."
    )
    upload = st.file_uploader("CSV file", type=["csv"], key="net_upload")
    mapping_text = st.text_area(
        "Column mapping (only for a CSV that is not LinkedIn's)", key="net_map", height=90,
        placeholder="name=Full Name\nemail=E-mail\ninstitution=Hospital",
        help=f"One FIELD=COLUMN a line. Fields: {', '.join(FIELDS)}.",
    )
    st.button("Import", type="primary", key="net_import", disabled=upload is None,
              icon=":material/upload:", on_click=_run_import, args=(upload, mapping_text))
    report = st.session_state.get("net_import_report")
    if not report:
        return
    if "error" in report:
        st.error(f"Nothing imported — {md(report['error'])}")
        return
    updated = report.get("updated", [])
    st.success(f"Imported {report['imported']} of {report['total']} rows; "
               f"updated {len(updated)} existing contacts with new details; "
               f"skipped {len(report['skipped'])}.")
    if updated:
        with st.expander(f"Updated ({len(updated)})"):
            st.dataframe([{"Filled in": line} for line in updated], hide_index=True,
                         width="stretch")
    if report["skipped"]:
        st.dataframe([{"Row": s["row"], "Why skipped": s["reason"]} for s in report["skipped"]],
                     hide_index=True, width="stretch")


page_header(
    "Your network",
    "The people you meet and what you promised them. The Due page turns this into the "
    "follow-ups and updates you owe. Stored on this computer only.",
)
if notice := st.session_state.pop("net_notice", None):
    st.success(notice)

contacts_tab, import_tab = st.tabs(["Contacts", "Import CSV"])
with contacts_tab:
    everyone = workspace().contacts()
    a, b = st.columns([2, 1])
    query = a.text_input("Search", key="net_search",
                         placeholder="Name, institution, specialty, email or tag")
    stages = b.multiselect("Relationship", list(RELATIONSHIP_LABELS), key="net_stages",
                           format_func=RELATIONSHIP_LABELS.__getitem__)
    found = search_contacts(everyone, query, stages)
    st.caption(f"{len(found)} of {len(everyone)} contacts"
               + (f" (the first {SHOWN} shown; search to narrow)" if len(found) > SHOWN else ""))
    if found:
        shown_ids = [c.id for c in found[:SHOWN]]

        def _open_row() -> None:
            rows = st.session_state["net_table"].selection.rows
            if rows:
                st.session_state["net_pick"] = shown_ids[rows[0]]

        st.dataframe(contact_rows(found[:SHOWN], workspace().last_interaction_dates()),
                     hide_index=True, width="stretch", key="net_table", on_select=_open_row,
                     selection_mode="single-row")
    elif not everyone:
        st.info("No contacts yet. Import LinkedIn's Connections.csv (the Import CSV tab) or "
                "add someone below.", icon=":material/group_add:")

    pickable = {c.id: c for c in found[:PICKABLE]}
    if "net_pick_next" in st.session_state:
        st.session_state["net_pick"] = st.session_state.pop("net_pick_next")
    picked = st.session_state.get("net_pick")
    if picked is not None and picked not in pickable:
        record = workspace().contact(picked)
        if record is None:
            st.session_state["net_pick"] = None
        else:
            pickable[record.id] = record
    st.selectbox(
        "Open a contact", [None, *pickable], key="net_pick",
        help="Or select a row in the table.",
        format_func=lambda i: "Add a new contact" if i is None else (
            f"{pickable[i].name} — {pickable[i].institution}" if pickable[i].institution
            else pickable[i].name),
    )
    chosen = pickable.get(st.session_state.get("net_pick"))
    if chosen is None:
        st.markdown("**Add a contact**")
        _contact_form(None)
    else:
        _contact_details(chosen)

with import_tab:
    _import_tab()
