"""Due: the follow-ups, promises and updates you owe, each with "Draft this", and the list as
calendar reminders (.ics). Widgets only; the rules live in `assistant.network.due`.

"Draft this" hands the item to Compose through session state:
  st.session_state["compose_prefill"]             a dict in the DraftRequest JSON shape
                                                  (kind, contact, meeting), as `outreach draft`
                                                  reads it
  st.session_state["compose_prefill_contact_id"]  the saved contact's id, so the sent draft
                                                  is recorded with that contact
then switches to pages/compose.py, which pops both keys and fills its form
(`pages._shared.draft_this`, which Who to contact next uses too).
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from assistant.network.calendar import to_ics
from assistant.network.due import DueItem
from assistant.ui.markdown import md
from pages._shared import draft_this, page_header, settings, workspace

SHOWN = 100  # items drawn; the .ics and the CLI carry them all

RULE_LABELS = {
    "follow_up_owed": "Follow-up owed",
    "promise": "Promise coming due",
    "update_owed": "Update owed",
}


def _show(item: DueItem) -> None:
    with st.container(border=True):
        text, action = st.columns([3, 1], vertical_alignment="center")
        badge = ":red-badge[Overdue]" if item.overdue else ":orange-badge[Due]"
        text.markdown(f"{badge} **{md(item.contact)}** · {RULE_LABELS[item.rule]} · "
                      f"due {item.due_date:%a %d %b %Y}")
        text.caption(md(item.reason))
        label = "Draft follow-up" if item.kind == "follow_up" else "Draft update"
        if action.button(label, key=f"draft_{item.uid}", icon=":material/edit:",
                         width="stretch"):
            draft_this(item.request, item.contact_id)


page_header(
    "What is due",
    "Follow-ups owed after meeting someone (the guide's 72 hours), promises coming due "
    "within a week, and mentors and sponsors who have not heard from you in "
    f"{settings().update_months} months. Log what you send on the Network page, or mark a "
    "draft as sent, and it leaves this list.",
)

when, a, b, c = st.columns([1.2, 1, 1, 2], vertical_alignment="bottom")
today = when.date_input("As of", dt.date.today(), key="due_today", format="YYYY-MM-DD")
items = workspace().due(today)
overdue = sum(item.overdue for item in items)
a.metric("Overdue", overdue)
b.metric("Due", len(items) - overdue)
c.download_button(
    "Add reminders to your calendar (.ics)", to_ics(items, today),
    file_name=f"networking-reminders-{today.isoformat()}.ics", mime="text/calendar",
    key="due_ics", icon=":material/event:", disabled=not items,
    help="One all-day reminder per item; importing a newer file updates the same reminders.",
)

if not items:
    st.info("Nothing is due. Log the people you meet on the Network page, and mark mentors "
            "and sponsors there, so follow-ups and updates show up here.",
            icon=":material/check_circle:")
for item in items[:SHOWN]:
    _show(item)
if len(items) > SHOWN:
    st.caption(f"{len(items) - SHOWN} more, less urgent, are in the calendar file and in "
               "`outreach due`.")
