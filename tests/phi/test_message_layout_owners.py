"""Fields of a message's layout and appositions that say who a person is: a chat line's
speaker, an "@" mention, a role or office in parentheses, a business named after its owner,
and the relatives of a clinician named just before. One row each, in both directions: the same
layout around a patient keeps its finding. (Sentences written for these tests, not taken from a
corpus.)"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi
from assistant.phi.message_layout import layout_names_staff

CLEAN = [
    # a chat paste's speaker, in the forms chat apps paste it
    "(8:15) Marisol: did the grand rounds room change?",
    "[10:02 PM] Teodora Vance: anyone free to swap Sunday call?",
    "Rosalind 6:40 AM: coffee in the lounge if anyone wants it",
    # "@" mentions address the team
    "@Ignacio Ferreira can you send the slides from noon conference?",
    "cc @Wilhelmina - the schedule is posted",
    # a role, an office or a training year in parentheses, also after a short aside
    "Ask Ms. Okonkwo-Barrett (residency office) about the parking permits.",
    "Thaddeus and his wife Philippa (both PGY-2s) are running the wellness retreat.",
    "Cpl. Ashworth (ret.), our volunteer coordinator, gave the tour this morning.",
    # a question about a colleague, then something said of them that is no one's care
    "(9:12) Ines: is Fitzgibbon on tonight? left his stethoscope in the call room",
    # a closing word the census knows as no name, before the signer
    "Running late, start without me.\nThx, Ines",
    "see everyone at the retreat\nThx - Ines Albuquerque\n\nSent from my phone",
    # a duty roster: the column after the name is teaching work, not care
    "1. Wolcott-Pryce - grand rounds\n2. Adeyemi-Shaw - journal club\n3. Vandersloot - "
    "case conference",
    # a clinician's relative makes no sentence about a patient
    "Dr. Halvorsen gives the noon talk on Tuesday. Her husband is joining the dinner.",
    # an event's speaker after a colon
    "Update on the visiting lecture: Prof. Imogen Ashcombe will speak in Lemoore on Friday.",
    # a relative named as staff makes no sentence about a patient's family
    "Keep the cake a secret from Evander until her sister Philippa (our program manager) "
    "drives in from Hanford",
    # a room in a staff member's office
    "Dr. Quist (the new APD in the corner office, 3E-114) has the badge forms",
    # a generic label after a sentence ending on the writer's own thing
    "Could HR re-issue my parking pass? ID on it is 55120734 and the reader rejects it",
    # a header over rows of no one's care, and the speaker presenting a talk
    "Agenda from Ottavia:\n- 0800 coffee\n- 0830 welcome\n- 0900 QI projects",
    "Dr. Vandermolen is presenting at M&M Thursday",
    # a clinician's party at a venue: the venue's town, the party's day, the host's daughter
    "Should I go to Dr. Mbatha's farewell dinner at the Elks hall in Reedley next Friday? Her "
    "son asked the interns to come.",
    # a device an institution owns: "its" after the unit
    "Did the PACU get its glucometer back? serial on the unit is GX4-550918 per biomed",
    # a sentence closed by the writer's own word for its subject
    "nana Ofelia still walks to the market in Orosi every day - my inspiration",
    # a business named after its owner
    "We should do the welcome dinner at Auntie Leilani's bakery again.",
    # a clinician's family at a social event
    "Dr. Ravensworth retired on Friday; his sons Bartholomew and Leopold flew in for the party.",
    "Prof. Eleanor Whitcombe gives the keynote on Monday. Her husband Cosimo is "
    "coming to the dinner.",
]

FOUND = [
    # the line's text after the speaker is judged as any sentence
    ("(8:15) Marisol: Fairweather? pulled her NG again", "Fairweather", "NAME"),
    ("[10:02 PM] Teodora: can someone check on Quintanilla? transfused 2 units overnight",
     "Quintanilla", "NAME"),
    # a mention of the team, then a patient named
    ("@Ignacio can you see Achterberg before rounds? family is asking about the CT",
     "Achterberg", "NAME"),
    # a surname on the closing line is still a name when the message speaks of a patient
    ("the pt in 4 was extubated this am\nVanterpool, Ines", "Ines", "NAME"),
    # the same roster form with care in the column is a sign-out
    ("1. Wolcott-Pryce - CHF, diuresing\n2. Adeyemi-Shaw - pancreatitis\n3. Vandersloot - "
     "cellulitis", "Vandersloot", "NAME"),
    # a relative after a clinician, where care is told: the patient's
    ("Dr. Halvorsen saw him this morning. His daughter is flying in tonight.", "this morning",
     "DATE"),
    # a relative named without a role, in a sentence of care: the patient's family
    ("Mr. Evander was admitted overnight; his sister Philippa drives in from Hanford", "Hanford",
     "LOCATION"),
    # a room with a patient in it
    ("the pt in the corner room, 3E-114, spiked again", "3E-114", "ROOM"),
    # the same label after a sentence about a patient's thing
    ("Could you re-print her wristband? ID on it is 55120734", "55120734", "ID"),
    ("Could you re-print my pt's wristband? ID on it is 55120734", "55120734", "ID"),
    # a header line over rows that tell of care names the rows' patient
    ("Course for Pennywhistle:\n- 2210 febrile\n- 2240 cultures sent\n- 0100 transferred to "
     "the MICU", "Pennywhistle", "NAME"),
    # a question about someone, then a patient's record label
    ("Is the new band for Oyelowo-Britt ready? MRN on it is 40022917", "Oyelowo-Britt", "NAME"),
    # the case the writer presents
    ("I'll be presenting Vandermolen at M&M Thursday", "Vandermolen", "NAME"),
    # the same venue in a sentence about a patient's family
    ("her memorial was at the church hall in Reedley", "Reedley", "LOCATION"),
    # someone else named between the clinician and "his": the owner stays unknown
    ("Dr. Mbatha is worried about Joaquin Ferreira. His wife Lucinda called twice.", "Lucinda",
     "NAME"),
    # the same label after a patient's device
    ("Did the pt get his glucometer back? serial on it is GX4-550918", "GX4-550918", "DEVICE"),
    # "its" with no institution named before it: whose the thing is stays unknown
    ("the pump alarmed, its battery died; serial is GX4-550918", "GX4-550918", "DEVICE"),
    # the same closing where the sentence tells of care or of a patient
    ("nana Ofelia was admitted in Orosi last week - my patient", "Ofelia", "NAME"),
    ("nana Ofelia was discharged to Orosi - my hero", "Orosi", "LOCATION"),
    # the parenthesis tells of a patient, not a role
    ("Mrs. Okonkwo-Barrett (pt in 12) fell again overnight", "Okonkwo-Barrett", "NAME"),
    # a relative owned by the patient, not the clinician: a patient is named in between
    ("Dr. Ravensworth admitted Mr. Pilkington; his sons Bartholomew and Leopold flew in.",
     "Bartholomew", "NAME"),
    # a clinician named before, but the relative's clause tells of care
    ("Dr. Ravensworth came by. His wife Cosimina was admitted to the ICU last night.",
     "Cosimina", "NAME"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_the_messages_own_people_are_clean(text: str) -> None:
    assert find_phi(text) == [], [(f.type, f.text) for f in find_phi(text)]


@pytest.mark.parametrize(("text", "span", "type_"), FOUND)
def test_patients_in_the_same_layout_are_found(text: str, span: str, type_: str) -> None:
    found = {(f.type, f.text) for f in find_phi(text)}
    assert any(t == type_ and span in s for t, s in found), found


LAYOUT = [
    # (text, name, is the message's own person or a word of its frame)
    ("(7:01) Ines: ok", "Ines", True),
    ("[7:01 am] Ines Duarte: ok", "Ines Duarte", True),
    ("Ines (7:01): ok", "Ines", True),
    ("(7:01) Ines: Marchetti ok?", "Marchetti", False),
    ("ok then\nThx, Ines", "Thx", True),
    ("ok then\nThx, Ines", "Ines", True),
    ("ok then\nSmith, Ines", "Smith", False),  # a census surname: a name, not a closing
    ("Thx, Ines - Marchetti needs a CT", "Thx", False),  # the line goes on: no closing
    ("see @Ines about it", "Ines", True),
    ("email ines@example.org about it", "example", False),
    ("Ines: ok", "Ines", False),  # no time stamp: a label, not a chat layout
]


@pytest.mark.parametrize(("line", "name", "own"), LAYOUT)
def test_layout_fields(line: str, name: str, own: bool) -> None:
    """Each field alone, at the line holding the name."""
    start = line.index(name)
    line_start = line.rfind("\n", 0, start) + 1
    assert layout_names_staff(line, line_start, start, start + len(name)) is own
