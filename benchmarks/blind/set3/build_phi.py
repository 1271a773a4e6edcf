"""Builds phi.jsonl (blind3): texts with patient identifiers and their spans, and look-alikes.

    python benchmarks/blind/set3/build_phi.py

Each item is (context, text, spans); a span is (TYPE, substring) or (TYPE, substring, n) for
the n-th occurrence (0-based). Offsets are located by text so they cannot drift; a substring
that is not found stops the build. Look-alikes have no spans.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

POSITIVE = [
    # ---------------------------------------------------------------- names (patients, relatives)
    ("follow-up email", "Dr. Abernathy, thank you again for talking through the Nwachukwu case w/ me at the ICU debrief - Mrs. Nwachukwu went home on day 9.",
     [("NAME", "Nwachukwu", 0), ("NAME", "Nwachukwu", 1)]),
    ("mentor update", "quick update: the pt I mentioned (Ferenc Horváth) finally got his TAVR, thanks for pushing me to call cards early",
     [("NAME", "Ferenc Horváth")]),
    ("linkedin message", "Hi Dr. Qureshi — we met at SCCM. I was the resident who presented the case of Tomasz Wiśniewski, the young man with the refractory status.",
     [("NAME", "Tomasz Wiśniewski")]),
    ("subject", "Subject: re: pt Lakshmi Venkataraman - path results + your thoughts?",
     [("NAME", "Lakshmi Venkataraman")]),
    ("relative", "his daughter, Marisol Echeverría-Cruz, asked me to pass on her thanks to your team for the consult",
     [("NAME", "Marisol Echeverría-Cruz")]),
    ("relative", "pt's wife Aigerim Bekova called the unit twice, she is the HCP and wants a family meeting",
     [("NAME", "Aigerim Bekova")]),
    ("fragment", "re: mr o'sullivan-reyes, 67M s/p whipple, the leak you predicted",
     [("NAME", "o'sullivan-reyes")]),
    ("agenda", "Agenda for Thursday: 1) my QI project 2) how I handled the Delacroix family meeting (Mr. Jean-Baptiste Delacroix, the DNR discussion) 3) fellowship timeline",
     [("NAME", "Delacroix", 0), ("NAME", "Jean-Baptiste Delacroix")]),
    ("third person", "Dr. Haugen was so kind to come down and see little Amara Osei-Bonsu with me when the peds team was swamped.",
     [("NAME", "Amara Osei-Bonsu")]),
    ("relative", "The patient's son (Kenji Watanabe) is an engineer and asked great questions about the pump.",
     [("NAME", "Kenji Watanabe")]),
    ("non-native", "Dear Professor, I am writing about patient Mrs. Thi Hoa Nguyen whom we have discussed during morning report, she is now recovered well.",
     [("NAME", "Thi Hoa Nguyen")]),
    ("long email", "Dr. Lindqvist,\n\nThank you for the time at the ATS poster hall on Monday. As promised, here is the one-liner for the case: Oluwaseun Adeyemi-Bakare, 34F, with recurrent spontaneous pneumothorax and LAM on CT. I would love your read on whether sirolimus makes sense.\n\nBest,\nPriya",
     [("NAME", "Oluwaseun Adeyemi-Bakare")]),
    ("fragment", "pt = Haruto Sato, the one from the MICU w/ the weird rash",
     [("NAME", "Haruto Sato")]),
    ("relative", "her grandson Dmitri was the one who noticed the facial droop",
     [("NAME", "Dmitri")]),
    ("nickname", "we all called him Big Mike on 7 West but his name was Michael Farrugia and he taught me more about dying than any lecture",
     [("NAME", "Michael Farrugia"), ("NAME", "Big Mike")]),
    ("initials+name", "thx for the advice on the pt w/ HLH (Ms. Rahimi). ferritin came down to 2k",
     [("NAME", "Rahimi")]),
    ("linkedin note", "Great meeting you at CHEST! Still thinking about your tip on Mr. Abubakar's bronchoscopy.",
     [("NAME", "Abubakar")]),
    ("lowercase", "dr mehta said i should email u about the kid w/ kawasaki, his name is lucas ferreira da silva, mom is ok w/ a second opinion",
     [("NAME", "lucas ferreira da silva")]),
    ("relative", "husband is Ahmed Al-Sayed, he can be reached through the unit clerk",
     [("NAME", "Ahmed Al-Sayed")]),
    ("family", "Mrs. Papadopoulos and her sister Eleni both said the palliative team changed everything for them.",
     [("NAME", "Papadopoulos"), ("NAME", "Eleni")]),
    # ---------------------------------------------------------------- ages 90 and over
    ("age", "the 93 y/o with the hip fx you helped me with is back on her feet",
     [("AGE", "93 y/o")]),
    ("age", "Remember the ninety-four-year-old lady from clinic who still drives? She asked about you.",
     [("AGE", "ninety-four-year-old")]),
    ("age", "pt is 91M, hx CHF, came in w/ syncope",
     [("AGE", "91M")]),
    ("age", "case for grand rounds: a 102-year-old man with new AF, deciding on anticoagulation",
     [("AGE", "102-year-old")]),
    ("age", "She turned 96 the week she was admitted, and the nurses brought her a cake.",
     [("AGE", "96")]),
    ("age", "our oldest pt this month was aged 97, discharged to SNF",
     [("AGE", "97")]),
    ("age", "Mr. K (age: 90) is the one I'd like to present at M&M",
     [("AGE", "90")]),
    ("age", "the 99 yo woman w/ aortic stenosis, family declined TAVR",
     [("AGE", "99 yo")]),
    # ---------------------------------------------------------------- dates tied to care
    ("date", "He was admitted on 3/14/2026 with DKA and discharged 3/19.",
     [("DATE", "3/14/2026"), ("DATE", "3/19")]),
    ("date", "DOB 07/22/1958 - could you look at her echo when you get a sec?",
     [("DATE", "07/22/1958")]),
    ("date", "the patient I told you about died on October 2nd, the family wants to meet with us",
     [("DATE", "October 2nd")]),
    ("date", "pt had her lap chole on 11 Feb 2026, readmitted 14 Feb w/ bile leak",
     [("DATE", "11 Feb 2026"), ("DATE", "14 Feb")]),
    ("date", "Born 1961-05-30, admitted yesterday for the stroke workup — I'd value your eyes on the MRI.",
     [("DATE", "1961-05-30")]),
    ("date", "surgery date for the little one w/ TOF is set: 2026-12-08. Thank you for the referral!",
     [("DATE", "2026-12-08")]),
    ("date", "our pt from the 5/3 admission (the one w/ the LVAD driveline infection) is doing great",
     [("DATE", "5/3")]),
    ("date", "Her date of birth is January 9, 1949 and the family asked that we keep you updated.",
     [("DATE", "January 9, 1949")]),
    # ---------------------------------------------------------------- phone / fax / email of patients or family
    ("phone", "pt's daughter asked if you could call her directly: (617) 555-0148",
     [("PHONE", "(617) 555-0148")]),
    ("phone", "mom's cell is 415.555.0199 if your team wants to set up the genetics visit",
     [("PHONE", "415.555.0199")]),
    ("phone", "Patient contact: +44 7700 900123 (he's visiting from the UK)",
     [("PHONE", "+44 7700 900123")]),
    ("fax", "Please fax the consent to the patient's lawyer at fax 212-555-0177.",
     [("FAX", "212-555-0177")]),
    ("fax", "his PCP office needs the records but the family wants a copy too, their home fax 303 555 0102",
     [("FAX", "303 555 0102")]),
    ("email", "the patient emailed me from jdoe.runner58@gmail.com asking for her biopsy result, how should I respond?",
     [("EMAIL", "jdoe.runner58@gmail.com")]),
    ("email", "son's email: t.bergstrom@outlook.com - he would like updates from your team",
     [("EMAIL", "t.bergstrom@outlook.com")]),
    ("email", "Forwarding the note from the patient (farahkhan1972@yahoo.com) who wants to thank you personally.",
     [("EMAIL", "farahkhan1972@yahoo.com")]),
    # ---------------------------------------------------------------- SSN / MRN / account / plan / license
    ("ssn", "registration entered the wrong SSN 123-45-6789 for the pt, billing is a mess",
     [("SSN", "123-45-6789")]),
    ("ssn", "social security no. 078 05 1120 is on the scanned form I attached, sorry",
     [("SSN", "078 05 1120")]),
    ("mrn", "MRN 00482913 - the pt with the amyloid you wanted to follow",
     [("MRN", "00482913")]),
    ("mrn", "could you peek at the path on med rec # 7719-3302 when you have a moment?",
     [("MRN", "7719-3302")]),
    ("mrn", "Case for Friday's conference: MR# A0039921, 58F with sarcoid of the heart.",
     [("MRN", "A0039921")]),
    ("account", "billing acct no. 5540012877 was charged twice for the pt's ED visit",
     [("ACCOUNT", "5540012877")]),
    ("account", "the family asked about hospital account HAR 300198442 and the charity care form",
     [("ACCOUNT", "300198442")]),
    ("health plan", "her Medicaid ID is NY44812093 and prior auth keeps getting denied",
     [("HEALTH_PLAN", "NY44812093")]),
    ("health plan", "pt's BCBS member ID XJH882731004, can your office help with the referral?",
     [("HEALTH_PLAN", "XJH882731004")]),
    ("health plan", "Medicare beneficiary number 1EG4-TE5-MK73 for the pt we discussed",
     [("HEALTH_PLAN", "1EG4-TE5-MK73")]),
    ("license", "the pt's driver's license D6101-40706-60905 was in his wallet when EMS brought him in",
     [("LICENSE", "D6101-40706-60905")]),
    ("license", "her DL # is S530-4617-2281, social work needs it for the ID replacement",
     [("LICENSE", "S530-4617-2281")]),
    # ---------------------------------------------------------------- vehicle / device / URL / IP
    ("vehicle", "the pt's car (plate 7XYZ482, a blue Corolla) is still in the ED lot, security asked",
     [("VEHICLE", "7XYZ482")]),
    ("vehicle", "MVC pt - police report lists VIN 1HGCM82633A004352 for his car",
     [("VEHICLE", "1HGCM82633A004352")]),
    ("device", "his ICD serial number PRM 448213 was in the interrogation report, can you check it's on the recall list?",
     [("DEVICE", "448213")]),
    ("device", "pump serial SN: HM3-0027719 for our LVAD pt, the alarm log is attached",
     [("DEVICE", "HM3-0027719")]),
    ("url", "the family set up a page for her: https://www.gofundme.com/f/help-rosa-beat-als - the team wanted to share it",
     [("URL", "https://www.gofundme.com/f/help-rosa-beat-als")]),
    ("url", "pt blogs about his transplant at www.newlungsforleo.net, he said we can read it",
     [("URL", "www.newlungsforleo.net")]),
    ("ip", "the patient portal flagged a login from 203.0.113.77 on the pt's account, IT asked us to confirm",
     [("IP_ADDRESS", "203.0.113.77")]),
    ("ip", "the pt's home monitor uploads from IP 198.51.100.23, the vendor wants us to whitelist it",
     [("IP_ADDRESS", "198.51.100.23")]),
    # ---------------------------------------------------------------- room / bed
    ("room", "the pt in bed 14 on 6 North is the one I mentioned, would love your input",
     [("ROOM", "bed 14")]),
    ("room", "could you swing by room 4417? the family there asked for you by name",
     [("ROOM", "room 4417")]),
    ("room", "MICU-22 is the septic shock pt w/ the rash we talked about",
     [("ROOM", "MICU-22")]),
    ("room", "Pt in 5W-08B, 78F, new Afib - thanks for agreeing to see her",
     [("ROOM", "5W-08B")]),
    # ---------------------------------------------------------------- photos
    ("photo", "I attached a photo of his face showing the heliotrope rash, is it ok to use in my talk?",
     [("PHOTO", "a photo of his face")]),
    ("photo", "attaching the pt's full-face picture for the ptosis case (consent signed)",
     [("PHOTO", "full-face picture")]),
    ("photo", "Here is a headshot of the patient from the clinic photo for the dermatology atlas submission.",
     [("PHOTO", "a headshot of the patient")]),
    # ---------------------------------------------------------------- residence below state level
    ("address", "pt lives at 4821 Maple Ridge Dr, home health can't find the house",
     [("LOCATION", "4821 Maple Ridge Dr")]),
    ("address", "the patient is from a small town, Millinocket, and drives 3 hours for dialysis",
     [("LOCATION", "Millinocket")]),
    ("address", "family lives in zip 60629 and can't make it to the downtown clinic",
     [("LOCATION", "60629")]),
    ("address", "She lives in the Tenderloin, alone, at 212 Eddy St Apt 5, and the SRO has no elevator.",
     [("LOCATION", "212 Eddy St Apt 5"), ("LOCATION", "Tenderloin")]),
    ("address", "our pt from Cumberland County w/ the snakebite, the one you helped with!",
     [("LOCATION", "Cumberland County")]),
    # ---------------------------------------------------------------- mixed, longer, realistic
    ("long email", "Dear Dr. Baptiste,\n\nThank you for taking my call on Saturday. The patient, Grace Mwangi (MRN 30077124), was admitted 9/27 with the pericardial effusion; her husband Joseph can be reached at 608-555-0131. She asked me to thank you.\n\nWarmly,\nAsel",
     [("NAME", "Grace Mwangi"), ("MRN", "30077124"), ("DATE", "9/27"), ("NAME", "Joseph"), ("PHONE", "608-555-0131")]),
    ("fragment", "pt: Chen, Wei-Lun. DOB 2/2/1988. rm 712. need your thoughts re the anti-NMDA w/u",
     [("NAME", "Chen, Wei-Lun"), ("DATE", "2/2/1988"), ("ROOM", "rm 712")]),
    ("mentor update", "Update: the 92yo from Hoboken I told you about (Mrs. Castellano) made it to her granddaughter's wedding.",
     [("AGE", "92yo"), ("LOCATION", "Hoboken"), ("NAME", "Castellano")]),
    ("linkedin message", "Thanks for the connection! Side note - the pt we co-managed, Siddharth Rao, asked me to say hi. He's at 1102 Elm Ave now, in rehab.",
     [("NAME", "Siddharth Rao"), ("LOCATION", "1102 Elm Ave")]),
    ("non-native", "Respected Sir, I have patient Mr. Bui Van Long, admission date 12.10.2026, he has the tuberculosis meningitis, please advise.",
     [("NAME", "Bui Van Long"), ("DATE", "12.10.2026")]),
    ("pasted note", "pasting from the chart: \"Name: Ebere Okonkwo  Acct: 88120045  Ins: Aetna W2290113\" - is this the pt you want for the registry?",
     [("NAME", "Ebere Okonkwo"), ("ACCOUNT", "88120045"), ("HEALTH_PLAN", "W2290113")]),
    ("signature confusion", "Dr. Ito - the patient's email is kwame.asante.home@gmail.com and mine is below.\n\nThanks,\nRuth Kim, PGY-2\nrkim@uchospitals.edu",
     [("EMAIL", "kwame.asante.home@gmail.com")]),
    ("relative", "the mother, Yolanda Pérez-Whitfield, works at the same hospital as you, small world",
     [("NAME", "Yolanda Pérez-Whitfield")]),
    ("date", "pt was seen in your clinic last on Aug 14, 2026, and we admitted him Aug 16",
     [("DATE", "Aug 14, 2026"), ("DATE", "Aug 16")]),
    ("age+date", "ninety-one, admitted Dec 1 after a fall - the family asked if you remember her",
     [("AGE", "ninety-one"), ("DATE", "Dec 1")]),
    ("biometric", "we scanned the pt's fingerprint ID #FP-220931 for the med dispenser, can research use it?",
     [("ID", "FP-220931")]),
    ("id", "enrolling our pt, study subject ID 044-117 (Mrs. Haddad), in your registry",
     [("ID", "044-117"), ("NAME", "Haddad")]),
    ("room+name", "Room 318, Mr. Okeke - he's the one w/ the sickle crisis you taught me about",
     [("ROOM", "Room 318"), ("NAME", "Okeke")]),
    ("email thread", "> From: Lorraine Bishop (patient)\n> Sent: Tue\n> Dr. Adeyemi, I wanted to thank the resident who sat with me...\nDr. Adeyemi forwarded me this, so sweet",
     [("NAME", "Lorraine Bishop")]),
]

LOOKALIKE = [
    # ---------------------------------------------------------------- names of colleagues, contacts, authors
    ("intro email", "Dear Dr. Nakamura-Phillips,\n\nI am a PGY-1 in internal medicine at Rush and enjoyed your talk at SGIM on hospital-at-home. Would you have 15 minutes in Denver?\n\nBest,\nAdaeze Nwosu"),
    ("follow-up", "Thank you, Dr. Oyelowo, for the time after your session on Friday. I will send the abstract by Monday as we discussed."),
    ("co-resident", "my co-resident Ji-ho Shin and I would love to join your QI group - we are both PGY-2s in EM"),
    ("author", "I loved Schwartzberg et al. (2025) on sepsis bundles and wondered if your group is extending it to the ED."),
    ("mentor", "Dr. García-Márquez suggested I reach out to you about the global surgery track at Vanderbilt."),
    ("linkedin", "Hi Dr. Abdulrahman, fellow Hopkins alum here (PGY-1 anesthesia at Penn). Would love to connect."),
    ("third person", "She spoke at ACR Convergence about lupus nephritis, and her lab at Stanford is recruiting research residents."),
    ("thanks", "Please also thank your coordinator, Ms. Tamara Lindgren, for squeezing me in."),
    ("fragment", "met dr okafor-bright at the ASN reception - she runs the onconephrology fellowship at MSK"),
    ("peer", "Aditya Raghunathan (our chief) recommended your course on bedside teaching."),
    ("pasted bio", "Dr. Siobhan Ó Briain is Professor of Medicine at Trinity College Dublin and directs the Irish Hepatology Research Group. She completed her residency at Beaumont Hospital."),
    ("signature", "Best regards,\nKwabena Mensah-Bonsu, MD\nPGY-3 Internal Medicine | Yale New Haven Hospital\nkwabena.mensah-bonsu@yale.edu | 203-555-0114 (office)"),
    ("reference", "Dr. Fitzgerald-Yamamoto wrote my letter for the cardiology fellowship, and she said you'd be a good person to talk to."),
    ("panel", "the panel w/ Drs. Chowdhury, Levi and Amankwah at ACP was the best session of the meeting"),
    ("thread", "Cc'ing Dr. Zhou Xiaoming, our program director, who is happy to connect you with Dr. Ramírez."),
    # ---------------------------------------------------------------- eponyms and diseases
    ("eponym", "Your talk on Guillain-Barré variants and Miller Fisher syndrome was the highlight of AAN for me."),
    ("eponym", "I'm interested in Kawasaki disease and would love to hear about the Takayasu registry you lead."),
    ("eponym", "quick q about your Hashimoto's encephalopathy paper - did you use the Mayo criteria?"),
    ("eponym", "my project compares the Wells score and the Geneva score for PE in pregnancy"),
    ("eponym", "Thank you for explaining the Parkland formula and the Baxter approach so clearly."),
    ("eponym", "We discussed Crohn's, Whipple's disease and the Whipple procedure (not the same thing, as you joked!)."),
    ("eponym", "the Glasgow Coma Scale teaching module you built with Dr. Teasdale's group is brilliant"),
    ("eponym", "I'd love to learn more about the Fontan clinic and your work on Alagille syndrome."),
    ("eponym", "your Addison's disease review and the Cushing's case series were assigned reading in our program"),
    # ---------------------------------------------------------------- institutions, places, conferences with dates
    ("conference", "Will you be at IDWeek in Atlanta, October 14-17, 2026? I'd love to meet at the trainee reception."),
    ("conference", "Thank you for meeting me at ASH in San Diego on December 6 - the sickle cell session was great."),
    ("conference", "The SCCM Congress is Jan 25-28 in Orlando; our poster is on Monday the 26th."),
    ("institution", "I matched at Cedars-Sinai in Los Angeles and start at their Beverly Hills campus in July."),
    ("institution", "I'm a PGY-1 at Hennepin Healthcare in Minneapolis and rotate at the Regions Hospital ICU in St. Paul."),
    ("institution", "My med school was Aga Khan University in Karachi; I'm now at Brookdale in Brooklyn."),
    ("city", "I'll be in Chicago from 4/18 to 4/21 for the ACP meeting and free Sunday morning."),
    ("address office", "Our department moved to 1500 E Medical Center Dr, Ann Arbor - the new clinic is lovely."),
    ("city", "I grew up in Kumasi, trained in Accra, and now live in Baltimore near the Inner Harbor."),
    ("date meeting", "Could we meet on Thursday, March 12 at 4 pm? I have clinic until 3."),
    ("date", "Our program's Match Day celebration is March 20, 2026, and the graduation is June 12."),
    ("date", "I submitted the manuscript on 9/30 and got reviews back on 11/2 - two minor revisions."),
    ("birthday", "I know we share a birthday (Feb 29!), so happy early birthday from a fellow leap-year baby."),
    # ---------------------------------------------------------------- phone numbers, emails of professionals
    ("office phone", "Feel free to call my office line, 312-555-0160, or page me through the operator."),
    ("pager", "pager 4-1187 if anything comes up during the conference, I'm on call Saturday"),
    ("coordinator", "You can reach our fellowship coordinator, Denise, at 617-555-0103 or denise.wu@bmc.org."),
    ("fax", "Please fax the signed elective form to the GME office at 410-555-0199."),
    ("email", "My program email is hkaur@montefiore.org; I check it more often than my personal one."),
    ("email", "I've cc'd Dr. Alvarez (ealvarez@ucsd.edu), who leads the addiction consult service."),
    ("signature long", "Thanks again,\nNomvula Dlamini-Hart, MD, MPH\nPGY-2 Family Medicine\nUniversity of Colorado\nCell: (720) 555-0187\nTwitter/X: @nomvula_fm"),
    # ---------------------------------------------------------------- trial ids, DOIs, URLs, versions
    ("trial id", "Are you still enrolling in NCT05512345? Our site may be interested."),
    ("doi", "Here is the link to our abstract: https://doi.org/10.1016/j.jacc.2026.04.112"),
    ("url", "My poster is at www.acponline.org/posters/2026/4471 if you'd like a look."),
    ("url", "The program's page (https://medicine.uw.edu/residency) lists the research track you asked about."),
    ("registry", "We used the NSQIP database and the ClinicalTrials.gov registry for our review."),
    ("version", "we used REDCap v14.5.2 and R 4.4.1 for the analysis, happy to share the code"),
    ("ip-like", "the guideline is version 2.3.1.4, updated this fall"),
    ("grant", "Our K23 grant (award number K23HL167890) funds the project."),
    ("orcid", "My ORCID is 0000-0002-1825-0097 if you'd like to see my publications."),
    ("npi", "Attending of record: Dr. Tanaka, NPI listed on the consult note, for the elective paperwork."),
    # ---------------------------------------------------------------- ages of things and people who are not patients
    ("age of thing", "Our hospital turned 150 this year and the celebration gala is in May."),
    ("age of thing", "the 95-year-old journal just published our research letter!"),
    ("age of person", "My grandmother is 91 and still asks about my residency every Sunday."),
    ("age of mentor", "Dr. Ebert, who founded the clinic 40 years ago, retired at 92 last spring."),
    ("age group", "our study enrolled adults aged 65 to 89; the over-90 group was too small to analyze"),
    ("counts", "we saw 96 patients in the resident clinic last month, up from 70"),
    ("score", "I scored 91 on the in-training exam, a big jump from last year."),
    ("percent", "93% of residents in our survey wanted more mentorship, so we built a program."),
    ("years", "after 90 days on nights I'm finally on an elective month"),
    ("time", "I'll be there 10:15-11:45 and can stay until 12:30 if needed."),
    # ---------------------------------------------------------------- meeting rooms and venues
    ("meeting room", "The trainee session is in Room 204B of the convention center at 2 pm."),
    ("meeting room", "we're in Ballroom C, table 14, for the mentorship lunch"),
    ("poster board", "Our poster is board 318 in Hall D, Tuesday afternoon."),
    ("office", "My office is room 4-112 in the Pavilion; just knock."),
    ("zoom", "Zoom ID 981 4432 1176, passcode sent separately"),
    ("conference room", "Let's meet in conference room 7N-210 after noon conference."),
    # ---------------------------------------------------------------- photos, faces of non-patients
    ("headshot", "I attached my headshot for the speaker bio, as the committee asked."),
    ("photo", "Here is the group photo from the ACP dinner - you're in the front row!"),
    ("photo", "Attaching a photo of our team at the 5K for the med student fund."),
    # ---------------------------------------------------------------- case talk without identifiers
    ("case de-identified", "I presented a case of a woman in her 40s with Sweet syndrome at morning report."),
    ("case de-identified", "we had a 3-year-old with intussusception last week and the air enema worked!"),
    ("case de-identified", "The patient I mentioned is doing well, and the team sends thanks."),
    ("case de-identified", "pt in his 60s, s/p CABG, readmitted w/ tamponade - great teaching case"),
    ("case de-identified", "Thanks for your advice about the patient with the refractory ascites; the TIPS went well."),
    # ---------------------------------------------------------------- non-native, shorthand, mixed professional
    ("non-native", "Respected Madam, I am Dr. Bhattacharya from AIIMS Delhi, now PGY-1 at Wayne State in Detroit. Kindly guide me about the nephrology fellowship."),
    ("shorthand", "thx for the chat at ATS! sending the CV + LOR list by fri. will reach out re: the pulm elective in jan"),
    ("shorthand", "ccing Dr. Mbeki, she's the APD, re the elective in Cape Town next Feb"),
    ("linkedin note", "Hi Dr. Sato - enjoyed your SHM talk on discharge by noon. PGY-1 IM at UCSF, would love to connect."),
    ("rewrite", "I am a PGY-2 pediatrics resident at CHOP interested in neonatology; I met Dr. Kowalski at PAS in Toronto on May 2."),
    ("mentor update", "Update: my abstract was accepted to the AAN meeting in San Francisco, April 2027 - thank you for your edits!"),
    ("agenda", "Agenda: 1) research year vs. straight to fellowship 2) Dr. Lam's project 3) next meeting in 6 weeks"),
    ("long", "Dear Dr. Hakimi,\n\nI hope this finds you well. I'm Rania Haddad, a PGY-1 in neurology at Emory. At the Child Neurology Society meeting in Cincinnati on October 9 you mentioned the epilepsy surgery outcomes database. I would be grateful for 20 minutes to learn how residents contribute.\n\nThank you,\nRania Haddad\nrhaddad@emory.edu"),
    ("sender name", "This is Juan Pablo Ortiz-Delgado (PGY-2, general surgery, Baylor) - we met at ACS in Boston."),
    ("relative of sender", "My mother, a retired nurse in Lagos, was so proud when I matched."),
    ("street name", "The dinner is at the Mayo House on Jefferson Street, right by the hotel."),
    ("device talk", "We're testing the HeartMate 3 and the Impella CP in a sim lab session next month."),
    ("vehicle talk", "I'll drive up from Sacramento; parking is in garage 2 on Level 3."),
    ("license talk", "I just got my medical license in Texas (permit number pending) and my DEA."),
]


def locate(text: str, sub: str, n: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(n + 1):
        start = text.find(sub, start + 1)
        if start < 0:
            raise SystemExit(f"span {sub!r} (occurrence {n}) not in {text!r}")
    return start, start + len(sub)


def main() -> None:
    rows = []
    k = 0
    for ctx, text, spans in POSITIVE:
        k += 1
        out = []
        for sp in spans:
            typ, sub = sp[0], sp[1]
            s, e = locate(text, sub, sp[2] if len(sp) > 2 else 0)
            out.append({"type": typ, "text": sub, "start": s, "end": e})
        rows.append({"id": f"b3p{k:03d}", "kind": "phi", "context": ctx, "text": text, "spans": out})
    for ctx, text in LOOKALIKE:
        k += 1
        rows.append({"id": f"b3p{k:03d}", "kind": "lookalike", "context": ctx, "text": text, "spans": []})
    (HERE / "phi.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                    encoding="utf-8")
    pos = sum(1 for r in rows if r["spans"])
    print(f"phi.jsonl: {len(rows)} texts, {pos} with {sum(len(r['spans']) for r in rows)} spans, "
          f"{len(rows) - pos} look-alikes")


if __name__ == "__main__":
    main()
