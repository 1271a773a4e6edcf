"""Facts kept: for every request field that holds a fact (the meeting's specific detail, the
update's credit, the next step, the facts the notes give), is it in the draft, and when it is
not, which step dropped it. Over the DEVELOPMENT parts of every drafting corpus only (the
hold-outs are never read here).

A field is kept when at least half (`--strict`: four in five) of its content words (four letters
or more, not a pronoun or a word of the frame; matched by their first five letters, so
"summaries" finds "summary") are in the draft: the rubric's facts-kept test (`keep`, a case-
insensitive substring) taken over the field's own words. A field that is not kept is put down to
the first step that lost its words:

- parse: the understood field (assistant/engines/offline/parse.py) no longer holds them, or
  the notes gave no fact the parse could read;
- say less: the parse kept only what a past-tense detail was about ("gave the talk on X" ->
  "the talk on X") and lost the rest;
- not planned: the parse kept the words but no sentence the composer wrote holds them;
- limit: a sentence held them but the word target, the note's character limit or the checks'
  shortening dropped it;
- used twice: another field of the request holds the same words, and its sentence stands in.

`python scripts/facts_kept.py [--list] [--strict]` prints the table of counts by cause, per field
(`--list`: each development miss, its cause and the field).
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# words of the frames and pronouns: never a fact's own word
FRAME = {"your", "yours", "their", "theirs", "them", "they", "that", "this", "with", "about",
         "from", "would", "could", "should", "will", "have", "been", "were", "said", "told",
         "mentioned", "what", "when", "where", "which", "whether", "there", "here", "into",
         "some", "more", "also", "just", "really", "very", "maybe", "possible", "sometime",
         "like", "love", "want", "send", "email", "thank", "thanks", "ask", "asked", "help",
         "please", "next", "time", "then", "than", "over", "after", "before", "if"}


def words(text: str | None) -> set[str]:
    """A field's content words, by their first five letters."""
    from assistant.text.shorthand import expand

    if not text:
        return set()
    return {w[:5] for w in re.findall(r"[a-z][a-z'-]{3,}", expand(text).lower())
            if w not in FRAME and not w.endswith("'s")}


SHARE = [0.5]  # the share of a fact's words the draft must hold (`--strict`: 0.8)


def held(fact: set[str], text: str) -> bool:
    """At least SHARE of the fact's words are in the text."""
    have = {w[:5] for w in re.findall(r"[a-z][a-z'-]{3,}", text.lower())}
    return bool(fact) and len(fact & have) >= SHARE[0] * len(fact)


def fields(request: Any) -> dict[str, str]:
    """The fact-bearing fields a request fills."""
    out = {"detail": request.meeting.specific_detail, "credit": request.update.credit,
           "next step": request.meeting.next_step}
    return {k: v for k, v in out.items() if v and v.strip()}


def cause(name: str, raw: str, request: Any, understood: Any, parts: list[str],
          composed: str, final: str) -> str | None:
    """None when kept, else the step that dropped it (see the module docstring)."""
    from assistant.engines.offline import parse

    fact = words(raw)
    if not fact or held(fact, final):
        return None
    parsed = {"detail": understood.request.meeting.specific_detail,
              "credit": understood.request.update.credit,
              "next step": understood.request.meeting.next_step}[name]
    if name == "detail" and raw:
        whole = parse.phrase(raw, request) or ""
        if held(fact, whole) and not held(fact, parsed or ""):
            return "say less"
    if not held(fact, parsed or ""):
        return "parse"
    if any(held(fact, p) for p in parts) or held(fact, composed):
        return "limit"
    others = [v for k, v in fields(request).items() if k != name]
    others += [request.ask or "", *request.meeting.topics, request.contact.their_work or ""]
    if any(held(fact, o) and held(words(o), final) for o in others if o):
        return "used twice"
    return "not planned"


def note_cause(request: Any, understood: Any, parts: list[str], composed: str,
               final: str) -> tuple[str, str | None] | None:
    """The notes' facts: None when the notes hold none, else (the fact, its cause or None)."""
    if not (request.notes and request.notes.strip()):
        return None
    from assistant.text.instructions import is_instruction
    from assistant.text.sentences import split_sentences

    told = [fact for _, fact in understood.from_notes]
    if understood.heard and understood.heard not in told:
        told.append(understood.heard)
    if not told:
        from assistant.engines.offline.notes import from_notes

        if from_notes(request.notes, request).work and request.contact.their_work:
            return request.notes[:60], "used twice"  # their work is given in its own field
        said = [s for s in split_sentences(request.notes) if not is_instruction(s)]
        return (request.notes[:60], "parse") if said else None
    for fact in told:
        w = words(fact)
        if held(w, final):
            continue
        if any(held(w, p) for p in parts) or held(w, composed):
            return fact, "limit"
        return fact, "not planned"
    return told[0], None


def run(show: bool) -> dict[str, Counter]:
    from assistant.config import Settings
    from assistant.drafting import draft
    from assistant.engines.offline import engine, parse
    from assistant.engines.offline.context import Ctx
    from assistant.index import build_index
    from tests.drafting import rubric

    made: list[Ctx] = []

    class Recording(Ctx):
        def __post_init__(self) -> None:
            made.append(self)

    engine.Ctx = Recording  # type: ignore[misc]  # the parts each composition planned
    entries, holdout = rubric.load()
    table: dict[str, Counter] = {}
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), knowledge_dir=ROOT / "knowledge",
                            _env_file=None)
        build_index(settings)
        for e in entries:
            if e.id in holdout or e.request.kind == "linkedin_rewrite":
                continue
            made.clear()
            d = draft(e.request, engine="offline", settings=settings)
            ctx = made[0] if made else None
            parts = [p.text for p in ctx.parts] if ctx else []
            composed = " ".join(parts)
            final = f"{d.subject or ''}\n{d.body}"
            understood = parse.understand(e.request)
            found = {name: cause(name, raw, e.request, understood, parts, composed, final)
                     for name, raw in fields(e.request).items()}
            noted = note_cause(e.request, understood, parts, composed, final)
            if noted:
                found["notes"] = noted[1]
            for name, why in found.items():
                table.setdefault(name, Counter())["kept" if why is None else why] += 1
                if why and show:
                    raw = noted[0] if name == "notes" and noted else fields(e.request)[name]
                    print(f"{e.id}\t{name}\t{why}\t{raw[:90]!r}")
    return table


def main(argv: list[str]) -> int:
    if "--strict" in argv:
        SHARE[0] = 0.8
    table = run("--list" in argv)
    causes = ["kept", "parse", "say less", "not planned", "limit", "used twice"]
    print(f"{'field':<10}" + "".join(f"{c:>12}" for c in causes) + f"{'total':>8}")
    for name, counts in table.items():
        print(f"{name:<10}" + "".join(f"{counts.get(c, 0):>12}" for c in causes) +
              f"{sum(counts.values()):>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
