"""Fixtures for the app tests: the app under AppTest, and a drafting model replaced at the
service layer (never the OpenAI SDK)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from assistant import service
from assistant.config import get_settings
from assistant.models import Draft, DraftRequest, PrincipleRef
from assistant.storage import open_store
from tests.conftest import ROOT

APP = str(ROOT / "app.py")


@pytest.fixture
def app() -> AppTest:
    """The app on a fresh data directory (the autouse fixture sets OUTREACH_DATA_DIR)."""
    get_settings.cache_clear()
    at = AppTest.from_file(APP, default_timeout=90)
    return at.run()


@dataclass
class FakeModel:
    """Stands in for service.draft: records each request and what History held at the time."""

    body: Callable[[DraftRequest], str]
    calls: list[DraftRequest] = field(default_factory=list)
    pending_at_call: list[list[str]] = field(default_factory=list)
    raises: Exception | None = None
    engines: list[str] = field(default_factory=list)
    streamed: list[bool] = field(default_factory=list)

    def __call__(self, request: DraftRequest, engine: str = "auto", settings: Any = None,
                 on_token: Any = None) -> Draft:
        self.calls.append(request)
        self.engines.append(engine)
        self.streamed.append(on_token is not None)
        self.pending_at_call.append([d.status for d in open_store(get_settings()).list_drafts()])
        if self.raises is not None:
            raise self.raises
        channel = request.effective_channel
        if on_token is not None:  # a configured model streams its answer
            for word in self.body(request).split(" "):
                on_token(word + " ")
        return Draft(
            kind=request.kind, channel=channel,
            subject="Thank you from SGIM" if channel == "email" else None,
            body=self.body(request), engine="offline",
            principles=[PrincipleRef(id="professional-tone-everywhere", title="Tone",
                                     text="Professional tone everywhere.")],
        )


def casual_body(request: DraftRequest) -> str:
    """A draft with a casual greeting, so a finding is certain."""
    name = request.contact.name or "Dr. Okafor"
    return (f"Hey {name},\n\nThank you for talking with me about QI curricula at SGIM 2026. "
            "I will send my QI proposal by Friday.\n\nBest regards,\nMaya Chen")


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> FakeModel:
    model = FakeModel(body=casual_body)
    monkeypatch.setattr(service, "draft", model)
    return model


def texts(at: AppTest) -> str:
    """Every visible text of the last run, for assertions on what the resident sees (a
    backslash-escaped character shows as itself)."""
    parts: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "error", "warning",
                 "info", "success", "text", "code", "html"):
        parts.extend(str(e.value) for e in getattr(at, kind))
    parts.extend(str(e.label) for e in at.expander)
    return as_shown("\n".join(parts))


def as_shown(markdown: str) -> str:
    """Markdown source with its backslash escapes as the page shows them ('Dr\\.' is 'Dr.')."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown)


def fill(at: AppTest, **values: str) -> AppTest:
    """Type into the compose form's text inputs by session-state key (without the f_)."""
    for key, value in values.items():
        at.text_input(key=f"f_{key}").input(value)
    return at


def go(at: AppTest, page: str) -> AppTest:
    return at.switch_page(f"pages/{page}.py").run()
