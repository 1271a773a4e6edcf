"""`outreach conference import FILE --name NAME [--map FIELD=COLUMN ...] [--json]` and
`outreach conference suggest NAME [-k 10] [--profile PROFILE.json] [--json]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assistant.errors import InputError

NOTHING_TO_RANK = "has no interests or goals to rank by"
PROFILE_SHAPE = '{"interests": ["sepsis handoffs"], "goals": "a hospitalist job"}'


def load_profile(source: str):  # -> Sender
    """A profile file in the draft request's `sender` shape."""
    from pydantic import ValidationError

    from assistant.config import get_settings
    from assistant.inputs import describe_validation_error, load_json
    from assistant.models import Sender

    limit = get_settings().draft_max_bytes  # the same cap as a draft request, which holds it
    data = load_json(source, "--profile", limit, "OUTREACH_DRAFT_MAX_BYTES")
    if not isinstance(data, dict):
        raise InputError("a profile must be a JSON object (the request's sender shape)",
                         "--profile")
    try:
        return Sender.model_validate(data)
    except ValidationError as exc:
        field, message = describe_validation_error(exc)
        raise InputError(message, f"--profile {field}") from None


def run(args: argparse.Namespace) -> int:
    from assistant.config import get_settings
    from assistant.inputs import print_json
    from assistant.storage import open_store
    from assistant.terminal import one_line

    if args.action == "import":
        from assistant.conference.program import parse_mapping
        from assistant.conference.service import import_program
        from assistant.inputs import read_bytes

        mapping = parse_mapping(args.map)
        if not args.name.strip():
            raise InputError("a conference needs a name", "--name")
        settings = get_settings()  # the import limits, as for contacts (README)
        data = read_bytes(args.file, "file", int(settings.import_max_mb * 1_000_000),
                          "OUTREACH_IMPORT_MAX_MB")
        report = import_program(open_store(settings), data, Path(args.file).name,
                                args.name, mapping)
        if args.json:
            print_json(report)
            return 0
        sys.stdout.write(f"Imported {report['sessions']} sessions and {report['people']} people "
                         f"into {one_line(report['conference'])!r}; skipped "
                         f"{len(report['skipped'])} of {report['total']} rows.\n")
        for skipped in report["skipped"]:
            sys.stdout.write(f"  row {skipped['row']}: {one_line(skipped['reason'])}\n")
        return 0

    if not 1 <= args.k <= 100:
        raise InputError(f"must be 1-100, got {args.k}", "-k")
    from assistant.conference.rank import NoProfileError
    from assistant.conference.service import suggest

    profile = load_profile(args.profile) if args.profile else None
    try:
        suggestions = suggest(open_store(get_settings()), args.name, profile, args.k)
    except NoProfileError:
        if args.profile:
            raise InputError(f"the file {NOTHING_TO_RANK}: add them, e.g. {PROFILE_SHAPE}",
                             "--profile") from None
        raise InputError(f"the saved profile {NOTHING_TO_RANK}: pass --profile me.json, the draft "
                         f"request's sender shape, e.g. {PROFILE_SHAPE} (or fill in the app's "
                         "Profile page)", "profile") from None
    if args.json:
        print_json({"conference": args.name, "suggestions": [s.to_json() for s in suggestions]})
        return 0
    for n, s in enumerate(suggestions, 1):
        where = one_line(", ".join(p for p in (s.role, s.institution) if p))
        first = s.sessions[0]
        when = one_line(" ".join(p for p in (first["date"], first["start"], first["room"]) if p))
        sys.stdout.write(f"{n:>2}. {one_line(s.name)}{' — ' + where if where else ''}\n"
                         f"    {one_line(first['title'])}{' (' + when + ')' if when else ''}\n"
                         f"    why: {one_line(s.reason)}\n")
    return 0
