"""Every person candidate the inverted default sets aside is recorded with the rule that did it
(`Scan.dropped`, tabled by benchmarks/phi_drops.py). (Sentences written for these tests, not
taken from a corpus.)"""

from __future__ import annotations

import pytest

from assistant.phi import unattributed
from assistant.phi.context import analyse
from assistant.phi.labels import find_labels
from assistant.phi.unattributed_scan import Scan


def _dropped(text: str) -> dict[str, str]:
    ctx = analyse(text)
    scan = Scan(ctx, find_labels(text), [], set(), [])
    unattributed.names.person_candidates(scan)
    return {text[c.start : c.end]: rule for c, rule in scan.dropped}


@pytest.mark.parametrize(
    ("text", "word", "rule"),
    [
        ("Please thank Dr. Ravensworth for the elective letter.", "Ravensworth", "professional"),
        ("I'll be in Tranquillo next week for the rural medicine retreat.", "Tranquillo",
         "writer_place"),
        ("Please give my best to Quillinan!", "Quillinan", "colleague_syntax"),
        # no owner named and no tie: set aside for want of one
        ("I keep thinking about Quillinan on my golden weekend.", "Quillinan", "unsure_shield"),
        ("The Ravensworth Symposium in Oakhurst starts Monday.", "Oakhurst", "event_before"),
    ],
)
def test_each_drop_names_its_rule(text: str, word: str, rule: str) -> None:
    assert _dropped(text).get(word) == rule


def test_a_candidate_kept_is_not_recorded() -> None:
    # the titled name is kept; the bare surname inside it, a weaker shape of the same words,
    # is recorded as set aside for the stronger one
    dropped = _dropped("We admitted Mr. Ravensworth overnight with a GI bleed.")
    assert "Mr. Ravensworth" not in dropped
    assert dropped.get("Ravensworth") == "stronger_shape"
