"""The words of a person's name, shared by every name shape.

What a name word looks like, which capitalised words are never a name (months, countries,
title words), which are rare enough to be one, which lower-case words are census names, and how
a span found by any shape is trimmed to its name words: one reading of words for all shapes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.phi import census, kin
from assistant.phi.lexicon import (
    CARE_EVENT_VERBS,
    NOT_A_SURNAME,
    STATE_NAMES,
    STAY_VERBS,
    WARD_PROCEDURE_VERBS,
    first_names,
)
from assistant.phi.vocab import is_common, zipf
from assistant.text.gated import gated
from assistant.text.patterns import lazy

# A capitalised word, any script: "Okafor", "O'Brien", "Smith-Jones", "Łukasiewicz", "Hye-jin".
WORD = r"(?:(?:[A-Z\u00C0-\u00DE\u0100-\u017F][a-z\u00DF-\u00FF\u0100-\u017F\u1E00-\u1EFF]+" \
       r"(?:[A-Z][a-z]+)?|[OD]['\u2019][A-Z][a-z]+)" \
       r"(?:[-'\u2019\u02BB][A-Za-z\u00C0-\u017F\u1E00-\u1EFF]+)*)"
# The first letter of a WORD (a look-ahead for patterns that start with one).
CAPITAL = r"[A-Z\u00C0-\u00DE\u0100-\u017F]"
LOWER_WORD = r"(?:[a-z\u00DF-\u00FF][a-z\u00DF-\u00FF'-]+)"
# A word that makes a capitalised run an institution, a programme or an event, not a person.
INSTITUTION = lazy(
    r"\b(?:Hospitals?|Health|Healthcare|Medical|Medicine|Clinics?|Cent(?:er|re)|University|"
    r"College|School|Elementary|Middle|High|Prep|Institute|Foundation|Society|Association|Academy|"
    r"Conference|Meeting|"
    r"Summit|Congress|Symposium|Fair|Research|Nation|County|Program|Residency|Fellowship|"
    r"Children['\u2019]s|Memorial|General|Regional|Community|Kaiser|Sinai|Lab|Laboratory|"
    r"Department|Dept|Division|Group|Council|Board|Journal|Review|Press|Day|Week|Rounds|"
    r"Club|Team|Unit|Service|Services|Network|Alliance|Partners|Hall|Building|Library|Church|"
    r"Street|Avenue|Road|Award|Prize|Scholars?|Scholarship|Fund|Endowment|Lectureship|"
    r"Grant|Trial|Study|Registry|Initiative|Project|Collaborative|Consortium|Mayo|VA|Inc|LLC|"
    r"SNF|ALF|LTACH|Assisted\s+Living|Rehab|Rehabilitation|Hospice|Apartments|Auditorium|Pavilion|Tower|Wing|Caf[eé])\b"
)
RELATIVE = (
    rf"(?:{kin.alternation(kin.CHILDREN, kin.SPOUSES, kin.PARTNER, kin.PARENTS, kin.SIBLINGS)}|"
    rf"{kin.alternation(kin.NIECES_NEPHEWS, kin.GRANDCHILDREN, kin.GRANDPARENTS)}|"
    rf"{kin.alternation(kin.AUNTS_UNCLES)}|"
    rf"twin(?:\s+(?:{kin.alternation(kin.SIBLINGS)}))?|"
    rf"{kin.alternation(kin.STEP, kin.COUSINS, kin.DATING)}|{kin.FIANCE}|"
    rf"{kin.alternation(kin.CARERS, kin.KIDS)})(?:-in-law)?"
)
POSSESSIVE_TAIL = (
    r"['\u2019]s\s+(?:[a-z]+\s+)?(?:case|course|family|bedside|"
    r"discharge|transfer|care|echo|labs?|ct|mri|records?|chart|admission|consent|refractory|"
    r"myocarditis|heart|gift|transplant|bronch|scope|surgery|procedure|cath|biopsy|intubation|"
    r"delivery|imaging|scan|x-?ray|ekg|ecg|meds|wound|code|arrest|death|funeral|diagnosis|dx|"
    rf"prognosis|results|path|pathology|family\s+meeting|{RELATIVE}|"
    # "Jefferson's PCP", "Mrs. Gallardo's meds": the person's own clinicians and care
    r"pcp|primary\s+care|oncologist|cardiologist|surgeon|nephrologist|neurologist|psychiatrist|"
    r"home\s+health|medications|insurance|appointment|appt|"
    r"(?i:k|na|cr|hgb|hb|inr|bp|hr|o2|sats?|a1c|bnp|trop|troponin|lactate|wbc|plt|platelets|pcp|"
    r"potassium|sodium|creatinine|glucose|sugars?|vitals|pressures?|ct|mri|ekg|ecg|cxr))"
)
# "the wrong-site procedure on Mr. Tafolla", "the Jan 5 transfer of Mr. Koh": care done to them.
# "consulted on Jamal", "rounded on mr. x", "the note for Abu Bakr Siddiqui", "the case of
# Delphine Arceneaux" (group "record"):
# words that are also done to projects, policies and tools ("consulted on Medicare payment
# policy", "the summary of Cochrane reviews", "Consent for Zoom recording"), so they need a
# person-shaped name that ends its noun phrase (`person_object`).
DONE_TO_BEFORE = gated(
    r"\b(?:procedure|surgery|code|biopsy|cath|scope|consult|operation|intubation|workup|"
    r"rapid\s+response|transfer|admission|discharge|care|family\s+meeting|goals\s+of\s+care|"
    r"(?P<record>consulted|rounded|notes?|orders?|summary|h&p|sign-?out|consent|case|"
    r"write-?up))"
    r"\s+(?:on|of|for)\s+$",
    re.IGNORECASE,
)
# What may follow a person's name as the object of care: punctuation, the end, or a closed-class
# word ("consulted on Jamal Okoye yesterday for AKI"); not a number or a noun the name modifies
# ("rounded on Kessler 5", "notes on Epic build").
_NOUN_NEXT = lazy(
    r"[ \t]+(?:\d|(?!(?:and|or|but|for|with|in|on|at|to|from|of|by|who|whose|which|that|this|"
    r"last|yesterday|today|tonight|overnight|again|also|still|just|now|then|after|before|when|"
    r"since|about|re|because|is|was|were|has|had|will|would|did|does|got|went|needs?|said|says|"
    r"wants?|asked|came|stayed|left|the|a|an|his|her|their|w)\b)[a-z])"
)


def person_object(text: str, end: int, strength: int, start: int | None = None) -> bool:
    """A name that can be the person care was done to: person-shaped (a given name, more than
    one word, or one capitalised word the census lists as a name and English does not use,
    "rounded on Delbert", "consulted on Okafor") and ending its noun phrase."""
    if strength < 2 and not (start is not None and _census_word(text[start:end])):
        return False
    return _NOUN_NEXT.match(text, end) is None


def _census_word(word: str) -> bool:
    """One capitalised word that `lower_name` reads as a person's name ("Delbert", "Haddad";
    not "Medicare", "Epic", "Policy"): one place decides what a name word is."""
    return word[:1].isupper() and word.isalpha() and lower_name(word)


def done_to(text: str, start: int, end: int, strength: int) -> bool:
    """"the code on Mrs. Ibarra", "consulted on Jamal": care done to the person named."""
    m = DONE_TO_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and (m.group("record") is None
                              or person_object(text, end, strength, start))


# What describes a person in apposition as a patient ("Ferhat, the dialysis guy who sang",
# "Ivanka, the lady in bed 3", "Hal, the guy with the LVAD"): a number, a bed, a unit, a
# device, an illness; "Lena, the new one in our research group" has none of them.
# "re pt consult", "pt eval today": what is done for the patient, no name after the patient word
CARE_EVENT_NOUN = lazy(
    r"(?i:consults?|evals?|evaluations?|transport|education|teaching|visits?|sessions?|"
    r"instructions|portal|intake|handoff|hand-?off)"
)
CLINICAL_NOUN = lazy(
    r"\b(?i:bed|room|bay|rm|icu|micu|sicu|picu|nicu|ccu|ed|er|ward|floor|step-?down|rehab|"
    r"hospice|dialysis|hd|vent|trach|lvad|peg|g-?tube|ostomy|drain|chest\s+tube|foley|picc|"
    r"port|o2|oxygen|wound|cancer|tumou?r|stroke|sepsis|septic|cirrho\w*|als|copd|chf|esrd|"
    r"dementia|delirium|fontan|transplant|amputation|seizures?|overdose|gsw|mvc|pressors|"
    r"chemo|sickle|cystic|diabet\w*|insulin|meds|pain|a1c|inr|labs|"
    r"cultures?|biopsy|ct|mri|cxr|pe|dvt|dka|uti|pna|iv|ng|npo|picc|bmp|cmp|cbc|lfts?|abg|vbg|"
    r"bnp|trop|troponin|lactate|creatinine|cr|hgb|wbc|potassium|sodium|dnr|dni|hospice)\b"
    r"|\b[a-z]{3,}(?:pathy|itis|osis|oma|emia|aemia|algia|plasia|trophy|ectomy|otomy|scopy|"
    r"iasis|ysis|onia|uria|cardia|pnea|rrh?ea|plegia|paresis)\b",
    re.IGNORECASE,
)
CLINICAL_DESCRIPTION = lazy(r"\d|" + CLINICAL_NOUN.pattern, re.IGNORECASE)
_SKIP_WORDS = frozenset(
    """I I'm I've I'd I'll Dr Dr. Doctor Prof Professor The A An Re Fwd Fw Subject Hi Hello
    Hey Dear Thanks Thank Best Regards Sincerely Warmly Cheers Yes No Ok Okay Also But And Or
    So Just Quick Update Case Fig Figure Table Abstract Background Methods Results Discussion
    Conclusion Conclusions Introduction Keywords Funding Authors Presenter Moderator Contact
    Correspondence Images Photo Title Poster Summary MRN DOB PGY Q Pt Patient Mrs Mr Ms Mx
    Miss""".split()  # noqa: SIM905
)
_MONTHS_DAYS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday mon tue tues wed weds thu thur thurs fri sat sun easter christmas thanksgiving
    halloween mondays tuesdays wednesdays thursdays fridays saturdays sundays""".split()  # noqa: SIM905
)
COUNTRIES = frozenset(
    """afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
    botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china
    colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt
    eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana
    greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran
    iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati korea kosovo kuwait
    kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
    madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia
    moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
    netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay
    peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
    seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria
    taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey turkmenistan tuvalu
    uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe africa
    america americas asia europe oceania antarctica england scotland wales britain""".split()  # noqa: SIM905
)
_NATIONALITY = lazy(r"(?:ian|ean|ese|ish|ic|an|i)$")
OWN_BEFORE = gated(r"\b(?:[Mm]y|[Oo]ur|[Yy]our)\s+$", words=False)
CARE_ACT = lazy(
    r"\s+(?:(?:finally|just|also|still|now)\s+)?(?:went\s+home|passed|delivered|"
    rf"{CARE_EVENT_VERBS}|{WARD_PROCEDURE_VERBS}|was\s+"
    rf"(?:{STAY_VERBS}|intubated|extubated|boarded)|is\s+(?:home|"
    r"walking|eating|stable|intubated|extubated))\b"
)

