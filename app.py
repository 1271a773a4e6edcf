"""Outreach Assistant — the Streamlit app. `make run` (or `streamlit run app.py`) starts it.

This file only sets up the page and the navigation; each page lives in `pages/` and calls the
`assistant` service layer.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import streamlit as st

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # so pages can import pages/_shared.py under any runner
    sys.path.insert(0, str(HERE))

st.set_page_config(
    page_title="Outreach Assistant", page_icon=":material/mail:", layout="wide",
    initial_sidebar_state="expanded",
)



@st.cache_resource(show_spinner=False)
def _warm_up() -> threading.Thread:
    """Load the index and embedding model in the background once per server process, so the
    first draft does not wait for them (it builds the index on a fresh data directory)."""

    def warm() -> None:
        from assistant import service
        from assistant.config import get_settings

        try:
            service.search_principles("follow up after a conference", k=1,
                                      settings=get_settings())
        except Exception as exc:  # the first draft reports any real problem to the resident
            logging.getLogger(__name__).warning("index warm-up failed: %s", exc)

    thread = threading.Thread(target=warm, name="outreach-warm-up", daemon=True)
    thread.start()
    return thread


if not st.get_option("global.appTest"):
    _warm_up()

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
