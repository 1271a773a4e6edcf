"""Forms residents type, read the same way by the update and the rewrite (assistant/text/typed.py):
a list's bullet, "any chance you could ...", and the shorthand table's single words."""

from __future__ import annotations

import pytest

from assistant.text.shorthand import expand_words
from assistant.text.typed import BULLET, any_chance


@pytest.mark.parametrize(("line", "bulleted"), [
    ("- poster accepted", True), ("* ITE done", True), ("• matched", True), ("— new job", True),
    ("1) paper out", True), ("2. grant in", True), ("(3) chief", True), ("(a) boards", True),
    ("b) moving", True), ("  - indented", True),
    ("-5 degrees outside", False), ("a) ", False), ("2021 was hard", False),
    ("Dr. Ng - thanks", False), ("no bullet here", False),
])
def test_bullet(line: str, bulleted: bool) -> None:
    assert (BULLET.match(line) is not None) is bulleted


@pytest.mark.parametrize(("typed", "read"), [
    ("any chance you could look at my CV?", ("could", "look at my CV")),
    ("Any chance you'd read my draft", ("would", "read my draft")),
    ("any chance u could sign off??", ("could", "sign off")),
    ("is there any chance that you might be free", ("might", "be free")),
    ("any chance you can intro me to Dr. Sá?", ("can", "intro me to Dr. Sá")),
    ("no chance it works", None), ("any chance of rain", None), ("by any chance, coffee?", None),
])
def test_any_chance(typed: str, read: tuple[str, str] | None) -> None:
    assert any_chance(typed) == read


@pytest.mark.parametrize(("typed", "words", "plain"), [
    ("should u wait for UCSF", {"u"}, "should you wait for UCSF"),
    ("u'd know best", {"u"}, "you'd know best"),
    ("did u hear from U of M", {"u"}, "did you hear from U of M"),  # "U": a university
    ("should u wait til feb", {"u"}, "should you wait til feb"),  # other shorthand as typed
    ("Mu and ux stay", {"u"}, "Mu and ux stay"),
])
def test_expand_words(typed: str, words: set[str], plain: str) -> None:
    assert expand_words(typed, frozenset(words)) == plain
