"""Names in a sign-out or census line: "Beaumont, Harold - fall on heparin", "MR. OKORO IN 4",
"my pts today: Abara, Lindqvist, Muñoz". A list of the day's patients has its own layout
(surname first, capitals, a colon then names), which prose-shaped readings would miss.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.phi import census
from assistant.phi.attribution import ROLE, line_end_of, line_spans, line_start_of
from assistant.phi.colleague_syntax import duty_after
from assistant.phi.lexicon import (
    CARE_EVENT_VERBS,
    STAY_VERBS,
    WARD_PROCEDURE_VERBS,
    first_names,
)
from assistant.phi.name_words import (
    CLINICAL_NOUN,
    INSTITUTION,
    LOWER_WORD,
    MEDICAL,
    WORD,
    NameCandidate,
    lower_name,
    medical_word,
    not_a_name_word,
    plain,
    rare_name,
)
from assistant.phi.vocab import is_common, zipf
from assistant.text.gated import gated
from assistant.text.patterns import lazy
from assistant.text.words import fold

# "Beaumont, Harold - fall on heparin": a sign-out's "Surname, Given" before a separator.
_SURNAME_COMMA_GIVEN = lazy(
    rf",[ \t]*(?P<first>{WORD}|[A-Z]{{2,}}\b)(?=[ \t]*(?:[-\u2013\u2014(:;>\u2192]|\d|$))",
    re.MULTILINE,
)
_SURNAME_BEFORE_COMMA = lazy(
    rf"(?<![\w'\u2019-])(?P<last>{WORD}|[A-Z]{{2,}}(?:[-'][A-Z]{{2,}})?)$"
)
# "- fall on heparin", " 67M", " (71F)": what a sign-out line says after the patient's name.
_SIGNOUT_AFTER = lazy(
    r"[ \t]*(?:[-\u2013\u2014>\u2192][ \t]*\w|(?P<age>\(?\d{1,3}[ \t]?(?:[MFmf]|yo|y/o)\b))"
)
# What a sign-out line says happened to the person: "fall on heparin", "3/2 admit", "CT neg".
_CARE_WORDS = gated(
    rf"\b(?:{CARE_EVENT_VERBS}|{WARD_PROCEDURE_VERBS}|{STAY_VERBS}|admit\w*|fall|falls|neg|pos|bleed\w*|"
    r"\d{1,2}/\d{1,2}|f/u|d/?c|npo|dnr|dni|full\s+code|comfort|labs?|ct|mri|cxr|echo|ekg|bx|path|abx|"
    r"on\s+[a-z]+(?:in|ol|ide|ine|ate|il|an|one)\b|post-?op|s/p|w/|hx|h/o|r/o|wants|needs)\b",
    re.IGNORECASE, words=False)
# A sign-out pasted in capitals: "KOWALSKI, JANINA 67F - ...", "MR. OKORO IN 4".
_CAPS_SIGNOUT_AFTER = lazy(
    r"[ \t]*(?:\(?\d{1,3}[ \t]?(?:[MF]|YO|Y/O|yo|y/o)\b|[-\u2013\u2014(:>\u2192])"
)
_CAPS_TITLE = gated(r"M(?:RS|R|S|ISS)\.?[ \t]+(?P<name>[A-Z]{3,}(?:-[A-Z]{2,})?)\b")
# "my pts today: Abara, Lindqvist, Muñoz": a list of the day's patients.
_PATIENT_LIST = lazy(
    r":[ \t]*(?P<list>" + WORD + r"(?:[ \t]*(?:,|&|\band\b)[ \t]*" + WORD + r"){1,})"
)
_LIST_CUE_BEFORE = lazy(
    r"(?i:\b(?:pts|patients|census|list|admits|admissions|sign-?outs?))[^:\n]{0,20}$"
)
_LIST_ITEM = lazy(WORD)


def surname_first(text: str) -> Iterator[NameCandidate]:
    """"Surname, Given" before a separator; a relation when the line reads as a sign-out.

    A line that gives the person a role ("Whitfield, Carol - Program Director") is a
    reference or a signature; two or more such lines with nothing clinical on any of them
    ("Lindqvist, Eva - welcome", "Moreno, Javier - QI results") are a roster or a schedule."""
    found: list[tuple[NameCandidate, NameCandidate]] = []
    any_signout = False
    for m in _SURNAME_COMMA_GIVEN.finditer(text):
        before = _SURNAME_BEFORE_COMMA.search(text, max(0, m.start() - 40), m.start())
        if before is None:
            continue
        last, first = before.group("last"), m.group("first")
        if first.isupper() != last.isupper():
            continue
        if first.isupper():  # pasted in capitals: "KOWALSKI, JANINA 67F - ..."
            named = first.lower() in census.given_names() and (
                last.lower() in census.surnames() or zipf(last) < 3.0)
            signout = named and _CAPS_SIGNOUT_AFTER.match(text, m.end()) is not None
            if not signout or _ROLE_NEXT.match(text, m.end()):
                continue  # "MARTINEZ-VEGA, ROSARIO - PROGRAM COORDINATOR": a roster's line
        elif not (plain(first) in first_names() or fold(first) in census.given_names()
                  or _unknown_given_signout(text, first, last, m.end())) or (
                not_a_name_word(first) or not_a_name_word(last)
                or (is_common(last) and not _word_surname_signout(text, last, m.end()))
                or medical_word(last) or INSTITUTION.search(last)):
            continue
        else:
            signout = _signout_line(text, m.end())
            if not signout and _ROLE_NEXT.match(text, m.end()):
                continue
        any_signout = any_signout or signout
        found.append((NameCandidate(before.start("last"), before.end("last"), 3, relation=signout),
                      NameCandidate(m.start("first"), m.end("first"), 3, relation=signout)))
    if len(found) > 1 and not any_signout:
        return
    for pair in found:
        yield from pair


def _unknown_given_signout(text: str, first: str, last: str, end: int) -> bool:
    """"Okonjo, Chiamaka - NPO after midnight": a given name no list knows, after a surname
    rare in English, on a line that goes on about someone's care."""
    return zipf(first) == 0 and zipf(last) < 3.0 and _signout_line(text, end)


