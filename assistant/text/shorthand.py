"""The one table of the shorthand residents type, and how to write it out.

`expand("will email in feb re sub-I")` -> "will email in February about the sub-internship".
Used by the offline engine to understand a request, by the invention detector and the guard to
know that "February" is what "feb" said (an expansion is the same fact, not a new one).

The table is small on purpose: only forms that cannot be mistaken for ordinary words in a
request ("re" only between two words, "IM"/"EM" only in capitals, never "im"/"em"); a form
that is ambiguous stays as typed.
"""

from __future__ import annotations

import re

from assistant.text.patterns import lazy

# token (matched whole, case-insensitive unless listed in CASED) -> what it stands for
WORDS: dict[str, str] = {
    "w/": "with", "w/o": "without", "b/c": "because", "abt": "about", "bc": "because",
    "yr": "year", "yrs": "years", "wk": "week", "wks": "weeks", "hr": "hour", "hrs": "hours",
    "mins": "minutes", "apps": "applications", "q's": "questions", "qs": "questions",
    "convo": "conversation", "co-res": "co-resident", "co-resi": "co-resident",
    "qbank": "question bank", "qbanks": "question banks",
    "convos": "conversations", "info": "information",
    "cv": "CV", "qi": "QI", "pocus": "POCUS", "zoom": "Zoom", "usmle": "USMLE",
    "sub-i": "sub-internship", "subi": "sub-internship", "sub-is": "sub-internships",
    "jan": "January", "feb": "February", "apr": "April", "jun": "June", "jul": "July",
    "aug": "August", "sept": "September", "sep": "September", "oct": "October",
    "nov": "November", "dec": "December",
    "january": "January", "february": "February", "march": "March", "april": "April",
    "june": "June", "july": "July", "august": "August", "september": "September",
    "october": "October", "november": "November", "december": "December",
    "fri": "Friday", "tues": "Tuesday", "thurs": "Thursday", "thur": "Thursday",
    "monday": "Monday", "tuesday": "Tuesday", "wednesday": "Wednesday", "thursday": "Thursday",
    "friday": "Friday", "mondays": "Mondays", "tuesdays": "Tuesdays",
    "wednesdays": "Wednesdays", "thursdays": "Thursdays", "fridays": "Fridays",
    "conf": "conference", "tox": "toxicology", "sports med": "sports medicine",
    "chief res": "chief resident",
    "cards": "cardiology", "onc": "oncology", "heme/onc": "hematology/oncology",
    "peds": "pediatrics", "psych": "psychiatry", "neuro": "neurology", "nephro": "nephrology",
    "endo": "endocrinology", "rheum": "rheumatology", "derm": "dermatology", "rads": "radiology",
    "gen surg": "general surgery", "med ed": "medical education", "ob/gyn": "OB/GYN",
    "obgyn": "OB/GYN", "ob gyn": "OB/GYN", "ob-gyn": "OB/GYN",
    "pccm": "pulmonary and critical care", "fm": "family medicine",
    "IM": "internal medicine", "EM": "emergency medicine", "FM": "family medicine",
    "pulm": "pulmonary", "pulm/cc": "pulmonary and critical care", "pulm/ccm": "pulmonary and "
    "critical care", "gi": "GI", "neuro-ir": "interventional neuroradiology",
    "ir": "interventional radiology",
    "lor": "letter of recommendation", "lors": "letters of recommendation",
    "fx": "fracture", "pna": "pneumonia", "uti": "UTI", "dx": "diagnosis",
    "collab": "collaboration", "collabs": "collaborations", "mgmt": "management",
    "b/w": "between", "pres": "presentation", "prelim": "preliminary", "req": "requirement",
    "reqs": "requirements", "rec": "recommendation", "recs": "recommendations",
    "heme": "hematology", "ortho": "orthopedics", "gen peds": "general pediatrics",
    "cardio-onc": "cardio-oncology", "u": "you", "pt": "patient", "pts": "patients",
    "pub": "publication", "pubs": "publications",
    "lit review": "literature review", "abx": "antibiotics", "intro": "introduction",
    "intros": "introductions", "check ins": "check-ins", "APD": "associate program director",
    "ms1": "first-year medical student", "ms2": "second-year medical student",
    "ms3": "third-year medical student", "ms4": "fourth-year medical student",
    "hospital med": "hospital medicine", "hosp med": "hospital medicine", "neph": "nephrology",
    "neurosurg": "neurosurgery", "gastro": "gastroenterology", "pdf": "PDF", "neurocrit":
    "neurocritical care", "med rec": "medication reconciliation", "med recs": "medication "
    "reconciliations",
    "ERAS": "ERAS",
    "sim": "simulation", "sim lab": "sim lab", "mtg": "meeting", "mtgs": "meetings", "ai": "AI",
    "TY": "transitional year", "rotn": "rotation", "appt": "appointment", "dept": "department",
    "c-section": "C-section", "c-sections": "C-sections", "readmits": "readmissions",
    "pall": "palliative care", "pall care": "palliative care", "pm&r": "PM&R",
    "til": "until", "surg": "surgery", "f/u": "follow-up", "proj": "project",
    "vanc": "vancomycin", "surg onc": "surgical oncology", "philly": "Philadelphia",
    # units and conditions typed in lowercase are still their acronyms
    "ecmo": "ECMO", "icu": "ICU", "micu": "MICU", "sicu": "SICU", "nicu": "NICU",
    "picu": "PICU", "cicu": "CICU", "ccu": "CCU", "copd": "COPD", "chf": "CHF", "ibd": "IBD",
    "ckd": "CKD", "ards": "ARDS", "hiv": "HIV", "dka": "DKA", "ehr": "EHR", "emr": "EMR",
    "mri": "MRI", "ekg": "EKG", "ecg": "ECG", "nbme": "NBME", "osce": "OSCE", "uworld": "UWorld",
    "anki": "Anki", "thanksgiving": "Thanksgiving", "christmas": "Christmas",
    "avg": "average", "attg": "attending", "attgs": "attendings", "eval": "evaluation",
    "evals": "evaluations", "hosp": "hospital", "fam": "family",
    "hanukkah": "Hanukkah", "ramadan": "Ramadan", "easter": "Easter", "diwali": "Diwali",
    "mar": "March", "tue": "Tuesday", "thu": "Thursday", "tmrw": "tomorrow",
    "crit care": "critical care", "ccm": "critical care medicine", "pulm crit": "pulmonary and "
    "critical care", "hem/onc": "hematology/oncology", "gyn onc": "gynecologic oncology",
    "ent": "ENT", "uro": "urology", "ophtho": "ophthalmology", "optho": "ophthalmology",
    "anesth": "anesthesiology", "nsgy": "neurosurgery", "gim": "general internal medicine",
    "fam med": "family medicine", "int med": "internal medicine", "gen med": "general medicine",
    "vasc": "vascular", "approx": "approximately", "sched": "schedule",
    "periop": "perioperative", "bupe": "buprenorphine",
    "rad onc": "radiation oncology", "gen cards": "general cardiology", "neo": "neonatology",
    "geri": "geriatrics", "pulm/crit": "pulmonary and critical care",
    "pulm/crit care": "pulmonary and critical care",  # not "... critical care care"
    "wknd": "weekend", "wknds": "weekends", "asap": "as soon as possible", "szn": "season",
    "govt": "government", "aways": "away rotations", "sub i": "sub-internship",
    "asst prof": "assistant professor", "assoc prof": "associate professor",
    "assoc PD": "associate program director", "assoc pd": "associate program director",
    "univ": "university",
    "stmt": "statement", "stmts": "statements", "sub-spec": "subspecialty",
    "subspec": "subspecialty", "clin": "clinical", "clin epi": "clinical epidemiology",
    "anes": "anesthesiology", "prog": "program", "progs": "programs",
}
CASED = {"IM", "EM", "FM", "APD", "TY", "ERAS"}
# Clinical shorthand a mentor reads as written ("the QI project on discharge med rec"): the
# resident's own note keeps it (`expand(..., clinical=False)`); a composed sentence writes it out.
CLINICAL = frozenset({"med rec", "med recs", "abx", "dx", "fx", "pna", "bupe", "periop", "vanc",
                      "f/u"})
