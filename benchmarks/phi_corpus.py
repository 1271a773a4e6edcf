"""The PHI development corpus (tests/data/phi/): resident-written sentences with identifiers,
and look-alikes without any, each tagged with the place it was written (follow-up, update,
mentor question, M&M, case report, poster abstract, LinkedIn note, subject line).

`corpus.jsonl`: one record per text: id, kind ("phi" or "lookalike"), context, text, spans
(type, text, start, end). `split.json`: the hold-out, a third of each kind chosen at random with a
fixed seed before the guard was tuned on the rest (`python -m benchmarks.phi_corpus --split`
rebuilds it and must give the committed file). Never tune on the hold-out. `corpus_b.jsonl`
and `split_b.json` (`--b --split`): a second corpus and its own hold-out ("hold-out B").

Figures (same definitions as ASQ-PHI's scorer): element recall = share of gold spans overlapped
by a finding; text recall = share of PHI texts with every span found; look-alikes flagged =
share of look-alike texts with any finding.

`TEST_BATCHES`: batch files that are test sets, written to measure whether the session's work
generalises. They are never tuned on: `make bench` reports them as aggregates only (no ids of
missed or flagged items), under the name registered here rather than as a `_tuning` batch, and
the learned scorer never trains on them.

`SPLIT_BATCHES`: batch files with their own seeded hold-out, drawn by a registered draw function
before any tuning and committed as `split_<n>.json` (`python -m benchmarks.phi_corpus --batch 56
--split` rebuilds it and must give the committed file). Batch 56 (seed 20261501): `make bench`
reports its development part as `batch56_tuning`, with the ids of items missed or flagged, and
its hold-out ("hold-out C") as `batch56_holdout`, aggregates only, like a test batch; the drop
table and the learned scorer never read that hold-out. Batch 60 (seed 20261601, `split_60.json`,
"hold-out D"): reported the same way as `batch60_tuning` and `batch60_holdout`.
"""

from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "phi"
CORPUS = DATA / "corpus.jsonl"
SPLIT = DATA / "split.json"
SEED = 20261129
# Hold-out B: a second corpus written later, with phrasing the guard had not been tuned on; a
# third of it held out with its own seed, chosen before any tuning on the rest.
CORPUS_B = DATA / "corpus_b.jsonl"
SPLIT_B = DATA / "split_b.json"
SEED_B = 20261130
# Test-only batches: number -> the name `make bench` reports them under (aggregates only).
TEST_BATCHES: dict[int, str] = {54: "batch54_test"}


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    context: str
    text: str
    spans: tuple[tuple[str, int, int], ...]


def load(path: Path = CORPUS) -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            spans = tuple((s["type"], s["start"], s["end"]) for s in r["spans"])
            items.append(Item(r["id"], r["kind"], r["context"], r["text"], spans))
    return items


def choose_holdout(items: Sequence[Item], seed: int = SEED) -> list[str]:
    """A third of each kind, at random with a fixed seed."""
    rng = random.Random(seed)
    chosen: list[str] = []
    for kind in ("phi", "lookalike"):
        ids = sorted(i.id for i in items if i.kind == kind)
        chosen += rng.sample(ids, round(len(ids) / 3))
    return sorted(chosen)


def parts(
    items: Sequence[Item] | None = None, split: Path = SPLIT
) -> tuple[list[Item], list[Item]]:
    """(tuned, hold-out) as committed in split.json (or `split`, e.g. SPLIT_B)."""
    items = list(items if items is not None else load())
    holdout = set(json.loads(split.read_text(encoding="utf-8"))["holdout"])
    return [i for i in items if i.id not in holdout], [i for i in items if i.id in holdout]


def parts_b() -> tuple[list[Item], list[Item]]:
    """Corpus B: (development part, hold-out B) as committed in split_b.json."""
    return parts(load(CORPUS_B), SPLIT_B)


SEED_56 = 20261501


def draw_56(items: Sequence[Item]) -> list[str]:
    """Hold-out C: a third of each kind of batch 56, drawn with its own seed before any tuning."""
    return choose_holdout(items, SEED_56)


SEED_60 = 20261601


