"""Markdown in stored and imported text is shown as text, never as a live link or a fetched image.

A contact's name, an event, topics and a next step (typed, or imported from a CSV anyone could
have written) reach What is due, History, Network and Compose. Every string the app hands to
Streamlit's Markdown renderer (markdown, captions, alerts, expander titles, widget labels, table
cells, toasts) is parsed here with a CommonMark parser, as the browser's renderer would: no link,
image or raw HTML may come out of it, and no bare URL may stay whole for the autolinker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from markdown_it import MarkdownIt
from streamlit.testing.v1 import AppTest

from assistant.config import get_settings
from assistant.models import Draft, DraftRequest
from assistant.storage import ContactRecord, InteractionRecord, open_store
from assistant.ui.markdown import md
from tests.app.conftest import APP, go

HOSTILE = {
    "name": "[click me](https://evil.example/pay)",
    "institution": "![x](http://tracker.example/px.png)",
    "event": "![pixel](http://tracker.example/e.png) Summit",
    "topic": "<img src=http://tracker.example/t.png>",
    "next_step": "visit www.evil.example/pay **now** :red[urgent]",
}
REMOTE = ("http://", "https://", "www.")
PARSER = MarkdownIt("commonmark").enable("table").enable("strikethrough")


def _tokens(text: str) -> Iterator[str]:
    for token in PARSER.parse(text):
        yield token.type
        for child in token.children or []:
            yield child.type


def rendered_problems(text: str) -> list[str]:
    """What a Markdown renderer would turn into markup: links, images, HTML, whole URLs."""
    problems = [t for t in _tokens(text) if t in ("link_open", "image", "html_inline",
                                                  "html_block")]
    problems += [r for r in REMOTE if r in text]
    return problems


@pytest.mark.parametrize("value", [*HOSTILE.values(), "a@b.example", ":material/warning: $x$",
                                   "line one\nline two", "plain Zoë Łukasiewicz, MD"])
def test_escaped_text_renders_as_itself(value: str) -> None:
    escaped = md(value)
    assert rendered_problems(escaped) == []
    html = PARSER.render(escaped)
    assert "<a" not in html and "<img" not in html and "<em>" not in html
    assert PARSER.renderInline(escaped).replace("&quot;", '"').replace("&lt;", "<").replace(
        "&gt;", ">").replace("&amp;", "&") == " ".join(value.split("\n"))


def markdown_strings(at: AppTest) -> list[str]:
    """Every string of the last run that Streamlit renders as Markdown."""
    out: list[str] = []
    for kind in ("markdown", "caption", "error", "warning", "info", "success", "toast",
                 "title", "header", "subheader"):
        out.extend(str(e.value) for e in getattr(at, kind))
    out.extend(str(e.label) for e in at.expander)
    for kind in ("text_input", "text_area", "selectbox", "button", "checkbox", "radio",
                 "multiselect", "date_input", "number_input"):
        out.extend(str(w.label) for w in getattr(at, kind))
    for table in at.table:
        frame = table.value
        out.extend(str(v) for v in frame.to_numpy().ravel())
    return out


@pytest.fixture
def hostile_store() -> int:
    get_settings.cache_clear()
    store = open_store(get_settings())
    cid = store.add_contact(ContactRecord(name=HOSTILE["name"], institution=HOSTILE["institution"],
                                          relationship="mentor"))
    met = dt.date.today() - dt.timedelta(days=5)
    store.add_interaction(InteractionRecord(
        contact_id=cid, date=met, type="met", event=HOSTILE["event"],
        topics=[HOSTILE["topic"], "QI"], next_step=HOSTILE["next_step"],
        due_date=dt.date.today() + dt.timedelta(days=2)))
    request = DraftRequest.model_validate({
        "kind": "follow_up", "contact": {"name": HOSTILE["name"]},
        "meeting": {"event": HOSTILE["event"], "topics": [HOSTILE["topic"]],
                    "next_step": HOSTILE["next_step"]}})
    draft_id = store.save_request(request, contact_id=cid)
    store.save_draft(draft_id, Draft(kind="follow_up", channel="email",
                                     subject=f"Following up: {HOSTILE['event']}",
                                     body=f"Dear {HOSTILE['name']},\n\nThanks.", engine="offline"))
    return cid


def assert_shown_as_text(at: AppTest) -> None:
    assert not at.exception, at.exception
    strings = markdown_strings(at)
    hostile_shown = [s for s in strings if "evil" in s or "tracker" in s]
    assert hostile_shown, "the hostile strings are on the page (escaped), or the test is void"
    bad = {s: rendered_problems(s) for s in hostile_shown if rendered_problems(s)}
    assert not bad, bad


@pytest.mark.parametrize("page", ["due", "history", "network"])
def test_stored_markdown_is_shown_as_text(hostile_store: int, page: str) -> None:
    at = AppTest.from_file(APP, default_timeout=90).run()
    go(at, page)
    if page == "history":
        for expander in at.expander:
            assert rendered_problems(expander.label) == [], expander.label
    if page == "network":
        at.session_state["net_pick"] = hostile_store
        at.run()
    assert_shown_as_text(at)


def test_the_added_and_imported_messages_are_text(hostile_store: int) -> None:
    at = AppTest.from_file(APP, default_timeout=90).run()
    go(at, "network")
    at.text_input(key="c_name_new").input("![y](http://tracker.example/new.png) Ward")
    next(b for b in at.button if b.label == "Add contact").click().run()
    assert any("tracker" in s.value for s in at.success), "the Added notice names the contact"
    assert_shown_as_text(at)


def test_a_request_reopened_in_compose_is_text(hostile_store: int) -> None:
    at = AppTest.from_file(APP, default_timeout=90).run()
    go(at, "history")
    reopen = next(b for b in at.button if b.key and b.key.startswith("reopen_"))
    reopen.click().run()
    go(at, "compose")
    at.button(key="mark_sent").click().run()  # "Marked as sent and recorded with <name>"
    assert_shown_as_text(at)
