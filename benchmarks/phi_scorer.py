"""Train and measure the PHI guard's learned candidate source (`assistant/phi/scorer.py`).

Training data: development parts only - the batch files numbered below 52 (batch 52 is the
scorer's test set, never trained or tuned on; later batches are other people's measurements),
corpus A's tuned part and corpus B's development part, each filtered through its committed split.
Never a hold-out, never ASQ-PHI. A token is positive when it lies in a gold NAME or LOCATION span.

    python -m benchmarks.phi_scorer --measure   # leave-one-batch-out (48-51) and batch 52
    python -m benchmarks.phi_scorer --train T   # train on every development part, save with T

Figures printed are aggregates per set (element recall, look-alikes flagged), never items.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from assistant.phi import find_phi, scorer  # noqa: E402
from assistant.phi import unattributed_learned as learned  # noqa: E402
from assistant.phi.context import analyse  # noqa: E402
from assistant.phi.sentence_anchors import sentence_anchors  # noqa: E402
from benchmarks.phi_corpus import DATA, Item, batch_parts, load, parts, parts_b, score  # noqa: E402

SEED = 20261130
TEST_BATCH = 52
LOBO_BATCHES = (48, 49, 50, 51)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
POSITIVE_TYPES = frozenset({"NAME", "LOCATION"})
STEPS, RATE, L2 = 300, 0.05, 1e-6


def batch_number(path: Path) -> int:
    return int(path.stem.removeprefix("corpus_batch"))


def batch(n: int) -> list[Item]:
    return load(DATA / f"corpus_batch{n}.jsonl")


def development(without: Iterable[int] = ()) -> list[Item]:
    """Every development item: batches below TEST_BATCH (less `without`), A's tuned part, B's
    development part."""
    skip = set(without)
    items: list[Item] = []
    for path in sorted(DATA.glob("corpus_batch*.jsonl")):
        n = batch_number(path)
        if n < TEST_BATCH and n not in skip:
            items += batch_parts(n)[0]  # a batch's own hold-out never
    items += parts()[0]
    items += parts_b()[0]
    return items


def rows(items: Sequence[Item]) -> tuple[np.ndarray, np.ndarray]:
    """Hashed feature rows and labels of every scored token of `items`."""
    x: list[list[int]] = []
    y: list[int] = []
    for item in items:
        text = item.text.replace("\r\n", " \n").replace("\r", "\n")
        ctx = analyse(text)
        anchors = sentence_anchors(ctx)
        codes = scorer.sentence_codes(anchors)
        gold = [(s, e) for t, s, e in item.spans if t in POSITIVE_TYPES]
        toks = scorer.tokens(text)
        for i, t in enumerate(toks):
            if not scorer.is_candidate(t):
                continue
            x.append(scorer.hashed(scorer.features(toks, i, codes[ctx.sentence_index(t.start)])))
            y.append(int(any(s < t.end and t.start < e for s, e in gold)))
    return np.asarray(x, dtype=np.int64), np.asarray(y, dtype=np.float64)


def train(x: np.ndarray, y: np.ndarray, threshold: float, seed: int = SEED) -> scorer.Model:
    """Logistic regression, full-batch Adam with a small L2 penalty (deterministic given the
    data; the seed only orders the rows)."""
    order = np.random.default_rng(seed).permutation(len(y))
    x, y = x[order], y[order]
    size = 1 << scorer.BITS
    w = np.zeros(size)
    b = 0.0
    m_w, v_w = np.zeros(size), np.zeros(size)
    m_b = v_b = 0.0
    flat = x.ravel()
    width = x.shape[1]
    for step in range(1, STEPS + 1):
        p = 1.0 / (1.0 + np.exp(-(w[x].sum(axis=1) + b)))
        g = (p - y) / len(y)
        grad_w = np.bincount(flat, weights=np.repeat(g, width), minlength=size) + L2 * w
        grad_b = g.sum()
        m_w = 0.9 * m_w + 0.1 * grad_w
        v_w = 0.999 * v_w + 0.001 * grad_w**2
        m_b = 0.9 * m_b + 0.1 * grad_b
        v_b = 0.999 * v_b + 0.001 * grad_b**2
        c1, c2 = 1 - 0.9**step, 1 - 0.999**step
        w -= RATE * (m_w / c1) / (np.sqrt(v_w / c2) + 1e-8)
        b -= RATE * (m_b / c1) / (np.sqrt(v_b / c2) + 1e-8)
    return scorer.Model(w.astype(np.float32), float(b), threshold)


def figures(items: Sequence[Item]) -> dict[str, float | None]:
    every = score(items, lambda t: [(f.start, f.end) for f in find_phi(t)])
    errors = score(items, lambda t: [(f.start, f.end) for f in find_phi(t)
                                     if f.severity == "error"])
    return {"element_recall": every["element_recall"],
            "lookalikes_flagged": every["lookalikes_flagged"],
            "errors_only_recall": errors["element_recall"],
            "errors_only_flagged": errors["lookalikes_flagged"]}


VARIANTS = (("new", False), ("any", False), ("new", True), ("care", True), ("any", True))


def compare(items: Sequence[Item], model: scorer.Model) -> dict[str, object]:
    """Rules alone, then rules + scorer for each variant (which rule candidates the scorer may
    weigh again, and whether the gates beside non-patients apply) at each threshold."""
    out: dict[str, object] = {}
    learned.use(None)
    out["rules"] = figures(items)
    try:
        for override, gates in VARIANTS:
            learned.OVERRIDE_UNSURE, learned.AWAY_GATES = override, gates
            for t in THRESHOLDS:
                learned.use(scorer.Model(model.weights, model.bias, t))
                out[f"{override}{'+gates' if gates else ''}@{t}"] = figures(items)
    finally:
        learned.OVERRIDE_UNSURE, learned.AWAY_GATES = "care", True
        learned.default()
    return out


def measure() -> dict[str, object]:
    """Leave-one-batch-out over batches 48-51, then batch 52 with a model trained on every
    development part; with the missed names' and places' provenance (counts)."""
    results: dict[str, object] = {}
    sets = [(f"lobo_batch{k}", batch(k), [k]) for k in LOBO_BATCHES]
    sets.append((f"batch{TEST_BATCH}", batch(TEST_BATCH), []))
    for name, items, without in sets:
        x, y = rows(development(without=without))
        model = train(x, y, 0.5)
        result = compare(items, model)
        result["rules_missed_names_places"] = provenance(items, model)
        result["train_tokens"] = int(len(y))
        results[name] = result
        print(name, json.dumps(result), flush=True)
    return results


def save(model: scorer.Model, path: Path = learned.WEIGHTS) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, weights=model.weights.astype(np.float16),
                        bias=np.float32(model.bias), threshold=np.float32(model.threshold))


def provenance(items: Sequence[Item], model: scorer.Model) -> dict[str, int]:
    """Where the rules' missed NAME and LOCATION spans stand (counts only): proposed by no rule,
    proposed and dropped for want of a tie, proposed and given to a non-patient; and how many of
    each the scorer rates at or above its threshold."""
    seen: list[object] = []
    real = learned.scored_candidates

    def capture(scan: object) -> None:
        seen.append(scan)

    counts: dict[str, int] = {}
    learned.scored_candidates = capture  # type: ignore[assignment]
    try:
        for item in items:
            seen.clear()
            text = item.text.replace("\r\n", " \n").replace("\r", "\n")
            found = [(f.start, f.end) for f in find_phi(text)]
            scan = seen[0] if seen else None
            if scan is None:
                continue
            toks = scorer.tokens(text)
            codes = scorer.sentence_codes(scan.anchors)  # type: ignore[attr-defined]
            for type_, s, e in item.spans:
                if type_ not in POSITIVE_TYPES or any(a < e and s < b for a, b in found):
                    continue
                def hits(spans: Iterable[tuple[int, int]], s: int = s, e: int = e) -> bool:
                    return any(a < e and s < b for a, b in spans)
                if hits(scan.unsure):  # type: ignore[attr-defined]
                    where = "rule_dropped_no_tie"
                elif hits(scan.considered) or hits(  # type: ignore[attr-defined]
                        (p.start, p.end) for p in scan.found_places):  # type: ignore[attr-defined]
                    where = "rule_gave_away_or_other"
                else:
                    where = "no_rule_candidate"
                inside = [i for i, t in enumerate(toks) if s <= t.start and t.end <= e
                          and scorer.is_candidate(t)]
                p = max((float(model.probabilities([scorer.hashed(scorer.features(
                    toks, i, codes[scan.ctx.sentence_index(toks[i].start)]))])[0])  # type: ignore[attr-defined]
                    for i in inside), default=0.0)
                counts[where] = counts.get(where, 0) + 1
                if p >= model.threshold:
                    counts[where + "_scored_above"] = counts.get(where + "_scored_above", 0) + 1
    finally:
        learned.scored_candidates = real  # type: ignore[assignment]
    return dict(sorted(counts.items()))


if __name__ == "__main__":
    if "--measure" in sys.argv:
        print(json.dumps(measure(), indent=1))
    elif "--train" in sys.argv:
        threshold = float(sys.argv[sys.argv.index("--train") + 1])
        x, y = rows(development())
        save(train(x, y, threshold))
        print(f"trained on {len(y)} tokens ({int(y.sum())} positive), threshold {threshold}")
    else:
        print(__doc__)
