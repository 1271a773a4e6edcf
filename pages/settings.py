"""Settings: which engine drafts, where data lives, the LinkedIn tier. The key is never shown."""

from __future__ import annotations

import streamlit as st

from assistant import service
from assistant.config import get_settings
from assistant.ui.markdown import md
from pages._shared import (
    ENGINE_LABELS,
    engine_choice,
    page_header,
    preferences,
    save_preferences,
    settings,
)

page_header(
    "Settings",
    "The model and data settings come from the environment or a `.env` file next to the app; "
    "the choices below are saved and apply until you change them.",
)
cfg = settings()
status = service.engine_status(cfg)
offered = service.engines_offered(get_settings())
saved = preferences()


def _save(widget_key: str, field: str) -> None:
    save_preferences(**{field: st.session_state[widget_key]})
    st.toast("Saved.", icon=":material/check:")


# The radios show the saved choice (or, when it cannot work here, the default) every time.
st.session_state["w_engine"] = engine_choice()
st.session_state["w_tier"] = saved.linkedin_tier or get_settings().linkedin_tier

st.subheader("Drafting engine")
if status.get("engine") == "llm":
    st.success(f"Language model configured: **{md(status.get('model'))}**",
               icon=":material/cloud:")
    st.markdown(f"- Server: `{status.get('base_url') or 'OpenAI (default)'}`\n"
                f"- API key: {'set' if status.get('key_set') else 'not set'}")
    if not status.get("key_set"):
        st.caption("No API key is set: fine for a local server (Ollama, vLLM, llama.cpp); a "
                   "hosted one needs `OPENAI_API_KEY` in `.env`.")
else:
    st.info("Offline engine: drafts are composed on this computer from the guide's "
            "principles; nothing is sent anywhere.", icon=":material/cloud_off:")
    st.caption("To use a model, set `OPENAI_API_KEY` (and `OPENAI_BASE_URL` for a local or "
               "other OpenAI-compatible server, `OUTREACH_MODEL` for the model) in `.env` and "
               "restart the app. Until then, drafting with a model only is not offered.")
st.radio("Engine", offered, key="w_engine", horizontal=True, on_change=_save,
         args=("w_engine", "engine"), format_func=lambda e: ENGINE_LABELS[e],
         help="Automatic falls back to the offline engine, and says so, when the model fails.")

if st.button("Test the connection", icon=":material/network_check:",
             help="Lists the server's models, asks for one short sample draft (which "
                  "structured-output mode works, how long it takes) and looks for a model "
                  "server running on this computer."):
    with st.spinner("Asking the model server…"):
        st.session_state["connection_report"] = service.probe_connection(cfg)
report = st.session_state.get("connection_report")
if report is not None:
    if report.ok:
        st.success(f"Drafted a sample in **{report.latency_s:.1f} s** with structured output "
                   f"**{report.mode}**.", icon=":material/check_circle:")
        if report.mode_reason:
            st.caption(f"Better modes were refused: {report.mode_reason}")
    elif report.error:
        st.error(report.error, icon=":material/error:")
    if report.models:
        listed = "listed" if report.model in report.models else "**not** listed"
        st.markdown(f"Models on `{report.base_url}` ({report.model!r} is {listed}): "
                    + ", ".join(f"`{m}`" for m in report.models[:20]))
    elif report.models_error:
        st.caption(report.models_error)
    for server in report.local:
        st.info(f"{server.name} is running at `{server.base_url}` with "
                + (", ".join(f"`{m}`" for m in server.models[:10]) or "no models")
                + ". To use it, put this in `.env` and restart the app:",
                icon=":material/computer:")
        st.code(f"OPENAI_BASE_URL={server.base_url}\nOUTREACH_MODEL="
                f"{server.models[0] if server.models else 'MODEL'}", language="bash")

st.subheader("LinkedIn")
st.radio(
    "Account tier", ["free", "premium"], key="w_tier", horizontal=True, on_change=_save,
    args=("w_tier", "linkedin_tier"), format_func={"free": "Free", "premium": "Premium"}.get,
    help="Free accounts allow 200 characters in a connection note, Premium 300.",
)
st.caption(f"Connection notes may have up to **{settings().linkedin_note_limit}** characters "
           "on this tier.")

st.subheader("Your data")
scheme = cfg.sqlalchemy_url.split(":", 1)[0]
database = (f"SQLite file `{(cfg.data_dir / 'outreach.db').resolve()}`"
            if not cfg.database_url else f"{scheme.split('+')[0]} database (DATABASE_URL is set)")
st.markdown(f"- Data directory: `{cfg.data_dir.resolve()}`\n"
            f"- Profile, drafts and contacts: {database}\n"
            f"- Knowledge base: `{cfg.knowledge_dir}`")
st.caption("Everything stays on this computer (or your program's database). Delete the data "
           "directory to start over.")
