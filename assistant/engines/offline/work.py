"""Why this person: the reader's work, as the resident gave it, woven into one sentence (an
email's reason for writing, a connection note's shorter admiration)."""

from __future__ import annotations

import re

from assistant.engines import phrasing as ph
from assistant.engines.offline.context import Ctx
from assistant.engines.offline.quotes import quote, work_frame
from assistant.text.patterns import lazy


def _your_clause(text: str) -> bool:
    """'your lab studies frailty', 'your team runs the clinic': "your" and a noun or two, then
    a verb of their work; or 'you're running a trial' (a clause, not a noun phrase)."""
    if re.match(r"you(?:['’]re| are)\s+\w+ing\b", text, re.IGNORECASE):
        return True
    m = re.match(r"your\s+(?:[\w-]+\s+){1,2}?([a-z-]+)\b", text, re.IGNORECASE)
    return bool(m) and m.group(1).lower() in ph.THIRD_PERSON_PRESENT


def _be(phrase: str) -> str:
    """'is' or 'are' for a noun phrase by its head, the last word before its first preposition
    ("your studies of MASLD" -> are, "your work on sepsis" -> is, "your trials" -> are)."""
    head = re.split(r"\s+(?:of|on|in|for|with|about|at|to|from|into|across|among)\s+", phrase,
                    maxsplit=1)[0].split()[-1].lower()
    plural = re.search(r"[^su'i]s$", head) is not None and head not in ("its", "news")
    return "are" if plural else "is"


# A singular unit of work with no determiner ("fetal echo program", "sickle cell clinic"): the
# reader's own, so "your" names it ("work on" before a bare count noun reads broken)
BARE_UNIT = lazy(r"(?!(?:the|a|an|this|that|my|our)\b)[a-z][\w/-]*(?:\s+[\w/-]+){0,4}\s+"
                        r"(?:clinic|program|programme|service|registry|trial|network|pathway|"
                        r"curriculum|initiative|lab|team|unit|project|study)")


def their_work_sentence(ctx: Ctx, work: str) -> str:
    """Why this person: their work in the resident's words, woven into one sentence."""
    text = ph.clean(work)
    word = ph.first_word(text)
    if quote(text):
        return work_frame(quote(text))
    if _your_clause(text):
        # "your lab studies frailty", "you're running a trial": a clause about their work
        return ctx.c(f"I know that {ph.decapitalize(text)}, which is a big part of why I am "
                     "reaching out.", f"I understand that {ph.decapitalize(text)}, which is a "
                     "large part of why I am writing.")
    if word == "your":
        return f"{ph.capitalize(text)} {_be(text)} a big part of why I am reaching out."
    if ph.is_work_verb_phrase(text):
        return ctx.c(f"I know that you {ph.second_person(text)}, which is a big part of why I "
                     "am reaching out.",
                     f"I understand that you {ph.second_person(text)}, which is a large part "
                     "of why I am writing.")
    you = re.match(r"you\s+(?!(?:are|were|have|had|can|could|would|will)\b)(.+)$", text,
                   re.IGNORECASE)
    if you:  # "you run the tox fellowship" (typed "she runs ..."): the same reason's frame
        return ctx.c(f"I know that you {you.group(1)}, which is a big part of why I am reaching "
                     "out.", f"I understand that you {you.group(1)}, which is a large part of "
                     "why I am writing.")
    if ph.is_sentence(text):
        return ph.sentence(text)
    if re.search(r"\byou\s+(?:\w+ed|built|ran|run|lead|led|began|direct|started)\b", text) and \
            not re.match(r"(the|a|an|this|that)\b", text, re.IGNORECASE):
        # "cardio-oncology clinic you started in 2019": the thing itself is the reason
        return f"The {ph.soft_case(text)} is a big part of why I am reaching out."
    text = ph.soft_case(text)
    if BARE_UNIT.fullmatch(text):
        # "fetal echo program": a program of theirs, named as such, not "work on" a bare noun
        return f"Your {text} {_be(text)} a big part of why I am reaching out."
    return ctx.pick("work", [
        f"Your work on {text} is a big part of why I am reaching out.",
        f"I am reaching out because of your work on {text}.",
    ])


def work_short(work: str) -> str:
    """The same reason in a few words, for a connection note."""
    return admire_sentence(work)


def admire_sentence(work: str) -> str:
    """'I admire your work on X.' for a topic, 'I admire that you lead X.' for a deed."""
    text = ph.clean(work)
    if quote(text):
        return work_frame(quote(text))
    if _your_clause(text):
        return f"I was glad to learn that {ph.decapitalize(text)}."  # a clause, not a thing
    if ph.first_word(text) == "your":
        return f"I admire {ph.decapitalize(text)}."
    if ph.is_work_verb_phrase(text):
        return f"I admire that you {ph.second_person(text)}."
    you = re.match(r"you\s+(?!(?:are|were|have|had|can|could|would|will)\b)(.+)$", text,
                   re.IGNORECASE)
    if you:  # "you lead the telehealth network" (typed "she leads ...")
        return f"I admire that you {you.group(1)}."
    if ph.is_sentence(text):
        return ph.sentence(text)
    if BARE_UNIT.fullmatch(ph.soft_case(text)):
        return f"I admire your {ph.soft_case(text)}."
    return f"I admire your work on {ph.soft_case(text)}."
