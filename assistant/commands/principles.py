"""`outreach principles search|list`: the guide's principles, for residents and scripts."""

from __future__ import annotations

import argparse
import sys
import textwrap

from assistant.inputs import print_json


def _wrap(text: str) -> str:
    return textwrap.fill(text, width=88, initial_indent="   ", subsequent_indent="   ")


def _search(args: argparse.Namespace) -> int:
    from assistant.retrieval import _check, search

    _check(args.question, args.k, args.kind)  # bad input fails before the index is touched
    results = search(args.question, k=args.k, kind=args.kind)
    if args.json:
        print_json({"results": [r.model_dump() for r in results]})
        return 0
    if not results:
        sys.stdout.write("No principles found.\n")
        return 0
    for n, r in enumerate(results, 1):
        sys.stdout.write(f"{n}. {r.title}\n   id: {r.id}   score: {r.score:.3f}\n")
        sys.stdout.write(f"{_wrap(r.text)}\n\n")
    return 0


def _list(args: argparse.Namespace) -> int:
    from assistant.config import get_settings
    from assistant.knowledge import load_principles

    principles = load_principles(get_settings().knowledge_dir)
    if args.json:
        print_json({"principles": [p.model_dump() for p in principles]})
        return 0
    for p in principles:
        kinds = ", ".join(p.kinds) or "-"
        sys.stdout.write(f"{p.id}  [{p.type}; {kinds}]\n   {p.title}\n")
    sys.stdout.write(f"{len(principles)} principles\n")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.action == "search":
        return _search(args)
    return _list(args)
