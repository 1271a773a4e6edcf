"""`outreach contacts import FILE [--map FIELD=COLUMN ...] [--json]`,
`outreach contacts list [--limit N] [--offset N] [--json]` and
`outreach contacts met NAME|ID --date YYYY-MM-DD [--event E] [--topic T ...] [--next-step S]
[--json]`, for the user OUTREACH_USER."""

from __future__ import annotations

import argparse
import sys


def run(args: argparse.Namespace) -> int:
    from assistant.config import get_settings
    from assistant.inputs import print_json
    from assistant.network.csvfile import check_file
    from assistant.network.importer import import_file, parse_mapping
    from assistant.storage import open_store

    if args.action == "met":
        return _met(args)
    if args.action == "import":
        mapping = parse_mapping(args.map)  # a bad --map fails before anything is read
        settings = get_settings()
        check_file(args.file, settings)  # before the database is opened
        report = import_file(open_store(settings), args.file, mapping, checked=True)
        if args.json:
            print_json(report.to_json())
            return 0
        out = sys.stdout
        out.write(
            f"Imported {report.imported} of {report.total} rows; "
            f"skipped {len(report.skipped)}.\n"
        )
        for skipped in report.skipped:
            out.write(f"  row {skipped.row}: {skipped.reason}\n")
        return 0

    store = open_store(get_settings())
    contacts = store.list_contacts(limit=args.limit, offset=args.offset)
    if args.json:  # the shape is unchanged: a page shorter than --limit is the last one
        print_json({"contacts": [c.model_dump(mode="json") for c in contacts]})
        return 0
    total = store.count_contacts()
    if not total:
        sys.stdout.write("No contacts yet. Import LinkedIn's Connections.csv: "
                         "outreach contacts import Connections.csv\n")
        return 0
    from assistant.terminal import one_line

    for c in contacts:
        where = one_line(", ".join(p for p in (c.title, c.institution) if p))
        extra = f" <{one_line(c.email)}>" if c.email else ""
        sys.stdout.write(f"{c.id:>5}  {one_line(c.name)}{extra}  [{one_line(c.relationship)}]"
                         f"{'  ' + where if where else ''}\n")
    shown_to = args.offset + len(contacts)
    if not contacts:
        sys.stdout.write(f"No contacts in this page (--limit {args.limit}, --offset "
                         f"{args.offset}) of {total}; the first page is: outreach contacts list\n")
    elif args.offset or shown_to < total:
        more = f"; --offset {shown_to} for more" if shown_to < total else ""
        sys.stdout.write(f"Contacts {args.offset + 1}–{shown_to} of {total}{more}.\n")
    return 0


def _met(args: argparse.Namespace) -> int:
    """A meeting logged as the app's "Met" button logs it, so `outreach due` owes the follow-up."""
    from datetime import date

    from assistant.commands.due import parse_today
    from assistant.config import get_settings
    from assistant.errors import InputError
    from assistant.inputs import print_json
    from assistant.storage import open_store
    from assistant.storage.records import InteractionRecord
    from assistant.storage.store import EVENT_MAX
    from assistant.terminal import one_line

    day = parse_today(args.date, "--date")
    if day > date.today():
        raise InputError(f"{day.isoformat()} is in the future: log a meeting once it happened",
                         "--date")
    event = " ".join((args.event or "").split()) or None
    if event and len(event) > EVENT_MAX:
        raise InputError(f"{len(event)} characters (at most {EVENT_MAX})", "--event")
    store = open_store(get_settings())
    contact = _find_contact(store, args.contact)
    if contact.relationship == "new":
        store.update_contact(contact.model_copy(update={"relationship": "met_once"}))
    topics = [t for t in (" ".join(t.split()) for t in args.topic) if t]
    next_step = " ".join((args.next_step or "").split()) or None
    interaction_id = store.add_interaction(InteractionRecord(
        contact_id=contact.id, date=day, type="met", event=event, topics=topics,
        next_step=next_step))
    if args.json:
        print_json({"interaction": {"id": interaction_id, "contact_id": contact.id,
                                    "contact": contact.name, "type": "met",
                                    "date": day.isoformat(), "event": event, "topics": topics,
                                    "next_step": next_step}})
        return 0
    sys.stdout.write(f"Logged: met {one_line(contact.name)} on {day.isoformat()}"
                     f"{' at ' + one_line(event) if event else ''}. The follow-up is in "
                     "`outreach due`.\n")
    return 0


def _find_contact(store, wanted: str):  # (Store, str) -> ContactRecord
    """The one contact with this id or name (case, accents and titles folded); none or
    several is a one-line error that says how to pick."""
    from assistant.errors import InputError
    from assistant.inputs import MAX_WHOLE
    from assistant.text.names import name_key

    if wanted.strip().isdigit():
        found = store.get_contact(int(wanted)) if int(wanted) <= MAX_WHOLE else None
        if found is None:
            raise InputError(f"no contact #{wanted.strip()} (outreach contacts list)", "contact")
        return found
    key = name_key(wanted)
    matches = [c for c in store.list_contacts() if key and name_key(c.name) == key]
    if not matches:
        raise InputError(f"no contact named {wanted!r} (outreach contacts list shows them)",
                         "contact")
    if len(matches) > 1:
        ids = ", ".join(str(c.id) for c in matches)
        raise InputError(f"{len(matches)} contacts are named {wanted!r}: give the id ({ids})",
                         "contact")
    return matches[0]
