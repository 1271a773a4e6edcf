"""Word lists and compiled cue patterns the PHI guard shares.

Everything here is general language about patients, care events, networking and message
structure; nothing is taken from a benchmark's strings. Patterns are compiled when a text first
needs them and written without nested quantifiers, so matching stays linear on long input. What
speaks of care but of no patient (the sender's work, family, a cohort, a thing named, a denied
cue) is in `no_patient.py`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.phi import kin
from assistant.text import pronouns as pronoun_words
from assistant.text.gated import gated
from assistant.text.patterns import lazy
from assistant.text.pronouns import pronouns

DATA = Path(__file__).resolve().parent / "data"

# A capitalised word: "Okafor", "O'Brien", "Smith-Jones", "McDonald", "José".
CAP = (
    r"(?:[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+(?:[A-Z][a-z]+)?|[A-Z]['\u2019][A-Z][a-z]+)"
    r"(?:[-'\u2019][A-Za-z\u00C0-\u00FF]+)?"
)
# A single initial as used to shorten a surname: "D.", "D", "M's".
INITIAL = r"[A-Z](?:\.|(?=['\u2019]s\b)|\b(?!['\u2019][A-Za-z]))"

# Patterns marked "(lower-cased text)" must be run on lower_ascii(text). A leading "(?=\w)"
# (every alternative starts with a word character) lets the engine skip other positions at once.
# Things that have an age but are no person: "a 100-year-old tradition", "the hospital turns
# 100 this year" (lower-case words, a regex alternation).
AGED_THINGS = (
    r"hospital|building|institution|tradition|program|programme|journal|society|church|house|"
    r"home|company|tree|school|college|university|clinic|practice|bridge|road|department|"
    r"residency|center|centre|library|conference|meeting|unit|division|foundation|campus|"
    r"museum|city|town|organi[sz]ation|association|textbook|book|lecture|award|course|wing|"
    r"bldg|tower|hall|pavilion"
)

# Kinds of care settings written as acronyms, no place's name: "sent to SNF", "back to the ALF".
CARE_SETTINGS = frozenset({"SNF", "ALF", "LTACH", "IRF", "OSH", "LTC", "ED", "ER", "ICU", "OR"})
# A facility noun right after a capitalised word makes the word a facility's name, not a
# person's or a town's: "the Dinuba clinic", "Kaplan medical center", "Madera community
# hospital" (one lower-case word may stand between; not a preposition or article).
FACILITY_NOUN_AFTER = gated(
    r"\s+(?:(?!(?:in|at|on|to|from|with|for|by|of|the|an?|and|or)\s)[a-z]+\s+)?"
    r"(?:center|centre|campus|hospital|clinic|office|library|auditorium|unit|ward|wing|"
    r"lab|building|cafeteria|atrium|lobby|conference\s+room)\b"
)

# The subject whose age is told is a thing: "the hospital's 100th", "our program turns 100"
# (lower-cased text, searched up to the number).
THING_AGED_BEFORE = gated(
    rf"\b(?:{AGED_THINGS})(?:['\u2019]s\s+"
    # "the hospital turns 100 this year", "our program is now ninety": the subject is a thing
    r"|(?:\s+(?:just|now|will|officially|finally))?\s+(?:turns?|turned|turning|is|was|be|"
    r"celebrates|celebrated|celebrating)(?:\s+(?:now|just|like|about|almost|nearly|over))*\s+)$"
, words=False)

# "admitted to the American Society for Clinical Investigation", "admitted as a fellow of the
# College": elected to a professional body, not admitted to care (after "admitted").
NOT_TO_A_BODY = (
    r"(?!\s+(?:to|into|as)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:society|academy|"
    r"association|honou?r|college\s+of|fellow))")

# Words that tell us a sentence is about a patient (lower-cased text, whole words).
PATIENT_CUE = gated(
    # strong: a specific patient is meant
    r"\b(?:(?P<strong>(?<!not a )(?<!not my )patient(?![- ](?:safety|care|experience|education|"
    r"outcomes?|centered|centred|satisfaction|advocacy|flow|engagement|population|panel|volume|voice))|"
    # "5 pm PT" is a time zone
    r"(?<!\d pm )(?<!\d am )(?<!\dpm )(?<!\dam )pt|"
    r"pt's|patient's|patients (?:like|similar to|such as)|y/?o|y\.o\.|yo[mf]?|yrs?[- ]old|"
    rf"years?[- ]old(?![- ](?:{AGED_THINGS})\b)|"
    rf"\d{{1,3}}\s?(?:yo|y/o)|\d{{1,3}}[mf]|admitted{NOT_TO_A_BODY}|discharged|hospitali[sz]ed|"
    r"presented (?:to|with)|presenting|diagnosed|dx|hx|s/p|h/o|c/o|mrn|dob|medical record|"
    r"bedside|seen (?:at|in|by|on)|last seen|underwent|in bed|bed \d+|room \d+|"
    r"\d{1,3}\s?(?:yo|y/o)?\s?[mf]|\d{1,2}[- ]?(?:months?|weeks?|days?)[- ]old|newborn|neonate|"
    r"infant|caregiver|his chart|her chart|hospital course|ssn|"
    # "Mr. Delgado, the man with septic shock": a person described by an illness
    r"(?:the|a|an) (?:man|woman|gentleman|lady|boy|girl) (?:with|who (?:had|has|was|is))"
    r")"
    # weak: clinical words that also occur when a resident talks about their own work
    r"|admission|discharge|chart|inpatient|outpatient|icu|ed visit|er visit|treated|"
    r"evaluated|operated|biopsy|appointment|appt|follow-?up visit|check-?up|insurance|"
    r"medicare|medicaid|allerg(?:y|ic)|meds|medications?|prescrib\w*|symptoms?|complain\w*|"
    r"(?<!in )case|cases|dialysis|patients|pts)\b"
)

# Care-event verbs, written once: every pattern that asks "did something happen to someone
# here?" (a name that acts, a clinical sentence, a date after a verb of care) builds on these
# regex alternations (lower-case words, no capturing groups).
# What befalls a patient: "Abdi died", "she coded", "extubated 11/3".
CARE_EVENT_VERBS = r"died|fell|coded|readmitted|extubated|intubated"
# Ward shorthand for a procedure done to someone: "cathed Reyes fri", "Pham scoped 3/2"
# (not "tapped into a network").
WARD_PROCEDURE_VERBS = r"scoped|cath(?:e|['\u2019])d|tapped(?!\s+into)|bronched|trached"
# The steps of a hospital stay: "was admitted", "transferred to Mercy", "seen 3-14".
STAY_VERBS = r"admitted|discharged|transferred|readmitted"

# Events in a patient's care that a date, a place or a clinician can be tied to.
PATIENT_EVENT = gated(
    r"(?=\w)\b(?:admit(?:ted)?|admission|discharged?|hospitali[sz]ed|transferred|seen|saw|"
    r"visit(?:ed|s)?|presented (?:to|with)|presenting|diagnosed|diagnosis|dx|treated|tx'?d|"
    r"treatment|"
    r"evaluated|examined|operated|surgery|procedure|biopsy|imaging|scan|mri|ct|labs?|"
    r"appointment|appt|follow-?up|check-?up|consulted|consult|encounter|reviewed|"
    r"born|birth|dob|died|death|expired|deceased|passed away|intubated|delivered|"
    r"started|onset|event|since|went to|came to|came in|care|cared for|followed|managed|"
    r"went home|sent home|hospice|rehab|snf|icu transfer|"
    r"hospital|clinic|ed|er|icu|ward|floor|bed|room|injur(?:y|ed)|fell|fall|accident|"
    r"arrest|stroke|mi|s/p|last)\b"
)

# Networking events and communication between professionals: a date or place tied to one of
# these belongs to the sender's calendar, not to a patient.
NETWORKING_EVENT = gated(
    r"(?=\w)\b(?:conference|meeting|annual meeting|summit|symposium|congress|convention|workshop|"
    r"webinar|talk|lecture|keynote|session|panel|poster|abstract|presentation|grand rounds|"
    r"journal club|coffee|lunch|dinner|breakfast|call|zoom|chat|met|meet|meeting|interview|"
    r"match day|orientation|deadline|submission|networking|reception|discussed|spoke|talked|"
    r"emailed|wrote|connected|retreat|(?<!hospital )(?<!clinical )course|seminar|forum|"
    r"hackathon|residency fair|"
    r"acp|sgim|aamc|acgme|idweek|shm|i presented|we presented|case reports?|case series|"
    r"morning report|tumor board|m&m|noon conference|convergence|expo|ceremony|award|fair|"
    r"interview day|visit day|second look|open house|club|documentary|film|podcast|humanism|"
    r"debrief)\b"
)

# The sender's or a colleague's role and affiliation ("a PGY-1 at", "I work at").
AFFILIATION = gated(
    r"(?=\w)\b(?:pgy-?\d|intern|interns|resident|residents|residency|fellow|fellows|fellowship|"
    r"attending|faculty|professor|chief|director|directs|chair|chairs|leads|runs|founded|"
    r"program|student|students|hospitalist|physician|surgeon|clinician|nurse|staff|serves|"
    r"advis[eo]rs?|mentors?|"
    r"i am|i'm|we are|i work|work|works|working|train|trains|training|matched|match|"
    r"rotating|rotation|rotated|trained|worked|studied|graduated|interviewed|shadowed|"
    r"volunteered|volunteer|did my|applying|apply|applied|"
    r"based|practicing|colleague|colleagues|team|"
    # "our patients at ZSFG": the sender's own hospital, a population rather than one patient
    r"(?:our|my)[ \t]+(?:\w+[ \t]+)?(?:patients|pts)|"
    r"department|dept|division|school|university|college|research|lab|group|from your)\b"
)

# First person, as written (a capital opening a sentence too: "My rotation starts", "We met"):
# the sender speaking about themselves.
FIRST_PERSON = pronouns(pronoun_words.FIRST_PERSON, sentence_case=True)
# The sender as the subject of a sentence ("I will", "We met"), not "our clinic".
SENDER_SUBJECT = pronouns(pronoun_words.FIRST_PERSON_SUBJECT, sentence_case=True)

# The sender or colleagues presenting their work: "I'll be presenting our curriculum", "we
# presented", "Residents presenting on 10/2:", "Dr. Obi will present".
SENDER_PRESENTS = gated(
    r"\b(?:i|we|residents|interns|fellows|students|speakers|presenters|faculty|authors|"
    r"(?:drs?|prof)\.?\s+[a-z][\w'-]+)"
    r"(?:'ll|'m|'re|\s+will|\s+am|\s+are|\s+is|\s+was|\s+were)?(?:\s+be)?\s+$"
, words=False)

# Who a phone number, address or e-mail belongs to: the nearest of these before it decides.
OWNER = gated(
    r"\b(?:(?P<sender>me|my|i|i'm|our|us|we)|"
    r"(?P<professional>your|you|dr\.?|doctor|office|assistant|coordinator|secretary|clinic|"
    r"hospital|center|centre|unit|resident|chief|nurse|team|hotline|intake|scheduling|reception|"
    r"department|dept|program|clinic's|desk|pager|lab)|"
    r"(?P<patient>patient'?s?|pt'?s?|family|caregiver|guardian|next of kin|home)|"
    r"(?P<pronoun>his|her|hers|their|him|them|"
    rf"{kin.alternation(kin.CHILDREN, kin.SPOUSES, kin.MOTHER_FATHER)}|parent|parents|"
    rf"{kin.alternation(kin.SPOUSE, kin.PARTNER, kin.SIBLINGS)}|relative))\b"
)

# "the van line is ...", "the nurse line": a service's line (not "her home line"); looked for
# only in texts that say " line".
SERVICE_LINE_WORD = gated(
    r"(?<![\w-])(?!(?:home|cell|personal|own|mobile|private|direct|land)\b)[a-z]+\s+line\b"
)
# "patients with housing needs can call 559-...": the number patients call is a service's
# (lower-cased text, searched right before the number).
SERVICE_LINE = gated(
    r"\b(?:patients|families)\s+(?:[\w-]+\s+){0,4}?(?:can|may|should|could|will)\s+"
    r"(?:call|text|dial|reach)\b[^.;!?\n]{0,20}$"
, words=False)

# Words that follow an eponym, so "Wells score" or "Graves' disease" is not a person.
EPONYM_FOLLOWER = gated(
    r"\s*(?:['\u2019]s?\s+)?(?:disease|syndrome|sign|scores?|scales?|criteria|criterion|reflex|"
    # "Addisonian crisis", "a Mallory-Weiss tear", "Parkinsonian gait": a finding or event
    r"crisis|tears?|gait|facies|habitus|tremor|features|"
    # "Kussmaul breathing", "Biot respirations", "McBurney's point", "a Brugada pattern"
    r"breathing|respirations?|points?|patterns?|lesions|placement|patch|randomi[sz]ation|"
    r"review|article|stains?|"
    r"test|maneuver|manoeuvre|classification|rule|phenomenon|law|triad|tumou?r|lymphoma|"
    r"palsy|ulcer|nodes?|hump|lines?|spots?|bodies|cells?|rings?|pearls|nodules?|bruit|waves?|"
    r"maneuvers|signs|procedure|operation|fracture|equation|formula|index|trial|protocol|"
    r"method|approach|guidelines?|catheter|cyst|disorder|anomaly|deformity|dystrophy|"
    r"sarcoma|anemia|anaemia|ataxia|chorea|encephalopathy|lesion|murmur|staging|stage|"
    r"grade|class|type|risk|model|questionnaire|inventory|award|prize|lecture|fellowship|quotes?|"
    r"registry|database|cohort|consortium|"
    r"scholars?|foundation|institute|center|centre|hospital|university|college|"
    r"school|building|hall|library|auditorium|wing|lobby|atrium|site|campus|track|"
    r"(?:\d+(?:st|nd|rd|th)|ground|first|second|third)\s+floor)\b",
    re.IGNORECASE, words=False)

# Capitalised words that are never a person's surname in these messages.
NOT_A_SURNAME = frozenset(
    [
        "hospital", "clinic", "center", "centre", "medical", "health", "healthcare", "general",
        "memorial", "university", "institute", "college", "school", "foundation", "department",
        "dept", "unit", "ward", "floor", "room", "bed", "disease", "syndrome", "score", "the",
        "and", "or", "of", "for", "with", "in", "on", "at", "to", "from", "by", "a", "an", "is",
        "was", "has", "had", "his", "her", "their", "this", "that", "these", "those", "who",
        "which", "what", "when", "where", "why", "how", "while", "after", "before", "during",
        "since", "until", "patient", "patients", "pt", "md", "do", "phd", "np", "pa", "rn",
        "mph", "ms", "mba", "facp", "faap", "pgy", "emergency", "internal", "family",
        "pediatrics", "surgery", "medicine", "cardiology", "oncology", "neurology",
        "psychiatry", "radiology", "pathology", "dermatology", "urology", "orthopedics",
        "anesthesia", "obstetrics", "gynecology", "nephrology", "hematology", "endocrinology",
        "gastroenterology", "pulmonology", "rheumatology", "infectious", "critical", "care",
        "primary", "team", "service", "program", "residency", "fellowship", "conference",
        "meeting", "annual", "summit", "society", "association", "college", "academy", "board",
        "trial", "study", "guideline", "guidelines", "criteria", "protocol", "type", "stage",
        "grade", "class", "phase", "group", "level", "vitamin", "hepatitis", "factor", "lead",
        "test", "street", "st", "ave", "avenue", "road", "rd", "blvd", "drive", "lane", "way",
        "court", "suite", "apt", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "tomorrow",
        "yesterday", "dear", "hi", "hello", "thanks", "thank", "best", "regards", "sincerely",
        "cheers", "warmly", "yours", "also", "however", "please", "could", "would", "should",
        "will", "can", "may", "african", "american", "asian", "hispanic", "latino", "latina",
        "latinx", "caucasian", "native", "pacific", "islander", "indian", "european", "middle",
        "eastern", "jewish", "arab"
    ]
)

# Words in a capitalised run that make it a care facility ("Cedars-Sinai Medical Center").
FACILITY_WORD = (
    r"(?:Hospitals?|Hosp\.?|Clinics?|Medical\s+Cent(?:er|re)|Med\.?\s+(?:Cent(?:er|re)|Ctr\.?)|"
    r"Health(?:care|\s+System|\s+Center|\s+Centre)?(?!\s+(?:Plan|ID|Insurance|Number|Record|"
    r"Savings|Care\s+Proxy|Sciences?|Policy|Equity|Services\s+Research))|HealthCenter|Infirmary|Sanatorium|"
    r"Nursing\s+Home|Rehab(?:ilitation)?(?:\s+Center)?|Hospice|Urgent\s+Care|"
    r"Children's|Presbyterian|Memorial|General|Methodist|Baptist|Mercy|Kaiser|"
    r"Medical\s+Group|Medical\s+Associates|Med\b|Practice|Surgery\s+Center|Cancer\s+Center|"
    r"Cent(?:er|re)|Institute|VA|Veterans\s+Affairs)"
)

US_STATES = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
    "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VT", "VA", "WA", "WV", "WI", "WY", "PR"
]
# A state is not smaller than a state: "a care center in California" is not PHI.
STATE_NAMES = frozenset(
    [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
        "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
        "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
        "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio",
        "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont",
        "virginia", "washington", "wisconsin", "wyoming"
    ]
) | {
    "new hampshire", "new jersey", "new mexico", "new york state", "north carolina",
    "north dakota", "rhode island", "south carolina", "south dakota", "west virginia",
    "puerto rico", "the united states", "united states", "usa", "us", "u.s.",
}


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Common given names, shipped as a small data file (general knowledge, not benchmark data)."""
    lines = (DATA / "first_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.strip() for line in lines if line.strip() and not line.startswith("#")
    )

