"""Conference: import a program, see whom to meet and why, draft two to five introductions,
print the at-the-meeting page, mark people met. Who to contact next beyond any conference is
its own page (pages/next.py). Widgets only; the work lives in `assistant.conference`."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from assistant.conference import plan
from assistant.conference.program import FIELDS, csv_columns
from assistant.conference.service import import_program, suggest
from assistant.conference.store import list_conferences, load_conference, make_contact
from assistant.errors import OutreachError
from assistant.ui.export import build_eml, mailto_link, safe_filename
from assistant.ui.markdown import md
from pages._shared import engine_choice, error_message, page_header, settings, workspace

AUTOMATIC = "(by its name)"

page_header(
    "Conference",
    "Before the meeting: mark the people closest to your interests and ask two to five of "
    "them for 10–15 minutes. At it: go to the trainee sessions. After it: follow up within "
    "48–72 hours.",
)

data = workspace().store  # the signed-in user's rows only

with st.expander("Import a program", expanded=not list_conferences(data)):
    name = st.text_input("Conference name", key="cf_name", placeholder="SHM 2027")
    upload = st.file_uploader("Program file (CSV, .ics or text)", type=["csv", "ics", "txt"],
                              key="cf_file")
    columns = csv_columns(upload.getvalue()) if upload and upload.name.lower().endswith(
        ".csv") else []
    mapping: dict[str, str] = {}
    if columns:
        st.caption("A CSV in another layout: choose the column that holds each field (the "
                   "canonical header is Title, Type, Speaker, Role, Institution, Date, Start, "
                   "End, Room, Abstract).")
        grid = st.columns(5)
        for n, fld in enumerate(FIELDS):
            chosen_column = grid[n % 5].selectbox(fld.capitalize(), [AUTOMATIC, *columns],
                                                  key=f"cf_map_{fld}")
            if chosen_column != AUTOMATIC:
                mapping[fld] = chosen_column
    pasted = st.text_area("…or paste the program text", key="cf_paste", height=150)
    if st.button("Import", key="cf_import", icon=":material/upload:"):
        raw = upload.getvalue() if upload else pasted.encode("utf-8")
        try:
            report = import_program(data, raw, upload.name if upload else "pasted.txt",
                                    name, mapping or None)
        except OutreachError as exc:
            st.error(error_message(exc))
        else:
            st.success(f"Imported {report['sessions']} sessions and {report['people']} people "
                       f"into {md(report['conference'])}.")
            for skipped in report["skipped"]:
                st.caption(f"Skipped row {skipped['row']}: {md(skipped['reason'])}")

names = list_conferences(data)
if not names:
    st.info("Import a conference program to see whom to meet.")
else:
    chosen = st.selectbox("Conference", names, key="cf_conf")
    k = st.slider("How many suggestions", 5, 30, 10, key="cf_k")
    conference = load_conference(data, chosen)
    profile = data.get_profile()
    try:
        suggestions = suggest(data, chosen, profile, k)
    except OutreachError as exc:
        st.warning(error_message(exc) + " (Profile page)")
        suggestions = []
    picks: list[int] = []
    for s in suggestions:
        with st.container(border=True):
            left, right = st.columns([4, 1], vertical_alignment="center")
            where = ", ".join(p for p in (s.role, s.institution) if p)
            first = s.sessions[0]
            left.markdown(f"**{md(s.name)}**{' · ' + md(where) if where else ''}  \n"
                          f"{md(first['title'])} · {first['date'] or ''} {first['start'] or ''} "
                          f"{md(first['room'] or '')}")
            left.caption(md(s.reason))
            if right.checkbox("Pick", key=f"cf_pick_{s.person_id}"):
                picks.append(s.person_id)
            save = right.button("Save contact", key=f"cf_contact_{s.person_id}",
                                icon=":material/person_add:")
            met = right.button("Met", key=f"cf_met_{s.person_id}", icon=":material/handshake:",
                               help="Logs the meeting; the follow-up appears in What is due.")
            try:  # a refusal (a namesake with no email to tell apart) is a line, not a crash
                if save:
                    make_contact(data, s.person_id)
                    st.toast(f"Saved {md(s.name)} to your contacts.")
                if met:
                    plan.mark_met(data, conference, s.person_id, dt.date.today())
                    st.toast(f"Logged: met {md(s.name)}. The follow-up is in What is due.")
            except OutreachError as exc:
                st.error(f"{md(s.name)}: {error_message(exc)}")

    st.subheader("Your campaign")
    st.caption(plan.WHY_FEW)
    if st.button(f"Draft {len(picks)} introductions", key="cf_draft", icon=":material/edit:",
                 disabled=not plan.MIN_PICKS <= len(picks) <= plan.MAX_PICKS):
        with st.spinner("Drafting…"):
            try:
                st.session_state["cf_drafts"] = plan.draft_campaign(
                    data, conference, picks, profile, engine=engine_choice(),
                    settings=settings())
            except OutreachError as exc:
                st.error(error_message(exc))
    drafts = st.session_state.get("cf_drafts", [])
    for n, d in enumerate(drafts):
        with st.container(border=True):
            subject = st.text_input("Subject", d.subject or "", key=f"cf_subj_{d.draft_id}")
            body = st.text_area("Body", d.body, key=f"cf_body_{d.draft_id}", height=260)
            d = drafts[n] = plan.save_edit(data, d, subject, body, settings())
            st.markdown(f"**To {md(d.name)}**" + ("" if d.passed else " · :red-badge[Must fix]"))
            for f in d.findings:
                if f["severity"] != "info":
                    st.caption(f"{f['severity']}: {md(f['message'])}")
            a, b, c = st.columns(3)
            contact = data.get_contact(d.contact_id)
            a.download_button("Download .eml", build_eml(subject, body, sender=profile,
                                                         to_name=d.name,
                                                         to_email=contact and contact.email),
                              file_name=f"{safe_filename(d.name)}.eml",
                              key=f"cf_eml_{d.draft_id}")
            b.link_button("Open in mail", mailto_link(contact and contact.email, subject, body))
            if c.button("Mark sent", key=f"cf_sent_{d.draft_id}"):
                try:
                    plan.mark_sent(data, d.draft_id)
                except OutreachError as exc:
                    st.error(error_message(exc))
                else:
                    st.toast(f"Recorded: emailed {md(d.name)}.")

    if picks:
        st.subheader("At the meeting")
        x, y = st.columns(2)
        x.download_button("Printable plan (.html)", plan.meeting_sheet(conference, picks, profile),
                          file_name=f"{safe_filename(chosen)}-plan.html", mime="text/html",
                          key="cf_sheet")
        sessions = [conference.people[p].sessions[0] for p in picks]
        y.download_button("Sessions for your calendar (.ics)",
                          plan.sessions_ics(conference, sessions),
                          file_name=f"{safe_filename(chosen)}.ics", mime="text/calendar",
                          key="cf_ics")
