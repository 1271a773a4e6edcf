"""Identifier shapes, whoever they belong to: every date element, age over 89, room and bed,
address, residence, contact detail and labelled code in a text (photographs and biometrics:
`likeness.py`).

The cue-bound recognisers (`recognizers.py`) report what is tied to a patient; this module
finds the same categories without asking whose they are, so nothing identifier-shaped is let
through because no cue word stood next to it. `attribution.py` then decides whether a shape
belongs to someone other than a patient (the sender, a colleague, an event, an institution).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.phi.labels import FILLER
from assistant.phi.lexicon import (
    AGED_THINGS,
    CARE_EVENT_VERBS,
    STATE_NAMES,
    STAY_VERBS,
    THING_AGED_BEFORE,
    WARD_PROCEDURE_VERBS,
)
from assistant.phi.recognizers import (
    _NOT_A_PERSON,
    DIGITS,
    IP,
    IP6,
    SSN,
    _at_triggers,
    _date_matches,
    _emails,
    _urls,
    writers_own_label,
)
from assistant.text.patterns import BARE_DOMAIN, PHONE

_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june|july|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_HOLIDAY = (
    r"(?:(?:christmas|x-?mas)(?:\s+(?:eve|day|morning|night))?|new\s+year'?s(?:\s+(?:eve|day))?|"
    r"thanksgiving(?:\s+day)?|easter(?:\s+(?:sunday|morning|monday))?|halloween|"
    r"(?:labor|memorial|veterans|independence|presidents'?|valentine'?s|mother'?s|father'?s|"
    r"st\.?\s+patrick'?s|martin\s+luther\s+king|mlk)\s+day|black\s+friday|july\s+4(?:th)?|"
    r"fourth\s+of\s+july|juneteenth|(?:her|his|their)\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:birthday|b-?day)|"
    r"hanukkah|diwali|eid|"
    r"rosh\s+hashanah|yom\s+kippur|lunar\s+new\s+year|cinco\s+de\s+mayo)"
)
_ORDINAL_DAY = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)"
_UNIT_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
# "the twelfth", "twenty-first": a day of the month in words (only beside a month's name)
_ORDINAL_WORD = (
    rf"(?:{_UNIT_ORDINAL}|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|"
    rf"twentieth|twenty[- ]{_UNIT_ORDINAL}|thirtieth|thirty[- ]first)"
)
# Every date element but a year (run on the lower-cased text).
DATE_WORDS = re.compile(
    r"\b(?:"
    rf"(?:the\s+(?:day|morning|night|week(?:end)?|{_WEEKDAY})\s+(?:after|before)\s+)?{_HOLIDAY}"
    r"|yesterday|today|tonight|tomorrow|tmrw|tmr|2morrow|overnight|this\s+(?:morning|am|a\.m\.|afternoon|evening|pm)"
    r"|the\s+(?:next|following|previous)\s+(?:morning|day|night|evening|afternoon)"
    r"|(?:last|this\s+past|past|next|this)\s+(?:night|week(?:end)?|wknd|wk|" + _WEEKDAY + r"|"
    + _MONTH_NAME + r")"
    r"|(?:\d{1,2}|two|three|four|five|six|a\s+few)\s+(?:days|weeks|" + _WEEKDAY + r"s?)\s+ago"
    rf"|(?:on\s+)?the\s+{_ORDINAL_DAY}(?:\s+of\s+{_MONTH_NAME})?"
    rf"|(?:{_MONTH_NAME}|may)\.?\s+{_ORDINAL_DAY}"
    rf"|{_WEEKDAY}(?:\s+(?:morning|night|afternoon|evening))?"
    r"|(?:in|since|until|of|during|early|mid|late|by)\s+(?:" + _MONTH_NAME + r"|may)"
    r"|(?:early|mid|late)-(?:" + _MONTH_NAME + r"|may)"
    # "coded sept 14", "the twelfth of may": a month and its day in any spelling
    rf"|{_MONTH_NAME}\.?\s+(?:[12]?\d|3[01])(?![\d:%]|\.\d|\s*(?:-|to)\s*\d)"
    rf"|the\s+{_ORDINAL_WORD}\s+of\s+(?:{_MONTH_NAME}|may)|{_MONTH_NAME}\s+(?:the\s+)?{_ORDINAL_WORD}"
    r")\b(?!['\u2019]s\b)"
)
# Numbers that are dates in any order: 12.05.2025, 14/03/2025, 8.14.25, 11/2024.
NUMERIC_DATE = re.compile(
    r"(?:(?<![\w./-])|(?<=\d/\d-)|(?<=\d/\d\d-))(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|(?:0?[1-9]|1[0-2])/(?:19|20)\d\d)"
    r"(?![\w/]|\.\d)"
)
_NUMBER_WORD = (
    r"(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"(?:one|a)[\s-]+hundred(?:[\s-]+(?:and[\s-]+)?(?:one|two|three|four|five|six|seven|eight|"
    r"nine|ten))?)"
)
_AGE_NUMBER = r"(?:9\d|1[01]\d|12[0-5])"
_ORDINAL_TAIL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
# "her 92nd", "his ninety-fifth", "a hundred and first birthday": an ordinal age of 90 and over
_AGE_ORDINAL = (
    rf"(?:{_AGE_NUMBER}(?:st|nd|rd|th)|ninetieth|ninety[- ]{_ORDINAL_TAIL}|(?:one[- ]|a[- ])?"
    rf"hundredth|(?:one|a)[\s-]+hundred[\s-]+(?:and[\s-]+)?(?:{_ORDINAL_TAIL}|tenth))"
)
# Ages 90 and over in any form (lower-cased text).
AGE_ANY = re.compile(
    rf"(?<![\w.$#/-])(?:{_AGE_NUMBER}|{_NUMBER_WORD})"
    r"(?:\s?-?\s?(?:years?|yrs?|yr|y)\s?-?\s?old\b|\s?(?:yo|y/o|y\.o\.?|yrs?)(?![\w/])|"
    r"[\s-]?(?:yo|y/o|y\.o\.?)(?![\w/])|\s?[mf]\b(?!\s*(?:mg|ml))|\s+years?\s+(?:of\s+age|young|old)\b|\s+years\b(?=\s*(?:,|\.|$)))"
    rf"|\b(?:turned|turns|turning|aged?|age:|ages|hit|hits|hitting|reached|reaches|reaching)\s+"
    rf"(?P<n>{_AGE_NUMBER}|{_NUMBER_WORD})\b(?!\s*(?:%|mg|ml|beds?|patients?|pts|percent|units?))"
    rf"|\b(?:is|she's|he's|was|now|be)\s+(?P<m>{_AGE_NUMBER}|{_NUMBER_WORD})\b(?!\s*(?:%|mg|ml|"
    r"beds?|patients?|pts|minutes|hours|days|weeks|miles|kg|lbs?|units?|percent))"
    rf"|(?<=, )(?P<k>{_AGE_NUMBER}|{_NUMBER_WORD})(?=\s*[,)])"
    rf"|(?<=\()(?P<p>{_AGE_NUMBER}|{_NUMBER_WORD})(?=\))"
    # "ninety-six and still doing the crossword": an age in words opening a sentence
    rf"|(?:^|(?<=[.!?]\s)|(?<=\n))(?P<w>{_NUMBER_WORD})(?=\s*(?:,|\s-\s|\u2014|\s+(?:and|but|yet|"
    r"still|now|going)\b))"
    # "97 next month", "turning: 95 this spring": an age with the time it is reached
    rf"|(?<![\w.$#/-])(?P<t>{_AGE_NUMBER}|{_NUMBER_WORD})(?=\s+(?:next|this\s+coming|come)\s+"
    r"(?:week|month|year|spring|summer|fall|autumn|winter|" + _WEEKDAY + "|" + _MONTH_NAME + r")\b)"
    # "nearly 100", "pushing 95": an age approached, where nothing counted follows
    rf"|\b(?:nearly|almost|pushing|close\s+to|going\s+on)\s+(?P<a>{_AGE_NUMBER}|{_NUMBER_WORD})"
    r"(?=\s*(?:[,.;:!?)]|$|\s+(?:and|but|yet|now|still|this|next|years?|yrs?|y/?o)\b))"
    # "pt 98, hip fx": an age right after the patient
    rf"|\b(?:pt|patient)\s+(?P<x>{_AGE_NUMBER})\b(?=\s*[,;)]|\s+(?:y|yo|f|m)\b)"
    # "F/94", "M/101": sex and age in a sign-out
    rf"|\b[mf]\s?/\s?(?P<s>{_AGE_NUMBER})\b(?!\s*(?:mg|ml|%))"
    r"|\b(?:her|his|their)\s+(?:early\s+|mid[- ]?|late\s+)?(?:90s|nineties|100s)"
    r"|\b(?:early|mid|late)\s+(?:90s|nineties)"
    # "in her tenth decade": the nineties of life
    r"|\b(?:(?:in\s+)?(?:her|his|their)\s+)?(?:tenth|eleventh|10th|11th)\s+decade\b"
    r"|\b(?:super)?centenarians?\b|\bnonagenarians?\b"
    # a person's birthday, not "the hospital's 100th birthday gala"
    rf"|(?<=\bher |\bhis )(?:{_AGE_ORDINAL}\s+birthday\b|{_AGE_ORDINAL}\b(?!\s+(?:percentile|"
    r"anniversary|year|annual|edition|time|day|street|st|ave)))"
    rf"|(?:(?<=\btheir )|(?<=['\u2019]s ))"
    rf"{_AGE_ORDINAL}\s+birthday\b"
)
# Rooms and beds: "bed 12", "room 4312", "rm 5214", "5N-18", "4W bed 9", "6 South-12".
ROOM = re.compile(
    r"\b(?:(?:[a-z]*icu|ccu|ed|er|pacu|hallway|hall)\s+)?(?:room|rm\.?|bed|bay|cubicle|stretcher)\s*#?\s*"
    r"\d{1,4}[a-z]?\b"
    # "hallway bed H4", "bay C2": a bed named by a letter and a number
    r"|\b(?:(?:hallway|hall)\s+)?(?:bed|bay|stretcher)\s*#?\s*[a-z]\d{1,3}\b"
    # "ED 22", "PACU 6": a bed of the emergency department or recovery room
    r"|\b(?:ed|er|pacu)\s*#?\s*\d{1,2}\b(?![/.:-]\d|\s*(?:beds|patients|pts|hours|hrs|days|"
    r"visits|min|minutes|%|percent))"
    # "MICU 14", "CVICU bed 3": an intensive care unit's bed
    r"|\b[a-z]{0,3}icu\s*#?\s*\d{1,2}\b(?![/.-]\d|\s*(?:beds|patients|pts|hours|days|%))"
    # "admitted to 4312", "moved to 5118": a ward room
    r"|\b(?:admitted|moved|transferred|sent|upgraded|downgraded)\s+(?:back\s+)?to\s+\d{3,4}\b"
    r"(?![./:-]?\d|\s*(?:%|mg|patients|pts|beds|units|hours|days|am\b|pm\b)|\s+(?:[nsew]\.?\s+)?"
    r"[a-z]+\s+(?:st|street|ave|avenue|rd|road|blvd|dr|drive|way|ln|lane|ct|pl)\b)"
    # "ED hallway 3", "hallway bed 2": a hallway spot of the emergency department
    r"|\b(?:ed|er)\s+(?:hallway|hall)\s+(?:bed\s+|spot\s+)?#?\d{1,2}\b|\bhallway\s+(?:bed\s+|spot\s+)?"
    r"#?\d{1,2}\b"
    r"|\b\d{1,2}\s?(?:n|s|e|w|north|south|east|west)[- ](?:bed\s*)?\d{1,3}[a-z]?\b"
    r"|\b(?:pt|patient|lady|guy|man|woman|gentleman|kid|boy|girl|baby|one)\s+(?:in|from)\s+"
    r"(?:\d{3,4}\b|\d{1,2}[a-z]\b)"
)
STREET_ADDRESS = re.compile(
    r"(?=\d)\b\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z][a-z]+\.?[ \t]+){1,4}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|"
    r"Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Cir)\b\.?"
    r"(?:,?[ \t]*(?:Apt|Apartment|Unit|Suite|Ste|#)\.?[ \t]*[\w-]{1,8})?"
    r"(?:,[ \t]+(?!(?:CA|NY|TX|FL|MA)\b)[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})?"
)
ROUTE = re.compile(r"(?=[RHC])\b(?:Route|Rte|Highway|Hwy|County Road)[ \t]+\d{1,4}\b")
# "a room above a laundromat on Blackstone Avenue": a street without a house number
STREET_NAME = re.compile(
    r"(?=[oO])\b(?:on|off)[ \t]+(?P<place>(?:[NSEW]\.?[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
    r"[ \t]+(?:Street|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Way|Court|Terrace|Parkway)\b)"
)
_LABELLED_ZIP = re.compile(r"(?i:zip(?:\s*code)?)[\s:,#]*(\d{5}(?:-\d{4})?)\b")
ZIP = re.compile(r"(?<=\b[A-Z]{2} )\d{5}(?:-\d{4})?(?![\w-])")
# "from the 93706 zip code" (one ZIP, not "the 93706 and 93702 zip codes" of a study)
_ZIP_BEFORE_WORD = re.compile(
    r"(?<![\w-])(\d{5})(?=\s+(?i:zip|zip\s*code|postal\s+code)\b(?!s|\s*codes))"
)
_CODE_VALUE = re.compile(
    r"#?(?:(?!(?:said|says|read|reads|is|was|are|of|for|on|at|to|the|an?)\b)[A-Z]{1,4}[ -]"
    r"(?=\w*\d))?"
    r"(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{2,24}"
    r"(?:\s(?=[A-Z0-9]*\d)[A-Z0-9]{2,6}){0,2}(?![\w-])",
    re.IGNORECASE,
)
# Labels the record labels lack: plate, sn, CDL, RN licence, biometric and study ids.
EXTRA_LABEL = re.compile(
    r"\b(?:(?P<VEHICLE>plate|tag)|(?P<DEVICE>sn|s/n|lot|implant\s+id|pump\s+serial|serial)|"
    r"(?P<LICENSE>cdl|dl#?|rn|lic\.?)|(?P<ID>(?:fingerprint|biometric|retinal\s+scan|iris\s+scan"
    r"(?:\s+template)?|palm-vein|voice\s*print|face\s*print)(?:\s+(?:id|template|scan))?|"
    r"study\s+subject|subject\s+id|registry\s+id|wrist\s*band|arm\s*band|id\s+band|bracelet)|(?P<ACCOUNT>acct\s*no\.?|guarantor\s+acct|"
    r"billing\s+acct|account|har|hosp(?:ital)?\s+acct)|(?P<HEALTH_PLAN>mbi|(?:medi-?cal|medicaid|"
    r"medicare|cin)\s*(?:#|id|no\.?|number)))(?![\w-])"
)


_MINE_AFTER = re.compile(r"\s+(?:is|are)\s+(?:mine|ours|my|our)\b")
_BAND = re.compile(r"wrist\s*band|arm\s*band|id\s+band|bracelet")


# A label's phrase before its colon: "number of the explanted valve:", "id for her pump:".
_LABEL_PHRASE = re.compile(
    r"(?:\s+(?:number|no\.?|#|id))?\s+(?:of|for|on)\s+(?:the\s+|her\s+|his\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}?[\w-]+(?:\s*[:#]|\s+(?:is|was))\s*"
)


@dataclass(frozen=True)
class Shape:
    type: str
    start: int
    end: int
    strong: bool = False  # an identifier whoever it belongs to (SSN, a record number)
    weak: bool = False  # a month or week alone: identifying only beside another identifier


# "last week", "since January", "March 2021": no day, so only beside another identifier.
_VAGUE_DATE = re.compile(
    r"(?:last|this\s+past|past|next|this)\s+(?:week(?:end)?|wknd|wk|month|" + _MONTH_NAME + r")$"
    r"|tomorrow$|tmrw$|tmr$|2morrow$|overnight$|the\s+(?:next|following|previous)\s+\w+$"
    r"|(?:in|since|until|of|during|early|mid|late|by)[\s-]+(?:" + _MONTH_NAME + r"|may)$"
    r"|" + _MONTH_NAME + r"\.?,?\s+(?:of\s+)?(?:19|20)\d\d$"
    r"|(?:0?[1-9]|1[0-2])/(?:19|20)\d\d$"
)


_PAREN_OR_PLUS = re.compile(r"[(+]")


def _digit_starts(text: str) -> list[int]:
    """Where each run of digits starts. The numeric shapes (numeric dates, phones, IP addresses,
    SSNs) can only start there (their look-behinds exclude a digit before them; a phone may also
    start at "(" or "+"), so they are tried only there (`_at_triggers`), not at every position."""
    return [m.start() for m in DIGITS.finditer(text)]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in ".,;:!?)":
        end -= 1
    return start, end


# "3-14" is a date only right after a care verb (elsewhere a range, a score, a ratio).
_DASHED_DAY = re.compile(r"(?<![\w./-])(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?![\w/-]|\.\d)")
CARE_VERB_BEFORE = re.compile(
    rf"\b(?:seen|{STAY_VERBS}|d/?c'?d|{CARE_EVENT_VERBS}|{WARD_PROCEDURE_VERBS}|born|operated|"
    r"delivered|(?:went|sent|got|going)\s+home|on)\s+(?:on\s+)?$"
)


def dates(text: str, lower: str) -> Iterator[Shape]:
    digit_starts = _digit_starts(text)
    found = [(m.start(), m.end()) for m in _date_matches(text, digit_starts)]
    found += [(m.start(), m.end()) for m in _at_triggers(NUMERIC_DATE, digit_starts, text)]
    for m in DATE_WORDS.finditer(lower):
        word = text[m.start() : m.end()]
        if word[:1].islower() and word in ("mon", "sun", "wed", "sat") and not lower.endswith(
            ("on ", "since ", "until ", "by "), 0, m.start()
        ) and not CARE_VERB_BEFORE.search(lower, max(0, m.start() - 16), m.start()):
            continue  # "sun", "wed", "sat" lower-case are words, not days ("sunday" is a day)
        found.append((m.start(), m.end()))
    for m in _at_triggers(_DASHED_DAY, digit_starts, text):
        if CARE_VERB_BEFORE.search(lower, max(0, m.start() - 16), m.start()):
            found.append((m.start(), m.end()))  # "pt seen 3-14 in clinic"
    for start, end in found:
        yield Shape("DATE", start, end, weak=_VAGUE_DATE.match(lower, start, end) is not None)


# Every form of AGE_ANY holds one of these: a text without any has no age of 90 or over, and
# the long alternation need not be tried at each of its positions.
_AGE_TRIGGER = re.compile(r"9\d|1[0-2]\d|ninet|hundred|centenar|nonagen|decade")


_DECIMAL_AFTER = re.compile(r"[.,]\d")
# a clause whose subject is a thing and whose verb is an age's: "the program ... and turns 100"
_THING_SUBJECT = re.compile(
    rf"(?:^|[.!?;]\s+|\n)(?:the|our|this|my)\s+(?:[\w-]+\s+)?(?:{AGED_THINGS})\b[^.;!?\n]*?"
    r"\b(?:turns?|turned|turning|celebrates|celebrating)\s+$"
)


def ages(lower: str) -> Iterator[Shape]:
    if not _AGE_TRIGGER.search(lower):
        return
    for m in AGE_ANY.finditer(lower):
        group = next((g for g in ("n", "m", "k", "p", "w", "t", "a", "s", "x") if m.group(g)), None)
        s, e = m.span(group) if group else m.span()
        if THING_AGED_BEFORE.search(lower, max(0, s - 30), s):
            continue  # "the hospital's 100th birthday"
        if _THING_SUBJECT.search(lower, max(0, s - 90), s):
            continue  # "the hospital was founded in 1925 and turns 100 next year"
        if _DECIMAL_AFTER.match(lower, e):
            continue  # "mean age was 91.2 years": a cohort's statistic
        if not _NOT_A_PERSON.match(lower, m.end()):  # "a 100-year-old tradition"
            yield Shape("AGE", s, e)


_NOT_A_WARD = re.compile(
    # "Rm 2B (Kaplan Pavilion)": a room of a named building
    r"\s*[(,]\s*(?:the\s+)?(?:[\w'\u2019-]+\s+){1,3}(?:building|bldg|hall|center|centre|pavilion|"
    r"tower|library|auditorium|wing)\b"
    r"|\s+(?:(?:of|in|at)\s+the\s+(?:[\w-]+\s+){0,2}(?:building|hall|center|centre|pavilion|"
    r"tower|library|school)|office\s+hours|lounge|conference|for\s+(?:the\s+)?(?:meeting|talk|"
    r"lecture|session|m&m))"
)


# "the Cabot Auditorium, Room 301": a room of a venue.
_VENUE_BEFORE = re.compile(
    r"\b(?:auditorium|hall|building|bldg|library|pavilion|tower|classroom|ballroom|conference|"
    r"lecture|seminar|suite|floor|hotel|marriott|hilton|hyatt|convention)\b[^.;\n]{0,12}$"
    # "sim room 3", "M&M moved to Rm 410": a room where teaching happens
    r"|\b(?:sim|simulation|training|skills|teaching|meeting|huddle|study|call|m&m|journal\s+club|"
    r"grand\s+rounds|workshop|session|noon\s+report|morning\s+report)\b[^.;\n]{0,12}$"

)
# "M&M this Thursday, 12/4, noon, Room 410": a room told on a forum's line
_FORUM_LINE = re.compile(
    r"\b(?:m&m|journal\s+club|grand\s+rounds|noon\s+report|morning\s+report|tumor\s+board|"
    r"didactics?|lecture|workshop)\b[^\n]*$"
)
# "the guy in room 12": a room with a person in it is a ward room
_PERSON_IN = re.compile(
    r"\b(?:pt|patient|lady|guy|man|woman|gentleman|kid|boy|girl|baby|family|one|he|she|he's|"
    r"she's|him|her)\s+(?:(?:is|was|still|now|back)\s+){0,2}(?:in|from)\s+(?:the\s+)?$"
)
# A bed, bay or stretcher is a ward's whoever speaks; a room may be a meeting room.
WARD_BED = re.compile(r"(?:(?:[a-z]*icu|ed|er|pacu|hallway|hall)\s+)?(?:rm\.?|bed|bay|cubicle|"
                      r"stretcher)\b|[a-z]{0,3}icu\b|(?:ed|er|pacu)\s*#?\s*\d"
                      r"|(?:admitted|moved|transferred|sent|upgraded|downgraded)\b")


# "Sunita in 22 finally slept", "Horvath in 8 needs a lactate": a room right after a person
_IN_ROOM = re.compile(
    r"[ \t]+in[ \t]+(?:rm[ \t]+|room[ \t]+|bed[ \t]+)?(?!(?:19|20)\d\d\b)(\d{1,4}[a-z]?)\b"
    r"(?![:/.,-]?\d|[ \t]*(?:%|mg|ml|min|mins|minutes|hours?|hrs?|days?|weeks?|wks?|months?|"
    r"years?|yrs?|sec|seconds|am|pm|a\.m|"
    r"p\.m|patients|pts|beds|of|out|to|and|or))",
    re.IGNORECASE,
)


def room_after(text: str, end: int) -> tuple[int, int] | None:
    """The room told right after a person's name ("Sunita in 22"), if any."""
    m = _IN_ROOM.match(text, end)
    return m.span(1) if m else None