def _word_surname_signout(text: str, last: str, end: int) -> bool:
    """"Baker, Faith - path results": a surname that is an English word, in the census
    surnames, on a line that goes on about someone's care."""
    return last.lower() in census.surnames() and zipf(last) < 5.0 and _signout_line(text, end)


# A sign-out line pasted in capitals with no comma: "HAMID AL-RASHIDI 71M - NSTEMI", "PT OKAFOR
# CHIDI NEEDS PRIOR AUTH": two or three capitalised words after "PT" or before an age and sex.
_CAPS_WORD = r"[A-Z]{2,}(?:[-'\u2019][A-Z]{2,})?"
_CAPS_LINE = lazy(
    # "WATCHER: BRANKO PETROVIC - GI BLEED": a line's label in capitals before the name
    rf"^[ \t>*-]*(?P<label>[A-Z]{{2,}}(?:[ \t][A-Z]{{2,}})?[ \t]*:[ \t]*)?"
    rf"(?P<pt>(?:PT|PATIENT)[ \t]+)?(?P<name>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{1,2}})"
    r"(?=[ \t]*(?P<age>\(?\d{1,3}[ \t]?(?:[MF]|YO|Y/O|yo|y/o)\b)?)",
    re.MULTILINE,
)


_PARTICLES = frozenset(("al", "el", "bin", "ben", "ibn", "abu", "van", "von", "de", "la", "le",
                        "da", "del", "dos"))


def _caps_name_word(word: str) -> bool:
    """A word of a name in capitals: a census name or a word English does not know, and
    neither a clinical abbreviation nor an ordinary word."""
    parts = [p.lower() for p in re.split(r"[-'\u2019]", word)
             if len(p) > 1 and p.lower() not in _PARTICLES]
    return bool(parts) and not CLINICAL_NOUN.fullmatch(word) and all(
        not is_common(p) and not medical_word(p) and not not_a_name_word(p.title())
        and (p in census.given_names() or p in census.surnames()
             or (zipf(p) == 0 and any(c in "aeiouy" for c in p)))
        for p in parts)


