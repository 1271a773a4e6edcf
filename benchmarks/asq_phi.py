"""ASQ-PHI (MIT licence): 1,051 synthetic clinical queries with 2,973 annotated identifiers,
219 of them hard negatives with no PHI. Parser and scorer for the PHI guard.

File format: blocks of `===QUERY===` then the query text, then `===PHI_TAGS===` then one JSON
object per line: {"identifier_type", "value"}. Gold values carry no offsets, so each is located
in its query by string search (left to right, so a repeated value gets its next occurrence; a
curly apostrophe matches a straight one).

Figures:
- element recall: share of gold values overlapped by at least one finding (any type);
- query recall (all recalled): share of queries with PHI whose every gold value is recalled;
- query recall (any flagged): share of queries with PHI that get at least one finding;
- hard negatives flagged: share of the no-PHI queries that get any finding (false alarms);
- recall per identifier type; milliseconds per text, warm (mean and median).
"""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

_RELATIVE = Path("benchmarks/asq-phi/synthetic_clinical_queries.txt")


def _find_dataset() -> Path:
    """ASQ-PHI lives in the shared folder beside the project (or where OUTREACH_ASQ_PHI says)."""
    if os.environ.get("OUTREACH_ASQ_PHI"):
        return Path(os.environ["OUTREACH_ASQ_PHI"])
    root = Path(__file__).resolve().parent.parent
    for shared in (root.parent / "shared", root / "shared", Path("/work/shared")):
        if (shared / _RELATIVE).exists():
            return shared / _RELATIVE
    return root.parent / "shared" / _RELATIVE


DEFAULT_PATH = _find_dataset()


@dataclass
class Gold:
    type: str
    value: str
    start: int  # -1 when the value cannot be found in the query
    end: int


@dataclass
class Query:
    text: str
    gold: list[Gold] = field(default_factory=list)


def _locate(text: str, value: str, after: int) -> int:
    straight = (text.replace("\u2019", "'"), value.replace("\u2019", "'"))
    for haystack, needle in ((text, value), straight):
        at = haystack.find(needle, after)
        if at < 0:
            at = haystack.find(needle)
        if at >= 0:
            return at
    return -1


def parse(raw: str) -> list[Query]:
    queries: list[Query] = []
    for block in raw.split("===QUERY===")[1:]:
        body, _, tags = block.partition("===PHI_TAGS===")
        text = body.strip()
        query = Query(text=text)
        cursor: dict[str, int] = {}
        for line in tags.strip().splitlines():
            if not line.strip():
                continue
            tag = json.loads(line)
            value = tag["value"]
            at = _locate(text, value, cursor.get(value, 0))
            if at >= 0:
                cursor[value] = at + len(value)
            end = at + len(value) if at >= 0 else -1
            query.gold.append(Gold(tag["identifier_type"], value, at, end))
        queries.append(query)
    return queries


def load(path: Path = DEFAULT_PATH) -> list[Query]:
    return parse(path.read_text(encoding="utf-8"))


Spans = Sequence[tuple[int, int]]


def score(queries: list[Query], predictions: list[Spans]) -> dict[str, object]:
    """Recall figures and the false-alarm rate, from predicted (start, end) spans per query."""
    elements = recalled = 0
    with_phi = all_recalled = any_flagged = 0
    negatives = negatives_flagged = 0
    per_type: dict[str, list[int]] = {}
    for query, spans in zip(queries, predictions, strict=True):
        if not query.gold:
            negatives += 1
            negatives_flagged += bool(spans)
            continue
        with_phi += 1
        any_flagged += bool(spans)
        hits = 0
        for gold in query.gold:
            hit = gold.start >= 0 and any(s < gold.end and gold.start < e for s, e in spans)
            hits += hit
            counts = per_type.setdefault(gold.type, [0, 0])
            counts[0] += hit
            counts[1] += 1
        elements += len(query.gold)
        recalled += hits
        all_recalled += hits == len(query.gold)
    return {
        "queries": len(queries),
        "gold_elements": elements,
        "hard_negatives": negatives,
        "element_recall": round(recalled / elements, 4) if elements else None,
        "query_recall_all_recalled": round(all_recalled / with_phi, 4) if with_phi else None,
        "query_recall_any_flagged": round(any_flagged / with_phi, 4) if with_phi else None,
        "hard_negatives_flagged": round(negatives_flagged / negatives, 4) if negatives else None,
        "recall_by_type": {
            t: {"recall": round(h / n, 4), "n": n} for t, (h, n) in sorted(per_type.items())
        },
    }


def evaluate(
    find: Callable[[str], list], queries: list[Query] | None = None, repeat: int = 3
) -> dict[str, object]:
    """Run `find` (text -> findings with .start/.end) on every query, score it, and time it."""
    queries = queries if queries is not None else load()
    predictions = [[(f.start, f.end) for f in find(q.text)] for q in queries]  # also warms up
    timings: list[float] = []
    for _ in range(repeat):
        for q in queries:
            started = time.perf_counter()
            find(q.text)
            timings.append((time.perf_counter() - started) * 1000)
    result = score(queries, predictions)
    result["ms_per_text_mean"] = round(statistics.fmean(timings), 4)
    result["ms_per_text_p50"] = round(statistics.median(timings), 4)
    result["ms_per_text_p95"] = round(sorted(timings)[int(len(timings) * 0.95)], 4)
    return result
