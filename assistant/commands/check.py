"""`outreach check MESSAGE.txt|- [--context REQUEST.json] [--kind KIND] [--channel CHANNEL]
[--json]`: the professionalism checks on a finished message.

Exit 0 whether or not the message passed (the verdict is in the output); exit 2 on bad input.
Imports only the checks, the models and the input readers: no chromadb, langchain or streamlit,
so the whole process stays well under a second.
"""

from __future__ import annotations

import argparse
import sys

from assistant.checks import check, passed
from assistant.inputs import load_request, print_json, read_text
from assistant.models import Finding

_MARK = {"error": "ERROR", "warning": "warning", "info": "info"}


def _excerpt(text: str, finding: Finding, width: int = 60) -> str | None:
    if finding.start is None or finding.end is None:
        return None
    span = " ".join(text[finding.start:finding.end].split())
    return span if len(span) <= width else span[: width - 1] + "…"


def format_human(text: str, findings: list[Finding]) -> str:
    """Readable report: one block per finding with the flagged text, the fix and the principle."""
    problems = [f for f in findings if f.severity != "info"]
    verdict = "PASSED" if passed(findings) else "NOT READY TO SEND"
    lines = [f"{verdict}: {sum(f.severity == 'error' for f in findings)} error(s), "
             f"{sum(f.severity == 'warning' for f in findings)} warning(s)"]
    for f in problems + [f for f in findings if f.severity == "info"]:
        lines.append("")
        lines.append(f"[{_MARK[f.severity]}] {f.code}: {f.message}")
        excerpt = _excerpt(text, f)
        if excerpt is not None:
            lines.append(f"    at {f.start}-{f.end}: “{excerpt}”")
        if f.suggestion is not None:
            if f.suggestion == "" and f.start is not None:
                lines.append("    suggestion: delete it")
            else:
                shown = f.suggestion.strip("\n").replace("\n", "\n                ")
                lines.append(f"    suggestion: {shown}")
        if f.principle:
            lines.append(f"    principle: {f.principle}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from assistant.config import get_settings

    settings = get_settings()
    text = read_text(args.message, "message", settings.check_max_bytes,
                     "OUTREACH_CHECK_MAX_BYTES")
    request = (load_request(args.context, "context", settings.draft_max_bytes)
               if args.context else None)
    findings = check(text, request, kind=args.kind, channel=args.channel)
    if args.json:
        print_json({"passed": passed(findings), "findings": [f.to_json() for f in findings]})
    else:
        sys.stdout.write(format_human(text, findings) + "\n")
    return 0