# Someone in a ward bed: "bed 7", "rm 12", "MICU 4".
BED = r"(?:[A-Za-z]{0,3}ICU\s*|[a-z]{0,3}icu\s*)?(?i:rm\.?|room|bed|bay)\s*#?\s*\d{1,4}\b"



@dataclass(frozen=True)
class NameCandidate:
    start: int
    end: int
    strength: int  # 3 a person by shape and relation; 2 person-shaped; 1 a rare capitalised word
    relation: bool = False  # a patient's relative or introduced as a patient


def plain(word: str) -> str:
    return word.removesuffix("'s").removesuffix("\u2019s")


@lru_cache(maxsize=4096)
def not_a_name_word(word: str) -> bool:
    w = plain(word)
    low = w.lower()
    return (
        w in _SKIP_WORDS or low in NOT_A_SURNAME or low in _MONTHS_DAYS or low in STATE_NAMES
        or low in COUNTRIES
    )


_ENGLISH_SUFFIX = lazy(
    r"(?:ship|ment|ness|tion|sion|ity|ism|ance|ence|ology|ography|ium|ics|ities|ists?|ize|ise|"
    r"ised|ized|ful|less|ous|able|ible"
    # "Guillain-Barré-like", "Cushing-type", "Lynch-associated": an adjective made of an eponym
    r"|-(?:like|type|associated|related|induced|mediated|positive|negative|esque|based|style))$"
)


