"""Write split.json: a seeded random third of each batch of the checks corpus held out from
tuning.

Run when cases are added (`python tests/data/checks/make_split.py`); existing assignments are
kept, so adding cases never moves a tuned case into a hold-out or back. Each batch has its own
hold-out and seed: the first batch (corpus.yaml) -> "holdout", the second (corpus_b.yaml) ->
"holdout_b"; a later batch (corpus_d.yaml) has its hold-out third ("holdout_d") and its
development part ("batch_d"); likewise corpus_e.yaml ("holdout_e", "batch_e"). Within each
group (the first code a case must raise, or "clean") a third is drawn at random.
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
SPLIT_BATCHES = (("corpus_d.yaml", "holdout_d", "batch_d", 4242),
                 ("corpus_e.yaml", "holdout_e", "batch_e", 5151))


def _cases(filename: str) -> list[dict]:
    return yaml.safe_load((HERE / filename).read_text(encoding="utf-8"))["cases"]


def _draw(cases: list[dict], known: set[str], seed: int) -> tuple[list[str], list[str]]:
    """The cases not yet assigned, split group by group (the first code a case must raise, or
    "clean"): a seeded random third held out, the rest kept; returns (held out, kept)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for case in cases:
        if case["id"] not in known:
            groups[(case["codes"] or ["clean"])[0]].append(case["id"])
    rng = random.Random(seed)
    held: list[str] = []
    kept: list[str] = []
    for group in sorted(groups):
        ids = sorted(groups[group])
        rng.shuffle(ids)
        n = round(len(ids) / 3)
        held += ids[:n]
        kept += ids[n:]
    return held, kept


def main() -> None:
    path = HERE / "split.json"
    old = json.loads(path.read_text()) if path.exists() else {}
    out: dict[str, object] = {"seed": BATCHES[0][2]}
    tuned = list(old.get("tuned", []))
    for filename, part, seed in BATCHES:
        holdout = list(old.get(part, []))
        held, kept = _draw(_cases(filename), set(holdout) | set(tuned), seed)
        out[part] = sorted(holdout + held)
        tuned += kept
        if part != "holdout":
            out[f"seed_{part}"] = seed
    out["tuned"] = sorted(tuned)
    for filename, part in DEV_BATCHES:
        out[part] = sorted(case["id"] for case in _cases(filename))
    for filename, part, dev_part, seed in SPLIT_BATCHES:
        holdout, dev = list(old.get(part, [])), list(old.get(dev_part, []))
        held, kept = _draw(_cases(filename), set(holdout) | set(dev), seed)
        out[part], out[dev_part] = sorted(holdout + held), sorted(dev + kept)
        out[f"seed_{part}"] = seed
    path.write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
