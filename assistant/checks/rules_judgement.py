"""The negative check: a judgement that disparages people or a program.

A judgement about people is a disparaging word or idiom whose subject is people: found beside
a people noun ("terrible teachers", "a useless attending") or as the predicate of a clause
whose subject names people ("the attendings here are kind of phoning it in", "my program is a
joke"). Insults ("incompetent", "idiots") disparage whatever they are said of. It is not a
judgement about people when the words describe illness ("terrible pain", "an incompetent
valve"), a thing ("a terrible night", "the order set is a nightmare"), the sender ("I was a
terrible intern"), or are quoted from someone else. The lists are in `lexicons.py`.
"""

from __future__ import annotations

import re

from assistant.checks.anchored import AnchoredPatterns
from assistant.checks.base import Context, quote
from assistant.checks.lexicons import (
    DISREGARD,
    DISREGARD_ANCHORED,
    HARSH,
    INSULTS,
    PEOPLE,
    PREDICATE_INSULTS,
    ROLE_SHAPE,
    TRAITS,
)
from assistant.text.patterns import lazy
from assistant.text.sentences import enclosing_span
from assistant.text.words import WORD_RE

# Words that put a sentence in the clinic: harsh words there describe illness, not people.
_CLINICAL = frozenset({
    "patient", "patients", "pt", "pain", "symptom", "symptoms", "diagnosis", "prognosis",
    "outcome", "outcomes", "bleed", "bleeding", "cough", "headache", "nausea", "disease",
    "infection", "condition", "injury", "tumor", "tumour", "cancer", "lesion", "cervix",
    "valve", "sphincter", "capacity", "ingestion", "overdose", "shock", "sepsis", "case",
    "hypertension", "neoplasm", "melanoma", "megacolon", "effusion", "side", "eye",
})
_HATE_IDIOM_NEXT = frozenset({"to", "that", "it", "when", "for", "how"})
# Words that do not name what a harsh word describes: after them, look at the neighbours.
_FUNCTION_WORDS = frozenset("""
a an the this that these those my our your his her their its and or but nor so yet of on in at
to for with about from by as than then because since while when if is was are were be been being
am has have had do does did not no very really too quite just also even still ever always never
""".split())  # noqa: SIM905 - a word list reads better as text
_SELF = frozenset({"i", "i'm", "i’m", "me", "myself"})
_SELF_DEPRECATING_NEXT = frozenset({"question", "questions", "mistake", "mistakes", "me"})
# Where a clause's subject starts: after a conjunction, a relative word or a verb of saying
# ("the attendings said the pager is a nightmare" judges the pager).
_SUBJECT_START = lazy(
    r"[,:;(—–]|\b(?:and|but|so|because|since|as|while|when|whereas|although|though|that|which|"
    r"who|where|said|says|say|think|thinks|thought|feel|feels|felt|believe|know|told|tells|"
    r"mentioned|if)\b",
    re.IGNORECASE,
)
_RELATIVE = frozenset({"who", "that", "which"})
_COPULA = lazy(
    r"\b(?:is|are|was|were|am|be|been|being|seem|seems|seemed|act|acts|acted|"
    r"['’](?:s|re))\b(?:[ \t]+(?:not|kind[ \t]+of|sort[ \t]+of|really|so|such|totally|just|"
    r"honestly|basically|pretty|all|complete|total|absolute|a|an|bunch[ \t]+of|always|"
    r"bit[ \t]+of|little|real|such[ \t]+a|literally|straight[ \t]+up))*"
    r"[ \t]*$",
    re.IGNORECASE,
)


# Single words are looked up word by word; idioms by one pattern. Both run on the lower-cased
# text (Message.lower). A word joins hyphenated parts, so "non-toxic" is not "toxic".
_WORDS = INSULTS | set(HARSH) | PREDICATE_INSULTS


