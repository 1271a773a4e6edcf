"""Whose relative is "his wife Elena"? The clinician's named just before, when no patient is
named in between and the relative is described by a profession or named where nothing tells of
care; otherwise the owner stays unknown (a patient's relative keeps the safe side). And whose is
"Grandpa Walt", a family title with no owner? The writer's, when the sentence speaks of the
writer and of no one else.
"""

from __future__ import annotations

from assistant.phi import kin
from assistant.phi.lexicon import CARE_EVENT_VERBS, PATIENT_CUE, WARD_PROCEDURE_VERBS
from assistant.phi.roles import ROLE
from assistant.text import pronouns as pronoun_words
from assistant.text.gated import gated
from assistant.text.patterns import lazy
from assistant.text.pronouns import pronouns
from assistant.text.sentences import enclosing_span

# "I met Dr. Rossi at the reception; his wife Elena is also an oncologist": "his" is the
# clinician's, when a clinician is the last person named before it and the relative is then
# described by their profession (a patient's relative keeps the safe side).
_HIS_HER = lazy(r"\b(?i:his|her)\b")
_CLINICIAN_NAMED = lazy(r"\b(?:Dr|Drs|Prof|Professor|Doctor)\.?\s+[A-Z][\w'\u2019-]+")
_PATIENT_NAMED = lazy(
    r"\b(?i:pts?|patients?|(?:mr|mrs|ms|miss)\b\.?)|\b(?:admitted|discharged|consented)\b"
    # "Dr. Rossi saw him in clinic; his wife ...": the one cared for owns the relative
    r"|\b(?:saw|seen|seeing|treated|examined|operated\s+on|scoped|cathed|intubated)\s+(?:him|her)\b"
)
_WRITER_OR_READER = lazy(r"\b(?:[Ii]|[Ww]e|[Oo]ur|[Mm]y|[Yy]ou|[Yy]our|[Mm]e|[Uu]s)\b")
CARE_WORD = lazy(
    r"(?i:\b(?:bedside|hospital(?:ized)?|icu|ed|er|admit\w*|discharg\w*|diagnos\w*|surgery|"
    r"chemo|sick|ill|died|passed|dying|hospice|sedated|intubated|ventilator|consent\w*|labs|"
    r"meds|treatment|scan|biopsy|visiting\s+hours))\b"
)
_CAP_RUN = lazy(r"(?:\s+[A-Z][\w'\u2019-]*\.?)*")
_CLAUSE_END = lazy(r"[.;!?\n]")
# A run of capitalised words inside a sentence (not its first word, not "I"): someone else may
# be named, unless the run is a place or a time ("at St. Mary's hall", "this Saturday")
_OTHER_NAMED = lazy(
    r"(?<![.!?;:\n]\s)(?<![.!?;:\n])(?<=\s)(?!I\b)[A-Z][\w'\u2019-]*\.?(?:\s+[A-Z][\w'\u2019-]*\.?)*"
)
# "speak in Coalinga on Saturday": a place or a time, not someone who could own "his"
_PLACE_OR_TIME_PREP = lazy(
    r"\b(?i:in|at|on|from|to|near|by|until|since|this|next|last|every)\s+(?:the\s+)?$")
_PROFESSION_AFTER = gated(
    r",?\s+(?:is|was|works\s+as)\s+(?:also\s+|now\s+|still\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{ROLE}|[a-z]+(?:ologist|iatrist|ician|ist)s?|nurse|lawyer|engineer|teacher|professor)\b"
    # "runs the research office at Penn", "works at Kaiser"
    r"|\s+(?:also\s+|now\s+)?(?:runs|directs|leads|chairs|heads|manages)\s+(?:the|a|an|our|their)\b"
    r"|\s+(?:also\s+|now\s+)?(?:works|teaches|practices)\s+(?:at|in|for)\b", words=False)


# "his brother Ignatius (our chief)": the relative named is a colleague by role
_NAMED_WITH_ROLE = gated(
    r"\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s*(?:\(\s*|,\s*)(?:our|my|the|your)\s+"
    rf"(?:[\w-]+\s+)?(?i:{ROLE})\b", words=False)


