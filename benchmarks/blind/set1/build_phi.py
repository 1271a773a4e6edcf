"""Builds phi.jsonl (blind PHI set). Spans are located by substring search (in order)."""
import json
from pathlib import Path

P = [  # (context, text, [(span, TYPE), ...])
 # --- names with no cue word
 ("follow-up", "Dr. Abernathy, quick update since we spoke: Teodoro Villanueva-Reyes finally got his TAVR and is walking the halls.", [("Teodoro Villanueva-Reyes", "NAME")]),
 ("M&M", "M&M slide 3 - Adewuyi, 58M, lactate trending up overnight and nobody escalated before the code", [("Adewuyi", "NAME")]),
 ("case report", "We'd like to submit the Whitcombe case to the clinical vignette track; she consented in writing.", [("Whitcombe", "NAME")]),
 ("subject line", "Subject: question re Ngozi Ekwueme-Fashola's echo", [("Ngozi Ekwueme-Fashola", "NAME")]),
 ("LinkedIn note", "Dr. Varga - loved your MS talk. Still thinking about Sandqvist, the young woman w/ tumefactive lesions we admitted in the fall. Would value your take.", [("Sandqvist", "NAME")]),
 ("mentor question", "should i mention Mr. Þórsson in my personal statement? he's the one who made me pick nephro", [("Þórsson", "NAME")]),
 ("update", "update: Desrosiers-Baptiste (LVAD driveline infxn) is finally out of the unit and eating", [("Desrosiers-Baptiste", "NAME")]),
 ("follow-up", "the guy on 4 West everyone calls \"Smokey\" asked me to say thanks for explaining his scans", [("Smokey", "NAME")]),
 ("mentor question", "pt name is hyun-woo baek, could you glance at his CT before tumor board?", [("hyun-woo baek", "NAME")]),
 ("update", "Patient Guadalupe Ortiz-Ramírez, the DKA admit from your last week on service, asked that we thank you.", [("Guadalupe Ortiz-Ramírez", "NAME")]),
 ("poster abstract", "Case: Mr. Umeadi-Bell, a 47-year-old welder, presented with painless jaundice and a palpable gallbladder.", [("Umeadi-Bell", "NAME")]),
 ("LinkedIn note", "Great meeting you at ACG. The case of Mrs. Nakashima-Dubois still sticks with me - thank you for the POCUS pearls.", [("Nakashima-Dubois", "NAME")]),
 ("subject line", "Subject: f/u on Brathwaite - path is back", [("Brathwaite", "NAME")]),
 ("update", "Remember Señora Inés Cabrera from your continuity clinic? Her A1c is finally under 7.", [("Inés Cabrera", "NAME")]),
 ("case report", "Dr. Holt and I are writing up Yusuf Demirci-Özkan, the 34M with the anomalous coronary, for JACC Case Reports.", [("Yusuf Demirci-Özkan", "NAME")]),
 ("M&M", "timeline: 0400 RN paged about Mr Achebe's BP, 0530 transferred to the unit, 0610 intubated", [("Achebe", "NAME")]),
 ("mentor question", "Hi Dr. Sato, is it ok to describe Alvarez-Kim (my continuity pt with the rare myopathy) in my fellowship essay? - Jun", [("Alvarez-Kim", "NAME")]),
 ("follow-up", "thanks for the sepsis pearls! fwiw Bartholomew Ezeilo-Hale went home on oral abx", [("Bartholomew Ezeilo-Hale", "NAME")]),
 ("subject line", "Subject: Could you see Mrs. Lefebvre-Aubin in clinic next week?", [("Lefebvre-Aubin", "NAME")]),
 ("poster abstract", "Background: T.R. is a 29-year-old pregnant woman with recurrent PEs (initials used with consent); full name Tamsin Roux-Halloran on the consent.", [("Tamsin Roux-Halloran", "NAME")]),
 # --- relatives
 ("follow-up", "his granddaughter Tanvi translated for him during the family meeting, she asked for your email", [("Tanvi", "NAME")]),
 ("M&M", "the pt's brother, Desmond Achterberg, is the HCP and wants a call back about goals of care", [("Desmond Achterberg", "NAME")]),
 ("update", "her husband Wojtek has slept in the recliner every night since she got to the unit", [("Wojtek", "NAME")]),
 ("mentor question", "Mom (Keisha) asked if you could sign the FMLA forms for the baby's NICU stay", [("Keisha", "NAME")]),
 ("case report", "The patient's daughter, Rosalind Tremblay, agreed to the write-up on her mother's behalf.", [("Rosalind Tremblay", "NAME")]),
 # --- ages >= 90
 ("M&M", "M&M: ninety-four-year-old woman with a hip fx who got delirious after the nerve block", [("ninety-four-year-old", "AGE")]),
 ("case report", "case report draft - 92 yo M w/ Ortner syndrome from a giant LA", [("92 yo", "AGE")]),
 ("follow-up", "our 96F from the ward still asks when the tall doctor is coming back", [("96F", "AGE")]),
 ("update", "he celebrated his 101st birthday on our floor, the nurses brought a cake", [("101st", "AGE")]),
 ("poster abstract", "We describe a man in his tenth decade (age 98) with first-presentation myasthenia gravis.", [("98", "AGE")]),
 ("subject line", "Subject: 90 y.o. w/ critical AS - TAVR vs comfort care?", [("90 y.o.", "AGE")]),
 ("mentor question", "family asking about dialysis for their dad, who turns 103 next month - how would you frame it?", [("103", "AGE")]),
 ("LinkedIn note", "Loved your geri talk at AGS. Our 99-yr-old with the pacemaker decision made me think of it.", [("99-yr-old", "AGE")]),
 # --- dates tied to care
 ("follow-up", "Mr. Figueiredo was intubated 2/17 and extubated 2/21 - thanks for pushing the SBTs", [("Figueiredo", "NAME"), ("2/17", "DATE"), ("2/21", "DATE")]),
 ("update", "she was admitted 14.03.2026 with the thyroid storm we talked about and left in sinus", [("14.03.2026", "DATE")]),
 ("M&M", "our pt coded the night of the Fourth of July and we got ROSC after 22 min", [("the Fourth of July", "DATE")]),
 ("case report", "discharged march 3rd, bounced back the 9th with the same picture", [("march 3rd", "DATE"), ("the 9th", "DATE")]),
 ("mentor question", "can u check the path for the pt with DOB 07-22-1941, last name Grünewald?", [("07-22-1941", "DATE"), ("Grünewald", "NAME")]),
 ("poster abstract", "The patient underwent resection on Jan 6, 2026, and pathology showed a paraganglioma.", [("Jan 6, 2026", "DATE")]),
 ("update", "she passed away early on Juneteenth with her family at the bedside", [("Juneteenth", "DATE")]),
 # --- contact details of patient / family
 ("follow-up", "his daughter asked me to pass on her cell, 312.555.0188, she wants to hear about the trial", [("312.555.0188", "PHONE")]),
 ("mentor question", "the patient's son emailed from mike.dunleavy62@gmail.com asking for the records - do I answer?", [("mike.dunleavy62@gmail.com", "EMAIL")]),
 ("M&M", "pt's wife (206) 555-0147, prefers texts after 5, was never called when he deteriorated", [("(206) 555-0147", "PHONE")]),
 ("update", "the pt himself wrote to me at kj.ramaswamy@yahoo.com after discharge to say thanks", [("kj.ramaswamy@yahoo.com", "EMAIL")]),
 ("LinkedIn note", "family's number is 555 201 7733 if you want to reach them directly about the donation", [("555 201 7733", "PHONE")]),
 ("follow-up", "the pt's home fax is 503-555-0199, his wife wants the discharge summary sent there", [("503-555-0199", "FAX")]),
 # --- MRN / SSN / account / plan
 ("mentor question", "MRN 004417826 - can you pull the old cath report before Thursday?", [("004417826", "MRN")]),
 ("case report", "mrn# 88-21-774 for the path slides you wanted", [("88-21-774", "MRN")]),
 ("subject line", "Subject: consult for bed 14, MR 7730192", [("bed 14", "ROOM"), ("7730192", "MRN")]),
 ("follow-up", "med record no. A0092217 is the one with the weird troponin curve", [("A0092217", "MRN")]),
 ("update", "the SSN on her disability form is 532 44 8190, can social work fax it?", [("532 44 8190", "SSN")]),
 ("M&M", "ssn: 401.22.6673 (copied off the intake sheet) ended up in the wrong chart", [("401.22.6673", "SSN")]),
 ("mentor question", "billing says the pt's account # 9931-0048-22 is still open, who do I ask?", [("9931-0048-22", "ACCOUNT")]),
 ("case report", "enc # 55102934 is the ED visit I mentioned for the case timeline", [("55102934", "ACCOUNT")]),
 ("update", "his Medicaid ID is YH8812340 and the prior auth keeps bouncing", [("YH8812340", "HEALTH_PLAN")]),
 # --- vehicle / license / device / ids
 ("follow-up", "the pt's truck (plate 8KDL442) is still in the ED lot and security wants to tow it", [("8KDL442", "VEHICLE")]),
 ("case report", "MVC - her silver Camry, VIN 1HGCM82633A004352, was totaled and she was ejected", [("1HGCM82633A004352", "VEHICLE")]),
 ("M&M", "his driver's license # D4471-22093 was the only ID on him when trauma brought him in", [("D4471-22093", "LICENSE")]),
 ("case report", "pacer serial PJN 6643218 interrogated normally the day before the syncope", [("PJN 6643218", "DEVICE")]),
 ("update", "her UNOS waitlist ID is KQX4471 and she finally got the call", [("KQX4471", "ID")]),
 ("M&M", "the patient's portal login came from 73.114.28.9 per IT, so someone else was in her account", [("73.114.28.9", "IP_ADDRESS")]),
 ("update", "the family's fundraiser for the pt (facebook.com/donate/5528310942) is going around the unit", [("facebook.com/donate/5528310942", "URL")]),
 # --- biometric identifiers (reported as ID)
 ("M&M", "the ED kiosk matched him by hand vein scan, template HV-7734, to the wrong chart", [("HV-7734", "ID")]),
 ("case report", "we have the voice recording of her speech from clinic for the dysarthria figure", [("voice recording of her speech", "ID")]),
 # --- rooms / beds
 ("follow-up", "the lady in room 5127 keeps asking for you by name", [("room 5127", "ROOM")]),
 ("M&M", "11S-32 had the bleed overnight; rapid response called twice before anyone looked at the Hgb", [("11S-32", "ROOM")]),
 ("M&M", "M&M: bed 9 in the MICU, heparin drip held for 14 h and nobody restarted it", [("bed 9", "ROOM")]),
 # --- photos
 ("case report", "I attached a photo of his face showing the droop for the case report figure", [("a photo of his face", "PHOTO")]),
 ("mentor question", "could you look at the pic of her back tattoo I sent? I think it's the key to the diagnosis", [("pic of her back tattoo", "PHOTO")]),
 ("poster abstract", "the poster has a full-face clinical photo of the patient, is that ok for the hallway?", [("full-face clinical photo", "PHOTO")]),
 # --- residence smaller than a state
 ("follow-up", "he lives alone out past Wasco on a cattle ranch, so follow-up is hard", [("Wasco", "LOCATION")]),
 ("case report", "pt is from Point Hope, AK and came down by medevac", [("Point Hope", "LOCATION")]),
 ("update", "she lives at 1420 Maple Hollow Rd, apt 3, so no stairs - PT cleared her", [("1420 Maple Hollow Rd", "LOCATION")]),
 ("poster abstract", "pt's zip code is 59725, which is the whole point of our rural access angle", [("59725", "LOCATION")]),
 ("mentor question", "he moved into Brookhaven Terrace memory care in Decatur after the stroke", [("Brookhaven Terrace", "LOCATION"), ("Decatur", "LOCATION")]),
 # --- mixed
 ("M&M", "Mrs. Fitzgibbon, 91, in 6E-04 since 11/30, fell twice on the same shift", [("Fitzgibbon", "NAME"), ("91", "AGE"), ("6E-04", "ROOM"), ("11/30", "DATE")]),
]

