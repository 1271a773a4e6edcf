"""The egress gate on real prompts: how many of the drafting scenarios' prompts (after the
field-wise redaction) the gate changes (a change there is over-redaction of a clean request),
how many planted patient identifiers reach a prompt, and the time per prompt (field-wise
redaction, prompt and gate together).
`python benchmarks/run.py egress`."""

from __future__ import annotations

import json
import time
from pathlib import Path

import yaml

SCENARIOS = Path(__file__).resolve().parent.parent / "tests" / "drafting" / "scenarios.yaml"


def run() -> dict[str, object]:
    from assistant.config import Settings
    from assistant.drafting import protect
    from assistant.egress import gate_messages
    from assistant.engines.llm import LLMEngine
    from assistant.knowledge import load_principles
    from assistant.models import DraftRequest
    from tests.security.test_egress import PLANTED, _request

    settings = Settings(_env_file=None)
    pool = load_principles(settings.knowledge_dir)
    engine = LLMEngine(settings)

    def prompts(request: DraftRequest) -> tuple[list[object], list[object]]:
        safe = protect(request).request
        principles = [p for p in pool if safe.kind in p.kinds][:8]
        messages = engine.messages(safe, principles)
        allow = [n for n in (safe.sender.name, safe.contact.name) if n]
        return messages, gate_messages(messages, allow)

    changed = 0
    seconds = 0.0
    items = yaml.safe_load(SCENARIOS.read_text(encoding="utf-8"))
    for item in items:
        started = time.perf_counter()
        before, after = prompts(DraftRequest.model_validate(item["request"]))
        seconds += time.perf_counter() - started
        changed += [m.content for m in before] != [m.content for m in after]
    kinds = ["follow_up", "update", "mentor_agenda", "introduction", "linkedin_rewrite"]
    leaked = 0
    for kind in kinds:
        _before, after = prompts(_request(kind))
        sent = json.dumps([m.content for m in after])
        leaked += sum(i in sent for _, idents in PLANTED.values() for i in idents)
    return {
        "clean_prompts": len(items), "clean_prompts_changed_by_gate": changed,
        "planted_identifiers": len(kinds) * sum(len(v[1]) for v in PLANTED.values()),
        "planted_identifiers_sent": leaked,
        "ms_per_prompt": round(1000 * seconds / len(items), 1),
    }
