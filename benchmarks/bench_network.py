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


def _interactions(store, ids: list[int], rng: random.Random) -> None:
    from sqlalchemy import insert, update

    from assistant.storage.tables import ContactRow, InteractionRow

    rows = []
    for _ in range(INTERACTIONS):
        kind = rng.choices(["met", "message_sent", "reply", "meeting"], [3, 4, 2, 1])[0]
        day = TODAY - timedelta(days=rng.randrange(0, 400))
        promise = rng.random() < 0.15
        rows.append({
            "contact_id": rng.choice(ids), "date": day, "type": kind, "event": "Conference",
            "topics": ["QI"], "next_step": "send the abstract" if promise else None,
            "due_date": day + timedelta(days=rng.randrange(0, 30)) if promise else None,
        })
    mentors = rng.sample(ids, len(ids) // 20)
    with store.session() as s:
        s.execute(insert(InteractionRow), rows)
        s.execute(update(ContactRow).where(ContactRow.id.in_(mentors[: len(mentors) // 2]))
                  .values(relationship="mentor"))
        s.execute(update(ContactRow).where(ContactRow.id.in_(mentors[len(mentors) // 2:]))
                  .values(relationship="sponsor"))
        s.commit()


def run() -> dict:
    from assistant.config import Settings
    from assistant.network.due import due_items
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

        _interactions(store, report.contact_ids, rng)
        timings, items = [], []
        for _ in range(7):
            started = time.perf_counter()
            items = due_items(store, TODAY)
            timings.append(time.perf_counter() - started)
        store.engine.dispose()

    due_ms = statistics.median(timings) * 1000
    return {
        "contacts_imported": report.imported,
        "import_10k_s": round(import_s, 3),
        "import_target_s": 5.0,
        "reimport_imported": again.imported,
        "reimport_10k_s": round(reimport_s, 3),
        "interactions": INTERACTIONS,
        "due_items": len(items),
        "due_list_median_ms": round(due_ms, 1),
        "due_list_max_ms": round(max(timings) * 1000, 1),
        "due_target_ms": 200.0,
        "import_within_target": import_s <= 5.0,
        "due_within_target": due_ms <= 200.0,
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
