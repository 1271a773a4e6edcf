"""Streamlit plumbing the pages share: settings with this session's overrides, the signed-in
user's workspace, the principles by id, and readable error messages. No drafting or checking
logic lives here."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import streamlit as st

from assistant.config import Settings, get_settings, scrub_urls
from assistant.errors import (
    ConfigurationError,
    EgressBlocked,
    ModelProviderError,
    OutreachError,
    PhiError,
)
from assistant.storage.records import Preferences
from assistant.ui.auth import user_from_claims, user_from_header
from assistant.ui.markdown import md
from assistant.workspace import Workspace

ENGINE_LABELS = {
    "auto": "Automatic (the model when configured, else offline)",
    "offline": "Offline (no model, instant)",
    "llm": "Language model only",
}


PREFERENCES = "preferences"


def preferences() -> Preferences:
    """The signed-in user's saved choices (engine, LinkedIn tier), read once per session."""
    user = sign_in_gate()
    saved = st.session_state.setdefault(PREFERENCES, {})
    if user not in saved:
        saved[user] = Workspace(user, get_settings()).preferences()
    return saved[user]


def save_preferences(**changes: object) -> None:
    user = sign_in_gate()
    updated = preferences().model_copy(update=changes)
    Workspace(user, get_settings()).save_preferences(updated)
    st.session_state[PREFERENCES][user] = updated


def settings() -> Settings:
    """The environment's settings with the user's saved LinkedIn tier."""
    from assistant import service

    return service.apply_preferences(get_settings(), preferences())


def engine_choice() -> str:
    """The saved engine when it can work here, else automatic."""
    from assistant import service

    choice = preferences().engine
    return choice if choice in service.engines_offered(get_settings()) else "auto"


def oidc_provider() -> tuple[bool, str | None]:
    """(OpenID Connect sign-in configured in .streamlit/secrets.toml, the provider's name for
    st.login: None for a single provider configured directly under [auth])."""
    try:
        auth = st.secrets.get("auth")
    except Exception:  # no secrets file: a single-user install
        return False, None
    if not auth:
        return False, None
    if "client_id" in auth:
        return True, None
    named = [key for key, value in auth.items() if isinstance(value, Mapping)]
    return True, (named[0] if named else None)


def current_user() -> str | None:
    """Who is using the app, or None when sign-in is configured and nobody is signed in:
    the trusted proxy header (only when OUTREACH_TRUSTED_USER_HEADER names it), else the
    OpenID Connect sign-in, else `local` (or OUTREACH_USER) on a single-user install."""
    cfg = get_settings()
    if cfg.trusted_user_header:
        return user_from_header(st.context.headers, cfg.trusted_user_header)
    configured, _provider = oidc_provider()
    if configured:
        return user_from_claims(st.user.to_dict()) if st.user.is_logged_in else None
    return cfg.user


SESSION_USER = "_signed_in_user"


def sign_in_gate() -> str:
    """The signed-in user; when there is none, a sign-in screen (no data) and the run stops."""
    user = current_user()
    if st.session_state.get(SESSION_USER, user) != user:  # signed out, or someone else now
        for key in list(st.session_state.keys()):
            del st.session_state[key]  # no form, draft or pick of the previous user remains
    if user is not None:
        st.session_state[SESSION_USER] = user
        return user
    st.title("Outreach Assistant")
    if get_settings().trusted_user_header:
        st.warning("You are not signed in. Open the app through your program's sign-in page.",
                   icon=":material/lock:")
    else:
        _configured, provider = oidc_provider()
        st.info("Sign in with your institution's account to see your drafts and contacts.",
                icon=":material/lock:")
        if st.button("Sign in", type="primary", icon=":material/login:", key="sign_in"):
            st.login(provider) if provider else st.login()
    st.stop()
    raise AssertionError("unreachable")  # st.stop() ends the run


def workspace() -> Workspace:
    """The signed-in user's data; every page reads and writes through it, so a page cannot
    show or change another user's rows."""
    return Workspace(sign_in_gate(), settings())


def store() -> Any:
    """The signed-in user's store, for the Conference page (which still calls the store)."""
    return workspace().store


@st.cache_data(show_spinner=False)
def _principles(knowledge_dir: str) -> dict[str, dict[str, Any]]:
    from assistant import service

    return {
        p.id: p.model_dump()
        for p in service.list_principles(get_settings().model_copy(
            update={"knowledge_dir": Path(knowledge_dir)}))
    }


def principles_by_id() -> dict[str, dict[str, Any]]:
    """Every principle of the knowledge base by id (title, text, section), loaded once."""
    try:
        return _principles(str(settings().knowledge_dir))
    except OutreachError:
        return {}


def error_message(exc: Exception) -> str:
    """One readable line for an error the service raised on purpose; never a traceback."""
    text = md(scrub_urls(str(exc).strip()) or type(exc).__name__)
    if isinstance(exc, EgressBlocked):
        return f"Nothing was sent to the language model: {text}. Your request is saved in " \
               "History; remove the patient details, or choose the offline engine."
    if isinstance(exc, ConfigurationError):
        return f"The language model is not set up: {text}. Set it in `.env` (see Settings), " \
               "or choose the offline engine."
    if isinstance(exc, ModelProviderError):
        return f"The language model could not be reached: {text}. Your request is saved in " \
               "History; try again, or choose the offline engine."
    if isinstance(exc, PhiError):
        return f"Protected health information: {text}"
    return text


PREFILL_KEY = "compose_prefill"  # a dict in the DraftRequest JSON shape, as `outreach draft` reads
PREFILL_CONTACT_KEY = "compose_prefill_contact_id"  # so the sent draft is recorded with them
COMPOSE_PAGE = "pages/compose.py"


def draft_this(request: Mapping[str, Any], contact_id: int | None) -> None:
    """Hand a draft request to Compose, which pops both keys and fills its form, and open it."""
    st.session_state[PREFILL_KEY] = dict(request)
    st.session_state[PREFILL_CONTACT_KEY] = contact_id
    st.switch_page(COMPOSE_PAGE)


APP_SCRIPT = Path(__file__).resolve().parent.parent / "app.py"
NAVIGATION_FLAG = "_app_navigation"  # set by app.py on every run
DEEP_LINK = "_deep_link"


def ensure_app_navigation(page_file: str | None) -> None:
    """Run through app.py even when Streamlit ran this page file on its own.

    A fresh server whose first visit is a deep link (/history) treats `pages/` as an old-style
    pages directory and runs the file without app.py's navigation. Send such a visit through
    app.py, which then opens the page that was asked for.
    """
    if st.session_state.get(NAVIGATION_FLAG):
        return
    if page_file:
        st.session_state[DEEP_LINK] = str(Path(page_file).resolve())
    st.switch_page(str(APP_SCRIPT))


def page_header(title: str, help_text: str) -> None:
    ensure_app_navigation(sys._getframe(1).f_globals.get("__file__"))
    st.title(title)
    st.caption(help_text)
