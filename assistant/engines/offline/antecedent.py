"""Who a third-person pronoun in a typed field stands for: the reader, or someone else the field
names before it. Residents type about the reader in the third person ("his tip", "she said"),
and the second-person pass (person.py) turns those into "your" and "you"; but a pronoun whose
antecedent is a patient or a third party ("the patient you helped me with - his case got
published", "Dr. Park took me into her lab") is theirs and stays.

The antecedent is the nearest person named before the pronoun in the field whose gender does
not contradict it (a mother is "she", "Mr. Diaz" is "he"; a patient or a colleague may be
either): the reader (their name, their role as the request gives it, a pronoun already read as
theirs), a third party (a person noun of the checks' lexicon in the singular, a titled name
that is not the reader's, a first name that is not the reader's (of the census lists and no
ordinary word, or a name by its place: "Priya and I won ...", "told maria (dr. santos) ..."),
a patient's age and sex as a chart writes them, a pronoun already read as a third party's).
With no person before it, the pronoun is the reader's, as it is when a resident writes about
the reader. Someone who belongs to the reader and reports about them
("his colleague said she built ...") is not the antecedent of the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.checks.lexicons import PERSONS
from assistant.engines import phrasing as ph
from assistant.models import DraftRequest
from assistant.phi.census import NameList
from assistant.phi.vocab import is_common
from assistant.text.names import person_name
from assistant.text.patterns import lazy

PRONOUN = lazy(r"(?<![\w'’-])(he|she|him|his|her|hers|himself|herself|their)"
                     r"(?=['’](?:s|d|ll)\b|(?![\w'’-]))", re.IGNORECASE)
_GENDER: dict[str, str | None] = {"he": "m", "him": "m", "his": "m", "himself": "m",
           "she": "f", "her": "f", "hers": "f", "herself": "f", "their": None}
_FEMALE = {"mom", "mother", "wife", "daughter", "sister", "aunt", "grandmother", "grandma",
           "woman", "girl", "lady", "fiancée", "mrs", "ms", "miss", "f"}
_MALE = {"dad", "father", "husband", "son", "brother", "uncle", "grandfather", "grandpa", "man",
         "boy", "gentleman", "guy", "fiance", "mr", "m"}
# Person nouns in the singular: a plural ("my co-residents") is never a "he" or a "she"
_SINGULAR = sorted((p for p in PERSONS | {"grandma", "grandpa", "veteran", "toddler", "teen",
                                          "teenager", "newborn", "pi"}
                    if not re.search(r"(?<!s)s$|^(?:men|women|children|people)$", p)),
                   key=lambda w: (-len(w), w))
PERSON_NOUN = lazy(r"(?<![\w'’-])(" + "|".join(map(re.escape, _SINGULAR)) +
                          r")(?:['’]s)?(?![\w'’-])", re.IGNORECASE)
_TITLED = lazy(r"(?<![\w'’-])(Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Miss)\.?\s+"
                     r"([A-Z][\w-]*(?:['’](?!s\b)[\w-]+)?)")
_AGE_SEX = lazy(r"(?<![\w/])\d{1,3}\s?(?:yo\s?|y/o\s?|-year-old\s+)?(M|F)(?![\w'’])")
# A report by the one just named: "his colleague said (that) she ..."
_SAYS = lazy(r"\s+(?:also\s+)?(?:said|says|told\s+me|tells\s+me|mentioned|mentions|"
                   r"wrote|thinks|thought)\s+(?:that\s+)?", re.IGNORECASE)
# The resident's own role, never someone else: "chosen as chief resident", "I'm a fellow now"
_OWN_ROLE = lazy(r"\b(?:as|am|i['’]m|im|be|became|become|becoming|being|named|officially)"
                       r"\s+(?:(?:a|an|the|my|our)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# Advice followed "like she suggested", "as he told me": the one whose advice it was is the one
# the resident writes to
_ADVISED = lazy(r"\b(?:like|as)\s+$")
_ADVICE = lazy(r"\s+(?:had\s+|once\s+|always\s+)?(?:suggested|recommended|advised|said|"
                     r"taught\s+me|told\s+me|showed\s+me|predicted|warned)\b", re.IGNORECASE)
_OWNED = lazy(r"(?:\b(?:his|her|your)|['’]s)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    reader: bool
    gender: str | None
    owned: bool = False  # the reader's own person ("his colleague"), who may report about them


def _reader_words(request: DraftRequest) -> tuple[set[str], set[str]]:
    """The reader's names (folded) and the role words the request gives them ("mentor", "pd")."""
    contact = request.contact
    name = person_name(contact.name or "")
    names = {n.lower() for n in (name, ph.last_name(contact.name or "") or "") if n}
    names |= {w.lower() for w in name.split() if len(w) > 1}
    roles = {w.lower() for w in re.findall(r"[\w-]+", contact.title or "")}
    relation = getattr(contact, "relationship", None)
    if relation:
        roles.add(str(getattr(relation, "value", relation)).lower())
    if roles & {"program", "director"}:
        roles |= {"pd"}
    return names, roles


