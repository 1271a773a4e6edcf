"""A program-wide deployment at scale, on a real PostgreSQL server started here: 500 residents
× 2,000 contacts (1,000,000), 2 interactions a contact on average, and 500 × 5,000 drafts
(2,500,000). One resident's contact list page, due list and history are timed against the
single-user targets (the due list ≤ 200 ms). The rows are generated inside PostgreSQL
(generate_series), so the figures are the queries', not the loader's. Skipped without
PostgreSQL (`apt-get install postgresql`)."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

USERS = 500
CONTACTS_PER_USER = 2_000
DRAFTS_PER_USER = 5_000
TODAY = date(2026, 6, 1)
TARGET_MS = 200.0

FILL = [
    # contacts: 5 % mentors, 5 % sponsors, connected over the last two years
    f"""INSERT INTO contacts (owner, name, name_key, title, institution, email, email_key,
        relationship, tags, connected_on, created_at)
      SELECT 'resident' || (g / {CONTACTS_PER_USER}), 'Contact ' || g, 'contact ' || g,
        'Hospitalist', 'Riverside Hospital', 'c' || g || '@example.org',
        'c' || g || '@example.org',
        CASE WHEN g % 20 = 0 THEN 'mentor' WHEN g % 20 = 1 THEN 'sponsor' ELSE 'new' END,
        '[]'::json, DATE '{TODAY}' - (g % 700), TIMESTAMP '{TODAY}' - interval '800 days'
      FROM generate_series(0, {USERS * CONTACTS_PER_USER - 1}) g""",
    # one meeting per contact in the last 400 days, a tenth with a promise two weeks later
    f"""INSERT INTO interactions (owner, contact_id, date, type, event, topics, next_step,
        due_date, created_at)
      SELECT owner, id, DATE '{TODAY}' - (id * 7 % 400), 'met', 'SGIM 2026', '["QI"]'::json,
        CASE WHEN id % 10 = 0 THEN 'send the abstract' END,
        CASE WHEN id % 10 = 0 THEN DATE '{TODAY}' - (id * 7 % 400) + 14 END, now()
      FROM contacts""",
    # most meetings answered within three days
    f"""INSERT INTO interactions (owner, contact_id, date, type, topics, created_at)
      SELECT owner, id, DATE '{TODAY}' - (id * 7 % 400) + (id % 4), 'message_sent', '[]'::json,
        now()
      FROM contacts WHERE id % 7 <> 0""",
    f"""INSERT INTO drafts (owner, created_at, updated_at, status, kind, request, subject, body,
        engine, findings, principles)
      SELECT 'resident' || (g / {DRAFTS_PER_USER}), now(), now(),
        CASE WHEN g % 3 = 0 THEN 'sent' ELSE 'drafted' END, 'follow_up',
        '{{"kind": "follow_up", "contact": {{"name": "Dr. Ada Okafor"}}}}'::json,
        'Thank you from SGIM', 'Dear Dr. Okafor, thank you for the conversation about QI.',
        'offline', '[]'::json, '[]'::json
      FROM generate_series(0, {USERS * DRAFTS_PER_USER - 1}) g""",
    "ANALYZE",
]


def _median_ms(fn: Callable[[], object], runs: int = 7) -> tuple[float, object]:
    result = fn()  # warm-up
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, result


def run() -> dict:
    from sqlalchemy import text

    from assistant.config import Settings
    from assistant.network.due import due_items
    from assistant.storage import Database, Store
    from tests.postgres import fresh_database, postgres_server

    try:
        server = postgres_server()
        url = server.__enter__()
    except BaseException as exc:  # pytest's skip when PostgreSQL is not installed
        return {"skipped": str(exc) or type(exc).__name__}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(data_dir=Path(tmp), database_url=fresh_database(url),
                                _env_file=None)
            database = Database(settings)
            started = time.perf_counter()
            with database.engine.begin() as conn:
                for statement in FILL[:-1]:
                    conn.execute(text(statement))
            with database.engine.connect().execution_options(
                    isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text(FILL[-1]))
            fill_s = time.perf_counter() - started
            with database.engine.connect() as conn:
                counts = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                          for t in ("contacts", "interactions", "drafts")}

            store = Store(settings, f"resident{USERS // 2}", database)
            contacts_ms, page = _median_ms(lambda: store.list_contacts(limit=1000))
            all_ms, everyone = _median_ms(store.list_contacts)
            due_ms, due = _median_ms(lambda: due_items(store, TODAY, settings))
            history_ms, drafts = _median_ms(lambda: store.list_drafts(limit=500))
            last_ms, _last = _median_ms(store.last_interaction_dates)
            database.engine.dispose()
    finally:
        server.__exit__(None, None, None)
    return {
        "users": USERS, **{f"rows_{k}": v for k, v in counts.items()},
        "fill_s": round(fill_s, 1),
        "one_user_contacts_page_1000_ms": round(contacts_ms, 1),
        "one_user_all_contacts_ms": round(all_ms, 1),
        "one_user_contacts": len(everyone),  # type: ignore[arg-type]
        "one_user_due_list_ms": round(due_ms, 1),
        "one_user_due_items": len(due),  # type: ignore[arg-type]
        "one_user_history_500_ms": round(history_ms, 1),
        "one_user_last_contact_dates_ms": round(last_ms, 1),
        "due_target_ms": TARGET_MS,
        "due_within_target": due_ms <= TARGET_MS,
        "contacts_within_target": all_ms <= TARGET_MS,
        "page_sizes_ok": len(page) == 1000 and len(drafts) == 500,  # type: ignore[arg-type]
    }


if __name__ == "__main__":
    import json
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(json.dumps(run(), indent=2))
