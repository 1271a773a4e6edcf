"""Every `error` the guard reports is recorded with the mechanism that made it one
(benchmarks/phi_rules.py tables them on development data). (Sentences written for these tests,
not taken from a corpus.)"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.phi import find_phi
from benchmarks.phi_rules import Recorder


@pytest.fixture(scope="module")
def recorder() -> Iterator[Recorder]:
    import assistant.phi as phi
    from assistant.phi import severity as sev
    from assistant.phi import unattributed_scan as us

    saved = (phi.structured, phi.patient_names, phi.patient_places, us.Scan.severity,
             us.Collector.add, sev.tie)
    rec = Recorder()
    rec.install()
    yield rec
    (phi.structured, phi.patient_names, phi.patient_places, us.Scan.severity,
     us.Collector.add, sev.tie) = saved


@pytest.mark.parametrize(
    ("text", "span", "reason"),
    [
        ("Quick one: MRN 44712093 needs a new wristband.", "44712093", "cue:recognizers:MRN"),
        ("His son Tobiah Varnstrom drove him in after the fall.", "Tobiah Varnstrom",
         "tied:person_candidates|relation"),
        ("Mrs. Quillfeather's hip fracture was repaired on 3/14.", "3/14", "tie:carried"),
    ],
)
def test_each_error_names_its_mechanism(
    recorder: Recorder, text: str, span: str, reason: str
) -> None:
    recorder.reasons.clear()
    errors = {f.text: recorder.reasons.get((f.start, f.end)) for f in find_phi(text)
              if f.severity == "error"}
    assert errors.get(span) == reason


def test_a_warning_is_not_recorded_as_an_error(recorder: Recorder) -> None:
    recorder.reasons.clear()
    found = find_phi("We should ask Mr. Ondrejka about the gala.")
    assert [f.severity for f in found] == ["warning"]
    assert recorder.reasons.get((found[0].start, found[0].end)) is None
