"""Names in a sign-out or census line: "Beaumont, Harold - fall on heparin", "MR. OKORO IN 4",
"my pts today: Abara, Lindqvist, Muñoz". A list of the day's patients has its own layout
(surname first, capitals, a colon then names), which prose-shaped readings would miss.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.phi import census
from assistant.phi.lexicon import first_names
from assistant.phi.name_words import (
    INSTITUTION,
    MEDICAL,
    WORD,
    NameCandidate,
    medical_word,
    not_a_name_word,
    plain,
    rare_name,
)
from assistant.phi.vocab import is_common, zipf
from assistant.text.words import fold

# "Beaumont, Harold - fall on heparin": a sign-out's "Surname, Given" before a separator.
_SURNAME_COMMA_GIVEN = re.compile(
    rf",[ \t]*(?P<first>{WORD}|[A-Z]{{2,}}\b)(?=[ \t]*(?:[-\u2013\u2014(:;]|\d|$))",
    re.MULTILINE,
)
_SURNAME_BEFORE_COMMA = re.compile(
    rf"(?<![\w'\u2019-])(?P<last>{WORD}|[A-Z]{{2,}}(?:[-'][A-Z]{{2,}})?)$"
)
# "- fall on heparin", " 67M", " (71F)": what a sign-out line says after the patient's name.
_SIGNOUT_AFTER = re.compile(
    r"[ \t]*(?:[-\u2013\u2014][ \t]*\w|\(?\d{1,3}[ \t]?(?:[MFmf]|yo|y/o)\b)"
)
# A sign-out pasted in capitals: "KOWALSKI, JANINA 67F - ...", "MR. OKORO IN 4".
_CAPS_SIGNOUT_AFTER = re.compile(
    r"[ \t]*(?:\(?\d{1,3}[ \t]?(?:[MF]|YO|Y/O|yo|y/o)\b|[-\u2013\u2014(:])"
)
_CAPS_TITLE = re.compile(r"M(?:RS|R|S|ISS)\.?[ \t]+(?P<name>[A-Z]{3,}(?:-[A-Z]{2,})?)\b")
# "my pts today: Abara, Lindqvist, Muñoz": a list of the day's patients.
_PATIENT_LIST = re.compile(
    r":[ \t]*(?P<list>" + WORD + r"(?:[ \t]*(?:,|&|\band\b)[ \t]*" + WORD + r"){1,})"
)
_LIST_CUE_BEFORE = re.compile(
    r"(?i:\b(?:pts|patients|census|list|admits|admissions|sign-?outs?))[^:\n]{0,20}$"
)
_LIST_ITEM = re.compile(WORD)


def surname_first(text: str) -> Iterator[NameCandidate]:
    """"Surname, Given" before a separator; a relation when the line reads as a sign-out."""
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
            if not signout:
                continue
        elif not (plain(first) in first_names() or fold(first) in census.given_names()) or (
                not_a_name_word(first) or not_a_name_word(last) or is_common(last)
                or medical_word(last) or INSTITUTION.search(last)):
            continue
        else:
            signout = _SIGNOUT_AFTER.match(text, m.end()) is not None
        yield NameCandidate(before.start("last"), before.end("last"), 3, relation=signout)
        yield NameCandidate(m.start("first"), m.end("first"), 3, relation=signout)


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
