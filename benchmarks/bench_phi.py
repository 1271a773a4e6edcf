"""PHI guard figures for `make bench`: ASQ-PHI recall, false alarms on hard negatives, speed.

Goal (issue 3): element recall >= 0.95, query recall >= 0.99, <= 10% of hard negatives flagged,
<= 1 ms per text warm. References on the same data: Amazon Comprehend Medical 98.7% recall with
90% of hard negatives flagged (the dataset's paper); Presidio with spaCy's small English model
91.4% element recall, 95.4% of hard negatives flagged, 8.1 ms per text.

Timing: every query is run once to warm up, then `REPEAT` more times; "mean" and "p50" are over
all timed runs; "best_of_repeats_mean" is the mean over queries of each query's fastest run,
which discounts other processes competing for the CPU. The import cost of `assistant.phi` (in a
fresh process, as `outreach check` pays it) is reported too.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

REPEAT = 5


def _import_seconds() -> float:
    code = "from assistant.phi import find_phi; find_phi('x')"
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        runs.append(time.perf_counter() - started)
    return round(min(runs), 3)


def run() -> dict[str, object]:
    from assistant.phi import find_phi
    from benchmarks.asq_phi import DEFAULT_PATH, load, score

    if not DEFAULT_PATH.exists():
        return {"error": f"ASQ-PHI not found at {DEFAULT_PATH}"}
    queries = load()
    predictions = [[(f.start, f.end) for f in find_phi(q.text)] for q in queries]
    result = score(queries, predictions)
    per_query: list[list[float]] = [[] for _ in queries]
    for _ in range(REPEAT):
        for i, q in enumerate(queries):
            started = time.perf_counter()
            find_phi(q.text)
            per_query[i].append((time.perf_counter() - started) * 1000)
    every = sorted(t for runs in per_query for t in runs)
    result["ms_per_text_mean"] = round(statistics.fmean(every), 4)
    result["ms_per_text_p50"] = round(every[len(every) // 2], 4)
    result["ms_per_text_p95"] = round(every[int(len(every) * 0.95)], 4)
    result["ms_per_text_best_of_repeats_mean"] = round(
        statistics.fmean(min(runs) for runs in per_query), 4
    )
    result["import_and_first_call_seconds"] = _import_seconds()
    one_mb = ("The patient we discussed, Mr. Alvarez, was admitted on 3/14 (MRN 4482913). " * 14000)
    started = time.perf_counter()
    find_phi(one_mb[:1_000_000])
    result["seconds_for_1mb_text"] = round(time.perf_counter() - started, 2)
    result["goal"] = {
        "element_recall": 0.95, "query_recall": 0.99, "hard_negatives_flagged_max": 0.10,
        "ms_per_text_max": 1.0,
    }
    return result


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