def capitals_line(text: str) -> Iterator[NameCandidate]:
    """A name in capitals opening a sign-out line, after "PT" or before an age and sex."""
    if not any(c.isupper() for c in text[:1]) and "\n" not in text:
        return
    for m in _CAPS_LINE.finditer(text):
        if not (m.group("pt") or m.group("age") or m.group("label")):
            continue
        words = m.group("name").split()
        # "PT OKAFOR CHIDI NEEDS ...": the name ends where ordinary words begin
        while words and not _caps_name_word(words[-1]):
            words.pop()
        if len(words) < 2 or not all(_caps_name_word(w) for w in words):
            continue
        start = m.start("name")
        end = start + len(" ".join(words)) if m.group("name").startswith(" ".join(words)) else 0
        if end and m.group("label") and not (m.group("pt") or m.group("age")) and not (
                _SIGNOUT_AFTER.match(text, end)
                and _clinical_cells(text[end : line_end_of(text, end)])):
            continue  # "SPEAKER: ..." needs what a sign-out says next: care, an age
        if end:
            yield NameCandidate(start, end, 3, relation=True)


# "sign out: rivera, hector - npo after midnight": a sign-out line typed in lower case.
_LOWER_SURNAME_COMMA_GIVEN = lazy(
    rf"^[ \t>*-]*(?:[a-z][a-z /-]{{0,20}}:[ \t]*)?(?P<last>{LOWER_WORD}),[ \t]*"
    rf"(?P<first>{LOWER_WORD})(?=[ \t]*(?:[-\u2013\u2014(:]|\d))",
    re.MULTILINE,
)


def lower_surname_first(text: str) -> Iterator[NameCandidate]:
    """"rivera, hector - npo after midnight": both names, when the line says something
    clinical and the census lists know both words as names."""
    for m in _LOWER_SURNAME_COMMA_GIVEN.finditer(text) if "," in text else ():
        last, first = m.group("last"), m.group("first")
        if (_signout_line(text, m.end()) and lower_name(last, loose=True)
                and lower_name(first, loose=True) and first in census.given_names()):
            yield NameCandidate(m.start("last"), m.end("last"), 3, relation=True)
            yield NameCandidate(m.start("first"), m.end("first"), 3, relation=True)


# "- Program Director", "- Associate PD", "- PGY-2": a role after the name.
_ROLE_NEXT = lazy(
    rf"[ \t]*[-\u2013\u2014:][ \t]*(?:[\w-]+[ \t]+){{0,2}}(?i:{ROLE}|pgy-?\d)\b"
)


def _signout_line(text: str, end: int) -> bool:
    """"Beaumont, Harold - fall on heparin", "Kowalski, Janina 67F": what follows the name is
    an age or someone's care. "Whitfield, Carol - Program Director", "Okafor, Ada - PGY-2",
    "Moreno, Javier - QI results" keep the same layout for a reference, a signature or a
    schedule: the line must say something clinical."""
    m = _SIGNOUT_AFTER.match(text, end)
    if m is None:
        return False
    if m.group("age"):
        return True
    line_end = text.find("\n", end)
    rest = text[m.end() - 1 : line_end if line_end != -1 else len(text)]
    return bool(CLINICAL_NOUN.search(rest) or _CARE_WORDS.search(rest))


def capitals_and_lists(text: str) -> Iterator[NameCandidate]:
    """"MR. OKORO" in capitals, and the names of a listed day's patients."""
    for m in _CAPS_TITLE.finditer(text):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        if not is_common(m.group("name")) or m.group("name").lower() in census.surnames():
            yield NameCandidate(m.start("name"), m.end("name"), 3)
    for m in _PATIENT_LIST.finditer(text):
        if not _LIST_CUE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        for w in _LIST_ITEM.finditer(text, m.start("list"), m.end("list")):
            if rare_name(w.group()) and not MEDICAL.search(w.group()):
                yield NameCandidate(w.start(), w.end(), 3, relation=True)


# "Lindqvist, Eva - welcome": a line that opens with "Surname, Given" and a separator.
_LIST_LINE = lazy(rf"[ \t>*-]*{WORD}[ \t]*,[ \t]*{WORD}[ \t]*[-\u2013\u2014(:][^\n]*")
_AGE_SEX = gated(r"\b\d{1,3}[ \t]?(?:[MFmf]|yo|y/o)\b", words=False)


