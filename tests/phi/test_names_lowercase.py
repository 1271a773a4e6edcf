"""Names typed the way residents type them: lower case after what introduces a person,
"Surname, Given" sign-out lines, honorifics of other languages, given names that are English
words when something happens to the person; and the same shapes that are no one's name.
(Sentences written for these tests, not taken from a corpus.)"""

from __future__ import annotations

import pytest

from assistant.phi import census, find_phi
from assistant.phi.name_words import lower_name


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("her grandson darnell signs the forms now", "darnell"),
        ("the pt's nephew, kwame, is the proxy", "kwame"),
        ("a 71 yo named esperanza with new ascites", "esperanza"),
        ("can you call shawna's husband back about the biopsy", "shawna"),
        ("oluwadamilare (the kid w/ the VP shunt) is back", "oluwadamilare"),
        ("bà Nguyễn asked for the interpreter again", "Nguyễn"),
        ("Okwuosa, Beatrice - syncope, tele overnight", "Okwuosa"),
        ("Okwuosa, Beatrice - syncope, tele overnight", "Beatrice"),
        ("Faith went home this morning, finally", "Faith"),
        ("pt nakashima refusing the CT again", "nakashima"),
        ("Pruitt in 14 pulled his NG tube overnight", "Pruitt"),
        ("her stepdaughter Georgia is the proxy now", "Georgia"),
        ("'Doc' (Mr. Abernethy) was confused again overnight", "Doc"),
        ("Subject: stavros - 2nd opinion on the valve?", "stavros"),
        ("BRANDT, MARGARET 81F - fall, on apixaban", "BRANDT"),
        ("BRANDT, MARGARET 81F - fall, on apixaban", "MARGARET"),
        ("overnight: MRS. ADEBAYO IN 12 - repeat K at 0400", "ADEBAYO"),
        ("admits last night: Oyelowo, Sandqvist, Haug - all on tele", "Sandqvist"),
        ("the Achterberg twins are both off CPAP", "Achterberg"),
        ("Josephine aka Jojo pulled her line again", "Jojo"),
        ("can someone call Franklin's PCP about the warfarin?", "Franklin"),
        ("we discharged Thaddeus yesterday on a steroid taper", "Thaddeus"),
        ("night float sent Ignatius home at 2 am, he bounced back", "Ignatius"),
    ],
)
def test_name_is_found(text: str, span: str) -> None:
    start = text.index(span)
    found = find_phi(text)
    assert any(f.type == "NAME" and f.start < start + len(span) and start < f.end
               for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "her grandson drove her in and stayed all night",
        "my son noah says hi to the whole team",
        "the patient's labs came back normal",
        "Fresno, April 2026: the regional meeting went well",
        "Our pharmacist, Ngọc Anh Tran, runs the anticoagulation clinic.",
        "faith in the process is all I have left on nights lol",
        "Faith in the process is all I have left on nights lol",
        # a thing named after someone: a procedure, a device, a disease, a finding, a room
        "The Nissen went smoothly and she is eating already.",
        "a Dobhoff was placed at the bedside and she is on tube feeds",
        "an 80 yo man with Kawasaki as a child, now s/p Ross, here for syncope",
        "the pt had Parkinsonian gait and a Pisa tilt",
        "Grand rounds moved to the Fenwick Room on the 4th floor.",
        "the report is in 12 parts, read it before Friday",
        "my sister Georgia says hi to everyone on 5 West",
        "the Praxis and the Genesis pumps are both recalled",
        "she is on Keppra and Ativan now",
        "Josephine aka Jojo from the IT office fixed my badge",
        "Dr. and Mrs. Lindahl hosted the intern dinner at their house",
        "I sent Ignatius the slides from noon conference",
    ],
)
def test_not_a_name(text: str) -> None:
    assert [f for f in find_phi(text) if f.type == "NAME"] == []


@pytest.mark.parametrize(
    ("word", "loose", "expected"),
    [
        ("keisha", False, True),  # a census given name English does not use
        ("goldberg", False, True),  # a census surname, rare as a word
        ("labs", False, False),  # a surname too, but a common word
        ("texts", True, False),  # an English word, even right after "his son"
        ("cardiomyopathy", True, False),  # a medical word
        ("siddharth", True, True),  # unknown to English, right after a cue
        ("siddharth", False, False),  # ... but not without one
    ],
)
def test_lower_name(word: str, loose: bool, expected: bool) -> None:
    assert lower_name(word, loose) is expected


def test_a_place_after_an_article_is_still_read_as_a_place() -> None:
    text = "she sleeps at the Tillman Park encampment most nights"
    at = text.index("Tillman")
    assert any(f.start <= at < f.end for f in find_phi(text))


def test_census_lists_are_shipped() -> None:
    assert "keisha" in census.given_names() and "goldberg" in census.surnames()
