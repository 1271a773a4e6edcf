"""Person names written in lower case, found by the census lists and the cue next to them.

"pt ochoa refusing meds", "named rolando", "bethany's parents", "nguyen thi lan (bed 3)": in
lower case every word looks alike, so a word counts only beside a cue and (mostly) when the
census lists know it as a name and English does not know it as a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from assistant.phi import census, clause_roles
from assistant.phi.lexicon import first_names
from assistant.phi.name_words import (
    BED,
    CARE_ACT,
    CLINICAL_NOUN,
    LOWER_WORD,
    OWN_BEFORE,
    POSSESSIVE_TAIL,
    RELATIVE,
    NameCandidate,
    end_of_name,
    lower_name,
    medical_word,
    not_a_name_word,
    plain,
)
from assistant.phi.vocab import is_common, zipf
from assistant.phi.vocab import unknown as unknown_words
from assistant.text.gated import gated
from assistant.text.patterns import lazy

_LOWER_APPOSITION = gated(
    rf"(?<![\w'-])(?P<name>{LOWER_WORD})(?=\s*\(\s*(?:the\s+|my\s+|our\s+)?(?:pt|patient)\b)"
)
# A lower-case name after what introduces a person: "pt's granddaughter keisha", "a 62 yo
# named rolando", "talk with bethany's parents", "siddharth (the young guy w/ the LVAD)".
_LOWER_CUED = gated(
    rf"(?=[ngk])\b(?:named|nicknamed|goes\s+by|known\s+as)\s+(?P<name>{LOWER_WORD})\b"
    r"(?!['\u2019-])"
)
# ... found from the cue after the name (the engine looks for "'s" or "(the", then back).
# Each begins with a literal character, so the engine jumps from one to the next.
_OWNED = (rf"(?:[a-z]+\s+)?(?:parents|folks|family|grandparents|siblings|{RELATIVE})\b|"
          + POSSESSIVE_TAIL.removeprefix("['\\u2019]s\\s+") + r"\b")
_LOWER_OWNER_CUES = (re.compile(rf"'s\s+(?:{_OWNED})"), re.compile(rf"\u2019s\s+(?:{_OWNED})"))
_APPOSED = (r"\s*(?:the|our|my)\s+(?:\w+\s+)?(?:lady|man|woman|guy|gentleman|kid|girl|boy|baby|"
            r"pt|patient|one)\s+(?:w/|(?:in|from|with|who|on)\b)")
_LOWER_APPOSED_CUES = (re.compile(r"\(" + _APPOSED), re.compile("," + _APPOSED))
_LOWER_WORD_BEFORE = lazy(rf"(?<![\w'\u2019-])(?P<name>{LOWER_WORD})\s*$")
# "pt ochoa refusing meds": a census name after "pt", whatever follows.
_PT_LOWER = gated(rf"(?=p)\b(?:pt|patient)\s+(?P<name>{LOWER_WORD})\b(?!['\u2019-])")
_IN_BED = gated(
    rf"(?=[\s(])\s+(?:(?:is|was|still|now|back)\s+){{0,2}}(?:in|from)\s+{BED}|\s*\(\s*{BED}\s*\)"
)
# "pt's name is maria gonzalez", "pt is tomasz nowak": a name in lower case after a naming cue
_NAMED_AS = gated(
    r"(?=[tph])\b(?:(?:(?:the\s+)?(?:pt|patient)(?:['\u2019]s)?|his|her|their)\s+name\s+is|(?:the\s+)?(?:pt|patient)"
    rf"\s+is)\s+(?P<name>{LOWER_WORD}(?:\s+{LOWER_WORD})?)\b"
)
_LOWER_BEFORE = lazy(rf"(?<![\w'-])(?P<name>{LOWER_WORD})$")



def after_patient_word(text: str) -> Iterator[NameCandidate]:
    """"pt ochoa": a census name right after "pt"."""
    for m in _PT_LOWER.finditer(text) if ("pt " in text or "patient " in text) else ():
        if lower_name(m.group("name")):
            yield NameCandidate(m.start("name"), m.end("name"), 3, relation=True)


def cued(text: str) -> Iterator[NameCandidate]:
    """A lower-case name after a naming cue, or before an apposition or an owner's "'s"."""
    for m in _LOWER_CUED.finditer(text):
        if OWN_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue  # "my son noah": the sender's own family
        if lower_name(m.group("name"), loose=True):
            yield NameCandidate(m.start("name"), end_of_name(text, m.end("name")), 3, relation=True)
    cues = [(c, loose) for cs, loose in ((_LOWER_APPOSED_CUES, True), (_LOWER_OWNER_CUES, False))
            for c in cs]
    for cue, loose in cues:
        for m in cue.finditer(text):
            word = _LOWER_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if word and lower_name(word.group("name"), loose=loose):
                yield NameCandidate(word.start("name"), word.end("name"), 3, relation=True)


