"""Names found by the cue beside them: a courtesy title, a relative, a nickname, initials, an
honorific.

"Mr. Haddad", "his son Mateo", "goes by 'Tiny'", "ông Trần", initials ("R.T."): the cue says
"a person", often "a patient or their family", whatever the words of the name are. Names that
what is said of them makes a patient's ("the Kowalczyk case", "Bea, the 91 yo") are
`name_care.py`'s. Capitalised names only; lower-case names are `name_lower.py`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.phi import kin
from assistant.phi.attribution import (
    OWN_APPOSITION,
    ROLE,
    colleague_pronoun_owner,
    line_start_of,
)
from assistant.phi.colleague_family import writer_family_title
from assistant.phi.lexicon import EPONYM_FOLLOWER
from assistant.phi.name_words import (
    CAPITAL,
    CARE_ACT,
    INSTITUTION,
    LOWER_WORD,
    MEDICAL,
    OWN_BEFORE,
    POSSESSIVE_TAIL,
    RELATIVE,
    WORD,
    NameCandidate,
    done_to,
    end_of_name,
    is_rare,
    lower_name,
    not_a_name_word,
    rare_name,
    trim_cued,
)
from assistant.phi.no_patient import NOT_A_PERSON_NAMED
from assistant.phi.references import among_authors
from assistant.phi.vocab import zipf
from assistant.text.gated import gated
from assistant.text.names import DEGREES
from assistant.text.patterns import lazy

_NAMED_AFTER = lazy(rf"(?:\s+{WORD}){{1,4}}")
_NAMED_AFTER_INSTITUTION = lazy(rf"(?:\s+{WORD}){{0,3}}\s+{INSTITUTION.pattern}")
_INITIALS = gated(r"(?<![\w.])[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?(?!\w)")
# "J. Okonkwo-Bell", "D. Hallström": an initial (or two) before a surname rare in English
_INITIAL_SURNAME = gated(rf"(?<![\w.])[A-Z]\.(?:[ \t]?[A-Z]\.)?[ \t](?P<surname>{WORD})")
_TITLE = gated(
    rf"(?=[mMsS])\b(?P<title>(?i:mr|mrs|ms|mx|miss|sra|srta|se[ñn]ora|se[ñn]or|sgt|mister))\.?\s+"
    rf"(?P<name>{WORD}(?:[- ]{WORD})?|[A-Z]\b|{LOWER_WORD})"
)
# Each pattern below opens with a look-ahead of the letters its words can start with: the
# engine then skips every other position at once (measured 2-3x faster on a 200-word email).
_AFTER_RELATIVE = gated(
    # "Contacts: daughter - Renata; son: Ilir": a contacts row, the relation then a separator
    rf"(?=[sdwhpmfbngautckSDWHPMFBNGAUTCK])\b(?i:{RELATIVE})\s*"
    r"(?:,\s*|\(\s*|(?P<sep>(?<=\s)[-\u2013\u2014][ \t]+|:[ \t]*)|\s+)"
    # "his son Mateo", and in lower case "pt's granddaughter keisha" (read by lower_name)
    rf"(?:(?P<name>{WORD}(?:\s+{WORD})?)|(?P<lower>{LOWER_WORD})\b(?!['\u2019-]))"
)
_OWN_ON_LINE = lazy(r"\b(?i:my|our)\b")
_OWNER_JUST_BEFORE = lazy(r"(?:\b(?i:his|her|their|my|your|our)|['\u2019]s)\s+$")
_FAMILIAR = gated(
    rf"(?=[blgapnusdBLGAPNUSD])\b(?:(?i:baby(?:\s+(?:boy|girl))?)|little|"
    rf"(?i:{kin.alternation(kin.GRANDPARENTS_FAMILIAR, kin.FAMILIAR_ELDERS)}|papa|uncle|auntie|"
    rf"señora|sra|doña|don))\s+(?P<name>{WORD})"
)
_NICKNAME = lazy(
    "(?=[gcknhtpGCKNHTP'\"\u2018\u201c])"
    rf"(?:(?i:goes\s+by|called{NOT_A_PERSON_NAMED}|calls\s+(?:him|her)|known\s+as|nicknamed|"
    rf"named{NOT_A_PERSON_NAMED}|"
    rf"(?:his|her|their|(?:the\s+)?(?:pt|patient)['\u2019]?s)\s+name(?:\s+is)?)\s+"
    rf"['\"\u2018\u201c]?(?P<name>{WORD}(?:\s+{WORD})?)"
    rf"|['\"\u2018\u201c](?P<q>{WORD})['\"\u2019\u201d](?!\w))",
    tree=True,
)
_POSSESSED_AFTER = lazy(
    POSSESSIVE_TAIL + r"\b(?!\s+(?:talks?|lectures?|series|reports?|papers?|reviews?))",
    re.IGNORECASE,
)
# Whose relative: a clinician's or the writer's colleague's ("Dr. Cho's son", "my mentor's
# partner") is no patient's family; a patient's ("pt's wife", "Mr. Ruiz's daughter") is.
_COLLEAGUE_OWNER_BEFORE = gated(
    r"(?:\b(?:Dr|Drs|Prof|Professor|Doctor)\.?\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?"
    rf"|\b(?i:my|our|your)\s+(?:[\w-]+\s+)?(?i:{ROLE}))['\u2019]s\s+$", words=False)
_PATIENT_OWNER_BEFORE = gated(
    r"\b(?i:pts?|patients?|(?:mr|mrs|ms|miss)\.?\s+[\w'\u2019-]+)['\u2019]?s?\s+$", words=False)

# Dotted abbreviations that are not a person's initials ("P.S.", "U.S.", "A.M.").
_DOTTED_WORDS = frozenset({"ps", "pps", "us", "uk", "am", "pm", "nb", "dc", "eg", "ie", "ok"})


# Honorifics of other languages that come before a name: "ông Trần", "bà Lan", "tía Rosa".
_HONORIFIC_BEFORE = lazy(
    # lower case or opening a sentence: "Anh" and "Cô" are given names too ("Ngọc Anh Tran")
    rf"(?=[ôÔbBctT])(?<![\w])(?:[ôÔ]ng|[bB]à|chú|[tT]ía|[tT]ío)\s+"
    rf"(?P<name>{WORD})"
)
_HONORIFIC_LETTERS = lazy("[\u00f4\u00d4\u00e0\u00fa\u00ed]")
# "'Pops' (Mr. Whitaker)": a quoted nickname, then the person's titled name.
_TITLED_NEXT = lazy(r"\s*\(\s*(?:Mr|Mrs|Ms|Miss|Mx)\.?\s")
_ROLE_NEAR_BEFORE = gated(
    rf"\b(?i:our|my|your|the)\s+(?:[\w-]+\s+){{0,2}}(?i:{ROLE})\s*,?\s*$", words=False)
# "Mr. Whitaker was delirious": a titled person in a clinical state is a patient.
# Not "Ms. Tran was confused by the new ERAS form", "Mr. Osei was agitated about the schedule":
# confused or upset by something is anyone's state.
_CLINICAL_STATE = lazy(
    r"\)?\s+(?:is|was|became|remains|got|seemed)\s+(?:\w+\s+)?(?:delirious|confused|septic|"
    r"hypotensive|altered|agitated|combative|obtunded|unresponsive|intubated|extubated|"
    r"jaundiced|febrile|tachycardic|hypoxic|bradycardic|encephalopathic|comatose|dnr|dni)\b"
    r"(?!\s+(?:by|about|over|at|as|whether|that|why|how|when|because|to)\b)"
)
# "Roberto aka Beto": a person and the nickname they go by, one person.
_AKA = lazy(rf"(?={CAPITAL}){WORD}\s+(?i:aka|a\.k\.a\.)\s+{WORD}")
_LEAD_WORD = lazy(r"[\s\"'(\[\u201c-]*([A-Z][a-z]+)\b")
_DOCTOR_AND_BEFORE = gated(r"\b(?:Dr|Drs|Prof|Doctor)\.?\s+(?:and|&)\s+$", words=False)
# Given names that are also English words ("Grace is home", "Hope went back"): a care event
# right after one says it is a person; alone they stay words.
WORD_NAMES = frozenset(
    """Grace Hope Faith Joy Will Mark Rose June Iris Lily Daisy Ruby Amber Dawn Summer Autumn
    Sunny Bill Pat Penny Holly Ivy Pearl Violet Jasmine Hazel Olive Heather Crystal Destiny
    Charity Patience Mercy Victor Frank Grant Dean Jack Ray Art Gene Jay Bob Chase Hunter
    Max Rocky Sky Angel Precious Honey Willow Sage Storm Rain River Forest Jade Ginger Candy
    Misty Cherry Robin Hunter Sterling Earl Lane Dale Glen Wade Miles Rod Guy Drew Sonny
    Bud Buddy Chip Christian Carol Carmen Mercedes Charity Luz""".split()  # noqa: SIM905
)


# a word English writes at least once in a million words ("journal", "rounds", "clinic")
_ENGLISH_WORD = 3.0
# "miss" as a verb: after its subject, a modal, "to" or a negation ("I'll miss", "don't miss")
_VERB_MISS_BEFORE = gated(
    r"(?:\b(?i:i|we|you|they|will|would|could|might|may|must|to|not|never|really|so|all|"
    r"gonna|dont|cant|wont)|['\u2019](?i:ll|d)|n['\u2019]t)[ \t]+$", words=False)


def titled(text: str) -> Iterator[NameCandidate]:
    """A name after a courtesy title; in the care or family of its person, a relation."""
    for m in _TITLE.finditer(text):
        name = m.group("name")
        if name[:1].islower() and (zipf(name) >= 4.8 or not_a_name_word(name.title())):
            continue
        if m.group("title") == "miss" and (
                _VERB_MISS_BEFORE.search(text, max(0, m.start() - 12), m.start())
                or (name[:1].islower() and zipf(name) >= _ENGLISH_WORD)):
            continue  # "I'll miss journal club", "we will miss Rosalind": the verb
        if not_a_name_word(name):
            continue
        if _DOCTOR_AND_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Dr. and Mrs. Akhtar": a physician and spouse, as invitations say
        # "Mr. Wong's son", "the code on Mrs. Ibarra": the care or family of the person named
        related = bool(_POSSESSED_AFTER.match(text, m.end("name"))
                       or done_to(text, m.start(), m.end("name"), 3)
                       or _CLINICAL_STATE.match(text, m.end("name")))
        yield NameCandidate(m.start("name"), end_of_name(text, m.end("name")), 3, relation=related)


def aka(text: str) -> Iterator[NameCandidate]:
    """"Roberto aka Beto": both names one person's, read before the runs split them."""
    if " aka " in text or "a.k.a." in text or " AKA " in text:
        for m in _AKA.finditer(text):  # before the runs: its words are one person's
            yield NameCandidate(m.start(), m.end(), 3)