def rooms(lower: str) -> Iterator[Shape]:
    for m in ROOM.finditer(lower):
        if _NOT_A_WARD.match(lower, m.end()):
            continue
        if _VENUE_BEFORE.search(lower, max(0, m.start() - 40), m.start()):
            continue
        person = _PERSON_IN.search(lower, max(0, m.start() - 30), m.start()) is not None
        if not person and lower.startswith("room", m.start()) and _FORUM_LINE.search(
                lower, max(0, m.start() - 80), m.start()):
            continue  # "M&M schedule: 2/13 Dr. Okoye (Room 210)": the forum's room
        yield Shape("ROOM", m.start(), m.end(),
                    strong=person or WARD_BED.match(lower, m.start()) is not None)


# Where someone lives or was moved to: "moved to Sunrise Assisted Living", "lives out in Taft".
_DAY_OR_MONTH = re.compile(
    r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|" + _MONTH_NAME + r"|may|today|tomorrow)\b"
)
_ROOM_WORD = re.compile(r"(?i:rm|room|bed|bay|suite)\b")
RESIDENCE_RUN = re.compile(
    r"(?=[lmrwhs])\b(?:lives|living|moved|resides|residing|went\s+back|home|relocated|staying|stays)\s+"
    r"(?:(?:out|back|up|down)\s+)?(?:at|in|to|near|on)\s+(?:the\s+)?"
    r"(?P<place>(?:[A-Z][\w'-]+|of|on|the|at)(?:\s+(?:[A-Z][\w'-]+|of|on))*)"
)


