"""Writes the fictional meeting used to evaluate "whom to meet": program.csv (the canonical
layout, one row per speaker per session), profiles.json (ten residents, the request's `sender`
shape), labels.json (for each profile, who they should meet: 2 = a must, 1 = worth meeting) and
split.json (the four hold-out profiles, drawn at random with a fixed seed).

The labels follow from the generator's hidden truth (each session's topic, each person's role,
specialty and institution) and each resident's hidden wishes below, never from any ranker's
output. Run: `python tests/data/conference/make_program.py` (deterministic).
"""

from __future__ import annotations

import csv
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from topics import TOPICS  # noqa: E402

SEED = 20270415
MEETING_START = date(2027, 4, 15)

INSTITUTIONS = [
    "Lakeside University", "Northlake Medical Center", "Cascadia University",
    "Bayview Health", "Riverside Medical College", "St. Brendan's Hospital",
    "Prairie State University", "Mesa Verde Health", "Greenfield School of Medicine",
    "Summit Valley University", "Atlantic Coast Medical Center", "Hollis Memorial Hospital",
    "Université de Montréal-Est", "Kingsbridge Veterans Affairs Medical Center",
]
FIRST = [
    "Ana", "Jonah", "Priya", "Mateo", "Zoë", "Kwame", "Siobhán", "Hiroshi", "Lena", "Omar",
    "Grace", "Tomás", "Aisha", "Björn", "Mei", "Daniel", "Fatima", "Luca", "Nkechi", "Ethan",
    "Sofía", "Rahul", "Ingrid", "Malik", "Chloé", "Arjun", "Yara", "Samuel", "Hana", "Diego",
    "Amara", "Felix", "Leila", "Connor", "Thảo", "Ruth", "Ibrahim", "Elena", "Marcus", "Noor",
]
LAST = [
    "Okafor", "Lindqvist", "Raman", "García", "Łukasiewicz", "Mensah", "Ó Briain", "Tanaka",
    "Weber", "Haddad", "Kim", "Núñez", "Bello", "Svensson", "Chen", "Abrams", "Qureshi",
    "Romano", "Eze", "Walsh", "Herrera", "Iyer", "Dahl", "Johnson", "Moreau", "Patel",
    "Khalil", "Adeyemi", "Sato", "Castillo", "Nguyễn", "Friedman", "Rossi", "Delgado",
    "O'Connell", "Brennan", "Mahmoud", "Petrov", "Yilmaz", "Fontaine",
]
CREDENTIALS = ["MD", "MD", "MD", "MD, MPH", "DO", "MD, PhD", "PhD", "MD, MEd", "MD, MS"]
ROOMS = ["Ballroom A", "Ballroom B", "Room 201", "Room 202", "Room 204", "Room 310",
         "Harbor Hall", "Exhibit Hall C", "Salon 1", "Salon 2"]
SLOTS = [("07:00", "07:50"), ("08:00", "09:15"), ("09:30", "10:45"), ("11:00", "12:15"),
         ("13:30", "14:45"), ("15:00", "16:15"), ("16:30", "17:45")]
FELLOWSHIP = {  # specialty -> how a fellowship in it is named
    "cardiology": "Cardiovascular Disease", "critical care": "Pulmonary and Critical Care",
    "pulmonology": "Pulmonary and Critical Care", "gastroenterology": "Gastroenterology",
    "infectious diseases": "Infectious Diseases", "oncology": "Hematology/Oncology",
    "hematology": "Hematology/Oncology", "nephrology": "Nephrology",
    "endocrinology": "Endocrinology", "rheumatology": "Rheumatology",
    "geriatrics": "Geriatric Medicine", "palliative care": "Hospice and Palliative Medicine",
    "addiction medicine": "Addiction Medicine", "informatics": "Clinical Informatics",
    "hospital medicine": "Hospital Medicine",
}
TOPIC_ROLES = [
    ("Associate Professor of Medicine", 5), ("Assistant Professor of Medicine", 5),
    ("Researcher", 3), ("Hospitalist", 3), ("Fellowship Director", 2),
    ("Program Director", 1), ("Associate Program Director", 2), ("Division Chief", 1),
    ("Chief Resident", 1), ("Fellow", 2), ("Clinical Pharmacist", 1), ("Nurse Practitioner", 1),
]
TYPE_FRAMING = {
    "Oral Abstracts": "Original research presented by the investigators, with questions.",
    "Clinical Update": "An evidence update for practising internists.",
    "Workshop": "Small-group, hands-on; residents and fellows especially welcome.",
    "Panel": "A moderated panel discussion with time for audience questions.",
    "Poster Session": "Trainee posters with authors at their boards.",
    "Plenary": "A plenary session for all attendees.",
}


