"""What keeping every "no owner, no tie" name candidate as a warning would cost and gain,
measured on development data only (the same texts as `benchmarks/phi_drops.py`: never a
hold-out, nor a test batch).

`unattributed_names.UNSURE_WARNINGS` names the reasons (`unsure_lower`, `unsure_shield`,
`unsure_weak`) whose candidates are kept as warnings instead of set aside. This script runs the
development texts with the shipped setting and with the reasons asked for, and prints the gold
spans gained and the look-alike texts newly flagged, with each new warning and its reason:

    python -m benchmarks.phi_unsure                       # every reason on
    python -m benchmarks.phi_unsure unsure_weak           # only the reasons named
    python -m benchmarks.phi_unsure --quiet               # the figures, not the listing
    python -m benchmarks.phi_unsure --batch 60 unsure_weak  # one batch's development part
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _texts(batch: int | None) -> list[tuple[str, object]]:
    """Every development text, or one batch file's development part (never its hold-out)."""
    from benchmarks.phi_corpus import TEST_BATCHES, batch_parts
    from benchmarks.phi_drops import development

    if batch is None:
        return development()
    if batch in TEST_BATCHES:
        raise SystemExit(f"batch {batch} is a test set: measured only as aggregates")
    return [(f"batch{batch}", i) for i in batch_parts(batch)[0]]


def run(reasons: frozenset[str], batch: int | None = None
        ) -> tuple[list[tuple[str, object, list]], list]:
    """(source, item, findings) per development text (of one batch when `batch` is given), and
    the warned (item index, candidate, reason) with `reasons` kept as warnings."""
    from assistant.phi import find_phi, unattributed, unattributed_names
    from assistant.phi.unattributed_scan import Scan

    scans: list[Scan] = []

    class Recording(Scan):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            scans.append(self)

    shipped = unattributed_names.UNSURE_WARNINGS
    unattributed.Scan = Recording  # type: ignore[misc]
    unattributed_names.UNSURE_WARNINGS = reasons
    results, warned = [], []
    try:
        for n, (source, item) in enumerate(_texts(batch)):
            scans.clear()
            results.append((source, item, find_phi(item.text)))
            warned += [(n, c, why) for scan in scans for c, why in scan.warned]
    finally:
        unattributed.Scan = Scan  # type: ignore[misc]
        unattributed_names.UNSURE_WARNINGS = shipped
    return results, warned


def _hits(item: object, found: list) -> int:
    spans = [(f.start, f.end) for f in found]
    return sum(any(a < e and s < b for a, b in spans) for _, s, e in item.spans)  # type: ignore[attr-defined]


def main(argv: list[str]) -> None:
    from assistant.phi.unattributed_names import UNSURE_REASONS, UNSURE_WARNINGS

    quiet = "--quiet" in argv
    batch = int(argv[argv.index("--batch") + 1]) if "--batch" in argv else None
    rest = [a for n, a in enumerate(argv) if n == 0 or argv[n - 1] != "--batch"]
    asked = frozenset(a for a in rest if not a.startswith("--")) or frozenset(UNSURE_REASONS)
    before, _ = run(UNSURE_WARNINGS, batch)
    after, warned = run(asked | UNSURE_WARNINGS, batch)
    gold = sum(len(i.spans) for _, i, _ in before)
    hit0 = sum(_hits(i, f) for _, i, f in before)
    hit1 = sum(_hits(i, f) for _, i, f in after)
    looks = [n for n, (_, i, _) in enumerate(before) if i.kind == "lookalike"]
    flagged0 = {n for n in looks if before[n][2]}
    flagged1 = {n for n in looks if after[n][2]}
    new = sorted(flagged1 - flagged0)
    by_reason: Counter[str] = Counter()
    for n, _, why in warned:
        if n in new:
            by_reason[why] += 1
    print(f"reasons kept as warnings: {sorted(asked | UNSURE_WARNINGS)}")
    print(f"development gold spans {gold}: found {hit0} -> {hit1} ({hit1 - hit0:+d})")
    print(f"development look-alikes {len(looks)}: flagged {len(flagged0)} -> {len(flagged1)} "
          f"({len(flagged1) / len(looks):.2%}); newly flagged {len(new)}")
    print("new warnings in newly flagged look-alikes by reason: "
          + ", ".join(f"{k} {v}" for k, v in by_reason.most_common()))
    if quiet:
        return
    for n in new:
        source, item, found = after[n]
        print(f"\n{source}:{item.id}")  # type: ignore[attr-defined]
        for f in found:
            why = next((w for m, c, w in warned if m == n and (c.start, c.end) == (f.start, f.end)),
                       "cascade")
            text = item.text  # type: ignore[attr-defined]
            print(f"  {why:14} {f.type:9} [{f.text}] ...{text[max(0, f.start - 70):f.end + 50]!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
