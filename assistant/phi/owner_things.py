"""The events, venues and things a name-shaped word belongs to when it names no patient, read
from the words around it (`unsure_owners.owner` asks): an event's town ("the workshop on March
2nd in Sacramento", "Congress, Feb 2-4, Orlando"), a venue ("Hotel Nikko", "coffee at Peet's"),
goods and organisations ("Lasix and Zosyn shortages", "a consultant for Abbott") and a disease
by its eponym ("patients with Parkinson's").
"""

from __future__ import annotations

import re

from assistant.phi.owner_people import LIST_TAIL
from assistant.text.gated import gated
from assistant.text.patterns import lazy

# How a clause may open before its subject: "update:", "so", "btw"
OPEN = (r"[\s>*(\"'-]*(?:(?:update|news|so|and|also|btw|fyi|ps|but|plus|quick\s+update|oh)"
        r"\s*[:,!-]?\s+)?")
_VENUE_IS_AT = gated(
    r"\b(?:clinic|hospital|office|program|center|centre|campus|meeting|event|dinner|party|"
    r"lunch|session)\s+(?:is|was|will\s+be)\s+(?:at|in|on)\s+(?:the\s+)?"
    r"(?:[a-z][\w'\u2019-]*\s+(?:and|&)\s+)?$", words=False)

# Events, venues and sites: "the workshop on March 2nd in Sacramento", "your talk on valley fever
# in Orosi", "(Fresno, April 2026)", "Congress, Feb 2-4, Orlando", "SGIM is Apr 22-25 in Orlando",
# "Hotel Nikko", "the Huron Room", "Coffee at Peet's", "lunch from Panera", "the Greyhound
# station", "the Fresno Heart Walk", "Heritage Oaks volunteer day"
_EVENT = (r"(?:meeting|conference|congress|symposium|summit|converge|chapter|sessions?|week|"
          r"retreat|course|workshop|forum|assembly|talk|lecture|panel|fair|walk|booth|gala|"
          r"dinner|keynote|webinar|grand\s+rounds|invitation|screening|hike|interview|visit|"
          # the same in Spanish: "la conferencia el 3 de mayo en Fresno", "charlas ... en"
          r"conferencia|reuni\u00f3n|reunion|charlas?|taller|sesi\u00f3n|feria)")
_EVENT_NEAR_BEFORE = gated(
    rf"\b{_EVENT}\b(?:\s+(?!(?:with|for|of)\b)[^\s.;!?]+){{0,6}}?\s+(?:in|at|en)\s+(?:the\s+)?$",
    words=False)
_EVENT_SUBJECT = lazy(
    OPEN + r"(?:the\s+)?(?:[A-Z][A-Za-z&-]*\s+){0,4}?(?:[A-Z]{3,}|(?i:" + _EVENT + r"))"
    r"(?:\s+\d{4})?\s+(?:is|runs|will\s+be|was|takes\s+place|starts)\b")
_EVENT_LINE = gated(rf"\b(?:{_EVENT}|presented\s+at|accepted\s+(?:at|for|to))\b", words=False)
_SET_OFF_BEFORE = lazy(r"(?:,|\(|\s[-\u2013\u2014])\s*$")
_SET_OFF_AFTER = lazy(r"(?:\s+[A-Z][\w'\u2019-]+)?\s*(?:,|\)|\.?\s*$|\s[-\u2013\u2014]\s)")
_VENUE_BEFORE = gated(
    r"(?:\b(?:hotel|inn|cafe|caf\u00e9|restaurant|camp|park|stadium)\s+"
    r"|\b(?:building|campus|office|garage|parking\s+lot)\s+on\s+"
    r"|\b(?:coffee|lunch|dinner|breakfast|brunch|drinks|food|tacos|pizza|recommendations?|"
    r"parking|park|garage)\s+(?:\w+\s+){0,2}?(?:at|from|near|on|off)\s+(?:the\s+)?)$", words=False)