def draw_60(items: Sequence[Item]) -> list[str]:
    """Hold-out D: a third of each kind of batch 60, drawn with its own seed before any tuning."""
    return choose_holdout(items, SEED_60)


@dataclass(frozen=True)
class SplitBatch:
    """A batch file with its own hold-out: the draw that chose it and the names `make bench`
    reports its two parts under."""

    split: Path
    seed: int
    draw: Callable[[Sequence[Item]], list[str]]
    tuning_name: str
    holdout_name: str


# Batches split into a development part and a hold-out (aggregates only in `make bench`).
SPLIT_BATCHES: dict[int, SplitBatch] = {
    56: SplitBatch(DATA / "split_56.json", SEED_56, draw_56, "batch56_tuning", "batch56_holdout"),
    60: SplitBatch(DATA / "split_60.json", SEED_60, draw_60, "batch60_tuning", "batch60_holdout"),
}


def batch_path(number: int) -> Path:
    return DATA / f"corpus_batch{number}.jsonl"


def batch_parts(number: int) -> tuple[list[Item], list[Item]]:
    """(development part, hold-out) of a batch file: a split batch's committed split, or every
    item as development data for any other batch."""
    items = load(batch_path(number))
    if number not in SPLIT_BATCHES:
        return items, []
    return parts(items, SPLIT_BATCHES[number].split)


Finder = Callable[[str], Sequence[tuple[int, int]]]


def score(items: Sequence[Item], find: Finder) -> dict[str, object]:
    gold_total = gold_hit = 0
    texts_phi = texts_all = looks = looks_flagged = 0
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_context: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed: list[str] = []
    flagged: list[str] = []
    for item in items:
        found = list(find(item.text))
        if item.kind == "lookalike":
            looks += 1
            if found:
                looks_flagged += 1
                flagged.append(item.id)
            continue
        texts_phi += 1
        every = True
        for type_, start, end in item.spans:
            hit = any(s < end and start < e for s, e in found)
            gold_total += 1
            gold_hit += hit
            by_type[type_][0] += hit
            by_type[type_][1] += 1
            by_context[item.context][0] += hit
            by_context[item.context][1] += 1
            every &= hit
        texts_all += every
        if not every:
            missed.append(item.id)
    return {
        "phi_texts": texts_phi,
        "gold_spans": gold_total,
        "element_recall": round(gold_hit / gold_total, 4) if gold_total else None,
        "text_recall_all_found": round(texts_all / texts_phi, 4) if texts_phi else None,
        "lookalikes": looks,
        "lookalikes_flagged": round(looks_flagged / looks, 4) if looks else None,
        "recall_by_type": {t: round(h / n, 3) for t, (h, n) in sorted(by_type.items())},
        "recall_by_context": {c: round(h / n, 3) for c, (h, n) in sorted(by_context.items())},
        "missed_ids": missed,
        "flagged_lookalike_ids": flagged,
    }


def summary(items: Sequence[Item]) -> dict[str, object]:
    return {
        "texts": Counter(i.kind for i in items),
        "spans_by_type": Counter(t for i in items for t, _, _ in i.spans),
    }


if __name__ == "__main__":
    import sys

    b = "--b" in sys.argv
    corpus, split, seed = (CORPUS_B, SPLIT_B, SEED_B) if b else (CORPUS, SPLIT, SEED)
    draw: Callable[[Sequence[Item]], list[str]] = partial(choose_holdout, seed=seed)
    if "--batch" in sys.argv:
        number = int(sys.argv[sys.argv.index("--batch") + 1])
        if number not in SPLIT_BATCHES:
            print(f"error: batch {number} has no registered hold-out draw", file=sys.stderr)
            sys.exit(2)
        corpus, split = batch_path(number), SPLIT_BATCHES[number].split
        seed, draw = SPLIT_BATCHES[number].seed, SPLIT_BATCHES[number].draw
    everything = load(corpus)
    if "--split" in sys.argv:
        split.write_text(
            json.dumps({"seed": seed, "holdout": draw(everything)}, indent=1) + "\n",
            encoding="utf-8",
        )
    print(json.dumps(summary(everything), indent=2))