# A person named as the one who teaches, writes, speaks, mentors, covers a service, holds an
# opinion or made history ("Osler would be horrified by ...", "Dr. Kim put it", "Kenji covered
# the ICU", "Semmelweis was ridiculed for asking ..."): what a clinician, an author or a
# historical figure does, never what befalls a patient. Matched (lower-case) right after the
# name; verbs a patient does too ("said", "thinks", "argued", "covered in") are left out, so
# the safe side stays with care.
VOICE_AFTER = lazy(
    r"['\u2019]?\s+(?:(?:once|famously|always|also|rightly|memorably)\s+)?(?:"
    r"(?:taught|teaches)\s+(?:me|us|our|my|how|the\s+(?:interns|residents|class|team))|"
    r"lectured|lectures|pioneered|coined|championed|preached|precepts|mentors|mentored|"
    r"supervised|covered\s+(?:for|the|our|my|nights|call)|first\s+described|"
    r"ran\s+the\s+(?:\w+\s+)?(?:huddle|code|session|sim|simulation|meeting|conference|"
    r"workshop|clinic|service|team|list|board|drill)|presented\s+(?:the|a|our|their)\s|"
    r"showed\s+(?:us|me|the\s+(?:team|interns|residents|class)|how)|"
    # "gave the ribbon-cutting speech", "gave a great talk": a speaker
    r"gave\s+(?:the|a|an|his|her|their|our|this|that)\s+(?:[\w-]+\s+){0,2}?(?:speech|talk|"
    r"lecture|keynote|toast|remarks|address|welcome|sermon|eulogy|presentation|grand\s+rounds)|"
    r"wrote\s+(?:that|about|the\s+book|a\s+book)|put\s+it(?:\s+(?:best|well|nicely|simply)|[,:])|"
    r"reminded\s+(?:us|me|the\s+(?:team|interns|residents|class))\s+(?:that|to|how)|"
    r"was\s+(?:ridiculed|mocked|ahead\s+of)|"
    # "Ahmed is a PGY-2 who ...": introduced by a clinician's or trainee's role
    r"is\s+(?:a|an|our|my|the)\s+(?:(?!retired|former)\w+\s+)?(?:pgy-?\d|intern|resident|fellow|"
    r"attending|pharmacist|chief|med(?:ical)?\s+student|physician|surgeon|professor|"
    r"coordinator|nurse\s+(?:practitioner|educator|manager))|"
    r"would\s+(?:be\s+)?(?:horrified|appalled|amazed|turning|rolling)|"
    r"would\s+have\s+(?:been\s+)?(?:horrified|appalled|proud|amazed|loved|liked|hated|"
    r"approved|disapproved|said|called)"
    r")\b"
)
# A person cited for their words or work, or sharing the sender's, just before the name ("I
# quoted Paul Farmer", "the paper by Smith and Gupta", "according to Dr. Lee", "a pilot with
# Ana").
CITED_BEFORE = gated(
    r"\b(?:quot(?:ed|ing|es?)|cit(?:ed|ing|es?)|according\s+to|(?:paper|book|article|essay|"
    r"talk|lecture|review|chapter|guidelines?|biography|memoir)s?\s+(?:by|from|of)|"
    # the sender's work shared with a colleague: "sepsis handoff pilot with Ana"
    r"(?:project|pilot|poster|abstract|manuscript|qi\s+aim|registry|protocol)s?\s+with)\s+"
    r"(?:(?:drs?|prof|professor)\.?\s+)?$"
, words=False)
