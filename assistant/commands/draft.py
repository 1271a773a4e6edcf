"""`outreach draft REQUEST.json|- [--engine auto|offline|llm] [--json] [--save]`; with `--save`
the request and the draft are kept in the user's history (as the app keeps them)."""

from __future__ import annotations

import argparse
import sys

from assistant.inputs import load_request, print_json
from assistant.models import Draft


def render_human(draft: Draft) -> str:
    """Subject and body first (ready to copy), then findings, notice and cited principles."""
    out: list[str] = []
    if draft.subject:
        out.append(f"Subject: {draft.subject}")
        out.append("")
    out.append(draft.body)
    out.append("")
    out.append(f"--- {draft.kind} · {draft.channel} · {draft.engine} engine")
    if draft.findings:
        out.append("Findings:")
        for f in draft.findings:
            line = f"  {f.severity}: [{f.code}] {f.message}"
            if f.suggestion:
                line += f" — {f.suggestion}"
            out.append(line)
    else:
        out.append("Findings: none")
    if draft.notice:
        out.append(f"Notice: {draft.notice}")
    if draft.principles:
        out.append("Principles:")
        out += [f"  {p.id}: {p.title}" for p in draft.principles]
    return "\n".join(out) + "\n"


def run(args: argparse.Namespace) -> int:
    from assistant.config import get_settings
    from assistant.service import draft, workspace

    request = load_request(args.request, limit=get_settings().draft_max_bytes)
    if getattr(args, "save", False):
        _draft_id, result = workspace().draft(request, engine=args.engine)
    else:
        result = draft(request, engine=args.engine)
    if args.json:
        print_json(result.to_json())
    else:
        sys.stdout.write(render_human(result))
    return 0
