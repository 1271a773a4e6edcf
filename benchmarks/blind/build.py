"""What the blind sets' build scripts share: the request helpers their draft requests are
written with, and the writers of phi.jsonl and drafting.jsonl. Each set keeps its own items;
the files come out the same byte for byte as when each script carried its own copy."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any


def person(name: str, role: str, program: str, email: str | None = None, **kw: Any) -> dict:
    """A sender as the request's `sender` shape has it."""
    p = {"name": name, "role": role, "program": program}
    if email:
        p["email"] = email
    p.update(kw)
    return p


def contact(name: str, title: str, institution: str, specialty: str, relationship: str,
            **kw: Any) -> dict:
    """A reader as the request's `contact` shape has it."""
    c = {"name": name, "title": title, "institution": institution, "specialty": specialty,
         "relationship": relationship}
    c.update(kw)
    return c


def locate(text: str, sub: str, n: int = 0) -> tuple[int, int]:
    """The offsets of the n-th occurrence (0-based) of `sub`; a span not in its text stops the
    build, so offsets cannot drift from the text."""
    start = -1
    for _ in range(n + 1):
        start = text.find(sub, start + 1)
        if start < 0:
            raise SystemExit(f"span {sub!r} (occurrence {n}) not in {text!r}")
    return start, start + len(sub)


def _write(path: Path, rows: Iterable[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")


def write_phi(here: Path, prefix: str, positive: Sequence[tuple], lookalike: Sequence[tuple],
              *, unique: bool = False) -> None:
    """phi.jsonl: each (context, text, spans) with its located spans, then each (context, text)
    look-alike; ids `{prefix}001`... in that order. `unique`: no text may appear twice."""
    rows = []
    k = 0
    for ctx, text, spans in positive:
        k += 1
        out = []
        for sp in spans:
            typ, sub = sp[0], sp[1]
            s, e = locate(text, sub, sp[2] if len(sp) > 2 else 0)
            out.append({"type": typ, "text": sub, "start": s, "end": e})
        rows.append({"id": f"{prefix}{k:03d}", "kind": "phi", "context": ctx, "text": text,
                     "spans": out})
    for ctx, text in lookalike:
        k += 1
        rows.append({"id": f"{prefix}{k:03d}", "kind": "lookalike", "context": ctx,
                     "text": text, "spans": []})
    if unique:
        texts = [r["text"] for r in rows]
        assert len(texts) == len(set(texts)), "duplicate text"
    _write(here / "phi.jsonl", rows)
    pos = sum(1 for r in rows if r["spans"])
    print(f"phi.jsonl: {len(rows)} texts, {pos} with {sum(len(r['spans']) for r in rows)} spans, "
          f"{len(rows) - pos} look-alikes")


def write_drafting(here: Path, items: Sequence[tuple]) -> None:
    """drafting.jsonl: each (id, context, request, keep, avoid); ids must be unique."""
    ids = [i[0] for i in items]
    assert len(ids) == len(set(ids)), "duplicate id"
    rows = [{"id": ident, "context": ctx, "request": req, "keep": keep, "avoid": avoid}
            for ident, ctx, req, keep, avoid in items]
    _write(here / "drafting.jsonl", rows)
    kinds: dict[str, int] = {}
    for r in rows:
        kinds[r["request"]["kind"]] = kinds.get(r["request"]["kind"], 0) + 1
    print(f"drafting.jsonl: {len(rows)} requests; "
          + ", ".join(f"{k} {n}" for k, n in kinds.items()))
