"""Names a patient's care makes a patient's: a patient noun, a possessive of care, a case, an
apposition, a family, a ward bed.

"pt nguyen", "Ramirez's discharge", "the Kowalczyk case", "Bea, the 91 yo", "the Haddads",
"Horvath in 8 needs a lactate": whatever the words of the name, what is said of it is care.
The cue words that say only "a person" (titles, relatives, nicknames, initials) are
`name_cues.py`'s; lower-case names are `name_lower.py`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.phi import census, kin
from assistant.phi.attribution import ROLE
from assistant.phi.lexicon import NOT_A_SURNAME
from assistant.phi.name_words import (
    CAPITAL,
    CARE_EVENT_NOUN,
    CLINICAL_DESCRIPTION,
    INSTITUTION,
    LOWER_WORD,
    MEDICAL,
    POSSESSIVE_TAIL,
    WORD,
    NameCandidate,
    end_of_name,
    is_rare,
    lower_name,
    rare_name,
    surname_word,
    trim_cued,
    trim_run,
)
from assistant.phi.vocab import is_common
from assistant.text.gated import gated
from assistant.text.patterns import lazy

_PATIENT_WORD = gated(
    rf"\b(?:pt|patient)\s+(?P<name>{LOWER_WORD}(?:\s+{LOWER_WORD})?)"
    rf"(?=\s*(?:\(|,|'s|\s+(?:f/u|again|is|was|has|had|went|got|came)\b))"
    rf"|(?:^|(?<=[:\n-] ))(?P<lead>{LOWER_WORD}(?:\s+{LOWER_WORD})?)(?=\s+(?:\(the\s+\d|"
    r"(?:is|was)\s+(?:the|my|our)\s+(?:pt|patient)\b|f/u\b))",
    re.MULTILINE,
)


_ROLE_WORD = lazy(ROLE, re.IGNORECASE)  # "the patient navigator, Keisha"


_POSSESSIVE_CARE = gated(
    rf"(?={CAPITAL})(?P<name>{WORD}(?:\s+{WORD}){{0,2}})(?:{POSSESSIVE_TAIL}"
    r"|\s+family)\b"  # "the Ramirez family"
    # "Osler's classic case series", "Topol's transplant talk": the work, not a patient's care
    r"(?!\s+(?:talks?|lectures?|series|reports?|papers?|reviews?|sessions?|study|studies|trials?|"
    r"workshops?|podcasts?|book|textbook|chapter|conference|rounds|definition|criteria))"
)


# "the Kowalczyk case": a patient's case by surname (not "the Whipple case series").
_THE_CASE = gated(
    rf"\b[Tt]he\s+(?P<name>{WORD})\s+case\b(?!\s+(?:reports?|series|stud(?:y|ies)|conferences?|"
    r"presentations?|discussions?|based|mix|law|competition|method))"
)


# A name with its patient apposition: "Marguerite (our pt with ALS)", "Bea, the 91 yo,".
_AGE_WORDS = (
    r"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|\w+teen)"
)


_WITH_APPOSITION = lazy(
    rf"(?={CAPITAL})(?P<name>{WORD}(?:\s+{WORD})?)(?=\s*[(,]\s*(?:(?:the|our|my|a|an)\s+(?:pt|patient)\b|"
    # "(Đặng Minh, 9 ...": a name with an age
    r"\d{1,3}\b(?![\d,/:.]\d|\s*(?:%|mg|am\b|pm\b|min|hours?|days?|weeks?))"
    r"(?=\s*(?:[,.)]|y|m\b|f\b))|"
    # "Ivanka, the lady in bed 3", "Hal (the guy with the LVAD)"
    # "Ferhat, the dialysis guy who sang", "Baptiste, the teenager with the Fontan"
    r"the\s+(?:(?P<mid>[\w-]+)\s+)?(?:lady|man|woman|guy|gentleman|kid|girl|boy|baby|one|"
    r"teenager|teen|toddler|infant|veteran)\s+(?P<rel>in|from|with|who)\b|"
    rf"(?:the|a|an)\s+{_AGE_WORDS}[\s-]*(?:yo|y/o|y\.o\.|years?[\s-]old|[mf]\b)))",
    tree=True,
)


# "the Haddads", "the Nguyens": a family by its surname.
# Not "the Hopkins interview day": the plural stands alone or does what people do.
# "the Nguyen-Tran baby", "the Okafor twins": a family's child or children by its surname.
_FAMILY_PLURAL = gated(
    rf"(?=[Tt])\b[Tt]he\s+(?:(?P<name>{WORD}s)\b(?!['\u2019])(?=\s*(?:$|[,.;:!?)\n]|\s+(?:and|are|"
    r"were|have|had|asked|want|wanted|came|called|sent|brought|said|thanked|who|decided|agreed|"
    # "tell a family like the Marchettis that dialysis won't help": what is told to them
    r"that|about|how|everything|went|got|left|seemed|arrived|refused|declined|chose|signed)"
    rf"\b))|(?P<child>{WORD})\s+(?:baby|babies|twins|triplets|kids|boy|girl|infant|newborn)\b)"
)


# "the guy in 12B, Abdirahman, ...": a person in a ward bed, then their name.
_PERSON_IN_PLACE_NAMED = gated(
    r"\b(?:pt|patient|lady|guy|man|woman|gentleman|kid|boy|girl|baby|one)\s+(?:in|from)\s+"
    r"(?:(?i:bed|rm\.?|room|bay)\s*)?\d{1,4}[A-Za-z]?(?:-\d{1,3})?\s*,\s*"
    rf"(?P<name>{WORD}(?:\s+{WORD})?)"
)


# "Horvath in 8 needs a lactate", "marguerite in 12 is eating": a person in a ward bed by number.
# Not a year ("Nashville in 2025 was such a fun meeting", "Priyanka in 2023 was the chief"):
# a bed is numbered, a year is when something happened.
_IN_WARD_NUMBER = lazy(
    r" in (?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]?\b"
    r"(?=\s+(?:(?:is|was)\s+(?:still\s+|finally\s+|now\s+)?\w+|needs|wants|has|had|asked|"
    r"refus\w+|pulled|fell|coded|spiked|desatted|went|got|keeps|says|said|will)\b)"
)


_NAME_WORD_BEFORE = lazy(rf"(?<![\w'\u2019-])(?P<name>{WORD}|{LOWER_WORD})$")


def in_ward_number(text: str) -> Iterator[NameCandidate]:
    """"Horvath in 8 needs a lactate": a person in a numbered bed."""
    for bed in _IN_WARD_NUMBER.finditer(text):
        m = _NAME_WORD_BEFORE.search(text, max(0, bed.start() - 30), bed.start())
        name = m.group("name") if m else ""
        if m and (lower_name(name) if name.islower() else rare_name(name)):
            yield NameCandidate(m.start("name"), m.end("name"), 3, relation=True)


# "Grandpa's surgery", "Nana's biopsy": a kin word written as a name is a family title, no one's
# identifier (the writer's family as often as a patient's)
KIN_TITLES = kin.word_set(kin.PARENTS, kin.GRANDPARENTS, kin.GRANDPARENTS_FAMILIAR,
                           kin.FAMILIAR_ELDERS, kin.PAPA_MAMA, kin.AUNTS_UNCLES)


def cared_for(text: str) -> Iterator[NameCandidate]:
    """Names a patient noun, a possessive of care, a case or an apposition makes a patient's."""
    for m in _PATIENT_WORD.finditer(text):
        group = "name" if m.group("name") else "lead"
        words = m.group(group).split()
        if all(not is_common(w) and w not in NOT_A_SURNAME and not MEDICAL.search(w)
               and not _ROLE_WORD.fullmatch(w) and not CARE_EVENT_NOUN.fullmatch(w)
               for w in words):
            yield NameCandidate(m.start(group), m.end(group), 3, relation=True)
    for m in _POSSESSIVE_CARE.finditer(text):
        if m.group("name").split()[-1].lower() in KIN_TITLES:
            continue
        s, e = trim_run(text, m.start("name"), m.end("name"))
        if e > s and is_rare(text[s:e].split()[-1]):
            yield NameCandidate(s, e, 3, relation=True)
        elif e <= s and surname_word(m.group("name").split()[-1]):
            # "Jefferson's PCP": a surname that is also a frequent word
            e = m.end("name")
            yield NameCandidate(e - len(m.group("name").split()[-1]), e, 3, relation=True)
    for m in _THE_CASE.finditer(text):
        if rare_name(m.group("name")):
            yield NameCandidate(m.start("name"), end_of_name(text, m.end("name")), 3, relation=True)
    for m in _WITH_APPOSITION.finditer(text):
        if m.group("rel") and not _described_as_patient(text, m):
            continue
        s, e = trim_cued(text, m.start("name"), m.end("name"))
        if e > s:
            yield NameCandidate(s, e, 3, relation=True)