def _roster_line(text: str, start: int, end: int) -> bool:
    return (_LIST_LINE.fullmatch(text, start, end) is not None
            and not (CLINICAL_NOUN.search(text, start, end) or _CARE_WORDS.search(text, start, end)
                     or _AGE_SEX.search(text, start, end)))


def in_roster(text: str, pos: int) -> bool:
    """A name on a line of a roster or schedule ("Lindqvist, Eva - welcome" above "Moreno,
    Javier - QI results"): "Surname, Given" lines, two or more together, none saying anything
    clinical, list people, not a sign-out's patients."""
    start, end = line_start_of(text, pos), line_end_of(text, pos)
    if not _roster_line(text, start, end):
        return False
    if start > 0:
        before = line_start_of(text, start - 1)
        if _roster_line(text, before, start - 1):
            return True
    return end < len(text) and _roster_line(text, end + 1, line_end_of(text, end + 1))


# A row of a list or table that opens with a surname: "bed 3 - Okafor - CHF", "2. Oduya - GIB,
# H/H q6", "• Fairweather: AKI resolving", "Okwuosa | 64 | CHF". The row's own cells say whose
# it is: clinical words make it a patient's row, a role ("| Role: Chief Resident") a roster's.
_ROW_NAME = lazy(
    r"^[ \t>]*(?P<lead>(?:[-*\u2022\u00b7\u25aa]|\d{1,2}[.)]|\|)[ \t]*"
    r"|(?i:bed|rm|room|bay)[ \t]*\d{1,4}[A-Za-z]?[ \t]+[-\u2013\u2014:|][ \t]*)?"
    # a cell's separator: a spaced dash, a bar, an arrow, a parenthesis; a bare colon only
    # after a bullet ("Query: ...", "Acknowledgments: ..." open a line as labels do)
    rf"(?P<name>{WORD})(?:[ \t]+[-\u2013\u2014](?!-)|[ \t]*(?:[|(]|->|\u2192)"
    r"|(?(lead)[ \t]*:|(?!)))",
    re.MULTILINE,
)
_ROW_ROLE = lazy(rf"\b(?:{ROLE}|pgy-?\d|md|do|rn|np|pa-c|pharmd)\b", re.IGNORECASE)
# Brand and generic medicines share the shape of rare surnames ("- Lasix: 40 IV"): a word no
# census list knows, ending as drug names do, is not read as a row's name.
_DRUG_ENDING = lazy(
    r"(?:ix|yn|in|ine|ol|ide|ate|pril|sartan|mab|nib|vir|cillin|mycin|azole|statin|pam|lam|one|"
    r"ex|ax|ra|zan|xa|ar)$"
)
_DOSE_NEXT = lazy(
    r"[ \t]*(?:[-\u2013\u2014:|(]|->|\u2192)?[ \t]*\d+(?:\.\d+)?[ \t]*"
    r"(?i:mg|mcg|g|u|units?|ml|iv|po|sq|%)\b"
)


def _row_surname(word: str) -> bool:
    """A surname by its shape: in the census surnames, or unknown to English and not ending
    as drug names do; never an ordinary, clinical or skipped word."""
    if not rare_name(word) or MEDICAL.search(word) or CLINICAL_NOUN.fullmatch(word):
        return False
    low = fold(word).lower()
    parts = [p for p in re.split(r"[-'\u2019]", low) if len(p) > 1]
    if any(p in census.surnames() or p in census.given_names() for p in parts):
        return True
    return zipf(low) == 0 and not _DRUG_ENDING.search(low)


# wordfreq's Zipf scale: a word written 30 times per million words or more
_EVERYDAY = 4.5
_CELL_WORD = lazy(r"[A-Za-z][a-z]{2,}|[A-Z]{2,6}\b")


def _clinical_cells(rest: str) -> bool:
    """What a row says after the name is clinical: a clinical noun or act, a disease's word, or
    ward shorthand no English word list knows ("afib", "dilt")."""
    if CLINICAL_NOUN.search(rest) or _CARE_WORDS.search(rest):
        return True
    # an everyday word with a learned suffix ("conference", "management") is no disease's
    return any(MEDICAL.search(w) or (medical_word(w) and zipf(w) < _EVERYDAY) or zipf(w) == 0
               for w in _CELL_WORD.findall(rest))


