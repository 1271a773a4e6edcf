"""The checks corpus (tests/data/checks/corpus.yaml and the later batches corpus_b/c/d/e.yaml):
loading, running and scoring.

Shared by the corpus test and `make bench` (benchmarks/bench_checks.py), so both score the
same way:
- must-code recall: of the (message, code) pairs a flawed message must raise, the share that
  the checks report (at any severity: the severity is judged separately);
- clean-left-clean: the share of well-written messages with no warning and no error.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parents[1] / "data" / "checks"


@dataclass
class Case:
    id: str
    text: str
    codes: list[str]
    request: dict[str, Any] | None
    kind: str | None = None
    channel: str | None = None


@dataclass
class Score:
    pairs: int = 0
    caught: int = 0
    clean: int = 0
    clean_ok: int = 0
    clean_ok_but_phi: int = 0  # left clean by every check except the PHI guard
    misses: list[tuple[str, str]] = field(default_factory=list)  # (case id, code)
    false_alarms: list[tuple[str, list[str]]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.caught / self.pairs if self.pairs else 1.0

    @property
    def clean_rate(self) -> float:
        return self.clean_ok / self.clean if self.clean else 1.0

    def summary(self) -> dict[str, Any]:
        return {
            "flawed_pairs": self.pairs, "must_code_recall": round(self.recall, 3),
            "well_written": self.clean, "clean_left_clean": round(self.clean_rate, 3),
            "clean_left_clean_phi_aside": round(
                (self.clean_ok + self.clean_ok_but_phi) / self.clean if self.clean else 1.0, 3),
        }


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


FILES = ("corpus.yaml", "corpus_b.yaml", "corpus_c.yaml", "corpus_d.yaml", "corpus_e.yaml")


def load() -> list[Case]:
    """Every case of every batch; a batch may use the contexts of the batches before it."""
    contexts: dict[str, dict[str, Any]] = {}
    raw_cases: list[dict[str, Any]] = []
    for name in FILES:
        raw = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
        contexts.update(raw.get("contexts") or {})
        raw_cases += raw["cases"]
    cases = []
    for c in raw_cases:
        request = None
        if c.get("ctx") not in (None, "none"):
            request = _merge(contexts[c["ctx"]], c.get("request") or {})
        elif c.get("request"):
            request = c["request"]
        if request is not None and c.get("kind"):
            request["kind"] = c["kind"]
        if request is not None and c.get("channel"):
            request["channel"] = c["channel"]
        cases.append(Case(c["id"], c["text"], list(c["codes"]), request,
                          None if request else c.get("kind"),
                          None if request else c.get("channel")))
    return cases


PARTS = ("tuned", "holdout", "holdout_b", "batch_c", "batch_d", "holdout_d", "batch_e",
         "holdout_e")


def split() -> dict[str, set[str]]:
    """The tuned part and the two hold-outs: "holdout" drawn from the first batch before the
    checks were tuned on it, "holdout_b" from the second batch before any change was tuned on
    that batch; "batch_c" is the third batch, development data reported on its own (not a
    hold-out); the fourth batch is split in two, "batch_d" (development data) and "holdout_d"
    (a random third drawn before any change was tuned on it); the fifth likewise, "batch_e"
    and "holdout_e"."""
    data = json.loads((DATA / "split.json").read_text())
    return {part: set(data.get(part, [])) for part in PARTS}


def run(case: Case) -> list[Any]:
    from assistant.checks import check
    from assistant.config import Settings
    from assistant.inputs import parse_request

    request = parse_request(case.request) if case.request is not None else None
    settings = Settings(linkedin_tier="free", _env_file=None)
    return check(case.text, request, kind=case.kind, channel=case.channel, settings=settings)


def score(cases: list[Case]) -> Score:
    s = Score()
    for case in cases:
        findings = run(case)
        if case.codes:
            said = {f.code for f in findings}
            for code in case.codes:
                s.pairs += 1
                if code in said:
                    s.caught += 1
                else:
                    s.misses.append((case.id, code))
        else:
            s.clean += 1
            problems = sorted({f.code for f in findings if f.severity in ("warning", "error")})
            if problems:
                s.false_alarms.append((case.id, problems))
                s.clean_ok_but_phi += problems == ["phi"]
            else:
                s.clean_ok += 1
    return s


def by_part() -> dict[str, Score]:
    cases, parts = load(), split()
    return {name: score([c for c in cases if c.id in ids]) for name, ids in parts.items()}