def relative_is_colleague(text: str, relative_end: int) -> bool:
    """"his brother Ignatius (our chief)": the relative is named and given a staff role."""
    return _NAMED_WITH_ROLE.match(text, relative_end) is not None


def colleague_pronoun_owner(text: str, start: int, name_end: int) -> bool:
    """A relative owned by "his"/"her" whose owner is the clinician named just before: described
    by a profession, or named where nothing from the clinician on tells of anyone's care
    ("Dr. Szymanski retired ...; his daughters Agnieszka and Zofia came to the party")."""
    if _HIS_HER.search(text, max(0, start - 5), start + 4) is None:
        return False
    profession = _PROFESSION_AFTER.match(text, name_end) is not None
    before = text[max(0, start - 160) : start]
    clinicians = list(_CLINICIAN_NAMED.finditer(before))
    if clinicians:
        last = clinicians[-1]
        if _PATIENT_NAMED.search(before, last.end()) is not None:
            return False
        if profession:
            return True
        # no one else named between the clinician's name and "his", no care up to the clause's
        # end
        after_name = _CAP_RUN.match(before, last.end()).end()
        if any(_PLACE_OR_TIME_PREP.search(before, max(0, m.start() - 8), m.start()) is None
               for m in _OTHER_NAMED.finditer(before, after_name)):
            return False
        clause = _CLAUSE_END.search(text, name_end)
        upto = clause.start() if clause else len(text)
        return CARE_WORD.search(text, max(0, start - 160) + last.start(), upto) is None
    if not profession:
        return False
    # "Her sister-in-law Carmela runs the research office at Penn and offered to help with our
    # IRB": no patient and no care in the whole message, which speaks of the writer's or the
    # reader's own work, so "her" is someone the writer knows; alone, the owner stays unknown
    return (_PATIENT_NAMED.search(text) is None and CARE_WORD.search(text) is None
            and _WRITER_OR_READER.search(text) is not None)


# A family title written before a given name, with no owner before it: "Grandpa Walt"
_FAMILY_TITLE_BEFORE = gated(
    rf"(?<!\w)(?<!my )(?<!our )(?<!his )(?<!her )(?<!their )(?<!your )(?<!'s )"
    rf"(?i:{kin.alternation(kin.GRANDPARENTS_FAMILIAR, kin.FAMILIAR_ELDERS, kin.AUNTS_UNCLES)}|"
    r"auntie|tia|tio|cousin)[ \t]+$", words=False)
# Who a sentence speaks of (lower-cased): the writer; a third person, a group or a patient
_WRITER = pronouns(pronoun_words.FIRST_PERSON, folded=True)
_THIRD = pronouns(pronoun_words.THIRD_PERSON, folded=True)
_OTHERS = gated(r"\b(?:they|them|their|pts?|patients?|mr|mrs|ms)\b", words=False)


def writer_family_title(text: str, name_start: int) -> bool:
    """A name after a family title and no owner ("Grandpa Walt", "Aunt Beatriz") in a sentence
    that speaks of the writer and of no one else - no third person, patient or care: the
    writer's own family ("Grandpa Walt still asks about my night shifts"). "Uncle Reggie
    brought her in" speaks of someone else and stays on the safe side."""
    if _FAMILY_TITLE_BEFORE.search(text, max(0, name_start - 12), name_start) is None:
        return False
    s, e = enclosing_span(text, name_start, name_start)
    lower = text[s:e].lower()
    return (_WRITER.search(lower) is not None and _THIRD.search(lower) is None
            and _OTHERS.search(lower) is None and CARE_WORD.search(lower) is None
            and PATIENT_CUE.search(lower) is None and _WARD_OR_EVENT.search(lower) is None)


# a ward, a bed or what befalls a patient: "on 4 East", "coded", "in bed 3"
_WARD_OR_EVENT = gated(
    rf"\b(?:{CARE_EVENT_VERBS}|{WARD_PROCEDURE_VERBS}|bed|rm|room|ward|unit|floor|"
    r"\d+\s*(?:east|west|north|south|[nsew])|[a-z]?icu|ccu|ed|er)\b", words=False)
