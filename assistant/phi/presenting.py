"""Who presents: a patient coming to care, or a clinician giving a talk?

"Present" has both senses in a resident's message: "she presented to the ED with chest pain"
is a patient's care, "Dr. Osei presented on December 3 with her co-fellow" and "I'm presenting
Kawasaki at journal club" are talks. The sense is read from the verb's subject and from what its
clause goes on with, never from the names:
- care wins whenever the clause says so: "to" a place of care, "with" anything but a colleague
  ("with chest pain", "with her mother"), "in" a state ("in shock"), a complaint's words;
- otherwise it is a talk when the subject is the writer or a clinician by title or role ("I",
  "we", "Dr. Osei", "our co-chief Abebe", "the fellows"), or when the clause names a forum, a
  co-presenter or the work shown ("at noon conference", "with her co-fellow", "her registry
  data").
A bare name presented at a teaching forum ("presenting Takayasu at grand rounds") is the topic
of the talk; at a forum of cases (morning report, sign-out, M&M) it stays a patient.
"""

from __future__ import annotations

from assistant.phi.lexicon import CAP, SENDER_PRESENTS
from assistant.phi.roles import ROLE
from assistant.text import pronouns as pronoun_words
from assistant.text.gated import gated
from assistant.text.patterns import lazy
from assistant.text.pronouns import pronouns

PRESENT_VERB = gated(r"\b(?:re-?)?present(?:s|ed|ing)?\b", words=False)

# a co-worker by a "co-" word: "co-fellow", "co-author", "coresident" (not "cold", "cough")
_CO = r"(?:co-[\w-]+|co(?:fellow|resident|intern|author|presenter|chair|investigator|pi|mentor)s?)"
# (not the period of a title: "by Dr. Sanger")
_CLAUSE_END = lazy(
    r"(?<!\bdr)(?<!\bdrs)(?<!\bprof)(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bst)\.|[;!?\n]"
    r"|,\s+(?:and|but|so|then|which|who)\b|\s-\s")
# "our co-chief Abebe is presenting", "the fellows present", "my co-resident presented": a
# clinician named by role as the subject, right before the verb (lower-cased text)
_ROLE_SUBJECT = gated(
    rf"\b(?:the|our|my|your|a|an|his|her|their)\s+(?:[\w-]+\s+){{0,2}}{ROLE}"
    r"(?:\s*,?\s*(?:dr\.?\s+)?[a-z][\w'\u2019-]+\s*,?)?"
    r"(?:'ll|'s|'re|\s+will|\s+is|\s+are|\s+was|\s+were|\s+also|\s+just|\s+then)*(?:\s+be)?\s+$",
    words=False)
# What a patient presents to or with, in the verb's clause.
_CARE_AFTER = gated(
    # "to the ED", "to our clinic", "to urgent care", "to us", "to an outside hospital"
    r"\bto\s+(?:(?:the|our|an?|his|her|their|your|my|this|that)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:ed|er|ercc|emergency|clinic|hospital|urgent\s+care|triage|office|pcp|us|icu|"
    r"floor|ward|unit|osh|facility|center|centre|l&d|labor)\b"
    # "with chest pain", "with her mother": anything but a colleague or the work shown
    rf"|\b(?:with\s++|w/\s*+)(?!(?:(?:his|her|their|our|my|your|the|a|an)\s+)?(?:[\w-]+\s+)?{ROLE}\b)"
    rf"(?!(?:his|her|their|our|my|the|a|an)\s+(?:[\w-]+\s+)?(?:{_CO}|mentors?|teams?|"
    r"labs?|slides|group|department|division|program|class|cohort)\b)"
    r"(?!(?:dr|drs|prof|professor)\b)(?!(?:me|us|you|him)\b)"
    # "in septic shock", "in DKA", "after a fall", "complaining of", "for evaluation"
    r"|\bin\s+(?:(?:septic|cardiogenic|hypovolemic)\s+)?(?:shock|dka|extremis|distress|"
    r"arrest|labor|crisis|status)\b|\bafter\s+(?:a|an|his|her|their)\s+(?:fall|accident|"
    r"injury|mvc|overdose|seizure)\b|\bcomplain\w*|\bfor\s+(?:evaluation|eval|"
    r"follow-?up|f/u|care|treatment|a\s+(?:rash|cough|fever))\b",
    words=False)