N = [  # (context, text)
 ("follow-up", "Thanks so much, Dr. Lindgren. I'll send the abstract by Friday.\n\nBest,\nOmar Farouk, MD\nPGY-2 Internal Medicine\npager 4417 | cell (617) 555-0123"),
 ("mentor question", "Dr. Castellanos, our chief of hepatology, suggested I reach out about the transplant elective."),
 ("update", "Our charge nurse Bernadette caught the near-miss on the pump settings and deserves the credit."),
 ("follow-up", "Our program coordinator, Loretta Vance, can set up the visit: lvance@mercyhealth.org"),
 ("follow-up", "Hi Dr. Oyelowo - so glad we met at the poster session on Saturday!"),
 ("LinkedIn note", "Your talk on Takotsubo vs. Wellens pattern was the clearest I've heard. Would love to connect."),
 ("mentor question", "Our clinic is studying Guillain-Barré recovery and Hashimoto's screening - would you advise on the design?"),
 ("update", "I'll be at ATS 2026 in Orlando, May 15-20, presenting Sunday morning."),
 ("follow-up", "SHM Converge is April 12-15 in Las Vegas; would you have 15 minutes on the 13th?"),
 ("follow-up", "Our clinic moved to 1 Medical Center Dr, Lebanon, NH 03756 - main line (603) 650-5000."),
 ("update", "Our site just joined NCT05512349 for the anticoagulation arm."),
 ("LinkedIn note", "Loved your paper (PMID: 36102458) on handoff bundles - would love to connect."),
 ("follow-up", "Here's the article we discussed: https://doi.org/10.1056/NEJMoa2212345"),
 ("mentor question", "Zoom for Thursday: https://us06web.zoom.us/j/83371249901?pwd=Qk9sT2 - passcode 449210"),
 ("poster abstract", "In our cohort, patients aged 65 to 84 had the highest 30-day readmission rates."),
 ("mentor question", "A 72-year-old man with a new murmur - how would you frame the teaching points for interns?"),
 ("update", "I started residency in 2025 and hope to apply to GI fellowship in 2027."),
 ("update", "I'm on 7 West nights this block and in the MICU in January."),
 ("poster abstract", "Our QI project compares apixaban and warfarin dosing errors at discharge."),
 ("update", "My co-resident Jamal and I are presenting the poster together."),
 ("mentor question", "Dr. Amara Diallo, my PD, said you'd be the right person to ask about global health tracks."),
 ("follow-up", "Thank you again for your time.\n\nBest regards,\nSofía Ibáñez-Ruiz, DO\nPGY-1 Family Medicine, Natividad Medical Center\nsofia.ibanezruiz@natividad.org"),
 ("LinkedIn note", "Dr. Brennan-Whitaker, I'm a PGY-1 in EM at Denver Health; your SAEM talk on airway checklists was great. Would love to connect."),
 ("subject line", "Subject: Following up from ACC.26 in New Orleans"),
 ("M&M", "M&M this week: a middle-aged man with a missed aortic dissection; systems issues in triage and CT protocoling."),
 ("case report", "Case report: Kikuchi-Fujimoto disease presenting as FUO in a young adult."),
 ("follow-up", "If it's easier, call the hospital operator at 410-955-5000 and ask them to page me."),
 ("case report", "Dr. Szabo-Nguyen was the attending on the case and agreed to be senior author."),
 ("update", "Enrollment for NCT04983210 closes June 30, 2026."),
 ("update", "Our clinical vignette was accepted by JGIM on 3/2 - thank you for the edits."),
 ("poster abstract", "As Nguyen and Patel (2023) showed, early mobility reduces delirium in the ICU."),
 ("follow-up", "Thank you for meeting with me on 10/14 at the AAP conference in Boston."),
 ("follow-up", "Feel free to text me at 804-555-0162.\n- Hana Sato, PGY-2 Pediatrics"),
 ("LinkedIn note", "I grew up in Fresno and want to practice rural family medicine in the Central Valley - would love to connect."),
 ("update", "The new cardiac step-down unit opens in March with 16 monitored beds and two isolation rooms."),
 ("follow-up", "My poster is in Hall B, board 117, Room W302 on Saturday afternoon if you can stop by."),
 ("mentor question", "Dial-in for the research meeting: 1-888-555-0100, code 441 9912#"),
 ("update", "I'm applying through ERAS and the NRMP Match; my ACGME milestones are attached."),
 ("update", "Our project is funded by AHRQ grant R18 HS029114 as of this fall."),
 ("follow-up", "My ORCID is 0000-0002-1825-0097 if you need it for the author list."),
 ("case report", "The patient agreed to have her story shared, and the signed consent is on file with the journal."),
 ("follow-up", "Best,\nDr. K. Mwangi\nPulmonary & Critical Care\n2nd floor, Rm 2.114, Gates Building"),
 ("update", "Grand rounds is Thursday 9/18 at noon in Auditorium B - I'd love for you to come."),
 ("follow-up", "I'll be in Chicago for the ASCO annual meeting June 1-3 if you're around."),
 ("LinkedIn note", "Congrats on the new role at Mass General, Dr. Oduya! Would love to stay in touch."),
 ("mentor question", "Reading Atul Gawande's Checklist Manifesto changed how I run codes - any other books you'd suggest?"),
 ("mentor question", "My mentor, Professor Halvorsen, recommended your lab for a research year."),
 ("update", "Our nurse navigator Tamsin will send you the clinic schedule."),
 ("poster abstract", "Adults aged 45 and older are now screened under the updated USPSTF guidance."),
 ("update", "In 2024 the hospitalist service had 1,212 admissions and a 9% readmission rate."),
 ("follow-up", "Referrals go to the clinic fax, 212-555-0190, or the main line 212-555-0100."),
 ("follow-up", "Thank you, Dr. Reyes - I'll write to you at mreyes@bcm.edu with the draft."),
 ("case report", "We describe a woman in her 80s with late-onset lupus; no identifiers are included."),
 ("mentor question", "Is Dr. Iwu's Tuesday clinic open to visiting residents?"),
 ("M&M", "We switched to 40 mg IV furosemide BID per the HF pathway on day 2."),
 ("update", "Our abstract ID is 2026-A-1184 for the SGIM poster session."),
 ("mentor question", "The sign-out template is on the intranet: https://intranet.example.org/im/signout"),
 ("update", "The ACLS recert is 11/12 in the sim center, room 210."),
 ("follow-up", "Thanks again!\nMarisol\nChief Resident, Pediatrics\nOffice: 555-0134"),
 ("case report", "The slide showed Kussmaul's sign and Beck's triad, which made the diagnosis."),
 ("follow-up", "Joining a bit late - my flight from Atlanta lands at 6."),
 ("update", "I'll be on service at the VA in Loma Linda through July."),
 ("update", "Our CCU nurse manager, Ms. Oyinlola, approved the pilot last week."),
 ("poster abstract", "Twin Cities Hospitalist Forum, Minneapolis, 2026-05-09: presenting our length-of-stay project."),
 ("update", "Our Parkinson's clinic and Crohn's clinic now share a waiting room."),
 ("subject line", "Subject: Dr. Achterberg's suggestion about the QI elective"),
 ("LinkedIn note", "Dr. Ngozi Eze - I'm a PGY-2 at Grady. Your work on sickle cell pain protocols shaped our QI project."),
]


def spans(text, pairs):
    out, pos = [], 0
    for s, t in pairs:
        i = text.find(s, pos)
        if i < 0:
            i = text.find(s)
        assert i >= 0, (s, text)
        out.append({"type": t, "text": s, "start": i, "end": i + len(s)})
        pos = i + len(s)
    return out


rows = []
for i, (ctx, text, pairs) in enumerate(P, 1):
    rows.append({"id": f"bp{i:03d}", "kind": "phi", "context": ctx, "text": text, "spans": spans(text, pairs)})
for i, (ctx, text) in enumerate(N, 1):
    rows.append({"id": f"bn{i:03d}", "kind": "lookalike", "context": ctx, "text": text, "spans": []})
Path(__file__).with_name("phi.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
print(len(P), "phi;", len(N), "lookalikes")