# Inside a sentence, after a comma or a word: a capital there is the word's own, not the
# sentence's ("our chaplain, Sister Perpetua from Holy Cross")
_MID_SENTENCE = lazy(r"(?:,|[a-z])[ \t]+$")


def relatives(text: str) -> Iterator[NameCandidate]:
    """A name after a relative or a familiar word ("his son Mateo"), not the sender's own."""
    for pattern, group in ((_AFTER_RELATIVE, "name"), (_FAMILIAR, "name")):
        for m in pattern.finditer(text):
            if OWN_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                continue  # "my partner Sam": the sender's own family
            if writer_family_title(text, m.start(group)):
                continue  # "Uncle Reggie keeps asking when I'll finish": the writer's own
            if pattern is _AFTER_RELATIVE and m.group("sep") and _OWN_ON_LINE.search(
                    text, line_start_of(text, m.start()), m.start()):
                continue  # "My emergency contact: wife - Halina": the writer's own family
            if (text.startswith(("Father ", "Fr. "), m.start()) or (
                    text.startswith(("Sister ", "Brother ", "Mother "), m.start())
                    and _MID_SENTENCE.search(text, max(0, m.start() - 3), m.start()))) and not (
                    _OWNER_JUST_BEFORE.search(text, max(0, m.start() - 12), m.start())):
                continue  # "Father Tomas led the blessing", "our chaplain, Sister Perpetua": a
                # religious title, not a relation
            if pattern is _AFTER_RELATIVE and m.group("lower"):
                if lower_name(m.group("lower"), loose=True):
                    yield NameCandidate(m.start("lower"), m.end("lower"), 3, relation=True)
                continue
            if OWN_APPOSITION.match(text, m.end()):
                continue  # "grandpa Hank (my grandpa, ...)"
            if _COLLEAGUE_OWNER_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Dr. Lee's daughter Georgia", "my mentor's partner Jordan"
            if colleague_pronoun_owner(text, m.start(), m.end(group)):
                continue  # "Dr. Rossi ...; his wife Elena is also an oncologist"
            # right after "his son" a country or a state is a name ("partner Jordan"), when
            # the person is a patient's: "pt's wife Georgia", not "His wife Virginia organizes
            # the alumni dinner"
            s, e = trim_cued(text, m.start(group), m.end(group), places_ok=True)
            if e <= s or EPONYM_FOLLOWER.match(text, e):
                continue
            if trim_cued(text, s, e)[1] > s or _PATIENT_OWNER_BEFORE.search(
                    text, max(0, m.start() - 30), m.start()):
                yield NameCandidate(s, e, 3, relation=True)
            else:
                yield NameCandidate(s, e, 2)


