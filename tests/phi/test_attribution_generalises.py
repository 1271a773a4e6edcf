"""Attribution rules that keep look-alikes clean on forms the guard was not tuned on: each rule
with a look-alike it must leave clean and a positive in the same shape it must still flag.

The wordings are invented for these tests (none is copied from a corpus): who the sentence is
about, what the verb does and whose life it tells decide, never the words of one example.
"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi

# (rule, look-alike left clean, positive in the same shape still flagged)
CASES = [
    # a role with the unit it works on, in apposition to a given name
    ("role_with_unit_apposition",
     "The unit secretary at 3 South, Marguerite, told me where the fall forms are kept.",
     "The patient at 3 South, Marguerite, fell twice."),
    # the writer's own family as the subject of the clause after a short lead-in
    ("own_family_after_lead_in",
     "Long week - our daughter was born on 8/21 and I'm on leave until October.",
     "Rough night: Mr. Lund's wife called on 8/21 about his meds."),
    # a family title with no owner, in a sentence about the writer and no one else
    ("family_title_writer_alone",
     "Tia Consuelo keeps sending me recipes while I study for boards.",
     "Tia Consuelo brought him in on 5/2."),
    # "miss" the verb, not the courtesy title
    ("miss_the_verb",
     "Sorry, I will miss morning report and noon conference on Friday.",
     "miss delacroix in 7 is npo"),
    # a genus before its species epithet
    ("species_name",
     "The sputum grew Serratia marcescens, which surprised the whole team.",
     "Sputum from Mrs. Varga grew Serratia marcescens."),
    # a drug by its dose, the verb that prescribes it or the verb that doses it
    ("drug_dose", "Bumex 2 mg IV was given twice before the repeat echo.",
     "Ilse was started on heparin."),
    ("drug_prescribed", "We switched her to Xarelto at discharge.",
     "We switched her to Xarelto at discharge, Mrs. Amadi."),
    ("drug_dosed", "Tikosyn was stopped after the QT rose.",
     "Halloran was started on dialysis on 2/9."),
    # a pasted chat whose own turns are "me:": the other speaker is a correspondent
    ("chat_speaker",
     "Wendeline Pryce: can you send the slides?\nme: sure, tonight",
     "Okonjo: extubated at 6, wife at bedside\nme: ok"),
    # an event's fields give its date and room
    ("event_fields",
     "Speaker: Dr. Aldous Fenn. Date: May 9, Room 318.",
     "Case: Mr. Haverty, admitted May 9 to Room 318."),
    # the subject of a verb of running or covering the team's work
    ("team_work_subject", "Priyanka ran the journal club while I was away.",
     "Priyanka fell in the bathroom overnight."),
    ("team_work_cover", "Thembeka is covering my clinic on Friday.",
     "Thembeka was covered in a rash on Friday."),
    # asked to take a role in the writer's work
    ("asked_for_a_role", "Can I ask Tobiah to be senior author on the case report?",
     "We asked Tobiah to sign the consent for the scope on 4/2."),
    # a clinician's team with a counted group of patients, no one of them
    ("team_with_counted_group", "Dr. Okoro's service discharged nine patients before noon.",
     "Dr. Okoro's patient was discharged on 6/3."),
    # a hyphenated compound of two English words, no hyphenated given name
    ("english_compound", "Would late-onset bell palsy make a good poster for the spring meeting?",
     "young-hee park was admitted overnight"),
    # an age of 90 and over whose verb has a clinician or a thing for its subject
    ("aged_clinician",
     "Our chair emeritus, Dr. Quill, turned 93 in May and still comes to grand rounds.",
     "Mr. Quill turned 93 in May and still lives alone."),
    ("aged_thing", "The chapel wing is nearly 120 years old.",
     "the 96-year-old in the hall bed is confused"),
    # a drug by a verb that doses it
    ("drug_loaded", "Vimpat was loaded before the MRI.",
     "Brannigan was loaded into the ambulance on 3/3."),
    # the subject of a verb of presenting the team's work
    ("team_work_summary", "Ottoline summarized the lessons at the end of the debrief.",
     "Ottoline summarized her symptoms to the triage nurse on 6/2."),
    # what a colleague would be to the writer
    ("would_be_reference", "Do you think Fenwick would be a strong reference for my application?",
     "Fenwick would be a good candidate for hospice, his wife agrees."),
    # an applicant's "Surname, Given" subject line and their papers
    ("applicant_subject", "Subject: Adeyemi, Tolu - personal statement draft",
     "Subject: Adeyemi, Tolu - path results"),
    # a hospital unit and its own line
    ("unit_line", "Numbers: Cedar Hollow ED 555-204-8876, Cedar Hollow pharmacy 555-204-8800.",
     "daughter waiting in ED: 555-204-8876"),
    # the role a person holds for others
    ("their_role", "Wenonah and Ptolemy start nights on Monday. Ilse is their senior.",
     "Ilse is their daughter and drove him in on 4/4."),
    # a business named after its owner
    ("business", "Lunch at Marisol's Cantina after noon conference?",
     "Marisol's labs are back, K 6.1"),
    # authors' contribution statement
    ("contributed_equally", "T.J. Amari and L. Voss contributed equally to this work.",
     "T.J. Amari and L. Voss were admitted on 2/2."),
    # whom questions go to
    ("questions_to", "I'm away next week; questions to Farouk.",
     "Farouk was admitted on 3/3; questions to his wife."),
    # a duty of the schedule on a row, with its date
    ("schedule_swap_row", "Ingeborg - shift swap 1/14?", "Ingeborg - fall 1/14, CT neg"),
    # a count, not an age
    ("census_count", "The census was 97 on New Year's Day.", "Mr. Ansah was 97 on New Year's Day."),
    # a room booked for an event
    ("room_booked", "Room 2204 is booked for the sim debrief on 5/6.",
     "Room 2204 is ready for Mrs. Ochoa, arriving 5/6."),
    # the writer's move with the subject dropped, where the writer speaks and no one else
    ("dropped_writer_move", "relocating to Boise in august, my last clinic is 7/30",
     "relocating to Boise with his son on 7/30"),
    # a row that gives a forum's host, room and date
    ("meeting_row", "Amadi - 4W conference room - noon conference 2/3",
     "Amadi - 4W rm 8 - fall 2/3"),
    # a row whose cells are the writer's papers, asks or good wishes
    ("work_row", "Weiland - CV and LOR draft for review", "Weiland - LOR draft, admitted 3/2"),
    ("forum_topic_subject", "Re: Ostrander - noon report topic for 2/12",
     "Re: Ostrander - path 2/12"),
    # a name run stays on its line; a chat's other speaker and a shift partner
    ("chat_lines", "Josune: free for lunch?\nme: yes, 12:30 works, swapped call w Teodor",
     "Josune: extubated at 4\nme: ok"),
    # a forum that meets, with its date and room
    ("forum_meets", "Our journal club meets 3/18 in Room 240.",
     "Her clinic appointment is 3/18 in Room 240."),
    # a deadline for a piece of work
    ("deadline", "please return the signed forms to me by Friday 3/6",
     "please get his labs drawn by Friday 3/6"),
    # a care word naming a field of training
    ("field_of_training", "Any advice on the hospice rotation before I rank programs on 2/20?",
     "Dolores went to hospice on 3/6."),
    # the team's room
    ("room_ours", "room 7B is ours for the afternoon", "Room 7B is Mrs. Ilves's."),
    # a drug weighed as a treatment
    ("drug_considered", "Zosyn was considered but held.",
     "Larkin was considered for transplant on 4/1."),
    # a cohort's median age
    ("median_age", "Of 380 patients, 41 were 90 or older (median age 92).", "She is 94."),
    # a weekday's abbreviation on a subject line
    ("weekday_abbreviation", "Subject: Thur 4/9 journal club - Dr. Imrie on SGLT2s",
     "Subject: Thur 4/9 - Imrie path back"),
]


@pytest.mark.parametrize(("rule", "lookalike", "positive"), CASES, ids=[c[0] for c in CASES])
def test_lookalike_clean_and_positive_flagged(rule: str, lookalike: str, positive: str) -> None:
    assert find_phi(lookalike) == [], rule
    assert find_phi(positive), rule


def test_positive_spans_are_the_person() -> None:
    """The positives are flagged on the person, not on a word beside them."""
    fell = "The patient at 3 South, Marguerite, fell twice."
    assert "Marguerite" in {f.text for f in find_phi(fell)}
    assert "Okonjo" in {f.text for f in find_phi("Okonjo: extubated at 6, wife at bedside\nme: ok")}
    assert "Consuelo" in {f.text for f in find_phi("Tia Consuelo brought him in on 5/2.")}