@lru_cache(maxsize=4096)
def is_rare(word: str) -> bool:
    w = plain(word)
    if _ENGLISH_SUFFIX.search(w.lower()) and w not in first_names() and not (
            zipf(w) == 0 and (w.lower() in census.surnames() or w.lower().endswith("qvist"))):
        return False  # "Lindquist", "Lindqvist" are surnames, "Specialist" is a word
    parts = [p for p in re.split(r"[-'\u2019]", w) if p]
    if not parts:
        return False
    if any(p in first_names() for p in parts):
        return True
    if len(parts) > 1 and all(is_common(p) for p in parts):
        return False  # "Mini-Mental", "Follow-Up"
    return not is_common(w) and not (
        zipf(w) >= 3.0 and _NATIONALITY.search(w.lower()) and zipf(w) >= 3.5
    )




def rare_name(word: str) -> bool:
    """A word that may be someone's name: rare in English, and no month, day, state, country or
    word the guard skips."""
    return is_rare(word) and not not_a_name_word(word)


def surname_word(word: str) -> bool:
    """A census surname that English uses too, but not among its most frequent words."""
    return (zipf(word) < 4.5 and not not_a_name_word(word) and not medical_word(word)
            and word.lower() in census.surnames())


def lower_name(word: str, loose: bool = False) -> bool:
    """A lower-case word that is a person's name: a given name or surname of the census lists
    (or the guard's own given names) that is not an ordinary English or medical word. `loose`
    (right after "his son", "named"): any word English does not know is taken too."""
    w = plain(word)
    if len(w) < 3 or medical_word(w) or not_a_name_word(w.title()):
        return False
    z = zipf(w)
    if z >= 4.0:
        return False
    if w.title() in first_names() or w in census.given_names():
        return True
    if w in census.surnames() and z < 3.6:
        return True
    return loose and z == 0 and any(c in "aeiouy" for c in w)


