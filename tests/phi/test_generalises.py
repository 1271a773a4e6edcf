"""The mechanisms that make the guard generalise, one row each: what is a patient's by shape
or by what happens to them, and what belongs to the sender, the reader, a colleague, an event or
an institution although it looks the same. (Sentences written for these tests, not taken from a
corpus.)"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi


@pytest.mark.parametrize(
    ("text", "span", "type_"),
    [
        ("just fyi Mbatha from bed 4 asked for you again", "Mbatha", "NAME"),
        ("just fyi Mbatha from bed 4 asked for you again", "bed 4", "ROOM"),
        ("sorry, rosalind in rm 9 wants to see you", "rosalind", "NAME"),
        ("she was moved to MICU 11 overnight", "MICU 11", "ROOM"),
        ("pt admitted to 5214, pressors started", "5214", "ROOM"),
        ("O'Rourke was transferred to Mercy General yesterday", "O'Rourke", "NAME"),
        ("O'Rourke was transferred to Mercy General yesterday", "Mercy General", "LOCATION"),
        ("is it ok that Benedetto's nephew texts me from 415 555 0131?", "Benedetto", "NAME"),
        ("is it ok that Benedetto's nephew texts me from 415 555 0131?", "415 555 0131", "PHONE"),
        ("Baby girl Okafor born 6/2 at 31 weeks", "Okafor", "NAME"),
        ("Subject: Marisela's family meeting tomorrow", "tomorrow", "DATE"),
        ("Subject: Tran readmitted again (2nd time since May)", "Tran", "NAME"),
        ("cathed Villanueva fri, going for CABG", "Villanueva", "NAME"),
        ("cathed Villanueva fri, going for CABG", "fri", "DATE"),
        ("we missed Chidinma's K of 6.9 until the next morning", "Chidinma", "NAME"),
        ("mrs. lindgren died sunday, family at bedside", "sunday", "DATE"),
        ("a supercentenarian with sepsis", "supercentenarian", "AGE"),
        ("97 y old with urosepsis", "97 y old", "AGE"),
        ("Events: 5/3 rapid response; 5/4 transfer to MICU; 5/4 death", "5/3", "DATE"),
        ("Hospital course: MICU 2/2-2/6, then the floor", "2/6", "DATE"),
        ("pt seen 3-14 in clinic", "3-14", "DATE"),
        ("the wife's number 6175550143 is on the whiteboard", "6175550143", "PHONE"),
        ("Serial number of the explanted pump: HVX-20391-C", "HVX-20391-C", "DEVICE"),
        ("Poster: Valley fever in a farmworker from Arvin, CA", "Arvin", "LOCATION"),
        ("do you think I could visit Mr. Faleolo at St. Jude's Hospice on Sunday?",
         "St. Jude's Hospice", "LOCATION"),
        ("jorge (pt from clinic) texted me about refills", "jorge", "NAME"),
        # an ordinal age, a lower-case month with an ordinal day, a short record label, a
        # biometric in words, a person's room, a picture of a person, a name after a naming cue,
        # where a person described comes from
        ("the nurses sang for her 97th birthday at the bedside", "97th birthday", "AGE"),
        ("his hundredth is next month and he wants to go home for it", "hundredth", "AGE"),
        ("coded on feb 2nd, family at the bedside", "feb 2nd", "DATE"),
        ("MR 664310 has the path report", "664310", "MRN"),
        ("enc no. 55120 is the ED visit", "55120", "ID"),
        ("the ED confirmed who she was with her fingerprints", "fingerprints", "ID"),
        ("the lady in room 19 is asking for the chaplain", "room 19", "ROOM"),
        ("grabbed a pic of her before the dressing change", "pic of her", "PHOTO"),
        ("the patient is lucja wrobel, the one on dialysis", "lucja wrobel", "NAME"),
        ("she drove in from Hanford and was intubated that night", "Hanford", "LOCATION"),
        ("Mrs. Lindqvist taught me more about dying than any lecture", "Lindqvist", "NAME"),
        # a date in words or lower case, an age with the time it is reached or in decades, a
        # bed of the ED or by letter, short account and plan labels, a dwelling, a traveller's
        # town, an IP address nobody owns, a face in a picture or caption
        ("intubated oct 30, family updated", "oct 30", "DATE"),
        ("she bled again on the ninth of March", "ninth of March", "DATE"),
        ("admitted early-June with a hip fx, a ninety-three-year-old", "early-June", "DATE"),
        ("he'll be 96 next week and wants to be home for it", "96", "AGE"),
        ("she reached 101 in the hospital", "101", "AGE"),
        ("a man in his eleventh decade with sepsis", "eleventh decade", "AGE"),
        ("the lady in ED 14 keeps pulling her IV", "ED 14", "ROOM"),
        ("put him on stretcher B7 by the nurses station", "stretcher B7", "ROOM"),
        ("HAR 5510293847 is still open", "5510293847", "ACCOUNT"),
        ("Medicaid # 88123401B on the face sheet", "88123401B", "HEALTH_PLAN"),
        ("the billing # for her stay is 4210003-7, can you check", "4210003-7", "ACCOUNT"),
        ("he sleeps in a trailer near Huron most nights", "Huron", "LOCATION"),
        ("her son drove down from Modesto to sign the consent", "Modesto", "LOCATION"),
        ("portal login came from 98.207.14.3 at 2am", "98.207.14.3", "IP_ADDRESS"),
        ("sent you a pic of the rash on his face", "pic of the rash on his face", "PHOTO"),
        ("Figure 1: the patient at presentation, full face", "Figure 1", "PHOTO"),
        # a birthday in shorthand, a ZIP before its word, a wristband, a relative's contact line,
        # a bare number to be reached at, an address spelled out, an age approached, a sign-out
        # sex/age, the portrait of an identity document
        ("family wants him home for his bday", "his bday", "DATE"),
        ("a man from the 93702 zip code with TB", "93702", "LOCATION"),
        ("wristband # 55120-C did not match the chart", "55120-C", "ID"),
        ("brother: (559)555-0142 after 6", "(559)555-0142", "PHONE"),
        ("the daughter can be reached at 5595550177", "5595550177", "PHONE"),
        ("email the son, rtorres at yahoo dot com", "rtorres at yahoo dot com", "EMAIL"),
        ("she is almost 99 and sharp as a tack", "99", "AGE"),
        ("pt M/93 with CAP, on ctx", "93", "AGE"),
        ("the photo on her ID card matched", "photo on her ID card", "PHOTO"),
        # a hallway spot, an age right after "pt", a long drive from a town, a photo on a
        # birthday, a date beside a device's serial
        ("boarded in ER hallway 7 all night", "ER hallway 7", "ROOM"),
        ("Subject: fall last night - pt 96, on eliquis", "96", "AGE"),
        ("she made the long drive from Coarsegold for dialysis", "Coarsegold", "LOCATION"),
        ("the son sent a photo of her on her birthday", "photo of her", "PHOTO"),
        ("pacer SN 77Q10442 interrogated on 2/9", "2/9", "DATE"),
        # shorthand holidays, a trip in hours, a reservation near a town, a town with its state
        # in words, a month beside another identifier
        ("she went home xmas eve after 9 days", "xmas eve", "DATE"),
        ("the son drove 3 hrs from Bishop to sign", "Bishop", "LOCATION"),
        ("EMS brought him from the rancheria near Auberry", "Auberry", "LOCATION"),
        ("a 94-year-old rancher from Bishop, California, presented in late-May", "late-May",
         "DATE"),
        # a person's own picture, a face shown in a figure, a face named by its owner
        ("the son showed me her picture from the quinceañera", "her picture", "PHOTO"),
        ("The patient's facial features are shown in Figure 3.", "facial features", "PHOTO"),
        ("I kept a photo of Mrs. Ortiz's face from admission", "photo of Mrs. Ortiz's face",
         "PHOTO"),
        ("the pt texted from 5595550166 at midnight", "5595550166", "PHONE"),
        ("her apartment on 5th Street has no elevator", "5th Street", "LOCATION"),
        ("she is 92 and older than all of us", "92", "AGE"),
        ("the wife sent a FaceTime screenshot of his droop", "FaceTime screenshot", "PHOTO"),
        ("Mr. Haddad in 4312 is asking for you", "4312", "ROOM"),
    ],
)
def test_found(text: str, span: str, type_: str) -> None:
    start = text.index(span)
    found = find_phi(text)
    assert any(f.start < start + len(span) and start < f.end for f in found), found
    assert any(f.type == type_ for f in found if f.start < start + len(span) and start < f.end)


@pytest.mark.parametrize(
    "text",
    [
        "Our unit (6 South, 28 beds) is trying the checklist you suggested.",
        "M&M is Thursday 1/15 at noon in the Lurie Auditorium, Room 204.",
        "Authors: Ana Ruiz, MD; Lee Chen, MD; Neha Gupta, MD.",
        "Figure 3: chest CT showing the Hampton hump and Westermark sign.",
        "Re: 4 East charge nurse position - Danielle",
        "Setting: 300-bed community hospital in the Bronx, NY.",
        "Agenda for Friday: a QI project on syncope work-ups in the ED, or readmissions research?",
        "Thanks to Rosa in pharmacy and Dev from nursing informatics for the timeline.",
        "Thanks for covering my clinic Friday, Ahmed — I owe you!",
        "The case was presented at Mayo Clinic Hospital Medicine Day 2026.",
        "My daughter was born on March 3! I'll be on parental leave until May.",
        "Patients aged 18 or older admitted between January 2020 and June 2023 were included.",
        "Great to see you at the Match Day party, Priya! Your son Arjun is adorable.",
        "Dr. Kim's clinic moved to the 3rd floor of the Outpatient Pavilion, Suite 310.",
        "M&M (Dec 3): delayed recognition of Fournier gangrene in a man in his 50s.",
        "Subject: Following up re: St. Luke's hospitalist opening",
        "I'll be presenting our POCUS curriculum at CORD in Austin on 4/19 — any tips?",
        "Should I ask Ms. Kaʻahanui (our PD's assistant) for the rotation schedule?",
        "Debrief led by Dr. Oyelaran-Hughes (ICU) on 11/20 at noon.",
        "Thanks again for the tour of 7 North, Janet — the new telemetry setup is great.",
        "the chief's email (schen@ucsf.edu) is on the schedule, she wants our picks by Friday",
        "grandpa Hank (my grandpa, not a patient lol) says thanks for the book",
        "Step 3 done (passed!), moonlighting starts in August at Grady, and I'm on nights in "
        "the MICU until the 15th.",
        "PGY-3 peds resident at Seattle Children's. Interests: fetal echo, cardiac ICU outcomes.",
        "J.R. Smith Lecture Hall, 2nd floor, Tuesday 10/22, 4 pm",
        "scores ranged 3-14 on the test",
        "the grant number is 6175550143",
        "we tapped into the Kaiser research network for the project",
        "The hospital's 100th birthday gala is in May.",
        "our LOS was above the 95th percentile",
        "the deadline for abstracts is feb 2nd",
        "MR 3T imaging course on friday",
        "the clinic now uses fingerprints to log in",
        "training room 4 is booked for the airway workshop",
        "room change: journal club moved to Rm 212",
        "a pic of him at the podium was in the newsletter",
        "hi, my name is lucja wrobel, PGY-1 at Fresno",
        "the new attending is from Hanford",
        "I matched at the VA in Grand Junction!",
        "Smith and Okafor showed in their 2022 JAMA paper that early mobility works",
        "reading Mukherjee's The Emperor of All Maladies on call",
        "see you at ACP in Chicago Thu 4/9",
        "Are you going to the Chicago Hospital Medicine Update in May?",
        "the abstract deadline is oct 30 and the meeting is in Denver",
        "my dad turns 60 next month",
        "Mean age was 92.4 years in the oldest stratum.",
        "M&M this Friday, 1/9, noon, Room 318 - de-identified case",
        "no facial photographs are shown; consent was obtained",
        "Figure 2. Facial nerve branches, adapted from an anatomy atlas.",
        "the open house on Sunday was fun",
        "I flew in from Denver for the interview",
        "Dr. Park drove up from Fresno to give grand rounds",
        "she was discharged to SNF on hospital day 4 (de-identified)",
        "Patients in their nineties were excluded.",
        "My badge ID 004417 stopped opening the call room",
        "s/p my Step 2 exam 8/14 - so relieved",
        "The residency program, founded in 1926, turns 100 next year.",
        "3/9 journal club: Room 204",
        "Journal club dates: 3/9 Dr. Lee; 3/16 Dr. Roy (Room 214); 3/23 off",
        "the program office moved to 1440 W Shaw Ave last month",
        "my parking plate 6XYZ123 is mine, not a patient's",
        "I presented our poster on Memorial Day weekend at the ACP meeting.",
        "my brother works at the dairy in Hilmar and loves it",
        "Grand rounds speaker flies in from Bishop at 0800 on 1/3.",
        "Dr. Lee already sent his picture for the newsletter.",
        "no patient photos were used in the talk",
        "my apartment on 5th Street is tiny",
        "Trial NCT04567890 enrolled patients aged 90 and older.",
        "adults 90+ were excluded",
        "I met Dr. Patel in 2019 at ACP and again in 2 weeks at SHM",
    ],
)
def test_not_a_patients(text: str) -> None:
    assert find_phi(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the talk on 3/3 about your 95-year-old patient with aortic stenosis.",
        "I saw your poster on 5/20 about a patient from Merced with valley fever.",
        "Grand rounds 12/4: 'Caring for the oldest old: lessons from a 102-year-old'",
    ],
)
def test_an_events_date_stays_the_events_beside_a_patients_identifier(text: str) -> None:
    """A date beside another identifier is a warning only when nothing says whose it is."""
    assert [f for f in find_phi(text) if f.type == "DATE"] == []
