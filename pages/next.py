"""Who to contact next, beyond any conference: mentors and sponsors overdue for an update,
promises and follow-ups coming due, warm contacts relevant to the current goal, each with its
reason and "Draft this". Widgets only; the rules live in `assistant.conference.service`
(the same list as `outreach next`)."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from assistant.conference.service import NextItem
from assistant.ui.markdown import md
from pages._shared import draft_this, page_header, workspace

SHOWN = 50  # items drawn; `outreach next` lists them all

RULE_LABELS = {
    "follow_up_owed": "Follow-up owed",
    "promise": "Promise coming due",
    "update_owed": "Update owed",
    "warm_relevant": "Fits your goal",
}


def _show(n: int, item: NextItem) -> None:
    with st.container(border=True):
        text, action = st.columns([3, 1], vertical_alignment="center")
        when = f" · due {item.due_date:%a %d %b %Y}" if item.due_date else ""
        badge = ":red-badge[Overdue] " if item.overdue else ""
        label = RULE_LABELS.get(item.rule, md(item.rule))
        text.markdown(f"{badge}**{md(item.contact)}** · {label}{when}")
        text.caption(md(item.reason))
        if action.button("Draft this", key=f"next_draft_{n}", icon=":material/edit:",
                         width="stretch"):
            draft_this(item.request, item.contact_id)


page_header(
    "Who to contact next",
    "Mentors and sponsors overdue for an update, promises and follow-ups coming due, and warm "
    "contacts whose work fits your current goal (set it on the Profile page).",
)

items = workspace().next_contacts(dt.date.today())
if not items:
    st.info("No one right now: mentors, promises and warm contacts appear here when due. Mark "
            "mentors and sponsors on the Network page, and set your goal on the Profile page.",
            icon=":material/check_circle:")
for n, item in enumerate(items[:SHOWN]):
    _show(n, item)
if len(items) > SHOWN:
    st.caption(f"{len(items) - SHOWN} more are in `outreach next`.")
