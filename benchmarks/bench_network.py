"""Network at scale: importing 10,000 LinkedIn connections (target ≤ 5 s) and the due list over
those contacts with 20,000 interactions (target ≤ 200 ms). Data is generated; every figure is
measured when the benchmark runs."""

from __future__ import annotations

import csv
import io
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

CONTACTS = 10_000
INTERACTIONS = 20_000
TODAY = date(2026, 6, 1)

FIRST = ["Priya", "Zoë", "José", "Aisha", "Wei", "Emily", "Marcus", "Olusegun", "Sarah", "Ana",
         "Łukasz", "Nguyễn", "Fatima", "Hiroshi", "Chiara", "Kwame", "Ingrid", "Rahul"]
LAST = ["Raman", "Łukasiewicz", "Núñez", "Bello", "Zhang", "Chen", "O'Brien", "Adeyemi", "Kim",
        "Lima", "Kowalski", "Trần", "Haddad", "Tanaka", "Rossi", "Mensah", "Larsen", "Gupta"]
PLACES = ["Massachusetts General Hospital", "University of California, San Francisco",
          "Johns Hopkins Medicine", "Mayo Clinic", "Kaiser Permanente", "Montefiore"]
ROLES = ["Program Director, Internal Medicine", "Hospitalist", "Chief Resident",
         "Assistant Professor, Cardiology", "Fellow, Pulmonary & Critical Care"]
NOTES = ('Notes:\n"When exporting your connection data, you may notice that some of the email '
         'addresses are missing."\n\n')


def _connections_csv(rng: random.Random) -> str:
    out = io.StringIO()
    out.write(NOTES)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                     "Connected On"])
    for n in range(CONTACTS):
        first, last = rng.choice(FIRST), f"{rng.choice(LAST)}-{n}"
        email = f"person{n}@example.org" if rng.random() < 0.4 else ""
        connected = TODAY - timedelta(days=rng.randrange(1, 2000))
        writer.writerow([first, last, f"https://www.linkedin.com/in/p{n}", email,
                         rng.choice(PLACES), rng.choice(ROLES), f"{connected:%d %b %Y}"])
    return out.getvalue()


def _episode(cid: int, rng: random.Random) -> list[dict]:
    """One contact's history as residents live it: met at an event, usually followed up within
    days, sometimes a reply and a meeting with a promise, usually kept."""
    met = TODAY - timedelta(days=rng.randrange(0, 730))
    rows = [{"contact_id": cid, "date": met, "type": "met", "event": "SGIM 2026",
             "topics": ["QI curricula"], "next_step": None, "due_date": None}]
    if rng.random() < 0.85:
        rows.append(_row(cid, met + timedelta(days=rng.randrange(0, 4)), "message_sent"))
        if rng.random() < 0.5:
            rows.append(_row(cid, met + timedelta(days=rng.randrange(2, 9)), "reply"))
    if rng.random() < 0.3:
        day = met + timedelta(days=rng.randrange(10, 60))
        due = day + timedelta(days=rng.randrange(5, 21))
        rows.append({**_row(cid, day, "meeting"), "next_step": "send the revised abstract",
                     "due_date": due})
        if rng.random() < 0.85:
            rows.append(_row(cid, due - timedelta(days=rng.randrange(0, 5)), "message_sent"))
    return [r for r in rows if r["date"] <= TODAY]


def _row(cid: int, day: date, kind: str) -> dict:
    return {"contact_id": cid, "date": day, "type": kind, "event": None, "topics": [],
            "next_step": None, "due_date": None}


def _random_row(cid: int, rng: random.Random) -> dict:
    """Stress case: types and dates at random, so most meetings look unanswered."""
    kind = rng.choices(["met", "message_sent", "reply", "meeting"], [3, 4, 2, 1])[0]
    day = TODAY - timedelta(days=rng.randrange(0, 400))
    promise = rng.random() < 0.15
    return {"contact_id": cid, "date": day, "type": kind, "event": "Conference",
            "topics": ["QI"], "next_step": "send the abstract" if promise else None,
            "due_date": day + timedelta(days=rng.randrange(0, 30)) if promise else None}


def _interactions(store, ids: list[int], rng: random.Random, realistic: bool) -> int:
    from sqlalchemy import delete, insert, update

    from assistant.storage.tables import ContactRow, InteractionRow

    rows: list[dict] = []
    while len(rows) < INTERACTIONS:
        cid = rng.choice(ids)
        rows.extend(_episode(cid, rng) if realistic else [_random_row(cid, rng)])
    rows = rows[:INTERACTIONS]
    mentors = rng.sample(ids, len(ids) // 20)
    for cid in mentors if realistic else ():  # updates every one to five months
        day = TODAY - timedelta(days=rng.randrange(0, 150))
        rows.append(_row(cid, day, "message_sent"))
    with store.session() as s:
        s.execute(delete(InteractionRow))
        s.execute(insert(InteractionRow), rows)
        s.execute(update(ContactRow).values(relationship="new"))
        s.execute(update(ContactRow).where(ContactRow.id.in_(mentors[: len(mentors) // 2]))
                  .values(relationship="mentor"))
        s.execute(update(ContactRow).where(ContactRow.id.in_(mentors[len(mentors) // 2:]))
                  .values(relationship="sponsor"))
        s.commit()
    return len(rows)


def _time_due(store) -> tuple[float, float, int]:
    """(median wall ms, median CPU ms, items) over 7 runs after one warm-up."""
    from assistant.network.due import due_items

    items = due_items(store, TODAY)
    wall, cpu = [], []
    for _ in range(7):
        w, c = time.perf_counter(), time.process_time()
        items = due_items(store, TODAY)
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000, len(items)


def run() -> dict:
    from assistant.config import Settings
    from assistant.network.importer import import_contacts
    from assistant.storage import open_store

    rng = random.Random(6)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Settings(data_dir=Path(tmp), _env_file=None))
        text = _connections_csv(rng)

        started = time.perf_counter()
        report = import_contacts(store, text)
        import_s = time.perf_counter() - started

        started = time.perf_counter()
        again = import_contacts(store, text)
        reimport_s = time.perf_counter() - started

        n_real = _interactions(store, report.contact_ids, rng, realistic=True)
        due_ms, due_cpu_ms, due_n = _time_due(store)
        n_random = _interactions(store, report.contact_ids, rng, realistic=False)
        stress_ms, stress_cpu_ms, stress_n = _time_due(store)
        store.engine.dispose()

    return {
        "contacts_imported": report.imported,
        "import_10k_s": round(import_s, 3),
        "import_target_s": 5.0,
        "reimport_imported": again.imported,
        "reimport_10k_s": round(reimport_s, 3),
        "interactions": n_real,
        "due_items": due_n,
        "due_list_median_ms": round(due_ms, 1),
        "due_list_cpu_ms": round(due_cpu_ms, 1),
        "due_target_ms": 200.0,
        "import_within_target": import_s <= 5.0,
        "due_within_target": due_ms <= 200.0,
        # stress: random histories where most meetings look unanswered (thousands due)
        "stress_interactions": n_random,
        "stress_due_items": stress_n,
        "stress_due_list_median_ms": round(stress_ms, 1),
        "stress_due_list_cpu_ms": round(stress_cpu_ms, 1),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
