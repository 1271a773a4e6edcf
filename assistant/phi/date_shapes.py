"""Dates and ages over 89 in every written form, whoever they belong to: numeric dates, month
and weekday names, holidays, ordinals in words, and the vague ones ("last week") that identify
only beside another identifier. Apart from places and contact details because a date is read
by its own grammar of days, months and years.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.phi import kin
from assistant.phi.id_shapes import (
    _NOT_A_PERSON,
    DOCUMENT_AFTER,
    NOT_A_DATE_AFTER,
    _at_triggers,
    _date_matches,
    digit_run_starts,
)
from assistant.phi.lexicon import (
    AGED_THINGS,
    CARE_EVENT_VERBS,
    STAY_VERBS,
    THING_AGED_BEFORE,
    WARD_PROCEDURE_VERBS,
)
from assistant.phi.shapes import Shape
from assistant.text.gated import gated
from assistant.text.patterns import lazy

WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
MONTH_NAME = (
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
    r"rosh\s+hashanah|yom\s+kippur|lunar\s+new\s+year|cinco\s+de\s+mayo|"
    r"d[i\u00ed]a\s+de\s+(?:los\s+)?muertos|day\s+of\s+the\s+dead)"
)
_ORDINAL_DAY = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)"
_UNIT_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
# "the twelfth", "twenty-first": a day of the month in words (only beside a month's name)
_ORDINAL_WORD = (
    rf"(?:{_UNIT_ORDINAL}|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|"
    rf"twentieth|twenty[- ]{_UNIT_ORDINAL}|thirtieth|thirty[- ]first)"
)
# Every date element but a year (run on the lower-cased text).
DATE_WORDS = gated(
    r"\b(?:"
    rf"(?:the\s+(?:day|morning|night|week(?:end)?|{WEEKDAY})\s+(?:after|before)\s+)?{_HOLIDAY}"
    r"|yesterday|today|tonight|tomorrow|tmrw|tmr|2morrow|overnight|this\s+(?:morning|am|a\.m\.|afternoon|evening|pm)"
    r"|the\s+(?:next|following|previous)\s+(?:morning|day|night|evening|afternoon)"
    r"|(?:last|this\s+past|past|next|this)\s+(?:night|week(?:end)?|wknd|wk|" + WEEKDAY + r"|"
    + MONTH_NAME + r")"
    r"|(?:\d{1,2}|two|three|four|five|six|a\s+few)\s+(?:days|weeks|wks|nights|" + WEEKDAY
    + r"s?)\s+ago"
    rf"|(?:on\s+)?the\s+{_ORDINAL_DAY}(?:\s+of\s+{MONTH_NAME})?"
    rf"|(?:{MONTH_NAME}|may)\.?\s+{_ORDINAL_DAY}"
    rf"|{WEEKDAY}(?:\s+(?:morning|night|afternoon|evening))?"
    # a day and month in Spanish: "se cay\u00f3 el 2 de noviembre"
    r"|(?:[12]?\d|3[01])\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|setiembre|octubre|noviembre|diciembre)"
    r"|(?:in|since|until|of|during|early|mid|late|by)\s+(?:" + MONTH_NAME + r"|may)"
    r"|(?:early|mid|late)-(?:" + MONTH_NAME + r"|may)"
    # "coded sept 14", "the twelfth of may": a month and its day in any spelling
    rf"|{MONTH_NAME}\.?\s+(?:[12]?\d|3[01])(?![\d:%]|\.\d|\s*(?:-|to)\s*\d)"
    rf"|the\s+{_ORDINAL_WORD}\s+of\s+(?:{MONTH_NAME}|may)|{MONTH_NAME}\s+(?:the\s+)?{_ORDINAL_WORD}"
    # "she fell on the twenty-third and ...": a day in words after a preposition of time, where no
    # noun follows it ("on the third floor", "by the second dose" are no days)
    rf"|the(?:(?<=\bon\sthe)|(?<=\bsince\sthe)|(?<=\buntil\sthe))\s+{_ORDINAL_WORD}(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|at|when|"
    r"but|so|or|until|in|through|around|after|before|then|she|he|they|we|i|his|her|their)\b)"
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
AGE_ANY = gated(
    rf"(?<![\w.$#/-])(?:{_AGE_NUMBER}|{_NUMBER_WORD})"
    r"(?:\s?-?\s?(?:years?|yrs?|yr|y)\s?-?\s?old\b|\s?(?:yo|y/o|y\.o\.?|yrs?)(?![\w/])|"
    r"[\s-]?(?:yo|y/o|y\.o\.?)(?![\w/])|\s?[mf]\b(?!\s*(?:mg|ml))|\s+years?\s+(?:of\s+age|young|old)\b|\s+years\b(?=\s*(?:,|\.|$)))"
    # "he made it to 100 last week", "she lived to 103": an age reached
    rf"|\b(?:turned|turns|turning|(?:will|['\u2019]ll|to|gonna)\s+turn|aged?|age:|ages|hit|hits|hitting|reached|reaches|reaching|"
    r"made\s+it\s+to|lived\s+to|live\s+to|living\s+to)\s+"
    rf"(?P<n>{_AGE_NUMBER}|{_NUMBER_WORD})\b(?!\s*(?:%|mg|ml|beds?|patients?|pts|percent|units?|"
    r"degrees?))"
    rf"|\b(?:is|she's|he's|was|now|be)\s+(?P<m>{_AGE_NUMBER}|{_NUMBER_WORD})\b(?!\s*(?:%|mg|ml|"
    r"beds?|patients?|pts|minutes|hours|days|weeks|miles|kg|lbs?|units?|percent))"
    rf"|(?<=, )(?P<k>{_AGE_NUMBER}|{_NUMBER_WORD})(?=\s*[,)])"
    rf"|(?<=\()(?P<p>{_AGE_NUMBER}|{_NUMBER_WORD})(?=\))"
    # "ninety-six and still doing the crossword": an age in words opening a sentence
    # or a clause of a subject line ("Subject: Lanare pt - ninety-seven and wants to go home")
    rf"|(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\s-\s))(?P<w>{_NUMBER_WORD})(?=\s*(?:,|\s-\s|\u2014|\s+(?:and|but|yet|"
    r"still|now|going)\b))"
    # "97 next month", "turning: 95 this spring": an age with the time it is reached
    rf"|(?<![\w.$#/-])(?P<t>{_AGE_NUMBER}|{_NUMBER_WORD})(?=\s+(?:next|this\s+coming|come)\s+"
    r"(?:week|month|year|spring|summer|fall|autumn|winter|" + WEEKDAY + "|" + MONTH_NAME + r")\b)"
    # "nearly 100", "pushing 95", "says he's 'about 95'": an age approached or guessed, where
    # nothing counted follows
    rf"|\b(?:nearly|almost|pushing|close\s+to|going\s+on|about|around|roughly|approximately|"
    rf"maybe|probably)\s+(?P<a>{_AGE_NUMBER}|{_NUMBER_WORD})"
    r"(?=\s*(?:[,.;:!?)'\"\u2019\u201d]|$|\s+(?:and|but|yet|now|still|this|next|years?|yrs?|y/?o)\b))"
    # "pt 98, hip fx": an age right after the patient
    rf"|\b(?:pt|patient)\s+(?P<x>{_AGE_NUMBER})\b(?=\s*[,;)]|\s+(?:y|yo|f|m)\b)"
    # "F/94", "M/101": sex and age in a sign-out; "F 93 w/ afib" before the history
    rf"|\b[mf]\s?/\s?(?P<s>{_AGE_NUMBER})\b(?!\s*(?:mg|ml|%))"
    rf"|\b[mf]\s(?P<f>{_AGE_NUMBER})(?=\s+(?:w/(?!o)|(?:s/p|h/o|hx|pmh|c/o|p/w|presenting|admitted)\b))"
    # "at 96 she still lives alone": an age, then the person it is of
    rf"|\bat\s+(?P<q>{_AGE_NUMBER}|{_NUMBER_WORD})(?=,?\s+(?:she|he|she's|he's|the\s+patient|"
    r"(?:my|our|the)\s+pt|pt)\b)"
    # "a ninety-something man": an age said roughly
    r"|\b(?:ninety|90)[- ]?something\b(?=\s*(?:[,.;:!?)]|$|(?:year|yr)s?[- ]old|y/?o|man|woman|"
    r"gentleman|lady|guy|patient|pt|widow|widower|veteran|mother|father|grand\w+)\b)"
    r"|\b(?:her|his|their)\s+(?:early\s+|mid[- ]?|late\s+)?(?:90s|nineties|100s)"
    r"|\b(?:early|mid|late)\s+(?:90s|nineties)"
    # "in her tenth decade": the nineties of life
    r"|\b(?:(?:in\s+)?(?:her|his|their)\s+)?(?:tenth|eleventh|10th|11th)\s+decade\b"
    # one person ("the nonagenarians in our cohort" are a group)
    r"|\b(?:super)?centenarian\b|\bnonagenarian\b"
    # a person's birthday, not "the hospital's 100th birthday gala"
    rf"|(?<=\bher |\bhis )(?:{_AGE_ORDINAL}\s+birthday\b|{_AGE_ORDINAL}\b(?!\s+(?:percentile|"
    r"anniversary|year|annual|edition|time|day|street|st|ave)))"
    rf"|(?:(?<=\btheir )|(?<=['\u2019]s ))"
    rf"{_AGE_ORDINAL}\s+birthday\b"
)


# Ages told in a clause, read before each number the trigger finds (rare forms: the alternation
# above is tried at every position of a text, these only where a number of 90 or more stands):
# "the chart says 97 but her daughter says 98", "the chart reads ninety-four" (a bare number a
# record or a relative gives, with nothing counted after it); "who at 100 is our longest-standing
# patient", "Mrs. Ito, at 97, still drives" (an age told of the person the clause is about)
_GIVEN_BEFORE = gated(
    r"\b(?:chart|record|ehr|emr|epic|facesheet|face\s+sheet|registration|paperwork|id|"
    r"h&p|note|"
    rf"{kin.alternation(kin.CHILDREN, kin.SPOUSES, kin.FAMILY, kin.NIECES_NEPHEWS)}|"
    rf"{kin.alternation(kin.GRANDCHILDREN)}|"
    r"she|he)\s+"
    r"(?:says|said|reads|read|lists|listed|states|stated|has\s+(?:her|him)\s+(?:as|at)|"
    r"insists|swears|claims)\s+(?:(?:she|he)(?:['\u2019]s|\s+is)\s+)?$", words=False)
_GIVEN_AFTER = lazy(r"\s*(?:[,.;:!?)]|$|\s+(?:but|and|yet|though|while|years?|y/?o)\b)")
_AT_BEFORE = lazy(r"(?:\bwho\s|,\s)at\s+$")
_AT_AFTER = lazy(r",?\s+(?:is|was|still|has|had|lives|lived|remains|walks|drives)\b")
_AGE_VALUE = lazy(rf"(?:{_AGE_NUMBER}|{_NUMBER_WORD})(?![\w-])")


def _told_ages(lower: str) -> Iterator[tuple[int, int]]:
    for t in _AGE_TRIGGER.finditer(lower):
        s = t.start()
        while s > 0 and (lower[s - 1].isalpha() or lower[s - 1] == "-"):
            s -= 1  # "ninety-four": from the word's start
        v = _AGE_VALUE.match(lower, s)
        if v and ((_GIVEN_BEFORE.search(lower, max(0, s - 60), s)
                   and _GIVEN_AFTER.match(lower, v.end()))
                  or (_AT_BEFORE.search(lower, max(0, s - 10), s)
                      and _AT_AFTER.match(lower, v.end()))):
            yield s, v.end()


# "last week", "since January", "March 2021": no day, so only beside another identifier.
_VAGUE_DATE = lazy(
    r"(?:last|this\s+past|past|next|this)\s+(?:week(?:end)?|wknd|wk|month|" + MONTH_NAME + r")$"
    r"|tomorrow$|tmrw$|tmr$|2morrow$|overnight$|the\s+(?:next|following|previous)\s+\w+$"
    r"|(?:in|since|until|of|during|early|mid|late|by)[\s-]+(?:" + MONTH_NAME + r"|may)$"
    r"|" + MONTH_NAME + r"\.?,?\s+(?:of\s+)?(?:19|20)\d\d$"
    r"|(?:0?[1-9]|1[0-2])/(?:19|20)\d\d$"
)


# "3-14" is a date only right after a care verb (elsewhere a range, a score, a ratio).
_DASHED_DAY = re.compile(r"(?<![\w./-])(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?![\w/-]|\.\d)")
# "DTSTART:20261202T150000": a date in the basic ISO 8601 form, with its time (a calendar entry)
_BASIC_DATE_TIME = lazy(
    r"(?<!\d)(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=T\d{4,6}(?!\d))"
)
# "vent 12/5", "PEEP/PS 10/5", "BP 142/88", "strength 4/5": a setting or a measure, and the pair
# after it its value (a test named before a date is the test's date: "echo 12/5" stays)
_SETTING_BEFORE = gated(
    r"\b(?:vent|peep|ps|cpap|bipap|prvc|simv|settings?|bp|pain|strength|motor|power|i/?o|i&o|"
    r"ins|outs|insulin|ratio|fio2|spo2|sats|gcs|apgars?|acuity|iop)\s*(?:(?:on|at|of|to|was|is|"
    r"were|now)\s+|[=:]\s*)?$", words=False)
# "11-28 admit", "3-2 ORIF": a dashed day opening a timeline entry of care (the timeline words of
# sentence_anchors' care events); "11-28 deadline" is none
_CARE_AFTER_DASHED = lazy(
    r"[ \t]*[:\-\u2013]?[ \t]*(?:admi(?:t\w*|ssion)|readmit\w*|adm|d/?c|discharge\w*|transfer\w*|"
    r"surgery|orif|intubat\w*|extubat\w*|died|death|fall|code|ed|er|icu|or|dos)\b"
)
# "Admitted: 10-04", "**DOS:** 3-2": a dashed day after a label of care
_CARE_LABEL_BEFORE = gated(
    r"\b(?:admit(?:ted)?|admission|discharged?|d/c|dos|dob|dod|seen|surgery|transferred)"
    r"[ \t]*[:*]+[ \t]*\**[ \t]*$", words=False)
CARE_VERB_BEFORE = gated(
    rf"\b(?:seen|{STAY_VERBS}|d/?c'?d|{CARE_EVENT_VERBS}|{WARD_PROCEDURE_VERBS}|born|operated|"
    r"delivered|(?:went|sent|got|going)\s+home|came\s+(?:back|in)|bounced\s+back|returned|on)\s+"
    # "returned to ED 11/16": the ward the care took place in may come between
    r"(?:(?:to|in|at)\s+(?:the\s+)?(?:ed|er|icu|micu|sicu|ccu|picu|nicu|clinic|floor|or|pacu|"
    r"hospital|us)\s+)?(?:on\s+)?$", words=False)


# "Sun-Maid", "Mar-a-Lago": a weekday's or month's letters opening a hyphenated name
_COMPOUND_AFTER = lazy(r"-(?!(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|"
                             r"aug|sep|oct|nov|dec|\d))[a-z]")
# "every other Friday", "each Tuesday": a schedule, no day of anyone's
_RECURRING_BEFORE = gated(
    r"\b(?:every|each)\s+(?:other\s+|second\s+|third\s+)?$", words=False)
# "Friday cases", "Monday clinics": a weekday naming a kind of thing done every week
_KIND_AFTER = lazy(
    r"s?\s+(?:cases|clinics|conferences|lectures|didactics|admissions|surgeries|shifts|calls|"
    r"rounds|huddles|sessions|lists)\b"
)
# "POD 3 was 11/2", "pod 1 11/18", "HD 4: 2/9", "Day 0 = 3/14 (admission)": a day counted from
# someone's admission or operation; only a patient's stay is counted that way ("day 2" alone
# may be a conference's, so it needs "=" and a word of care in the message)
_HOSPITAL_DAY_BEFORE = gated(
    r"\b(?:(?P<stay>pod|hd|post-?op\s+day|hospital\s+day|hosp\s+day)\s*#?\s*\d{1,2}\s*"
    r"(?:was|is|=|:|-|,|\()?|(?P<after>\d{1,2}\s+days?\s+post-?op)\s*[,(]?|day\s*#?\s*\d{1,2}\s*"
    # "day 4 of stay = 11/20": a day counted in a stay, named so
    r"(?P<of_stay>of\s+(?:the\s+)?(?:stay|admission|hospitali[sz]ation)\s*)?=)"
    r"\s*(?:on\s+)?$", words=False)
_STAY_WORD = gated(r"\b(?:admi\w+|discharg\w+|icu|intubat\w+|dose|vanc\w*|abx|surgery|"
                        r"post-?op|pt|patient)\b", words=False)


def hospital_day(lower: str, start: int) -> bool:
    """Is the date at `start` the date of a counted hospital or post-operative day?"""
    m = _HOSPITAL_DAY_BEFORE.search(lower, max(0, start - 24), start)
    return m is not None and (m.group("stay") is not None or m.group("after") is not None
                              or m.group("of_stay") is not None
                              or _STAY_WORD.search(lower) is not None)


def dates(text: str, lower: str) -> Iterator[Shape]:
    digit_starts = digit_run_starts(text)
    found = [(m.start(), m.end()) for m in _date_matches(text, digit_starts)]
    found += [(m.start(), m.end()) for m in _at_triggers(NUMERIC_DATE, digit_starts, text)]
    for m in DATE_WORDS.finditer(lower):
        word = text[m.start() : m.end()]
        if _COMPOUND_AFTER.match(lower, m.end()):
            continue  # "the Sun-Maid plant", "Wed-Thu" is kept: a word's first half only
        if word[:1].islower() and word in ("mon", "sun", "wed", "sat") and not lower.endswith(
            ("on ", "since ", "until ", "by ", "meeting ", "mtg "), 0, m.start()
        ) and not CARE_VERB_BEFORE.search(lower, max(0, m.start() - 16), m.start()):
            continue  # "sun", "wed", "sat" lower-case are words, not days ("sunday" is a day,
            # and so is "sat" after "on" or a meeting: "family meeting sat")
        if _RECURRING_BEFORE.search(lower, max(0, m.start() - 16), m.start()) or (
                _KIND_AFTER.match(lower, m.end())):
            continue  # "every other Friday", "Friday cases": a schedule, no day of anyone's
        found.append((m.start(), m.end()))
    # "(Nov 8 revision)", "the 12/1 version": the date of a document, no one's care
    found = [(s, e) for s, e in found if not DOCUMENT_AFTER.match(lower, e) and not (
        "/" in lower[s:e] and (NOT_A_DATE_AFTER.match(lower, e)  # "2/3 of", "10/10/10 units"
                               or _SETTING_BEFORE.search(lower, max(0, s - 16), s)))]
    for m in _at_triggers(_DASHED_DAY, digit_starts, text):
        if CARE_VERB_BEFORE.search(lower, max(0, m.start() - 16), m.start()) or (
                _CARE_AFTER_DASHED.match(lower, m.end())
                or _CARE_LABEL_BEFORE.search(lower, max(0, m.start() - 20), m.start())):
            found.append((m.start(), m.end()))  # "pt seen 3-14", "11-28 admit", "Admitted: 10-04"
    if "T0" in text or "T1" in text or "T2" in text:  # a time of day after its "T"
        found += [(m.start(), m.end()) for m in _BASIC_DATE_TIME.finditer(text)]
    for start, end in found:
        yield Shape("DATE", start, end, weak=_VAGUE_DATE.match(lower, start, end) is not None)


# Every form of AGE_ANY holds one of these: a text without any has no age of 90 or over, and
# the long alternation need not be tried at each of its positions. An age in digits is a whole
# run of digits in every form (no digit before or after it), so "1995" or "555-0192" is none.
_AGE_TRIGGER = gated(
    r"(?<!\d)(?:9\d|1[01]\d|12[0-5])(?!\d)|ninet|hundred|centenar|nonagen|decade"
)


# "mean age was 91.2 years" (a cohort's statistic), "tax ID is 94-1234567" (part of a code)
_DECIMAL_AFTER = lazy(r"[.,/-]\d")
# a clause whose subject is a thing and whose verb is an age's: "the program ... and turns 100"
_THING_SUBJECT = lazy(
    rf"(?:^|[.!?;]\s+|\n)(?:the|our|this|my)\s+(?:[\w-]+\s+)?(?:{AGED_THINGS})\b[^.;!?\n]*?"
    r"\b(?:turns?|turned|turning|celebrates|celebrating)\s+$"
)


def ages(lower: str) -> Iterator[Shape]:
    if not _AGE_TRIGGER.search(lower):
        return
    spans = []
    for m in AGE_ANY.finditer(lower):
        group = next((g for g in ("n", "m", "k", "p", "w", "t", "a", "s", "f", "q", "x")
                      if m.group(g)), None)
        spans.append((*(m.span(group) if group else m.span()), m.end()))
    spans += [(s, e, e) for s, e in _told_ages(lower)]
    for s, e, end in spans:
        if THING_AGED_BEFORE.search(lower, max(0, s - 30), s):
            continue  # "the hospital's 100th birthday"
        if _THING_SUBJECT.search(lower, max(0, s - 90), s):
            continue  # "the hospital was founded in 1925 and turns 100 next year"
        if _DECIMAL_AFTER.match(lower, e):
            continue  # a cohort's statistic or a part of a longer number
        if not _NOT_A_PERSON.match(lower, end):  # "a 100-year-old tradition"
            yield Shape("AGE", s, e)


# a piece of work to send or finish, then when it is due
_DUE_BY = gated(
    r"\b(?:send|submit|email|finish|return|complete|upload|share|turn\s+in|get|have)\b"
    r"[^.;!?\n]{0,50}?\b(?:by|before|no\s+later\s+than)\s+(?:this\s+|next\s+|the\s+)?$",
    words=False)
# what is due is someone's care: "have his labs drawn by", "send the discharge summary by"
_DUE_CARE = gated(
    rf"\b(?:{STAY_VERBS}|{CARE_EVENT_VERBS}|pts?|patients?|labs?|meds?|discharge\w*|admi\w+|"
    r"consult|visit|procedure|surgery|biopsy|scan|ct|mri|echo|dose|family|code|transfer\w*|"
    r"appointment|appt|follow-?up|f/u|drawn|seen|home)\b", words=False)


def deadline_before(lower: str, sentence_start: int, pos: int) -> bool:
    """"please send him the timeline by Tuesday": is the date at `pos` when a piece of work is
    due (a verb of sending or finishing, then "by"), and is what is due no one's care?"""
    due = _DUE_BY.search(lower, max(sentence_start, pos - 70), pos)
    return due is not None and _DUE_CARE.search(due.group()) is None
