"""The floor under the editor's figures: a bare `st.components.v2` text area whose value goes to
the server and comes back as the component's data, in a fragment, with no checks, no storage
and nothing else on the page (Streamlit configured as app.py configures it). `bench_app` times
it in the same browser as the editor, so the Streamlit round trip on this machine, at this
load, is reported beside the editor's figure."""

from __future__ import annotations

from typing import Any

import streamlit as st
from streamlit import config as st_config

st_config.set_option("runner.postScriptGC", False)  # as app.py: the same Streamlit, bare

JS = """
export default function ({ data, parentElement, setStateValue }) {
  let area = parentElement.querySelector("textarea");
  if (!area) {
    area = document.createElement("textarea");
    area.setAttribute("aria-label", "Echo");
    area.addEventListener("input", () => setStateValue("text", area.value));
    const out = document.createElement("output");
    parentElement.append(area, out);
  }
  parentElement.querySelector("output").textContent = data || "";
}
"""


@st.cache_resource(show_spinner=False)
def _component() -> Any:
    return st.components.v2.component("bench_echo", js=JS)


@st.fragment
def echo() -> None:
    value = st.session_state.get("echo")
    text = value.get("text") if isinstance(value, dict) else getattr(value, "text", None)
    _component()(key="echo", data=text or "", on_text_change=lambda: None)


echo()
