"""The professionalism checks: quality on the corpus and speed (targets from the issue):
- on tests/data/checks (messages written the way residents write), each hold-out beside tuned:
  must-code recall ≥ 0.90 with ≥ 0.95 of well-written messages left without a warning or error;
- all checks on a 200-word email, warm, with its request context: p50 ≤ 5 ms (PHI guard included);
- `outreach check` as a whole process (start-up, read, check, print): ≤ 1 s.
Wall times beside CPU times: on a machine shared with other work, the CPU time is the figure
that does not depend on the load (`load_average` says what the load was).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

EMAIL = """Subject: Following up from SGIM

Dear Dr. Okafor,

Thank you for taking the time to talk with me at the SGIM Annual Meeting last weekend. I
really enjoyed hearing about your work on sepsis handoffs in the ICU, and your point that
most handoff errors happen at night changed how I think about our own sign-out process.

As I mentioned, I am a PGY-1 in internal medicine at UCSF, and I hope to start a quality
improvement project this year. Our program has a handoff tool that residents use unevenly,
and I would like to study why. Your checklist seems like a strong model, and I have started
reading the two papers you recommended.

As we discussed, I will send you a one-page draft of my project aim by Friday. Would you be
willing to look it over and tell me whether the outcome measures make sense? I know your
time is limited, so even a few comments would help a great deal.

Thank you again for your generosity with a first-year resident. I hope to see you at the
regional meeting in the fall.

Best regards,
Maria Gomez, MD
PGY-1, Internal Medicine, UCSF
maria.gomez@ucsf.edu
"""

REQUEST = {
    "kind": "follow_up", "today": "2026-04-14",
    "sender": {"name": "Maria Gomez", "role": "PGY-1", "program": "UCSF Internal Medicine",
               "email": "maria.gomez@ucsf.edu"},
    "contact": {"name": "Dr. Ada Okafor", "relationship": "met_once"},
    "meeting": {"event": "SGIM Annual Meeting", "date": "2026-04-12",
                "topics": ["sepsis handoffs"]},
}


def _warm(runs: int = 300) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from assistant.checks import check
    from assistant.config import Settings
    from assistant.inputs import parse_request

    request = parse_request(REQUEST)
    settings = Settings(_env_file=None)
    load = os.getloadavg()[0]
    for _ in range(20):
        check(EMAIL, request, settings=settings)
    times, cpu = [], []
    for _ in range(runs):
        # a request of its own each time: the phi check keeps its last reading of the same text
        # for the same request (the drafting service reads a draft, then checks it); a resident
        # checking an edit gets no such reuse, so the bench times the reading itself
        fresh = request.model_copy()
        started, started_cpu = time.perf_counter(), time.process_time()
        check(EMAIL, fresh, settings=settings)
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    times.sort()
    from assistant.phi import find_phi

    phi, phi_cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        find_phi(EMAIL)
        phi.append((time.perf_counter() - started) * 1000)
        phi_cpu.append((time.process_time() - started_cpu) * 1000)
    import assistant.checks as checks_module

    rules = checks_module.RULES
    checks_module.RULES = tuple(r for r in rules if r.__name__ != "check_phi")
    try:
        other_cpu = []
        for _ in range(runs):
            fresh = request.model_copy()
            started_cpu = time.process_time()
            check(EMAIL, fresh, settings=settings)
            other_cpu.append((time.process_time() - started_cpu) * 1000)
    finally:
        checks_module.RULES = rules
    return {
        "email_words": len(EMAIL.split()),
        "warm_p50_ms": round(statistics.median(times), 3),
        "warm_p95_ms": round(times[int(len(times) * 0.95)], 3),
        "warm_cpu_p50_ms": round(statistics.median(cpu), 3),
        "warm_target_ms": 5,
        "of_which_phi_guard_p50_ms": round(statistics.median(phi), 3),
        "of_which_phi_guard_cpu_p50_ms": round(statistics.median(phi_cpu), 3),
        # every check but the PHI guard, through the same check() call (parse included)
        "of_which_other_checks_cpu_p50_ms": round(statistics.median(other_cpu), 3),
        "load_average_1min_while_timing": round((load + os.getloadavg()[0]) / 2, 2),
    }


def _process(runs: int = 5) -> dict[str, float]:
    from benchmarks.processes import fresh_env

    outreach = ROOT / ".venv" / "bin" / "outreach"
    command = [str(outreach)] if outreach.exists() else [sys.executable, "-m", "assistant"]
    with tempfile.TemporaryDirectory() as tmp:
        message = Path(tmp) / "message.txt"
        message.write_text(EMAIL, encoding="utf-8")
        env = fresh_env(PYTHONPATH=str(ROOT))
        times, cpu = [], []
        for _ in range(runs + 1):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run([*command, "check", str(message), "--json"], check=True,
                           capture_output=True, env=env, cwd=tmp)
            times.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    times, cpu = times[1:], cpu[1:]  # the first run fills the OS file cache
    return {"process_median_s": round(statistics.median(times), 3),
            "process_cpu_median_s": round(statistics.median(cpu), 3),
            "process_max_s": round(max(times), 3), "process_target_s": 1.0}


def _corpus() -> dict[str, object]:
    """Must-code recall and clean-left-clean on the tuned part and on each batch's hold-out
    third ("holdout": the first batch, "holdout_b": the second, written later to measure how the
    checks generalise), and "batch_c", the third batch (development data for six failure classes
    found later, with as many look-alikes; not a hold-out), and the fourth batch's two parts:
    "batch_d" (development data) and "holdout_d" (its random hold-out third), and the fifth
    batch's "batch_e" and "holdout_e" likewise;
    "clean_left_clean_phi_aside" counts
    a message whose only warning or error is the PHI guard's as clean, to tell the guard's
    false alarms from the other checks'."""
    sys.path.insert(0, str(ROOT))
    from tests.checks import corpus

    parts = corpus.by_part()
    out: dict[str, object] = {name: score.summary() for name, score in parts.items()}
    out["targets"] = {"must_code_recall": 0.90, "clean_left_clean": 0.95}
    return out


def run() -> dict[str, object]:
    return {"corpus": _corpus(), **_warm(), **_process(),
            "load_average_1min": round(os.getloadavg()[0], 2)}


if __name__ == "__main__":
    print(run())
