"""The `outreach` command. Argument parsing only: each subcommand lives in
`assistant.commands.<name>` and is imported when used, so `outreach --help` stays fast."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from assistant.errors import OutreachError
from assistant.inputs import MAX_WHOLE
from assistant.models import CHANNELS, KINDS


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="outreach", description="Draft and check networking messages for residents.")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    d = sub.add_parser("draft", help="draft one message from a request (JSON file or -)")
    d.add_argument("request", metavar="REQUEST.json|-")
    d.add_argument("--engine", choices=("auto", "offline", "llm"), default="auto")
    d.add_argument("--json", action="store_true", help="print one JSON object")
    d.add_argument("--save", action="store_true",
                   help="also keep the request and the draft in your history (OUTREACH_USER)")

    c = sub.add_parser("check", help="run the professionalism checks on a finished message")
    c.add_argument("message", metavar="MESSAGE.txt|-")
    c.add_argument("--context", metavar="REQUEST.json", help="the draft request it answers")
    c.add_argument("--kind", choices=KINDS)
    c.add_argument("--channel", choices=CHANNELS)
    c.add_argument("--json", action="store_true")

    ph = sub.add_parser("phi", help="find protected health information")
    ph.add_argument("text", nargs="?", metavar="TEXT.txt|-")
    ph.add_argument("--jsonl", metavar="FILE|-", help="batch: one {\"text\": ...} per line")
    ph.add_argument("--json", action="store_true")

    pr = sub.add_parser("principles", help="the guide's principles")
    prs = pr.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    prs.required = True
    s = prs.add_parser("search", help="retrieve principles for a question")
    s.add_argument("question", metavar="QUESTION")
    s.add_argument("-k", type=int, default=5, help="how many results (default 5)")
    s.add_argument("--kind", choices=KINDS, help="only principles that serve this message kind")
    s.add_argument("--json", action="store_true")
    ls = prs.add_parser("list", help="list every principle")
    ls.add_argument("--json", action="store_true")

    ix = sub.add_parser("index", help="build or refresh the principle index")
    ix.add_argument("--rebuild", action="store_true", help="drop and rebuild from scratch")
    ix.add_argument("--json", action="store_true")

    co = sub.add_parser("contacts", help="your professional contacts")
    cos = co.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    cos.required = True
    ci = cos.add_parser("import", help="import LinkedIn's Connections.csv or a generic CSV")
    ci.add_argument("file", metavar="FILE")
    ci.add_argument(
        "--map", action="append", default=[], metavar="FIELD=COLUMN",
        help="generic CSV: which column holds a field (repeatable), e.g. --map name='Full name'",
    )
    ci.add_argument("--json", action="store_true")
    _paged(cos.add_parser("list", help="list contacts, a page at a time"),
           "contacts", "sorted by name")
    cm = cos.add_parser("met", help="log a meeting with a contact (the follow-up becomes due)")
    cm.add_argument("contact", metavar="NAME|ID", help="the contact's name or id (contacts list)")
    cm.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the day you met")
    cm.add_argument("--event", help="where you met (e.g. the conference)")
    cm.add_argument("--topic", action="append", default=[], metavar="TOPIC",
                    help="what you talked about (repeatable)")
    cm.add_argument("--next-step", metavar="TEXT", help="what you promised to do next")
    cm.add_argument("--json", action="store_true")

    dr = sub.add_parser("drafts", help="your saved drafts (history)")
    drs = dr.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    drs.required = True
    _paged(drs.add_parser("list", help="list saved drafts, newest first"), "drafts", "newest first")
    dsh = drs.add_parser("show", help="one saved draft by its id")
    dsh.add_argument("id", type=_whole(0), metavar="ID")
    dsh.add_argument("--json", action="store_true")
    dse = drs.add_parser("sent", help="record that you sent a saved draft (it leaves `due`)")
    dse.add_argument("id", type=_whole(0), metavar="ID")
    dse.add_argument("--date", metavar="YYYY-MM-DD", help="the day you sent it (default today)")
    dse.add_argument("--json", action="store_true")

    ex = sub.add_parser("export", help="write all your data (OUTREACH_USER) to one JSON file")
    ex.add_argument("file", metavar="FILE|-")
    dd = sub.add_parser("delete-my-data", help="delete all your data (OUTREACH_USER)")
    dd.add_argument("--yes", action="store_true", help="confirm: nothing is deleted without it")

    db = sub.add_parser("db", help="the database's schema")
    dbs = db.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    dbs.required = True
    du_ = dbs.add_parser("upgrade", help="bring the database schema to this version")
    du_.add_argument("--json", action="store_true")

    du = sub.add_parser("due", help="follow-ups, promises and updates that are due")
    du.add_argument("--today", metavar="YYYY-MM-DD")
    du.add_argument("--ics", metavar="FILE", help="also write the reminders as an .ics calendar")
    du.add_argument("--json", action="store_true")

    cf = sub.add_parser("conference", help="plan a conference: import its program, whom to meet")
    cfs = cf.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    cfs.required = True
    cfi = cfs.add_parser("import", help="import a program (CSV, .ics or pasted text)")
    cfi.add_argument("file", metavar="FILE")
    cfi.add_argument("--name", required=True, help="the conference's name")
    cfi.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                     help="CSV with other columns: which column holds a field (repeatable)")
    cfi.add_argument("--json", action="store_true")
    cfg = cfs.add_parser("suggest", help="whom to meet at an imported conference, and why")
    cfg.add_argument("name", metavar="NAME")
    cfg.add_argument("-k", type=int, default=10, help="how many people (default 10)")
    cfg.add_argument("--profile", metavar="PROFILE.json",
                     help="a profile in the request's sender shape (default: the saved profile)")
    cfg.add_argument("--json", action="store_true")

    nx = sub.add_parser("next", help="who to contact next, and why")
    nx.add_argument("--today", metavar="YYYY-MM-DD")
    nx.add_argument("--json", action="store_true")
    return p


DEFAULT_PAGE = 1000
#: Commands whose module is named differently from the command.
MODULES = {"export": "mydata", "delete-my-data": "mydata", "drafts": "drafts"}


def _paged(parser: argparse.ArgumentParser, items: str, order: str) -> None:
    """The paging options every list command shares (`--limit`, `--offset`, `--json`), so a
    page means the same thing everywhere (docs/contract.md)."""
    parser.add_argument("--limit", type=_whole(0), default=DEFAULT_PAGE, metavar="N",
                        help=f"at most N {items} (default {DEFAULT_PAGE})")
    parser.add_argument("--offset", type=_whole(0), default=0, metavar="N",
                        help=f"skip the first N ({order})")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def _whole(least: int) -> Callable[[str], int]:
    """An argument type: a whole number from `least` to MAX_WHOLE (a page size, an offset, an
    id), so a number no database column holds is bad input, not a crash."""

    def whole(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
        if not least <= number <= MAX_WHOLE:
            raise argparse.ArgumentTypeError(
                f"expected {least} to {MAX_WHOLE}, got {value.strip()[:40]}")
        return number

    return whole


def _one_line(message: str) -> str:
    """An error is one line on stderr even when a field name or path holds a line break, with
    no URL's credentials or query string (see `config.masked_url`)."""
    from assistant.config import scrub_urls
    from assistant.terminal import safe

    return safe(scrub_urls(message.replace("\r", "\\r").replace("\n", "\\n")))