# Shorthand only in lower case; in capitals it is an acronym ("BC Children's", HR: heart rate,
# HRS: hepatorenal syndrome).
LOWER_ONLY = {"bc", "hr", "hrs", "sim", "geri"}  # SIM: a phone card
# Forms that need a neighbour to be read: "re" between words, a weekday after a preposition.
CONTEXT_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?<=[a-z] )re:?\s+(?=[\w\"'])", re.IGNORECASE), "about "),
    (re.compile(r"\b(by|on|next|this|some|every|last) (mon|weds?|sat|sun)\b", re.IGNORECASE),
     ""),
    (re.compile(r"\bpgy[ -]?(\d)\b", re.IGNORECASE), ""),
    (re.compile(r"\bstep ([123])\b", re.IGNORECASE), ""),
    (re.compile(r"\b(\d+)[ -]?mins?\b(?=\s+(?:call|zoom|meeting|chat|conversation|phone|"
                r"video|check-in)\b)", re.IGNORECASE), ""),
    (re.compile(r"\b(\d+)[ -]?mins?\b", re.IGNORECASE), ""),
    (re.compile(r"(?<=\w) \+ (?=\w)"), " and "),
    (re.compile(r"(?<=\w) & (?=\w)"), " and "),
    (re.compile(r"\b(about|re|for|on) (sub-internships?)\b"), ""),
    (re.compile(r"\b(in|by|early|late|mid|until|before|after|since|next|this) may\b"), ""),
    # "med": a drug after a determiner ("one med at a time"), "meds" drugs, "med school"; after
    # any other word a field ("wilderness med fellowship"); read after the table ("hosp med",
    # "med rec", "med ed" are its own)
    (re.compile(r"\b(one|a|each|every|the|this|that|new|home|any|another) med\b(?!\s+recs?\b)",
                re.IGNORECASE), r"\1 medication"),
    (re.compile(r"\bmeds\b", re.IGNORECASE), "medications"),
    # "ca" after a cancer's site is the cancer ("ovarian ca", "breast ca"); "IG" before a post
    # is Instagram
    (re.compile(r"\b(ovarian|breast|lung|prostate|colon|colorectal|rectal|pancreatic|cervical|"
                r"endometrial|uterine|gastric|bladder|thyroid|skin|oral|liver|renal|kidney|"
                r"testicular|esophageal|oesophageal|anal|penile|vulvar|head and neck) ca\b",
                re.IGNORECASE), r"\1 cancer"),
    (re.compile(r"\bIG\b(?=\s+(?:post|posts|story|stories|reel|reels|live|account|page)\b)"),
     "Instagram"),
    # "ID" before a clinician, a service or training is the specialty ("ID doc", "ID fellowship";
    # not "my ID badge")
    (re.compile(r"\bID(?=\s+(?:doc|docs|doctor|physician|physicians|attending|attendings|"
                r"fellow|fellows|fellowship|consult|consults|service|team|clinic|specialist|"
                r"rotation|elective|division|program)\b)"), "infectious diseases"),
    # "w me", "w her": a bare "w" before a pronoun is "with" (the slash dropped on a phone)
    (re.compile(r"\bw(?= (?:me|you|him|her|them|us)\b)", re.IGNORECASE), "with"),
    (re.compile(r"\bmed (school|students?)\b", re.IGNORECASE), r"medical \1"),
    (re.compile(r"(?<=[a-z] )med\b(?![\w/-]|\s+(?:recs?|ed|peds)\b)"), "medicine"),
]
# A title of a show or a publication: capitalised words before what it is ("Core EM podcast")
_TITLE = lazy(r"(?<![\w'’-])(?:[A-Z][\w'’&+-]*\s+){1,5}(?=(?:podcast|newsletter|blog|"
              r"journal|show|channel|series|substack|webinar series|youtube channel)\b)")
