"""Long and hostile input is answered in seconds: no regular expression backtracks badly."""

from __future__ import annotations

import time

import pytest

from assistant.phi import find_phi

PARAGRAPH = (
    "Dear Dr. Okafor,\nThe patient we discussed, Mr. Alvarez, was admitted to St. Mary's Hospital "
    "on 3/14 (MRN 4482913); his daughter's phone is 617-555-0199. I enjoyed your talk at ACP on "
    "April 12.\n"
)
# Generous bound on this process's CPU time (wall time on a shared machine measures the other
# processes too): a catastrophic pattern takes minutes or hours on these; measured 6-10 s of CPU
# for 1 MB on a busy 2-core machine.
LIMIT_SECONDS = 30


def test_one_megabyte_message() -> None:
    text = (PARAGRAPH * (1_000_000 // len(PARAGRAPH) + 1))[:1_000_000]
    started = time.process_time()
    findings = find_phi(text)
    assert time.process_time() - started < LIMIT_SECONDS
    assert sum(f.type == "MRN" for f in findings) >= 1_000_000 // len(PARAGRAPH) - 1


@pytest.mark.parametrize(
    "unit",
    ["a", "Abc ", "1", "12-", "a.", "a@", "1 ", "Ab", "http://a", "Mr. John Smith ",
     "patient admitted seen at ", "St. ", "#1-", "(617) ", "@.", "'s "],
)
def test_pathological_repetitions(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    started = time.process_time()
    find_phi(text)
    assert time.process_time() - started < LIMIT_SECONDS / 3
