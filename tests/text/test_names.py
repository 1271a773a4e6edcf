"""Names: titles, credentials, particles, hyphens and non-ASCII letters, in both directions."""

from __future__ import annotations

import random

import pytest

from assistant.text.names import contact_name, name_fold, name_key, name_tokens, person_name
from assistant.text.words import fold, lower_ascii, title_case_name, word_count, words


@pytest.mark.parametrize(("name", "tokens"), [
    ("Dr. Ada Okafor, MD", ["ada", "okafor"]),
    ("Prof. Ludwig van Beethoven", ["ludwig", "van", "beethoven"]),
    ("María José García-Núñez", ["maria", "jose", "garcia-nunez"]),
    ("Zoë Łukasiewicz, PhD, MPH", ["zoe", "lukasiewicz"]),
    ("Seán O’Brien", ["sean", "o'brien"]),
    ("Minh Do", ["minh", "do"]),  # "Do" is a surname without a comma
    ("Minh Nguyen, DO", ["minh", "nguyen"]),
    ("Ana Ruiz MBBS", ["ana", "ruiz"]),
    ("Mrs. Ngozi Adichie", ["ngozi", "adichie"]),
    ("王芳", ["王芳"]),
    ("Dr.", []),
])
def test_name_tokens(name: str, tokens: list[str]) -> None:
    assert name_tokens(name) == tokens


@pytest.mark.parametrize(("raw", "first", "last", "doctor", "formal"), [
    ("Dr. Ada Okafor", "Ada", "Okafor", True, "Dr. Okafor"),
    ("Ada Okafor, MD", "Ada", "Okafor", True, "Dr. Okafor"),
    ("Ada Okafor, PhD", "Ada", "Okafor", True, "Dr. Okafor"),
    ("Jean-Luc de la Cruz", "Jean-Luc", "de la Cruz", False, "Jean-Luc de la Cruz"),
    ("Mr. Tomás Ríos", "Tomás", "Ríos", False, "Tomás Ríos"),
    ("Madonna", "Madonna", "Madonna", False, "Madonna"),
    ("Minh Do", "Minh", "Do", False, "Minh Do"),  # a surname, not a degree
    ("Doris Mdlalose", "Doris", "Mdlalose", False, "Doris Mdlalose"),  # "Do"/"Md" inside words
])
def test_contact_name(raw: str, first: str, last: str, doctor: bool, formal: str) -> None:
    c = contact_name(raw)
    assert c is not None
    assert (c.first, c.last, c.doctor, c.formal) == (first, last, doctor, formal)


def test_contact_name_doctor_from_title_only() -> None:
    c = contact_name("Ada Okafor", "Professor of Medicine")
    assert c is not None and c.doctor
    assert contact_name("Ada Okafor", "Program coordinator").doctor is False  # type: ignore[union-attr]


@pytest.mark.parametrize("raw", [None, "", "   ", "Dr.", "Mr. Ms."])
def test_contact_name_none(raw: str | None) -> None:
    assert contact_name(raw) is None


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Dr. Zoë Łukasiewicz, MD", "zoe lukasiewicz", True),
    ("José Núñez", "jose nunez", True),
    ("Søren Kierkegaard", "soren kierkegaard", True),
    ("Þóra Ðorðević", "thora dordevic", True),
    ("Straße", "strasse", True),
    ("Ana Ruiz", "Ana Ruíz-Lopez", False),
    ("Lee", "Li", False),
    ("王芳", "王芳", True),
])
def test_name_key(a: str, b: str, same: bool) -> None:
    assert (name_key(a) == name_key(b)) is same


@pytest.mark.parametrize(("raw", "bare"), [
    ("Dr. Ada Okafor, MD", "Ada Okafor"),
    ("Professor Li Wei PhD", "Li Wei"),
    ("anna o'neil-kowalski", "Anna O'Neil-Kowalski"),
    ("Doctor  Maria   Gomez", "Maria Gomez"),
    ("Dorothy Drake", "Dorothy Drake"),  # "Do"/"Dr" starting a name are not titles
    (None, ""),
])
def test_person_name(raw: str | None, bare: str) -> None:
    assert person_name(raw) == bare


@pytest.mark.parametrize(("text", "folded"), [
    ("José", "jose"), ("ŁÓDŹ", "lodz"), ("Ærø", "aero"), ("İstanbul", "istanbul"),
    ("ABC", "abc"), ("ħaġar", "hagar"),
])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_name_fold_straightens_apostrophes() -> None:
    assert name_fold("O’Brien") == name_fold("O'Brien") == "o'brien"
    assert name_fold("O’Brien") != name_fold("OBrien")


def test_lower_ascii_keeps_offsets() -> None:
    text = "İSTANBUL Dr. ÅSA"
    assert len(lower_ascii(text)) == len(text)
    assert lower_ascii(text) == "İstanbul dr. Åsa"


@pytest.mark.parametrize("seed", range(20))
def test_lower_ascii_lowers_ascii_letters_only_wherever_they_stand(seed: int) -> None:
    """Runs of ASCII and of other characters in any order (at either end, one character long,
    astral emoji, letters whose str.lower is longer): only A-Z change, to a-z."""
    rng = random.Random(seed)
    alphabet = "AbZz09 .,\n'|ÜİÅé’🙏Σİẞ"
    text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
    expected = "".join(chr(ord(ch) + 32) if "A" <= ch <= "Z" else ch for ch in text)
    assert lower_ascii(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("PGY-1 don't U.S. e-mail", ["PGY-1", "don't", "U.S", "e-mail"]),
    ("end-- of the -- line.", ["end", "of", "the", "line"]),
    ("naïve café", ["naïve", "café"]),
])
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected
    assert word_count(text) == len(expected)


def test_title_case_name() -> None:
    assert title_case_name("mary-kate o’hara") == "Mary-Kate O’Hara"