# The words that open a journal's abbreviated title, just before a capitalised form
_JOURNAL = lazy(r"\b(?:J|Ann|Am J|Acad|Clin|Curr|Int J|Br J|Eur J|N Engl J|JAMA)\.? $")
_DAYS = {"mon": "Monday", "wed": "Wednesday", "weds": "Wednesday", "sat": "Saturday",
         "sun": "Sunday"}
_DAY = r"(?:mon|tues?|weds?|thu|thurs?|fri|sat|sun)"
_DAY_NAMES = {"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday",
              "weds": "Wednesday",
              "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday",
              "sat": "Saturday", "sun": "Sunday"}
_MONTH = r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
# a weekday before a part of the day ("sat am", "wed pm"), or joined to another ("mon or tues")
_DAY_PART = lazy(rf"\b({_DAY})\.? (am|pm|morning|afternoon|evening|night)\b", re.IGNORECASE)
_DAY_PAIR = lazy(rf"\b({_DAY})(\s*(?:/|or|and|-)\s*)({_DAY})\b", re.IGNORECASE)
# a month after "mid-"/"early-"/"late-" or beside another month ("mid-jan", "jan/feb")
_MONTH_JOINED = lazy(rf"\b(mid|early|late)[- ]({_MONTH})\b|\b({_MONTH})(?=/{_MONTH}\b)|"
                           rf"(?<=/)({_MONTH})\b", re.IGNORECASE)