def named_or_in_bed(text: str) -> Iterator[NameCandidate]:
    """A lower-case name after "pt is", before "(the pt", or before a ward bed."""
    for m in _NAMED_AS.finditer(text):
        words = m.group("name").split()
        # "pt is destiny brooks": a census given name that is also a word, before a surname
        # ("pt is frank about his drinking" stays a word)
        given = plain(words[0]).title() in first_names() or (
            len(words) > 1 and plain(words[0]) in census.given_names()
            and plain(words[1]) in census.surnames() and not medical_word(words[1]))
        if (is_common(words[0]) and not given) or not_a_name_word(words[0].title()):
            continue
        # the surname after a given name may be a word ("darnell king"), not a function word
        whole = len(words) > 1 and (not is_common(words[1]) or (given and zipf(words[1]) < 5.5))
        end = m.end("name") if whole else m.start("name") + len(words[0])
        yield NameCandidate(m.start("name"), end, 3, relation=True)
    for m in _LOWER_APPOSITION.finditer(text):
        if not is_common(m.group("name")) and not not_a_name_word(m.group("name").title()):
            yield NameCandidate(m.start("name"), m.end("name"), 3, relation=True)
    for bed in _IN_BED.finditer(text):  # the bed first: a lower-case word is everywhere
        m = _LOWER_BEFORE.search(text, max(0, bed.start() - 30), bed.start())
        if m and not is_common(m.group("name")) and not not_a_name_word(m.group("name").title()):
            start = m.start("name")
            # "nguyen thi lan (bed 3)": the words of a lower-case name before it, up to three
            for _ in range(2):
                prev = _LOWER_BEFORE.search(text, max(0, start - 30), max(0, start - 1))
                if not (prev and text[start - 1] == " " and not is_common(prev.group("name"))
                        and not not_a_name_word(prev.group("name").title())):
                    break
                start = prev.start("name")
            yield NameCandidate(start, m.end("name"), 3, relation=True)


# "priya nair was admitted", "f/u on jose r", "the CT for tran van minh": a given name, then a
# surname (or an initial, or a particle and a name), all in lower case with no cue word. Found
# by the census lists alone; `unattributed.py` keeps it only in a sentence about someone's care.
_LOWER_FULL = gated(
    r"(?<![\w'\u2019@./#-])(?P<first>[a-z]{2,14})(?=[ \t]+(?:(?P<particle>van|thi|de|del|della|"
    r"da|dos|bin|al|el|le|la|ben)[ \t]+)?(?P<last>[a-z][a-z'\u2019-]{1,24}(?![\w@/])|"
    r"[b-hj-z]\b(?![./'\u2019-]\w)))", words=False)
# Both words of a pair may be ordinary words ("grace period", "will smith"); one must be rare.
_PAIR_COMMON = 4.6
_PAIR_ONE_RARE = 3.9


def _name_part(word: str, listed: bool) -> bool:
    """Not a word the guard skips, nor (unless a census list knows it) a disease word."""
    return not not_a_name_word(word.title()) and (listed or not medical_word(word))


_LOWER_TOKEN = lazy(r"[a-z]{2,14}")  # every lower-case run; `_LOWER_FULL` checks the edges


@lru_cache(maxsize=1)
def _given_name_set() -> frozenset[str]:
    """The guard's own given names and the census's, in lower case: the set a text's words
    are intersected with."""
    return frozenset({n.lower() for n in first_names()} | census.given_names().all())


def _pairs_at(text: str, words: set[str]) -> Iterator[re.Match[str]]:
    """`_LOWER_FULL` tried only where one of `words` stands (str.find, not a scan)."""
    for word in words:
        at = text.find(word)
        while at != -1:
            m = _LOWER_FULL.match(text, at)
            if m and m.end("first") == at + len(word):
                yield m
            at = text.find(word, at + len(word))


