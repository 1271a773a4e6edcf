"""Who a sentence is about, read from its verb and its subject, one row each: a clinician or the
writer presenting a talk (not a patient presenting to care), the topic of a talk, pronouns that
speak of a presenter, a colleague, the writer's family; the writer's own home, a denied patient
noun, a room where a thing is, a clergy title, a schedule's row, a speaker named with where they
come from. Each look-alike row has a twin that keeps its finding. (Sentences written for these
tests, not taken from a corpus.)"""

from __future__ import annotations

from typing import Any

import pytest

from assistant.phi import find_phi, unattributed_scan

LOOKALIKES = [
    # a clinician or the writer presenting: a talk, its date and its topic are no patient's
    "I'm presenting Kawasaki at journal club on Thursday.",
    "Dr. Osei presented on December 3 with her co-fellow.",
    "Dr. Lindqvist presented on March 14 with her mentor at the regional meeting.",
    "Prof. Mbeki presented her registry data on October 8 in Tucson.",
    "Our co-chief Abebe is presenting on March 5 with his mentor.",
    "Tomasz presented on Friday with his co-resident at noon conference.",
    "Dr. Ferreira presented Takayasu at grand rounds on 4/9.",
    "Presenting Whipple outcomes at surgery grand rounds on 5/6.",
    "She presented on November 20 at the state chapter meeting.",
    "he presented w/ his co-fellow at ATS on 5/19",
    "Dr. Castellanos presented at the Sierra chapter on Feb 2 and she was great.",
    "Dr. Nakamura-Bell is presenting her sepsis bundle data on Nov 14 at the QI summit.",
    # pronouns of a colleague, of a clinician named just before, of the writer's family
    "Farida moved to Portland in August and loves her new program.",
    "Dr. Oyelaran retired in June; he's moving to Carmel to be near his grandkids.",
    "Dr. Yusupova will cover the lecture; she's flying back to Visalia after.",
    "Quick note: Ruben (my son) has his school play on 12/3, so I leave at 3.",
    "Dr. Bhattacharya got back from her sabbatical in Lisbon and starts clinic again on 3/2.",
    "Prof. Lindahl celebrated her 75th birthday at the department dinner.",
    "Kenji will start his chief year in 3 weeks, so I will ask him about the schedule.",
    "remember Dr. Kaczmarek's lecture on jaundice? she's now at Stanford",
    "Congrats on the new job in Kerman, Dr. Ruiz!",
    # the writer's own home, rotation and life
    "I just moved into an apartment near Clovis.",
    "My wife and I bought a house in Sanger last month.",
    "My ICU rotation starts December 1 and ends January 4.",
    # a denied patient noun, a room where a thing is, a clergy title, a schedule, a speaker
    "Attached is the retina atlas by Dr. Qadir (textbook images, no patients).",
    "Update from nights: the crash cart in MICU 7 was restocked at 0400.",
    "The farewell card is in the lounge by bed 30's old spot.",
    "The workshop is in room 2104 on 3/21.",
    "Our chaplain, Father Anselm from St. Brigid's in Kerman, leads the Advent service.",
    "Call schedule:\n4N Adebayo/Kim days\n4S Lindgren nights",
    "Subject: Mon - Abernethy; Tue - Quillfeather; Wed - Okonjo (call swaps)",
    "Our chaplain, Sister Benedicta from Holy Rosary in Selma, will lead the staff service.",
    "Dr. Soto got back from her sabbatical in Porto and starts attending on 5 West on 3/1.",
    "Lucinda, the new coordinator in our research group, will send the consent templates Friday.",
    "Would Dr. Ibekwe mind if I cited her Kawasaki review in my grand rounds on 10/9?",
    "The new clinic opened Monday - Rodrigo from the county gave the ribbon-cutting speech.",
    "Great to meet you at the open house. Dolores says hi!",
    "The shelter clinic runs every Tuesday; sign up with Marisela.",
    "Subject: Fwd: Keoni Kahale - CV and personal statement",
    "Dr. Whitmore was admitted to the American Society for Clinical Investigation in April.",
    "We volunteer at the Ronald McDonald House on Saturdays.",
    "M&M case: a man sent home from urgent care. Presented on the 2nd by Dr. Sanger.",
]


