"""Places, days and ages read by their own grammar: a named part of a town or a county, a town
used as the adjective of a person, a facility's resident and the town of the facility, a day of
the month in words, an age guessed or reached; and the same words where they are no patient's
(an event named after a neighbourhood, a county's clinics, a group's name, Safe Harbor's own
"90 or older", a document's date, a network's private address, the program's equipment).
(Sentences written for these tests, not taken from a corpus.)"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi


@pytest.mark.parametrize(
    ("text", "type_", "span"),
    [
        ("the pt's brother came down from the Pinedale neighborhood to sign the consent",
         "LOCATION", "Pinedale"),
        ("she was admitted from rural Kings County with a septic knee", "LOCATION",
         "Kings County"),
        ("our patient from the Roeding area was readmitted with the same cellulitis",
         "LOCATION", "Roeding"),
        ("The patient, a Dos Palos almond grower, presented with hemoptysis.", "LOCATION",
         "Dos Palos"),
        ("pt is an ALF resident in Kingsburg, fell overnight", "LOCATION", "Kingsburg"),
        ("He was intubated on the twenty-ninth and extubated two days later.", "DATE",
         "the twenty-ninth"),
        ("the pt told us she is 'around 96' and lives alone", "AGE", "96"),
        ("his wife says he lived to 104 and never smoked", "AGE", "104"),
        ("Subject: bed 4 - ninety-two and wants to go home", "AGE", "ninety-two"),
        ("she was living in a tent at the Riverside Campground before this admission",
         "LOCATION", "Riverside Campground"),
        ("the pt's son says mail goes to P.O. Box 77 now", "LOCATION", "P.O. Box 77"),
        ("she's from tulare co., her son drives her in for dialysis", "LOCATION", "tulare co."),
        ("we admitted her on Dia de los Muertos after the fall", "DATE", "Dia de los Muertos"),
        ("he came back to the ICU 4/2 short of breath", "DATE", "4/2"),
        ("she is 93 and lives with her grandson in Biola", "LOCATION", "Biola"),
        ("care conference for the pt in 22 is set for friday", "ROOM", "22"),
        ("EMS arrival 0415 on 2/7; intubated at 0440", "DATE", "2/7"),
        ("he calls me from 209-555-0164 most nights asking about his mother", "PHONE",
         "209-555-0164"),
        ("Admit date 2/3; bounced back to the ED 2/9 and 2/12 with the same rash", "DATE", "2/12"),
        ("We finally discharged the Orosi orchard worker we admitted Sunday.", "LOCATION",
         "Orosi"),
        ("his wife sent a clip of the seizure - you can see his face the whole time", "PHOTO",
         "clip"),
        ("her Medi-Cal number, written on the intake form as 90123456B, bounced", "HEALTH_PLAN",
         "90123456B"),
    ],
)
def test_patient_detail_is_found(text: str, type_: str, span: str) -> None:
    found = find_phi(text)
    assert any(f.type == type_ and span in f.text for f in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "We're running the Pinedale neighborhood flu clinic on Saturday - volunteers welcome.",
        "Our study recruited adults from rural Kings County clinics over two years.",
        "I'm a Punjabi resident from the Roeding area and would love a mentor in GI.",
        "Adults aged 90 years or older were excluded from the trial.",
        "The ICU handbook (Mar 3 revision) has the new sedation protocol.",
        "My laptop on the hospital VPN shows 192.168.4.20, which IT says is fine.",
        "The simulator, SN 88120934, is back from repair.",
        "on the third floor of the library, in the quiet room",
        "My uncle just had his 95th - the whole family drove up to Sacramento for it.",
        "The huddle is at 7 in bay 4 of the ED until the new workroom opens.",
        "Conf room 12A has the projector for Thursday's teaching.",
        "I live with my partner in Biola and commute in every day.",
        "The ceremony took place on Sunday in Fresno.",
        "my co-intern lives in Biola and carpools with me",
        "Send scholarship applications to PO Box 220, Fresno, CA.",
        "Dr. Ochoa texts me from 559-555-0108 when she is on call.",
        "Our flight lands 12/3 at 1430, so I can make the 1600 session.",
        "Didactics schedule: Sepsis cases (4/2) -> ICU cases (4/9) -> wrap-up (4/16)",
        "Subject: 2026-01-15 journal club - Room 210, Learning Center",
        "The sim video shows the manikin's face turning blue - great teaching clip.",
        "Case presented at the Kaweah Health grand rounds on 4/2; the patient was a 61-year-old "
        "woman with sarcoid.",
        "My truck's plate is 8LMN402 and security keeps ticketing it.",
    ],
)
def test_look_alike_is_left_alone(text: str) -> None:
    found = find_phi(text)
    assert found == [], (text, found)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He re-presented on the ninth of June with worse edema.", "the ninth of June"),
        ("Clinical course: admitted 3/1; extubated 3/4; home 3/9", "3/9"),
        ("She was in our ICU from Oct 3 to Oct 8.", "Oct 8"),
        ("the orchard worker from Cutler was admitted with a septic knee", "Cutler"),
        ("his place is out on Jensen past the canal, hospice wants the address", "Jensen"),
        ("she lives somewhere near Avenal and has no phone", "Avenal"),
        ("A supercentenarian woman developed sepsis after the fall.", "supercentenarian"),
    ],
)
def test_care_told_of_a_person_is_an_error(text: str, span: str) -> None:
    found = [f for f in find_phi(text) if span in f.text]
    assert found and all(f.severity == "error" for f in found), (text, find_phi(text))
