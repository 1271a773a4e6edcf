"""Retrieval quality on the real knowledge base: the visible evaluation set must hold
hit@1 >= 0.8 and hit@3 >= 0.95, a hold-out set never used for tuning must stay close to what it
measured when the retriever was last changed, and drafting gets principles of the right kind."""

from __future__ import annotations

import pytest
import yaml

from assistant.config import Settings
from assistant.knowledge import load_principles
from assistant.models import KINDS, DraftRequest
from assistant.retrieval import principles_for, search
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"
EVAL = yaml.safe_load((DATA / "retrieval_eval.yaml").read_text())
# Written before the fusion weights were chosen and never used to choose them. Its floors sit one
# question below what it measured (hit@1 0.800, hit@3 0.867 over 30 questions).
HOLDOUT = yaml.safe_load((DATA / "retrieval_eval_holdout.yaml").read_text())
HOLDOUT_FLOORS = (0.76, 0.83)


def hit_rates(items: list[dict], settings: Settings) -> tuple[float, float, str]:
    """hit@1, hit@3 and a report of the top-1 misses."""
    misses = []
    hit1 = hit3 = 0
    for item in items:
        got = [r.id for r in search(item["question"], k=3, settings=settings)]
        hit1 += got[0] in item["ids"]
        hit3 += bool(set(got) & set(item["ids"]))
        if got[0] not in item["ids"]:
            misses.append(f"{item['question']} -> {got}")
    n = len(items)
    report = f"hit@1={hit1 / n:.3f} hit@3={hit3 / n:.3f}; top-1 misses:\n" + "\n".join(misses)
    return hit1 / n, hit3 / n, report


@pytest.mark.parametrize(("items", "minimum"), [(EVAL, 25), (HOLDOUT, 30)],
                         ids=["eval", "holdout"])
def test_eval_sets_are_valid(items: list[dict], minimum: int) -> None:
    known = {p.id for p in load_principles(ROOT / "knowledge")}
    assert len(items) >= minimum
    for item in items:
        assert item["question"].strip()
        assert 1 <= len(item["ids"]) <= 3, item["question"]
        unknown = set(item["ids"]) - known
        assert not unknown, f"{item['question']!r} names unknown ids {unknown}"


def test_holdout_questions_are_new() -> None:
    seen = {item["question"].strip().lower() for item in EVAL}
    assert not [i["question"] for i in HOLDOUT if i["question"].strip().lower() in seen]


def test_hit_at_1_and_3(built_index: Settings) -> None:
    hit1, hit3, report = hit_rates(EVAL, built_index)
    assert hit1 >= 0.8, report
    assert hit3 >= 0.95, report


def test_holdout_hit_at_1_and_3(built_index: Settings) -> None:
    hit1, hit3, report = hit_rates(HOLDOUT, built_index)
    assert hit1 >= HOLDOUT_FLOORS[0], report
    assert hit3 >= HOLDOUT_FLOORS[1], report


def test_kind_filter_on_real_knowledge(built_index: Settings) -> None:
    by_id = {p.id: p for p in load_principles(ROOT / "knowledge")}
    for kind in KINDS:
        results = search("how should I write this message?", k=10, kind=kind,
                         settings=built_index)
        assert results, kind
        assert all(kind in by_id[r.id].kinds for r in results), kind


def test_scores_are_ordered_and_k_is_respected(built_index: Settings) -> None:
    results = search("mentor versus sponsor", k=7, settings=built_index)
    assert len(results) == 7
    scores = [r.score for r in results]
    assert scores == sorted(scores, reverse=True)
    assert results[0].id == "mentor-vs-sponsor"


def test_principles_for_a_follow_up_request(built_index: Settings) -> None:
    request = DraftRequest.model_validate({
        "kind": "follow_up",
        "contact": {"name": "Dr. Rivera", "relationship": "met_once"},
        "meeting": {"event": "ACP Internal Medicine Meeting", "topics": ["QI project"]},
        "ask": "a 15-minute call next month",
    })
    got = principles_for(request, k=6, settings=built_index)
    assert len(got) == 6
    assert all("follow_up" in p.kinds for p in got)
    assert {"follow-up-within-72-hours", "follow-up-one-next-step"} & {p.id for p in got}


def test_principles_for_every_kind_serves_that_kind(built_index: Settings) -> None:
    for kind in KINDS:
        got = principles_for(DraftRequest(kind=kind), k=4, settings=built_index)
        assert got, kind
        assert all(kind in p.kinds for p in got), kind