_STATE_CODES = (
    r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
    r"NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)"
)
_STATE_WORDS = "|".join(sorted((s.title() for s in STATE_NAMES), key=len, reverse=True))
# "a farmworker from Lamont, CA", "an accountant in Bend, OR": the town of the person described.
PERSON_FROM = re.compile(
    r"(?=[Aa])\b(?:[Aa]n?)\s+(?:[a-z][\w-]*\s+){1,2}(?:from|in|of)\s+"
    rf"(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}})(?=,\s+(?:{_STATE_CODES}|{_STATE_WORDS})\b)"
)


# "she flew in from Las Vegas", "a man from Houston": where a person described comes from;
# weak, so kept only where the sentence tells of someone's care.
THIRD_PERSON_FROM = re.compile(
    r"(?=[HhSsPpAaTtOo])\b(?:[Hh]e|[Ss]he|[Hh]e's|[Ss]he's|pt|[Pp]atient|(?:[Aa]n?|[Tt]he|[Oo]ur)\s+(?:[a-z-]+\s+)?(?:man|"
    r"woman|veteran|gentleman|lady|guy|boy|girl|kid|patient|farmworker|driver|teen))\b"
    r"(?:\s+(?:is|was|flew|drove|came|comes|moved|in|down|up|over|all\s+the\s+way)){0,3}\s+from\s+"
    r"(?:(?:out|up|down|over|past|near|outside|beyond)\s+){0,2}"
    r"(?P<place>(?!(?:Dr|Mr|Mrs|Ms|Prof|the|The|Our|My|Your)\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}"
    # "she's from tulare county": a county, typed in lower case as often as not
    r"|[a-z]+(?:\s+[a-z]+)?\s+county\b)"
    r"(?![\w'-]*\s+(?:[A-Z]|lab|clinic|hospital|program|team|office|public|health|dept))"
)