# Candidates the guard now gives to someone (so they stay out of "is this a patient?" too): the
# writer's whereabouts, an event's town, a talk's topic, someone both correspondents know.
ATTRIBUTED = [
    ("I grew up in Lemoore and trained at Tulane.", "Lemoore"),
    ("Update: I matched into nephrology at Marquette!", "Marquette"),
    ("my flight back from Yreka is tomorrow", "Yreka"),
    ("So great to meet you at CHEST in Honolulu!", "Honolulu"),
    ("My abstract was accepted to SGIM 2027 in Tacoma.", "Tacoma"),
    ("Loved your grand rounds on Takayasu last week.", "Takayasu"),
    ("Please give my best to Ingrid and the team.", "Ingrid"),
    ("Tell Chidi I said hi!", "Chidi"),
    # one of a list of things named after people, a roster's row
    ("We drilled Cheyne-Stokes and Biot respirations before the exam.", "Cheyne-Stokes"),
    ("night float: Abernethy-Cole, backup: Lindahl", "Abernethy-Cole"),
    ("1) Okonkwo - journal club\n2) Vandermeer - noon conference", "Okonkwo"),
    ("- Szabo: chair of the wellness committee", "Szabo"),
]


@pytest.mark.parametrize(("text", "word"), ATTRIBUTED)
def test_attributed_candidate_is_neither_flagged_nor_unsure(
    text: str, word: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    scans: list[unattributed_scan.Scan] = []
    original = unattributed_scan.Scan.__init__

    def recording(self: unattributed_scan.Scan, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        scans.append(self)

    monkeypatch.setattr(unattributed_scan.Scan, "__init__", recording)
    assert find_phi(text) == []
    assert word not in {text[a:b] for scan in scans for a, b in scan.unsure}


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_is_not_flagged(text: str) -> None:
    assert find_phi(text) == [], [(f.type, f.text, f.severity) for f in find_phi(text)]


@pytest.mark.parametrize(
    ("text", "span", "severity"),
    [
        # a patient presenting to care: the date, the name, the relative stay errors
        ("Mrs. Delacroix presented to the ED on March 4 with chest pain.", "March 4", "error"),
        ("She presented on 6/12 with a rash, and her daughter Ines drove her in.", "6/12",
         "error"),
        ("she presented w/ cp to the ED on 5/19", "5/19", "error"),
        ("Okonjo presented to clinic on 2/9 after a fall.", "Okonjo", "error"),
        ("Ms. Varga re-presented on 11/30 in septic shock.", "11/30", "error"),
        ("Luz Ortega presented to our clinic with her mother on 4/4.", "4/4", "error"),
        ("Dr. Pham presented to the ED with chest pain on 7/7 and was admitted.", "7/7",
         "error"),
        # a bare name presented at a forum of cases is the case's patient
        ("We presented Garcia-Luna at M&M on December 2.", "Garcia-Luna", "error"),
        ("Ahmed presented Teodoro at sign-out.", "Teodoro", "error"),
        # a home that is someone else's, a room with someone in it, a relative's title
        ("I saw a man who lives in an apartment near Dinuba and was admitted on 3/3.",
         "Dinuba", "error"),
        ("The IV pump in room 412 alarmed all night and he pulled his line.", "412", "warning"),
        ("The patient's wife, Sister Maria, wants a call back.", "Maria", "error"),
        ("Mrs. Ochoa is better, daughter Ana is at bedside.", "Ana", "error"),
        # an object pronoun of a clinician's verb, a relative: a person cared for
        ("Dr. Kim saw her on 4/4.", "4/4", "warning"),
        ("Dr. Kim called her daughter on 4/4.", "4/4", "warning"),
        ("Dr. Lee saw her in clinic on 3/2 and she was admitted.", "3/2", "error"),
        # a place the writer goes to with or for someone cared for stays theirs
        ("I visited a patient in Coalinga on 3/3.", "Coalinga", "error"),
        ("We went to see the family in Orosi after the death.", "Orosi", "error"),
        ("We admitted a farmworker from Huron.", "Huron", "error"),
        # a ward named by its acronym is no event
        ("She was in the MICU in Hanford for a week, septic.", "Hanford", "error"),
        # a day of a timeline with someone's care, a patient's consent, a patient's sister
        ("Tue - Garcia extubated, Wed - Okafor to floor", "Garcia", "error"),
        ("Mrs. Ochoa signed the consent on 3/3.", "3/3", "error"),
        ("The patient's sister, Sister Maria, called on 5/5.", "5/5", "error"),
        # a task about someone in a row is no duty; a case is a patient's
        ("Okafor - nights, febrile overnight, cx pending", "Okafor", "error"),
        ("Mr. Garcia and the Lopez case were discussed at M&M on 3/3", "3/3", "error"),
        # a denied verb of care still speaks of the person
        ("Mr. Abara was not admitted on 2/2; he left before the CT.", "2/2", "error"),
    ],
)
def test_patient_twin_keeps_its_finding(text: str, span: str, severity: str) -> None:
    found = [f for f in find_phi(text) if span in f.text or f.text in span]
    assert found, [(f.type, f.text) for f in find_phi(text)]
    assert found[0].severity == severity