# What a talk's clause names: a forum, a co-presenter, the work shown, an audience, the
# presenter of a passive ("presented on the 2nd by Dr. Sanger").
_TALK_AFTER = gated(
    rf"\bby\s+(?:(?:drs?|prof|professor)\.?\s|(?:our|the|my|a|an)\s+(?:[\w-]+\s+)?{ROLE}\b)|"
    r"\b(?:at|to|during|for)\s+(?:(?:the|our|my|your|this|next|a|an|their|his|her)\s+)?"
    r"(?:[\w&-]+\s+){0,3}?(?:journal\s+club|grand\s+rounds|noon\s+conference|conference|"
    r"meeting|summit|symposium|congress|convention|workshop|lecture|seminar|retreat|webinar|"
    r"forum|research\s+day|poster\s+session|session|chapter|course|interns|residents|students|"
    r"fellows|faculty|class|department|committee|board|society|morning\s+report|m&m|"
    r"tumou?r\s+board|sign-?out|case\s+conference|rounds)\b"
    r"|\b(?:with\s++|w/\s*+)(?:(?:his|her|their|our|my|your|the|a|an)\s+)?(?:[\w-]+\s+)?"
    rf"(?:{ROLE}|{_CO}|mentors?|teams?|labs?|group)\b"
    r"|\b(?:his|her|their|our|my|the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:data|registry|research|"
    r"findings|work|poster|abstract|slides|talk|lecture|paper|study|project|curriculum|"
    r"review|cohort|series|experience|thesis|proposal|pilot|qi)\b",
    words=False)
# Forums where a case is presented: a bare name shown there is the patient of the case.
_CASE_FORUM = gated(
    r"\b(?:morning\s+report|m&m|morbidity\s+and\s+mortality|sign-?out|handoff|hand-?off|"
    r"tumou?r\s+board|case\s+conference|(?<!grand\s)rounds|huddle|the\s+team|attending)\b",
    words=False)
# What makes the thing presented a topic rather than a person: a noun of a topic after the name
# ("Whipple outcomes", "Kawasaki and MIS-C", "Brugada vs. WPW").
_TOPIC_AFTER = lazy(
    r"(?:['\u2019]s?)?\s+(?:outcomes|data|cases|variants?|mimics?|pathophysiology|workup|"
    r"management|updates?|review|vs\.?|versus|and\s+(?:its|their)\b|and\s+[a-z]*[A-Z]|"
    rf"and\s+{CAP}\s+(?:disease|syndrome))"
)


def _clause(lower: str, start: int, limit: int) -> tuple[int, int]:
    m = _CLAUSE_END.search(lower, start, limit)
    return start, m.start() if m else limit


def clinician_subject(lower: str, verb_start: int, sentence_start: int) -> bool:
    """The verb's subject is the writer or a clinician by title or role."""
    lo = max(sentence_start, verb_start - 60)
    return (SENDER_PRESENTS.search(lower, max(sentence_start, verb_start - 24), verb_start)
            is not None or _ROLE_SUBJECT.search(lower, lo, verb_start) is not None)


def is_talk(lower: str, verb_start: int, verb_end: int, sentence: tuple[int, int]) -> bool:
    """Is the present-verb at `verb_start` a talk given rather than a patient presenting?"""
    if lower.startswith("re", verb_start):
        return False  # "she re-presented on day 3": a return to care
    clause = _clause(lower, verb_end, sentence[1])
    if _CARE_AFTER.search(lower, *clause):
        return False
    if clinician_subject(lower, verb_start, sentence[0]):
        return True
    return _TALK_AFTER.search(lower, *clause) is not None


