"""A resident's goals typed as a bare plan ("apply to ... fellowship; would love to meet ...")
are written as their sentences ("I plan to apply ..., and I would love to meet ..."); an
abbreviation's dot goes with it when it is written out ("esp. Lakeside" -> "especially
Lakeside"); "pulm/crit care" is written out once. Wordings invented here."""

from __future__ import annotations

import pytest

from assistant.checks import check
from assistant.engines.offline.fields import plain_register
from assistant.models import DraftRequest
from assistant.text.shorthand import expand


@pytest.mark.parametrize(("typed", "written"), [
    ("esp. the Riverside program", "especially the Riverside program"),
    ("mostly icu, esp. Lakeside", "mostly icu, especially Lakeside"),
    ("esp your talk", "especially your talk"),
    # a word that is not an abbreviation of what it becomes keeps a sentence's stop
    ("thx. see you at noon", "thank you. see you at noon"),
])
def test_an_abbreviation_written_out_takes_its_dot(typed: str, written: str) -> None:
    assert plain_register(typed) == written


@pytest.mark.parametrize(("typed", "written"), [
    ("pulm/crit care fellowship", "pulmonary and critical care fellowship"),
    ("pulm/crit fellowship", "pulmonary and critical care fellowship"),
])
def test_pulmonary_and_critical_care_is_written_out_once(typed: str, written: str) -> None:
    assert expand(typed) == written


@pytest.mark.parametrize(("goals", "sentence"), [
    ("apply to nephrology fellowship in the fall; would love to meet program directors, "
     "esp. at Brookfield",
     "I plan to apply to nephrology fellowship in the fall, and I would love to meet program "
     "directors, especially at Brookfield."),
    ("join a hospitalist group after residency",
     "I plan to join a hospitalist group after residency."),
    ("a career in academic hospital medicine",
     "I am working toward a career in academic hospital medicine."),
    # one fellowship of its kind, with its article
    ("geriatrics fellowship; meet fellowship directors",
     "I am working toward a geriatrics fellowship, and I hope to meet fellowship directors."),
])
def test_goals_typed_as_a_plan(built_index, goals: str, sentence: str) -> None:
    from assistant.drafting import draft

    request = DraftRequest.model_validate({
        "kind": "introduction", "contact": {"name": "Dr. Ines Halvorsen"},
        "meeting": {"event": "ACP Internal Medicine Meeting"},
        "sender": {"name": "Sam Ortiz", "role": "PGY-2 internal medicine resident",
                   "goals": goals}})
    d = draft(request, engine="offline", settings=built_index)
    assert sentence in d.body
    assert not [f for f in check(f"Subject: {d.subject}\n\n{d.body}", kind="introduction",
                                 channel="email") if f.code == "grammar"]
