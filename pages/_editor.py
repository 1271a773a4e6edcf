"""The draft editor component (Streamlit's bidirectional components, `st.components.v2`): the
JavaScript and CSS ship in `assistant/ui/static/`, nothing is fetched from a network."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import streamlit as st

STATIC = Path(__file__).resolve().parent.parent / "assistant" / "ui" / "static"
KEY = "draft_editor"


@st.cache_resource(show_spinner=False)
def _component() -> Any:
    return st.components.v2.component(
        "outreach_draft_editor",
        js=(STATIC / "editor.js").read_text(encoding="utf-8"),
        css=(STATIC / "editor.css").read_text(encoding="utf-8"),
    )


def draft_editor(data: dict[str, Any], on_text: Callable[[], None],
                 on_action: Callable[[], None]) -> Any:
    """Mount the editor. `data` is everything it shows (see editor.js); the resident's text
    arrives in `st.session_state[KEY]["text"]` as they type, a click on Apply or Apply all in
    `st.session_state[KEY]["action"]`, each calling its callback before the rerun."""
    return _component()(key=KEY, data=data, on_text_change=on_text,
                        on_action_change=on_action)


def editor_value(name: str) -> Any:
    """The editor's latest `text` or `action` value (inside a callback)."""
    value = st.session_state.get(KEY)
    return value.get(name) if isinstance(value, dict) else getattr(value, name, None)
