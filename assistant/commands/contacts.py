"""`outreach contacts import FILE [--map FIELD=COLUMN ...] [--json]` and
`outreach contacts list [--limit N] [--offset N] [--json]`, for the user OUTREACH_USER."""

from __future__ import annotations

import argparse
import sys


def run(args: argparse.Namespace) -> int:
    from assistant.config import get_settings
    from assistant.inputs import print_json
    from assistant.network.csvfile import check_file
    from assistant.network.importer import import_file, parse_mapping
    from assistant.storage import open_store

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
    if args.offset or shown_to < total:
        more = f"; --offset {shown_to} for more" if shown_to < total else ""
        sys.stdout.write(f"Contacts {args.offset + 1 if contacts else 0}–{shown_to} of {total}"
                         f"{more}.\n")
    return 0
