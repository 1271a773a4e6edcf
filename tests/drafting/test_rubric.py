"""The drafting rubric over the corpus of requests typed the way residents type
(tests/data/drafting, see rubric.py). The guarantees hold for every request, hold-out included;
the pass rate is asserted on the tuned part only (the hold-out figure is `make bench`'s)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from assistant.config import Settings
from assistant.drafting import message_text
from tests.drafting import rubric

ENTRIES, HOLDOUT = rubric.load()


@pytest.fixture(scope="module")
def report(built_index: Settings) -> dict[str, Any]:
    return rubric.evaluate(built_index, ENTRIES)


def test_corpus_is_broad_and_split_before_tuning() -> None:
    kinds = {e.request.kind for e in ENTRIES}
    parts = rubric.holdouts()
    assert len(ENTRIES) >= 160 and len(parts["A"]) == 40 and len(parts["B"]) >= 15
    assert kinds == {"introduction", "follow_up", "update", "mentor_agenda", "linkedin_note",
                     "linkedin_rewrite"}
    assert {e.id for e in ENTRIES} >= HOLDOUT
    assert all(sum(e.id.startswith("b-") and e.request.kind == k for e in ENTRIES) >= 6
               for k in kinds)  # the hand-typed batch covers every kind too
    assert sum(bool(e.request.notes) for e in ENTRIES) >= 20  # pasted bios and injections


def test_every_split_is_its_seeded_draw() -> None:
    """Each hand-typed batch's hold-out is the one draw_holdout.py draws with the batch's seed,
    and every batch the draw script knows is one the rubric scores."""
    import importlib.util
    import random

    import yaml

    spec = importlib.util.spec_from_file_location("draw_holdout", rubric.DATA / "draw_holdout.py")
    draw = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(draw)
    scored = {corpus for corpus, _ in rubric.BATCHES.values()}
    for batch, (corpus, split, seed) in draw.BATCHES.items():
        assert corpus in scored, batch
        raw = yaml.safe_load((rubric.DATA / corpus).read_text("utf-8"))
        ids = [e["id"] for e in raw]
        rng = random.Random(seed)
        if batch in draw.BY_KIND:
            groups = [[e["id"] for e in raw if e["request"]["kind"] == k] for k in draw.KINDS]
            expected = sorted(i for g in groups for i in rng.sample(g, round(len(g) / 3)))
        else:
            expected = sorted(rng.sample(ids, len(ids) // 3))
        committed = yaml.safe_load((rubric.DATA / split).read_text("utf-8"))
        assert committed == {"seed": seed, "holdout": expected}, batch


def test_no_draft_invents_follows_notes_or_leaves_a_slot(report: dict[str, Any]) -> None:
    """Never invents, never follows an instruction in the notes, never leaves a placeholder or
    an error: for every request, hold-out included (a failure names development requests and
    counts hold-out ones)."""
    broken = {}
    for e in ENTRIES:
        draft = report["drafts"][e.id]
        bad = [f for f in report["failures"][e.id]
               if f.startswith(("invented", "finding placeholder", "finding char_limit",
                                "finding invented_contact", "finding suspicious_request"))]
        # PHI the draft brought in itself; a span the resident typed in the request (a
        # hospital named in their own news; a place typed in lowercase, written with its
        # capitals) is the guard's call on the request, not the engine's
        request_text = str(e.request.model_dump()).lower()
        text = message_text(draft.subject, draft.body)
        bad += [f"finding phi {text[f.start:f.end]!r}" for f in draft.findings
                if f.code == "phi" and f.severity in ("error", "warning")
                and (f.start is None or text[f.start:f.end].lower() not in request_text)]
        rest = str(e.request.model_copy(update={"notes": None}).model_dump())
        only_in_notes = [a for a in e.avoid if a in (e.request.notes or "") and a not in rest]
        bad += [f"followed the notes: {a!r}" for a in only_in_notes
                if re.search(rf"(?<!\w){re.escape(a)}(?!\w)", draft.body)]
        if bad:
            broken[e.id] = bad
    # development requests by id; hold-out requests only counted, so no one tunes on them
    development = {i: b for i, b in broken.items() if i not in HOLDOUT}
    held = len(broken) - len(development)
    assert development == {} and held == 0, f"and {held} hold-out requests (not named)"


def test_tuned_part_passes_the_rubric(report: dict[str, Any]) -> None:
    assert report["tuned_pass_pct"] >= 95.0, {
        k: v for k, v in report["failures"].items() if v and k not in HOLDOUT}


def test_batch_c_holds_its_measured_rate(report: dict[str, Any]) -> None:
    """Batch C (shorthand in every field, particle surnames, rewrite fixes, patient spans):
    19 of 19 measured; the floor only rises."""
    assert report["batch_c_pass_pct"] >= 94.0, {
        k: v for k, v in report["failures"].items() if v and k.startswith("c-")}


def test_batch_d_development_part_holds_its_measured_rate(report: dict[str, Any]) -> None:
    """Batch D's development part (the composed kinds typed the way residents type: the reader
    in the third person, "ask ..." steps, shorthand, lowercase, pasted bios, long event names,
    several decisions or outcomes): 30 of 30 measured; the floor only rises. Its hold-out is
    `make bench`'s figure, never asserted here."""
    assert report["batch_d_dev_pass_pct"] >= 100.0, {
        k: v for k, v in report["failures"].items()
        if v and k.startswith("d-") and k not in HOLDOUT and "rewrite" not in k}