# "an apartment in the Tower District", "a ranch outside Coalinga": a dwelling and where it is
DWELLING = re.compile(
    r"(?=[aAhHtTrRfFcCmMdDsSvV])\b(?:[Aa]partment|[Aa]pt|[Hh]ouse|[Hh]ome|[Tt]railer|[Rr]anch|[Ff]arm|"
    r"[Cc]ondo|[Mm]obile\s+home|[Rr]eservation|[Rr]ancheria|[Dd]airy|[Cc]amp|[Mm]otel|[Ss]helter|"
    r"[Vv]illage)\s+(?:in|on|near|outside|off|by)\s+(?:the\s+)?"
    r"(?P<place>(?!(?:Dr|Mr|Mrs|Ms|The|Our|My|Your)\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}"
    # "his apartment on 5th Street"
    r"|\d{1,3}(?:st|nd|rd|th)\s+(?:[Ss]treet|[Ss]t|[Aa]venue|[Aa]ve)\b)"
)


# "her granddaughter Ngoc Anh flew in from Houston": where someone travelled from; weak, and
# never the writer's or the reader's own trip ("I flew in from Boston")
TRAVEL_FROM = re.compile(
    r"(?=[fdctrbom])\b(?:flew|flies|flying|drove|drives|driving|came|comes|travell?ed|travels|drive|"
    r"ride|trip|flight|bus\s+ride|made\s+it)\s+(?:\d+\s*(?:hrs?|hours?|miles?|mi)\s+)?"
    r"(?:(?:in|down|up|over|out|back|all\s+the\s+way)\s+){0,2}from\s+"
    r"(?P<place>(?!(?:Dr|Mr|Mrs|Ms|Prof|The|Our|My|Your)\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
    r"(?![\w'-]*\s+(?:[A-Z]|lab|clinic|hospital|program|team|office|conference|meeting))"
)
# the writer, the reader or a clinician by title or role: "Dr. Lee flew in from Houston"
_WORKS_AT = re.compile(r"(?i:\b(?:works?|worked|working|job|shift|volunteer\w*)\s+(?:at|on|in)\s+"
                       r"(?:the\s+|a\s+|an\s+)?)$")
