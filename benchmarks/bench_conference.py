"""Conference planning: who to meet, measured on the fictional program in
tests/data/conference (precision@5 and nDCG@10 over people, on the hold-out profiles beside the
tuning ones, and a keyword baseline), and the speed of ranking and importing 2,000 sessions."""

from __future__ import annotations

import json
import math
import tempfile
import time
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "conference"


def precision_at(ranked: list[str], relevant: dict[str, int], k: int) -> float:
    return sum(1 for name in ranked[:k] if relevant.get(name, 0) > 0) / k


def ndcg_at(ranked: list[str], relevant: dict[str, int], k: int) -> float:
    dcg = sum((2 ** relevant.get(n, 0) - 1) / math.log2(i + 2) for i, n in enumerate(ranked[:k]))
    ideal = sorted(relevant.values(), reverse=True)[:k]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def evaluate() -> dict[str, Any]:
    """Per split ("tuning", "holdout") and method ("ranker", "keyword"): mean P@5, nDCG@10."""
    from assistant.conference.program import read_program
    from assistant.conference.rank import keyword_rank, rank
    from assistant.conference.store import in_memory
    from assistant.models import Sender

    program = read_program((DATA / "program.csv").read_bytes(), "program.csv")
    conference = in_memory("eval", program)
    profiles = {p["id"]: Sender.model_validate(p["sender"])
                for p in json.loads((DATA / "profiles.json").read_text("utf-8"))}
    labels = json.loads((DATA / "labels.json").read_text("utf-8"))
    split = json.loads((DATA / "split.json").read_text("utf-8"))
    out: dict[str, Any] = {}
    for part in ("tuning", "holdout"):
        rows: dict[str, dict[str, float]] = {}
        for pid in split[part]:
            ours = [s.name for s in rank(conference, profiles[pid], k=10, warm={})]
            base = [conference.people[i].name for i in keyword_rank(conference, profiles[pid])]
            rows[pid] = {
                "ranker_p5": precision_at(ours, labels[pid], 5),
                "ranker_ndcg10": ndcg_at(ours, labels[pid], 10),
                "keyword_p5": precision_at(base, labels[pid], 5),
                "keyword_ndcg10": ndcg_at(base, labels[pid], 10),
            }
        mean = {m: round(sum(r[m] for r in rows.values()) / len(rows), 3)
                for m in next(iter(rows.values()))}
        out[part] = {"profiles": split[part], **mean,
                     "per_profile": {p: {m: round(v, 3) for m, v in r.items()}
                                     for p, r in rows.items()}}
    return out


def big_program(n: int = 2000) -> bytes:
    """A 2,000-session canonical CSV built by repeating the fictional program with new titles."""
    import csv
    import io

    rows = list(csv.reader(io.StringIO((DATA / "program.csv").read_text("utf-8"))))
    header, body = rows[0], rows[1:]
    titles = list(dict.fromkeys(r[0] for r in body))
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    made = 0
    copy = 0
    while made < n:
        copy += 1
        for title in titles:
            if made >= n:
                break
            made += 1
            for r in body:
                if r[0] == title:
                    w.writerow([f"{title} ({copy})", *r[1:2], f"{r[2].split(',')[0]} {copy}"
                                f"{',' + r[2].split(',', 1)[1] if ',' in r[2] else ''}",
                                *r[3:]])
    return buf.getvalue().encode("utf-8")


def speed() -> dict[str, float]:
    from assistant.conference.program import read_program
    from assistant.conference.rank import rank
    from assistant.conference.store import load_conference, save_program
    from assistant.config import Settings
    from assistant.models import Sender
    from assistant.storage import Store

    data = big_program()
    profile = Sender.model_validate(json.loads((DATA / "profiles.json").read_text("utf-8"))[0]
                                    ["sender"])
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Settings(data_dir=Path(tmp)))
        started = time.perf_counter()
        program = read_program(data, "big.csv")
        save_program(store, "Big Meeting", program)
        imported = time.perf_counter() - started
        started = time.perf_counter()
        rank(load_conference(store, "Big Meeting"), profile, k=10, store=store)
        cold = time.perf_counter() - started
        started = time.perf_counter()
        rank(load_conference(store, "Big Meeting"), profile, k=10, store=store)
        warm = time.perf_counter() - started
        store.engine.dispose()
    return {"sessions": len(program.sessions), "import_s": round(imported, 2),
            "rank_cold_s": round(cold, 2), "rank_warm_s": round(warm, 2),
            "targets": "import <= 5 s, rank warm <= 2 s"}


def campaign() -> dict[str, Any]:
    """Every profile's top five drafted as a campaign (offline engine): how many drafts pass
    their own checks (no error), carry no warning, and hold no PHI finding."""
    from datetime import date

    from assistant.conference.plan import draft_campaign
    from assistant.conference.program import read_program
    from assistant.conference.rank import rank
    from assistant.conference.store import load_conference, save_program
    from assistant.config import Settings
    from assistant.index import build_index
    from assistant.models import Sender
    from assistant.storage import Store

    root = Path(__file__).resolve().parent.parent
    profiles = [Sender.model_validate({**p["sender"], "email": "resident@program.example.org"})
                for p in json.loads((DATA / "profiles.json").read_text("utf-8"))]
    drafted = passed = clean = phi = 0
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), knowledge_dir=root / "knowledge", _env_file=None)
        build_index(settings)
        store = Store(settings)
        save_program(store, "SHM 2027", read_program((DATA / "program.csv").read_bytes(),
                                                     "program.csv"))
        conference = load_conference(store, "SHM 2027")
        for profile in profiles:
            picks = [s.person_id for s in rank(conference, profile, k=5, store=store)]
            for d in draft_campaign(store, conference, picks, profile, engine="offline",
                                    settings=settings, today=date(2027, 4, 1)):
                drafted += 1
                passed += d.passed
                clean += not any(f["severity"] == "warning" for f in d.findings)
                phi += any(f["code"] == "phi" for f in d.findings)
                if not d.passed:
                    failures.append(f"{profile.name} -> {d.name}: "
                                    f"{[f['code'] for f in d.findings if f['severity'] != 'info']}")
        store.engine.dispose()
    return {"drafts": drafted, "passed_checks": passed, "no_warning": clean,
            "phi_findings": phi, "failures": failures[:10]}


def run() -> dict[str, Any]:
    return {"quality": evaluate(), "campaign_offline": campaign(),
            "speed_2000_sessions": speed()}


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    parts = {"quality": evaluate, "campaign": campaign, "speed": speed}
    chosen = [a for a in sys.argv[1:] if a in parts]
    print(json.dumps({a: parts[a]() for a in chosen} if chosen else run(), indent=1))