_RELATIVE_JUST_BEFORE = gated(rf"\b(?i:{RELATIVE})[ \t]*(?:[-\u2013\u2014:,(][ \t]*|[ \t])$",
                              words=False)
_RELATION_PAREN_AFTER = lazy(
    rf"[ \t]*\([ \t]*(?:the[ \t]+)?(?:(?i:pt|patient)['\u2019]?s|(?i:his|her|their)|"
    rf"(?i:mr|mrs|ms)\.?[ \t]+{WORD}['\u2019]s)[ \t]+(?i:{RELATIVE})\b"
)


_NAME_BEFORE_PAREN = lazy(rf"(?<![\w'\u2019-])(?P<name>{WORD}(?:[ \t]+{WORD})?)[ \t]*$")


def said_relative(text: str, start: int, end: int) -> bool:
    """The name is said to be someone's relative, just before it or in parentheses after it."""
    return bool(_RELATIVE_JUST_BEFORE.search(text, max(0, start - 24), start)
                or _RELATION_PAREN_AFTER.match(text, end))


def relation_in_parens(text: str) -> Iterator[NameCandidate]:
    """A name whose parenthesis says whose relative it is: "Nadia (pt's daughter)"."""
    pos = text.find("(")
    while pos != -1:
        if _RELATION_PAREN_AFTER.match(text, pos):
            m = _NAME_BEFORE_PAREN.search(text, max(0, pos - 40), pos)
            s, e = trim_cued(text, m.start("name"), m.end("name")) if m else (0, 0)
            if e > s:
                yield NameCandidate(s, e, 3, relation=True)
        pos = text.find("(", pos + 1)


