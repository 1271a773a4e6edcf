"""Draws hold-out B from the hand-typed second batch (`corpus_b.yaml`): a third of its ids, at
random with a fixed seed, written to `split_b.yaml` once, before the engine is tuned on the
batch. `python tests/data/drafting/split_b.py` rewrites the same split."""

from __future__ import annotations

import random
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SEED = 20260414


def main() -> None:
    entries = yaml.safe_load((HERE / "corpus_b.yaml").read_text(encoding="utf-8"))
    ids = [e["id"] for e in entries]
    holdout = sorted(random.Random(SEED).sample(ids, len(ids) // 3))
    (HERE / "split_b.yaml").write_text(
        "# Hold-out B: drawn at random (seeded) before the engine was tuned on this batch. "
        "Never tune on it.\n" + yaml.safe_dump({"seed": SEED, "holdout": holdout},
                                               sort_keys=False), encoding="utf-8")
    print(f"{len(ids)} requests, {len(holdout)} held out")


if __name__ == "__main__":
    main()