_OWN_GROUP = lazy(r"\s+(?:my|our|your|his|her|their)\b")


def _described_as_patient(text: str, m: re.Match[str]) -> bool:
    """"Ferhat, the dialysis guy who sang", "Ivanka, the lady in bed 3": a person described by
    an illness, a device, a bed or a unit; not "Lena, the new one in our research group" nor
    "Sam Ortiz, the Army veteran who spoke at our grand rounds" (the writer's own circle, or a
    description with nothing clinical in it)."""
    rel_end = m.end("rel")
    tail = text[rel_end : rel_end + 50].split("\n", 1)[0]
    mid = m.group("mid") or ""
    if CLINICAL_DESCRIPTION.search(tail) or (mid and CLINICAL_DESCRIPTION.fullmatch(mid)):
        return True
    return not mid and _OWN_GROUP.match(text, rel_end) is None


def families(text: str) -> Iterator[NameCandidate]:
    """A family by its surname, or a person in a ward bed then named."""
    for m in _FAMILY_PLURAL.finditer(text):
        if m.group("child"):
            if rare_name(m.group("child")):
                yield NameCandidate(m.start("child"), m.end("child"), 3, relation=True)
            continue
        stem = m.group("name")[:-1]
        # "the Pyxis", "the Praxis": a word ending in -is/-us/-ss is no plural unless the stem
        # is a surname
        if stem[-1:] in "ius" and stem.lower() not in census.surnames():
            continue
        if rare_name(stem) and not INSTITUTION.match(text, m.end() + 1):
            yield NameCandidate(m.start("name"), m.end("name"), 3, relation=True)
    for m in _PERSON_IN_PLACE_NAMED.finditer(text):
        s, e = trim_cued(text, m.start("name"), m.end("name"))
        if e > s:
            yield NameCandidate(s, e, 3, relation=True)