class Gen:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.people: dict[str, dict[str, str]] = {}
        self.by_specialty: dict[str, list[str]] = {}
        self.sessions: list[dict[str, object]] = []
        self.slot = 0

    def new_person(self, specialty: str, role: str | None = None,
                   institution: str | None = None) -> str:
        while True:
            name = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            if name not in self.people:
                break
        role = role or self.rng.choices([r for r, _ in TOPIC_ROLES],
                                        [w for _, w in TOPIC_ROLES])[0]
        if role == "Fellowship Director" and specialty in FELLOWSHIP:
            role_text = f"Fellowship Director, {FELLOWSHIP[specialty]}"
        elif role == "Fellowship Director":
            role, role_text = "Associate Professor of Medicine", "Associate Professor of Medicine"
        elif role == "Program Director":
            role_text = "Program Director, Internal Medicine Residency"
        elif role == "Associate Program Director":
            role_text = "Associate Program Director, Internal Medicine Residency"
        elif role == "Division Chief":
            role_text = f"Chief, Division of {specialty.title()}"
        elif role == "Fellow":
            role_text = f"{FELLOWSHIP.get(specialty, specialty.title())} Fellow"
        else:
            role_text = role
        self.people[name] = {
            "name": name, "credentials": self.rng.choice(CREDENTIALS), "role": role,
            "role_text": role_text,
            "institution": institution or self.rng.choice(INSTITUTIONS), "specialty": specialty,
        }
        self.by_specialty.setdefault(specialty, []).append(name)
        return name

    def speaker(self, specialty: str) -> str:
        pool = self.by_specialty.get(specialty, [])
        if pool and self.rng.random() < 0.3:
            return self.rng.choice(pool)
        return self.new_person(specialty)

    def add(self, title: str, type_: str, abstract: str, speakers: list[str],
            topic: str | None, trainee: bool = False) -> None:
        day = MEETING_START + timedelta(days=self.slot // (len(SLOTS) * 3))
        start, end = SLOTS[self.slot % len(SLOTS)]
        room = ROOMS[self.slot % len(ROOMS)]
        self.slot += 1
        self.sessions.append({
            "title": title, "type": type_, "abstract": abstract, "speakers": speakers,
            "topic": topic, "trainee": trainee, "date": day.isoformat(), "start": start,
            "end": end, "room": room,
        })


def build(g: Gen) -> None:
    rng = g.rng
    for topic, (specialty, sessions) in TOPICS.items():
        for title, sentence in sessions:
            type_ = rng.choice(list(TYPE_FRAMING)[:5])
            n = rng.choice([1, 2, 2, 3])
            speakers = list(dict.fromkeys(g.speaker(specialty) for _ in range(n)))
            g.add(title, type_, f"{sentence} {TYPE_FRAMING[type_]}", speakers, topic,
                  trainee=type_ in ("Workshop", "Poster Session"))
    # Fellowship fairs: the directors of each fellowship, for residents applying.
    seen: set[str] = set()
    for specialty, fellowship in FELLOWSHIP.items():
        if fellowship in seen:
            continue
        seen.add(fellowship)
        directors = [p for p in g.by_specialty.get(specialty, [])
                     if g.people[p]["role"] == "Fellowship Director"]
        while len(directors) < 3:
            directors.append(g.new_person(specialty, "Fellowship Director"))
        g.add(f"Fellowship Fair: {fellowship}", "Trainee Forum",
              f"Meet the {fellowship.lower()} fellowship directors: what programs look for, "
              "letters, research expectations and interview season. For residents applying "
              "to fellowship.", directors[:4], f"fair:{specialty}", trainee=True)
    career = [
        ("Meet the Program Directors: Residents' Questions Answered", "Program Director",
         "general internal medicine",
         "Internal medicine program directors answer residents' questions about chief year, "
         "letters and careers after residency."),
        ("Chief Residents' Forum: Running Morning Report and Surviving the Chief Year",
         "Chief Resident", "medical education",
         "Current and former chief residents share how they run morning report, schedules "
         "and wellness for their residents."),
        ("So You Want to Be a Chief Resident", "Associate Program Director",
         "medical education",
         "Associate program directors describe how chiefs are selected and how to prepare "
         "during PGY-2."),
        ("Early-Career Hospitalist Panel: Your First Job", "Hospitalist", "hospital medicine",
         "Early-career hospitalists on contracts, nocturnist jobs and academic versus "
         "community practice."),
        ("Clinician-Educator Track: Building a Teaching Portfolio", "Associate Program Director",
         "medical education",
         "How residents can document teaching, seek education grants and find "
         "clinician-educator mentors."),
        ("Medical Students: Applying to Internal Medicine Residency", "Program Director",
         "medical education",
         "For medical students: personal statements, away rotations and the Match in "
         "internal medicine."),
        ("Research Mentorship Speed Networking", "Researcher", "research",
         "Residents rotate through ten-minute conversations with investigators looking for "
         "trainees to join their projects."),
        ("Presidential Address", "Division Chief", "general internal medicine",
         "The society's president reflects on the year and the future of internal medicine."),
        ("Annual Business Meeting and Awards", "Division Chief", "general internal medicine",
         "Society business, elections and the year's teaching and research awards."),
        ("Exhibit Hall Opening Reception", "Nurse Practitioner", "hospital medicine",
         "Opening of the exhibit hall with light refreshments."),
        ("Resident and Fellow Networking Breakfast", "Chief Resident", "general internal medicine",
         "An informal breakfast for trainees to meet each other and society leaders."),
        ("Women in Medicine Networking Lunch", "Associate Professor of Medicine", "career",
         "A lunch for women physicians and trainees across career stages."),
        ("Health Services Research Methods Workshop", "Researcher", "research",
         "Propensity scores, difference-in-differences and large administrative datasets."),
        ("Grant Writing for Early Investigators", "Researcher", "research",
         "Career development awards, specific aims and surviving the first resubmission."),
    ]
    for title, role, specialty, abstract in career:
        n = rng.choice([2, 3, 3])
        speakers = [g.new_person(specialty, role) for _ in range(n)]
        type_ = "Plenary" if title.startswith(("Presidential", "Annual")) else "Career Development"
        g.add(title, type_, abstract, speakers, f"career:{title}",
              trainee=type_ == "Career Development")
    # Poster rounds: trainee posters by topic, a second session for each big topic.
    for topic, (specialty, sessions) in TOPICS.items():
        if len(sessions) < 4:
            continue
        title, sentence = sessions[rng.randrange(len(sessions))]
        presenter = g.new_person(specialty, rng.choice(["Fellow", "Chief Resident", "Researcher"]))
        g.add(f"Poster Walk: {title.split(':')[0]}", "Poster Session",
              f"Trainee posters related to this theme. {sentence}", [presenter], topic,
              trainee=True)


# The residents: the `sender` each would type, and (hidden) what they want from the meeting.
PROFILES = [
    {"id": "p01", "sender": {
        "name": "Maya Brooks", "role": "PGY-2 internal medicine resident",
        "program": "Hollis Memorial Hospital IM residency",
        "interests": ["sepsis handoffs", "ED -> ICU transitions"],
        "goals": "apply to pulm/crit care fellowship next year; would love to meet PCCM "
                 "fellowship directors, esp. Lakeside"},
     "topics": ["sepsis_handoffs"], "fellowship": "Pulmonary and Critical Care",
     "roles": ["Fellowship Director"], "institutions": ["Lakeside University"]},
    {"id": "p02", "sender": {
        "name": "Dev Malhotra", "role": "PGY-1 IM resident", "program": "Bayview Health",
        "interests": ["cardio-onc", "checkpoint inhibitor myocarditis", "chemo cardiotoxicity"],
        "goals": "cards fellowship, ideally Northlake; find a research mentor in cardio-oncology"},
     "topics": ["cardio_oncology"], "fellowship": "Cardiovascular Disease",
     "roles": ["Fellowship Director", "Researcher"], "institutions": ["Northlake Medical Center"]},
    {"id": "p03", "sender": {
        "name": "Claire Dubois", "role": "PGY-2 resident", "program": "Riverside Medical College",
        "interests": ["teaching interns", "giving feedback", "sign-out education"],
        "goals": "chief resident next year, then a clinician-educator job (APD someday)"},
     "topics": ["feedback_assessment", "intern_handoffs"], "fellowship": None,
     "roles": ["Program Director", "Associate Program Director", "Chief Resident"],
     "institutions": []},
    {"id": "p04", "sender": {
        "name": "Luis Ortega", "role": "PGY-3 internal medicine resident",
        "program": "Mesa Verde Health",
        "interests": ["bupe inductions in the hospital", "harm reduction", "OUD"],
        "goals": "addiction medicine fellowship; meet people running addiction consult services"},
     "topics": ["addiction"], "fellowship": "Addiction Medicine",
     "roles": ["Fellowship Director"], "institutions": []},
    {"id": "p05", "sender": {
        "name": "Amina Yusuf", "role": "PGY-1 resident", "program": "Atlantic Coast Medical Center",
        "interests": ["interpreters / LEP patients", "trans health", "equity"],
        "goals": "health equity research during residency; need a research mentor"},
     "topics": ["language_access", "lgbtq_health"], "fellowship": None,
     "roles": ["Researcher"], "institutions": []},
    {"id": "p06", "sender": {
        "name": "Ben Carter", "role": "PGY-3 IM resident", "program": "Prairie State University",
        "interests": ["bedside ultrasound", "procedures"],
        "goals": "hospitalist job after residency, somewhere I can teach POCUS; Summit Valley "
                 "would be great"},
     "topics": ["pocus"], "fellowship": "Hospital Medicine",
     "roles": ["Hospitalist", "Division Chief"], "institutions": ["Summit Valley University"]},
    {"id": "p07", "sender": {
        "name": "Sara Lindgren", "role": "PGY-2 internal medicine resident",
        "program": "Greenfield School of Medicine",
        "interests": ["LLMs / ambient scribes", "ML in the EHR", "alert fatigue"],
        "goals": "clinical informatics fellowship after residency"},
     "topics": ["ai_informatics"], "fellowship": "Clinical Informatics",
     "roles": ["Fellowship Director"], "institutions": []},
    {"id": "p08", "sender": {
        "name": "Noah Feldman", "role": "PGY-2 resident", "program": "Kingsbridge VA",
        "interests": ["goals of care convos", "breaking bad news", "serious illness"],
        "goals": "hospice & palliative medicine fellowship; meet HPM fellowship directors"},
     "topics": ["palliative"], "fellowship": "Hospice and Palliative Medicine",
     "roles": ["Fellowship Director"], "institutions": []},
    {"id": "p09", "sender": {
        "name": "Grace Liu", "role": "PGY-2 IM resident", "program": "St. Brendan's Hospital",
        "interests": ["readmits", "discharge process", "QI"],
        "goals": "get my QI project published and present it at a national meeting"},
     "topics": ["readmissions_qi"], "fellowship": None,
     "roles": ["Researcher"], "institutions": []},
    {"id": "p10", "sender": {
        "name": "Kofi Asante", "role": "PGY-2 internal medicine resident",
        "program": "Lakeside University",
        "interests": ["liver", "alcohol hepatitis", "GI bleeds"],
        "goals": "GI fellowship, Cascadia is my top choice"},
     "topics": ["cirrhosis"], "fellowship": "Gastroenterology",
     "roles": ["Fellowship Director"], "institutions": ["Cascadia University"]},
]


def label(g: Gen, profile: dict[str, object]) -> dict[str, int]:
    """Who this resident should meet. 1: speaks on one of their topics, or directs the
    fellowship they are applying to. 2: both of those, or a topic speaker whose role or
    institution is named in their goals."""
    topics = set(profile["topics"])  # type: ignore[arg-type]
    fellowship = profile["fellowship"]
    roles, places = set(profile["roles"]), set(profile["institutions"])  # type: ignore[arg-type]
    grades: dict[str, int] = {}
    for s in g.sessions:
        for name in s["speakers"]:  # type: ignore[attr-defined]
            p = g.people[name]
            on_topic = s["topic"] in topics
            director = bool(fellowship) and p["role_text"] == f"Fellowship Director, {fellowship}"
            if not (on_topic or director):
                continue
            grade = 1
            if on_topic and (director or p["role"] in roles or p["institution"] in places):
                grade = 2
            if director and p["institution"] in places:
                grade = 2
            grades[name] = max(grades.get(name, 0), grade)
    return dict(sorted(grades.items()))


def main() -> None:
    g = Gen()
    build(g)
    with (HERE / "program.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Title", "Type", "Speaker", "Role", "Institution", "Date", "Start", "End",
                    "Room", "Abstract"])
        for s in g.sessions:
            for name in s["speakers"]:  # type: ignore[attr-defined]
                p = g.people[name]
                w.writerow([s["title"], s["type"], f"{name}, {p['credentials']}",
                            p["role_text"], p["institution"], s["date"], s["start"], s["end"],
                            s["room"], s["abstract"]])
    profiles = [{"id": p["id"], "sender": p["sender"]} for p in PROFILES]
    (HERE / "profiles.json").write_text(json.dumps(profiles, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    labels = {p["id"]: label(g, p) for p in PROFILES}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    ids = [p["id"] for p in PROFILES]
    holdout = sorted(random.Random(14).sample(ids, 4))
    split = {"seed": 14, "holdout": holdout, "tuning": [i for i in ids if i not in holdout]}
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    print(f"{len(g.sessions)} sessions, {len(g.people)} people, holdout {holdout}")


if __name__ == "__main__":
    main()
