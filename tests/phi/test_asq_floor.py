"""Floors on the ASQ-PHI yardstick (MIT licence, 1,051 synthetic clinical queries).

Goals: element recall >= 0.98 with <= 5% of hard negatives flagged (warnings included), query
recall >= 0.99. Measured with the inverted default (benchmarks/bench_phi.py): element recall
0.997, query recall 1.000 (any flagged) and 0.990 (every element recalled), 0.9% of hard negatives
flagged. Each floor is the goal or the measured figure minus 0.01, whichever is lower; the
ceiling on false alarms is the goal. These numbers are not to be loosened.
"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi
from benchmarks.asq_phi import DEFAULT_PATH, load, score

ELEMENT_RECALL_FLOOR = 0.98
QUERY_RECALL_ANY_FLAGGED_FLOOR = 0.99
QUERY_RECALL_ALL_RECALLED_FLOOR = 0.98
HARD_NEGATIVES_FLAGGED_CEILING = 0.05


@pytest.fixture(scope="module")
def figures() -> dict[str, object]:
    if not DEFAULT_PATH.exists():
        pytest.skip(f"ASQ-PHI not present at {DEFAULT_PATH}")
    queries = load()
    return score(queries, [[(f.start, f.end) for f in find_phi(q.text)] for q in queries])


def test_dataset_is_the_published_one(figures: dict[str, object]) -> None:
    assert figures["queries"] == 1051
    assert figures["gold_elements"] == 2973
    assert figures["hard_negatives"] == 219


def test_element_recall_floor(figures: dict[str, object]) -> None:
    assert figures["element_recall"] >= ELEMENT_RECALL_FLOOR


def test_query_recall_floors(figures: dict[str, object]) -> None:
    assert figures["query_recall_any_flagged"] >= QUERY_RECALL_ANY_FLAGGED_FLOOR
    assert figures["query_recall_all_recalled"] >= QUERY_RECALL_ALL_RECALLED_FLOOR


def test_hard_negatives_flagged_ceiling(figures: dict[str, object]) -> None:
    assert figures["hard_negatives_flagged"] <= HARD_NEGATIVES_FLAGGED_CEILING


def test_scorer_counts_overlaps_and_false_alarms() -> None:
    """The scorer itself, on a two-query toy set with known answers."""
    from benchmarks.asq_phi import parse

    raw = (
        "===QUERY===\nPt John D. seen 3/4.\n===PHI_TAGS===\n"
        '{"identifier_type": "NAME", "value": "John D."}\n'
        '{"identifier_type": "DATE", "value": "3/4"}\n'
        "===QUERY===\nNo PHI here.\n===PHI_TAGS===\n"
    )
    queries = parse(raw)
    assert [(g.start, g.end) for g in queries[0].gold] == [(3, 10), (16, 19)]
    result = score(queries, [[(3, 7)], [(0, 2)]])
    assert result["element_recall"] == 0.5
    assert result["query_recall_any_flagged"] == 1.0
    assert result["query_recall_all_recalled"] == 0.0
    assert result["hard_negatives_flagged"] == 1.0
