"""Patients' names by their shape alone - a given name no list knows before a rare surname, a
given name that is a word before a rare surname, a name made of English words to whom a step of
a stay was done, a sign-out line in capitals, "Surname, Given" with a word for a surname - and
whose each is: a colleague's relative described by profession, a mentor named by role, a
teaching simulator. Severity follows the care a sentence tells of a person ("had his scope",
"pulled her NG", "is the one on BiPAP"). (Sentences written for these tests, not taken from a
corpus.)"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a given name no list knows, then a rare census surname, in a sentence of care
        ("rounded on zbigniew kowalski this am, creatinine 2.1", "zbigniew kowalski"),
        ("we admitted radoslaw nowicki overnight for a GI bleed", "radoslaw nowicki"),
        # a given name that is also a word, then a rare surname
        ("just admitted frank olszewski with a COPD flare", "frank olszewski"),
        # names made of English words, to whom a step of a stay was done
        ("Hope Fletcher was discharged to her son's home", "Hope Fletcher"),
        ("Hunter Shaw was admitted last night with DKA", "Hunter Shaw"),
        ("pt is dawn rivers, 58F, s/p fall", "dawn rivers"),
        # capitals: after "PT", before an age and sex
        ("GHAZALI AL-MASRI 64F - CHF, diuresing", "GHAZALI AL-MASRI"),
        ("PT KOWALCZUK HALINA WANTS TO GO HOME", "KOWALCZUK HALINA"),
    ],
)
def test_patient_name_is_found(text: str, span: str) -> None:
    found = find_phi(text)
    assert any(f.type == "NAME" and f.text == span for f in found), (text, found)


def test_surname_that_is_a_word_on_a_signout_line() -> None:
    found = find_phi("Subject: Fisher, Joy - path back, call family?")
    assert {f.text for f in found if f.type == "NAME"} >= {"Fisher", "Joy"}, found


@pytest.mark.parametrize(
    "text",
    [
        # the same shapes for non-patients
        "Dr. Okafor introduced me at the dinner; her husband Tobias is also a cardiologist.",
        "Our program director Prof. Lindgren says his wife Astrid is a pediatrician in Oslo.",
        "Her mentor Honor Blackwood got her into palliative care research.",
        "we ran the code drill on the Harvey simulator twice",
        "the cath lab and the malar rash lecture were the highlights",
        "likely henoch schonlein purpura, the rash is classic",
        "Hope Fletcher, our charge nurse, organised the unit potluck",
        "PGY-3 GHAZALI AL-MASRI - CHIEF RESIDENT",
        "Fisher, Joy - Associate Program Director",
        "will hunt down the slides from grand rounds",
    ],
)
def test_non_patient_is_not_flagged(text: str) -> None:
    assert [f for f in find_phi(text) if f.type == "NAME"] == [], find_phi(text)


def test_patient_described_by_profession_is_still_a_patient() -> None:
    # the one cared for owns the relative: a patient's wife who is a teacher keeps the safe side
    found = find_phi("Dr. Varga saw him in clinic today; his wife Ilona is a teacher.")
    assert any(f.type == "NAME" and f.text == "Ilona" for f in found), found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Mr. Kasprzak had his scope this morning and the bleeding stopped.", "Kasprzak"),
        ("overnight: svetlana morozova pulled her NG again", "svetlana morozova"),
        ("Teodora Vasquez-Lim is the one on BiPAP in the corner", "Teodora Vasquez-Lim"),
        ("We describe Oluwadamilare Bankole, whose pneumonia was complicated by empyema.",
         "Oluwadamilare Bankole"),
    ],
)
def test_care_of_the_person_makes_an_error(text: str, span: str) -> None:
    found = [f for f in find_phi(text) if f.type == "NAME" and f.text == span]
    assert found and found[0].severity == "error", find_phi(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Hale's sepsis research group meets on Tuesdays.",
        "She talked about her echo lab's new protocol at grand rounds.",
    ],
)
def test_work_on_a_care_word_is_no_ones_care(text: str) -> None:
    assert find_phi(text) == [], find_phi(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a Vietnamese surname, the middle name that marks a person, a given name
        ("Subject: Le Thi Huong - goals of care call moved", "Le Thi Huong"),
        # a surname no list knows, by its ending, after a given name no list knows
        ("saw jadwiga wisniewska in clinic, her a1c is 7.4 now", "jadwiga wisniewska"),
        # a given name no list knows on a sign-out line
        ("Eze, Obinna - NPO after midnight for EGD", "Obinna"),
    ],
)
def test_more_name_shapes_are_found(text: str, span: str) -> None:
    found = find_phi(text)
    assert any(f.type == "NAME" and f.text == span for f in found), (text, found)


def test_care_told_in_the_next_sentence_makes_an_error() -> None:
    found = find_phi("remember teodor wrobel from the stepdown unit? he came back with a GI bleed")
    assert [f.severity for f in found if f.type == "NAME"] == ["error"], found


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Le Thi Huong is giving grand rounds on hepatitis B",
        "Oyinda and I covered nights and admitted nine patients",
        "the Wisniewska lab studies delirium after hip fracture",
    ],
)
def test_more_non_patients_are_not_flagged(text: str) -> None:
    assert [f for f in find_phi(text) if f.type == "NAME"] == [], find_phi(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the sentence ties the named person to care though nothing else in it is theirs
        ("Thank you for caring for Mrs. Oduya on the night of the storm.", "Oduya"),
        ("Fwd: imaging from St. Agnes for Mr. Ilunga", "Ilunga"),
        ("you may remember Mr. Zuberi from the cardiac ICU", "Zuberi"),
        ("Mrs. Vandermeer's fall was unwitnessed", "Vandermeer"),
    ],
)
def test_a_name_tied_to_care_is_an_error(text: str, span: str) -> None:
    found = [f for f in find_phi(text) if f.type == "NAME" and f.text == span]
    assert found and found[0].severity == "error", find_phi(text)


def test_a_name_with_no_tie_stays_a_warning() -> None:
    found = [f for f in find_phi("Thinking of Mrs. Oduya today.") if f.type == "NAME"]
    assert [f.severity for f in found] == ["warning"], found


def test_a_person_in_a_unit_then_cared_for_is_found() -> None:
    found = find_phi("Anil from the CVICU was extubated overnight")
    assert any(f.type == "NAME" and f.text == "Anil" for f in found), found


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # no patient and no care in the message, which speaks of the writer's own work
        ("Her brother-in-law Matthias runs the simulation center and offered us a tour.", False),
        # the same shape alone: whose relative it is stays unknown
        ("her brother Matthias is a paramedic", True),
        # beside a patient's care: the patient's relative
        ("His wife Greta works at the library and sits at the bedside every night.", True),
    ],
)
def test_relative_described_by_work(text: str, flagged: bool) -> None:
    assert bool([f for f in find_phi(text) if f.type == "NAME"]) is flagged, find_phi(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Bartholomew Okonkwo had a family meeting with palliative today", "Okonkwo"),
        ("we admitted min-jun kim overnight for the flare", "min-jun kim"),
        ("remember dariusz mazur from 7 west? he's back with a GI bleed", "dariusz mazur"),
    ],
)
def test_names_beside_care_in_other_shapes(text: str, span: str) -> None:
    found = find_phi(text)
    assert any(f.type == "NAME" and f.text == span for f in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "sent a thank-you card to the whole unit",
        "Subject: Ortiz, Lena - biopsy results back",
    ],
)
def test_care_nouns_are_not_names(text: str) -> None:
    names = [f.text for f in find_phi(text) if f.type == "NAME"]
    assert not any(n in ("thank-you card", "biopsy") for n in names), names


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # "patient" names a staff role before the name
        ("Please loop in our patient advocate Serena about the grievance.", False),
        ("the patient liaison, Marisela, found a Mixtec interpreter for us", False),
        # "patient" names the person
        ("the patient, Marisela, was admitted with a hip fracture", True),
    ],
)
def test_patient_as_part_of_a_staff_role(text: str, flagged: bool) -> None:
    assert bool([f for f in find_phi(text) if f.type == "NAME"]) is flagged, find_phi(text)


def test_english_word_name_in_whom_a_diagnosis_was_missed() -> None:
    found = find_phi("we missed the septic joint in Faith Hammond until day 3")
    assert any(f.type == "NAME" and f.text == "Faith Hammond" for f in found), found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a sentence in clinical words about the person it names
        ("you called it on Ignatius Obi, the biopsy showed sarcoid", "Ignatius Obi"),
        ("Mr. Lindahl finally got the pleurx out", "Lindahl"),
    ],
)
def test_a_name_in_clinical_words_is_an_error(text: str, span: str) -> None:
    found = [f for f in find_phi(text) if f.type == "NAME" and f.text == span]
    assert found and found[0].severity == "error", find_phi(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a given name and a surname that are both words, as the object of a care verb
        ("we intubated frank marsh overnight", True),
        ("we admitted june patients to the floor", False),
        ("we discharged him home with his wife", False),
    ],
)
def test_word_pair_after_a_care_verb(text: str, found: bool) -> None:
    assert bool([f for f in find_phi(text) if f.type == "NAME"]) is found, find_phi(text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a physician who is the patient, or the patient's relative
        ("Our patient, Dr. Lena Fischer, a retired surgeon, consented to publication.", True),
        ("the patient's daughter, Dr. Oyelaran, an internist, asked for the imaging", True),
        # the patient's physician
        ("I asked the patient's cardiologist, Dr. Oyelaran, about the echo", False),
    ],
)
def test_physician_in_apposition_to_the_patient(text: str, flagged: bool) -> None:
    assert bool([f for f in find_phi(text) if f.type == "NAME"]) is flagged, find_phi(text)