MEDICAL = lazy(
    r"(?:pathy|itis|osis|oma|emia|aemia|algia|plasia|trophy|ectomy|otomy|scopy|ism|iasis|"
    r"syndrome|disease|ia)$",
    re.IGNORECASE,
)


def medical_word(word: str) -> bool:
    """"Sepsis", "Pneumonia", "Cardiomyopathy": a disease or procedure word, not a surname."""
    return bool(MEDICAL.search(word) or _ENGLISH_SUFFIX.search(word.lower()))


def trim_cued(text: str, start: int, end: int, places_ok: bool = False) -> tuple[int, int]:
    """A name after a cue ("his son", "goes by"): only non-name words are dropped.

    `places_ok`: a country's or state's name counts as a name ("his daughter Georgia")."""

    def dropped(word: str) -> bool:
        low = plain(word).lower()
        return not_a_name_word(word) and not (places_ok and (low in COUNTRIES
                                                             or low in STATE_NAMES))

    words = text[start:end].split()
    while words and dropped(words[-1]):
        end = text.rfind(words.pop(), start, end)
        end = len(text[:end].rstrip())
    if not words or dropped(words[0]):
        return start, start
    return start, end_of_name(text, end)




def end_of_name(text: str, end: int) -> int:
    for suffix in ("'s", "\u2019s"):
        if text.endswith(suffix, 0, end):
            return end - len(suffix)
    return end


_NON_SPACE = lazy(r"\S+")


def trim_run(text: str, start: int, end: int, sentence_start: bool = False) -> tuple[int, int]:
    """Drop words that are not name words from both ends of a capitalised run.

    At the start of a sentence a common word ("Update", "Following") is capitalised anyway and
    is dropped; a rare one ("Oluwaseun went home") stays.
    """
    spans = [m.span() for m in _NON_SPACE.finditer(text, start, end)]
    while spans:
        word = text[spans[0][0] : spans[0][1]]
        first = spans[0][0] == start and sentence_start
        if not_a_name_word(word) or not is_rare(word) or (first and _lead_word(word)):
            spans.pop(0)
            continue
        break
    while spans:
        word = text[spans[-1][0] : spans[-1][1]]
        if not_a_name_word(word) or (not is_rare(word) and len(plain(word)) > 1):
            spans.pop()
            continue
        break
    if not spans:
        return start, start
    return spans[0][0], end_of_name(text, spans[-1][1])


@lru_cache(maxsize=4096)
def _lead_word(word: str) -> bool:
    """A sentence-initial word that is more likely an English word than a name."""
    return zipf(plain(word)) >= LEAD_ZIPF and plain(word) not in first_names()


LEAD_ZIPF = 3.0
