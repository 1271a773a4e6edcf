"""Which mechanism of the PHI guard made each `error`, and how often it is right: development
data only.

A finding is an `error` for one of these reasons, recorded as the guard runs:

    cue:recognizers:TYPE  a record label or shape the cue-bound recognisers tie to a patient
    cue:names             a name the cue-bound name finder ties to a patient (a title, a care verb)
    cue:places            a place the cue-bound place finder ties to a patient
    sentence:patient      the inverted default's candidate in a sentence with a patient cue
                          ("pt", "patient", a patient's relative), recorded with the cue word
    sentence:care         ... in a sentence telling an event of someone's care ("extubated"),
                          recorded with the care word
    tied:STEP             a step of the inverted default tied the span itself (STEP: its function)
    direct:STEP           a step that adds an `error` without asking the sentence
    tie:name_in_care      `severity.tie`: a name in a sentence of care
    tie:carried           `severity.tie`: a warning carried to an error by the same sentence's,
                          the next pronoun sentence's or the same name's patient tie

Each `error` is counted as `gold` (it overlaps a gold span), `other` (in a text with identifiers,
on no gold span) or `look` (in a look-alike: a false alarm as an error; `texts`: how many
look-alikes hold one). Precision = gold / (gold + other + look).

    python -m benchmarks.phi_rules                  # development texts, the table by reason
    python -m benchmarks.phi_rules --cues           # ... by the sentence cue word as well
    python -m benchmarks.phi_rules --show REASON    # the development spans of one reason
    python -m benchmarks.phi_rules --warnings       # warnings too, by the step that added them
    python benchmarks/phi_rules.py --file F.jsonl   # one file, with the `assistant` package
                                                    # found first on PYTHONPATH (an old checkout:
                                                    # the guard as it was before tuning on F)

Never given a hold-out or a test batch: `--file` refuses any file of `TEST_BATCHES` or
`SPLIT_BATCHES`, and the default reads `benchmarks.phi_drops.development()` only.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# files that are test sets or hold a hold-out read through its own split file
_REFUSED = ("corpus_batch54.jsonl", "corpus.jsonl", "corpus_b.jsonl")


def _load(path: Path) -> list[Any]:
    """A batch file's development items: a batch with its own split (`split_<n>.json` beside
    it) loses its hold-out before any text is read."""
    from types import SimpleNamespace

    split = path.with_name(path.stem.replace("corpus_batch", "split_") + ".json")
    holdout = (set(json.loads(split.read_text(encoding="utf-8"))["holdout"]) if split.exists()
               else set())
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            if r["id"] in holdout:
                continue
            spans = tuple((s["type"], s["start"], s["end"]) for s in r["spans"])
            out.append(SimpleNamespace(id=r["id"], kind=r["kind"], text=r["text"], spans=spans))
    return out


class Recorder:
    """Hooks on the guard's steps: the reason of every span found as an `error`."""

    def __init__(self) -> None:
        self.reasons: dict[tuple[int, int], str] = {}
        self.warned: dict[tuple[int, int], str] = {}  # the step that added each warning
        self.pending: str | None = None

    def install(self) -> None:
        import assistant.phi as phi
        from assistant.phi import severity as sev
        from assistant.phi import unattributed_scan as us

        rec = self
        for name, tag in (("structured", None), ("patient_names", "cue:names"),
                          ("patient_places", "cue:places")):
            original = getattr(phi, name)

            def wrapped(*args: Any, _f: Any = original, _tag: str | None = tag,
                        **kwargs: Any) -> Any:
                out = list(_f(*args, **kwargs))
                for c in out:
                    rec.reasons.setdefault((c.start, c.end), _tag or f"cue:recognizers:{c.type}")
                return out

            setattr(phi, name, wrapped)

        scan_severity = us.Scan.severity

        def severity(scan: Any, i: int, tied: bool = False) -> str:
            got = scan_severity(scan, i, tied)
            if got == us.ERROR:
                if tied:
                    caller = sys._getframe(1)
                    rec.pending = f"tied:{caller.f_code.co_name}" + _person_tie(caller.f_locals)
                elif scan.anchors.patient[i]:
                    rec.pending = "sentence:patient|" + _patient_cue(scan, i)
                else:
                    rec.pending = "sentence:care|" + _care_cue(scan, i)
            else:
                rec.pending = None
            return got

        us.Scan.severity = severity  # type: ignore[method-assign]
        add = us.Collector.add

        def collect(col: Any, type_: str, start: int, end: int, severity: str) -> None:
            if severity == us.ERROR:
                reason = rec.pending or f"direct:{sys._getframe(1).f_code.co_name}"
                rec.reasons.setdefault((start, end), reason)
            else:
                rec.warned.setdefault((start, end), sys._getframe(1).f_code.co_name)
            rec.pending = None
            add(col, type_, start, end, severity)

        us.Collector.add = collect  # type: ignore[method-assign]
        tie = sev.tie

        def tied(ctx: Any, found: list[Any]) -> list[Any]:
            out = tie(ctx, found)
            memo: dict[int, bool] = {}
            for before, after in zip(found, out, strict=True):
                if before.severity != after.severity:
                    name_care = getattr(sev, "_name_in_care", None)
                    how = ("tie:name_in_care" if name_care and name_care(ctx, before, memo)
                           else "tie:carried")
                    rec.reasons[(after.start, after.end)] = how
            return out

        sev.tie = tied


