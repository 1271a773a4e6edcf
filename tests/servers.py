"""Helpers for the tests that start a real server (Chroma, PostgreSQL, the Streamlit app) on
loopback: a free port, waiting until it answers, and stopping it."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Callable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_ready(
    ready: Callable[[], bool], proc: subprocess.Popen, what: str, timeout: float = 60
) -> float:
    """Poll `ready` (an OSError counts as not yet) until it says yes; fail at once if the
    server process exits. Returns the seconds it took."""
    started = time.perf_counter()
    while True:
        try:
            if ready():
                return time.perf_counter() - started
        except OSError:
            pass
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with code {proc.returncode} before it was ready")
        if time.perf_counter() - started > timeout:
            raise TimeoutError(f"{what} was not ready after {timeout:.0f} s")
        time.sleep(0.2)


def stop(proc: subprocess.Popen, timeout: float = 10) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
