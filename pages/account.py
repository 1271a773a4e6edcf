"""Your data: everything the assistant keeps for you, to download as one JSON file or to delete
(with a confirmation). Widgets only; the work is the workspace's."""

from __future__ import annotations

import json

import streamlit as st

from pages._shared import page_header, workspace

page_header(
    "Your data",
    "Your profile, contacts, interactions and drafts belong to you. Download them as one file, "
    "or delete them from this deployment.",
)
ws = workspace()
st.caption(f"Signed in as **{ws.user}**." if ws.user != "local" else
           "This install has one user; everything below is the data on this computer.")

st.subheader("Export my data")
st.download_button(
    "Download my data (.json)", json.dumps(ws.export(), ensure_ascii=False, indent=1),
    file_name="outreach-my-data.json", mime="application/json", on_click="ignore",
    icon=":material/download:", key="export_data",
)

st.subheader("Delete my data")
st.caption("Deletes your profile, every contact, interaction and draft. It cannot be undone; "
           "download your data first if you may want it again.")
sure = st.checkbox("I understand that my data will be deleted for good", key="delete_sure")
if st.button("Delete my data", type="primary", disabled=not sure, icon=":material/delete:",
             key="delete_data"):
    counts = ws.delete_everything()
    st.session_state.pop("delete_sure", None)
    st.success("Deleted: " + ", ".join(f"{n} {label}" for label, n in counts.items()) + ".")
