"""Whose is a bare name, an age or a place? Decided by the syntax around it, one row each, in
both directions: the same shape given to a colleague, an author, an institution or the sender's
travel is clean; given to a patient it is a finding. (Sentences written for these tests, not
taken from a corpus.)"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi

CLEAN = [
    # the age of a thing, not of a person
    "The clinic turns 100 next spring, and there's a party in the lobby.",
    "our residency is now 90 years old",
    "The 95-year-old library on Main is closing for repairs.",
    # praised, thanked or congratulated: colleagues
    "Congrats to Wairimu and Tadeusz on the new grant!",
    "Please thank Ingrid and Obinna for covering my call.",
    "Shout-out to Fenella for running the sim session.",
    # the sender's companion at work, cited authors, quoted people
    "Zubair and I ran the morning report together last week.",
    "The Lindqvist et al. review covers this nicely.",
    "As Peabody wrote, the secret of the care of the patient is in caring for the patient.",
    # who pointed the sender to someone
    "Hello Dr. Ruiz - Oluwadamilare suggested I reach out about the elective.",
    # staff where they work
    "Could you check with Ysolde in the simulation center about the mannequins?",
    # the next sentence gives the bare name a role
    "Do you still talk to Kazuhiro? He was the chief resident my intern year.",
    # a saint's name is a place
    "We'll be in San Bernardino for the regional meeting.",
    # the sender's travel, subject left out
    "Heading to Vanderbilt Friday for the second look.",
    # a place after "on": a street
    "The old building on Geary is where the sim lab used to be.",
    # the cited adviser's place
    "My advisor said Kayenta has a small hospital with a rural track.",
    # authors of works, people quoted, the sender's network
    "This month I'm reading Siddhartha Mukherjee's Emperor of All Maladies.",
    "I keep coming back to what Tolstoy wrote about happy families.",
    "After your intro I had coffee with Ebere, who runs the wellness program.",
    "Should I ask Dr. Haverford or Mbali for the letter? Mbali supervised me on wards.",
    # a thing or an animal named, a word in scare quotes, a photo nobody owns
    "For the sim case, the 'patient' is a manikin named Gertrude.",
    "Loved the selfie from the retreat, Dr. Amadi!",
    # a rehabilitation centre as a training site
    "Would a rotation at Oak Meadow Rehab help my application?",
    "I'm writing up the Kussmaul case series for journal club.",
    # an adjective made of an eponym
    "A Kawasaki-like presentation in adults got me interested in rheumatology.",
    # what the sender ranks or has
    "Vanderbilt was my top choice, so I'm thrilled.",
    # a surname that is also a word, in a subject line about work
    "Subject: Weissman lab meeting moved to 4/2",
    # a teacher, an author, a speaker or a historical figure in clinical words: their voice
    "Halsted would be appalled at how little the surgery interns sleep now.",
    "I quoted Abraham Verghese on the bedside exam in my personal statement.",
    "Dr. Adeyemi put it best at noon conference: sepsis kills in hours, not days.",
    "The chapter by Okonkwo on delirium is required reading for the ICU month.",
    "Ferreira once taught me to listen for a rub in every pericarditis patient.",
    "Kenji covered the ICU overnight and ran the sepsis huddle at 7.",
    "Agenda: 1) delirium screening pilot with Renata 2) letters for fellowship",
    "Dmitri is a PGY-3 who built the sepsis dashboard; he said you might mentor me.",
]

FOUND = [
    # a person's age
    ("the patient turns 100 next spring and wants a party on the unit", "100", "AGE"),
    ("Mrs. Ambrose is 97 years old and lives alone", "97 years old", "AGE"),
    # a bare name in a ward bed
    ("the lady in 9C, Wilhelmina, asked about her scan", "9C", "ROOM"),
    ("the lady in 9C, Wilhelmina, asked about her scan", "Wilhelmina", "NAME"),
    ("fyi, tran thi mai (bed 6) is going home tmrw", "tran thi mai", "NAME"),
    # a family by its surname
    ("Subject: Card from the Abernathys", "Abernathys", "NAME"),
    # a subject line about a stay
    ("Re: Oyelaran readmission", "Oyelaran", "NAME"),
    # photographs and videos of a person, the town of a facility of someone's care
    ("a screenshot of his face from the telehealth visit ended up in the chat", "screenshot",
     "PHOTO"),
    ("the family posted a video of her singing on the unit", "video of her", "PHOTO"),
    ("She was transferred from a small hospital in Avenal overnight.", "Avenal", "LOCATION"),
    ("Abdikarim was my favorite patient on nights.", "Abdikarim", "NAME"),
    # a patient's case by surname (and not a case series named after someone)
    ("I learned so much from the Przybylski case on your service.", "Przybylski", "NAME"),
    # a surname that is also a word, in a subject line about someone's care
    ("Subject: Weissman - biopsy results", "Weissman", "NAME"),
    ("Subject: thank-you note from Mrs. Ekwueme", "Ekwueme", "NAME"),
    # syntax gives a bare name away only where no one's care is told of
    ("I met with Abdirashid and his daughter about hospice on Friday", "Abdirashid", "NAME"),
    # a patient by title is never a colleague by syntax
    ("Please thank Mrs. Oduya for her patience during the biopsy.", "Oduya", "NAME"),
    # a courtesy title or care done first keeps the safe side whatever verb follows
    ("Mrs. Ames showed me the rash on her arm before discharge.", "Ames", "NAME"),
    ("Mr. Okafor would be horrified to know his scans went out by email.", "Okafor", "NAME"),
    ("Lupe would love to go home after her surgery.", "Lupe", "NAME"),
    ("Lupe is a retired surgeon admitted with sepsis.", "Lupe", "NAME"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_non_patients_are_clean(text: str) -> None:
    assert find_phi(text) == [], [(f.type, f.text) for f in find_phi(text)]


@pytest.mark.parametrize(("text", "span", "type_"), FOUND)
def test_patients_are_found(text: str, span: str, type_: str) -> None:
    found = find_phi(text)
    start = text.index(span)
    assert any(f.type == type_ and f.start < start + len(span) and start < f.end for f in found), (
        [(f.type, f.text) for f in found]
    )


# What ties an identifier to a patient raises it to an `error`; what cannot be attributed stays
# a `warning` ("Is X a patient?").
SEVERITY = [
    # the other identifiers of a sentence that names a patient
    ("Mrs. Quintanilla's daughter Reina says the fall was on 3/8", "3/8", "error"),
    # the next sentence goes on about the patient with a pronoun
    ("Thank you for seeing Mrs. Albescu so fast. Her MRI on 7/19 was clean.", "7/19", "error"),
    # a person in a ward room
    ("the man in room 31 keeps asking for you", "room 31", "error"),
    ("the gentleman in 6E-14 - Mr. Varga - wants to say goodbye", "Varga", "error"),
    # care done to someone named by title, or their family
    ("how do I talk to Mr. Ferrante's son about the prognosis?", "Ferrante", "error"),
    ("I ran the code on Mrs. Lukashenko when I was a sub-I", "Lukashenko", "error"),
    # a subject line about someone's care
    ("Re: Tamberlaine discharge", "Tamberlaine", "error"),
    # every other mention of a patient's name
    ("Subject: Obafemi\n\nHi Dr. Ng,\nObafemi Adeyinka is off pressors and eating.", "Obafemi",
     "error"),
    # nothing says whose it is
    ("I saw Vashti Okoro yesterday.", "Vashti Okoro", "warning"),
]


@pytest.mark.parametrize(("text", "span", "severity"), SEVERITY)
def test_severity_follows_the_patient(text: str, span: str, severity: str) -> None:
    start = text.index(span)
    hits = [f for f in find_phi(text) if f.start < start + len(span) and start < f.end]
    assert hits and hits[0].severity == severity, [(f.type, f.text, f.severity) for f in hits]
