"""`outreach index [--rebuild]`: build or refresh the principle index."""

from __future__ import annotations

import argparse
import sys

from assistant.inputs import print_json


def run(args: argparse.Namespace) -> int:
    from assistant.config import get_settings
    from assistant.index import build_index

    settings = get_settings()
    report = build_index(settings, rebuild=args.rebuild)
    if args.json:
        print_json(report.to_json())
        return 0
    where = (
        f"Chroma server {settings.chroma_host}:{settings.chroma_port}"
        if settings.chroma_host else str(settings.data_dir / "chroma")
    )
    sys.stdout.write(
        f"Indexed {report.total} principles in {report.seconds:.1f} s ({where}): "
        f"{report.added} added, {report.updated} updated, {report.removed} removed, "
        f"{report.unchanged} unchanged.\n"
    )
    return 0
