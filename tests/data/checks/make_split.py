"""Write split.json: a seeded random third of the checks corpus held out from tuning.

Run once when cases are added (`python tests/data/checks/make_split.py`); existing
assignments are kept, so adding cases never moves a tuned case into the hold-out or back.
Within each group (the first code a case must raise, or "clean") a third is drawn at random.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SEED = 16


def main() -> None:
    cases = yaml.safe_load((HERE / "corpus.yaml").read_text(encoding="utf-8"))["cases"]
    path = HERE / "split.json"
    old = json.loads(path.read_text()) if path.exists() else {"holdout": [], "tuned": []}
    known = set(old["holdout"]) | set(old["tuned"])
    groups: dict[str, list[str]] = defaultdict(list)
    for case in cases:
        if case["id"] not in known:
            groups[(case["codes"] or ["clean"])[0]].append(case["id"])
    rng = random.Random(SEED)
    holdout, tuned = list(old["holdout"]), list(old["tuned"])
    for group in sorted(groups):
        ids = sorted(groups[group])
        rng.shuffle(ids)
        n = round(len(ids) / 3)
        holdout += ids[:n]
        tuned += ids[n:]
    path.write_text(json.dumps(
        {"seed": SEED, "holdout": sorted(holdout), "tuned": sorted(tuned)}, indent=1
    ) + "\n")


if __name__ == "__main__":
    main()