# a number glued to its unit ("in 2wks", "3mo")
_GLUED_UNIT = lazy(r"\b(\d+)(wks?|weeks?|days?|yrs?|hrs?)\b", re.IGNORECASE)
# the end of a day or week ("by eod", "by eow")
_END_OF = lazy(r"\b(by|before|until|at) (eod|eow|eom)\b", re.IGNORECASE)
# a year of medical school as a person ("m4", "MS-3 student")
_MED_YEAR = lazy(r"\b(?:(an?) )?m(?:s)?-?([1-4])(?: student)?\b(?![\w-])", re.IGNORECASE)
# Shorthand read by its neighbour (each form ambiguous alone):
# "cc" before a word of training or care is critical care ("cc fellowship"), not a copy;
_CRITICAL_CARE = lazy(r"(?<![\w/-])cc(?= (?:fellowship|fellows?|rotation|attendings?|"
                            r"medicine|unit|research|block|month)\b)", re.IGNORECASE)
# "PS" after a word that owns or names a document is a personal statement ("my fellowship PS");
_STATEMENT = lazy(r"\b(my|the|a|your|fellowship|residency|draft|rough|ERAS) ps\b(?![\w.])",
                        re.IGNORECASE)
# "PD" after "my", or as the one told, is a program director ("when to tell PD", "my PD's
# advice"); before a noun it may be peritoneal dialysis ("my PD catheter"), and "the PD" stays;
_DIRECTOR = lazy(r"\b(?:(my)|(tell|ask|email|inform|let|told|asked|emailed|informed)) "
                       r"PD(s?)(?=['’]s\b|\s*[,.;:!?)]|\s*$|\s+(?:and|or|"
                       r"about|for|to|at|in|on|if|when|that|know|said|says|asked|wants|first|"
                       r"yet|soon|now|early)\b)")
# "admin" before what it qualifies is administrative ("admin/leadership track", "admin time"),
# elsewhere administration ("interested in admin")
_ADMIN = lazy(r"\badmin(?=(?:[/ ][a-z]+)?[/ ](?:track|time|role|roles|work|duties|"
                    r"position|fellowship|side|stuff|day|days|leadership|experience)\b)",
                    re.IGNORECASE)