_TRAVELLER_NOT_PATIENT = re.compile(
    r"(?i:\b(?:i|we|you|i've|we've|you've|u)\s+(?:just\s+|also\s+)?"
    r"|\b(?:dr|prof|professor)\.?\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:just\s+|also\s+)?"
    r"|\b(?:speaker|lecturer|presenter|attending|resident|fellow|intern|colleague|mentor|"
    r"faculty|chief|guest|classmate|friend)s?\s+(?:[\w'-]+\s+){0,2})$"
)


def places(text: str) -> Iterator[Shape]:
    for m in TRAVEL_FROM.finditer(text):
        if not _TRAVELLER_NOT_PATIENT.search(text, max(0, m.start() - 40), m.start()):
            yield Shape("LOCATION", *m.span("place"), weak=True)
    for m in DWELLING.finditer(text):
        if _DAY_OR_MONTH.match(text, m.start("place")):
            continue  # "open house on Sunday"
        if _WORKS_AT.search(text, max(0, m.start() - 24), m.start()):
            continue  # "works at the dairy in Hilmar": a workplace, not a home
        yield Shape("LOCATION", *m.span("place"))
    for m in PERSON_FROM.finditer(text):
        yield Shape("LOCATION", *m.span("place"))
    for m in THIRD_PERSON_FROM.finditer(text):
        yield Shape("LOCATION", *m.span("place"), weak=True)
    for m in RESIDENCE_RUN.finditer(text):
        s, e = m.span("place")
        if _DAY_OR_MONTH.match(text, s) or _ROOM_WORD.match(text, s):
            continue  # "M&M moved to Tuesday", "moved to Rm 410": a date or a room, not a place
        words = text[s:e].split()
        while words and words[-1] in ("of", "on", "the", "at"):
            e = text.rfind(words.pop(), s, e)
            e = len(text[:e].rstrip())
        if words:
            yield Shape("LOCATION", s, e)
    for pattern in (STREET_ADDRESS, ROUTE):
        for m in pattern.finditer(text):
            yield Shape("LOCATION", *_trimmed(text, m.start(), m.end()))
    for m in STREET_NAME.finditer(text):
        yield Shape("LOCATION", *m.span("place"))
    for pattern in (ZIP, _LABELLED_ZIP, _ZIP_BEFORE_WORD):
        for m in pattern.finditer(text):
            yield Shape("LOCATION", m.start(m.lastindex or 0), m.end(m.lastindex or 0))


