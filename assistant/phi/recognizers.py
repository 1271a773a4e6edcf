"""Recognisers for the structured identifiers: labelled numbers, SSNs, phones, faxes, e-mail,
URLs, IP addresses, dates, ages over 89, ZIP codes and street addresses.

Each recogniser finds the shape with one compiled pattern and then asks the message context
whether the match belongs to a patient. Labels that only ever describe a person's record (MRN,
DOB, SSN, member ID, account, licence, VIN, serial number) count on their own; contact details
(phone, fax, e-mail, URL) count only when tied to a patient and not to the sender.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.phi.context import MessageContext
from assistant.phi.labels import FILLER, UNCONDITIONAL, label_before, label_span_before
from assistant.phi.lexicon import (
    AGED_THINGS,
    SERVICE_LINE,
    THING_AGED_BEFORE,
    about_no_patient,
    work_dated,
)
from assistant.text.gated import gated
from assistant.text.patterns import EMAIL_DOMAIN, EMAIL_LOCAL_CHARS, PHONE, TLD_PATH, URL

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
SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])|(?<![\d ])\d{3} \d{2} \d{4}(?![\d ])")
# Phone, e-mail and URL shapes are the toolkit's; a bare address ("gofundme.com/f/x") is found
# from its ".com/" (TLD_PATH) and walked back to its start.
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IP = re.compile(rf"(?<![\d.]){_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}(?!\d|\.\d)")
IP6 = re.compile(
    r"[0-9a-fA-F]{1,4}:(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}(?![:\w])"
    r"|[0-9a-fA-F]{1,4}:(?:[0-9a-fA-F]{1,4}:){0,5}:(?:[0-9a-fA-F]{1,4}:?){1,6}(?![:\w])"
)


def ip6_matches(text: str) -> Iterator[re.Match[str]]:
    """`IP6.finditer(text)` on a text that can hold one: every form consumes "::" or seven ":"."""
    if "::" in text or text.count(":") >= 7:
        yield from IP6.finditer(text)

# A record number or code: letters optional, then digits (a digit must be present).
CODE = gated(re.compile(  # at least three digits, so "5 mg" or "2.1" never reach Python
    r"(?<![\w@./-])#?(?=(?:[A-Za-z-]{0,20}\d){3})[A-Za-z0-9]{1,24}(?:-[A-Za-z0-9]{1,12}){0,5}"
    r"(?![\w@-])"
), words=False)
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
RELATIVE_DATE = gated(re.compile(
    r"\b(?:(?:last|this past|past)\s+(?:week|month|night|weekend|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)|yesterday|(?:\d{1,2}|two|three|four|five|six)\s+"
    r"(?:days|weeks)\s+ago)\b",
    re.IGNORECASE,
))
_SHORT_NUMERIC = gated(re.compile(r"\d{1,2}/\d{1,2}$"))
# Triggers: cheap patterns whose first character lets the regex engine skip ahead; the strict
# pattern is then tried only where a trigger starts (several times faster than scanning it).
DIGITS = re.compile(r"\d+")
PHONE_START = re.compile(r"[(+]?\d+")
MONTH_START = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


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
AGE_WORD = gated(re.compile(r"\b(?:age|aged)\s*:?\s*(?P<n>\d{2,3})\b", re.IGNORECASE))
_AGGREGATE = re.compile(r"(?:over|older than|above|>|≥|>=|at least|beyond)\s*$", re.IGNORECASE)
# "patients aged 90 and older", "ages 90+": a range of ages, no one's
# "aged 90 years or older": the unit may come between (Safe Harbor's own "90 or older" category)
AND_OLDER = re.compile(
    r"(?:\s*(?:years?|yrs?)(?:\s+of\s+age)?)?"
    r"\s*(?:\+|(?:and|or)\s+(?:older|over|above|up)\b(?!\s+than))"
)
_SENDERS_OWN = gated(re.compile(r"\b(?:[Mm]y|[Oo]ur)\s+$"), words=False)
_NOT_A_PERSON = re.compile(rf"\s*(?:{AGED_THINGS})\b", re.IGNORECASE)
ZIP_IN_ADDRESS = gated(re.compile(r"\b[A-Z][a-z]+,?\s+(?:[A-Z]{2})\s+(?P<zip>\d{5}(?:-\d{4})?)\b"))
STREET = gated(re.compile(
    r"\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\.?\s+){1,4}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|"
    r"Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq)\b\.?"
    r"(?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*[\w-]{1,8})?"
))
# A street named without a number ("lives on Elm Street"): full suffix words only, since
# "on St. Patrick's Day" and "on Dr. Lee" are not streets.
STREET_NAME = gated(re.compile(
    r"\b(?:on|off)\s+(?P<street>(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}"
    r"(?:Street|Avenue|Road|Boulevard|Lane|Drive|Terrace|Parkway|Highway|Court|Circle)\b)"
))
_RESIDES = gated(re.compile(
    r"\b(?:lives|living|resides|residing|moved|stays|staying)\s*$"
), words=False)
_PHONE_DIGITS = re.compile(r"\d")


def contact_tied(
    ctx: MessageContext, pos: int, label: str | None, label_start: int | None = None
) -> bool:
    """Is the phone/fax/e-mail/URL at `pos` a patient's (not the sender's or a colleague's)?

    With a label ("Phone:", "contact:") the owner is the word right before the label ("his
    phone:", "my cell:"); without one, the nearest owner word before the number decides.
    """
    if ctx.in_frame(pos) or SERVICE_LINE.search(ctx.lower, max(0, pos - 60), pos):
        return False
    if label in ("CONTACT", "FAX", "IP") and label_start is not None:
        owner = ctx.owner(label_start, window=25)
        if owner:
            return owner == "patient"
        return ctx.is_case_text and ctx.near_patient(pos)
    owner = ctx.owner(pos)
    if owner == "patient":
        return True
    if owner in ("sender", "professional") or ctx.first_person(pos):
        return False
    return ctx.about_patient(pos)


_MONTH_YEAR = re.compile(rf"{_MONTH}\.?,?\s+(?:of\s+)?(?:19|20)\d\d$")
_CARE_EVENT_BEFORE = gated(re.compile(
    r"\b(?:admit(?:ted)?|admission|discharged?|hospitali[sz]ed|seen|visit(?:ed)?|presented|"
    r"diagnosed|dx'?d?|treated|tx'?d|evaluated|operated|surgery|procedure|biopsy|born|died|"
    r"appointment|appt|transferred|delivered|underwent|suffered|developed|sustained|"
    r"experienced|onset|started|began|stroke|arrest|fell|injured)\b[^.;?!]{0,40}$",
    re.IGNORECASE,
), words=False)


# "I was born on 5/5", "my bday is 3/12": the writer's own birth date
WRITER_BORN = gated(re.compile(
    r"\b(?:i\s+was\s+born|my\s+(?:birthday|birth\s*date|b-?day|dob|date\s+of\s+birth))"
    r"(?:\s+(?:is|was|on))*\s*[:,-]?\s*$"
), words=False)


# "2025-11-03 journal club", "11/14 M&M": the date of a forum of the program
FORUM_AFTER = re.compile(
    r"\s*[-:,(]?\s*(?:m&m|morbidity\s+and\s+mortality|morning\s+report|noon\s+(?:report|"
    r"conference|conf)|tumor\s+board|grand\s+rounds|journal\s+club|case\s+conference|didactics?|"
    r"workshop|lecture|seminar|retreat|interview)\b"
)
# "(Nov 8 revision)", "the 12/1 version": the date of a document, no one's care
DOCUMENT_AFTER = re.compile(
    r"\s+(?:revision|revised|version|edition|release|newsletter|syllabus|handbook|draft)\b",
    re.IGNORECASE,
)


def date_tied(ctx: MessageContext, start: int, end: int, label: str | None) -> bool:
    if label == "DATE":  # "born on March 3" - unless "My daughter was born on March 3!"
        own = about_no_patient(ctx.lower, *ctx.sentence_span(start)) or WRITER_BORN.search(
            ctx.lower, max(0, start - 40), start) is not None
        return not ctx.in_frame(start) and not own
    if not ctx.near_patient(start) or work_dated(ctx.lower, start):
        return False
    if DOCUMENT_AFTER.match(ctx.text, end) or FORUM_AFTER.match(ctx.lower, end):
        return False  # "(Nov 8 revision)", "2025-11-03 journal club": a document's, a forum's
    if _MONTH_YEAR.match(ctx.text, start, end):
        # a month and year alone ("since January 2023") only when a care event leads to it
        return _CARE_EVENT_BEFORE.search(ctx.text, max(0, start - 60), start) is not None
    event = ctx.nearest_event(start)
    if event == "networking":
        return False
    if event is None and ctx.sender_is_subject(start):
        return False  # "Starting residency on June 24, I...": the sender's own calendar
    return event == "patient" or ctx.about_patient(start)


# a network or a machine spoken of in the sentence: "VPN from home shows 10.0.0.12"
_MACHINE_WORD = gated(re.compile(
    r"\b(?:[Vv][Pp][Nn]|[Ww]i-?[Ff]i|[Nn]etwork|[Rr]outer|[Ss]erver|[Pp]rinter|[Ww]orkstation|"
    r"[Ll]aptops?|[Dd]esktop|IT|[Ff]irewall|[Ss]ubnet|[Gg]ateway|DHCP)\b"
), words=False)
_CLAUSE_END = re.compile(r"[.!?;\n]")
# "her home monitor (IP 10.22.4.181)", "logging into her portal": the machine is someone's
_THIRD_PARTY_OWNER = re.compile(
    r"\b(?:her|his|their|pt['\u2019]?s?|patient['\u2019]?s?|family['\u2019]?s?|daughter|son|"
    r"wife|husband|mother|father|portal)\b"
)


def machine_address(text: str, start: int, end: int) -> bool:
    """A private, loopback or link-local address (RFC 1918, 127/8, 169.254/16) in a sentence
    about a network or a machine: millions of home and office networks share it, so it names a
    machine on one of them, no one's identity. A private address of a patient's machine or
    portal ("her home monitor (IP 10.22.4.181)") or with no machine ("associated with IP address
    192.168.1.1") stays a patient's."""
    import ipaddress

    try:
        address = ipaddress.ip_address(text[start:end])
    except ValueError:
        return False
    if not (address.is_private or address.is_loopback or address.is_link_local):
        return False
    clause = (_CLAUSE_END.split(text[max(0, start - 80) : start])[-1] + " "
              + _CLAUSE_END.split(text[end : end + 80])[0])
    return bool(_MACHINE_WORD.search(clause)) and not _THIRD_PARTY_OWNER.search(clause.lower())


def structured(ctx: MessageContext, labels: list[tuple[int, int, str]]) -> Iterator[Candidate]:
    """Every structured identifier in the text that belongs to a patient."""
    text = ctx.text
    taken: list[tuple[int, int]] = []
    digit_starts = digit_run_starts(text)
    for m in _at_triggers(SSN, digit_starts, text):
        label = label_before(ctx, m.start(), labels)
        kind = label if label in UNCONDITIONAL else "SSN"
        taken.append((m.start(), m.end()))
        yield Candidate(kind, m.start(), m.end(), P_LABELLED if label else P_STRONG)
    for start, end in _emails(text):
        taken.append((start, end))
        lab = label_span_before(ctx, start, labels)
        if contact_tied(ctx, start, lab and lab[2], lab and lab[0]):
            yield Candidate("EMAIL", start, end, P_STRONG)
    for start, end in _urls(text):
        while end > start and text[end - 1] in ".,;:!?":
            end -= 1
        taken.append((start, end))
        if ctx.owner(start) == "patient" and not ctx.in_frame(start):
            yield Candidate("URL", start, end, P_STRONG)
    ips = list(_at_triggers(IP, digit_starts, text))
    ips += [m for m in ip6_matches(text) if m.start() == 0 or not text[m.start() - 1].isalnum()]
    for m in ips:
        lab = label_span_before(ctx, m.start(), labels)
        taken.append((m.start(), m.end()))
        if machine_address(ctx.text, m.start(), m.end()):
            continue
        if contact_tied(ctx, m.start(), lab and lab[2], lab and lab[0]):
            yield Candidate("IP_ADDRESS", m.start(), m.end(), P_STRONG)
    phone_starts = [m.start() for m in PHONE_START.finditer(text)]
    for m in _at_triggers(PHONE, phone_starts, text):
        if len(_PHONE_DIGITS.findall(m.group())) < 10:
            continue
        lab = label_span_before(ctx, m.start(), labels)
        label = lab and lab[2]
        taken.append((m.start(), m.end()))
        if label in UNCONDITIONAL:
            yield Candidate(label, m.start(), m.end(), P_LABELLED)
        elif contact_tied(ctx, m.start(), label, lab and lab[0]):
            kind = "FAX" if label == "FAX" or _fax_before(text, m.start()) else "PHONE"
            yield Candidate(kind, m.start(), m.end(), P_CONTACT)
    for m in _date_matches(text, digit_starts):
        if _SHORT_NUMERIC.match(m.group()) and not _event_word_right_before(ctx, m.start()):
            continue
        label = label_before(ctx, m.start(), labels)
        taken.append((m.start(), m.end()))
        if date_tied(ctx, m.start(), m.end(), label):
            yield Candidate("DATE", m.start(), m.end(), P_DATE)
    for m in RELATIVE_DATE.finditer(text):
        if ctx.near_patient(m.start()) and ctx.nearest_event(m.start()) == "patient":
            yield Candidate("DATE", m.start(), m.end(), P_DATE, weak=True)
    ages = list(_at_triggers(AGE, digit_starts, text)) + list(AGE_WORD.finditer(text))
    for m in ages:
        n = int(m.group("n"))
        if not 90 <= n <= 125 or ctx.in_frame(m.start()):
            continue
        if _AGGREGATE.search(text, max(0, m.start() - 14), m.start()) or AND_OLDER.match(
                ctx.lower, m.end()):
            continue
        if _SENDERS_OWN.search(text, max(0, m.start() - 8), m.start()):
            continue  # "my 94-year-old grandmother": the sender's family, not a patient
        if _NOT_A_PERSON.match(text, m.end()) or THING_AGED_BEFORE.search(
            ctx.lower, max(0, m.start() - 40), m.start()
        ):
            continue  # "a 100-year-old tradition", "the hospital turns 100"
        yield Candidate("AGE", m.start(), m.end(), P_DATE)
    for m in STREET.finditer(text):
        taken.append((m.start(), m.end()))
        if _place_tied(ctx, m.start(), label_before(ctx, m.start(), labels)):
            yield Candidate("LOCATION", m.start(), m.end(), P_PLACE)
    for m in STREET_NAME.finditer(text):
        s = m.start("street")
        residence = _RESIDES.search(text, max(0, m.start() - 12), m.start())
        if (residence and ctx.about_patient(s)) or _place_tied(ctx, s, None):
            yield Candidate("LOCATION", s, m.end(), P_PLACE)
    for m in ZIP_IN_ADDRESS.finditer(text):
        if _place_tied(ctx, m.start(), None):
            yield Candidate("LOCATION", m.start("zip"), m.end("zip"), P_PLACE)
    yield from _codes(ctx, labels, taken)


_SHORT_NUMBERS_OK = {"MRN", "ACCOUNT", "ID", "DEVICE"}


def _codes(
    ctx: MessageContext, labels: list[tuple[int, int, str]], taken: list[tuple[int, int]]
) -> Iterator[Candidate]:
    """Record numbers and codes: the value right after a label that says what it is."""
    text = ctx.text
    taken.sort()
    for lstart, lend, kind in labels:
        if kind not in UNCONDITIONAL and kind != "LOCATION":
            continue
        if kind == "ID" and _not_a_patients_id(ctx, lstart, lend):
            continue
        if writers_own_label(ctx.lower, lstart):
            continue  # "my Medicare module certificate ID", "our NPI number": the writer's
        filler = FILLER.match(ctx.lower, lend)
        m = CODE.match(text, filler.end() if filler else lend)
        if not m:
            continue
        s, e = m.start(), m.end()
        i = bisect_right(taken, (s, len(text))) - 1
        if i >= 0 and taken[i][1] > s:
            continue  # already a date, phone, SSN, e-mail...
        token = m.group()
        digits = sum(ch.isdigit() for ch in token)
        letters = sum(ch.isalpha() for ch in token)
        shortest = 4 if kind in _SHORT_NUMBERS_OK else 5
        if digits < 3 or (digits < 4 and letters < 2) or (not letters and digits < shortest):
            continue
        if _UNIT_AFTER.match(text, e):
            continue  # a dose or a lab value, not a code
        if kind in UNCONDITIONAL:
            yield Candidate(kind, s, e, P_LABELLED)
        elif digits == len(token) == 5:  # a labelled ZIP code
            yield Candidate("LOCATION", s, e, P_LABELLED)


# "ID", "identifier", "ref #" say nothing of whose record: "our abstract (ID 2026-1187)" and
# "my ERAS ID" are the sender's. "Patient ID", "encounter #", "accession" always are a patient's.
_GENERIC_ID = re.compile(
    r"(?:id|identifier|id\s*#|ref(?:erence)?\.?(?:\s*(?:code|number|no\.?|#))?)"
)


# "my badge ID", "My car (plate 8ZZR114)": the label of a thing the writer owns
# "my car's plate": the writer's thing's label is the writer's too
_WRITERS_OWN = gated(re.compile(
    r"\b(?:my|our)\s+(?P<phrase>(?:[\w/'\u2019-]+(?:\s+|\s*[(,:]\s*)){0,3})$"
))
_SOMEONE_ELSES = gated(re.compile(
    r"\b(?:patients?|pts?|pt['\u2019]s|patient['\u2019]s|his|her|their|family|wife|husband|son|"
    r"daughter|mom|dad|mother|father)\b"
), words=False)


def writers_own_label(lower: str, lstart: int) -> bool:
    """A label the writer owns ("my badge ID", "our NPI"), not a patient's ("my pt's MRN")."""
    m = _WRITERS_OWN.search(lower, max(0, lstart - 40), lstart)
    return m is not None and not _SOMEONE_ELSES.search(m.group("phrase"))


def _not_a_patients_id(ctx: MessageContext, lstart: int, lend: int) -> bool:
    if not _GENERIC_ID.fullmatch(ctx.lower, lstart, lend) or ctx.near_patient(lstart):
        return False
    return ctx.nearest_event(lstart) == "networking" or ctx.owner(lstart) in (
        "sender", "professional"
    )


_UNIT_AFTER = re.compile(
    r"\s?(?:mg|mcg|µg|g|kg|ml|mL|l|L|units?|iu|IU|mmol|mEq|meq|%|mmHg|bpm|cc|hours?|hrs?|days?|"
    r"weeks?|months?|years?|patients?|cases?|steps?|words?|people)\b"
)


def _place_tied(ctx: MessageContext, pos: int, label: str | None) -> bool:
    if ctx.in_frame(pos):
        return False
    if ctx.about_patient(pos) and ctx.nearest_event(pos, window=40) == "patient":
        return True  # "visited our clinic at 12 Elm Street": where the patient was seen
    owner = ctx.owner(pos)
    if owner == "patient" or label == "LOCATION":
        return owner not in ("sender", "professional")
    if owner in ("sender", "professional") or ctx.first_person(pos):
        return False
    return ctx.about_patient(pos)


_FAX = gated(re.compile(r"\bfax", re.IGNORECASE), words=False)


def _fax_before(text: str, pos: int) -> bool:
    return _FAX.search(text, max(0, pos - 50), pos) is not None


_EVENT_RIGHT_BEFORE = gated(re.compile(
    r"(?:\bon|\bsince|\badmitted|\bdischarged|\bseen|\bdob:?|\bborn|\bdied|\bfrom|\buntil|"
    r"\bthrough|\bto)\s*$",
    re.IGNORECASE,
), words=False)


def _event_word_right_before(ctx: MessageContext, pos: int) -> bool:
    """A bare month/day like 3/14 counts only right after 'on', 'admitted', 'DOB'..."""
    return _EVENT_RIGHT_BEFORE.search(ctx.text, max(0, pos - 14), pos) is not None
