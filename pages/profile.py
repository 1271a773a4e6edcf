"""Profile: who the resident is. Filled once; every draft's sender comes from here."""

from __future__ import annotations

import streamlit as st

from assistant.models import Sender
from pages._shared import page_header, workspace

page_header(
    "Your profile",
    "Filled once and used by every draft: who you are, your program, and how you sign. "
    "Saved on this computer only.",
)

profile = workspace().profile()
with st.form("profile"):
    left, right = st.columns(2)
    name = left.text_input("Name", profile.name or "", placeholder="Maya Chen, MD")
    role = right.text_input("Role and PGY year", profile.role or "",
                            placeholder="PGY-1 internal medicine resident")
    program = left.text_input("Program", profile.program or "",
                              placeholder="Internal Medicine Residency, Riverside Hospital")
    email = right.text_input("Professional email", profile.email or "",
                             placeholder="maya.chen@riverside.org",
                             help="Your institutional address; it is the From of `.eml` "
                                  "downloads.")
    interests = st.text_input(
        "Interests", ", ".join(profile.interests), placeholder="quality improvement, GME",
        help="Separated by commas.",
    )
    goals = st.text_area("Goals", profile.goals or "", height=80,
                         placeholder="Hospital medicine; leading a QI project by PGY-2")
    signature = st.text_area("Signature", profile.signature or "", height=100,
                             placeholder="Maya Chen, MD\nPGY-1, Internal Medicine\n"
                                         "Riverside Hospital")
    saved = st.form_submit_button("Save profile", type="primary")

if saved:
    new = Sender(
        name=name.strip() or None, role=role.strip() or None, program=program.strip() or None,
        interests=[i.strip() for i in interests.split(",") if i.strip()],
        goals=goals.strip() or None, email=email.strip() or None,
        signature=signature.strip() or None,
    )
    workspace().save_profile(new)
    st.success("Profile saved. Every new draft will use it.")
    if new.email and "@" not in new.email:
        st.warning("That email address looks incomplete.")
