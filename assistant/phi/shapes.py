"""Identifier shapes, whoever they belong to: every date element, age over 89, room and bed,
address, residence, contact detail and labelled code in a text (photographs and biometrics:
`likeness.py`).

The cue-bound recognisers (`recognizers.py`) report what is tied to a patient; this module
finds the same categories without asking whose they are, so nothing identifier-shaped is let
through because no cue word stood next to it. `attribution.py` then decides whether a shape
belongs to someone other than a patient (the sender, a colleague, an event, an institution).

This module holds the shape every finder yields, the numeric helpers they share, and the contact
details, SSNs and labelled codes; dates and ages are `date_shapes.py`'s, rooms, addresses and
residences `place_shapes.py`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.phi.id_shapes import (
    IP,
    REGISTRY_ID,
    SSN,
    STUDY_BEFORE,
    TOLL_FREE,
    _at_triggers,
    _emails,
    _urls,
    digit_run_starts,
    ip6_matches,
)
from assistant.phi.labels import FILLER
from assistant.phi.recognizers import machine_address
from assistant.phi.record_codes import writers_own_label
from assistant.text.gated import gated
from assistant.text.patterns import BARE_DOMAIN, PHONE, lazy


@dataclass(frozen=True)
class Shape:
    type: str
    start: int
    end: int
    strong: bool = False  # an identifier whoever it belongs to (SSN, a record number)
    weak: bool = False  # a month or week alone: identifying only beside another identifier


# Rooms and beds: "bed 12", "room 4312", "rm 5214", "5N-18", "4W bed 9", "6 South-12".
ROOM = gated(
    r"\b(?:(?:[a-z]*icu|ccu|ed|er|pacu|hallway|hall)\s+)?(?:room|rm\.?|bed|bay|cubicle|stretcher)\s*#?\s*"
    r"\d{1,4}[a-z]?\b"
    # "hallway bed H4", "bay C2": a bed named by a letter and a number
    r"|\b(?:(?:hallway|hall)\s+)?(?:bed|bay|stretcher)\s*#?\s*[a-z]\d{1,3}\b"
    # "ED 22", "PACU 6": a bed of the emergency department or recovery room
    r"|\b(?:ed|er|pacu)\s*#?\s*\d{1,2}\b(?![/.:-]\d|\s*(?:beds|patients|pts|hours|hrs|days|"
    r"visits|min|minutes|%|percent))"
    # "MICU 14", "CVICU bed 3": an intensive care unit's bed
    r"|\b(?:[a-z]{0,3}icu|ccu|pcu|sdu)\s*#?\s*\d{1,2}\b(?![/.-]\d|\s*(?:beds|patients|pts|hours|days|%))"
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
    # "the guy in 12 keeps pulling his IV": a short room number, not a count or a time
    r"|\b(?:pt|patient|lady|guy|man|woman|gentleman|kid|boy|girl|baby)\s+(?:in|from)\s+\d{1,2}\b"
    r"(?![:/.,-]?\d|\s*(?:%|mg|ml|min|mins|minutes|hours?|hrs?|days?|weeks?|wks?|months?|years?|"
    r"yrs?|am|pm|patients|pts|beds|of|out|to|and|or|percent)\b)"
)
_CODE_VALUE = lazy(
    r"#?(?:(?!(?:said|says|read|reads|is|was|are|of|for|on|at|to|the|an?)\b)[A-Z]{1,4}[ -]"
    r"(?=\w*\d))?"
    r"(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{2,24}"
    r"(?:\s(?=[A-Z0-9]*\d)[A-Z0-9]{2,6}){0,2}(?![\w-])",
    re.IGNORECASE,
)
# Labels the record labels lack: plate, sn, CDL, RN licence, biometric and study ids.
EXTRA_LABEL = gated(
    r"\b(?:(?P<VEHICLE>plate|tag)|(?P<DEVICE>sn|s/n|lot|implant\s+id|pump\s+serial|serial)|"
    r"(?P<LICENSE>cdl|dl#?|rn|lic\.?)|(?P<ID>(?:fingerprint|biometric|retinal\s+scan|iris\s+scan"
    r"(?:\s+template)?|palm-vein|voice\s*print|face\s*print)(?:\s+(?:id|template|scan))?|"
    r"study\s+subject|subject\s+id|registry\s+id|wrist\s*band|arm\s*band|id\s+band|bracelet)|(?P<ACCOUNT>acct\s*no\.?|guarantor\s+acct|"
    r"billing\s+acct|account|har|hosp(?:ital)?\s+acct)|(?P<HEALTH_PLAN>mbi|(?:medi-?cal|medicaid|"
    r"medicare|cin)\s*(?:#|id|no\.?|number)))(?![\w-])"
)


_MINE_AFTER = lazy(r"\s+(?:is|are)\s+(?:mine|ours|my|our)\b")
_BAND = lazy(r"wrist\s*band|arm\s*band|id\s+band|bracelet")
# a device that is the program's or the writer's equipment, no one's body or home
_EQUIPMENT_BEFORE = gated(
    r"\b(?:manikins?|mannequins?|simulators?|sim\s+lab|projector|laptop|ipad|tablet|printer|"
    r"pager|badge|workstation|computer|headset|monitor\s+in\s+the\s+(?:workroom|call\s+room))"
    r"\b[^.;!?\n]{0,25}$", words=False)


# A label's phrase before its colon: "number of the explanted valve:", "id for her pump:".
# "Medicaid ID, listed on the referral as 94410283C": where the value was written, then "as"
_LISTED_AS = lazy(
    r",?\s+(?:listed|written|recorded|given|entered|shown|printed|typed)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:as|:)\s*"
)
_LABEL_PHRASE = lazy(
    r"(?:\s+(?:number|no\.?|#|id))?\s+(?:of|for|on)\s+(?:the\s+|her\s+|his\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}?[\w-]+(?:\s*[:#]|\s+(?:is|was))\s*"
)



_PAREN_OR_PLUS = lazy(r"[(+]")


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in ".,;:!?)":
        end -= 1
    return start, end


_BARE_PHONE = re.compile(r"(?<![\w/.-])(?:1)?[2-9]\d{9}(?![\w/-]|\.\d)")
_PHONE_WORD_BEFORE = lazy(
    r"(?i:number|cell|phone|mobile|tel|call|called|text|texts|texted|reach|reached|#)\b[\s:#.]*"
    # "texts me updates from 5595550181": who is called or what is sent may come between
    r"(?:(?i:me|us|you|her|him|them|updates?|pics?|photos?|back|again|every\s+night)\s+){0,3}"
    r"(?:is\s+|at\s+|from\s+)?$"
)


# "lmorales at gmail dot com": an address spelled out so that it is not a link
_SPELLED_EMAIL = gated(
    r"(?<![\w.+-])[\w.+-]{2,64}\s*(?:\bat\b|\[at\]|\(at\))\s*[\w-]{2,63}"
    r"(?:\s*(?:\bdot\b|\[dot\]|\(dot\))\s*[a-z]{2,12}){1,3}\b",
    re.IGNORECASE,
)


# A social-media handle after the platform's name: an address like a web page's
_HANDLE = gated(
    r"\b(?i:instagram|insta|ig|twitter|tiktok|facebook|fb|snapchat|threads|handle)\b[^@\n]{0,20}?"
    r"(?<![\w@.])(?P<handle>@[A-Za-z0-9_.]{2,30}[A-Za-z0-9_])", words=False)


# "call me back at five five nine five five five zero one four four": ten digits spoken, as a
# voicemail or a dictation transcribes them (an area code, then seven)
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_PHONE = lazy(rf"(?i:\b{_DIGIT_WORD}(?:[ ,-]+{_DIGIT_WORD}){{9}}\b)")


def contacts(text: str) -> Iterator[Shape]:
    for start, end in _emails(text):
        yield Shape("EMAIL", start, end)
    if " dot " in text.lower() or "[dot]" in text or "(dot)" in text:
        for m in _SPELLED_EMAIL.finditer(text):
            yield Shape("EMAIL", m.start(), m.end())
    urls = [trimmed(text, start, end) for start, end in _urls(text)]
    for m in BARE_DOMAIN.finditer(text):  # "kofisjourney.blogspot.com"
        if not any(a <= m.start() < b for a, b in urls):
            urls.append(trimmed(text, m.start(), m.end()))
    for start, end in urls:
        yield Shape("URL", start, end)
    if "@" in text:
        for m in _HANDLE.finditer(text):  # "pt's instagram is @abuela_rosa"
            yield Shape("URL", m.start("handle"), m.end("handle"))
    digit_starts = digit_run_starts(text)
    phone_starts = sorted(digit_starts + [m.start() for m in _PAREN_OR_PLUS.finditer(text)])
    for m in _at_triggers(PHONE, phone_starts, text):
        if sum(ch.isdigit() for ch in m.group()) >= 10:
            yield Shape("PHONE", m.start(), m.end())
    for m in _at_triggers(_BARE_PHONE, digit_starts, text):
        if _PHONE_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            yield Shape("PHONE", m.start(), m.end())  # "the wife's number 6175550143"
    if " five " in text or " nine " in text or " zero " in text or " oh " in text:
        for m in _SPOKEN_PHONE.finditer(text):  # a number in a voicemail transcript
            yield Shape("PHONE", m.start(), m.end())
    for m in _at_triggers(IP, digit_starts, text):
        if not machine_address(text, m.start(), m.end()):
            yield Shape("IP_ADDRESS", m.start(), m.end())
    for m in ip6_matches(text):
        yield Shape("IP_ADDRESS", m.start(), m.end())


SSN_ANY = re.compile(r"(?<![\d.-])\d{3}(?:\s{1,2}|[.-])\d{2}(?:\s{1,2}|[.-])\d{4}(?![\d-]|\.\d)")
_SSN_LAST4 = gated(
    r"\b(?:ssn|social\s+security(?:\s+number)?)\s+(?:ending|last\s+4)\s+(\d{4})\b"
)


# "SSN to run the copay card. it's 5 4 1 - 2 2 - 7 8 0 3": nine digits typed one by one with
# spaces or dashes between them, after the label that says what they are
_SSN_SPELLED = gated(
    r"\b(?:ssn|social\s+security(?:\s+number)?)\b[^\d\n]{0,40}?((?:\d[ \t.-]{1,3}){8}\d)(?![\d])"
)


def ssns(text: str, lower: str) -> Iterator[Shape]:
    digit_starts = digit_run_starts(text)
    for pattern in (SSN_ANY, SSN):
        for m in _at_triggers(pattern, digit_starts, text):
            yield Shape("SSN", m.start(), m.end(), strong=True)
    for m in _SSN_SPELLED.finditer(lower):
        yield Shape("SSN", m.start(1), m.end(1), strong=True)
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
            phrase = _LABEL_PHRASE.match(lower, lend) or _LISTED_AS.match(lower, lend)
            m = _CODE_VALUE.match(text, phrase.end()) if phrase else None
        if not m:
            continue
        token = m.group()
        digits = sum(ch.isdigit() for ch in token)
        if digits < 3 or (digits == len(token.lstrip("#")) and digits < 4 and kind != "ROOM"):
            continue
        if TOLL_FREE.fullmatch(text, m.start(), m.end()):
            continue  # "Member services for Medi-Cal is 1-800-555-0147": the plan's own line
        if REGISTRY_ID.fullmatch(token) or STUDY_BEFORE.search(lower, max(0, lstart - 24),
                                                                 lstart):
            continue  # "Study ID NCT05512345", "REDCap record 0412": a study's, no patient's
        if _MINE_AFTER.match(lower, m.end()):
            continue  # "plate 7ABC123 is mine": the writer's
        if kind == "DEVICE" and _EQUIPMENT_BEFORE.search(lower, max(0, lstart - 40), lstart):
            continue  # "the sim lab's new manikin, SN 2310...": the program's equipment
        # a wristband's number is a patient's whoever writes it
        yield Shape(kind, m.start(), m.end(), strong=kind != "ID" or _BAND.match(lower, lstart))


# A plate's shape (letters and digits mixed, 5 to 8 of them, upper case) in a sentence about a
# vehicle: "the silver Camry (7RTY882)", "pt's car 5ABC123 towed" need no word "plate".
_PLATE = lazy(r"(?<![\w@./#-])(?=[A-Z0-9]{5,8}(?![\w-]))(?=\w*\d\w*\d)(?=\w*[A-Z]\w*[A-Z])"
                    r"[A-Z0-9]{5,8}")
_VEHICLE_WORD = gated(
    r"\b(?:car|cars|truck|van|pickup|suv|sedan|vehicle|motorcycle|towed|parked|parking|"
    r"drove|driving|lot)\b", words=False)


# a subject line, and a bare number of 6 to 10 digits in it (one hyphen allowed) that no label
# names: "Subject: FW: 00847362 path back", "Re: 0041-22871 labs"
_SUBJECT_LINE = gated(r"(?im)^[ \t>]*(?:subject|re|fwd?)[ \t]*:[^\n]*")
_BARE_NUMBER = lazy(r"(?<![\w#@/.:-])(?=[\d-]{6,11}(?![\w/.@-]))\d+(?:-\d+)?(?![\w/.@-])")
_NUMBER_NAMED_BEFORE = lazy(
    r"(?:id|#|no\.?|number|zoom|meeting|pmid|nct|doi|irb|npi|ext\.?|x|abstract|order|ticket|"
    r"invoice|case|protocol|v|version|grant|award)\s*:?\s*$", re.IGNORECASE)


_YEARS = lazy(r"(?:19|20)\d\d-(?:(?:19|20)?\d\d)")
_COUNTED_AFTER = lazy(r"\s+(?:views|people|patients|pts|followers|words|steps|cases|"
                            r"dollars|usd|hours|minutes|miles|members|residents)\b", re.IGNORECASE)


def subject_numbers(text: str) -> Iterator[tuple[int, int]]:
    """Bare record-like numbers of a subject line (not a year, a phone, a date or a named id)."""
    if "ubject" not in text and "e:" not in text and "wd:" not in text:
        return
    for line in _SUBJECT_LINE.finditer(text):
        for m in _BARE_NUMBER.finditer(text, line.start(), line.end()):
            value = m.group()
            digits = sum(ch.isdigit() for ch in value)
            if not 6 <= digits <= 10 or (digits == 10 and "-" not in value):
                continue  # a ten-digit run may be a phone: the phone pass reads it
            if _YEARS.fullmatch(value) or (digits < 7 and not value.startswith("0")):
                continue  # "2025-2026", "120000 views": years, a count
            if _COUNTED_AFTER.match(text, m.end()):
                continue
            if _NUMBER_NAMED_BEFORE.search(text, max(line.start(), m.start() - 12), m.start()):
                continue  # "Zoom 9331234567", "abstract #448812": named, the label's pass reads it
            yield m.start(), m.end()


def may_hold_plate(text: str, lower: str) -> bool:
    """One look at the whole text before any sentence is searched for a plate."""
    return _VEHICLE_WORD.search(lower) is not None and _PLATE.search(text) is not None


def plates(text: str, lower: str, sentence: tuple[int, int]) -> Iterator[Shape]:
    """Plate-shaped tokens of a sentence that speaks of a vehicle."""
    if not _VEHICLE_WORD.search(lower, *sentence):
        return
    for m in _PLATE.finditer(text, *sentence):
        if not REGISTRY_ID.fullmatch(m.group()) and not _MINE_AFTER.match(lower, m.end()):
            yield Shape("VEHICLE", m.start(), m.end())  # not "plate 7ABC123 is mine"

