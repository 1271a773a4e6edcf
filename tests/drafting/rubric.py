"""The drafting rubric: what a program director would want of a draft made from a request typed
the way residents type (tests/data/drafting/corpus.yaml). A draft passes when every criterion
holds; `failures` names the ones that do not.

Criteria: facts kept (`keep`, case-insensitive), nothing it must not say (`avoid`, whole words,
case-sensitive, addresses aside), nothing invented (invention.py), no third person about the
reader, no deferred ask ("I'll ask if..."), the grammar check clean, length and limit, and the
project's own checks clean (no error or warning).

`python -m tests.drafting.rubric [--all]` drafts the corpus offline and prints the pass rates
(tuned part and hold-out) and the failures.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from assistant.models import Draft, DraftRequest
from tests.drafting.invention import inventions

DATA = Path(__file__).resolve().parent.parent / "data" / "drafting"
ADDRESS = re.compile(r"\S+@\S+|https?://\S+")
THIRD = re.compile(r"\b(he|she|his|her|him|hers|himself|herself)\b", re.IGNORECASE)
DEFERRED = re.compile(r"\b(I'll|I will|I am going to|I'm going to|willing to|open to|happy to)"
                      r" ask\b|\bask (if|whether) (he|she)\b", re.IGNORECASE)
EMAIL_WORDS, NOTE_CHARS = 200, 300


@dataclass
class Entry:
    id: str
    context: str
    request: DraftRequest
    keep: list[str]
    avoid: list[str]


def load() -> tuple[list[Entry], set[str]]:
    """The corpus and the hold-out ids."""
    raw = yaml.safe_load((DATA / "corpus.yaml").read_text(encoding="utf-8"))
    split = yaml.safe_load((DATA / "split.yaml").read_text(encoding="utf-8"))
    entries = [Entry(e["id"], e["context"], DraftRequest.model_validate(e["request"]),
                     e["keep"], e["avoid"]) for e in raw]
    return entries, set(split["holdout"])


def _norm(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def _without_greeting(body: str, request: DraftRequest) -> str:
    """The body after the salutation (the one place the reader's name belongs)."""
    lines = body.split("\n", 1)
    if len(lines) == 2 and len(lines[0]) < 60 and lines[0].rstrip().endswith((",", ":", "!")):
        return lines[1]
    return re.sub(r"^(?:[^,.!?\n]|\b(?:Dr|Drs|Mr|Ms|Mrs|Prof)\.){0,40}[,!]\s*", "", body,
                  count=1)


def third_person(body: str, request: DraftRequest) -> list[str]:
    """Pronouns or the contact's surname used about the reader, outside the salutation."""
    rest = _without_greeting(body, request)
    rest = re.sub(r"[\"“][^\"”]*[\"”]", "", rest)
    found = [m.group(0) for m in THIRD.finditer(rest)]
    name = (request.contact.name or "").strip()
    if name:
        last = name.split()[-1].strip(",.")
        if len(last) > 1 and re.search(rf"(?<!\w){re.escape(last)}(?!\w)", rest, re.IGNORECASE):
            found.append(last)
    return found


def failures(entry: Entry, draft: Draft, note_limit: int = NOTE_CHARS) -> list[str]:
    text = _norm(f"{draft.subject or ''}\n{draft.body}")
    low = text.lower()
    out = [f"missing {k!r}" for k in entry.keep if _norm(k).lower() not in low]
    plain = ADDRESS.sub(" ", text)
    for a in entry.avoid:
        if re.search(rf"(?<![\w'’]){re.escape(_norm(a))}(?![\w'’])", plain):
            out.append(f"contains {a!r}")
    out += [f"invented {x}" for x in inventions(draft.body, entry.request)]
    out += [f"third person {x!r}" for x in third_person(draft.body, entry.request)]
    out += [f"deferred ask {m.group(0)!r}" for m in DEFERRED.finditer(draft.body)]
    if draft.channel == "linkedin_note" and len(draft.body) > note_limit:
        out.append(f"over the note limit ({len(draft.body)} characters)")
    if draft.channel != "linkedin_note" and len(re.findall(r"\S+", draft.body)) > EMAIL_WORDS:
        out.append("over 200 words")
    if draft.body.rstrip() and draft.body.rstrip()[-1].isalpha() and \
            draft.channel == "linkedin_note":
        out.append("cut mid-sentence")
    out += [f"finding {f.code}: {f.message[:70]}" for f in draft.findings
            if f.severity in ("error", "warning")]
    return out


def evaluate(settings: Any, entries: list[Entry] | None = None) -> dict[str, Any]:
    """Draft every entry offline; the pass rates of the tuned part and the hold-out."""
    from assistant.drafting import draft

    if entries is None:
        entries, holdout = load()
    else:
        holdout = load()[1]
    results: dict[str, list[str]] = {}
    drafts: dict[str, Draft] = {}
    for e in entries:
        d = draft(e.request, engine="offline", settings=settings)
        drafts[e.id] = d
        results[e.id] = failures(e, d, settings.linkedin_note_limit)

    def rate(ids: list[str]) -> float:
        return round(100 * sum(not results[i] for i in ids) / len(ids), 1) if ids else 0.0

    tuned = [e.id for e in entries if e.id not in holdout]
    held = [e.id for e in entries if e.id in holdout]
    return {"tuned_pass_pct": rate(tuned), "holdout_pass_pct": rate(held),
            "tuned_n": len(tuned), "holdout_n": len(held), "failures": results,
            "drafts": drafts}


def main(argv: list[str]) -> int:
    import tempfile

    from assistant.config import Settings
    from assistant.index import build_index

    root = DATA.parent.parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), knowledge_dir=root / "knowledge", _env_file=None)
        build_index(settings)
        report = evaluate(settings)
    _, holdout = load()
    show_all = "--all" in argv
    for eid, fails in report["failures"].items():
        if eid in holdout and not show_all:
            continue
        if fails or "--drafts" in argv:
            print(f"== {eid}: {'; '.join(fails) or 'pass'}")
            if "--drafts" in argv:
                d = report["drafts"][eid]
                print(f"[{d.subject}]\n{d.body}\n")
    print({k: v for k, v in report.items() if k not in ("failures", "drafts")})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
