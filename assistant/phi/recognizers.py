"""Recognisers for the structured identifiers: whether each shape of `id_shapes.py` (labelled
numbers, SSNs, phones, faxes, e-mail, URLs, IP addresses, dates, ages over 89, ZIP codes and
street addresses) belongs to a patient.

Each recogniser finds the shape with one compiled pattern and then asks the message context
whether the match belongs to a patient. Labels that only ever describe a person's record (MRN,
DOB, SSN, member ID, account, licence, VIN, serial number) count on their own; contact details
(phone, fax, e-mail, URL) count only when tied to a patient and not to the sender.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.phi import kin
from assistant.phi.context import MessageContext
from assistant.phi.id_shapes import (
    _AGGREGATE,
    _CARE_EVENT_BEFORE,
    _MONTH_YEAR,
    _NOT_A_PERSON,
    _PHONE_DIGITS,
    _RESIDES,
    _SENDERS_OWN,
    _SHORT_NUMERIC,
    AGE,
    AGE_WORD,
    AND_OLDER,
    DOCUMENT_AFTER,
    FORUM_AFTER,
    IP,
    NOT_A_DATE_AFTER,
    P_CONTACT,
    P_DATE,
    P_LABELLED,
    P_PLACE,
    P_STRONG,
    PHONE_START,
    RELATIVE_DATE,
    SSN,
    STREET,
    STREET_NAME,
    TOLL_FREE,
    WRITER_BORN,
    ZIP_IN_ADDRESS,
    Candidate,
    _at_triggers,
    _date_matches,
    _emails,
    _urls,
    digit_run_starts,
    ip6_matches,
)
from assistant.phi.labels import UNCONDITIONAL, label_before, label_span_before
from assistant.phi.lexicon import SERVICE_LINE, THING_AGED_BEFORE
from assistant.phi.no_patient import about_no_patient, work_dated
from assistant.phi.record_codes import codes
from assistant.text.gated import gated
from assistant.text.patterns import PHONE, lazy


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
_MACHINE_WORD = gated(
    r"\b(?:[Vv][Pp][Nn]|[Ww]i-?[Ff]i|[Nn]etwork|[Rr]outer|[Ss]erver|[Pp]rinter|[Ww]orkstation|"
    r"[Ll]aptops?|[Dd]esktop|IT|[Ff]irewall|[Ss]ubnet|[Gg]ateway|DHCP)\b", words=False)
_CLAUSE_END = lazy(r"[.!?;\n]")
# "her home monitor (IP 10.22.4.181)", "logging into her portal": the machine is someone's
_THIRD_PARTY_OWNER = lazy(
    r"\b(?:her|his|their|pt['\u2019]?s?|patient['\u2019]?s?|family['\u2019]?s?|"
    rf"{kin.alternation(kin.CHILDREN, kin.SPOUSES, kin.MOTHER_FATHER)}|portal)\b"
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
        if TOLL_FREE.fullmatch(text, m.start(), m.end()):
            continue  # "Member services is 1-800-555-0147": an organisation's line
        if label in UNCONDITIONAL:
            yield Candidate(label, m.start(), m.end(), P_LABELLED)
        elif contact_tied(ctx, m.start(), label, lab and lab[0]):
            kind = "FAX" if label == "FAX" or _fax_before(text, m.start()) else "PHONE"
            yield Candidate(kind, m.start(), m.end(), P_CONTACT)
    for m in _date_matches(text, digit_starts):
        if _SHORT_NUMERIC.match(m.group()) and not _event_word_right_before(ctx, m.start()):
            continue
        if "/" in m.group() and NOT_A_DATE_AFTER.match(text, m.end()):
            continue  # "2/3 of her lunch", "insulin 10/10/10 with meals"
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
    yield from codes(ctx, labels, taken)



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


_FAX = gated(r"\bfax", re.IGNORECASE, words=False)


def _fax_before(text: str, pos: int) -> bool:
    return _FAX.search(text, max(0, pos - 50), pos) is not None


_EVENT_RIGHT_BEFORE = gated(
    r"(?:\bon|\bsince|\badmitted|\bdischarged|\bseen|\bdob:?|\bborn|\bdied|\bfrom|\buntil|"
    r"\bthrough|\bto)\s*$",
    re.IGNORECASE, words=False)


def _event_word_right_before(ctx: MessageContext, pos: int) -> bool:
    """A bare month/day like 3/14 counts only right after 'on', 'admitted', 'DOB'..."""
    return _EVENT_RIGHT_BEFORE.search(ctx.text, max(0, pos - 14), pos) is not None
