"""`outreach phi TEXT.txt|- [--json]` and `outreach phi --jsonl FILE|-`: find protected health
information.

Single text: `--json` prints {"findings": [{"type", "start", "end", "text"}]} (character
offsets into the text); otherwise a readable list.

Batch (`--jsonl`): one JSON object {"text": "..."} per input line, one {"findings": [...]} per
output line, in the same order. Every line is validated before anything is printed, so a bad
line never leaves half an output behind: an invalid JSON line, a line that is not an object, a
missing "text", a "text" that is not a string, an unknown field, or a blank line exits 2 with one
line naming the line number. Blank lines are errors rather than skipped, because the contract is
one result per input line and a skipped line would shift every later result. A final newline at
the end of the file is not a line. Bytes that are not UTF-8 exit 2 too.
"""

from __future__ import annotations

import argparse
import json
import sys

from assistant.errors import InputError
from assistant.inputs import (
    decode_text,
    find_lone_surrogate,
    print_json,
    read_bytes,
    read_text,
)


def run(args: argparse.Namespace) -> int:
    if args.jsonl is not None and args.text is not None:
        raise InputError("give either TEXT or --jsonl FILE, not both", "phi")
    if args.jsonl is None and args.text is None:
        raise InputError("give a TEXT file (or - for stdin), or --jsonl FILE", "phi")
    from assistant.config import get_settings
    from assistant.phi import find_phi

    settings = get_settings()
    if args.jsonl is not None:
        data = read_bytes(args.jsonl, "jsonl", settings.phi_batch_max_bytes,
                          "OUTREACH_PHI_BATCH_MAX_BYTES")
        texts = parse_jsonl(decode_text(data, "jsonl"))
        out = sys.stdout
        for text in texts:
            findings = [f.model_dump() for f in find_phi(text)]
            out.write(json.dumps({"findings": findings}, ensure_ascii=False) + "\n")
        return 0
    text = read_text(args.text, "text", settings.phi_max_bytes, "OUTREACH_PHI_MAX_BYTES")
    findings = find_phi(text)
    if args.json:
        print_json({"findings": [f.model_dump() for f in findings]})
        return 0
    if not findings:
        sys.stdout.write("No protected health information found.\n")
        return 0
    sys.stdout.write(
        f"{len(findings)} identifier(s) that belong or may belong to a patient "
        "(error: tied to a patient; warning: whose is not known):\n"
    )
    for f in findings:
        shown = " ".join(f.text.split())
        sys.stdout.write(f"  {f.severity:<8} {f.type:<12} {f.start}-{f.end}  {shown}\n")
    return 0


def parse_jsonl(data: str) -> list[str]:
    """Every line's "text", or InputError naming the first bad line (1-based)."""
    lines = data.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line
    texts: list[str] = []
    for number, line in enumerate(lines, 1):
        line = line.removesuffix("\r")
        where = f"jsonl line {number}"
        if not line.strip():
            raise InputError('blank line (expected {"text": "..."})', where)
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"invalid JSON at column {exc.colno}: {exc.msg}", where) from None
        except RecursionError:
            raise InputError("invalid JSON: nested too deeply", where) from None
        except ValueError as exc:  # e.g. an integer of more than 4300 digits
            raise InputError(f"invalid JSON: {str(exc).split(':')[0]}", where) from None
        if not isinstance(item, dict):
            raise InputError('expected a JSON object like {"text": "..."}', where)
        if "text" not in item:
            raise InputError('required field "text" is missing', where)
        extra = sorted(set(item) - {"text"})
        if extra:
            raise InputError(f'unknown field "{extra[0]}"', where)
        if not isinstance(item["text"], str):
            raise InputError(f'"text" must be a string, not {_json_type(item["text"])}', where)
        if find_lone_surrogate(item["text"]) is not None:
            raise InputError('"text" holds a lone surrogate escape, not valid Unicode', where)
        texts.append(item["text"])
    return texts


def _json_type(value: object) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "an array",
             dict: "an object", type(None): "null"}
    return names.get(type(value), type(value).__name__)
