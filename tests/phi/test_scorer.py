"""The learned candidate source (assistant/phi/scorer.py): what it may add, what the attribution
still clears, and that its training reads development data only and is reproducible."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from assistant.phi import find_phi, scorer
from assistant.phi import unattributed_learned as learned
from benchmarks import phi_scorer
from benchmarks.phi_corpus import load, parts, parts_b


@pytest.fixture
def eager() -> Iterator[scorer.Model]:
    """A model that rates every scored word a name (all weights 0, a large bias)."""
    model = scorer.Model(np.zeros(1 << scorer.BITS, dtype=np.float32), 5.0, 0.5)
    learned.use(model)
    yield model
    learned.default()


def _spans(text: str) -> list[tuple[int, int, str]]:
    return [(f.start, f.end, f.type) for f in find_phi(text)]


@pytest.mark.parametrize("text", [
    "Quintessa finally ate a full tray after the extubation.",
    "Mr. Okwuosa was extubated Tuesday; his son Obinna drove in from Hanford.",
])
def test_adds_only_spans_no_rule_found(eager: scorer.Model, text: str) -> None:
    with_scorer = _spans(text)
    learned.use(None)
    rules = _spans(text)
    assert set(rules) <= set(with_scorer)
    added = set(with_scorer) - set(rules)
    assert all(not (a < e and s < b) for s, e, _ in added for a, b, _ in rules)


@pytest.mark.parametrize("text", [
    "Hi Dr. Okafor,\n\nThanks for the advice on fellowship applications.\n\nBest,\nMarisol "
    "Quenby\nPGY-1",
    "Lunch with Zarahlynn after grand rounds was great.",
])
def test_attribution_still_clears_non_patients(eager: scorer.Model, text: str) -> None:
    assert _spans(text) == []


def test_features_have_a_fixed_width_in_the_hashed_space() -> None:
    toks = scorer.tokens("Mr. Okwuosa (bed 4) from Hanford, 91M, seen by Dr. Lee")
    rows = [scorer.hashed(scorer.features(toks, i, "P")) for i, t in enumerate(toks)
            if scorer.is_candidate(t)]
    assert rows and len({len(r) for r in rows}) == 1
    assert all(0 <= h < 1 << scorer.BITS for r in rows for h in r)
    assert not any(scorer.is_candidate(t) for t in toks if t.lower in ("dr", "mr"))


def test_training_reads_development_parts_only() -> None:
    ids = {i.id for i in phi_scorer.development()}
    held = {i.id for i in parts()[1]} | {i.id for i in parts_b()[1]}
    test = {i.id for i in phi_scorer.batch(phi_scorer.TEST_BATCH)}
    assert ids and not ids & held and not ids & test
    assert not ids & {i.id for i in phi_scorer.batch(48)} - {
        i.id for i in phi_scorer.development(without=[49])}


def test_training_is_reproducible() -> None:
    items = load(phi_scorer.DATA / "corpus_batch48.jsonl")[:40]
    x, y = phi_scorer.rows(items)
    first, second = phi_scorer.train(x, y, 0.5), phi_scorer.train(x, y, 0.5)
    assert np.array_equal(first.weights, second.weights) and first.bias == second.bias
    probabilities = first.probabilities(x.tolist())
    assert ((probabilities >= 0.5) == (y == 1)).mean() > 0.9
