"""Capitalised words the sentence gives to the writer or to an event, not to anyone cared for:
where the writer goes or comes from ("I grew up in Modesto", "I'll be in Sunnyvale for a
wedding", "I matched into cardiology at Stanford"), the town of an event named by its acronym
("at CHEST in Honolulu", "SHM 2026 in Nashville") and the topic of a talk ("your Grand Rounds
on Takotsubo"). Read from the clause's subject and verb and from what stands right before the
word, never from the word itself; a person cared for anywhere before it keeps the safe side.
"""

from __future__ import annotations

from assistant.phi.lexicon import CARE_SETTINGS
from assistant.text.gated import gated
from assistant.text.patterns import lazy

# The writer as the subject, a verb of going, coming, living, training or applying, then
# prepositional phrases up to the word (lower-cased text, from the clause's start to the word):
# "i grew up in ", "update: i matched into cardiology at ", "we're flying to ", "my partner and
# i are moving from clovis to " (not "i admitted a man from ", "i visited a patient in ").
_WRITER_GOES = gated(
    r"^[\s>*(-]*(?:(?:update|news|so|and|also|btw|fyi|ps|p\.s\.)\s*[:,]?\s+)?"
    r"(?:i|we|i['\u2019]m|i['\u2019]ll|i['\u2019]ve|i['\u2019]d|we['\u2019]re|we['\u2019]ll|"
    r"we['\u2019]ve|my\s+(?:partner|wife|husband|family|fianc\w*)\s+and\s+i)\s+"
    r"(?:(?:just|finally|recently|now|also|still|will|would|have|had|be|been|am|are|was|were|"
    r"really|originally|officially|probably|going\s+to|about\s+to|hoping\s+to|planning\s+to|"
    r"headed|heading)\s+)*"
    r"(?:grew\s+up|grow\s+up|growing\s+up|(?:am|was|['\u2019]m)\s+(?:originally\s+)?from|born|"
    r"raised|live[ds]?|living|mov(?:e|ed|es|ing)|relocat\w+|fl(?:y|ying|ew)|driv(?:e|ing)|drove|"
    r"commut\w+|rotat\w+|train(?:ed|ing)?|interview\w*|match(?:ed)?|applying|appl(?:y|ied)|"
    r"choosing|deciding|ranking|looking|go(?:ing)?|went|head(?:ed|ing)?|visit(?:ed|ing)?|"
    r"stay(?:ed|ing)?|work(?:ed|ing)?|volunteer\w*|studied|be|was|were|am|['\u2019]m|"
    r"['\u2019]ll\s+be|back)\b"
    r"(?:\s+(?:up|back|home|here|there|over|out|down|away))?"
    # phrases before the word: "into cardiology at", "between the kaiser and sutter programs in"
    r"(?:\s+(?!(?:a|an)\s+(?:man|woman|guy|lady|patient|pt|boy|girl|kid|baby|family)\b)"
    r"(?!(?:patients?|pts?|him|her|them|his|their|mr|mrs|ms|family|families|man|woman|guy|lady|"
    r"kid|child|baby|son|daughter|wife|husband|mom|mother|dad|father|veteran|client|resident"
    r"s?)\b)[\w'\u2019&.-]+){0,8}?"
    r"\s+(?:in|to|from|at|near|into|outside|around|for|between|of)\s+(?:the\s+)?$",
    words=False)
# "my flight back from", "my commute from near", "our trip to": the writer's own travel
_WRITERS_TRAVEL = gated(
    r"\b(?:my|our)\s+(?:[\w-]+\s+)?(?:flight|trip|drive|commute|move|visit|vacation|honeymoon|"
    r"wedding|interview|rotation|elective|sub-?i|away\s+rotation|hometown|home\s+town)\s+"
    r"(?:back\s+)?(?:to|from|in|at|near)\s+(?:near\s+)?(?:the\s+)?$", words=False)
# An event or a society named by its acronym, then its town: "CHEST in Honolulu", "SHM 2026 in
# Nashville", "ATS 2026 in Orlando" (as written; not a ward: "the ICU in Fresno")
_ACRONYM_IN = lazy(r"\b(?P<acronym>[A-Z][A-Z&]{2,7})(?:\s+(?:19|20)\d\d)?\s+(?:in|at)\s+$")
# What a talk or a piece of writing is on: "your Grand Rounds on Takotsubo", "a session on
# Tdap", "his thread on Brugada patterns" (lower-cased text, right before the word)
_TOPIC_BEFORE = gated(
    r"\b(?:talk|lecture|session|grand\s+rounds|workshop|thread|webinar|presentation|seminar|"
    r"panel|keynote|paper|review|chapter|podcast|course|module|tweetorial|journal\s+club|"
    r"didactic|noon\s+conference)\s+on\s+(?:the\s+)?$", words=False)


# The same with the subject dropped, as a note to oneself does: "moving back to Tucson in june!!
# ... my last day is 6/27" (kept only where the writer speaks and no one else does)
_DROPPED_WRITER_GOES = gated(
    r"^[\s>*(-]*(?:(?:so|just|finally|officially|also)\s+)?(?:moving|relocating|heading|headed|"
    r"flying|driving|going|moved|relocated)(?:\s+(?:back|home|out|over|down|up))?"
    r"(?:\s+[\w'\u2019-]+){0,3}?\s+(?:to|from|in)\s+(?:the\s+)?$", words=False)
_WRITER_WORD = gated(r"\b(?:my|i|i['\u2019]m|i['\u2019]ll|me)\b", words=False)
_SOMEONE_ELSE = gated(r"\b(?:he|she|his|her|him|they|their|pts?|patients?|mr|mrs|ms|family)\b",
                      words=False)
_SENTENCE_END = lazy(r"[.!?\n]")


def writer_goes(lower: str, clause_start: int, pos: int) -> bool:
    """A place in a clause whose subject is the writer going, coming, living or training there,
    or after the writer's own travel ("my flight back from")."""
    if _WRITERS_TRAVEL.search(lower, max(clause_start, pos - 40), pos):
        return True
    if _WRITER_GOES.search(lower[clause_start:pos]) is not None:
        return True
    if _DROPPED_WRITER_GOES.search(lower[clause_start:pos]) is None:
        return False
    end = _SENTENCE_END.search(lower, pos)
    rest = lower[clause_start : min(len(lower), pos + 160)]
    rest = rest if end is None else lower[clause_start : max(end.start(), pos)] + lower[
        end.start() : min(len(lower), end.start() + 120)]
    return _WRITER_WORD.search(rest) is not None and _SOMEONE_ELSE.search(rest) is None


def event_town(text: str, pos: int) -> bool:
    """The town of an event or society named by its acronym just before ("CHEST in Honolulu")."""
    m = _ACRONYM_IN.search(text, max(0, pos - 20), pos)
    return m is not None and m.group("acronym") not in CARE_SETTINGS and not m.group(
        "acronym").endswith("ICU")


def talk_topic(lower: str, pos: int) -> bool:
    """The topic of a talk or a piece of writing ("your Grand Rounds on Takotsubo")."""
    return _TOPIC_BEFORE.search(lower, max(0, pos - 30), pos) is not None
