"""The resident's goals as a sentence of their own ("match into general surgery" -> "I plan to
match into general surgery.", "applying to neonatology fellowship" -> "I'm applying to
neonatology fellowship.", "academic hospitalist job" -> "I am working toward an academic
hospitalist job."), chosen by the phrase's type so the frame always reads."""

from __future__ import annotations

import re

from assistant.engines import phrasing as ph
from assistant.engines.offline.context import Ctx
from assistant.engines.offline.phrase_type import classify
from assistant.engines.offline.sentences import BARE_VERBS
from assistant.text.patterns import lazy

# A goal typed as a bare verb the classifier reads as a noun: "match into X", "get onto X"
_INTO = lazy(r"[a-z]+\s+(?:into|onto)\b", re.IGNORECASE)
# A goal that is one thing of a kind, typed with no article ("academic hospitalist job")
_COUNTED_GOAL = lazy(r"(?!(?:a|an|the|my|our|some|more)\b)[\w/&-]+(?:\s+[\w/&-]+){0,4}\s+"
                     r"(?:fellowship|job|position|career|residency|spot|role|program|track|"
                     r"degree|post)(?:\s+(?:in|at)\s+.+)?", re.IGNORECASE)


def goals_sentence(ctx: Ctx) -> str | None:
    goals = ph.clean(ctx.request.sender.goals)
    if not goals:
        return None
    if ph.is_sentence(goals):
        return ph.sentence(goals)
    if goals.lower().startswith("to "):
        return f"I hope {goals}."
    # "apply to cardiology fellowship; would love to meet ...": a plan typed as a bare verb, and
    # what follows a semicolon with its "I" left out, each said as a clause of the resident's
    first, *rest = [p.strip() for p in goals.split(";")]
    verbs = ph.COMMON_VERBS | BARE_VERBS
    kind = classify(first).kind
    if kind == "gerund":  # "applying to neonatology fellowship": under way
        frame, first = ctx.c("I'm", "I am"), ph.decapitalize(first)
    elif ph.first_word(first) in verbs or kind == "verb" or _INTO.match(first):
        frame = "I plan to"  # "match into general surgery": a verb by what follows it
    else:
        frame = "I am working toward"
        if _COUNTED_GOAL.fullmatch(first):  # "pediatric cardiology fellowship": one of them
            first = f"{ph.article(first)} {first}"
    clauses = [f"{frame} {ph.decapitalize(first)}"]
    for part in rest:
        if ph.first_word(part) in ("would", "hope", "want", "plan", "hoping", "wanting"):
            clauses.append(f"I {ph.decapitalize(part)}")
        elif ph.first_word(part) in verbs:
            clauses.append(f"I hope to {ph.decapitalize(part)}")
        else:
            return f"{frame} {ph.decapitalize(goals)}."  # the rest is no clause: as typed
    return ", and ".join(clauses) + "."
