"""What each rule of the inverted default sets aside, measured on development data only.

Every person candidate `unattributed_names.person_candidates` drops is recorded with the rule
that dropped it (`Scan.dropped`). Over the development texts (the tuned part of corpus A, corpus
B's development part and the tuning batches; never a hold-out, nor a batch not yet tuned on),
each dropped span is counted as (a batch with its own hold-out, `SPLIT_BATCHES`, contributes its
development part only):

    gold_missed    it overlaps a gold span the guard misses: the rule costs recall
    gold_found     it overlaps a gold span the guard finds anyway
    other          it sits in a text with identifiers, on no gold span
    look_new       it sits in a look-alike the guard leaves clean: a warning there is a false alarm
    look_flagged   it sits in a look-alike the guard flags anyway

    python -m benchmarks.phi_drops                  # the table, one row per rule
    python -m benchmarks.phi_drops --show RULE      # the development spans one rule dropped
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

def development() -> list[tuple[str, object]]:
    """(source, item) for every development text."""
    from benchmarks.phi_corpus import DATA, TEST_BATCHES, batch_parts, parts, parts_b

    out: list[tuple[str, object]] = [("tuned", i) for i in parts()[0]]
    out += [("b_development", i) for i in parts_b()[0]]
    for path in sorted(DATA.glob("corpus_batch*.jsonl")):
        # a test set or a batch's hold-out (measured only as aggregates) is never read here
        number = int(path.stem.removeprefix("corpus_batch"))
        if number not in TEST_BATCHES:
            out += [(path.stem.removeprefix("corpus_"), i) for i in batch_parts(number)[0]]
    return out


def measure() -> tuple[dict[str, Counter[str]], dict[str, list[str]]]:
    from assistant.phi import find_phi, unattributed
    from assistant.phi.unattributed_scan import Scan

    scans: list[Scan] = []

    class Recording(Scan):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            scans.append(self)

    unattributed.Scan = Recording  # type: ignore[misc]
    table: dict[str, Counter[str]] = defaultdict(Counter)
    shown: dict[str, list[str]] = defaultdict(list)
    try:
        for source, item in development():
            scans.clear()
            found = [(f.start, f.end) for f in find_phi(item.text)]
            drops = {(c.start, c.end, rule) for scan in scans for c, rule in scan.dropped}
            for start, end, rule in sorted(drops):
                hit = [(s, e) for _, s, e in item.spans if s < end and start < e]
                if item.kind == "lookalike":
                    outcome = "look_flagged" if found else "look_new"
                elif not hit:
                    outcome = "other"
                elif all(any(a < e and s < b for a, b in found) for s, e in hit):
                    outcome = "gold_found"
                else:
                    outcome = "gold_missed"
                table[rule][outcome] += 1
                shown[rule].append(f"{outcome:12} {source}:{item.id} "
                                   f"[{item.text[start:end]}] "
                                   f"...{item.text[max(0, start - 60):end + 60]!r}")
    finally:
        unattributed.Scan = Scan  # type: ignore[misc]
    return table, shown


COLUMNS = ("gold_missed", "gold_found", "other", "look_new", "look_flagged")


if __name__ == "__main__":
    table, shown = measure()
    if "--show" in sys.argv:
        for line in shown.get(sys.argv[sys.argv.index("--show") + 1], []):
            print(line)
    elif "--json" in sys.argv:
        print(json.dumps({k: dict(v) for k, v in sorted(table.items())}, indent=1))
    else:
        print(f"{'rule':18}" + "".join(f"{c:>13}" for c in COLUMNS))
        for rule, counts in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
            print(f"{rule:18}" + "".join(f"{counts[c]:>13}" for c in COLUMNS))
