"""A throw-away PostgreSQL server for the tests that need the program-wide database: a cluster
made with the machine's `initdb` in a temporary directory, `postgres` on a free loopback port,
and a fresh database per test. Skipped when PostgreSQL or psycopg is absent (`.ci/run` installs
both)."""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.servers import free_port, stop, wait_until_ready

_NAMES = itertools.count(1)


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name) or ""]
    return found[-1] or None


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a server; yields the URL of its `postgres` database (user `outreach`, trusted)."""
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
        yield f"postgresql+psycopg://outreach@127.0.0.1:{port}/postgres"
    finally:
        stop(server, timeout=20)
        shutil.rmtree(root, ignore_errors=True)


def fresh_database(server_url: str) -> str:
    """A new empty database on the server; returns its URL."""
    import psycopg

    name = f"t{os.getpid()}_{next(_NAMES)}"
    dsn = server_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return server_url.rsplit("/", 1)[0] + f"/{name}"
