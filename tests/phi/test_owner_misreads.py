"""Names the guard gave to a non-patient by misreading the phrase around them: a caller who
introduces themselves as someone's relative ("this is X's son") is not X, and a role noun in
the object of a later verb ("X from 4 North sent the team ...") makes no one a member of a
team; and the readings that stay right. (Sentences written for these tests, not taken from a
corpus.)"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi
from assistant.phi.context import analyse


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("voicemail: hi doctor this is Marisol Quintero's son calling about my dad, he's still "
         "dizzy", "Marisol Quintero"),
        ("Message left at 3pm - this is Ines Kowalczyk\u2019s granddaughter, she ran out of her "
         "inhaler", "Ines Kowalczyk"),
    ],
)
def test_caller_who_is_someones_relative_names_no_correspondent(text: str, name: str) -> None:
    assert name.split()[0] not in analyse(text).correspondents
    assert any(f.type == "NAME" and name in f.text for f in find_phi(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a self-introduction is still the writer's own name
        ("hi doctor this is Marisol Quintero calling back about the shadowing form",
         "Marisol"),
        ("Hello, this is Ines Kowalczyk from the residency office.", "Ines"),
    ],
)
def test_self_introduction_names_the_caller(text: str, name: str) -> None:
    assert name in analyse(text).correspondents
    assert find_phi(text) == []


def test_role_noun_of_a_later_phrase_makes_no_colleague() -> None:
    from assistant.phi.attribution import is_professional_name

    text = "Tobias from 4 North sent the team a box of pastries"
    ctx = analyse(text)
    assert not is_professional_name(ctx, 0, len("Tobias"), set())
    # the unit named in the phrase itself still names a colleague
    text = "Tobias from the GME office sent the schedule"
    assert is_professional_name(analyse(text), 0, len("Tobias"), set())
    text = "Tobias from our QI team sent the slides"
    assert is_professional_name(analyse(text), 0, len("Tobias"), set())
