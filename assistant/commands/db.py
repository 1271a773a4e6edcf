"""`outreach db upgrade [--json]`: bring the database (DATABASE_URL, or the SQLite file in the
data directory) to this version's schema, keeping every row."""

from __future__ import annotations

import argparse
import sys


def run(args: argparse.Namespace) -> int:
    from assistant.config import get_settings
    from assistant.inputs import print_json
    from assistant.storage import Database

    database = Database(get_settings(), upgrade=False, check=False)
    before, after = database.upgrade()
    if args.json:
        print_json({"from": before, "to": after})
    elif before == after:
        sys.stdout.write(f"The database schema is up to date (revision {after}).\n")
    else:
        sys.stdout.write(f"Upgraded the database schema from revision {before or 'none'} to "
                         f"{after}.\n")
    return 0