# "two new AKIs overnight (Rutkowski and Delacroix-Amadi)": who has the finding just named
_PAREN_NAMES = lazy(
    rf"\([ \t]*(?P<list>{WORD}(?:[ \t]*(?:,|&|\band\b)[ \t]*{WORD})*)[ \t]*\)"
)
_FINDING_BEFORE = lazy(r"(?P<dx>[A-Za-z][\w/-]*)[ \t]*(?:[a-z]+[ \t]+){0,2}$")
_FINDING_PLURAL = lazy(r"[A-Z]{2,5}s")


def finding_then_names(text: str) -> Iterator[NameCandidate]:
    """Surnames in parentheses after a clinical word: the people who have it."""
    pos = text.find("(")
    while pos != -1:
        m = _PAREN_NAMES.match(text, pos)
        before = _FINDING_BEFORE.search(text, max(0, pos - 40), pos) if m else None
        dx = before.group("dx") if before else ""
        if m and dx and (CLINICAL_NOUN.fullmatch(dx) or MEDICAL.search(dx)
                         or _FINDING_PLURAL.fullmatch(dx)):
            for w in _LIST_ITEM.finditer(text, m.start("list"), m.end("list")):
                if _row_surname(w.group()):
                    yield NameCandidate(w.start(), w.end(), 3, relation=True)
        pos = text.find("(", pos + 1)


def _line_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern` tried at each line's start only (a search would try every position)."""
    for start, _ in line_spans(text):
        m = pattern.match(text, start)
        if m:
            yield m


# when, in a row: a date, a time, a weekday
_ROW_DATE = lazy(
    r"\b(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}(?::\d{2})?\s*(?:am|pm|a|p)|(?:mon|tues?|wednes|thurs?|"
    r"fri|satur|sun)(?:day)?|wed|weds|thu|sat)\b")
_MEETING_CELL = gated(
    r"\b(?:journal\s+club|grand\s+rounds|noon\s+(?:conf(?:erence)?|report)|morning\s+report|"
    r"m&m|didactics?|conference\s+(?:rm|room)|lecture|workshop|interview|retreat|orientation|"
    r"lunch|dinner|meeting|mtg|"
    # the writer's papers and asks, and good wishes: "Okonjo - LOR draft", "Ama - congrats"
    r"lors?|letters?\s+of\s+rec\w*|cv|personal\s+statement|drafts?|abstracts?|posters?|slides|"
    r"manuscript|topic|congrats|congratulations|thanks|thank\s+you|welcome|rsvp|retirement|"
    r"party|birthday|bday|fellowship|elective|qi\s+project|research)\b", words=False)


def row_names(text: str) -> Iterator[NameCandidate]:
    """The surname that opens a list or table row whose other cells are clinical, and the
    surnames of the same list's other rows ("2. Oduya - GIB, H/H q6" under "1. Tanaka - pna")."""
    if not any(sep in text for sep in ("-", ":", "|", "\u2192", "(")):
        return
    rows: list[tuple[re.Match[str], bool]] = []
    for m in _line_matches(_ROW_NAME, text):
        if not _row_surname(m.group("name")) or _DOSE_NEXT.match(text, m.end("name")):
            continue
        rest = text[m.end("name") : line_end_of(text, m.end("name"))]
        if _ROW_ROLE.search(rest):
            return  # a roster: "Name: ... | Role: Chief Resident"
        # "Thao - call schedule swap 12/19?", "Mbeki - wards 12/1-12/28": a duty of the
        # schedule and its dates, a roster's row
        # "Bui - 3E conference rm - journal club 12/10": who hosts a forum, where and when
        # (each only when what is left of the row, less its dates, tells of no care: not
        # "Okafor - nights, febrile overnight")
        cells = rest.lower()
        plain = (duty_after(cells) or _MEETING_CELL.search(cells) is not None) and not (
            _clinical_cells(_ROW_DATE.sub(" ", _MEETING_CELL.sub(" ", cells))))
        rows.append((m, _clinical_cells(rest) and not plain))
    if any(clinical for _, clinical in rows):
        for m, _ in rows:
            yield NameCandidate(m.start("name"), m.end("name"), 3, relation=True)