def full_names(text: str) -> Iterator[NameCandidate]:
    """A lower-case given name and surname with no cue ("priya nair was admitted")."""
    tokens = set(_LOWER_TOKEN.findall(text))
    # the gate: one intersection of the text's lower-case words with the given names, less
    # ordinary words ("will", "may", "grace" stay words) ...
    listed = _given_name_set().intersection(tokens)
    hits = {w for w in listed if zipf(w) < _PAIR_COMMON}
    # ... and, before a rare surname only, a given name that is also a word ("frank delgado")
    # or one no list knows ("wojciech nowak", "tomasz kowalczyk")
    plain_given = listed - hits
    unknown = {w for w in unknown_words(tokens - listed) if len(w) >= 4}
    if not (hits or plain_given or unknown):
        return
    surnames, given = census.surnames(), census.given_names()
    for m in sorted(_pairs_at(text, hits | plain_given | unknown), key=lambda m: m.start()):
        first, last = m.group("first"), m.group("last")
        if first in hits:
            if not _name_part(first, True) or not _known_given_pair(first, last, surnames, given):
                continue
        elif len(last) < 4 or not _rare_surname(last, surnames) or not _name_part(
                first, False) or _inside_term(text, m.start("first"), m.end("last")):
            # a rare census surname makes the pair a name, if the first word could be a given
            # name: "malar rash" and "cath lab" end in words English knows, "henoch schonlein
            # purpura" is one term of three rare words
            continue
        yield NameCandidate(m.start("first"), end_of_name(text, m.end("last")), 2)


# "young-hee park", "jin-woo lee": a hyphenated given name (two short syllables) no word list
# knows, then a census surname; not an English compound ("follow-up", "non-op", "well-known").
_HYPHEN_GIVEN = gated(
    r"(?<![\w'\u2019@./#-])(?P<first>(?P<a>[a-z]{2,5})-(?P<b>[a-z]{2,5}))[ \t]+"
    r"(?P<last>[a-z]{2,14})\b(?![-'\u2019@/])", words=False)
_ENGLISH_PREFIX = frozenset((
    "non", "pre", "post", "re", "co", "anti", "semi", "self", "well", "ex", "sub", "mid", "over",
    "under", "out", "in", "on", "off", "up", "down", "full", "half", "high", "low", "long",
    "short", "day", "night", "one", "two", "three", "four", "five", "six", "all", "by", "de",
    "end", "far", "part", "must", "wrap", "check", "sign", "drop", "walk", "work", "step",
    "hand", "med", "peds", "ob", "gyn", "neuro", "cardio", "pulm", "trans", "inter", "intra",
    "thank", "you", "free", "based", "like", "type", "wide", "care", "time", "term", "year", "old",
    "ish", "to", "at", "go", "get", "set", "run", "sit", "let"))


# Each half of a compound is a word English writes often
_BOTH_HALVES_ENGLISH = 3.5


def hyphenated_given(text: str) -> Iterator[NameCandidate]:
    """A lower-case hyphenated given name no list knows, then a census surname."""
    if "-" not in text:
        return
    surnames = census.surnames()
    for m in _HYPHEN_GIVEN.finditer(text):
        first, last = m.group("first"), m.group("last")
        if (zipf(first) > 0 or m.group("a") in _ENGLISH_PREFIX or m.group("b") in _ENGLISH_PREFIX
                or zipf(last) >= 5.5 or last not in surnames or not _name_part(last, True)):
            continue
        a, b = m.group("a"), m.group("b")
        if (min(zipf(a), zipf(b)) >= _BOTH_HALVES_ENGLISH and len(b) >= 4
                and b not in surnames and b not in census.given_names()):
            continue  # "new-onset heart failure": a compound of two English words, no syllable
            # of a given name ("young-hee", "jin-woo", "ji-chang")
        yield NameCandidate(m.start("first"), end_of_name(text, m.end("last")), 2)


def _known_given_pair(
    first: str, last: str, surnames: census.NameList, given: census.NameList
) -> bool:
    """After a listed given name that is rare in English: a surname (or an initial) one of the
    two words being rare ("will smith", "grace period" are pairs of ordinary words)."""
    if len(last) == 1:
        return True
    last_listed = last in surnames or last in given
    last_freq = zipf(last)
    if last_freq >= _PAIR_COMMON or not _name_part(last, last_listed) or not (
            last_listed or (last_freq == 0 and len(last) >= 4)):
        return False
    return min(zipf(first), last_freq) < _PAIR_ONE_RARE