_VENUE_AFTER = lazy(
    r"(?:['\u2019]s)?(?:\s+[A-Z][\w'\u2019-]+){0,3}\s+(?:Room|Hall|Ballroom|Auditorium|Suite|"
    r"station|Station|IRB|Home|Veterans\s+Home|SNF|LTAC|volunteer\s+day|Heart\s+Walk|walk|run|5k|"
    r"(?:hike|hiking|trail)\b|partnership)\b")
# Goods and organisations: "Lasix and Zosyn shortages", "Ozempic and Mounjaro access", "Zofran
# and Reglan both back-ordered", "Humana's value-based care pilot", "Cochrane reviews", "the
# Lancet Commission", "a consultant for Abbott", "pacemaker (Medtronic)", "our Zoom: https://..."
_GOODS_AFTER = lazy(
    LIST_TAIL + r"(?:['\u2019]s)?\s+(?:(?:both|all|are|is|were|was|again)\s+)*"
    r"(?:[\w-]+\s+){0,3}?(?:shortages?|back-?ordered|access|coverage|formulary|prior\s+auths?|"
    r"logins?|reminders|supply|recalls?|pricing|reviews|commission|pilot|initiative|"
    r"collaboration|consortium|guidelines)\b", re.IGNORECASE)
_MAKER_BEFORE = gated(
    r"(?:\b(?:consultant|advisor|speaker)\s+for|\bprior\s+auths?\s+(?:for|on)|\bsponsored\s+by|\bfunded\s+by|\bgrant\s+from|"
    r"\b(?:pacemaker|device|pump|monitor|stent|valve|catheter|system|generator)\s*\()\s*$",
    words=False)
# "Patients with Parkinson's were excluded": a disease named by its eponym alone
_EPONYM_DISEASE = lazy(r"['\u2019]s\b(?!\s+(?!(?:were|was|are|is|and|or|had|have)\b)[a-z])")
# "Quincke pulses", "an Austin Flint murmur", "a Kocher maneuver": a finding or a manoeuvre
# named after its describer
_EPONYM_AFTER = lazy(
    r"(?:\s+[A-Z][\w'\u2019-]+)?\s+(?:pulses?|murmur|sign|maneuver|manoeuvre|reflex|nodes?|"
    r"triad|phenomenon|classification|incision|retractor|forceps|clamp)\b")
_WITH_BEFORE = gated(r"\b(?:with|has|had|of|for)\s+$", words=False)
_PREP_JUST_BEFORE = gated(r"\b(?:in|at|from|to|near)\s+(?:the\s+)?$", words=False)


def thing_owner(text: str, lower: str, start: int, end: int, heads: list[int], someone: bool,
                clause: int, s_start: int) -> str:
    """The event, venue, product or eponym the candidate names ("" for none). `clause` and
    `s_start`: where its clause and (bounded) sentence open."""
    # events, venues, sites
    if _EVENT_NEAR_BEFORE.search(lower, max(0, start - 70), start) and not someone:
        return "event"
    if _EVENT_SUBJECT.match(text, clause) and _PREP_JUST_BEFORE.search(
            lower, max(0, start - 14), start):
        return "event"
    if (_SET_OFF_BEFORE.search(text, max(0, start - 3), start) and _SET_OFF_AFTER.match(text, end)
            and _EVENT_LINE.search(lower, s_start, start)):
        return "event"
    if any(_VENUE_BEFORE.search(lower, max(0, h - 40), h) or _VENUE_IS_AT.search(
            lower, max(0, h - 60), h) for h in heads) or _VENUE_AFTER.match(text, end):
        return "venue"

    # goods and organisations, a disease by its eponym
    if _GOODS_AFTER.match(text, end) or _MAKER_BEFORE.search(lower, max(0, start - 30), start):
        return "product"
    if (_WITH_BEFORE.search(lower, max(0, start - 8), start) and _EPONYM_DISEASE.match(text, end)
            ) or _EPONYM_AFTER.match(text, end):
        return "eponym"
    return ""