_MONTH_DAY = lazy(r"\b(by|on|before|until|till|after|through|due|from)\s+(1[0-2]|0?[1-9])/"
                        r"(3[01]|[12]\d|0?[1-9])\b(?![/\d])", re.IGNORECASE)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_TOKEN = lazy(r"(?<![\w/-])(" + "|".join(
    re.escape(k) for k in sorted(WORDS, key=len, reverse=True)) + r")(?![\w/-])", re.IGNORECASE)


def _word(m: re.Match[str]) -> str:
    raw = m.group(1)
    if raw[:1].isupper() and _JOURNAL.search(m.string, 0, m.start()):
        return raw  # a journal's abbreviated title ("J Hosp Med") is a name
    if raw in CASED:
        return WORDS[raw]
    low = raw.lower()
    if low.upper() in CASED and raw != low:  # "Em", "Im": not the shorthand
        return raw
    if low in ("im", "em") or raw == "U":  # "U of M" is a university, not "you"
        return raw
    if raw in ("PT", "PTs"):  # in capitals: physical therapy ("involve PT"), not a patient
        return raw
    if low in LOWER_ONLY and raw != low:  # "BC Children's" is British Columbia, "bc" because
        return raw
    return WORDS.get(low, raw)


# (a result keeps its digits: "won 2nd place", "the 3rd percentile")
_ORDINAL = lazy(r"(?<![\w/.-])([1-9])(?:st|nd|rd|th)(?=-[a-z]|\s+(?!(?:of|at|in|on|by|for|and|or|"
                r"to|from|until|through|is|was|place|prize|percentile|overall|runner|ranked|"
                r"seed|best)\b)[a-z])")
_ORDINAL_WORDS = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth")
# two shorthand forms joined by a slash: both are fields (the table's own joined forms aside)
_SLASHED = lazy(r"(?<![\w/-])([A-Za-z][\w&]*)/([A-Za-z][\w&]*)(?![\w/-])")


def _one(token: str) -> str:
    """One token of two letters or more written out as `_TOKEN` would; "" when the table lacks
    it (then the pair stays as typed: "u/s", "MGH/McLean")."""
    m = _TOKEN.fullmatch(token) if len(token) > 1 else None
    return _word(m) if m else ""


def _month_joined(m: re.Match[str]) -> str:
    """'mid-jan' -> 'mid-January', 'jan/feb' -> 'January/February'."""
    full = {name[:3].lower(): name for name in _MONTHS}
    if m.group(1):
        return f"{m.group(1)}-{full[m.group(2)[:3].lower()]}"
    word = m.group(3) or m.group(4)
    return full[word[:3].lower()]


def _numbered(m: re.Match[str], noun: bool) -> str:
    return f"{m.group(1)}-minute" if noun else f"{m.group(1)} minutes"


def expand(text: str, dates: bool = False, clinical: bool = True) -> str:
    """Write out the shorthand in `text`; everything else is left exactly as typed. `dates`:
    a month/day after a word of time too ("by 12/15" -> "by December 15"), for a draft made
    from the request; a rewrite of the resident's own note keeps their dates as typed.
    `clinical=False`: the clinical shorthand a mentor reads as written (`CLINICAL`) stays."""
    if not text:
        return text
    # the capitalised words of a title before "podcast", "journal", ... are its name, as typed
    # ("the Core EM podcast", "Peds Deep Dive podcast"): held out of every rule below
    titles = [t.group(0) for t in _TITLE.finditer(text)]
    for n, title in enumerate(titles):
        text = text.replace(title, chr(_HELD + n), 1)
    out = _expand(text, dates, clinical)
    for n, title in enumerate(titles):
        out = out.replace(chr(_HELD + n), title, 1)
    return out


_HELD = 0xE400  # where a title waits (Unicode's private use area)


