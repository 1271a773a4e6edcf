"""`outreach drafts list [--limit N] [--offset N] [--json]`, `outreach drafts show ID [--json]`
and `outreach drafts sent ID [--date YYYY-MM-DD] [--json]`: the history of the user
OUTREACH_USER (another user's id is not found)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from assistant.errors import InputError


def run(args: argparse.Namespace) -> int:
    from assistant.inputs import print_json
    from assistant.service import workspace

    ws = workspace()
    if args.action == "sent":
        return _sent(ws, args)
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
    if not drafts and (args.offset or not args.limit):
        sys.stdout.write(f"No drafts in this page (--limit {args.limit}, --offset "
                         f"{args.offset}); the first page is: outreach drafts list\n")
    elif not drafts:
        sys.stdout.write("No drafts yet. Save one: outreach draft request.json --save\n")
    for d in drafts:
        contact = (d.request.get("contact") or {}).get("name") or "no contact"
        when = d.created_at.strftime("%Y-%m-%d %H:%M") if d.created_at else ""
        sys.stdout.write(f"{d.id:>5}  {when}  {d.kind:<16} {d.status:<8} {contact}"
                         f"{'  ' + d.subject if d.subject else ''}\n")
    return 0


def _sent(ws: Any, args: argparse.Namespace) -> int:
    """What the app's "Mark as sent" does: the draft becomes sent and, when it has a contact,
    the message is logged with them, so `outreach due` stops owing it."""
    from datetime import date

    from assistant.commands.due import parse_today
    from assistant.inputs import print_json

    day = parse_today(args.date, "--date") if args.date else date.today()
    if day > date.today():
        raise InputError(f"{day.isoformat()} is in the future: mark a message once it is sent",
                         "--date")
    record = ws.get_draft(args.id)
    if record is None:
        raise InputError(f"no draft #{args.id} in your history", "ID")
    if record.status == "sent":
        when = record.sent_at.date().isoformat() if record.sent_at else "earlier"
        raise InputError(f"draft #{args.id} was already marked as sent (marked {when})", "ID")
    if not (record.body or "").strip():
        raise InputError(f"draft #{args.id} has no text: there is nothing to send", "ID")
    interaction = ws.mark_sent(args.id, day)
    contact = (record.request.get("contact") or {}).get("name")
    if args.json:
        print_json({"draft": {"id": record.id, "status": "sent", "date": day.isoformat(),
                              "contact_id": record.contact_id, "interaction_id": interaction}})
        return 0
    from assistant.terminal import one_line

    logged = (f" and logged with {one_line(contact)}" if interaction is not None and contact
              else "")
    sys.stdout.write(f"Marked #{record.id} as sent on {day.isoformat()}{logged}.\n")
    return 0
