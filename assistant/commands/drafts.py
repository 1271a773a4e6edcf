"""`outreach drafts list [--limit N] [--offset N] [--json]` and `outreach drafts show ID
[--json]`: the history of the user OUTREACH_USER (another user's id is not found)."""

from __future__ import annotations

import argparse
import sys

from assistant.errors import InputError


def run(args: argparse.Namespace) -> int:
    from assistant.inputs import print_json
    from assistant.service import workspace

    ws = workspace()
    if args.action == "show":
        record = ws.get_draft(args.id)
        if record is None:
            raise InputError(f"no draft #{args.id} in your history", "ID")
        if args.json:
            print_json(record.model_dump(mode="json"))
            return 0
        contact = (record.request.get("contact") or {}).get("name") or "no contact"
        sys.stdout.write(f"#{record.id} · {record.kind} · {contact} · {record.status}\n")
        if record.subject:
            sys.stdout.write(f"Subject: {record.subject}\n\n")
        sys.stdout.write((record.body or "(not drafted)") + "\n")
        if record.error:
            sys.stdout.write(f"Error: {record.error}\n")
        return 0

    drafts = ws.drafts(limit=args.limit, offset=args.offset)
    if args.json:
        print_json({"drafts": [d.model_dump(mode="json") for d in drafts]})
        return 0
    if not drafts:
        sys.stdout.write("No drafts yet. Save one: outreach draft request.json --save\n")
    for d in drafts:
        contact = (d.request.get("contact") or {}).get("name") or "no contact"
        when = d.created_at.strftime("%Y-%m-%d %H:%M") if d.created_at else ""
        sys.stdout.write(f"{d.id:>5}  {when}  {d.kind:<16} {d.status:<8} {contact}"
                         f"{'  ' + d.subject if d.subject else ''}\n")
    return 0
