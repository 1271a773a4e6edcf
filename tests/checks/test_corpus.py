"""The checks corpus (tests/data/checks): its breadth, its split, and the tuned part's figures.

The hold-out thirds (one per batch) are scored only by `make bench`
(benchmarks/bench_checks.py), never here: a test on them would make them tuning targets.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.checks import corpus

CASES = corpus.load()
# Every code of the contract's table and docs/contract.md that `outreach check` reports,
# except the two info codes every message gets.
CODES = {
    "phi", "placeholder", "char_limit", "name_mismatch", "length", "subject", "greeting",
    "slang", "emoji", "exclamation", "shouting", "negative", "no_ask", "mentor_ask",
    "no_thanks", "no_specifics", "no_identity", "no_signature", "late_followup",
    "unprofessional_email", "empty",
}


def test_corpus_is_broad() -> None:
    flawed = [c for c in CASES if c.codes]
    assert len(flawed) >= 200
    assert len(CASES) - len(flawed) >= 150
    per_code = Counter(code for c in flawed for code in c.codes)
    assert {code for code, n in per_code.items() if n >= 8} >= CODES, per_code
    channels = {(c.request or {}).get("channel") or c.channel for c in CASES}
    assert {"linkedin_note", "linkedin_message"} <= channels
    assert len({c.id for c in CASES}) == len(CASES)


def test_split_is_a_random_third_of_each_batch_covering_every_case() -> None:
    parts = corpus.split()
    names = list(corpus.PARTS)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert not parts[a] & parts[b], (a, b)
    assert set().union(*parts.values()) == {c.id for c in CASES}
    second = {c.id for c in CASES if c.id.startswith("c3-")}
    third = {c.id for c in CASES if c.id.startswith("cc-")}
    fourth = {c.id for c in CASES if c.id.startswith("dd-")}
    fifth = {c.id for c in CASES if c.id.startswith("ee-")}
    assert parts["holdout_b"] <= second
    assert parts["batch_c"] == third
    assert parts["batch_d"] | parts["holdout_d"] == fourth
    assert parts["batch_e"] | parts["holdout_e"] == fifth
    first = len(CASES) - len(second) - len(third) - len(fourth) - len(fifth)
    assert abs(len(parts["holdout"]) / first - 1 / 3) < 0.03
    assert abs(len(parts["holdout_b"]) / len(second) - 1 / 3) < 0.03
    assert abs(len(parts["holdout_d"]) / len(fourth) - 1 / 3) < 0.03
    assert abs(len(parts["holdout_e"]) / len(fifth) - 1 / 3) < 0.03


# The development parts, each at the goals with every check counted (the PHI guard's findings
# too; `make bench` also reports clean-left-clean with the guard's findings set aside): the
# first two batches' tuned part, the third batch (development data for six failure classes,
# each with its look-alikes) and the fourth and fifth batches' development parts (their
# hold-out thirds are scored by `make bench` only).
DEVELOPMENT_PARTS = ("tuned", "batch_c", "batch_d", "batch_e")


@pytest.mark.parametrize("part", DEVELOPMENT_PARTS)
def test_development_part_meets_the_goals(part: str) -> None:
    ids = corpus.split()[part]
    score = corpus.score([c for c in CASES if c.id in ids])
    assert score.recall >= 0.90, score.misses
    assert score.clean_rate >= 0.95, score.false_alarms


def test_clean_left_clean_counts_warnings_and_errors_only() -> None:
    """A well-written message whose only findings are info (word count, readability, a mild
    phrase) is left clean; one warning is not."""
    mild = corpus.Case("mild", "Subject: ACP chapter meeting\n\nDear Dr. Lee,\n\nI'm Maria "
                       "Gomez, a PGY-1 in internal medicine at UCSF. Would you have 15 minutes "
                       "in May? If not, no worries.\n\nBest,\nMaria Gomez\n", [], None,
                       "introduction", "email")
    loud = corpus.Case("loud", mild.text.replace("no worries.", "no worries!!"), [], None,
                       "introduction", "email")
    assert {f.severity for f in corpus.run(mild)} == {"info"}
    score = corpus.score([mild, loud])
    assert (score.clean, score.clean_ok) == (2, 1)
