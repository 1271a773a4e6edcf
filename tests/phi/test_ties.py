"""The town of a person the phrase describes, in a sentence the writer tells of their own
work: the object of a verb of care "from" a town, or a person described "from" a town and
then told of with "who"; and the same words where the town is the writer's, a colleague's or
an event's. (Sentences written for these tests, not taken from a corpus.)"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi
from assistant.phi.ties import cared_for_origin, described_origin


@pytest.mark.parametrize(
    ("text", "town", "severity"),
    [
        # the object of a verb of care: a patient, whoever writes the sentence
        ("Thank you for letting me care for the retired welder from Dos Palos with you.",
         "Dos Palos", "error"),
        ("We admitted a grandmother from out past Traver on my last call night - you taught "
         "me so much.", "Traver", "error"),
        ("I still remember how you looked after the boy from Raisin City on nights.",
         "Raisin City", "error"),
        # a person described and then told of with "who": whose, nothing says (a warning)
        ("I keep thinking about our lady from up near Cantua who sang to the nurses.",
         "Cantua", "warning"),
        ("That gentleman from Helm who knitted you a scarf says hello.", "Helm", "warning"),
        # ... or as the subject of a verb of care (a fall: someone's care, an error)
        ("the retired farmer from Traver fell again, so I missed the journal club",
         "Traver", "error"),
        ("A welder from Dos Palos presented with chest pain.", "Dos Palos", "error"),
    ],
)
def test_town_of_a_person_described(text: str, town: str, severity: str) -> None:
    found = [(f.type, f.text, f.severity) for f in find_phi(text)]
    assert ("LOCATION", town, severity) in found


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own town, people and plans
        "I grew up out past Traver and still drive home most weekends.",
        "My roommate from Dos Palos who teaches chemistry says hi.",
        # a role noun: a colleague's town
        "Our attending from Cantua who ran the sim lab is retiring.",
        "The speaker from Helm who gave grand rounds was wonderful.",
        # a description in apposition to a name the sentence gives a colleague's role
        "Noor, the quiet woman from Raisin City who asked about ultrasound, is my co-intern.",
        # a group, not one person; no verb of care nor "who"
        "I cared for patients from Traver during my sub-I.",
        "The drive from Cantua to the retreat took an hour.",
        # a group presents a poster; no one is cared for
        "The group from Traver presented their poster on Friday.",
    ],
)
def test_town_of_no_patient(text: str) -> None:
    assert [f for f in find_phi(text) if f.type == "LOCATION"] == []


def test_shapes_read_only_the_phrase_before_the_town() -> None:
    text = "we admitted the farmer from Traver who fell"
    lower = text.lower()
    at = text.index("Traver")
    assert cared_for_origin(lower, at)
    assert described_origin(text, lower, at, at + len("Traver"))
    plain = "we admitted the farmer on Monday; Traver is far"
    assert not cared_for_origin(plain.lower(), plain.index("Traver"))


@pytest.mark.parametrize(
    "text",
    [
        "Overnight: Okoroafor 2am K 6.3 -> kayexalate given, recheck nml.",
        "Brisbane-Oyelaran 0400 Hgb 6.9, 1u ordered; will recheck.",
    ],
)
def test_name_then_a_result_is_the_person_measured(text: str) -> None:
    name = text.split(": ")[-1].split()[0]
    assert any(f.type == "NAME" and f.text == name for f in find_phi(text))


@pytest.mark.parametrize(
    ("text", "end_word"),
    [
        ("Okoroafor 2am K 6.3", "Okoroafor"),
        ("Okoroafor's lactate of 4.2", "Okoroafor"),
        ("Okoroafor: Hgb 6.8", "Okoroafor"),
    ],
)
def test_result_after_a_name(text: str, end_word: str) -> None:
    from assistant.phi.ties import result_after

    assert result_after(text, len(end_word))


@pytest.mark.parametrize(
    "text",
    [
        # a program, a unit, a study: no result measured on anyone
        "Stanford K 12 outreach program launched this fall.",
        "Kessler 5 is the new step-down unit.",
        "Pfizer BP 120 study enrolled forty residents.",
    ],
)
def test_no_result_after_a_name(text: str) -> None:
    assert find_phi(text) == []