_WORD_BEFORE = lazy(r"([a-z]+)[ \t]+$")
_WORD_AFTER = lazy(r"[ \t]+([a-z]+)")


def _inside_term(text: str, start: int, end: int) -> bool:
    """A pair of unknown words that a third rare word continues on either side."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    after = _WORD_AFTER.match(text, end)
    return any(m is not None and zipf(m.group(1)) < _RARE_SURNAME for m in (before, after))


_RARE_SURNAME = 3.0  # "delgado", "nowak", "kowalczyk"; not "rash", "lab", "park", "king"


# Endings that make a word English does not know a surname: "zielinska", "petrenko",
# "papadopoulos", "abdullayev", "gunnarsdottir".
_SURNAME_ENDING = lazy(
    r"(?:sk[iay]|ck[iay]|dzk[iay]|wicz|czyk|czak|enko|ienko|ova|eva|ovich|evich|ovic|ovi\u0107|"
    r"yan|ian|opoulos|akis|idis|escu|sson|dottir|oglu|zadeh|ayev|iyev|shvili|adze)$"
)


def _rare_surname(word: str, surnames: census.NameList) -> bool:
    """A surname rare in English: in the census lists, or unknown to English and ending as
    surnames of many languages do."""
    if zipf(word) >= _RARE_SURNAME or not _name_part(word, False):
        return False
    return word in surnames or (zipf(word) == 0 and _SURNAME_ENDING.search(word) is not None)


# "kid in 4 (amara)", "84M (emeka obi)", "my pt (shirley)": a person described as a patient,
# then named in parentheses.
_DESCRIBED_THEN_NAMED = gated(
    r"(?:\b(?:pts?|patients?|kid|lady|guy|man|woman|baby|boy|girl|gentleman)|"
    r"\b\d{1,3}[ \t]?(?:[mfMF]|yo|y/o)|\bin[ \t]+\d{1,4}[A-Za-z]?|\b(?i:bed|room|rm)[ \t]*\d{1,4})"
    r"[ \t]*\([ \t]*(?P<name>[A-Za-z][a-z'\u2019-]+(?:[ \t]+[A-Za-z][a-z'\u2019-]+)?)[ \t]*\)",
    words=False)


def described_then_named(text: str) -> Iterator[NameCandidate]:
    """A name in parentheses right after a patient noun, an age and sex or a bed."""
    for m in _DESCRIBED_THEN_NAMED.finditer(text) if "(" in text else ():
        words = m.group("name").split()
        if all(lower_name(w.lower(), loose=True) for w in words):
            yield NameCandidate(m.start("name"), m.end("name"), 3, relation=True)


# "we lost ruthanne last night", "admitted keziah overnight": a lower-case name after a verb of
# care only a patient undergoes; "consuelo went home", "ruthanne passed": one opening a
# sentence, then a care act.
_CARE_VERBS = ("admitted", "discharged", "transferred", "intubated", "extubated", "lost",
               "coded", "scoped", "cathed", "tubed", "transfused", "sedated", "tapped")
# "checked on mateusz after his stent", "rounded on thandiwe": a verb of the ward whose object
# is always a person; there a word English does not know is a name ("checked on bipap" is not:
# the word goes on into a noun phrase or is clinical)
_PERSON_VERBS = ("rounded on", "checked on", "checked in on", "looked in on", "examined",
                 "consented", "visited", "evaluated", "counseled", "counselled", "re-examined")
# ... and every other verb of `clause_roles.VERBS` whose object is someone cared for ("worked
# up wojciech", "saw maria in clinic"): one pass over the text for all of them
_LOWER_VERBS = tuple(dict.fromkeys(
    (*_CARE_VERBS, *_PERSON_VERBS,
     *(v for v, kind in clause_roles.VERBS if kind != clause_roles.SOCIAL))))
_LOWER_VERB_GATE = tuple(dict.fromkeys(v.split()[0] for v in _LOWER_VERBS))
_LOWER_VERB_ALTS = "|".join(v.replace(" ", r"\s+") for v in sorted(_LOWER_VERBS, key=len,
                                                                     reverse=True))
_VERB_THEN_LOWER = gated(
    rf"\b(?P<verb>{_LOWER_VERB_ALTS})"
    rf"\s+(?P<name>{LOWER_WORD})\b(?!['\u2019-])", words=False)
_PERSON_END = lazy(
    r"(?=[ \t]*(?:[,.;:!?)]|$|[ \t]+(?:after|before|this|today|again|and|"
    r"overnight|yesterday|in|on|at|with|who|since|for|s/p|but|while|-)\b))")
# "discharged wojciech home", "transferred ilse to 4 west": where the person went
_SENT_ON = lazy(r"[ \t]+(?:home|back|out|to)\b")
# "sent gwendolyn home": a person sent home, back or out
_SENT_LOWER = lazy(rf"\bsent\s+(?P<name>{LOWER_WORD})\s+(?:home|back|out\s+to)\b")
_PAIR_AFTER_VERB = lazy(
    r"(?P<first>[a-z]{2,14})[ \t]+(?P<last>[a-z]{2,14})(?=[ \t]*(?:[,.;:!?)]|$|[ \t]+(?:to|from|"
    r"on|with|for|after|overnight|yesterday|today|this|last|again|and)\b))"
)


def _census_pair(first: str, last: str) -> bool:
    """A census given name then a census surname, neither a disease nor a word skipped."""
    return (first in census.given_names() and last in census.surnames()
            and _name_part(first, True) and _name_part(last, True) and zipf(last) < 5.5)


def _lower_cared_for(text: str, m: re.Match[str], verb: str) -> bool:
    """A lower-case word after a verb of the ward or of care (`clause_roles`) that ends its
    noun phrase and is a name: any word English does not know, or a census given name English
    does not use much ("saw maria in clinic"), when the verb is care only in a place of care and
    that place follows."""
    name = m.group("name")
    if CLINICAL_NOUN.fullmatch(name):
        return False
    if verb in _PERSON_VERBS:
        return _PERSON_END.match(text, m.end("name")) is not None and lower_name(name, loose=True)
    if _PERSON_END.match(text, m.end("name")) is None and _SENT_ON.match(
            text, m.end("name")) is None:
        return False
    role = clause_roles.read(text, text, m.start("name"), m.end("name"), m.start())
    # a word English does not know, long enough not to be shorthand ("scoped egd today")
    loose = lower_name(name) or (len(name) > 3 and lower_name(name, loose=True))
    if role.kind == clause_roles.CARE:
        return loose
    return role.cared_for and (loose or (
        name in census.given_names() and zipf(name) < 4.5 and not not_a_name_word(name.title())))


_LEAD_LOWER = lazy(rf"[ \t]*(?P<name>{LOWER_WORD})\b(?!['\u2019-])")


def cared_for(text: str, sentence_starts: set[int]) -> Iterator[NameCandidate]:
    """A lower-case name care was done to, or that opens a sentence telling of its care."""
    # the gate: the verbs as substrings, each a single C-level search
    if any(verb in text for verb in _LOWER_VERB_GATE):
        for m in _VERB_THEN_LOWER.finditer(text):
            verb = " ".join(m.group("verb").split())
            if verb in _CARE_VERBS:
                pair = _PAIR_AFTER_VERB.match(text, m.start("name"))
                if pair and _census_pair(pair.group("first"), pair.group("last")):
                    # "we transferred bill king to the MICU": a given name and a surname that
                    # are both words, as the object of the care verb
                    yield NameCandidate(pair.start(), pair.end("last"), 3, relation=True)
                elif lower_name(m.group("name")) or _lower_cared_for(text, m, verb):
                    yield NameCandidate(m.start("name"), m.end("name"), 3, relation=True)
            elif _lower_cared_for(text, m, verb):
                yield NameCandidate(m.start("name"), m.end("name"), 3, relation=True)
    if "sent " in text:
        for m in _SENT_LOWER.finditer(text):
            if lower_name(m.group("name"), loose=True):
                yield NameCandidate(m.start("name"), m.end("name"), 3, relation=True)
    for start in sentence_starts:
        m = _LEAD_LOWER.match(text, start)
        if m and CARE_ACT.match(text, m.end("name")) and lower_name(m.group("name")):
            yield NameCandidate(m.start("name"), m.end("name"), 3, relation=True)
