"""What a name is in its clause, read from the clause's roles instead of a phrase around one
word: the verb it is the object of, the kind of that verb, the setting the verb happens in and
who the clause's subject is.

A resident writes "rounded on Tomasz", "saw Maria in clinic", "emailed Dolores", "covered for
Rafe": the same shape, the verb decides. A verb of care ("admitted", "rounded on", "consented",
"intubated") has someone cared for as its object; a verb that is care only in a place of care
("saw", "visited", "updated") needs that place after its object ("in clinic", "on the floor",
"in the ED", "at the bedside"); a social or working verb ("met", "emailed", "taught", "covered
for", "grabbed coffee with") has a colleague, a friend or a correspondent as its object. The
verbs are one table (`VERBS`), so a rule asks `read(...)` rather than keeping its own list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.phi.name_words import CLINICAL_NOUN
from assistant.text.gated import gated
from assistant.text.patterns import lazy

CARE = "care"  # the object is someone cared for
CARE_IN_SETTING = "care_in_setting"  # ... when a place of care follows the object
SOCIAL = "social"  # the object is a colleague, a friend or a correspondent

# (verb as written, kind); a space stands for any run of blanks
VERBS: tuple[tuple[str, str], ...] = (
    *((v, CARE) for v in (
        "admitted", "admitting", "readmitted", "discharged", "discharging", "rounded on",
        "prerounded on", "pre-rounded on", "consented", "intubated", "extubated", "examined",
        "re-examined", "evaluated", "triaged", "transfused", "sedated", "counseled",
        "counselled", "resuscitated", "coded", "scoped", "cathed", "diuresed", "worked up",
        "checked on", "checked in on", "looked in on", "took care of", "cared for",
        "picked up care of", "wrote up", "writing up", "write up")),
    *((v, CARE_IN_SETTING) for v in (
        "saw", "seen", "see", "seeing", "visited", "updated", "followed", "met with",
        "spoke with", "spoke to", "talked with", "talked to")),
    *((v, SOCIAL) for v in (
        "met", "meet", "meeting", "emailed", "e-mailed", "texted", "messaged", "pinged",
        "paged", "thanked", "taught", "mentored", "shadowed", "shadowing", "interviewed",
        "congratulated", "invited", "introduced", "cc'd", "cc", "looped in", "covered for",
        "covering for", "cover for", "swapped with", "swapped shifts with", "traded with",
        "traded shifts with", "worked with", "working with", "trained with", "studied with",
        "roomed with", "carpooled with", "caught up with", "ran into", "bumped into",
        "hung out with", "precepted", "grabbed coffee with", "got coffee with",
        "had coffee with", "had lunch with", "had dinner with", "grabbed lunch with",
        "got lunch with", "had drinks with", "went to school with", "co-presented with")),
)

# Verbs done to a colleague and never to someone cared for
_COLLEAGUE_ONLY = frozenset({
    "covered for", "covering for", "cover for", "swapped with", "swapped shifts with",
    "traded shifts with", "shadowed", "shadowing", "precepted", "co-presented with"})

# A care verb's object in a place of care: "in clinic", "on the floor", "in the ED", "at the
# bedside", "on rounds", "in bed 4", "in follow-up"; after the rest of the name and a word of
# time ("saw Maria Lopez again today in clinic")
_SETTING_AFTER = lazy(
    r"(?:\s+[A-Z][\w'\u2019-]+)?(?:\s*,)?"
    r"(?:\s+(?:again|today|yesterday|briefly|tonight|overnight|this\s+(?:am|morning|afternoon)|"
    r"last\s+(?:night|week)))*"
    r"\s+(?:in|on|at|during)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:clinic|ed|er|icu|micu|sicu|ccu|picu|nicu|cvicu|pacu|floor|wards?|"
    r"unit|step-?down|bedside|rounds|bed\s*\d+\w?|room\s*\d+\w?|rm\s*\d+\w?|bay\s*\d+|"
    r"f/?u|follow-?up|urgent\s+care|triage|resus|l&d|ob\s+triage|infusion\s+center|dialysis|"
    r"hd|the\s+er|cath\s+lab|pre-?op|post-?op)\b",
    re.IGNORECASE,
)

# "at the farmers market", "in Chicago", "at the airport": a place after the object (a hospital,
# a care home or someone's home keeps the safe side)
_PLACE_AFTER = lazy(
    r"(?:\s+[A-Z][\w'\u2019-]+)?(?:\s*,)?\s+(?:at|in)\s+(?:(?:the|a|an|my|our|your)\s+)?"
    r"(?!(?:[\w-]+\s+){0,2}?(?:hospital|va|snf|rehab|nursing|home|house|hospice|shelter|jail|"
    r"prison|facility|ltac|ltach|alf|memory|infusion|dialysis|pharmacy)\b)[\w-]+")
_ALTERNATION = "|".join(
    re.escape(v).replace(r"\ ", r"\s+").replace("'", "['\u2019]")
    for v, _ in sorted(VERBS, key=lambda vk: -len(vk[0])))
_KIND = {v.replace(" ", ""): k for v, k in VERBS}
# The verb right before the name (a courtesy title or "back" may stand between)
_VERB_BEFORE = gated(
    rf"\b(?P<verb>{_ALTERNATION})\s+(?:(?:back|up|again|also|briefly)\s+)?"
    r"(?:(?:mr|mrs|ms|mx|miss)\.?\s+)?$", words=False)
# Where the verb's clause opens, and the openers before its subject
_CLAUSE_BREAK = lazy(r"[.;:!?(\n]|\s[-\u2013\u2014]\s|,\s+(?:and|so|but|then)\s")
_FIRST_WORD = lazy(
    r"[\s>*\"'-]*(?:(?:so|and|then|also|just|finally|btw|fyi|today|yesterday|update|overnight|tonight|"
    r"this\s+(?:am|morning|afternoon)|last\s+night)\s*[,:]?\s+)*"
    r"(?P<who>[\w'\u2019-]+)")
_WRITER = frozenset({"i", "we", "i've", "i'd", "we've", "we'd", "i\u2019ve", "i\u2019d",
                     "we\u2019ve", "we\u2019d"})
_READER = frozenset({"you", "you've", "you'd", "you\u2019ve", "you\u2019d"})


@dataclass(frozen=True)
class Clause:
    """The candidate's role: `verb` it is the object of ("" for none), that verb's `kind`,
    whether a place of care follows (`setting`) and the `subject` ("writer", "reader",
    "other" or "" when the clause opens on the verb, as the writer's notes do)."""

    verb: str = ""
    kind: str = ""
    setting: bool = False
    subject: str = ""

    @property
    def cared_for(self) -> bool:
        """The object of care: a verb of care, or one done in a place of care."""
        return self.kind == CARE or (self.kind == CARE_IN_SETTING and self.setting)

    elsewhere: bool = False  # a place after the object that is no place of care

    @property
    def colleague(self) -> bool:
        """The object of a verb done only to a colleague ("covering for Ilse", "shadowed
        Wojtek"), whatever else the sentence says of family or care."""
        return self.kind == SOCIAL and " ".join(self.verb.split()) in _COLLEAGUE_ONLY

    @property
    def social(self) -> bool:
        """The object of a social or working verb done by the writer or the reader, in no
        place of care ("met Ilse", "I emailed Dolores"; not "she met Ilse in the ED"), or of a
        verb that is care only in a place of care, done somewhere else ("I saw Ilse at the
        farmers market")."""
        return (self.kind == SOCIAL or (self.kind == CARE_IN_SETTING and self.elsewhere)) and (
            not self.setting and self.subject in ("writer", "reader", ""))


_NONE = Clause()

# What a colleague, a friend or a correspondent has: work done or a life event, never care
_WORK_OR_LIFE = (
    r"(?:qi\s+|research\s+|grand\s+rounds\s+|journal\s+club\s+|m&m\s+|retirement\s+|"
    r"farewell\s+|birthday\s+|going-away\s+|baby\s+|bridal\s+|engagement\s+)?"
    r"(?:poster|abstract|slides|slide\s+deck|talk|lecture|presentation|manuscript|paper|thesis|"
    r"dissertation|defen[cs]e|grant|project|podcast|newsletter|curriculum|workshop|"
    r"band|party|wedding|shower|graduation|promotion|retirement|send-?off|farewell|"
    r"fellowship\s+(?:match|interview|application)|match|interview|cv|lor|letter|"
    r"schedule|shift|call\s+schedule|swap|coverage|elective|rotation|award|book|blog)s?"
)
_POSSESSES = lazy(
    r"(?:\s+[A-Z][\w'\u2019-]+)?['\u2019]s\s+(?:(?:new|first|last|big|final|upcoming|amazing|"
    r"great|latest)\s+)?" + _WORK_OR_LIFE + r"\b(?!\s+(?:for|of|about|on)\b)",
    re.IGNORECASE)
# A line that names a person and then what about them it is: "Kowalczyk - slides due 3/4",
# "Ruiz / Tanabe: sim lab booking", "Priyamvada - congrats on the match!"
_LINE_TOPIC = lazy(
    r"(?:\s*(?:/|,|&|and)\s*[A-Z][\w'\u2019-]+)*\s*(?:[-\u2013\u2014:|]|re:)\s*"
    r"(?:(?:quick|q|question|fyi|re|your|my|our|the)\s*:?\s+)*"
    r"(?:lunch|coffee|dinner|drinks|congrats|congratulations|thanks|thank\s+you|welcome|"
    r"didactics|sim(?:\s+lab)?|journal\s+club|meeting|mtg|intro(?:duction)?|"
    r"mentorship|mentoring|career|research|qi|noon\s+conference|" + _WORK_OR_LIFE + r")\b",
    re.IGNORECASE)
# Work handed to someone: "send the slides to Ilse", "forwarded my CV to Dr. and Ms."
_WORK_SENT_TO = gated(
    r"\b(?:send|sent|sending|forward|forwarded|forwarding|give|gave|pass|passed|show|showed|"
    r"email|emailed|share|shared)\s+(?:the|my|our|your|a|an|these|those|this|that|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:slides|abstract|poster|draft|cv|manuscript|paper|schedule|link|"
    r"notes|agenda|file|files|deck|handout|survey|form|minutes|invite|invitation|photos|"
    r"pictures|recording|spreadsheet|letter|lor)\s+(?:over\s+)?to\s+(?:dr\.?\s+)?$",
    words=False)
# Told or asked a colleague what the writer will do: "told Ilse I'd review her abstract"
_TOLD_THEN_WRITER = gated(r"\b(?:told|tell|asked|ask|reminded|remind|promised|let)\s+$",
                          words=False)
_WRITER_NEXT = lazy(r"(?:\s+that)?\s+(?:i|we|i['\u2019](?:d|ll|m|ve)|we['\u2019](?:d|ll|re|ve))\b")
# A career or a life event said of the person: the subject of it is a colleague or a friend
_CAREER_AFTER = lazy(
    r"(?:\s+[A-Z][\w'\u2019-]+)?\s+(?:(?:just|finally|also|officially)\s+)?"
    r"(?:(?:was|is|has\s+been|got|just\s+got|will\s+be)\s+(?:(?:just|finally|officially)\s+)?"
    r"(?:promoted|hired|accepted|elected|named|appointed|selected|chosen|awarded|recognized|"
    r"matched|engaged|married|nominated|tenured|board-certified)(?!\s+(?:to|into|in)\s+(?:the\s+)?"
    r"(?:hospice|rehab|snf|icu|hospital|a\s+trial|the\s+trial|study))"
    r"|(?:matched|graduated|retired|retires|retiring|defended|won|got\s+(?:engaged|married|"
    r"the\s+job|tenure))"
    r"|(?:is\s+|was\s+)?(?:starting|started|starts|finishing|finished|joining|joined|leaving|"
    r"left)\s+(?:(?:her|his|their|a|the)\s+)?(?:[\w-]+\s+)?(?:fellowship|residency|job|"
    r"position|chief\s+year|sabbatical|program|faculty|practice|lab|phd|mba|mph))\b",
    re.IGNORECASE)
# Someone who holds the writer's work or covers for it: "Kenji has my pager", "Ilse is covering"
_COVERS_AFTER = lazy(
    r"(?:\s+[A-Z][\w'\u2019-]+)?\s+(?:(?:has|have|had|took|takes|is\s+holding|is\s+carrying|"
    r"will\s+(?:have|take|hold))\s+(?:my|our)\s+(?:[\w-]+\s+)?(?:pager|phone|patients|list|service|"
    r"shift|call|clinic|team|census|sign-?out|panel)|(?:is|was|will\s+be)\s+(?:covering|"
    r"on\s+call|charge|the\s+charge\s+nurse|chief|senior|back-?up|backup|jeopardy))\b",
    re.IGNORECASE)
_WARD_NUMBER = lazy(r"[ \t]+\d{1,2}[A-Za-z]?\b")
_LINE_OPEN = lazy(r"(?:^|\n)[ \t>*-]*(?:(?:subject|re|fwd?)[ \t]*:[ \t]*)*"
                  r"(?:(?:re|fwd?)[ \t]*:[ \t]*)*"
                  r"(?:(?-i:[A-Z][\w'\u2019-]+)[ \t]*(?:/|,|&|and)[ \t]*)*$", re.IGNORECASE)


def read(text: str, lower: str, start: int, end: int, sentence_start: int) -> Clause:
    """The role of the name `start..end`, read back to its sentence's start (at most 80
    characters, so a long text stays linear)."""
    floor = max(sentence_start, start - 80)
    m = _VERB_BEFORE.search(lower, floor, start)
    if m is None:
        return _NONE
    verb = re.sub(r"\s+", "", m.group("verb")).replace("\u2019", "'")
    kind = _KIND.get(verb, "")
    setting = _SETTING_AFTER.match(text, end) is not None
    opens = floor
    for b in _CLAUSE_BREAK.finditer(lower, floor, m.start()):
        opens = b.end()
    w = _FIRST_WORD.match(lower, opens, m.start() + 1)
    who = w.group("who") if w and w.start("who") < m.start() else ""
    subject = ("writer" if who in _WRITER else "reader" if who in _READER
               else "other" if who else "")
    elsewhere = not setting and _PLACE_AFTER.match(text, end) is not None
    return Clause(m.group("verb"), kind, setting, subject, elsewhere)


def owner(text: str, lower: str, start: int, end: int, sentence_start: int) -> str:
    """The non-patient the clause gives the name `start..end` to ("" for none): the object of a
    social or working verb or a colleague handed work ("social_object"), someone a career or a
    life event is said of ("career"), a ward rounded on ("Tillman 3": "ward"), the owner
    of work or a life event ("Oyelowo's QI poster", "Tamsin's wedding": "work_owner"), a person a
    line is about when the line goes on with work or a social plan ("Szymanska - slides due":
    "topic_line")."""
    role = read(text, lower, start, end, sentence_start)
    if role.social:
        return "social_object"
    if role.verb.startswith(("rounded", "prerounded", "pre-rounded")) and _WARD_NUMBER.match(
            text, end):
        return "ward"  # "rounded on Kessler 5": a ward and its number
    if _WORK_SENT_TO.search(lower, max(sentence_start, start - 80), start) or (
            _TOLD_THEN_WRITER.search(lower, max(sentence_start, start - 20), start)
            and _WRITER_NEXT.match(lower, end)):
        return "social_object"  # "send the slides to Ilse", "told Ilse I'd review it"
    if _COVERS_AFTER.match(text, end):
        return "career"  # "Kenji has my pager", "Ilse is covering nights"
    if _CAREER_AFTER.match(text, end):
        return "career"  # "Ilse was promoted to APD", "Wojtek just matched into GI"
    if _POSSESSES.match(text, end):
        return "work_owner"
    if _LINE_OPEN.search(text, max(0, start - 30), start) and _LINE_TOPIC.match(text, end):
        return "topic_line"
    return ""


# A person as the subject of what happens to someone cared for: "Ilse needs a repeat BMP",
# "Wojtek spiked to 39", "Ilse is on heparin", "Tomasz got a CT overnight"; the verbs a patient
# is the subject of, then (for the general ones) a clinical noun as their object, within four
# words and no preposition ("Ilse has a talk on sepsis" is work, "Ilse got a grant" no care)
_RECEIVES = lazy(
    r"(?:\s+[A-Z][\w'\u2019-]+)?(?:['\u2019]s)?\s+(?:(?:still|finally|just|now|also|again)\s+)?"
    r"(?:(?P<direct>spiked|desatted|desats|desaturated|decompensated|seized|is\s+s/p|was\s+s/p|"
    r"s/p|c/o|complains\s+of|complaining\s+of|is\s+npo|was\s+npo|is\s+febrile|was\s+febrile|"
    r"is\s+hypotensive|was\s+hypotensive|(?:is\s+|was\s+|now\s+)?npo)|"
    r"(?:needs|needed|got|gets|had|has|tolerated|tolerating|refused|refuses|refusing|is\s+on|"
    r"was\s+on|is\s+getting|was\s+getting|"
    r"went\s+for|is\s+due\s+for|is\s+scheduled\s+for)"
    r"(?P<object>(?:\s+(?!(?:on|about|for|in|at|with|of|to|from|by)\b)[\w/-]+){1,4}))\b",
    re.IGNORECASE)
_WORK_WORD = lazy(r"\b(?:talk|lecture|paper|poster|abstract|grant|case|presentation|slides|"
                  r"question|idea|meeting|class|course|chapter|review)s?\b", re.IGNORECASE)


def receives_care(text: str, end: int) -> bool:
    """Is the name ending at `end` the subject of care received ("Ilse needs a repeat BMP")?"""
    m = _RECEIVES.match(text, end)
    if m is None:
        return False
    if m.group("direct"):
        return True
    obj = m.group("object")
    return CLINICAL_NOUN.search(obj) is not None and _WORK_WORD.search(obj) is None


_VERB_WORDS = frozenset(v.split()[0] for v, _ in VERBS)


def is_verb_word(word: str) -> bool:
    """A capitalised verb of the table opening a sentence ("Shadowed Dr. Okoro ...",
    "Rounded on ..."): the clause's verb, no one's name."""
    return word.lower() in _VERB_WORDS


def covers_for_writer(text: str, end: int) -> bool:
    """"Kenji has my pager", "Ilse is charge tonight": someone holding the writer's work."""
    return _COVERS_AFTER.match(text, end) is not None