def _person_tie(local: dict[str, Any]) -> str:
    """Which tie of `person_candidates` made a person candidate an `error`."""
    c, scan, i = local.get("c"), local.get("scan"), local.get("i")
    if c is None or scan is None or "by_person" not in local:
        return ""
    if getattr(c, "relation", None):
        return "|relation"
    if c.strength == 3 and scan.message_about_patient:
        return "|shape, message about a patient"
    if c.strength == 3 and scan.clinical_words(i):
        return "|shape, clinical words"
    return "|care object, subject line or origin"


def _patient_cue(scan: Any, i: int) -> str:
    start, end = scan.anchors.spans[i]
    for m in scan.ctx.cue_matches:
        if start <= m.start() < end and m.group("strong"):
            return "cue " + " ".join(m.group().split()).lower()
    return "relative"


def _care_cue(scan: Any, i: int) -> str:
    from assistant.phi import sentence_anchors as sa

    start, end = scan.anchors.spans[i]
    m = sa._CLINICAL.search(scan.lower, start, end)
    return " ".join(m.group().split()) if m else "?"


def measure(
    items: list[tuple[str, Any]], warnings: bool = False
) -> tuple[dict[str, Counter[str]], list[str]]:
    """The table by reason (and each finding as a line); `warnings`: the warnings too, by the
    step that added them."""
    from assistant.phi import find_phi

    rec = Recorder()
    rec.install()
    table: dict[str, Counter[str]] = defaultdict(Counter)
    shown: list[str] = []
    for source, item in items:
        rec.reasons.clear()
        rec.warned.clear()
        counted: set[str] = set()  # a look-alike text is counted once per reason
        for f in find_phi(item.text):
            reason = rec.reasons.get((f.start, f.end), "unknown")
            if f.severity != "error":
                if not warnings:
                    continue
                reason = "warning:" + rec.warned.get((f.start, f.end), reason)
            if item.kind == "lookalike":
                outcome = "look"
            elif any(s < f.end and f.start < e for _, s, e in item.spans):
                outcome = "gold"
            else:
                outcome = "other"
            table[reason][outcome] += 1
            if outcome == "look" and reason not in counted:
                counted.add(reason)
                table[reason]["look_texts"] += 1
            shown.append(f"{reason}\t{outcome}\t{source}:{item.id}\t[{f.text}]\t"
                         f"{item.text[max(0, f.start - 70):f.end + 70]!r}")
    return table, shown


def _print(table: dict[str, Counter[str]], cues: bool) -> None:
    merged: dict[str, Counter[str]] = defaultdict(Counter)
    for reason, counts in table.items():
        merged[reason if cues else reason.split("|")[0]].update(counts)
    print(f"{'reason':52}{'gold':>6}{'other':>7}{'look':>6}{'texts':>7}{'precision':>11}")
    for reason, c in sorted(merged.items(), key=lambda kv: -sum(kv[1].values())):
        n = c["gold"] + c["other"] + c["look"]
        print(f"{reason[:52]:52}{c['gold']:>6}{c['other']:>7}{c['look']:>6}{c['look_texts']:>7}"
              f"{c['gold'] / n:>11.2f}")


if __name__ == "__main__":
    if "--file" in sys.argv:
        path = Path(sys.argv[sys.argv.index("--file") + 1])
        if path.name in _REFUSED:
            print(f"error: {path.name} holds a hold-out or a test set", file=sys.stderr)
            sys.exit(2)
        items = [(path.stem, i) for i in _load(path)]
    else:
        sys.path.insert(0, str(ROOT))
        from benchmarks.phi_drops import development

        items = development()
    table, shown = measure(items, "--warnings" in sys.argv)
    if "--show" in sys.argv:
        wanted = sys.argv[sys.argv.index("--show") + 1]
        for line in shown:
            if line.startswith(wanted):
                print(line)
    else:
        _print(table, "--cues" in sys.argv)