# Idioms are scanned only when the message holds one of their anchors (`anchored.py`).
_IDIOMS = AnchoredPatterns(DISREGARD)
_ANCHORED = AnchoredPatterns(DISREGARD_ANCHORED)


def _triggers(low: str, end: int, tokens: list[tuple[int, int]],
              words: frozenset[str]) -> list[tuple[int, int]]:
    """`words`: the set of the tokens' words; a message holding none of the list's words
    skips the word-by-word lookup."""
    spans = [(s, e) for s, e in tokens if low[s:e] in _WORDS] if not words.isdisjoint(
        _WORDS) else []
    for idioms in (_IDIOMS, _ANCHORED):
        spans += [m.span() for m in idioms.matches(low, 0, end, "'’-")]
    return sorted(spans)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a word: "thanks for the sepsis advice; X is awful" is two."""
    return enclosing_span(text, start, end, clause=True, reach=300)


def _words(text: str, start: int, end: int) -> list[str]:
    return [w.lower() for w in WORD_RE.findall(text, start, end)]


def _clinical(text: str, start: int, end: int, subject: list[str] | None = None) -> bool:
    """Does the harsh word describe illness ("incompetent valve", "terrible pain")? Only when a
    clinical word is beside it or is what it is said of: "the sepsis team is incompetent" and
    "the surgeons are clowns about handoffs, so the sepsis checklist..." still disparage."""
    before = _words(text, max(0, start - 40), start)[-2:]
    after = _words(text, end, min(len(text), end + 40))[:2]
    return bool(set(before + after + (subject or [])) & _CLINICAL)


def _empty(words: list[str]) -> bool:
    """A subject with no noun in it: "and honestly (a waste of time)"."""
    return all(w in _FUNCTION_WORDS or w.endswith("ly") for w in words)


def _subject(text: str, clause_start: int, start: int) -> list[str]:
    """The words of the subject when text[:start] ends with a copula ("the attendings here
    are kind of"), or with the subject itself before an idiom ("the attendings could not").
    A coordinated predicate ("were arrogant and honestly a waste of time") shares the subject
    of the clause before the conjunction."""
    head = text[clause_start:start]
    while True:
        m = _COPULA.search(head)
        cut = m.start() if m else len(head)
        starts = [b for b in _SUBJECT_START.finditer(head, 0, cut)]
        words = _words(head, starts[-1].end() if starts else 0, cut)
        if (_empty(words) and starts and starts[-1].group().lower() in _RELATIVE):
            # "cynics who mock anyone": the relative pronoun stands for the noun before it
            before = starts[-2].end() if len(starts) > 1 else 0
            return _words(head, before, starts[-1].start())
        if not (_empty(words) and starts and starts[-1].group().lower() in ("and", "but", ",")):
            return words
        head = head[:starts[-1].start()]


def _quoted(text: str, clause_start: int, start: int) -> bool:
    """Inside quotation marks: the words are someone else's."""
    head = text[clause_start:start]
    return head.count("“") > head.count("”") or head.count('"') % 2 == 1


def _describes_a_thing(text: str, end: int, nxt: str) -> bool:
    """The harsh word is followed, in the same phrase, by a noun that is not people or one of
    their traits: "a terrible night", "disaster preparedness"."""
    if not nxt.isalpha() or nxt in PEOPLE or nxt in TRAITS or nxt in _FUNCTION_WORDS:
        return False
    return _SAME_PHRASE.match(text, end) is not None


_SAME_PHRASE = lazy(r"[ \t]+[^\W\d_]")  # only spaces before the next word, no comma


# A name for people used to refer to them: "the dinosaurs on our stroke service", "those clowns
# in my department", "the snakes who run the department" (not "the dinosaurs at the Field
# Museum", "the clowns at the children's hospital gala", or a thing: "the joke on our service").
_REFERRING = frozenset({"the", "those", "these", "our", "my", "some", "all"})
_WHERE_OR_WHO = frozenset({"on", "in", "at", "from", "of", "who", "that", "running"})
_WORKPLACE = PEOPLE | frozenset({
    "service", "services", "team", "teams", "department", "dept", "unit", "units", "floor",
    "floors", "ward", "wards", "division", "hospital", "clinic", "admin", "icu", "micu", "sicu",
    "picu", "nicu", "ed", "or", "committee", "group", "rotation", "call", "practice",
})
_THING_INSULTS = frozenset({"joke", "jokes", "circus", "zoo", "mess"})


def _names_colleagues(text: str, word: str, before: list[str], end: int) -> bool:
    if word in _THING_INSULTS or not (set(before[-2:]) & _REFERRING):
        return False
    after = _words(text, end, min(len(text), end + 60))[:6]
    if not after or after[0] not in _WHERE_OR_WHO:
        return False
    # where they are: the sender's own workplace ("on our stroke service", "in my department")
    return after[0] in ("who", "that") or (len(after) > 2 and after[1] in ("our", "my")
                                            and bool(set(after[2:]) & _WORKPLACE))


def _judges_people(text: str, start: int, end: int) -> tuple[bool, str | None]:
    """(whether text[start:end] disparages people or a program, a neutral replacement)."""
    word = text[start:end].lower()
    before = _words(text, max(0, start - 80), start)[-3:]
    after = _words(text, end, min(len(text), end + 80))[:3]
    nxt = after[0] if after else ""
    cs, _ce = _clause(text, start, end)
    if _quoted(text, cs, start):
        return False, None
    subject = _subject(text, cs, start)
    if text[start:start + 2].lower() == "no":  # "nobody in my program ...": its own subject
        subject = subject + _words(text, start, end)
    # people, or what a program is judged by ("teaching on our wards is a joke")
    about_people = bool(set(subject) & (PEOPLE | TRAITS) or any(
        ROLE_SHAPE.fullmatch(w) for w in subject)) and not (subject and subject[0] in _SELF)
    if word in INSULTS:
        if word in ("stupid", "dumb") and nxt in _SELF_DEPRECATING_NEXT:
            return False, None
        return not _clinical(text, start, end), None
    if word in PREDICATE_INSULTS:
        predicate = _COPULA.search(text[cs:start]) is not None
        if not predicate and _names_colleagues(text, word, before, end):
            return not _clinical(text, start, end), None
        return predicate and about_people and not _clinical(text, start, end, subject), None
    if word not in HARSH:  # an idiom of disregard: its subject must be people
        return about_people and not _clinical(text, start, end, subject), None
    if word.startswith("hate") and (nxt in _HATE_IDIOM_NEXT or nxt.endswith("ing")):
        return False, None  # "I hate to bother you", "I'd hate for you to", "hated leaving"
    if not (set(before + after) & PEOPLE or about_people):
        return False, None  # not about people: "a terrible week"
    if _describes_a_thing(text, end, nxt):
        return False, None  # it describes the next word: "our team had a terrible night"
    if word == "garbage" and nxt in ("in", "out"):
        return False, None  # "garbage in, garbage out"
    if set(before) & _SELF and not word.startswith(("hate", "despise")):
        return False, None  # about oneself: "I was a terrible intern"
    if _clinical(text, start, end, subject):
        return False, None
    suggestion = HARSH[word]
    if suggestion and text[start].isupper():
        suggestion = suggestion.capitalize()
    return True, suggestion


def check_negative(ctx: Context) -> None:
    text = ctx.text
    for start, end in _triggers(ctx.msg.lower, ctx.msg.end, ctx.msg.tokens(),
                                  ctx.msg.token_set()):
        judged, suggestion = _judges_people(text, start, end)
        if not judged:
            continue
        message = (
            f"{quote(text[start:end])} disparages people or a program. Medicine is a small "
            "world and messages get forwarded; describe the situation neutrally or leave it out."
        )
        if not ctx.add("negative", message, start, end, suggestion):
            return