_BARE_PHONE = re.compile(r"(?<![\w/.-])(?:1)?[2-9]\d{9}(?![\w/-]|\.\d)")
_PHONE_WORD_BEFORE = re.compile(
    r"(?i:number|cell|phone|mobile|tel|call|called|text|texts|texted|reach|reached|#)\b[\s:#.]*"
    r"(?:is\s+|at\s+|from\s+)?$"
)


# "lmorales at gmail dot com": an address spelled out so that it is not a link
_SPELLED_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]{2,64}\s*(?:\bat\b|\[at\]|\(at\))\s*[\w-]{2,63}"
    r"(?:\s*(?:\bdot\b|\[dot\]|\(dot\))\s*[a-z]{2,12}){1,3}\b",
    re.IGNORECASE,
)


def contacts(text: str) -> Iterator[Shape]:
    for start, end in _emails(text):
        yield Shape("EMAIL", start, end)
    if " dot " in text.lower() or "[dot]" in text or "(dot)" in text:
        for m in _SPELLED_EMAIL.finditer(text):
            yield Shape("EMAIL", m.start(), m.end())
    urls = [_trimmed(text, start, end) for start, end in _urls(text)]
    for m in BARE_DOMAIN.finditer(text):  # "kofisjourney.blogspot.com"
        if not any(a <= m.start() < b for a, b in urls):
            urls.append(_trimmed(text, m.start(), m.end()))
    for start, end in urls:
        yield Shape("URL", start, end)
    digit_starts = _digit_starts(text)
    phone_starts = sorted(digit_starts + [m.start() for m in _PAREN_OR_PLUS.finditer(text)])
    for m in _at_triggers(PHONE, phone_starts, text):
        if sum(ch.isdigit() for ch in m.group()) >= 10:
            yield Shape("PHONE", m.start(), m.end())
    for m in _at_triggers(_BARE_PHONE, digit_starts, text):
        if _PHONE_WORD_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            yield Shape("PHONE", m.start(), m.end())  # "the wife's number 6175550143"
    for m in _at_triggers(IP, digit_starts, text):
        yield Shape("IP_ADDRESS", m.start(), m.end())
    for m in IP6.finditer(text):
        yield Shape("IP_ADDRESS", m.start(), m.end())


