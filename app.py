"""Outreach Assistant — the Streamlit app. `make run` (or `streamlit run app.py`) starts it.

This file only sets up the page and the navigation; each page lives in `pages/` and calls the
`assistant` service layer.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # so pages can import pages/_shared.py under any runner
    sys.path.insert(0, str(HERE))

st.set_page_config(
    page_title="Outreach Assistant", page_icon=":material/mail:", layout="wide",
    initial_sidebar_state="expanded",
)

PAGES = HERE / "pages"
write = [
    st.Page(str(PAGES / "compose.py"), title="Compose", icon=":material/edit_note:",
            default=True),
    st.Page(str(PAGES / "history.py"), title="History", icon=":material/history:"),
]
network = [  # contacts and what is due, when those pages are present
    st.Page(str(path), icon=":material/group:" if "network" in path.stem else ":material/event:")
    for path in sorted(PAGES.glob("*.py"))
    if not path.stem.startswith("_") and ("network" in path.stem or "due" in path.stem)
]
learn = [
    st.Page(str(PAGES / "principles.py"), title="Principles", icon=":material/menu_book:"),
]
you = [
    st.Page(str(PAGES / "profile.py"), title="Profile", icon=":material/person:"),
    st.Page(str(PAGES / "settings.py"), title="Settings", icon=":material/settings:"),
]
sections = {"Write": write, **({"Network": network} if network else {}),
            "Guide": learn, "You": you}
page = st.navigation(sections)

with st.sidebar:
    st.caption(
        "Drafts networking messages for residents from the post-Match networking guide, "
        "checks them for professionalism, and keeps patient information out."
    )

page.run()
