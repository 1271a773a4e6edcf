"""`outreach export FILE|-` (all of your data in one JSON file) and `outreach delete-my-data
--yes`; "your" is the user OUTREACH_USER (default `local`)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.errors import InputError


def run(args: argparse.Namespace) -> int:
    from assistant.service import workspace

    ws = workspace()
    if args.command == "export":
        text = json.dumps(ws.export(), ensure_ascii=False, indent=1) + "\n"
        if args.file == "-":
            sys.stdout.write(text)
            return 0
        try:
            Path(args.file).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write {args.file}: {exc.strerror or exc}", "FILE") from None
        sys.stderr.write(f"Wrote the data of {ws.user} to {args.file}\n")
        return 0

    if not args.yes:
        raise InputError(f"this deletes every contact, interaction, draft, conference program "
                         f"and the profile of {ws.user}; add --yes to confirm (export them "
                         "first: outreach export FILE)", "--yes")
    counts = ws.delete_everything()
    done = ", ".join(f"{n} {label}" for label, n in counts.items())
    sys.stdout.write(f"Deleted the data of {ws.user}: {done}.\n")
    return 0
