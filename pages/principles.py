"""Principles: the networking guide as the assistant uses it — browse by section or search."""

from __future__ import annotations

from collections import defaultdict

import streamlit as st

from assistant import service
from assistant.errors import OutreachError
from assistant.ui import forms
from pages._shared import error_message, page_header, principles_by_id, settings

page_header(
    "Principles",
    "The ideas from the post-Match networking guide that the drafts and checks rest on. "
    "Search in your own words, or browse by section.",
)
principles = principles_by_id()
left, mid, right = st.columns([3, 1, 1])
question = left.text_input("Search the guide", key="principles_query",
                           placeholder="How soon should I follow up after a conference?")
kind = mid.selectbox("For a kind of message", [None, *forms.KIND_LABELS], key="principles_kind",
                     format_func=lambda k: "Any" if k is None else forms.KIND_LABELS[k])
k = right.number_input("Results", 1, 20, 5, key="principles_k")


def show(pid: str, title: str, text: str, extra: str = "") -> None:
    section = principles.get(pid, {}).get("section")
    with st.container(border=True):
        st.markdown(f"**{title}**{extra}")
        st.write(text)
        if section:
            st.caption(f"From the guide: {section}")


if question.strip():
    try:
        with st.spinner("Searching…"):
            results = service.search_principles(question.strip(), k=int(k), kind=kind,
                                                settings=settings())
    except OutreachError as exc:
        st.error(error_message(exc))
        results = []
    if not results:
        st.info("Nothing found; try other words.")
    for r in results:
        show(r.id, r.title, r.text)
else:
    if not principles:
        st.warning("The knowledge base is empty or could not be loaded "
                   f"(looked in `{settings().knowledge_dir}`).")
    by_section: dict[str, list[dict]] = defaultdict(list)
    for p in principles.values():
        if kind is None or kind in (p.get("kinds") or []):
            by_section[p["section"]].append(p)
    st.caption(f"{sum(map(len, by_section.values()))} principles in {len(by_section)} sections.")
    for section, items in by_section.items():
        with st.expander(f"{section} ({len(items)})"):
            for p in items:
                st.markdown(f"**{p['title']}**")
                st.write(p["text"])
