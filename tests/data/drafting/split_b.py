"""Draws a hold-out from a hand-typed batch (`corpus_b.yaml`, `corpus_d.yaml`, the rewrite batches
`corpus_rewrite_d.yaml`, `corpus_rewrite_r2.yaml` and `corpus_rewrite_r3.yaml`, `corpus_e.yaml`,
`corpus_f.yaml`, `corpus_g.yaml`): a third of its ids, at random with a fixed seed, written to its
split file once, before the engine is tuned on the batch. `python tests/data/drafting/split_b.py
[b|d|r|r2|r3|e|f|g]` rewrites the same split."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
# batch -> (corpus, split file, seed)
BATCHES = {"b": ("corpus_b.yaml", "split_b.yaml", 20260414),
           "d": ("corpus_d.yaml", "split_d.yaml", 20261129),
           "r": ("corpus_rewrite_d.yaml", "split_r.yaml", 20261129),
           "r2": ("corpus_rewrite_r2.yaml", "split_r2.yaml", 20261130),
           "r3": ("corpus_rewrite_r3.yaml", "split_r3.yaml", 20261201),
           "e": ("corpus_e.yaml", "split_e.yaml", 20261130),
           "f": ("corpus_f.yaml", "split_f.yaml", 20261131),
           "g": ("corpus_g.yaml", "split_g.yaml", 20261132)}


def main(batch: str = "b") -> None:
    corpus, split, seed = BATCHES[batch]
    entries = yaml.safe_load((HERE / corpus).read_text(encoding="utf-8"))
    ids = [e["id"] for e in entries]
    holdout = sorted(random.Random(seed).sample(ids, len(ids) // 3))
    (HERE / split).write_text(
        f"# Hold-out {batch.upper()}: drawn at random (seeded) before the engine was tuned on "
        "this batch. Never tune on it.\n" + yaml.safe_dump({"seed": seed, "holdout": holdout},
                                                          sort_keys=False), encoding="utf-8")
    print(f"{len(ids)} requests, {len(holdout)} held out")


if __name__ == "__main__":
    main(*sys.argv[1:2])
