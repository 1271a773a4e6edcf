"""Every PHI finding over every PHI corpus and ASQ-PHI, as one JSON document, for identity runs.

A refactoring of the guard that must not change what it finds is checked by writing a snapshot
before and after and comparing them:

    python -m benchmarks.phi_snapshot > before.json   # on the old code
    python -m benchmarks.phi_snapshot > after.json    # on the new code
    cmp before.json after.json

The corpora: tests/data/phi/*.jsonl (hold-outs included: only their findings are compared, no
figure is tuned on them) and ASQ-PHI when it is present.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def snapshot() -> dict[str, list[list[object]]]:
    from assistant.phi import find_phi
    from benchmarks import asq_phi
    from benchmarks.phi_corpus import DATA, load

    texts: list[tuple[str, str]] = []
    for path in sorted(DATA.glob("*.jsonl")):
        texts += [(f"{path.stem}:{item.id}", item.text) for item in load(path)]
    if asq_phi.DEFAULT_PATH.exists():
        texts += [(f"asq:{i}", q.text) for i, q in enumerate(asq_phi.load())]
    return {
        key: [[f.type, f.start, f.end, f.severity] for f in find_phi(text)] for key, text in texts
    }


if __name__ == "__main__":
    json.dump(snapshot(), sys.stdout, indent=0, sort_keys=True)
    sys.stdout.write("\n")
