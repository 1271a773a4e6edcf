"""The learned candidate source's step of the inverted default: spans `scorer.py` proposes that
no rule proposed, kept only when `attribution.py` cannot give them to a non-patient.

Run by `unattributed.find` after the rule-based person candidates, so every name the rules gave
to a colleague, an author or a correspondent (`Scan.colleagues`, `Scan.known`) stays theirs.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.phi import attribution as attr
from assistant.phi.colleague_syntax import is_colleague_by_syntax
from assistant.phi.references import in_author_list
from assistant.phi.unattributed_scan import Scan
from assistant.text.names import name_fold

if TYPE_CHECKING:
    from assistant.phi.scorer import Model

# The scorer's weights (trained by benchmarks/phi_scorer.py); none are shipped (see scorer.py),
# so the scorer, numpy and the weights are imported only when they are.
WEIGHTS = Path(__file__).resolve().parent / "data" / "phi_scorer.npz"
_state: dict[str, Model | None] = {}

# Which of the rules' own candidates the scorer may weigh again: none ("new"), those dropped
# for want of a tie in a sentence about a patient or care ("care"), or anywhere ("any"); and
# whether a span beside a name the rules gave to a non-patient is left alone (`AWAY_GATES`).
# The measured variants: benchmarks/phi_scorer.py.
OVERRIDE_UNSURE = "care"
AWAY_GATES = True


@lru_cache(maxsize=1)
def _shipped() -> Model | None:
    if not WEIGHTS.exists():
        return None
    from assistant.phi import scorer

    return scorer.load(WEIGHTS)


def model() -> Model | None:
    """The model in use: the shipped weights, or what `use()` set."""
    return _state["model"] if "model" in _state else _shipped()


def use(m: Model | None) -> None:
    """Score with `m` (None: no scorer) instead of the shipped weights (measurement only)."""
    _state["model"] = m


def default() -> None:
    _state.pop("model", None)


def scored_candidates(scan: Scan) -> None:
    """Add each span no rule proposed that the attribution leaves to a patient (an error when
    its sentence speaks of a patient or of care, a warning otherwise)."""
    m = model()
    if m is None:
        return
    from assistant.phi import scorer

    ctx, text, anchors = scan.ctx, scan.text, scan.anchors
    about = [p or c for p, c in zip(anchors.patient, anchors.care, strict=True)]
    proposed = scorer.spans(text, ctx, scorer.sentence_codes(anchors), m)
    if not proposed:
        return
    # what no rule proposed, and (OVERRIDE_UNSURE) what a rule dropped only for want of a tie;
    # a rule's candidate it kept or gave to a non-patient owner stays the rule's call
    # (in a sentence about a patient or care: a name-shaped word there is the scorer's to weigh;
    # elsewhere the rules' want of a tie stands, since the scorer reads names, not owners)
    unsure = {(a, b) for a, b in scan.unsure if OVERRIDE_UNSURE == "any" or (
        OVERRIDE_UNSURE == "care" and about[ctx.sentence_index(a)])}
    found = ([(s, e) for s, e, _, _ in scan.out.items]
             + [span for span in scan.considered if span not in unsure]
             + [(p.start, p.end) for p in scan.found_places])
    kept = {(s, e) for s, e, _, _ in scan.out.items}
    # the rules' candidates given to a non-patient (a colleague, a roster, an author, a thing)
    away = [span for span in scan.considered if span not in unsure and span not in kept]
    away_sentences = {ctx.sentence_index(a) for a, _ in away + scan.colleagues}
    theirs = {name_fold(w) for a, b in scan.colleagues for w in text[a:b].split()}
    for start, end, _, place in proposed:
        if any(a < end and start < b for a, b in found) or not scan.out.free(start, end):
            continue
        words = {name_fold(w.removesuffix("'s").removesuffix("\u2019s"))
                 for w in text[start:end].split()}
        if words & (scan.known | theirs):
            continue
        i = ctx.sentence_index(start)
        if AWAY_GATES and any(0 <= start - b <= 3 or 0 <= a - end <= 3 for a, b in away):
            continue  # "Oliver Sacks", "Robert 'Bobby' Tsosie": the rest of a name given away
        if AWAY_GATES and i in away_sentences and not about[i]:
            continue  # "night float: Osei-Tutu, backup: Rasmussen": beside a non-patient
        if (attr.is_professional_name(ctx, start, end, scan.known)
                or is_colleague_by_syntax(ctx, start, end, about[i])
                or attr.authors_line(ctx, start) or in_author_list(text, start)
                or (place and attr.is_place_of_event(ctx, start))):
            continue
        scan.out.add("LOCATION" if place else "NAME", start, end, scan.severity(i))
