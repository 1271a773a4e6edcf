"""`make bench`: runs every benchmarks/bench_*.py module's `run() -> dict` and prints one JSON
object keyed by module name. Each figure is measured on this machine when the command runs."""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    sys.path.insert(0, str(HERE.parent))
    only = set(sys.argv[1:])
    results: dict[str, object] = {}
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if only and name not in only:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        started = time.perf_counter()
        try:
            results[name] = module.run()
        except Exception as exc:  # one failing benchmark must not hide the others
            results[name] = {"error": f"{type(exc).__name__}: {exc}"}
        print(f"bench {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