def _expand(text: str, dates: bool, clinical: bool) -> str:
    """`expand` of a text whose titles are held out."""
    out = CONTEXT_RULES[0][0].sub("about ", text)
    out = CONTEXT_RULES[1][0].sub(lambda m: f"{m.group(1)} {_DAYS[m.group(2).lower()]}", out)
    out = CONTEXT_RULES[2][0].sub(lambda m: f"PGY-{m.group(1)}", out)
    out = _DAY_PART.sub(lambda m: f"{_DAY_NAMES[m.group(1).lower()]} " + {
        "am": "morning", "pm": "afternoon"}.get(m.group(2).lower(), m.group(2)), out)
    out = _DAY_PAIR.sub(lambda m: _DAY_NAMES[m.group(1).lower()] + m.group(2) +
                        _DAY_NAMES[m.group(3).lower()], out)
    out = _MONTH_JOINED.sub(_month_joined, out)
    out = _GLUED_UNIT.sub(lambda m: f"{m.group(1)} {m.group(2)}", out)
    out = _END_OF.sub(lambda m: f"{m.group(1)} the end of the " + {
        "eod": "day", "eow": "week", "eom": "month"}[m.group(2).lower()], out)
    out = _CRITICAL_CARE.sub("critical care", out)
    out = _STATEMENT.sub(lambda m: f"{m.group(1)} personal statement", out)
    if clinical:  # a mentor reads "our PD" in the resident's own note as written
        out = _DIRECTOR.sub(lambda m: f"{m.group(1) or m.group(2) + ' my'} program director"
                            f"{m.group(3)}", out)
    out = re.sub(r"\b[Aa]dmin\b", lambda m: m.group(0)[0] + "dministration",
                 _ADMIN.sub(lambda m: m.group(0)[0] + "dministrative", out))
    # a year of medical school as a time, not a person ("since MS2", "during ms3")
    out = re.sub(r"\b(since|during|through|from|in)\s+ms([1-4])\b", lambda m: f"{m.group(1)} my "
                 f"{('first', 'second', 'third', 'fourth')[int(m.group(2)) - 1]} year of medical "
                 "school", out, flags=re.IGNORECASE)
    out = _MED_YEAR.sub(lambda m: ("A " if m.group(1) and m.group(1)[0] == "A" else
                                   "a " if m.group(1) else "") +
                        f"{('first', 'second', 'third', 'fourth')[int(m.group(2)) - 1]}"
                        "-year medical student", out)
    # right after a training year, "im"/"em" can only be the specialty ("pgy1 im resident")
    out = re.sub(r"\b(PGY-\d) (im|em)\b", lambda m: f"{m.group(1)} {WORDS[m.group(2).upper()]}",
                 out, flags=re.IGNORECASE)
    # ... and "em"/"fm" right before one ("em pgy3 here"); "im pgy2" is "I'm PGY-2"
    out = re.sub(r"\b(em|fm) (PGY-\d)\b", lambda m: f"{m.group(2)} {WORDS[m.group(1).upper()]}",
                 out, flags=re.IGNORECASE)
    out = CONTEXT_RULES[3][0].sub(lambda m: f"Step {m.group(1)}", out)
    out = re.sub(r"\b(Step 2) ck\b", r"\1 CK", out, flags=re.IGNORECASE)
    # after a conjunction, "im" + a word is "I'm" ("when im back in town")
    out = re.sub(r"(\b(?:when|if|while|since|because|and|but|so|until|once|as) )im(?= (?:back|"
                 r"in|on|at|free|around|off|done|going|not|still|so|also|hoping|planning|"
                 r"applying|visiting|interested|excited|happy|here|there)\b)", r"\1I'm", out)
    out = CONTEXT_RULES[4][0].sub(lambda m: _numbered(m, True), out)
    out = CONTEXT_RULES[5][0].sub(lambda m: _numbered(m, False), out)
    out = re.sub(r"\b(\d{1,3}) ?(?:yo|y/o|y\.o\.)(?![\w/])", r"\1-year-old", out)
    out = re.sub(r"\b(\d{1,2})-(?:yr|year)s?\b", r"\1-year", out)  # "my 5-yr plan"
    # "q re: letters", "a quick q about nights": a question, before what it is about
    out = re.sub(r"(?<![\w/&-])(q)(s?)(?=\s+(?:re:?|about|abt|on|regarding)\s)",
                 lambda m: "question" + m.group(2), out, flags=re.IGNORECASE)
    # an ordinal typed as a digit before what it counts is written out ("a 2nd first-author
    # paper", "3rd-year"); a date's day ("the 2nd of May", "on the 3rd") stays
    out = _ORDINAL.sub(lambda m: _ORDINAL_WORDS[int(m.group(1))], out)
    out = CONTEXT_RULES[6][0].sub(" and ", out)
    out = CONTEXT_RULES[7][0].sub(" and ", out)
    # "may" is the month only after a word of time ("in may", "by may"), never "I may"
    out = CONTEXT_RULES[9][0].sub(lambda m: f"{m.group(1)} May", out)
    out = re.sub(r"\bmay(?= (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b)", "May", out)  # "may 15"
    out = re.sub(r"\b(this|next|last|per|each|a) mo\b", r"\1 month", out)  # "this mo"
    out = re.sub(r"\b(1|one) mo\b(?![\w/-])", r"\1 month", out)  # "in 1 mo"
    out = re.sub(r"\b(\d+|two|three|four|five|six|nine|twelve) mos?\b(?![\w/-])", r"\1 months", out)
    # after a field's adjective, "em" is the specialty ("peds em" -> "pediatric emergency ...")
    out = re.sub(r"\b(peds|pediatric) em\b", "pediatric emergency medicine", out,
                 flags=re.IGNORECASE)
    # "PD" after a training program is its director ("the fellowship PD")
    out = re.sub(r"\b(fellowship|residency|program|clerkship) PD(s?)\b",
                 r"\1 program director\2", out)
    # "peds"/"ortho" before a noun is an adjective: "peds hospital medicine" -> "pediatric ..."
    for short, adjective in (("peds", "pediatric"), ("ortho", "orthopedic")):
        out = re.sub(rf"(?<![\w/-]){short} (?=(?!and|or|at|in|on|for|to|with|is|was|vs)[a-z])",
                     f"{adjective} ", out, flags=re.IGNORECASE)
    # "rn" at a clause's end is "right now" ("a quick call rn or next wk?"); after a determiner
    # or in capitals it is a nurse ("the rn on nights")
    out = re.sub(r"(?<!\bthe )(?<!\ban )(?<!\bmy )(?<!\bour )(?<!\byour )\brn\b"
                 r"(?=[ \t]*(?:[.?!,;]|$|or\b|and\b))", "right now", out)
    # "intro" as a verb: "to intro me to the site director"
    out = re.sub(r"\bintro(?=\s+(?:me|you|us|him|her|them)\b)|(?<=\bto )intro\b", "introduce",
                 out, flags=re.IGNORECASE)
    # a date typed as month/day after a word of time ("by 12/15") is that month's day
    if dates:
        out = _MONTH_DAY.sub(
            lambda m: f"{m.group(1)} {_MONTHS[int(m.group(2)) - 1]} {int(m.group(3))}", out)
    # "by end of month": the fixed phrase with its articles
    out = re.sub(r"\b(by|before|at|until|till|around|toward|towards) end of (?:the )?(day|week|"
                 r"month|year|semester|block|rotation|quarter|summer|spring|fall|winter)\b",
                 r"\1 the end of the \2", out, flags=re.IGNORECASE)
    # "app" typed in lowercase is an application: what one applies with ("my T32 app", "chief
    # res app") and a phone's app alike ("APP", an advanced practice provider, is left)
    out = re.sub(r"(?<![\w/.-])app(s?)(?![\w'’/.-])", r"application\1", out)
    # "30 pts above my practice test", "failed by 4 pts", "up 12 pts": points of a score, not
    # patients, before a comparison or as a margin
    out = re.sub(r"\b(\d+(?:\.\d+)?)\s?pts?\b(?=\s+(?:above|below|higher|lower|more|less|over|"
                 r"under|short|"
                 r"better|worse|shy|off)\b)", r"\1 points", out, flags=re.IGNORECASE)
    # a decimal is never a count of patients ("A1c down 1.1 pts", "a 2.5 pt drop")
    out = re.sub(r"\b(\d+\.\d+)\s?pts?\b", r"\1 points", out, flags=re.IGNORECASE)
    out = re.sub(r"\b(by|up|down)\s+(\d+)\s?pts?\b", r"\1 \2 points", out, flags=re.IGNORECASE)
    # two table forms joined by a slash are each written out ("IM/peds", "EM/IM"); a joined
    # form the table holds itself ("heme/onc", "ob/gyn") is read whole below
    out = _SLASHED.sub(lambda m: m.group(0) if m.group(0).lower() in WORDS or not (
        _one(m.group(1)) and _one(m.group(2))) else f"{_one(m.group(1))}/{_one(m.group(2))}", out)
    out = _TOKEN.sub(lambda m: m.group(1) if not clinical and m.group(1).lower() in CLINICAL
                     else _word(m), out)
    for pattern, replacement in CONTEXT_RULES[10:]:
        out = pattern.sub(replacement, out)
    out = re.sub(r"\b(about|for|on) (sub-internships?)\b", r"\1 the \2", out)
    # "15 minutes coffee": a length of time before a noun takes "for"; before a word of time
    # ("15 minutes sometime", "this week") or of topic ("about") it needs none
    return re.sub(r"\b(\d+ minutes) (?!(?:for|of|to|in|on|at|during|before|after|with|so|and|or|"
                  r"but|if|when|ago|later|each|every|a|an|the|is|was|would|will|about|from|over|"
                  r"across|among|per|within|between|without|through|since|apiece|faster|"
                  r"shorter|less|more|sooner|earlier|"
                  r"by|via|max|tops|total|sometime|sometimes|soon|someday|whenever|this|next|"
                  r"today|tomorrow|tonight|early|late|please|together|to|you|me|of|that)\b)"
                  r"(?=[a-z])", r"\1 for ", out)


