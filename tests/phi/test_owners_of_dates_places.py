"""Whose date, place, age or number it is, one row each: a patient's by what the sentence does
with it (a counted hospital day, a homecoming told of someone, a relative who texts), or the
writer's, the program's, a group's or an event's although it looks the same. (Sentences
written for these tests, not taken from a corpus.)"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi


@pytest.mark.parametrize(
    ("text", "span", "type_", "severity"),
    [
        # a day counted from an admission or an operation is a patient's stay
        ("post-op day 2 was 5/9 and she was already walking", "5/9", "DATE", "error"),
        ("hd 3: 2/21, febrile again", "2/21", "DATE", "error"),
        ("Day 1 = 8/3 (admit), Day 4 = 8/6 extubated", "8/6", "DATE", "error"),
        # a case told at a forum: every date of its timeline
        ("M&M - pt from the SNF in Reedley, cultures 6/1, abx changed 6/3.", "6/3", "DATE",
         "error"),
        # a care verb right before the date, of the person the next sentence goes on about
        ("The lady we talked about came in last friday. Her son says thank you.", "last friday",
         "DATE", "error"),
        # a town someone is driven or flown in from
        ("the niece drives him in from Firebaugh every week", "Firebaugh", "LOCATION", "error"),
        # a number after the verb of whoever sends from it
        ("his son texts me pics from 2095550166 every night", "2095550166", "PHONE", "error"),
        # the date of the patient's family, told before the writer speaks of themselves
        ("The patient's wife flew in to be with him on the 9th - should I say that in my essay?",
         "the 9th", "DATE", "error"),
        # "sat" after a meeting is a day
        ("on bipap since sun, family mtg sat w/ palliative", "sat", "DATE", "error"),
        # a date after a label of care, a town a patient is a resident or native of
        ("DOD 7/2, family declined autopsy", "7/2", "DATE", "error"),
        ("pt is a lifelong Dinuba resident with ESRD", "Dinuba", "LOCATION", "error"),
        ("he's a Firebaugh native, admitted for cellulitis", "Firebaugh", "LOCATION", "error"),
        # ages said with the person after them, roughly, or before the history
        ("At 94, she still walks to church every day.", "94", "AGE", "error"),
        # told in clinical words (a hip fracture), the age is the patient's: an error
        ("a ninety-something woman with a hip fracture", "ninety-something", "AGE", "error"),
        ("M 97 s/p fall, on apixaban", "97", "AGE", "error"),
        # a patient's handle, plan number and room
        ("pt's instagram is @nana.lupe.garden - she posted from the ICU", "@nana.lupe.garden",
         "URL", "error"),
        ("his medi-cal is 94417730C per the face sheet", "94417730C", "HEALTH_PLAN", "error"),
        ("the gentleman in 14 keeps asking for his wife", "14", "ROOM", "error"),
        # a neighbourhood, a county after "rural", a person by age from a town
        ("the 95 yo from the Lowell Neighborhood is back on our service", "Lowell Neighborhood",
         "LOCATION", "error"),
        ("the patient was from rural Tulare County", "Tulare County", "LOCATION", "error"),
        ("we got her from Madera Community on the 2nd", "Madera Community", "LOCATION",
         "warning"),
        # relative dates and counted days said the way residents type them
        ("he was extubated 3 nights ago and is talking", "3 nights ago", "DATE", "error"),
        ("cath'd her 9/12, EF 30%", "9/12", "DATE", "error"),
        ("hospital day 4 (2/3) he spiked again", "2/3", "DATE", "error"),
        ("2 days post-op, on 5/30, she desatted", "5/30", "DATE", "error"),
        # a homecoming with no subject, when the next sentence goes on about someone
        ("Back home in Parlier since Sunday. So glad he made it.", "Parlier", "LOCATION",
         "error"),
        # tied to the patient, not only found: a timeline by month name, a transfer, a bed
        ("Timeline - oct 2 fall, oct 3 ORIF, oct 9 back to her SNF in Kerman", "oct 9", "DATE",
         "error"),
        ("the OSH in Huron sent him to us on 4/4 after two days", "4/4", "DATE", "error"),
        ("Subject: readmit - 91 y.o. from Fowler", "Fowler", "LOCATION", "error"),
        ("moved her to 5 North bed 3 overnight, son at bedside", "5 North bed 3", "ROOM",
         "error"),
        # ages of 90 and over in more prose
        ("She'll turn 100 next week and wants to be home for it.", "100", "AGE", "error"),
        ("he's 90+ and still on dialysis three times a week", "90", "AGE", "error"),
        # a town typed in lower case where the sentence is about a patient
        ("pt went back to avenal last weds", "avenal", "LOCATION", "error"),
        ("he's from kings county, son drives him in", "kings county", "LOCATION", "error"),
        # a patient's homecoming is still theirs
        ("back home in Orange Cove since the 3rd, her daughter says she's eating",
         "Orange Cove", "LOCATION", "error"),
    ],
)
def test_a_patients(text: str, span: str, type_: str, severity: str) -> None:
    start = text.index(span)
    hits = [f for f in find_phi(text) if f.start < start + len(span) and start < f.end]
    assert any(f.type == type_ and f.severity == severity for f in hits), hits


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own calendar, told before a patient is spoken of
        "Starting nights on the 9th, I will finally carry my own patient list.",
        # the writer's own birth date and town, a colleague's town and talk
        "I was born on 6/6 in Merced, so the Valley is home.",
        "my bday is 2/14 - come celebrate after clinic",
        "Dr. Ahn, a Visalia native, admitted my first patient with me.",
        "pt was seen by a Stanford resident before the transfer",
        "Dr. Ruiz presented on 2/5 in room 118 and it was excellent.",
        # the writer's own handle, a program's, a count
        "Great talk! I'm on instagram @lena.md.fresno if you want to connect.",
        "Follow our residency on instagram @fresno_im_residency for match updates.",
        "ninety-something percent of our clinic patients got flu shots",
        "Room F 93 has the projector for journal club.",
        # a weekday's letters opening a company's name
        "I spent a summer at the Sun-Maid plant before med school.",
        # a homecoming with no subject in a message about no one else; a cohort said roughly
        "Back home in Selma for the holidays - happy new year!",
        "The ninety-something alumni at the reunion were an inspiration.",
        # the writer's rotation at a transfer center
        "I'm on the transfer center rotation - most calls come from the OSH in Los Banos.",
        # a group's ages, the writer's great-aunt, a network's address
        "The nonagenarians in our cohort did as well as the younger patients.",
        "My great-aunt turned 100 last week!",
        "patients 90+ were excluded from the analysis",
        "The conference wifi IP is 192.168.4.1 if the portal blocks you.",
        # a lower-case town of the writer's, a place of care, the writer's wife
        "I moved to hanford for residency and love it.",
        "pt went back to snf, stable",
        "Great to meet you Maria, wife says hi",
        # the writer's own homecoming and trip
        "Back home in Visalia for christmas - free to talk when I'm back on the 3rd?",
        # a facility as a teaching site, and a schedule that recurs
        "The nursing home in Sanger hosts our geriatrics clinic every other Tuesday.",
        # care of a counted group
        "We admitted 11 patients on the 9th, our busiest night this year.",
        "Most of our strokes are transferred from the outside hospital in Madera.",
        # a colleague's talk and its room
        "Grand rounds was great; next week Dr. Ruiz presents on 1/22 in room 305.",
        # the writer's ward work, the writer's car
        "1. Handoff on 5 North 3.\n2. Journal club",
        "My truck (plate 4QRS567) is in the visitor lot again.",
        # a block of the sender's schedule, a code, a group's ages
        "feb - wards at VMC, mar - nights at Kaweah",
        "Please use our federal tax ID 93-7654321 on the form.",
        "We studied falls in patients in their tenth decade at three hospitals.",
    ],
)
def test_not_a_patients(text: str) -> None:
    assert find_phi(text) == []