def nicknames(text: str) -> Iterator[NameCandidate]:
    """A name given as what a person goes by or is called."""
    for m in _NICKNAME.finditer(text):
        group = "name" if m.group("name") else "q"
        s, e = trim_cued(text, m.start(group), m.end(group))
        # "'Pops' (Mr. Whitaker)"; not a staff member's ("our sim director 'Tank' (Mr. Okafor")
        titled = group == "q" and _TITLED_NEXT.match(text, m.end()) and not (
            _ROLE_NEAR_BEFORE.search(text, max(0, m.start() - 40), m.start()))
        if e > s and (group == "name" or titled or is_rare(text[s:e].split()[0])):
            yield NameCandidate(s, e, 3 if group == "name" or titled else 2)


def initials(text: str) -> Iterator[NameCandidate]:
    """Initials ("R.T.") that are no abbreviation, degree or building's namesake."""
    for m in _INITIALS.finditer(text):
        letters = m.group().replace(".", "").replace(" ", "").lower()
        if letters in _DOTTED_WORDS or letters in DEGREES - {"jr", "sr"}:
            continue
        named = _NAMED_AFTER.match(text, m.end())
        if named and (INSTITUTION.search(named.group())
                      or EPONYM_FOLLOWER.match(text, named.end())):
            continue  # "J.R. Smith Lecture Hall": a building named after someone
        yield NameCandidate(m.start(), m.end(), 2)
    for m in _INITIAL_SURNAME.finditer(text):
        surname = m.group("surname")
        if among_authors(text, m.start(), m.end()):
            continue  # "Authors: E. Yildiz, A. Mokoena, H. Tanaka", "Tanaka Y. Diuretic ..."
        if (rare_name(surname) and not MEDICAL.search(surname) and not INSTITUTION.search(surname)
                and not EPONYM_FOLLOWER.match(text, m.end())
                and not _NAMED_AFTER_INSTITUTION.match(text, m.end())):
            yield NameCandidate(m.start(), m.end(), 2)


def honorifics(text: str) -> Iterator[NameCandidate]:
    """A name after an honorific of another language ("ông Trần")."""
    for m in _HONORIFIC_BEFORE.finditer(text) if _HONORIFIC_LETTERS.search(text) else ():
        s, e = trim_cued(text, m.start("name"), m.end("name"))
        if e > s:
            yield NameCandidate(s, e, 3, relation=True)


def word_names(text: str, sentence_starts: set[int]) -> Iterator[NameCandidate]:
    """A given name that is also a word ("Grace") opening a sentence about care."""
    for start in sentence_starts:
        m = _LEAD_WORD.match(text, start)
        if m and m.group(1) in WORD_NAMES and CARE_ACT.match(text, m.end(1)):
            yield NameCandidate(m.start(1), m.end(1), 3, relation=True)
