"""Towns typed in lowercase after a preposition of place get their capitals (GeoNames' smaller
places, never a word of English form); decisions numbered inside one line are that many
decisions; a training year with a field of any form gains its noun; shorthand read by its
neighbour ("some sat", "cc fellowship", "my PS", "tell PD", "admin track"); the reader by first
name is "you"; an ask followed by why says why first. Wordings invented here."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.engines.offline.context import Ctx
from assistant.engines.offline.fields import items, role
from assistant.engines.offline.person import second_person
from assistant.engines.offline.sentences import ask_sentence
from assistant.models import DraftRequest
from assistant.text import casing
from assistant.text.shorthand import expand


@pytest.mark.parametrize(("typed", "written"), [
    ("a free clinic in brookline", "a free clinic in Brookline"),
    ("she grew up near spokane", "she grew up near Spokane"),
    ("moving from sioux falls next year", "moving from Sioux Falls next year"),
    ("a rotation at the tribal clinic in gallup", "a rotation at the tribal clinic in Gallup"),
    # no preposition of place: a town's name may be anyone's word
    ("brookline and bethel", "brookline and bethel"),
    # words of English form, fields and common words stay
    ("her role in shaping the curriculum", "her role in shaping the curriculum"),
    ("a fellowship in nephrology", "a fellowship in nephrology"),
    ("results in normal saline", "results in normal saline"),
    ("a bend in the road", "a bend in the road"),
])
def test_a_town_after_a_preposition_of_place(typed: str, written: str) -> None:
    assert casing.restore(typed, {}) == written


@pytest.mark.parametrize(("typed", "split"), [
    (["1. IR vs DR 2. research time 3. when to sit boards"],
     ["IR vs DR", "research time", "when to sit boards"]),
    (["1) chief year 2) a second MPH course"], ["chief year", "a second MPH course"]),
    (["(1) stay local (2) move west"], ["stay local", "move west"]),
    # numbers that do not count up from 1 belong to the text
    (["whether to take Step 3. before July"], ["whether to take Step 3. before July"]),
    (["whether 2) weeks is enough"], ["whether 2) weeks is enough"]),
    (["1. one decision only"], ["one decision only"]),
])
def test_decisions_numbered_in_one_line(typed: list[str], split: list[str]) -> None:
    assert items(typed) == split


@pytest.mark.parametrize(("typed", "written"), [
    ("R1 anesthesia", "R1 anesthesia resident"),
    ("R2 gastroenterology", "R2 gastroenterology resident"),
    ("PGY-2 geriatrics", "PGY-2 geriatrics resident"),
    ("PGY-1 podiatry", "PGY-1 podiatry resident"),
    ("R3 neonatology fellow", "R3 neonatology fellow"),
])
def test_a_year_and_a_field_of_any_form_gain_the_noun(typed: str, written: str) -> None:
    assert role(typed) == written


@pytest.mark.parametrize(("typed", "written"), [
    ("could I join a shift some sat", "could I join a shift some Saturday"),
    ("free every sun after clinic", "free every Sunday after clinic"),
    ("a LOR for cc fellowship", "a letter of recommendation for critical care fellowship"),
    ("pulm/cc fellowship", "pulmonary and critical care fellowship"),
    ("cc me on the thread", "cc me on the thread"),
    ("look at my residency PS", "look at my residency personal statement"),
    ("PS: see attached", "PS: see attached"),
    ("whether to tell PD now", "whether to tell my program director now"),
    ("my PD's view on it", "my program director's view on it"),
    ("the PD catheter clinic", "the PD catheter clinic"),
    ("the admin track or research", "the administrative track or research"),
    ("moving toward admin later", "moving toward administration later"),
    ("free thurs am or fri pm", "free Thursday morning or Friday afternoon"),
    ("mon or tues works", "Monday or Tuesday works"),
    ("back mid-aug", "back mid-August"),
    ("the jul/aug block", "the July/August block"),
    ("in 3wks", "in 3 weeks"),
    ("by eow if possible", "by the end of the week if possible"),
    ("this wknd", "this weekend"),
    ("an m3 on my team", "a third-year medical student on my team"),
    ("planning my aways", "planning my away rotations"),
    ("she is an asst prof", "she is an assistant professor"),
    ("sun protection clinic", "sun protection clinic"),
    ("we sat down after", "we sat down after"),
])
def test_shorthand_read_by_its_neighbour(typed: str, written: str) -> None:
    assert expand(typed) == written


def test_a_residents_own_note_keeps_pd() -> None:
    """The rewrite keeps what a mentor reads as written ("our PD")."""
    assert expand("pitch it to our PD first", clinical=False) == "pitch it to our PD first"


@pytest.mark.parametrize(("typed", "written"), [
    ("ines said the clinic takes students", "you said the clinic takes students"),
    ("Ines's tip about night float", "your tip about night float"),
])
def test_the_reader_by_first_name(typed: str, written: str) -> None:
    request = _request("follow_up", "Tomas Berg", "Dr. Ines Vallejo")
    assert second_person(typed, request) == written


def test_a_shared_first_name_stays() -> None:
    request = _request("follow_up", "Ines Moreau", "Dr. Ines Vallejo")
    assert second_person("ines and I met at the poster", request) == \
        "ines and I met at the poster"


def _request(kind: str, sender: str, contact: str, **fields: str) -> DraftRequest:
    return DraftRequest.model_validate({"kind": kind, "sender": {"name": sender},
                                        "contact": {"name": contact}, **fields})


# (the ask as typed, the reason it says first)
ASK_THEN_WHY = [("connect, interested in the global surgery track",
                 "I'm interested in the global surgery track. "),
                ("chat sometime, really curious about your transplant work",
                 "I'm really curious about your transplant work. ")]


@pytest.mark.parametrize(("ask", "why"), ASK_THEN_WHY)
def test_an_ask_then_why(ask: str, why: str) -> None:
    ctx = Ctx(_request("introduction", "Kai Berg", "Dr. Kai Moana", ask=ask),
              Settings(_env_file=None))
    out = ask_sentence(ctx, ask)
    assert out.startswith(why) and out.endswith("?")