def talk_in(lower: str, start: int, end: int) -> bool:
    """Does `lower[start:end]` (a sentence) hold a present-verb that is a talk?"""
    return any(is_talk(lower, m.start(), m.end(), (start, end))
               for m in PRESENT_VERB.finditer(lower, start, end))


def topic_presented(text: str, lower: str, verb_start: int, verb_end: int,
                    name_end: int, sentence: tuple[int, int]) -> bool:
    """A bare name right after a present-verb that is the talk's topic, not a patient: the
    talk is given at a teaching forum and at no forum of cases ("presenting Kawasaki at journal
    club"), or the name goes on as a topic does ("Whipple outcomes at grand rounds")."""
    if not is_talk(lower, verb_start, verb_end, sentence):
        return False
    if _TOPIC_AFTER.match(text, name_end):
        return True
    rest = _clause(lower, name_end, sentence[1])
    return (_TALK_AFTER.search(lower, *rest) is not None
            and _CASE_FORUM.search(lower, *sentence) is None)


_THIRD_PERSON = pronouns(pronoun_words.THIRD_PERSON, folded=True)
# "she presented", "he will be presenting": the presenter as the verb's subject
_SUBJECT_OF_TALK = lazy(
    r"(?:['\u2019]ll|\s+will|\s+is|\s+was|\s+also|\s+just|\s+then|\s+has|\s+had)*(?:\s+be|\s+been)?"
    r"\s+(?=present)")
# "her co-fellow", "his research nurse", "her registry data": a presenter's colleague or work
_PRESENTERS_OWN = gated(
    rf"\s+(?:own\s+)?(?:[\w-]+\s+){{0,2}}?(?:{ROLE}|{_CO}|mentors?|teams?|labs?|group|"
    r"data|registry|research|findings|work|poster|abstract|slides|talk|lecture|paper|study|"
    r"project|curriculum|review|thesis|proposal|pilot|qi|department|division|program)\b",
    words=False)


def pronouns_of_presenter(lower: str, start: int, end: int) -> bool:
    """Does every "he/she/his/her" of the sentence `lower[start:end]` speak of whoever gives the
    talk it tells of ("She presented on November 20 at the chapter meeting", "Dr. Osei
    presented ... with her co-fellow")? Not at a forum of cases, where "her" may be the case."""
    found = list(_THIRD_PERSON.finditer(lower, start, end))
    if not found or _CASE_FORUM.search(lower, start, end):
        return False
    talks = [m for m in PRESENT_VERB.finditer(lower, start, end)
             if is_talk(lower, m.start(), m.end(), (start, end))]
    if not talks:
        return False
    # "Dr. Castellanos presented at the chapter meeting and she was great": the one clinician
    # named by title or role is who "she" is
    titled = any(_TITLED_SUBJECT.search(lower, max(start, m.start() - 60), m.start())
                 for m in talks)
    for p in found:
        word = p.group()
        if word in ("he", "she") and (titled or _SUBJECT_OF_TALK.match(lower, p.end())):
            continue
        if word in ("his", "her") and _PRESENTERS_OWN.match(lower, p.end()):
            continue
        return False
    return True


# A clinician by title or role as the subject of the talk (not the writer).
_TITLED_SUBJECT = gated(
    r"\b(?:(?:drs?|prof|professor)\.?\s+[a-z][\w'\u2019-]+(?:\s+[a-z][\w'\u2019-]+)?"
    rf"|(?:the|our|my|your)\s+(?:[\w-]+\s+){{0,2}}{ROLE}(?:\s*,?\s*[a-z][\w'\u2019-]+\s*,?)?)"
    r"(?:'ll|'s|\s+will|\s+is|\s+was|\s+also|\s+just|\s+then)*(?:\s+be)?\s+$", words=False)
