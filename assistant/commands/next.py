"""`outreach next [--today YYYY-MM-DD] [--json]`: who to contact next and why."""

from __future__ import annotations

import argparse
import sys


def run(args: argparse.Namespace) -> int:
    from assistant.commands.due import parse_today

    today = parse_today(args.today)

    from assistant.conference.service import next_contacts
    from assistant.config import get_settings
    from assistant.inputs import print_json
    from assistant.storage import open_store
    from assistant.terminal import one_line

    settings = get_settings()
    items = next_contacts(open_store(settings), today, settings)
    if args.json:
        print_json({"next": [item.to_json() for item in items]})
        return 0
    if not items:
        sys.stdout.write("No one to contact right now.\n")
    for item in items:
        state = "OVERDUE " if item.overdue else ""
        sys.stdout.write(f"{state}{one_line(item.contact)}: {one_line(item.reason)} "
                         f"[draft: {item.kind}]\n")
    return 0
