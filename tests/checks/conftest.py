"""Fixtures for the check tests: realistic draft requests a resident would give."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from assistant.inputs import parse_request
from assistant.models import DraftRequest

SENDER = {
    "name": "Maria Gomez",
    "role": "PGY-1 internal medicine resident",
    "program": "UCSF Internal Medicine Residency",
    "interests": ["quality improvement", "hospital medicine"],
    "email": "maria.gomez@ucsf.edu",
}

BASES: dict[str, dict[str, Any]] = {
    "follow_up": {
        "kind": "follow_up",
        "today": "2026-04-14",
        "sender": SENDER,
        "contact": {
            "name": "Dr. Ada Okafor", "title": "Associate Professor of Medicine",
            "institution": "Johns Hopkins", "specialty": "hospital medicine",
            "relationship": "met_once",
        },
        "meeting": {
            "event": "SGIM Annual Meeting", "date": "2026-04-12",
            "topics": ["sepsis handoffs"], "specific_detail": "her ICU handoff checklist",
            "next_step": "send my QI project aim by Friday",
        },
    },
    "introduction": {
        "kind": "introduction",
        "today": "2026-03-01",
        "sender": SENDER,
        "contact": {
            "name": "Dr. James Lee", "title": "Program Director, Cardiology Fellowship",
            "institution": "Stanford", "specialty": "cardiology", "relationship": "new",
            "their_work": "outcomes research on heart failure readmissions",
        },
        "meeting": {"event": "ACC.26", "date": "2026-03-28"},
        "ask": "15 minutes for coffee during ACC.26",
    },
    "update": {
        "kind": "update",
        "today": "2026-09-01",
        "sender": SENDER,
        "contact": {"name": "Dr. Priya Patel", "relationship": "mentor"},
        "update": {"news": "my abstract was accepted at SGIM", "credit": "her feedback"},
    },
    "mentor_agenda": {
        "kind": "mentor_agenda",
        "sender": SENDER,
        "contact": {"name": "Dr. Priya Patel", "relationship": "mentor"},
        "decisions": ["whether to start a QI or a research project this year"],
    },
    "linkedin_note": {
        "kind": "linkedin_note",
        "sender": SENDER,
        "contact": {"name": "Dr. Sam Rivera", "relationship": "met_once"},
        "meeting": {"event": "ACP Internal Medicine Meeting", "topics": ["clinician-educator"]},
    },
}


def make_request(kind: str = "follow_up", **changes: Any) -> DraftRequest:
    """A base request of `kind` with dotted-path changes: make_request(**{"contact.name": "X"})."""
    data = copy.deepcopy(BASES.get(kind, {"kind": kind}))
    data["kind"] = kind
    for path, value in changes.items():
        node = data
        *parents, leaf = path.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        if value is None:
            node.pop(leaf, None)
        else:
            node[leaf] = value
    return parse_request(data)


@pytest.fixture
def request_for():
    return make_request
