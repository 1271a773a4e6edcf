"""PHI guard figures for `make bench`: the resident corpus (tuned part and hold-out, side by
side), ASQ-PHI recall and false alarms on hard negatives, speed, and the cold start of
`outreach check`.

Goals: resident hold-out element recall >= 0.97 with <= 3% of look-alikes flagged; ASQ-PHI
element recall >= 0.98 with <= 5% of hard negatives flagged; <= 1 ms per text warm; `outreach
check` cold <= 1 s. References on ASQ-PHI: Amazon Comprehend Medical 98.7% recall with 90% of
hard negatives flagged (the dataset's paper); Presidio with spaCy's small English model 91.4%
element recall, 95.4% of hard negatives flagged, 8.1 ms per text.

The resident corpus (tests/data/phi/) was split at random before tuning; only the tuned part was
looked at while the guard was built. Corpus B (corpus_b.jsonl), written later, has its own hold-out
("holdout_b", split_b.json, chosen before any tuning on B's development part).
Look-alikes flagged counts findings of either severity.

Test-only batches (`benchmarks.phi_corpus.TEST_BATCHES`, now batch 54 as "batch54_test") are the
session's test sets: written to measure whether the guard's mechanisms generalise, never tuned
on, reported as aggregates only (element recall, errors-only element recall, recall by type,
look-alikes flagged at any severity and as errors) and never with the ids of items missed or
flagged. Batches with their own hold-out (`benchmarks.phi_corpus.SPLIT_BATCHES`, now batch 56, seed
20261501, split_56.json, and batch 60, seed 20261601, split_60.json) are reported in two parts:
the development part as "batch56_tuning" / "batch60_tuning" with the ids of items missed or
flagged, the hold-out ("hold-out C" / "hold-out D") as "batch56_holdout" / "batch60_holdout" with
the same aggregates as a test set and no ids. Every other batch file is development data,
reported as "<batch>_tuning".

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


def _check_cold_seconds() -> float:
    """`outreach check` on a short message in a fresh process (best of three)."""
    import tempfile

    from benchmarks.processes import fresh_env

    message = (
        "Dear Dr. Okafor,\n\nThank you for meeting with me at ACP in Boston on April 12. Your "
        "advice on fellowship was very helpful.\n\nBest,\nMaria Gomez\nPGY-1, UCSF\n"
    )
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write(message)
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "assistant", "check", f.name], cwd=ROOT,
                       capture_output=True, check=False, env=fresh_env())
        runs.append(time.perf_counter() - started)
    Path(f.name).unlink()
    return round(min(runs), 3)


def aggregate_figures(items: list) -> dict[str, object]:
    """Aggregates of a test-only batch: never which items were missed or flagged, so that
    nobody can tune on it."""
    from assistant.phi import find_phi
    from benchmarks.phi_corpus import score

    every = score(items, lambda t: [(f.start, f.end) for f in find_phi(t)])
    errors = score(
        items, lambda t: [(f.start, f.end) for f in find_phi(t) if f.severity == "error"]
    )
    return {
        "phi_texts": every["phi_texts"], "gold_spans": every["gold_spans"],
        "element_recall": every["element_recall"],
        "element_recall_errors_only": errors["element_recall"],
        "text_recall_all_found": every["text_recall_all_found"],
        "recall_by_type": every["recall_by_type"],
        "lookalikes": every["lookalikes"],
        "lookalikes_flagged": every["lookalikes_flagged"],
        "lookalikes_flagged_errors_only": errors["lookalikes_flagged"],
    }


def resident_corpus() -> dict[str, object]:
    """The resident-written corpus: tuned part and hold-out, with errors and warnings apart."""
    from assistant.phi import find_phi
    from benchmarks.phi_corpus import (
        DATA,
        SPLIT_BATCHES,
        TEST_BATCHES,
        batch_parts,
        load,
        parts,
        parts_b,
        score,
    )

    out: dict[str, object] = {}
    named = zip(("tuned", "holdout", "b_development", "holdout_b"), (*parts(), *parts_b()),
                strict=True)
    for name, items in named:
        result = score(items, lambda t: [(f.start, f.end) for f in find_phi(t)])
        errors_only = score(
            items, lambda t: [(f.start, f.end) for f in find_phi(t) if f.severity == "error"]
        )
        result["element_recall_errors_only"] = errors_only["element_recall"]
        result["lookalikes_flagged_errors_only"] = errors_only["lookalikes_flagged"]
        if name.startswith("holdout"):  # figures only: a hold-out is never tuned on
            result.pop("missed_ids")
            result.pop("flagged_lookalike_ids")
        out[name] = result
    # batches written after the hold-out was fixed, used for tuning; each was measured once
    # before tuning on it (see tests/data/phi/README.md); test-only batches are reported apart
    for path in sorted(DATA.glob("corpus_batch*.jsonl")):
        number = int(path.stem.removeprefix("corpus_batch"))
        if number in TEST_BATCHES:
            out[TEST_BATCHES[number]] = aggregate_figures(load(path))
            continue
        if number in SPLIT_BATCHES:
            development, holdout = batch_parts(number)
            tuning = score(development, lambda t: [(f.start, f.end) for f in find_phi(t)])
            out[SPLIT_BATCHES[number].tuning_name] = {k: tuning[k] for k in (
                "phi_texts", "gold_spans", "element_recall", "text_recall_all_found",
                "recall_by_type", "lookalikes", "lookalikes_flagged", "missed_ids",
                "flagged_lookalike_ids")}
            out[SPLIT_BATCHES[number].holdout_name] = aggregate_figures(holdout)
            continue
        batch = score(load(path), lambda t: [(f.start, f.end) for f in find_phi(t)])
        out[f"{path.stem.removeprefix('corpus_')}_tuning"] = {k: batch[k] for k in (
            "phi_texts", "gold_spans", "element_recall", "text_recall_all_found", "lookalikes",
            "lookalikes_flagged")}
    out["goal"] = {"holdout_element_recall": 0.97, "holdout_lookalikes_flagged_max": 0.03,
                   "applies_to": ["holdout", "holdout_b"]}
    return out


def _import_seconds() -> float:
    from benchmarks.processes import fresh_env

    code = "from assistant.phi import find_phi; find_phi('x')"
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=fresh_env())
        runs.append(time.perf_counter() - started)
    return round(min(runs), 3)


def presidio_baseline(queries: list) -> dict[str, object]:
    """Presidio's AnalyzerEngine with the NoOpNlpEngine and its predefined pattern recognisers
    (no spaCy model is installed or downloaded), scored the same way, for comparison.

    tldextract (used by Presidio's e-mail recogniser) would try to fetch the public suffix list
    over the network; it is pointed at its bundled snapshot instead.
    """
    from benchmarks.asq_phi import score

    started = time.perf_counter()
    try:
        import tldextract

        tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NoOpNlpEngine
    except ImportError as exc:
        return {"error": f"presidio not available: {exc}"}
    imported = time.perf_counter() - started
    nlp = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(nlp_engine=nlp, languages=["en"])
    engine = AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["en"])
    predictions = [
        [(r.start, r.end) for r in engine.analyze(q.text, language="en")] for q in queries
    ]
    timings = []
    for q in queries:
        t0 = time.perf_counter()
        engine.analyze(q.text, language="en")
        timings.append((time.perf_counter() - t0) * 1000)
    result = score(queries, predictions)
    result.pop("recall_by_type", None)
    result["ms_per_text_mean"] = round(statistics.fmean(timings), 4)
    result["import_seconds"] = round(imported, 2)
    return result


def run() -> dict[str, object]:
    from assistant.phi import find_phi
    from benchmarks.asq_phi import DEFAULT_PATH, load, score

    if not DEFAULT_PATH.exists():
        return {"resident_corpus": resident_corpus(),
                "asq_phi": {"error": f"ASQ-PHI not found at {DEFAULT_PATH}"}}
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
    result["check_cold_seconds"] = _check_cold_seconds()
    result["presidio_pattern_recognizers_no_nlp_model"] = presidio_baseline(queries)
    result["goal"] = {
        "element_recall": 0.98, "hard_negatives_flagged_max": 0.05, "ms_per_text_max": 1.0,
        "check_cold_seconds_max": 1.0,
    }
    return {"resident_corpus": resident_corpus(), "asq_phi": result}


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
