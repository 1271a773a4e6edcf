"""The environment a timed fresh process (`outreach check`, `outreach draft`) runs in.

A cold start is timed as a resident's shell runs it: Python reads each module's cached bytecode
(`__pycache__`, written by the first run, which is never timed). A bench started from a shell
with PYTHONDONTWRITEBYTECODE set would otherwise compile every module of the assistant from
source in every timed run, which no installed copy does.
"""

from __future__ import annotations

import os


def fresh_env(**extra: str) -> dict[str, str]:
    """This process's environment with bytecode caching on, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return env | extra
