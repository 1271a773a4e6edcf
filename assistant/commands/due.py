"""`outreach due [--today YYYY-MM-DD] [--ics FILE] [--json]`: who you owe a message."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from assistant.errors import InputError

# What "today" can sanely be: reminders are computed by adding months and days to it, and a
# date near year 9999 overflows; nobody plans a follow-up outside these years.
EARLIEST, LATEST = date(1900, 1, 1), date(2199, 12, 31)


def parse_today(value: str | None, option: str = "--today") -> date | None:
    if value is None:
        return None
    try:
        today = date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"expected a date as YYYY-MM-DD, got {value!r}", option) from None
    if not EARLIEST <= today <= LATEST:
        raise InputError(f"{today.isoformat()} is outside {EARLIEST.year}-{LATEST.year}",
                         option)
    return today


def run(args: argparse.Namespace) -> int:
    today = parse_today(args.today) or date.today()

    from assistant.config import get_settings
    from assistant.inputs import print_json
    from assistant.network.due import due_items
    from assistant.storage import open_store

    settings = get_settings()
    items = due_items(open_store(settings), today, settings)
    if args.ics:
        from assistant.network.calendar import to_ics

        try:
            Path(args.ics).write_bytes(to_ics(items, today))
        except OSError as exc:
            raise InputError(f"cannot write {args.ics}: {exc.strerror or exc}", "--ics") from None
    if args.json:
        print_json({"due": [item.to_json() for item in items]})
        return 0
    from assistant.terminal import one_line

    out = sys.stdout
    if not items:
        out.write("Nothing is due.\n")
    for item in items:
        state = "OVERDUE" if item.overdue else "due    "
        out.write(f"{state}  {item.due_date.isoformat()}  {one_line(item.contact)}: "
                  f"{one_line(item.reason)} [{item.kind}]\n")
    if args.ics:
        out.write(f"Wrote {len(items)} reminder(s) to {args.ics}\n")
    return 0