# Someone of the resident's own standing, not one person: "a spot for a resident", "room for an
# intern" (the resident asks for themselves)
_ANY_ONE = lazy(r"\b(?:a|an|one|any)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _own_standing(request: DraftRequest) -> set[str]:
    """The person nouns the resident's own role makes them ("resident", "intern", "student")."""
    role = (request.sender.role or "").lower()
    if re.search(r"\b(?:pgy|intern|resident|r\d)\b|pgy-?\d", role):
        return {"resident", "intern", "trainee"}
    if re.search(r"\b(?:ms\d?|student|m\d)\b", role):
        return {"student", "medical student"}
    return set()


def _mentions(text: str, request: DraftRequest) -> list[_Mention]:
    names, roles = _reader_words(request)
    own = _own_standing(request)
    found: list[_Mention] = []
    for m in PERSON_NOUN.finditer(text):
        word = m.group(1).lower()
        if _OWN_ROLE.search(text, max(0, m.start() - 60), m.start()):
            continue
        if word in own and _ANY_ONE.search(text, max(0, m.start() - 30), m.start()):
            continue
        gender = "f" if word in _FEMALE else "m" if word in _MALE else None
        owned = bool(_OWNED.search(text, max(0, m.start() - 40), m.start()))
        found.append(_Mention(m.start(), m.end(), word in roles, gender, owned))
    for m in _TITLED.finditer(text):
        title, surname = m.group(1).lower(), m.group(2).lower()
        gender = "f" if title in _FEMALE else "m" if title in _MALE else None
        found.append(_Mention(m.start(), m.end(), surname in names, gender))
    for m in _AGE_SEX.finditer(text):
        found.append(_Mention(m.start(), m.end(), False, m.group(1).lower()))
    for m in _WORDISH.finditer(text):  # "Priya and I won ..., she presented it": a first name
        word = m.group(0)
        low = word.lower()
        said_who = re.match(r"[A-Za-z]+\s*\((?:my|our|the|dr\.?|a|an)\s", text[m.start():],
                            re.IGNORECASE)  # "maria (dr. santos)": a name said with who it is
        if low in names or is_common(low) and not said_who or \
                any(f.start <= m.start() < f.end for f in found) or \
                _TITLE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        female, male = low in _given("dist.female.first"), low in _given("dist.male.first")
        if (female or male) and word[:1].isupper() or _NAMED.match(text, m.start()) and \
                _NAME_PLACE.search(text, max(0, m.start() - 30), m.start()):
            found.append(_Mention(m.start(), m.end(), False,
                                  "f" if female and not male else "m" if male and not female
                                  else None))
    if names:
        pattern = r"(?<![\w'’-])(?:" + "|".join(map(re.escape, sorted(names, key=len,
                                                                   reverse=True))) + \
            r")(?![\w'’-])"
        for m in re.finditer(pattern, text, re.IGNORECASE):
            if not any(f.start <= m.start() < f.end for f in found):
                found.append(_Mention(m.start(), m.end(), True, None))
    return sorted(found, key=lambda f: f.start)


# A word that may be a first name (in capitals or typed in lower case), and a title before it
_WORDISH = lazy(r"(?<![\w'’.-])(?:[A-Z][a-z]{2,}|[a-z]{3,})(?![\w'’-])")
_TITLE_BEFORE = lazy(r"(?:Dr|Prof|Mr|Mrs|Ms|Miss)\.?\s+$", re.IGNORECASE)
# A name by its place: before "and I" or a parenthesis that says who they are
_NAMED = lazy(r"[A-Za-z][a-z]+(?:\s+and\s+(?:I|me)\b|\s*\((?:my|our|the|dr\.?|a|an)\s)",
              re.IGNORECASE)
# ... where a clause opens or after a verb of telling ("told maria (dr. santos) first")
_NAME_PLACE = lazy(r"(?:^|[,;.!?:]\s+|[-–—]\s+|\band\s+|\b(?:told|texted|called|asked|emailed|"
                   r"thanked|met)\s+)$", re.IGNORECASE)


@lru_cache(maxsize=2)
def _given(file: str) -> NameList:
    """The census given names of one sex (the `names` package's file), asked in lower case."""
    return NameList(file)


def others(text: str, request: DraftRequest) -> list[tuple[int, int]]:
    """The spans of the third-person pronouns in `text` that stand for someone other than the
    reader (see the module's docstring); every other such pronoun is the reader's."""
    if not PRONOUN.search(text):
        return []
    mentions = _mentions(text, request)
    if not mentions:
        return []
    spans: list[tuple[int, int]] = []
    for p in PRONOUN.finditer(text):
        gender = _GENDER[p.group(1).lower()]
        before = [m for m in mentions if m.end <= p.start() and
                  (gender is None or m.gender is None or m.gender == gender) and
                  not (m.owned and _SAYS.fullmatch(text, m.end, p.start()))]
        reader = before[-1].reader if before else True
        if not reader and _ADVISED.search(text, max(0, p.start() - 8), p.start()) and \
                _ADVICE.match(text, p.end()):
            reader = True  # "started the patient on it like she suggested"
        if not reader and before[-1].gender is None and gender:
            # a patient or a colleague of either sex, after the reader was already this
            # pronoun and no one else was: still the reader ("she said the patient would do
            # well and her advice was right")
            said = {m.reader for m in mentions if m.start < p.start() and m.gender == gender
                    and PRONOUN.fullmatch(text, m.start, m.end)}
            reader = said == {True}
        if not reader:
            spans.append((p.start(), p.end()))
        mentions.append(_Mention(p.start(), p.end(), reader, gender))
        mentions.sort(key=lambda f: f.start)
    return spans
