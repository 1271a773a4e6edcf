"""Blind evaluation (blind4) of an Outreach Assistant checkout, through its command line only:
the shared runner (benchmarks/blind/runner.py) over this folder's phi.jsonl, checks.yaml and
drafting.jsonl.

    python benchmarks/blind/set4/run.py REPO [--details FILE] [--jobs N]
        [--only phi,checks,drafting]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from runner import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
