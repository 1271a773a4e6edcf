"""The shapes of the structured identifiers: labelled numbers, SSNs, phones, e-mail, URLs, IP
addresses, dates, ages, ZIP codes and street addresses, and the trigger scans that find them fast.

Only shapes live here; whether a match belongs to a patient is `recognizers.py`'s question (and
`shapes.py`'s for what no cue ties to anyone).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.phi.lexicon import AGED_THINGS
from assistant.text.gated import gated
from assistant.text.patterns import EMAIL_DOMAIN, EMAIL_LOCAL_CHARS, TLD_PATH, URL, lazy

# Priorities decide overlaps: a labelled number beats the bare shape it also matches.
P_LABELLED, P_STRONG, P_CONTACT, P_DATE, P_PLACE, P_NAME = 90, 80, 70, 60, 50, 40


@dataclass(frozen=True)
class Candidate:
    type: str
    start: int
    end: int
    priority: int
    weak: bool = False  # identifying only next to another identifier of the same patient


# ---- shapes ---------------------------------------------------------------------------------
# A public registry's identifier (a trial's NCT number, an ISRCTN, a PMID's or a DOI's shape): a
# study's or an article's, whatever label stands before it.
REGISTRY_ID = lazy(r"(?:NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14}|ChiCTR[\w-]{6,}|10\.\d{4,9}/\S+)\b",
                         re.IGNORECASE)
# a study's database or its participants before a record label: de-identified by design
# ("REDCap record 0412"; a study subject's own id is a code of a person: still theirs)
STUDY_BEFORE = gated(
    r"\b(?:redcap|study|trial|cohort|registry)\s*(?:'s\s+)?$", words=False)
# "2/3 of her lunch", "insulin 10/10/10 with meals", "5/325 mg": a fraction or a dose, no date
NOT_A_DATE_AFTER = lazy(
    r"\s+of\s+(?!(?:19|20)\d\d\b|this\b|last\b|next\b)"
    r"|\s*(?:units?|u|mg|mcg|ml|g|with\s+meals|ac|qhs|qam|bid|tid|qid|q\d{1,2}h?|daily)\b",
    re.IGNORECASE,
)
# A toll-free number is an organisation's line, never a person's identifier.
TOLL_FREE = lazy(r"(?:\+?1[-. ]?)?\(?8(?:00|33|44|55|66|77|88)\)?[-. ]?\d{3}[-. ]?\d{4}")
SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])|(?<![\d ])\d{3} \d{2} \d{4}(?![\d ])")
# Phone, e-mail and URL shapes are the toolkit's; a bare address ("gofundme.com/f/x") is found
# from its ".com/" (TLD_PATH) and walked back to its start.
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IP = re.compile(rf"(?<![\d.]){_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}(?!\d|\.\d)")
IP6 = lazy(
    r"[0-9a-fA-F]{1,4}:(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}(?![:\w])"
    r"|[0-9a-fA-F]{1,4}:(?:[0-9a-fA-F]{1,4}:){0,5}:(?:[0-9a-fA-F]{1,4}:?){1,6}(?![:\w])"
)


def ip6_matches(text: str) -> Iterator[re.Match[str]]:
    """`IP6.finditer(text)` on a text that can hold one: every form consumes "::" or seven ":"."""
    if "::" in text or text.count(":") >= 7:
        yield from IP6.finditer(text)

# A record number or code: letters optional, then digits (a digit must be present).
CODE = gated(  # at least three digits, so "5 mg" or "2.1" never reach Python
    r"(?<![\w@./-])#?(?=(?:[A-Za-z-]{0,20}\d){3})[A-Za-z0-9]{1,24}(?:-[A-Za-z0-9]{1,12}){0,5}"
    r"(?![\w@-])", words=False)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:(?:19|20)\d\d|'\d\d)"
DATE = re.compile(
    rf"\b{_MONTH}\.?\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?"  # April 12, 2023 / Feb 2nd 2021
    rf"|\b{_DAY}\s+(?:of\s+)?{_MONTH}\b\.?(?:,?\s+{_YEAR}\b)?"  # 15th of January 2022
    rf"|\b{_MONTH}\.?,?\s+(?:of\s+)?(?:19|20)\d\d\b"  # March 2022
    rf"|\b(?:[12]\d|3[01]|0?[1-9])[-/ ]{_MONTH}[-/ ](?:19|20)?\d\d\b"  # 17-Feb-2023
    r"|(?<![\d/.-])(?:0?[1-9]|1[0-2])([/-])(?:0?[1-9]|[12]\d|3[01])\1(?:(?:19|20)\d\d|\d\d)"
    r"(?![\d/-]|\.\d)"  # 9/15/2023, 07-15-2023, 02/14/22
    r"|(?<![\d/.-])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])"  # ISO
    r"|(?:(?<![\d/.-])|(?<=\d/\d-)|(?<=\d/\d\d-))"  # 3/14 (checked), "2/2-2/6"
    r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/]|\.\d)"
)
# "last week", "last Friday", "yesterday": relative dates tied to a care event. A relative year or
# season ("last year", "last summer") reveals no more than the year and is left alone.
RELATIVE_DATE = gated(
    r"\b(?:(?:last|this past|past)\s+(?:week|month|night|weekend|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)|yesterday|(?:\d{1,2}|two|three|four|five|six)\s+"
    r"(?:days|weeks)\s+ago)\b",
    re.IGNORECASE,
)
_SHORT_NUMERIC = gated(r"\d{1,2}/\d{1,2}$")
# Triggers: cheap patterns whose first character lets the regex engine skip ahead; the strict
# pattern is then tried only where a trigger starts (several times faster than scanning it).
DIGITS = lazy(r"\d+")
PHONE_START = lazy(r"[(+]?\d+")
MONTH_START = gated(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


@functools.lru_cache(maxsize=1)
def digit_run_starts(text: str) -> list[int]:
    """Where each run of digits starts. The numeric shapes (numeric dates, phones, IP addresses,
    SSNs) can only start there (their look-behinds exclude a digit before them; a phone may also
    start at "(" or "+"), so they are tried only there (`_at_triggers`), not at every position.
    Found once per text for all the passes that ask (the list is shared: never change it)."""
    return [m.start() for m in DIGITS.finditer(text)]


def _at_triggers(strict: re.Pattern[str], starts: list[int], text: str) -> Iterator[re.Match[str]]:
    """`strict.finditer(text)`, tried only at the trigger positions `starts` (sorted)."""
    end = 0
    for pos in starts:
        if pos < end:
            continue
        m = strict.match(text, pos)
        if m:
            end = m.end()
            yield m


def _date_matches(text: str, digit_starts: list[int] | None = None) -> Iterator[re.Match[str]]:
    """`DATE.finditer(text)`, tried only where a run of digits or a month's name starts (every
    alternative of DATE starts there: after a word boundary or a look-behind that excludes a
    digit before it)."""
    if digit_starts is None:
        digit_starts = digit_run_starts(text)
    starts = sorted(digit_starts + [m.start() for m in MONTH_START.finditer(text)])
    return _at_triggers(DATE, starts, text)


def _emails(text: str) -> Iterator[tuple[int, int]]:
    """E-mail addresses, found from each '@' (walking back over at most 64 local-part chars)."""
    at = text.find("@")
    while at >= 0:
        m = EMAIL_DOMAIN.match(text, at)
        if m:
            start = at
            while start > 0 and at - start < 64 and text[start - 1] in EMAIL_LOCAL_CHARS:
                start -= 1
            clear = start == 0 or text[start - 1] not in EMAIL_LOCAL_CHARS
            if start < at and clear:
                yield start, m.end()
        at = text.find("@", at + 1)


_URL, _TLD_PATH = gated(URL), gated(TLD_PATH)


def _urls(text: str) -> Iterator[tuple[int, int]]:
    last = 0
    for m in _URL.finditer(text):
        if m.start() == 0 or not text[m.start() - 1].isalnum():
            last = m.end()
            yield m.start(), m.end()
    for m in _TLD_PATH.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < 253 and text[start - 1] in _HOST_CHARS:
            start -= 1
        if start < m.start() and start >= last and (start == 0 or text[start - 1] in " \t\n(<\"'"):
            yield start, m.end()
AGE = re.compile(  # tried only where a run of digits starts
    r"(?<![\d.])(?P<n>\d{2,3})(?:\s?-?\s?(?:years?|yrs?)\s?-?\s?old\b|\s?(?:yo|y/o|y\.o\.|yrs?)"
    r"(?![\w/])|\s+years\s+of\s+age\b)",
    re.IGNORECASE,
)
AGE_WORD = gated(r"\b(?:age|aged)\s*:?\s*(?P<n>\d{2,3})\b", re.IGNORECASE)
_AGGREGATE = lazy(
    r"(?:over|older than|above|>|≥|>=|at least|beyond|"
    r"(?:median|mean|average|avg)(?:\s+age)?(?:\s+(?:was|of|=|:))?\W*)\s*$",
    re.IGNORECASE)
# "patients aged 90 and older", "ages 90+": a range of ages, no one's
# "aged 90 years or older": the unit may come between (Safe Harbor's own "90 or older" category)
AND_OLDER = lazy(
    r"(?:\s*(?:years?|yrs?)(?:\s+of\s+age)?)?"
    r"\s*(?:\+|(?:and|or)\s+(?:older|over|above|up)\b(?!\s+than))"
)
_SENDERS_OWN = gated(r"\b(?:[Mm]y|[Oo]ur)\s+$", words=False)
_NOT_A_PERSON = lazy(rf"\s*(?:{AGED_THINGS})\b", re.IGNORECASE)
ZIP_IN_ADDRESS = gated(r"\b[A-Z][a-z]+,?\s+(?:[A-Z]{2})\s+(?P<zip>\d{5}(?:-\d{4})?)\b")
STREET = gated(
    r"\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\.?\s+){1,4}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|"
    r"Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq)\b\.?"
    r"(?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*[\w-]{1,8})?"
)
# A street named without a number ("lives on Elm Street"): full suffix words only, since
# "on St. Patrick's Day" and "on Dr. Lee" are not streets.
STREET_NAME = gated(
    r"\b(?:on|off)\s+(?P<street>(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}"
    r"(?:Street|Avenue|Road|Boulevard|Lane|Drive|Terrace|Parkway|Highway|Court|Circle)\b)"
)
_RESIDES = gated(
    r"\b(?:lives|living|resides|residing|moved|stays|staying)\s*$", words=False)
_PHONE_DIGITS = lazy(r"\d")


_MONTH_YEAR = lazy(rf"{_MONTH}\.?,?\s+(?:of\s+)?(?:19|20)\d\d$")
_CARE_EVENT_BEFORE = gated(
    r"\b(?:admit(?:ted)?|admission|discharged?|hospitali[sz]ed|seen|visit(?:ed)?|presented|"
    r"diagnosed|dx'?d?|treated|tx'?d|evaluated|operated|surgery|procedure|biopsy|born|died|"
    r"appointment|appt|transferred|delivered|underwent|suffered|developed|sustained|"
    r"experienced|onset|started|began|stroke|arrest|fell|injured)\b[^.;?!]{0,40}$",
    re.IGNORECASE, words=False)


# "I was born on 5/5", "my bday is 3/12": the writer's own birth date
WRITER_BORN = gated(
    r"\b(?:i\s+was\s+born|my\s+(?:birthday|birth\s*date|b-?day|dob|date\s+of\s+birth))"
    r"(?:\s+(?:is|was|on))*\s*[:,-]?\s*$", words=False)


# "2025-11-03 journal club", "11/14 M&M": the date of a forum of the program
FORUM_AFTER = gated(
    r"\s*[-:,(]?\s*(?:m&m|morbidity\s+and\s+mortality|morning\s+report|noon\s+(?:report|"
    r"conference|conf)|tumor\s+board|grand\s+rounds|journal\s+club|case\s+conference|didactics?|"
    r"workshop|lecture|seminar|retreat|interview|(?:safety\s+|staff\s+|unit\s+)?huddle|"
    r"in-?service|orientation)\b"
)
# "(Nov 8 revision)", "the 12/1 version": the date of a document, no one's care
DOCUMENT_AFTER = lazy(
    r"\s+(?:revision|revised|version|edition|release|newsletter|syllabus|handbook|draft)\b",
    re.IGNORECASE,
)


