"""A rewrite of notes dictated, pasted or written in another register: punctuation said aloud,
a signature block after "--", the reader addressed as "Sir", an office letter's "kindly", a
long sentence that ends in its ask, a note typed in capitals. Wordings invented for these
tests."""

from __future__ import annotations

import pytest

from assistant.checks import check
from assistant.config import Settings
from assistant.engines.offline.rewrite import _ask_lifted
from assistant.engines.offline.rewrite_grammar import spoken_punctuation
from assistant.models import DraftRequest


def _rewrite(text: str) -> tuple[str, str]:
    from assistant.engines.offline.context import Ctx
    from assistant.engines.offline.rewrite import compose

    request = DraftRequest.model_validate({
        "kind": "linkedin_rewrite", "today": "2026-11-30",
        "sender": {"name": "Anahera Walker", "role": "PGY-2 surgery", "program": "Otago GS"},
        "contact": {"name": "Dr. Henrik Dahl", "relationship": "met_once"},
        "existing_text": text})
    ctx = Ctx(request, Settings(_env_file=None))
    return compose(ctx)[1], " ".join(ctx.remarks)


@pytest.mark.parametrize(("said", "written"), [
    ("thanks doctor lund comma the burns talk was great period can we meet question mark",
     "thanks doctor lund, the burns talk was great. can we meet?"),
    ("i'm a pgy three comma keen on trauma period", "i'm a pgy 3, keen on trauma."),
    # a typed note keeps its words
    ("The washout period was short, and a comma splice is no crime.",
     "The washout period was short, and a comma splice is no crime."),
    ("Thanks for the talk period", "Thanks for the talk period"),
])
def test_punctuation_said_aloud_is_written(said: str, written: str) -> None:
    assert spoken_punctuation(said) == written


def test_a_dictated_note_reads_as_typed() -> None:
    body, _ = _rewrite("hi doctor dahl comma i'm a pgy two in surgery period i liked your talk "
                       "on hernia mesh period can we connect question mark")
    assert body == ("Hi Dr. Dahl, I'm a PGY-2 in surgery. I liked your talk on hernia mesh. "
                    "Can we connect?")


def test_a_signature_block_after_its_delimiter_is_left_out() -> None:
    body, notice = _rewrite("Dr. Dahl - liked your session on hernia mesh. Would like to "
                            "connect.\n--\nSent from my tablet. PRIVILEGED: for the named "
                            "recipient only. Bleep 7-3310")
    assert "tablet" not in body and "Bleep" not in body and "hernia mesh" in body
    assert "signature was left out" in notice


@pytest.mark.parametrize("note", [
    "Respected Sir, I read your paper on hernia mesh. Kindly accept my request.",
    "Dear Madam, I read your paper on hernia mesh and would like to connect.",
])
def test_the_reader_addressed_as_sir_or_madam_is_named(note: str) -> None:
    body, _ = _rewrite(note)
    assert body.startswith("Dear Dr. Dahl,")
    assert "Sir" not in body and "Madam" not in body and "Kindly" not in body


@pytest.mark.parametrize(("sentence", "lifted"), [
    ("I'm a PGY-2 at Otago, and since I'm moving to Bergen in June to join a trauma unit, "
     "I'd love to connect and hear about your registry.",
     "I'm a PGY-2 at Otago, and I'm moving to Bergen in June to join a trauma unit. I'd love "
     "to connect and hear about your registry."),
    ("Because I am starting a research block on hernia recurrence in March, would you have "
     "time for a call?",
     "I am starting a research block on hernia recurrence in March. Would you have time for "
     "a call?"),
    # a short sentence stays one
    ("Thanks for the talk, would you share the slides?",
     "Thanks for the talk, would you share the slides?"),
])
def test_a_long_sentence_ending_in_its_ask_is_two(sentence: str, lifted: str) -> None:
    assert _ask_lifted(sentence) == lifted


def test_a_note_in_capitals_loses_them_but_its_acronyms() -> None:
    text = "DR. DAHL, I LOVED YOUR TALK ON WOUND HEALING AT ACS. WOULD LOVE TO CONNECT."
    fixes = [f.suggestion for f in check(text, kind="linkedin_rewrite",
                                         channel="linkedin_note") if f.code == "shouting"]
    assert any("loved your talk on wound healing at ACS" in (f or "") for f in fixes)


@pytest.mark.parametrize(("note", "kept"), [
    # a slot after its preposition goes with it; the sentence stays
    ("Hi Dr. [NAME], I liked your session at [MEETING] and would love to talk about hernia "
     "mesh.", "I liked your session and would love to talk about hernia mesh."),
    ("Hello {name}, your grand rounds in {city} changed how I close wounds.",
     "your grand rounds changed how I close wounds."),
])
def test_an_unfilled_slot_goes_with_its_phrase(note: str, kept: str) -> None:
    body, notice = _rewrite(note)
    assert kept in body and body.count("Dahl") == 1
    assert "left blank" in notice


@pytest.mark.parametrize(("typed", "written"), [
    ("Dr. Dahl, is me, Aroha, the intern from the burns unit.",
     "Dr. Dahl, it's me, Aroha, the intern from the burns unit."),
    ("Hello again. Is me from the suture workshop.", "Hello again. It's me from the suture "
     "workshop."),
])
def test_a_dropped_it_before_is_me_is_restored(typed: str, written: str) -> None:
    from assistant.engines.offline.rewrite_grammar import restore_grammar

    assert restore_grammar(typed) == written


@pytest.mark.parametrize(("note", "signed"), [
    ("Thanks for teaching us on the burns unit, Dr. Dahl! -Hera", True),  # inside "Anahera"
    ("Great hernia talk, Dr. Dahl. — Anahera", True),
    ("Thanks for the pre-op teaching - Mo", False),  # not the writer's name
])
def test_a_name_signed_after_a_dash_is_left_out_of_a_note(note: str, signed: bool) -> None:
    body, notice = _rewrite(note)
    assert ("signature was left out" in notice) == signed
    assert (body.rstrip(".").endswith(("Hera", "Anahera", "Mo"))) != signed
