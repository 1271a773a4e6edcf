"""Outreach Assistant — the Streamlit app. `make run` (or `streamlit run app.py`) starts it.

This file only sets up the page and the navigation; each page lives in `pages/` and calls the
`assistant` service layer.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from pathlib import Path

import streamlit as st
from streamlit import config as st_config

# Streamlit collects every generation of garbage after each run by default. With Chroma,
# LangChain and numpy loaded that pass holds the interpreter ~200 ms (measured: gc.collect(2)
# 180-225 ms over ~110,000 objects at load 9 on 2 cores), so the keystroke after a re-check
# waited for it. Python's own collector still runs as objects accumulate.
st_config.set_option("runner.postScriptGC", False)

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # so pages can import pages/_shared.py under any runner
    sys.path.insert(0, str(HERE))

st.set_page_config(
    page_title="Outreach Assistant", page_icon=":material/mail:", layout="wide",
    initial_sidebar_state="auto",  # open on a desktop, closed on a phone (it covered the page)
)
WARM_UP_DELAY_S = 2.0


@st.cache_resource(show_spinner=False)
def _warm_up() -> threading.Thread:
    """Load the index and embedding model in the background once per server process, so the
    first draft does not wait for them (it builds the index on a fresh data directory)."""

    def warm() -> None:
        # Importing Chroma and the model holds the interpreter for a while; give the first page
        # time to reach the browser before that starts (measured: ~0.5 s off the first paint).
        time.sleep(WARM_UP_DELAY_S)
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


from pages._draft_panel import save_pending  # noqa: E402
from pages._shared import oidc_provider, settings, sign_in_gate  # noqa: E402

USER = sign_in_gate()  # signed out (when sign-in is configured): a sign-in screen, no data

PAGES = HERE / "pages"
BY_FILE: dict[Path, st.Page] = {}


def page_of(path: Path, **options: object) -> st.Page:
    BY_FILE[path.resolve()] = st.Page(str(path), **options)
    return BY_FILE[path.resolve()]


write = [
    page_of(PAGES / "compose.py", title="Compose", icon=":material/edit_note:", default=True),
    page_of(PAGES / "history.py", title="History", icon=":material/history:"),
]
network = [
    page_of(PAGES / "due.py", title="What is due", icon=":material/event:"),
    page_of(PAGES / "network.py", title="Network", icon=":material/group:"),
    page_of(PAGES / "conference.py", title="Conference", icon=":material/groups:"),
    page_of(PAGES / "next.py", title="Who to contact next", icon=":material/person_search:"),
]
learn = [page_of(PAGES / "principles.py", title="Principles", icon=":material/menu_book:")]
you = [
    page_of(PAGES / "profile.py", title="Profile", icon=":material/person:"),
    page_of(PAGES / "settings.py", title="Settings", icon=":material/settings:"),
    page_of(PAGES / "account.py", title="Your data", icon=":material/folder_shared:"),
]
sections = {"Write": write, "Network": network, "Guide": learn, "You": you}
page = st.navigation(sections)
st.session_state["_app_navigation"] = True
if deep_link := st.session_state.pop("_deep_link", None):  # see pages/_shared.py
    wanted = BY_FILE.get(Path(deep_link))
    if wanted is not None and wanted is not page:
        st.switch_page(wanted)

with st.sidebar:
    st.caption(
        "Drafts networking messages for residents from the post-Match networking guide, "
        "checks them for professionalism, and keeps patient information out."
    )
    if settings().trusted_user_header or oidc_provider()[0]:
        st.caption(f"Signed in as **{USER}**")
        if oidc_provider()[0] and not settings().trusted_user_header:
            st.button("Sign out", on_click=st.logout, icon=":material/logout:", key="sign_out")

save_pending()  # an edit a stopped run of the editor left unwritten, before any page reads
page.run()
if not st.get_option("global.appTest"):
    _warm_up()  # after the first page is drawn, so loading the index does not delay it
