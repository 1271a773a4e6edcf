"""What a resident's goals ask for, read from the words residents use: which roles matter
(fellowship director, program director, chief...), which specialty, which institutions; and the
clinical shorthand expanded before embedding (MiniLM knows "buprenorphine", not "bupe").

The tables are general clinical and career vocabulary, not a list of any program's sessions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text.words import fold

# Common clinical and training shorthand -> its spelled-out form (whole words, case-folded).
SHORTHAND: dict[str, str] = {
    "cards": "cardiology", "cardio": "cardiology", "onc": "oncology", "heme": "hematology",
    "pulm": "pulmonary", "crit": "critical", "pccm": "pulmonary and critical care",
    "gi": "gastroenterology", "gastro": "gastroenterology", "id": "infectious diseases",
    "nephro": "nephrology", "renal": "kidney", "endo": "endocrinology", "rheum": "rheumatology",
    "geri": "geriatrics", "geris": "geriatrics", "hpm": "hospice and palliative medicine",
    "pall": "palliative", "gim": "general internal medicine", "im": "internal medicine",
    "em": "emergency medicine", "ed": "emergency department", "icu": "intensive care unit",
    "micu": "medical intensive care unit", "bupe": "buprenorphine",
    "oud": "opioid use disorder", "aud": "alcohol use disorder", "sud": "substance use disorder",
    "moud": "medications for opioid use disorder", "lep": "limited English proficiency",
    "pts": "patients", "pt": "patient", "convos": "conversations", "convo": "conversation",
    "readmits": "readmissions", "readmit": "readmission", "dc": "discharge",
    "qi": "quality improvement", "pocus": "point-of-care ultrasound", "us": "ultrasound",
    "ml": "machine learning", "ai": "artificial intelligence", "llm": "large language model",
    "llms": "large language models", "ehr": "electronic health record", "emr":
    "electronic medical record", "dka": "diabetic ketoacidosis", "hf": "heart failure",
    "hfref": "heart failure with reduced ejection fraction", "afib": "atrial fibrillation",
    "copd": "chronic obstructive pulmonary disease", "pe": "pulmonary embolism",
    "vte": "venous thromboembolism", "aki": "acute kidney injury", "ckd": "chronic kidney disease",
    "gib": "gastrointestinal bleeding", "ugib": "upper gastrointestinal bleeding",
    "tb": "tuberculosis", "hiv": "HIV", "abx": "antibiotics", "meded": "medical education",
    "med ed": "medical education", "apd": "associate program director",
    "pd": "program director", "cmo": "chief medical officer", "ir": "interventional radiology",
    "ctx": "chemotherapy", "chemo": "chemotherapy", "immunotherapy": "immunotherapy",
    "trans": "transgender", "lgbtq": "LGBTQ", "sdoh": "social determinants of health",
    "dei": "diversity equity and inclusion", "snf": "skilled nursing facility",
    "gme": "graduate medical education", "ume": "undergraduate medical education",
    "sim": "simulation", "peds": "pediatrics", "ob": "obstetrics", "psych": "psychiatry",
    "neuro": "neurology", "derm": "dermatology", "us-guided": "ultrasound-guided",
}

# Specialties, each with the words that name it (in goals and in role titles).
SPECIALTIES: dict[str, tuple[str, ...]] = {
    "cardiology": ("cardiology", "cardiovascular", "cardiac", "heart"),
    "pulmonary and critical care": ("pulmonary", "critical care", "intensive care"),
    "gastroenterology": ("gastroenterology", "hepatology", "liver", "gastrointestinal"),
    "infectious diseases": ("infectious", "infectious diseases"),
    "hematology/oncology": ("oncology", "hematology", "cancer"),
    "nephrology": ("nephrology", "kidney"),
    "endocrinology": ("endocrinology", "diabetes"),
    "rheumatology": ("rheumatology",),
    "geriatrics": ("geriatric", "geriatrics"),
    "palliative care": ("palliative", "hospice"),
    "addiction medicine": ("addiction",),
    "clinical informatics": ("informatics",),
    "hospital medicine": ("hospital medicine", "hospitalist"),
}

# Role kinds: how a program names the role, and the goal words that make it matter.
ROLES: dict[str, tuple[str, str]] = {
    "fellowship director": (r"fellowship (?:program )?director",
                            r"\bfellowships?\b"),
    "program director": (r"(?<!associate )(?<!fellowship )\bprogram director|\bchair\b",
                         r"\bchief\b|\bprogram director|\beducator|\bresidency leadership"),
    "associate program director": (r"associate program director",
                                   r"\bchief\b|\bassociate program director|\beducator"),
    "chief resident": (r"chief resident", r"\bchief\b"),
    "researcher": (r"research|investigator|scientist|professor",
                   r"\bresearch|\bpublish|\bstud(?:y|ies)\b|\binvestigat"),
    "hospital leader": (r"\bhospitalist|\bchief, division|\bdivision chief|\bdirector of",
                        r"\bjob\b|\bhired\b|\bposition\b|\battending\b|\bhospitalist"),
}
_GENERIC_PLACE = frozenset({
    "university", "universite", "medical", "center", "centre", "health", "hospital", "college",
    "school", "of", "medicine", "the", "and", "de", "institute", "clinic", "system", "affairs",
    "veterans", "memorial", "general", "saint", "st", "state",
})


def expand(text: str) -> str:
    """Spell out shorthand words ("bupe inductions" -> "bupe (buprenorphine) inductions")."""
    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        full = SHORTHAND.get(fold(word))
        return f"{word} ({full})" if full and fold(full) != fold(word) else word

    text = re.sub(r"[A-Za-z][A-Za-z-]*", repl, text.replace("/", " / "))
    return re.sub(r"\s*->\s*", " to ", text)


def _has(words: str, phrase: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", words) is not None


@lru_cache(maxsize=4096)
def specialties_in(text: str) -> frozenset[str]:
    """The specialties a text names, shorthand included."""
    words = fold(expand(text))
    return frozenset(s for s, names in SPECIALTIES.items() if any(_has(words, n) for n in names))


@lru_cache(maxsize=4096)
def role_kinds(role: str) -> frozenset[str]:
    text = fold(role)
    return frozenset(k for k, (pattern, _goal) in ROLES.items() if re.search(pattern, text))


def wanted_roles(goals: str) -> frozenset[str]:
    """Role kinds the goals make worth meeting ("cards fellowship" -> fellowship director)."""
    text = fold(expand(goals))
    return frozenset(k for k, (_role, pattern) in ROLES.items() if re.search(pattern, text))


def place_words(institution: str) -> frozenset[str]:
    """An institution's distinctive words: "Summit Valley University" -> {summit, valley}."""
    return frozenset(w for w in re.findall(r"[a-z0-9']+", fold(institution))
                     if w not in _GENERIC_PLACE and len(w) > 2)


@lru_cache(maxsize=4096)
def named_in(institution: str, text: str) -> bool:
    """The goals name this institution (by its distinctive words)."""
    words = place_words(institution)
    if not words:
        return False
    found = set(re.findall(r"[a-z0-9']+", fold(text)))
    return len(words & found) * 2 >= len(words) + (len(words) > 1)
