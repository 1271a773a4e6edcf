"""Every offline draft of every drafting corpus (subject, body, notice), written to one file, so
a change meant to be mechanical can be shown to change no draft: run it before and after and
compare the files (`cmp`). `python -m scripts.draft_snapshot OUT [BEFORE]`: with BEFORE, prints
how many drafts differ, naming only the development ones (a hold-out draft is never shown)."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def snapshot() -> dict[str, dict[str, str]]:
    """Each corpus entry's draft, keyed by its id."""
    from assistant.config import Settings
    from assistant.drafting import draft
    from assistant.index import build_index
    from tests.drafting import rubric

    entries, _ = rubric.load()
    out: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), knowledge_dir=ROOT / "knowledge", _env_file=None)
        build_index(settings)
        premium = settings.model_copy(update={"linkedin_tier": "premium"})
        for e in entries:
            d = draft(e.request, engine="offline",
                      settings=premium if e.tier == "premium" else settings)
            out[e.id] = {"subject": d.subject or "", "body": d.body, "notice": d.notice or ""}
    return out


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2:
        print("usage: python -m scripts.draft_snapshot OUT [BEFORE]", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    drafts = snapshot()
    Path(argv[0]).write_text(json.dumps(drafts, indent=1, ensure_ascii=False, sort_keys=True),
                             encoding="utf-8")
    print(f"{len(drafts)} drafts written to {argv[0]}")
    if len(argv) == 2:
        from tests.drafting import rubric

        before = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        held = set().union(*rubric.holdouts().values())
        changed = sorted(i for i in drafts if drafts[i] != before.get(i))
        print(f"{len(changed)} drafts differ ({sum(i in held for i in changed)} of a hold-out)")
        for i in changed:
            if i not in held:
                print(f"  {i}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
