"""Runs of capitalised words that may be a name, and what unmakes one.

"Kwame Mensah", "Oyelaran went home": a run of words English does not know is person-shaped;
a saint, a campus, an institution, an eponym, a device or a medicine named after someone is not.
Kept apart from the cued shapes because these runs carry no cue, only their words and neighbours.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.phi import census
from assistant.phi.lexicon import (
    CARE_EVENT_VERBS,
    EPONYM_FOLLOWER,
    STAY_VERBS,
    WARD_PROCEDURE_VERBS,
    first_names,
)
from assistant.phi.name_words import (
    BED,
    CARE_ACT,
    INSTITUTION,
    WORD,
    NameCandidate,
    done_to,
    medical_word,
    not_a_name_word,
    plain,
    trim_run,
)
from assistant.phi.vocab import is_common, zipf
from assistant.text.gated import gated
from assistant.text.patterns import lazy

# (a run stays on its line: "swapped w Lena\nRavi: ok" holds two people, not one name)
_RUN = lazy(
    rf"(?<![\w'\u2019.-]){WORD}(?:[ \t]+(?:[A-Z]\.?[ \t]+)?{WORD}){{0,3}}(?:[ \t]+[A-Z]\.)?"
    r"(?![\w\u00C0-\u017F])",
    tree=True,
)
# "Alzheimer's," / "Parkinson's and": an eponym standing for its disease, not a person.
_EPONYM_POSSESSIVE = lazy(
    r"['\u2019]s?(?=\s*(?:[,.;:?!)]|$|\s(?:and|or|in|with|diagnosed|since|at|on|vs|type|"
    r"dementia|patients?)\b))"
)
# A medicine named by brand or generic name: "currently on Lantus", "Humira vs. Enbrel".
_DRUG_BEFORE = lazy(
    # "doing well on Actemra", "discharged on Eliquis", "a woman in her 60s on Humira",
    # "switched from Lovenox": a medicine someone is on, or is moved off or onto
    r"(?:(?:doing\s+\w+|is|was|were|been|discharged|restarted|continued|maintained|kept|put|"
    r"remains?|stable|still|already|back|\d0s|patients?|pts?|man|woman)\s+(?:on|off)|"
    r"(?:switched|changed|transitioned|converted|bridged)\s+(?:\w+\s+)?(?:from|to)|"
    r"side\s+effects?\s+of|dos(?:e|age|ing)\s+(?:of|for)|currently\s+on|started\s+on|"
    r"treated\s+with|taking|use\s+of|trial\s+of|switch(?:ed)?\s+to|vs\.?|versus|mg\s+of|"
    r"prescribed|effectiveness\s+of|dose\s+of)\s+$",
    re.IGNORECASE,
)
_DRUG_AFTER = gated(
    r"\s*(?:\d+(?:\.\d+)?\s*(?:mg|mcg|units?|ml)\b|vs\.?\s|versus\b)"
    # "Lovenox to heparin", "a Jardiance-insulin interaction": beside another medicine
    r"|\s+to\s+(?:heparin|insulin|warfarin|apixaban|rivaroxaban|enoxaparin|metformin|"
    r"prednisone|aspirin)\b|-(?:insulin|heparin|warfarin|statin|metformin)\b"
    r"|\s+(?:interaction|toxicity|overdose|infusion|injection|dose|dosing|pen|drip)s?\b",
    re.I,
)
_DRUG_LAST_WORDS = (" on", " off", " of", " for", " from", " to", " with", "taking", " vs", "vs.",
                    "versus", "prescribed")
_AND_ANOTHER = lazy(r"(?:['\u2019]s)?\s+(?:and|&|or)\s+[A-Z][\w'\u2019-]+")
_DRUG_SUFFIX = lazy(
    r"(?:pril|sartan|mab|cept|mycin|micin|flozin|olol|statin|azole|parin|xaban|gliptin|"
    r"glutide|tide|cillin|floxacin|cycline|vir|navir|tinib|platin|olone|sone|azepam|pam|"
    r"triptan|dipine|oxetine|apine|idone|zumab|ximab|umab|amide|azine|oxacin|prazole|dronate)$"
)
_INSTITUTION_AFTER = lazy(
    rf"(?:\s+(?:and|&|of|for|the)\s+{WORD})+\s+" + INSTITUTION.pattern
)
_CARE_VERB_WORD = gated(rf"(?:{STAY_VERBS}|{CARE_EVENT_VERBS}|{WARD_PROCEDURE_VERBS})")



# A word followed by what people do is someone: "Oyelaran was boarded", "Delphine went home".
_ACTS = lazy(
    r"\s+(?:(?:finally|just|also|still|now)\s+)?(?:is|was|went|got|has|had|came|left|passed|"
    r"says|said|asked|wants|wanted|called|texted|emailed|thanked|lives|turned|delivered|"
    # what a patient does on the ward: "Aurelio sat in the waiting room for 14 hrs"
    r"sat|stayed|waited|slept|refused|declined|cried|woke|walked|ate|"
    rf"{CARE_EVENT_VERBS}|{WARD_PROCEDURE_VERBS})\b"
)
_PLACE_BEFORE = gated(
    r"\b(?:to|in|from|at|near|of|on|outside|off|along|across)\s+(?:the\s+)?$"
, words=False)
_ROOM_NUMBER = gated(r"(?:Rm|Room|Bed|Bay|Suite|RM|ROOM)\.?\s*#?\s*\d")
_SAINT_BEFORE = gated(r"\b(?:St|Ste|Saint|San|Santa|Sta)\.?\s+$", words=False)
_AFTER_ACRONYM = gated(r"(?<![\w-])[A-Z]{2,6}\s+$", words=False)
# "Okonkwo from bed 7", "maribel in rm 12", "Abdi (bed 4)": someone in a ward bed.
_AT_BED = gated(
    rf"\s*(?:\(\s*|,\s*|(?:\s+(?:is|was|still|now|back)){{0,2}}\s+(?:in|from|at)\s+(?:the\s+)?)"
    rf"{BED}"
)
# "we admitted Tomasz Wrona", "sent Dashiell home": care done to the person named next.
_CARED_FOR_BEFORE = gated(
    r"\b(?:discharged|admitted|readmitted|intubated|extubated|transfused|resuscitated|"
    r"consented|coded|scoped|cathed|bronched|trached|sent)\s+$"
, words=False)
_SENT_WHERE = lazy(
    r"\s+(?:home|back\s+(?:home|to)|out\s+to|to\s+(?:the\s+)?(?:icu|micu|sicu|floor|or|ed|"
    r"rehab|snf|hospice|cath\s+lab))\b", re.IGNORECASE
)

# "the Harvey simulator", "a SimMan mannequin": a teaching device named like a person.
_TRAINER_AFTER = lazy(
    r"\s+(?i:simulators?|mannequins?|manikins?|phantoms?|task\s+trainers?|sim\s+(?:model|dummy))\b"
)
_MEDICAL_AFTER = lazy(
    r"(?:['\u2019]s)?\s+[a-z]+(?:pathy|itis|osis|oma|emia|algia|plasia|trophy|ectomy|plasty|ia|"
    r"ies|agus|ina|rnia|ysm|ula|grene|cele)\b"
)


# What a condition or procedure follows, never a person: "s/p Bentall", "a man with Marfan",
# "delayed dx of Addisonian crisis", "h/o Graves".
_CONDITION_BEFORE = lazy(
    r"(?i:s/p|status\s+post|h/o|hx\s+of|dx\s+of|diagnosis\s+of|history\s+of|"
    r"(?:pt|patient|man|woman|boy|girl|child|kid|guy|lady|\d{1,3}\s?(?:[mf]|yo|y/o))\s+with)"
    r"\s+(?:(?i:a|an|known|possible|suspected|likely|severe|mild|early|late|classic|atypical|"
    r"delayed|missed|new)\s+)*$"
)
_CONDITION_KEYS = ("s/p", "status", "h/o", "hx", "dx", "diagnosis", "history", "with")
# "The Whipple went well", "a Foley was placed": a single capitalised word after an article is
# a thing named after someone (a procedure, a device, a brand), not a person; "the Okafor twins"
# and "the Haddads" are people (plurals and the family nouns are read elsewhere).
_ARTICLE_BEFORE = gated(r"(?<![\w-])(?i:a|an|the)\s+$", words=False)
_PEOPLE_AFTER = lazy(
    r"\s+(?:twins|family|kids|children|boys|girls|sisters|brothers|household|case|siblings|"
    r"parents|home|house)\b|['\u2019]"
)


# "the Roeding Park encampment", "the Greyhound station": a place, which places.py reads.
_PLACE_AFTER = lazy(
    r"\s+(?i:station|park|house|shelter|camp|encampment|motel|hotel|inn|apartments?|street|"
    r"st|avenue|ave|road|rd|bridge|trailer|village|mission|plaza|mall|market|church|lodge|"
    r"manor|ranch|farm|county|valley|lake|river|beach|heights|hills)\b"
)
# A room named after someone: "the Hartley Room".
_ROOM_AFTER = lazy(r"\s+(?:Room|Auditorium|Lounge|Suite|Conference\s+Room)\b")


def _thing_named_after(text: str, start: int, end: int, run_end: int) -> bool:
    word = text[start:end]
    if " " in word or plain(word) in first_names():
        return False
    if run_end > end and not _ROOM_AFTER.match(text, end):
        return False  # more of a proper name follows: read as a whole elsewhere
    before = text[max(0, start - 40) : start].lower()
    if any(k in before for k in _CONDITION_KEYS) and _CONDITION_BEFORE.search(
            text, max(0, start - 40), start):
        return True
    return bool(_ARTICLE_BEFORE.search(text, max(0, start - 5), start)
                and not _PEOPLE_AFTER.match(text, end) and not _PLACE_AFTER.match(text, end))


_JOIN_ENDS = (",", " and", " or", "&", "/", " the")
_JOINED_BEFORE = lazy(rf"(?P<prev>{WORD})\s*(?:,|\band\b|\bor\b|&|/)\s*(?:the\s+)?$")


def _eponym_or_drug_alone(text: str, start: int, end: int) -> bool:
    """The earlier word of a pair ("Zofran" in "on Zofran and Tylenol") on its own evidence."""
    before = text[max(0, start - 12) : start].rstrip().lower()
    return bool(
        (before.endswith(_DRUG_LAST_WORDS) and _DRUG_BEFORE.search(text, max(0, start - 30), start))
        or _thing_named_after(text, start, end, end)
    )


def _eponym_or_drug(text: str, start: int, end: int, run_end: int) -> bool:
    if EPONYM_FOLLOWER.match(text, run_end) or _EPONYM_POSSESSIVE.match(text, end):
        return True
    if _thing_named_after(text, start, end, run_end):
        return True
    tail = text[max(0, start - 6) : start].rstrip().lower()
    joined_before = tail.endswith(_JOIN_ENDS) and _JOINED_BEFORE.search(
        text, max(0, start - 40), start)
    if joined_before and _eponym_or_drug_alone(text, *joined_before.span("prev")):
        return True  # "on Zofran and Tylenol", "Kernig and Brudzinski signs"
    joined = _AND_ANOTHER.match(text, end)
    if joined and EPONYM_FOLLOWER.match(text, joined.end()):
        return True  # "the Trousseau and Chvostek signs"
    if EPONYM_FOLLOWER.search(text, end, run_end):
        return True  # "McGill Pain Index": a named scale
    # every _DRUG_BEFORE ends with one of these words: the search runs only after one
    before = text[max(0, start - 12) : start].rstrip().lower()
    if (before.endswith(_DRUG_LAST_WORDS) and _DRUG_BEFORE.search(text, max(0, start - 30), start)
            ) or _DRUG_AFTER.match(text, end):
        return True
    word = plain(text[start:end])
    return " " not in word and zipf(word) == 0 and word not in first_names() and bool(
        _DRUG_SUFFIX.search(word.lower())
    ) and len(word) > 6




_FROM_UNIT = lazy(
    r"\s+(?:from|in|on)\s+(?:the\s+)?(?:[A-Z]{0,3}ICU|CCU|ED|ER|(?i:step-?down)(?:\s+unit)?|"
    r"\d{1,2}\s?[A-Z]{1,2}|\d{1,2}\s(?:North|South|East|West))\b"
)
# "Nguyen Thi Hoa", "Tran Van Long": a Vietnamese surname, a middle name that marks a person
# (Thi, Van) and a given name; each word alone may be a word or a place.
_VIETNAMESE = gated(
    r"(?:Nguy[eễ]n|Tr[aầ]n|L[eê]|Ph[aạ]m|Ho[aà]ng|Hu[yỳ]nh|Phan|V[uũ]|V[oõ]|[ĐD][aặ]ng|B[uù]i|"
    r"[ĐD][oỗ]|H[oồ]|Ng[oô]|D[uư][oơ]ng|L[yý]|[ĐD]inh|Tr[uư][oơ]ng|Lam|Mai|Cao|Ch[aâ]u)"
    rf"\s+(?:Th[iị]|V[aă]n)\s+{WORD}(?:\s+{WORD})?"
)
# "Rose Park was discharged", "we admitted Will Hunt": a stay's step done to the person named.
_STAY_DONE = gated(
    rf"\s+(?:was|is|got|has\s+been)\s+(?:(?:finally|just|also|now)\s+)?(?:{STAY_VERBS}|"
    r"intubated|extubated|boarded|transfused|scoped|cathed)\b", words=False)


# "we missed the epidural abscess in Summer Grant": a diagnosis made or missed in a person
_FINDING_IN_BEFORE = gated(
    r"\b(?i:missed|delayed|diagnosed)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,3}in\s+$", words=False)


def _word_name_cared_for(text: str, start: int, end: int) -> bool:
    """A given name and a surname that are both English words ("Will Hunt", "Rose Park",
    "Faith Baker"), capitalised as a name, to whom a step of a hospital stay was done: their
    words alone say nothing, so the care around them must."""
    words = text[start:end].split()
    if len(words) != 2 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    first, last = (w.lower() for w in words)
    # the given name may be a word the guard otherwise skips ("Will", "May"): the surname not
    if not (first in census.given_names() and last in census.surnames()) or not_a_name_word(
            words[1]) or medical_word(last):
        return False
    return _STAY_DONE.match(text, end) is not None or (
        _CARED_FOR_BEFORE.search(text, max(0, start - 16), start) is not None
        and not text[max(0, start - 6) : start].rstrip().endswith("sent")
    ) or _FINDING_IN_BEFORE.search(text, max(0, start - 60), start) is not None


def _given_in_unit_cared_for(text: str, start: int, end: int) -> bool:
    """"Ravi from the PICU was discharged home": a given name opening a sentence, a unit, then
    care done to the person."""
    word = text[start:end]
    if " " in word or not_a_name_word(word) or medical_word(word) or not (
            plain(word) in first_names() or word.lower() in census.given_names()
            or not is_common(word)):
        return False
    unit = _FROM_UNIT.match(text, end)
    return unit is not None and CARE_ACT.match(text, unit.end()) is not None


def runs(text: str, sentence_starts: set[int]) -> Iterator[NameCandidate]:
    """Capitalised runs not unmade by their neighbours, with how strongly each is a person."""
    for m in _RUN.finditer(text):
        lead = m.start() in sentence_starts or text[max(0, m.start() - 2) : m.start()] == ": "
        # "Bashir went home": a sentence-initial word that acts is kept unless it is common
        lead = lead and not (" " not in m.group() and _ACTS.match(text, m.end())
                             and not is_common(m.group()))
        if _AFTER_ACRONYM.search(text, max(0, m.start() - 8), m.start()):
            continue  # "UCSF Fresno", "VA Palo Alto", "NYU Langone": a campus
        if _ROOM_NUMBER.match(text, m.start()):
            continue  # "Rm 410", "Room 12": a room, whoever is in it
        if " " not in m.group() and _CARE_VERB_WORD.fullmatch(m.group().lower()):
            continue  # "Readmitted from St. Agnes ...": a care verb opening a sentence
        if _SAINT_BEFORE.search(text, max(0, m.start() - 7), m.start()):
            continue  # "St. Luke's", "San Joaquin": a saint's name is a place or institution
        vietnamese = _VIETNAMESE.match(text, m.start(), m.end())
        if vietnamese:
            yield NameCandidate(m.start(), vietnamese.end(), 3)
            continue
        if _word_name_cared_for(text, m.start(), m.end()):
            yield NameCandidate(m.start(), m.end(), 2, relation=True)
            continue
        s, e = trim_run(text, m.start(), m.end(), sentence_start=lead)
        if e <= s and _given_in_unit_cared_for(text, m.start(), m.end()):
            yield NameCandidate(m.start(), m.end(), 2, relation=True)
            continue
        if e <= s or EPONYM_FOLLOWER.match(text, e) or INSTITUTION.search(m.group()):
            continue
        if s > m.start() and _SAINT_BEFORE.search(text, max(0, s - 7), s):
            continue  # "San Diego", "Santa Rosa": the saint's word was trimmed off the run
        if _INSTITUTION_AFTER.match(text, m.end()):
            continue  # "Brigham and Women's Hospital"
        if (_MEDICAL_AFTER.match(text, e) or _TRAINER_AFTER.match(text, m.end())
                or _eponym_or_drug(text, s, e, m.end())):
            continue
        words = text[s:e].split()
        long_words = [w for w in words if len(plain(w).rstrip(".")) > 1]
        if not long_words:
            continue
        given = any(plain(w) in first_names() for w in long_words)
        # "Tomiko is walking again": a person acts (not "the move to Sacramento went well")
        acts = _ACTS.match(text, e) is not None and not _PLACE_BEFORE.search(
            text, max(0, s - 12), s)
        strength = 2 if given or len(long_words) >= 2 or acts else 1
        if _AT_BED.match(text, e):
            yield NameCandidate(s, e, 3, relation=True)
            continue
        cared = done_to(text, s, e, strength) or (
            _CARED_FOR_BEFORE.search(text, max(0, s - 16), s) is not None
            and (not text[max(0, s - 6) : s].rstrip().endswith("sent")
                 or _SENT_WHERE.match(text, e) is not None))
        # "Ravi from the PICU was discharged home": a person in a unit, then care done to them
        unit = _FROM_UNIT.match(text, e)
        cared = cared or (unit is not None and CARE_ACT.match(text, unit.end()) is not None)
        yield NameCandidate(s, e, strength, relation=cared or (
            acts and CARE_ACT.match(text, e) is not None))
