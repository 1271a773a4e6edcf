"""Write split.json: a seeded random third of each batch of the checks corpus held out from
tuning.

Run when cases are added (`python tests/data/checks/make_split.py`); existing assignments are
kept, so adding cases never moves a tuned case into a hold-out or back. Each batch has its own
hold-out and seed: the first batch (corpus.yaml) -> "holdout", the second (corpus_b.yaml) ->
"holdout_b"; a later batch (corpus_d.yaml) has its hold-out third ("holdout_d") and its
development part ("batch_d"). Within each group (the first code a case must raise, or "clean")
a third is drawn at random.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
BATCHES = (("corpus.yaml", "holdout", 16), ("corpus_b.yaml", "holdout_b", 1616))
# Development batches: every case in one part of its own, none held out.
DEV_BATCHES = (("corpus_c.yaml", "batch_c"),)
# Later batches: a seeded random third held out, the rest a development part of its own
# (file, hold-out part, development part, seed).
SPLIT_BATCHES = (("corpus_d.yaml", "holdout_d", "batch_d", 4242),)


def main() -> None:
    path = HERE / "split.json"
    old = json.loads(path.read_text()) if path.exists() else {}
    out: dict[str, object] = {"seed": BATCHES[0][2]}
    tuned = list(old.get("tuned", []))
    for filename, part, seed in BATCHES:
        cases = yaml.safe_load((HERE / filename).read_text(encoding="utf-8"))["cases"]
        holdout = list(old.get(part, []))
        known = set(holdout) | set(tuned)
        groups: dict[str, list[str]] = defaultdict(list)
        for case in cases:
            if case["id"] not in known:
                groups[(case["codes"] or ["clean"])[0]].append(case["id"])
        rng = random.Random(seed)
        for group in sorted(groups):
            ids = sorted(groups[group])
            rng.shuffle(ids)
            n = round(len(ids) / 3)
            holdout += ids[:n]
            tuned += ids[n:]
        out[part] = sorted(holdout)
        if part != "holdout":
            out[f"seed_{part}"] = seed
    out["tuned"] = sorted(tuned)
    for filename, part in DEV_BATCHES:
        cases = yaml.safe_load((HERE / filename).read_text(encoding="utf-8"))["cases"]
        out[part] = sorted(case["id"] for case in cases)
    for filename, part, dev_part, seed in SPLIT_BATCHES:
        cases = yaml.safe_load((HERE / filename).read_text(encoding="utf-8"))["cases"]
        holdout, dev = list(old.get(part, [])), list(old.get(dev_part, []))
        known = set(holdout) | set(dev)
        groups = defaultdict(list)
        for case in cases:
            if case["id"] not in known:
                groups[(case["codes"] or ["clean"])[0]].append(case["id"])
        rng = random.Random(seed)
        for group in sorted(groups):
            ids = sorted(groups[group])
            rng.shuffle(ids)
            n = round(len(ids) / 3)
            holdout += ids[:n]
            dev += ids[n:]
        out[part], out[dev_part] = sorted(holdout), sorted(dev)
        out[f"seed_{part}"] = seed
    path.write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