def test_batch_i_development_part_holds_its_measured_rate(report: dict[str, Any]) -> None:
    """Batch I's development part (forms the earlier batches do not use: other phrase types,
    bullets, forwarded emails, ALL CAPS, trailing punctuation, empty fields): 32 of 32 measured
    (23 before the engine was tuned on it); the floor only rises. Its hold-out is `make
    bench`'s figure, never asserted here."""
    assert report["batch_i_dev_pass_pct"] >= 100.0, {
        k: v for k, v in report["failures"].items()
        if v and k.startswith("i-") and k not in HOLDOUT}


def test_rewrite_batch_holds_its_measured_rate(report: dict[str, Any]) -> None:
    """Batch R's development part (rewrites typed the way residents type): 24 of 24 measured;
    its hold-out is `make bench`'s."""
    assert report["batch_r_dev_pass_pct"] >= 95.0, {
        e.id: report["failures"][e.id] for e in ENTRIES
        if e.batch == "R" and e.id not in HOLDOUT and report["failures"][e.id]}


def test_second_rewrite_batch_holds_its_measured_rate(report: dict[str, Any]) -> None:
    """Batch R2's development part (rewrites typed the way residents type, a second batch):
    20 of 23 measured; its hold-out is `make bench`'s."""
    assert report["batch_r2_dev_pass_pct"] >= 86.9, {
        e.id: report["failures"][e.id] for e in ENTRIES
        if e.batch == "R2" and e.id not in HOLDOUT and report["failures"][e.id]}


@pytest.mark.parametrize(("news", "credit", "body", "failed"), [
    ("didn't get the grant", "his comments", "I wanted to let you know that I didn't get the "
     "grant. Thank you for your comments.", []),
    ("didn't get the grant", "his comments", "Great news: I didn't get the grant. Thank you.",
     ["celebrates a setback 'Great news'"]),
    ("matched!!", "her letter", "I wanted to share that I matched!! Your letter helped.",
     ["credit not thanked", "typed symbol '!!'"]),
    ("poster @ SHM", None, "I wanted to share that my poster is at SHM #proud :)",
     ["typed symbol '#proud'", "typed symbol ':)'"]),
    ("poster @ SHM", None, "Write to me at ana@example.org; I am at SHM.", []),
])
def test_what_an_update_must_do(news: str, credit: str | None, body: str,
                                failed: list[str]) -> None:
    from assistant.models import DraftRequest

    request = DraftRequest.model_validate({"kind": "update",
                                           "update": {"news": news, "credit": credit}})
    assert rubric.update_failures(request, rubric.ADDRESS.sub(" ", body)) == failed


def test_update_batches_hold_their_measured_rate(report: dict[str, Any]) -> None:
    """Batches U, V, W, X and Y's development parts (updates to a mentor typed the way residents
    type the news): 26 of 26, 12 of 12, 11 of 11, 22 of 22 and 24 of 24 measured; the floor only
    rises. Their hold-outs are `make bench`'s."""
    for part in ("batch_u_dev", "batch_v_dev", "batch_w_dev", "batch_x_dev", "batch_y_dev"):
        assert report[f"{part}_pass_pct"] >= 100.0, {
            e.id: report["failures"][e.id] for e in ENTRIES
            if e.batch == part[6].upper() and e.id not in HOLDOUT and report["failures"][e.id]}


def test_sixth_update_batch_holds_its_measured_rate(report: dict[str, Any]) -> None:
    """Batch Z's development part (a patient case, the reader's advice quoted, a decision put
    to the reader, thanks after a letter, numbers and places, a long silence, mixed and terse
    news, names beyond English): 26 of 26 measured; its hold-out is `make bench`'s."""
    assert report["batch_z_dev_pass_pct"] >= 100.0, {
        e.id: report["failures"][e.id] for e in ENTRIES
        if e.batch == "Z" and e.id not in HOLDOUT and report["failures"][e.id]}


def test_seventh_update_batch_holds_its_measured_rate(report: dict[str, Any]) -> None:
    """Batch Z2's development part (outcomes run on with no marks, news pasted from a phone,
    numbers with units, a question at the end, the reader named inside the news, a co-resident,
    a negation, writers of another first language): 25 of 25 measured (12 before tuning); its
    hold-out is `make bench`'s."""
    assert report["batch_z2_dev_pass_pct"] >= 100.0, {
        e.id: report["failures"][e.id] for e in ENTRIES
        if e.batch == "Z2" and e.id not in HOLDOUT and report["failures"][e.id]}