def expand_words(text: str, words: frozenset[str]) -> str:
    """Only the table's `words` written out in `text`, as `expand` writes them ("any chance u
    could" with {"u"} -> "any chance you could"); everything else as typed."""
    return _TOKEN.sub(lambda m: _word(m) if m.group(1).lower() in words else m.group(1), text)


# A month written in Spanish, Portuguese, French or Filipino, as a resident mixing a language
# into an update types it (lower case), and the English month it is: what the update retells
# ("empiezo en marzo" -> "I start in March") and what the guard reads as the same fact
OTHER_MONTHS = {
    "enero": "January", "febrero": "February", "marzo": "March", "abril": "April",
    "mayo": "May", "junio": "June", "julio": "July", "agosto": "August",
    "septiembre": "September", "setiembre": "September", "octubre": "October",
    "noviembre": "November", "diciembre": "December",
    "janeiro": "January", "fevereiro": "February", "março": "March", "maio": "May",
    "junho": "June", "julho": "July", "setembro": "September", "outubro": "October",
    "novembro": "November", "dezembro": "December",
    "janvier": "January", "février": "February", "mars": "March", "avril": "April",
    "mai": "May", "juin": "June", "juillet": "July", "août": "August",
    "septembre": "September", "octobre": "October", "novembre": "November",
    "décembre": "December",
    "pebrero": "February", "marso": "March", "hunyo": "June", "hulyo": "July",
    "setyembre": "September", "oktubre": "October", "nobyembre": "November",
    "disyembre": "December",
}
_OTHER_MONTH = re.compile(r"(?<![\w'’-])(" + "|".join(sorted(OTHER_MONTHS, key=len, reverse=True))
                          + r")(?![\w'’-])")


def expansions(text: str) -> str:
    """What `expand` adds to `text` (for the invention detector and the guard), and the English
    of a month typed in lower case in another language ("marzo" -> "March")."""
    if not text:
        return ""
    months = " ".join(OTHER_MONTHS[m.group(1)] for m in _OTHER_MONTH.finditer(text))
    return f"{expand(text, dates=True)} {months}" if months else expand(text, dates=True)
