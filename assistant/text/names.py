"""Person names: titles and credentials, the tokens a name compares by, how to address someone.

One accent-fold table (assistant.text.words.fold) serves every comparison, so "Zoë Łukasiewicz"
is the same person to the checks, the contact search and the store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.text.patterns import lazy
from assistant.text.words import fold, straight_apostrophes, title_case_name

TITLES = frozenset({
    "dr", "drs", "doctor", "doctors", "prof", "profs", "professor", "professors", "mr", "mrs",
    "ms", "mx", "miss",
})
DEGREES = frozenset({
    "md", "do", "phd", "mph", "mba", "ms", "msc", "ma", "mpp", "mhs", "facp", "faafp", "facc",
    "rn", "np", "pa", "pa-c", "pharmd", "dnp", "jr", "sr", "ii", "iii", "iv", "mbbs", "frcpc",
})
# Degrees that are also surnames or words ("Do", "Ma", "Pa") count only after a comma.
UNAMBIGUOUS_DEGREES = DEGREES - {"do", "ma", "ms", "pa", "np", "ii", "iii", "iv"}

# A leading academic or medical honorific ("Dr. ", "Professor ").
HONORIFIC = lazy(r"^\s*(dr|doctor|prof|professor)\.?\s+", re.IGNORECASE)
# Trailing credentials, with or without the comma ("Ana Ruiz, MD", "Ana Ruiz PhD").
CREDENTIALS = lazy(
    r",?\s+\b(MD|M\.D\.|DO|D\.O\.|PhD|Ph\.D\.|MBBS|MPH|MS|MSc|MEd|MBA|FACP|FACC|FAAP|RN|NP|PA-C"
    r"|PharmD|DNP)\b\.?",
)
# Any sign that the person is a doctor: a title before, a doctoral degree after.
DOCTOR_MARK = lazy(
    r"(?<![\w.])(?:Dr\.?|Doctor|M\.?D\.?|D\.?O\.?|Ph\.?D\.?|MBBS|Professor|Prof\.?)(?![\w])"
)
_KEY_TITLES = lazy(r"\b(dr|prof|mr|mrs|ms|md|do|phd|mph|facp)\b\.?")


# Words that belong to the surname that follows them ("Ní Bhriain", "van der Berg", "de la Cruz",
# "Mac an Bhaird"); folded. A plain "O" is left out: it is more often a middle initial.
PARTICLES = frozenset({
    "ni", "nic", "mac", "mc", "an", "ui", "van", "von", "der", "den", "de", "del", "della", "di",
    "da", "das", "dos", "du", "la", "le", "los", "las", "al", "el", "bin", "ibn", "ter", "ten",
    "bint", "abu",
})
# The first word of a compound surname of the Plains and other Native nations ("Two Bulls",
# "Running Wolf", "Little Thunder", "Black Elk", "Many Horses"): a number, a colour, a size or
# a participle, which is seldom a given name. Folded.
COMPOUND_FIRST = lazy(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|black|white|"
                            r"red|yellow|blue|gray|grey|little|big|many|long|high|iron|"
                            r"running|standing|walking|flying|sitting|howling|charging|rolling|"
                            r"shooting|spotted|lone)")


def surname_start(tokens: list[str]) -> int:
    """Where the surname starts in a name's tokens (titles and degrees removed): the last token
    and every particle right before it (or the first word of a compound, `COMPOUND_FIRST`),
    never the first token (the given name "Van" stays)."""
    i = len(tokens) - 1
    while i > 1 and (name_fold(tokens[i - 1]) in PARTICLES or tokens[i - 1] in ("Ó", "ó")):
        i -= 1
    if i == len(tokens) - 1 and i > 1 and tokens[i - 1][:1].isupper() and \
            COMPOUND_FIRST.fullmatch(name_fold(tokens[i - 1])):
        i -= 1  # "Lorraine Two Bulls": the surname is "Two Bulls"
    return max(i, 0)


def name_fold(token: str) -> str:
    """A name token folded, with every apostrophe straight: O’Brien and O'Brien are one name."""
    return straight_apostrophes(fold(token))


def name_tokens(name: str) -> list[str]:
    """A person's name without titles and degrees, folded: "Dr. Ada Okafor, MD" -> [ada, okafor].

    Everything after the first comma is credentials; without a comma only unambiguous degrees
    are dropped (a surname may be "Do")."""
    out = []
    for raw in re.split(r"\s+", name.split(",", 1)[0]):
        tok = name_fold(raw.strip(".()"))
        if not tok or tok in TITLES or tok.replace(".", "") in UNAMBIGUOUS_DEGREES:
            continue
        out.append(tok)
    return out


def name_key(name: str) -> str:
    """A comparison key for a whole name: case, accents, titles and punctuation folded away.
    "Dr. Zoë Łukasiewicz, MD" -> "zoe lukasiewicz"; letters of other scripts are kept (王芳)."""
    text = _KEY_TITLES.sub(" ", fold(name))
    return " ".join(re.findall(r"[^\W_]+", text))


def person_name(raw: str | None) -> str:
    """The bare name: no honorific in front, no credentials behind ("Dr. A B, MD" -> "A B").
    A name typed all in lower case comes back capitalised ("anna kowalski" -> "Anna Kowalski")."""
    if not raw:
        return ""
    name = HONORIFIC.sub("", raw.strip())
    name = CREDENTIALS.sub("", name)
    name = re.sub(r"\s+", " ", name).strip(" ,")
    if name.islower():
        name = title_case_name(name)
    return name


@dataclass(frozen=True)
class ContactName:
    """How the contact should be addressed, from the request's contact name and title."""

    first: str | None
    last: str | None
    doctor: bool  # "Dr." in the name or a doctoral title/degree
    tokens: tuple[str, ...]  # folded name tokens

    @property
    def formal(self) -> str | None:
        """ "Dr. Okafor" for a doctor, the full name otherwise."""
        if self.doctor and self.last:
            return f"Dr. {self.last}"
        if self.first and self.last and self.first != self.last:
            return f"{self.first} {self.last}"
        return self.last or self.first


def contact_name(name: str | None, title: str | None = None) -> ContactName | None:
    """Parse a contact's name (and job title) into first, last, doctor and folded tokens."""
    if not name or not name.strip():
        return None
    raw = [t.strip(".()") for t in name.split(",", 1)[0].split()]
    raw = [t for t in raw if t and fold(t) not in TITLES and fold(t) not in UNAMBIGUOUS_DEGREES]
    if not raw:
        return None
    doctor = bool(DOCTOR_MARK.search(name)) or bool(title and DOCTOR_MARK.search(title))
    last = " ".join(raw[surname_start(raw):])
    return ContactName(raw[0], last, doctor, tuple(name_fold(t) for t in raw))
