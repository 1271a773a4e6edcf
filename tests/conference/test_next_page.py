"""The Who-to-contact-next page under AppTest: the signed-in user's mentors overdue for an
update and warm contacts fit to the goal, each with its reason; "Draft this" opens Compose
prefilled; another user's contacts never appear."""

from __future__ import annotations

import datetime as dt

from streamlit.testing.v1 import AppTest

from assistant.config import get_settings
from assistant.models import Sender
from assistant.storage import ContactRecord, InteractionRecord, open_store
from tests.app.conftest import APP, go, texts


def _mentor(store, name: str) -> int:
    cid = store.add_contact(ContactRecord(name=name, institution="UCSF", relationship="mentor"))
    store.add_interaction(InteractionRecord(
        contact_id=cid, date=dt.date.today() - dt.timedelta(days=200), type="message_sent",
        event="Grand rounds"))
    return cid


def test_next_page_lists_reasons_drafts_and_shows_only_my_contacts() -> None:
    get_settings.cache_clear()
    mine = open_store(get_settings())
    mine.save_profile(Sender(name="Maya Chen", role="PGY-1 resident",
                             interests=["sepsis handoffs"], goals="critical care fellowship"))
    cid = _mentor(mine, "Dr. Zoe [Ward](http://x.example)")
    mine.add_contact(ContactRecord(name="Dr. Ravi Nair", relationship="met_once",
                                   specialty="critical care", title="ICU fellowship director",
                                   tags=["sepsis"]))
    _mentor(open_store(get_settings(), "ben"), "Dr. Lee Park")

    at = go(AppTest.from_file(APP, default_timeout=120).run(), "next")
    assert not at.exception
    shown = texts(at)
    assert [t.value for t in at.title] == ["Who to contact next"]
    assert "Dr. Zoe [Ward](http://x.example)" in shown  # escaped: shown as typed, no link
    assert "No update to your mentor in 3 months" in shown
    assert "Update owed" in shown
    assert "Dr. Ravi Nair" in shown and "Fits your goal" in shown
    assert "Dr. Lee Park" not in shown
    assert not any("](http" in m.value for m in at.markdown)

    at.button(key="next_draft_0").click().run()
    assert not at.exception
    assert [t.value for t in at.title] == ["Compose a message"]
    if "compose_prefill" in at.session_state:  # Compose has not consumed it (yet)
        assert at.session_state["compose_prefill"]["kind"] == "update"
        assert at.session_state["compose_prefill_contact_id"] == cid
    else:  # Compose took it into its form
        assert at.session_state["f_kind"] == "update"
        assert at.session_state["f_contact_name"] == "Dr. Zoe [Ward](http://x.example)"


def test_next_page_when_no_one_is_due() -> None:
    get_settings.cache_clear()
    _mentor(open_store(get_settings(), "ben"), "Dr. Lee Park")
    at = go(AppTest.from_file(APP, default_timeout=120).run(), "next")
    assert not at.exception
    assert "No one right now" in texts(at) and "Dr. Lee Park" not in texts(at)
