"""Lists and tables: the rows of a dated list, the cells of a table's date, age and room columns,
and the line that heads a list.

A resident writes a stay as rows ("3/4 - admit", "- 11/3 BCx +", "| 1 | 10/7 | admit |",
"Date of fall | 9/14/25") and a sign-out as beds ("412B - CHF, diuresing"). A day of the month
alone is a date there although no word of time stands before it: the row's position says so. Whose
the row is, the list's head says ("My rotations:", "M&M schedule:", "course:"), so a row is
attributed with its head line (`list_head`), not only its own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.phi.attribution import ROLE, line_spans, line_start_of
from assistant.phi.shapes import Shape
from assistant.text.gated import gated
from assistant.text.patterns import lazy

# a list item or table row: a bullet, "1)", "2.", a pipe, or a date opening the line
_ITEM = lazy(r"[ \t]*(?:[-*\u2022>]|\d{1,2}[.)](?!\d)|\|)")
_MD = r"(?:1[0-2]|0?[1-9])[/-](?:[12]\d|3[01]|0?[1-9])"
# "3/4 - admit", "- 11/3 BCx +", "10/2->10/9": a day and month opening a row, then its event
_ROW_DATE = lazy(
    rf"[ \t]*(?:(?:[-*\u2022>]|\d{{1,2}}[.)])[ \t]*)?(?:\|[ \t]*(?:[\w#]{{1,4}}[ \t]*\|[ \t]*)?)?"
    rf"(?P<d>{_MD}|the\s+(?:[12]?\d|3[01])(?:st|nd|rd|th))(?![\d/.-]|[ \t]*(?:%|mg|units?|of)\b)"
    r"(?=[ \t]*(?:[-:|\u2013\u2014>\u2192]|[ \t][a-z]))",
    re.IGNORECASE,
)
# a row of a sign-out by bed: "412B - CHF", "6E-14: needs am lytes", "rm 8 - DKA"
_ROW_BED = lazy(
    r"[ \t]*(?:[-*\u2022]|\d{1,2}[.)])?[ \t]*(?!(?:19|20)\d\d\b)"
    r"(?P<r>\d{1,2}[a-z]-?\d{1,3}|\d{1,4}[a-z]?|"
    r"(?:rm|bed)\s*\d{1,4}[a-z]?)[ \t]*[-:\u2013\u2014][ \t]*(?=[a-z])",
    re.IGNORECASE,
)
# "| age | sex | dx |": a table's head row names its columns
_COLUMN = {"age": "AGE", "date": "DATE", "dob": "DATE", "dos": "DATE", "room": "ROOM",
           "rm": "ROOM", "bed": "ROOM", "admit": "DATE", "admitted": "DATE", "d/c": "DATE",
           "dc": "DATE", "discharge": "DATE", "died": "DATE", "dod": "DATE", "seen": "DATE",
           "surgery": "DATE", "or": "DATE"}
# a list of beds by its head: "Sign-out", "Night list:", "Census" (a bed of one or two digits
# needs it: "1 - sepsis" may be a numbered problem list)
_BEDS_HEAD = lazy(r"sign-?\s?out|hand-?off|census|list|overnight|beds?\b|pts\b|patients",
                        re.IGNORECASE)
_AGE_CELL = lazy(r"(?:9\d|1[01]\d|12[0-5])(?:\s*(?:y|yo|y/o|yrs?))?")
_DATE_CELL = lazy(rf"{_MD}(?:[/-](?:19|20)?\d\d)?|(?:19|20)\d\d-\d\d-\d\d")
_ROOM_CELL = re.compile(r"\d{1,2}[a-z]?-?\d{1,4}[a-z]?|\d{1,4}[a-z]?", re.IGNORECASE)
_CELLS = {"AGE": _AGE_CELL, "DATE": _DATE_CELL, "ROOM": _ROOM_CELL}
# "Date of fall | 9/14/25", "Admit date: 10/2": a row whose key names a date
_KEY_DATE = gated(r"[ \t|]*[\w ]{0,20}\b(?:date|dob|dod|dos)\b[\w ]{0,20}[|:]", re.IGNORECASE)


def is_item(lower: str, line_start: int) -> bool:
    """Is the line at `line_start` a row of a list or a table?"""
    return bool(_ITEM.match(lower, line_start) or _ROW_DATE.match(lower, line_start)
                or _ROW_BED.match(lower, line_start))


def list_head(lower: str, line_start: int) -> int:
    """The line heading the list that the line at `line_start` is a row of (itself if it is no
    row, or a row with no head line above it)."""
    head = line_start
    while head > 0 and is_item(lower, head):
        above = lower.rfind("\n", 0, head - 1) + 1
        if lower[above : head - 1].strip() == "":
            break
        head = above
    return head


def list_end(lower: str, line_start: int) -> int:
    """The end of the last row of the list that the line at `line_start` is in."""
    end = lower.find("\n", line_start)
    while end >= 0 and end + 1 < len(lower) and is_item(lower, end + 1):
        end = lower.find("\n", end + 1)
    return len(lower) if end < 0 else end


def row_shapes(text: str) -> Iterator[Shape]:
    """Dates and beds that open the rows of a list, and the cells of a table's date, age and
    room columns. Only texts of two lines or more hold a row, a subject line excepted."""
    if "\n" not in text and "|" not in text and " - " not in text:
        return
    columns: dict[int, str] = {}
    beds: list[tuple[int, int]] = []
    head = ""
    seen: set[tuple[str, int]] = set()
    for shape in _row_shapes(text, columns, beds, head):
        if (shape.type, shape.start) not in seen:
            seen.add((shape.type, shape.start))
            yield shape
    if len(beds) >= 2:  # beds of a sign-out: two rows or more of the same shape
        for s, e in beds:
            yield Shape("ROOM", s, e, strong=True)


def _row_shapes(text: str, columns: dict[int, str], beds: list[tuple[int, int]], head: str
                ) -> Iterator[Shape]:
    lower = text.lower()  # once: lowering per line made a long message quadratic
    for start, end in line_spans(text):
        line = text[start:end]
        if not is_item(lower, start):
            head = line
        m = _ROW_DATE.match(text, start, end)
        if m:
            yield Shape("DATE", m.start("d"), m.end("d"))
        for sep in re.finditer(r"(?:,|;)\s+(?=\d|the\s\d)", line):  # "3/4 - admit, 3/6 - extubated"
            m = _ROW_DATE.match(text, start + sep.end(), end)
            if m and _ROW_DATE.match(text, start, end):
                yield Shape("DATE", m.start("d"), m.end("d"))
        if (m := _KEY_DATE.match(text, start, end)) is not None:
            p = m.end()
            while p < end and text[p] in " \t":
                p += 1
            cell = _DATE_CELL.match(text, p, end)
            if cell and not text[cell.end() : cell.end() + 1].isalnum():
                yield Shape("DATE", cell.start(), cell.end())
        b = _ROW_BED.match(text, start, end)
        if b and (b.end("r") - b.start("r") > 2 or _BEDS_HEAD.search(head)):
            beds.append(b.span("r"))
        if "|" not in line:
            columns = {}
            continue
        if _ROLE_HEAD.search(line) and not _PATIENT_HEAD.search(line):
            columns = {}  # a roster's head: its date and room columns are no patient's
            continue
        cells = _cells(line, start)
        names = {k: _COLUMN.get(text[s:e].strip().lower()) for k, (s, e) in enumerate(cells)}
        if any(names.values()) and not any(_DATE_CELL.fullmatch(text[s:e].strip())
                                           for s, e in cells):
            columns = {k: v for k, v in names.items() if v}  # a head row
            continue
        for k, kind in columns.items():
            if k < len(cells):
                s, e = cells[k]
                value = text[s:e].strip()
                if _CELLS[kind].fullmatch(value):
                    s += len(text[s:e]) - len(text[s:e].lstrip())
                    yield Shape(kind, s, s + len(value), strong=kind == "ROOM")


# A table's head naming a role ("| resident | PGY | date |", "| Speaker | Topic | Date |"): its
# rows list the program's people and their dates, not patients
_ROLE_HEAD = lazy(
    rf"\|[^\n]*\b(?i:{ROLE}|pgy|speakers?|presenters?|faculty|authors?|preceptors?)\b"
)


# ... unless a column is the patient's ("| pt | attending | date |")
_PATIENT_HEAD = lazy(r"(?i:\b(?:pts?|patients?|mrn|bed|room|dob|age|dx)\b)")


def roster_table(text: str, pos: int) -> bool:
    """Is `pos` in a table (lines holding "|") whose first line names a role?"""
    start = line_start_of(text, pos)
    while start > 0:
        prev = line_start_of(text, start - 1)
        if "|" not in text[prev : start - 1]:
            break
        start = prev
    end = text.find("\n", start)
    end = end if end != -1 else len(text)
    return _ROLE_HEAD.search(text, start, end) is not None and _PATIENT_HEAD.search(
        text, start, end) is None


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """The cells of a table row ("| a | b |" or "a | b"), as spans of the text."""
    spans = []
    pos = 0
    for part in line.split("|"):
        spans.append((offset + pos, offset + pos + len(part)))
        pos += len(part) + 1
    if line.lstrip().startswith("|"):
        spans = spans[1:]
    return spans
