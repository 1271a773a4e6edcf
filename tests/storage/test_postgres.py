"""The same store code on a real PostgreSQL server (the program-wide deployment's database).

The fixture makes a throw-away cluster with the machine's `initdb` in a temporary directory and
starts `postgres` on a free loopback port; it is skipped when PostgreSQL or psycopg is absent
(`.ci/run` installs both)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.models import Draft, DraftRequest, Sender
from assistant.storage import ContactRecord, InteractionRecord, Store
from tests.servers import free_port, stop, wait_until_ready

pytestmark = pytest.mark.server


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name) or ""]
    return found[-1] or None


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install '.[postgres]')")
    initdb, postgres = _bin("initdb"), _bin("postgres")
    if not initdb or not postgres:
        pytest.skip("PostgreSQL server binaries not found (apt-get install postgresql)")
    # Directly under the system temp dir: pytest's own temp dirs are private to root.
    root = Path(tempfile.mkdtemp(prefix="outreach-pg-"))
    data = root / "data"
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root: use the package's service account
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(root, "postgres")
    subprocess.run([*as_user, initdb, "-D", str(data), "-A", "trust", "-U", "outreach"],
                   check=True, capture_output=True, timeout=120)
    port = free_port()
    server = subprocess.Popen(
        [*as_user, postgres, "-D", str(data), "-p", str(port), "-h", "127.0.0.1",
         "-k", str(root)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"postgresql+psycopg://outreach@127.0.0.1:{port}/postgres"
    try:
        import psycopg

        def accepts() -> bool:
            try:
                psycopg.connect(f"host=127.0.0.1 port={port} user=outreach dbname=postgres",
                                connect_timeout=1).close()
            except psycopg.OperationalError:
                return False
            return True

        wait_until_ready(accepts, server, "postgres", timeout=30)
        yield url
    finally:
        stop(server, timeout=20)
        shutil.rmtree(root, ignore_errors=True)


def test_store_round_trip_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    store = Store(Settings(data_dir=tmp_path, database_url=postgres_url, _env_file=None))
    assert store.engine.dialect.name == "postgresql"

    store.save_profile(Sender(name="Maya Chen", role="PGY-1", interests=["cardiology"]))
    assert store.get_profile().interests == ["cardiology"]

    ids = store.add_contacts([
        ContactRecord(name="Dr. Amara Okafor", email="aokafor@example.org", tags=["QI"]),
        ContactRecord(name="Zoë Łukasiewicz", relationship="mentor"),
    ])
    assert [c.name for c in store.list_contacts()] == ["Dr. Amara Okafor", "Zoë Łukasiewicz"]
    emails, _urls, names = store.contact_keys()
    assert emails["aokafor@example.org"] == ids[0] and "zoe lukasiewicz" in names

    request = DraftRequest(kind="follow_up", meeting={"event": "SGIM 2026", "topics": ["QI"]})
    draft_id = store.save_request(request, contact_id=ids[0])
    assert store.get_draft(draft_id).status == "pending"
    store.save_draft(draft_id, Draft(kind="follow_up", channel="email", subject="Thank you",
                                     body="Dear Dr. Okafor, ...", engine="offline"))
    interaction_id = store.mark_sent(draft_id, when=date(2026, 4, 14))
    sent = store.list_interactions(ids[0])
    assert [(i.id, i.type, i.event) for i in sent] == [(interaction_id, "message_sent",
                                                        "SGIM 2026")]
    store.add_interaction(InteractionRecord(contact_id=ids[1], date=date(2026, 1, 5),
                                            type="meeting"))
    assert store.delete_contact(ids[1]) and store.list_interactions(ids[1]) == []


def test_due_list_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    from assistant.network.due import due_items

    settings = Settings(data_dir=tmp_path, database_url=postgres_url, _env_file=None)
    store = Store(settings)
    met = store.add_contact(ContactRecord(name="Dr. Lee Park", email="lpark@example.org"))
    store.add_interaction(InteractionRecord(contact_id=met, date=date(2026, 11, 20), type="met",
                                            event="ACP 2026"))
    due = due_items(store, date(2026, 11, 25), settings)
    mine = [item for item in due if item.contact_id == met]
    assert mine and mine[0].kind == "follow_up" and mine[0].overdue
