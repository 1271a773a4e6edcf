"""The probe requests (tests/data/drafting/probe_forms.yaml, development only): each drafted
offline passes the drafting rubric (facts kept, nothing it must not say, nothing invented, no
third person about the reader, no deferred ask, its own checks clean)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.config import Settings
from assistant.drafting import draft
from assistant.models import DraftRequest
from tests.drafting.rubric import Entry, failures

PROBES = yaml.safe_load((Path(__file__).resolve().parent.parent / "data" / "drafting" /
                         "probe_forms.yaml").read_text(encoding="utf-8"))


def test_there_are_enough_probes_of_every_composed_kind() -> None:
    kinds = {p["request"]["kind"] for p in PROBES}
    assert len(PROBES) >= 40
    assert kinds == {"introduction", "follow_up", "linkedin_note", "mentor_agenda"}


@pytest.mark.parametrize("probe", PROBES, ids=[p["id"] for p in PROBES])
def test_probe_passes_the_rubric(built_index: Settings, probe: dict) -> None:
    entry = Entry(probe["id"], probe["context"], DraftRequest.model_validate(probe["request"]),
                  probe["keep"], probe["avoid"])
    result = draft(entry.request, engine="offline", settings=built_index)
    assert failures(entry, result) == [], result.body