SSN_ANY = re.compile(r"(?<![\d.-])\d{3}(?:\s{1,2}|[.-])\d{2}(?:\s{1,2}|[.-])\d{4}(?![\d-]|\.\d)")
_SSN_LAST4 = re.compile(
    r"\b(?:ssn|social\s+security(?:\s+number)?)\s+(?:ending|last\s+4)\s+(\d{4})\b"
)


def ssns(text: str, lower: str) -> Iterator[Shape]:
    digit_starts = _digit_starts(text)
    for pattern in (SSN_ANY, SSN):
        for m in _at_triggers(pattern, digit_starts, text):
            yield Shape("SSN", m.start(), m.end(), strong=True)
    for m in _SSN_LAST4.finditer(lower):
        yield Shape("SSN", m.start(1), m.end(1), strong=True)


def labelled_codes(
    text: str, lower: str, labels: list[tuple[int, int, str]]
) -> Iterator[Shape]:
    """The value after a record label, including a prefix token ("acct HB 88213")."""
    extra = [(m.start(), m.end(), m.lastgroup or "ID") for m in EXTRA_LABEL.finditer(lower)]
    for lstart, lend, kind in sorted(labels + extra):
        if kind in ("CONTACT", "DATE", "FAX", "IP", "LOCATION") or writers_own_label(lower, lstart):
            continue
        filler = FILLER.match(lower, lend)
        at = filler.end() if filler else lend
        m = _CODE_VALUE.match(text, at)
        if not m:  # "Serial number of the explanted valve: MVX-20391-B"
            phrase = _LABEL_PHRASE.match(lower, lend)
            m = _CODE_VALUE.match(text, phrase.end()) if phrase else None
        if not m:
            continue
        token = m.group()
        digits = sum(ch.isdigit() for ch in token)
        if digits < 3 or (digits == len(token.lstrip("#")) and digits < 4 and kind != "ROOM"):
            continue
        if _MINE_AFTER.match(lower, m.end()):
            continue  # "plate 7ABC123 is mine": the writer's
        # a wristband's number is a patient's whoever writes it
        yield Shape(kind, m.start(), m.end(), strong=kind != "ID" or _BAND.match(lower, lstart))
