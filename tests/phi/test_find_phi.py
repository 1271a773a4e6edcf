"""The PHI guard on what residents actually write: networking e-mails, LinkedIn notes and case
reflections. Each identifier type has messages that must be flagged; each look-alike (the
contact's name, the sender's signature, conference dates, affiliations, ages under 90, guideline
names, doses) has messages that must not be."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.phi import PHI_TYPES, find_phi

# (message, [(type, flagged text)]) - every listed identifier must be found with that type.
MUST_FLAG = [
    pytest.param(
        "The patient, Mr. O'Brien, was admitted 3/4 with chest pain.",
        [("NAME", "O'Brien"), ("DATE", "3/4")],
        id="apostrophe-surname-and-date-without-year",
    ),
    pytest.param(
        "Thank you again for the advice about the patient we discussed, Mr. Alvarez, admitted "
        "on 3/14 (MRN 4482913).",
        [("NAME", "Alvarez"), ("DATE", "3/14"), ("MRN", "4482913")],
        id="follow-up-email-name-date-mrn",
    ),
    pytest.param(
        "Case for Thursday: Pt: Jordan Whitfield, 67M, presented with syncope after a fall.",
        [("NAME", "Jordan Whitfield")],
        id="labelled-patient-name",
    ),
    pytest.param(
        "The case of a 45-year-old patient, Maria G., who was diagnosed with sarcoidosis in "
        "clinic, changed how I take a history.",
        [("NAME", "Maria G.")],
        id="given-name-and-initial-after-patient",
    ),
    pytest.param(
        "Mrs. Kowalski was discharged home on her birthday and called the floor to thank us.",
        [("NAME", "Kowalski")],
        id="courtesy-title-in-care-sentence",
    ),
    pytest.param(
        "She was admitted to St. Elizabeth's Medical Center on June 3 for a CHF exacerbation.",
        [("LOCATION", "St. Elizabeth's Medical Center"), ("DATE", "June 3")],
        id="facility-and-admission-date",
    ),
    pytest.param(
        "My patient lives in Framingham and drives in three times a week for dialysis.",
        [("LOCATION", "Framingham")],
        id="city-where-patient-lives",
    ),
    pytest.param(
        "The patient lives at 42 Maple Avenue, Apt 3, and her daughter visits daily.",
        [("LOCATION", "42 Maple Avenue, Apt 3")],
        id="street-address",
    ),
    pytest.param("Patient's ZIP code: 02139.", [("LOCATION", "02139")], id="zip-code"),
    pytest.param(
        "Sign-out: bed 12, DOB: 04/12/1958, allergic to penicillin.",
        [("DATE", "04/12/1958")],
        id="labelled-date-of-birth",
    ),
    pytest.param(
        "Our patient, a 92-year-old retired teacher, was admitted with a hip fracture.",
        [("AGE", "92-year-old")],
        id="age-over-89",
    ),
    pytest.param(
        "The patient's daughter can be reached at 617-555-0199 if the team has questions.",
        [("PHONE", "617-555-0199")],
        id="family-phone",
    ),
    pytest.param(
        "Please fax the pt's discharge summary to (617) 555-0142 before the visit.",
        [("FAX", "(617) 555-0142")],
        id="patient-fax",
    ),
    pytest.param(
        "The patient asked us to write to her at jwhitfield58@gmail.com about the results.",
        [("EMAIL", "jwhitfield58@gmail.com")],
        id="patient-email",
    ),
    pytest.param("Her SSN 123-45-6789 was on the form.", [("SSN", "123-45-6789")], id="ssn"),
    pytest.param("Filed under SSN: 078-05-1120.", [("SSN", "078-05-1120")], id="ssn-no-context"),
    pytest.param(
        "Insurance card: Member ID: XJH448812, group 5521.",
        [("HEALTH_PLAN", "XJH448812")],
        id="health-plan-member-id",
    ),
    pytest.param("Billing: Acct #: 7781-2231.", [("ACCOUNT", "7781-2231")], id="account-number"),
    pytest.param(
        "The patient's driver's license number D1234567 was photocopied at registration.",
        [("LICENSE", "D1234567")],
        id="licence-number",
    ),
    pytest.param(
        "Trauma admit after a crash; pt's car VIN 1HGCM82633A004352 is in the police report.",
        [("VEHICLE", "1HGCM82633A004352")],
        id="vehicle-identifier",
    ),
    pytest.param(
        "Interrogated his pacemaker, serial number PJN204519H, on the ward.",
        [("DEVICE", "PJN204519H")],
        id="device-serial",
    ),
    pytest.param(
        "The patient shared her fundraiser page https://gofundme.com/f/help-for-jay with us.",
        [("URL", "https://gofundme.com/f/help-for-jay")],
        id="patient-url",
    ),
    pytest.param(
        "The patient portal flagged a login for this pt from IP address 73.158.22.10.",
        [("IP_ADDRESS", "73.158.22.10")],
        id="ip-address",
    ),
    pytest.param("Patient ID: A-99812 on the consent.", [("ID", "A-99812")], id="patient-id"),
    pytest.param(
        "He was seen by Dr. Ramirez in clinic on 5/2 before the admission.",
        [("NAME", "Ramirez"), ("DATE", "5/2")],
        id="clinician-tied-to-care",
    ),
    pytest.param(
        "Mr. Alvarez did well. Alvarez's daughter thanked the team at discharge.",
        [("NAME", "Alvarez"), ("NAME", "Alvarez")],
        id="second-mention-of-a-patient-name",
    ),
    pytest.param(
        "Dear Dr. Okafor,\nThe patient I mentioned, John Miller (DOB 5/2/1948), was readmitted "
        "to Mercy Hospital yesterday. Could you take a look at his echo?\nThanks,\nPriya",
        [("NAME", "John Miller"), ("DATE", "5/2/1948"), ("LOCATION", "Mercy Hospital")],
        id="email-to-a-colleague-about-a-patient",
    ),
    pytest.param(
        "Quick update on Mrs. Greene in room 412: her daughter asked that we call her at "
        "312-555-0188.",
        [("NAME", "Greene"), ("PHONE", "312-555-0188")],
        id="family-phone-in-update",
    ),
    pytest.param(
        "Case reflection: a 93-year-old woman from Quincy admitted with hip fracture on 2/11.",
        [("AGE", "93-year-old"), ("LOCATION", "Quincy"), ("DATE", "2/11")],
        id="reflection-with-age-town-date",
    ),
    pytest.param(
        "For the M&M: patient Sandra Ortiz, 54F, seen in the ED at Tufts Medical Center on "
        "1/19/2025, her cell is 857-555-0107.",
        [("NAME", "Sandra Ortiz"), ("LOCATION", "Tufts Medical Center"), ("DATE", "1/19/2025"),
         ("PHONE", "857-555-0107")],
        id="m-and-m-note",
    ),
    pytest.param(
        "The patient was seen at our Dallas clinic on July 14th, 2023 (Contact: 214-555-6789).",
        [("LOCATION", "Dallas clinic"), ("DATE", "July 14th, 2023"), ("PHONE", "214-555-6789")],
        id="labelled-contact-in-case-text",
    ),
    pytest.param(
        "I took care of the patient with Dr. Kim and we discharged him on 4/2.",
        [("DATE", "4/2")],
        id="discharge-date-in-first-person",
    ),
    pytest.param(
        "Last week I cared for Maria, a 45-year-old teacher with lupus.",
        [("NAME", "Maria")],
        id="first-name-with-age-in-reflection",
    ),
    pytest.param(
        "I still think about Jorge (58M), whom we admitted with a STEMI.",
        [("NAME", "Jorge")],
        id="name-with-age-and-sex",
    ),
    pytest.param("My patient J.D. was admitted with DKA.", [("NAME", "J.D.")], id="initials"),
    pytest.param(
        "The patient's son, Mike, asked us to call him at 508-555-0143.",
        [("NAME", "Mike"), ("PHONE", "508-555-0143")],
        id="relative-name-and-phone",
    ),
    pytest.param(
        "Our patient from Worcester, MA was transferred to UMass Memorial on 3/2/2025.",
        [("LOCATION", "Worcester, MA"), ("LOCATION", "UMass Memorial"), ("DATE", "3/2/2025")],
        id="town-and-transfer-facility",
    ),
]

# Messages with no PHI at all: every look-alike a networking message is full of.
MUST_NOT_FLAG = [
    pytest.param(
        "Dear Dr. Okafor,\n\nIt was a pleasure meeting you at ACP 2026 on April 12. Thank you for "
        "the advice about choosing a research mentor.",
        id="contact-name-and-conference-date",
    ),
    pytest.param(
        "Dear Maria,\n\nThanks for the coffee last week; I loved hearing about your QI work.",
        id="first-name-greeting",
    ),
    pytest.param(
        "I would be grateful for 15 minutes this month.\n\nBest,\nPriya Shah, MD\nPGY-1, "
        "Internal Medicine, Mass General Hospital\n617-555-0134 | priya.shah@mgh.harvard.edu",
        id="sender-signature-with-phone-and-email",
    ),
    pytest.param(
        "I am a PGY-1 at Mass General in Boston interested in hospital medicine.",
        id="affiliation-institution-and-city",
    ),
    pytest.param(
        "We talked about a patient in her 70s with new heart failure and how to frame goals of "
        "care.",
        id="patient-in-her-70s",
    ),
    pytest.param(
        "As an 18-year-old I volunteered at a free clinic, which is why I chose primary care.",
        id="sender-age-as-teenager",
    ),
    pytest.param(
        "Your point about the 55-year-old man with new heart failure and GDMT titration stayed "
        "with me.",
        id="55-year-old-man",
    ),
    pytest.param(
        "I keep thinking about the 78-year-old with new AF we discussed at morning report.",
        id="78-year-old-with-af",
    ),
    pytest.param(
        "I re-read the 2023 ACC/AHA/ACCP/HRS guideline and the CHA2DS2-VASc score section.",
        id="guideline-names",
    ),
    pytest.param(
        "The patient was started on apixaban 5 mg twice daily; creatinine 1.4 mg/dL, INR 2.3, "
        "and an EF of 35%.",
        id="doses-and-lab-values",
    ),
    pytest.param(
        "I will be at SGIM in Denver on May 14 and would love 15 minutes for coffee.",
        id="conference-city-and-date",
    ),
    pytest.param("My cell is 617-555-0134 if a call is easier.", id="sender-phone-in-body"),
    pytest.param(
        "You can reach me at priya.shah@mgh.harvard.edu or on LinkedIn at "
        "https://www.linkedin.com/in/priyashah.",
        id="sender-email-and-linkedin-url",
    ),
    pytest.param(
        "Your talk at Grand Rounds on March 3 about sepsis bundles changed how I present cases.",
        id="talk-date",
    ),
    pytest.param(
        "Dr. Lee suggested I reach out; she trained at Johns Hopkins with you.",
        id="colleague-and-training-institution",
    ),
    pytest.param(
        "A patient with Parkinson's disease, a positive Babinski sign and a Wells score of 3.",
        id="eponyms",
    ),
    pytest.param(
        "Outcomes in patients over 90 years old are still poorly studied.",
        id="aggregate-age-90-or-older",
    ),
    pytest.param(
        "The hospital is proud of its 100-year-old tradition of teaching.",
        id="old-institution-not-a-person",
    ),
    pytest.param(
        "Last month I cared for a woman in her 60s with sarcoidosis; the case taught me to "
        "listen before ordering tests.",
        id="de-identified-case-reflection",
    ),
    pytest.param(
        "I'm Priya Shah, a PGY-1 at UCSF; I met you at the SHM meeting in Austin on April 3.",
        id="self-introduction",
    ),
    pytest.param(
        "Hi Dr. Nguyen, I enjoyed your ATS session on ICU liberation and would value your "
        "advice on pulmonary fellowship.",
        id="linkedin-note",
    ),
    pytest.param(
        "Your coordinator, Ms. Rivera, said to call the office at 415-555-0100 to schedule.",
        id="contact-office-phone-and-coordinator",
    ),
    pytest.param(
        "Our clinic at 55 Fruit Street hosts the QI meeting every Tuesday.",
        id="sender-workplace-address",
    ),
    pytest.param(
        "I presented a case of a 60-year-old man with sarcoidosis at the regional ACP meeting "
        "in Chicago on October 5.",
        id="case-presentation-venue-and-date",
    ),
    pytest.param(
        "Recommendations from Mayo Clinic on managing gout in older patients were helpful.",
        id="facility-as-a-source",
    ),
    pytest.param(
        "Hi Dr. Patel,\n\nI'm Jordan Lee, an incoming PGY-1 in internal medicine at Brigham and "
        "Women's Hospital. I read your 2024 JAMA paper on sepsis readmissions and would love 15 "
        "minutes. I'm free Tuesday, July 9, or Thursday, July 11.\n\nThank you,\nJordan Lee\n"
        "Brigham and Women's Hospital | jlee@bwh.harvard.edu | (617) 555-0123",
        id="introduction-with-availability-and-signature",
    ),
    pytest.param(
        "As you suggested, I've started a QI project on discharge summaries at UCSF Medical "
        "Center.",
        id="own-project-with-clinical-word",
    ),
    pytest.param(
        "I rotated at Kaiser Permanente Oakland in my fourth year and saw patients with you in "
        "the heart failure clinic on Thursdays.",
        id="rotation-site",
    ),
    pytest.param(
        "Thank you for introducing me to Dr. Emily Carter at the reception; she suggested I "
        "email her at ecarter@stanford.edu.",
        id="colleague-email-with-pronoun",
    ),
    pytest.param(
        "Dear Dr. Park,\nI presented our case report of a 45-year-old woman with Takayasu "
        "arteritis at the ACR Convergence in Washington, DC on November 12, and it won a poster "
        "award.\nSincerely,\nRavi",
        id="case-report-presented-at-a-meeting",
    ),
    pytest.param(
        "Our team admitted a lot of patients with COVID this winter, and your lecture on "
        "ventilator management on January 15 helped me on night float.",
        id="lecture-date-in-a-sentence-about-patients",
    ),
    pytest.param(
        "Thank you again.\n--\nJordan Lee, MD\nPGY-1, Department of Medicine\n"
        "55 Fruit Street, Boston, MA 02114\n617-555-0123",
        id="signature-with-street-address",
    ),
    pytest.param(
        "Dear Dr. Nguyen,\nThank you for the advice on my patient with refractory hypertension; "
        "after we spoke on March 3, we added spironolactone and her pressures improved.\n"
        "Best regards,\nTom Baker\nPGY-1, Internal Medicine\nUniversity of Michigan",
        id="thank-you-for-case-advice",
    ),
    pytest.param(
        "Dr. Okafor is a hospitalist at Mass General Hospital in Boston; she has treated "
        "patients with sickle cell disease for 20 years and directs the Sickle Cell Clinic.",
        id="pasted-bio-of-the-contact",
    ),
    pytest.param(
        "He leads a study of 300 patients admitted with COPD exacerbations at three hospitals "
        "in Ohio.",
        id="research-on-patients-in-general",
    ),
    pytest.param(
        "The patient safety committee meets on the first Monday of each month at Boston "
        "Children's Hospital.",
        id="patient-as-an-adjective",
    ),
    pytest.param(
        "Dear Dr. Smith, my co-intern, Dr. Anna Kim, said you mentor residents interested in "
        "nephrology. I rotated on the renal consult service at Tufts Medical Center in May.",
        id="co-intern-and-rotation",
    ),
    pytest.param(
        "Headline: Internal Medicine Resident at UCSF | Hospital medicine | QI | Patient safety",
        id="linkedin-headline",
    ),
    pytest.param(
        "I admitted my first patient with Dr. Sarah Kim as my senior resident.",
        id="colleague-on-the-team",
    ),
    pytest.param(
        "Starting residency on June 24, I will finally have my own patient list.",
        id="sender-start-date",
    ),
    pytest.param(
        "For the patient's follow-up visit, billing used CPT code 99214 and ICD-10 code I50.9.",
        id="billing-codes-are-not-identifiers",
    ),
    pytest.param(
        "As a PGY-1, I learned from Dr. Okafor, a 30-year veteran of the ICU.",
        id="contact-with-years-of-experience",
    ),
    pytest.param(
        "My 94-year-old grandmother is the reason I chose geriatrics.",
        id="sender-family-member-age",
    ),
    pytest.param("My name is O'Neil and I am a PGY-1 at Mercy.", id="sender-apostrophe-surname"),
    pytest.param("I met Dr. D'Angelo after her talk on sepsis.", id="contact-apostrophe-surname"),
    pytest.param("", id="empty"),
    pytest.param("   \n\t ", id="whitespace"),
]


@pytest.mark.parametrize(("message", "expected"), MUST_FLAG)
def test_flags_patient_identifiers(message: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type, f.text) for f in find_phi(message)]
    for item in expected:
        assert item in found, f"{item} not found in {found}"
    assert found.count(expected[0]) == expected.count(expected[0])


@pytest.mark.parametrize("message", MUST_NOT_FLAG)
def test_leaves_look_alikes_alone(message: str) -> None:
    assert [(f.type, f.text) for f in find_phi(message)] == []


def test_networking_email_flags_only_the_patient() -> None:
    """A whole follow-up e-mail: the contact, the sender, the conference and the signature stay;
    the patient's name, admission date, MRN and a 92-year-old's age are flagged."""
    message = (
        "Dear Dr. Okafor,\n\n"
        "Thank you for meeting me at ACP 2026 on April 12. I keep thinking about the patient we "
        "discussed, Mr. Alvarez, admitted on 3/14 (MRN 4482913). The 78-year-old with new AF did "
        "well; a 92-year-old on the ward did not.\n\n"
        "Would you have 15 minutes next week to talk about residency research?\n\n"
        "Best,\nMaria Lopez, MD\nPGY-1, Internal Medicine, Mass General\n"
        "617-555-0134 | maria.lopez@mgh.harvard.edu"
    )
    found = [(f.type, f.text) for f in find_phi(message)]
    assert found == [
        ("NAME", "Alvarez"), ("DATE", "3/14"), ("MRN", "4482913"), ("AGE", "92-year-old"),
    ]


def test_offsets_point_into_the_text() -> None:
    message = "Pt Jane Doe (DOB 1/2/1950, MRN 77812) was admitted to Mercy Hospital on May 2."
    findings = find_phi(message)
    assert findings, "expected findings"
    for f in findings:
        assert message[f.start : f.end] == f.text
        assert f.type in PHI_TYPES
    starts = [f.start for f in findings]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(findings, findings[1:], strict=False))


def test_curly_apostrophes_and_unicode_names() -> None:
    message = "The patient, José Núñez, was admitted to St. Jude’s Hospital on 2/3/2024."
    found = {(f.type, f.text) for f in find_phi(message)}
    assert ("NAME", "José Núñez") in found
    assert ("LOCATION", "St. Jude’s Hospital") in found
    assert ("DATE", "2/3/2024") in found


CORPUS = json.loads((Path(__file__).parent / "corpus.json").read_text(encoding="utf-8"))


def test_realistic_networking_messages_raise_no_false_alarm() -> None:
    alarms = {i: [(f.type, f.text) for f in find_phi(m)] for i, m in enumerate(CORPUS["clean"])}
    assert {i: a for i, a in alarms.items() if a} == {}


@pytest.mark.parametrize("case", CORPUS["with_phi"], ids=lambda c: c["text"][:40])
def test_realistic_messages_with_a_patient_are_caught(case: dict) -> None:
    found = [(f.type, f.text) for f in find_phi(case["text"])]
    for kind, text in case["expected"]:
        assert (kind, text) in found, f"{(kind, text)} not found in {found}"