def _environment_error(exc: Exception) -> OutreachError | None:
    """A database, data-directory or index failure as one line (see assistant.failures)."""
    from assistant.failures import explain

    try:
        from assistant.config import get_settings

        settings = get_settings()
    except OutreachError:
        settings = None
    return explain(exc, settings)


def _show_progress() -> logging.Handler:
    """Progress lines of long implicit work (the first index build) go to stderr, so stdout
    keeps exactly what the command prints (one JSON object with --json)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("outreach: %(message)s"))
    logger = logging.getLogger("assistant.progress")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = _show_progress()
    name = MODULES.get(args.command, args.command)
    module = importlib.import_module(f"assistant.commands.{name}")
    stdout = sys.stdout
    if not (getattr(args, "json", False) or getattr(args, "jsonl", None)):
        from assistant.terminal import SafeWriter

        sys.stdout = SafeWriter(stdout)  # type: ignore[assignment]
    try:
        return _run(module, args)
    finally:
        sys.stdout = stdout
        logging.getLogger("assistant.progress").removeHandler(handler)


def _run(module: Any, args: argparse.Namespace) -> int:
    try:
        return int(module.run(args) or 0)
    except OutreachError as exc:
        sys.stderr.write(f"outreach: {_one_line(str(exc))}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # never a traceback for the user; OUTREACH_DEBUG=1 shows it
        if os.environ.get("OUTREACH_DEBUG"):
            raise
        known = _environment_error(exc)
        if known is not None:
            sys.stderr.write(f"outreach: {_one_line(str(known))}\n")
            return known.exit_code
        sys.stderr.write(f"outreach: internal error: {type(exc).__name__}: {_one_line(str(exc))}\n")
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
