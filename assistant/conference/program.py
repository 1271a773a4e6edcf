"""Reading a meeting's program: the canonical CSV (`Title,Type,Speaker,Role,Institution,Date,
Start,End,Room,Abstract`, one row per speaker per session), other CSV layouts through a column
mapping, an `.ics` export from a conference app, or program text pasted from a web page.

Every reader returns the same `Program` (sessions, each with its speakers) and the rows it
skipped, each with its reason. A speaker line is read by `speakers`; who is who across sessions
is decided later (`people.identify`). Nothing here touches the store.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from assistant.conference.people import same_person
from assistant.conference.speakers import (
    Speaker,
    parse_person_line,
    speaker_from_cells,
    unannounced,
)
from assistant.errors import InputError
from assistant.network.csvfile import SkippedRow, decode_csv, map_columns, norm_cell
from assistant.text.patterns import lazy
from assistant.text.words import fold

FIELDS: tuple[str, ...] = (
    "title", "type", "speaker", "role", "institution", "date", "start", "end", "room", "abstract",
)
ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "session title", "session", "session name", "talk"),
    "type": ("type", "session type", "format", "category", "track"),
    "speaker": ("speaker", "speakers", "presenter", "faculty", "speaker name", "name"),
    "role": ("role", "position", "speaker title", "job title", "speaker role"),
    "institution": ("institution", "affiliation", "organization", "organisation", "company"),
    "date": ("date", "day", "session date"),
    "start": ("start", "start time", "begins", "from", "time"),
    "end": ("end", "end time", "ends", "to"),
    "room": ("room", "location", "venue", "hall"),
    "abstract": ("abstract", "description", "summary", "details"),
}
TRAINEE_TYPES = ("trainee", "workshop", "career", "poster", "resident", "fellow", "student")
TRAINEE_WORDS = lazy(
    r"\b(residents?|trainees?|fellows-in-training|interns?|for residents|medical students?|"
    r"early[- ]career)\b", re.I)


@dataclass
class Session:
    title: str
    type: str = ""
    day: date | None = None
    start: time | None = None
    end: time | None = None
    room: str = ""
    abstract: str = ""
    speakers: list[Speaker] = field(default_factory=list)

    @property
    def trainee(self) -> bool:
        """Aimed at trainees: its type says so, or its abstract invites residents."""
        kind = self.type.lower()
        return any(w in kind for w in TRAINEE_TYPES) or bool(TRAINEE_WORDS.search(self.abstract))


@dataclass
class Program:
    sessions: list[Session] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    total: int = 0  # rows (CSV), events (.ics) or lines (text) read


# -- small parsers ------------------------------------------------------------------------------
_TIME = lazy(r"^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*([ap])?\.?\s*m?\.?\s*$", re.I)
_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y",
                 "%A, %B %d, %Y", "%A, %B %d %Y", "%A %B %d, %Y", "%a, %b %d, %Y")


def parse_time(text: str) -> time | None:
    """ "08:00", "8:00 AM", "1.30pm", "14h30" -> a time; None when it is not one."""
    m = _TIME.match(text)
    if not m:
        return None
    hour, minute, half = int(m.group(1)), int(m.group(2) or 0), (m.group(3) or "").lower()
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    if not m.group(2) and not half:
        return None  # a bare number is not a time
    return time(hour, minute) if hour < 24 and minute < 60 else None


def parse_day(text: str) -> date | None:
    text = " ".join(text.replace(",", ", ").split()).replace(" ,", ",")
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def session_key(s: Session) -> tuple[str, date | None, time | None]:
    return (fold(s.title), s.day, s.start)


# -- CSV ----------------------------------------------------------------------------------------
def parse_mapping(pairs: Sequence[str]) -> dict[str, str]:
    """`["title=Session Name", "speaker=Presenter"]` -> {field: column}."""
    return map_columns(pairs, FIELDS)


def csv_columns(data: bytes) -> list[str]:
    """The first non-empty row's cells, to offer as columns to map; [] when the file cannot be
    read (importing it then names the problem)."""
    try:
        rows = csv.reader(io.StringIO(decode_csv(data, "file"), newline=""))
        first = next((cells for cells in rows if any(c.strip() for c in cells)), [])
    except (InputError, csv.Error):
        return []
    return list(dict.fromkeys(c.strip() for c in first if c.strip()))


def _header_index(header: list[str], explicit: Mapping[str, str]) -> dict[str, int] | None:
    normed = [norm_cell(h) for h in header]
    index: dict[str, int] = {}
    for fld, names in ALIASES.items():
        for alias in names:
            if alias in normed and normed.index(alias) not in index.values():
                index[fld] = normed.index(alias)
                break
    for fld, column in explicit.items():
        if norm_cell(column) not in normed:
            return None
        index[fld] = normed.index(norm_cell(column))
    return index if "title" in index else None


def read_csv(text: str, mapping: Mapping[str, str] | None = None) -> Program:
    """One row per speaker per session; rows of one session (same title, date and start) are
    merged. A row with no speaker still makes the session (a reception has no speaker)."""
    rows = csv.reader(io.StringIO(text, newline=""))
    program = Program()
    sessions: dict[tuple[str, date | None, time | None], Session] = {}
    header: list[str] | None = None
    index: dict[str, int] = {}
    try:
        for cells in rows:
            line = rows.line_num
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                found = _header_index(cells, mapping or {})
                if found is None:
                    if line >= 20:
                        break
                    continue
                header, index = cells, found
                continue
            program.total += 1
            result = _row(cells, index, header)
            if isinstance(result, str):
                program.skipped.append(SkippedRow(row=line, reason=result))
                continue
            session, speaker, note = result
            if note:
                program.skipped.append(SkippedRow(row=line, reason=note))
            key = session_key(session)
            known = sessions.get(key)
            if known is None:
                sessions[key] = known = session
                program.sessions.append(session)
            if speaker and not any(same_person(s, speaker) for s in known.speakers):
                known.speakers.append(speaker)
    except csv.Error as exc:
        raise InputError(f"not a readable CSV at line {rows.line_num}: {exc}", "file") from None
    if header is None:
        if mapping:
            raise InputError(f"no header row names the mapped columns {sorted(mapping.values())}",
                             "--map")
        raise InputError("no header row found (expected 'Title,Type,Speaker,Role,Institution,"
                         "Date,Start,End,Room,Abstract'; for other columns use --map "
                         "title=COLUMN)", "file")
    return program


def _row(cells: list[str], index: dict[str, int], header: list[str]
         ) -> tuple[Session, Speaker | None, str] | str:
    """The row's session and speaker (with a note when the speaker could not be read: the
    session is kept all the same), or why the row is skipped."""
    def get(fld: str) -> str:
        i = index.get(fld)
        return " ".join(cells[i].split()) if i is not None and i < len(cells) else ""

    if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
        return f"{len(cells)} cells but the header has {len(header)} (an unquoted comma?)"
    title = get("title")
    if not title:
        return "missing title"
    day = None
    if raw := get("date"):
        day = parse_day(raw)
        if day is None:
            return f"malformed date {raw!r} (expected YYYY-MM-DD)"
    times: list[time | None] = []
    for fld in ("start", "end"):
        raw = get(fld)
        value = parse_time(raw) if raw else None
        if raw and value is None:
            return f"malformed {fld} time {raw!r} (expected HH:MM)"
        times.append(value)
    start, end = times
    if start and end and end <= start:
        return f"ends ({end:%H:%M}) before it starts ({start:%H:%M})"
    speaker, note = None, ""
    if (raw := get("speaker")) and not unannounced(raw):
        speaker = speaker_from_cells(raw, get("role"), get("institution"))
        if speaker is None:
            note = f"unreadable speaker {raw!r}: the session is kept without them"
    session = Session(title=title, type=get("type"), day=day, start=start, end=end,
                      room=get("room"), abstract=get("abstract"))
    return session, speaker, note


# -- iCalendar ----------------------------------------------------------------------------------
def read_ics(data: bytes) -> Program:
    """One VEVENT per session: SUMMARY, DTSTART/DTEND, LOCATION, DESCRIPTION, CATEGORIES;
    speakers from ORGANIZER/ATTENDEE names or a "Speaker(s):" line in the description."""
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(data)
    except Exception as exc:  # icalendar raises ValueError and friends on bad input
        raise InputError(f"not a readable iCalendar file: {str(exc).splitlines()[0][:120]}",
                         "file") from None
    program = Program()
    for n, event in enumerate(calendar.walk("VEVENT"), 1):
        program.total += 1
        title = " ".join(str(event.get("SUMMARY", "")).split())
        if not title:
            program.skipped.append(SkippedRow(row=n, reason="event has no SUMMARY (title)"))
            continue
        start = event.decoded("DTSTART", None)
        end = event.decoded("DTEND", None)
        session = Session(title=title, room=str(event.get("LOCATION", "") or "").strip())
        if isinstance(start, datetime):
            session.day, session.start = start.date(), start.time().replace(tzinfo=None)
        elif isinstance(start, date):
            session.day = start
        if isinstance(end, datetime):
            session.end = end.time().replace(tzinfo=None)
        categories = event.get("CATEGORIES")
        if categories is not None:
            cats = categories if isinstance(categories, list) else [categories]
            session.type = ", ".join(str(c) for cat in cats for c in cat.cats)
        abstract_lines = []
        for line in str(event.get("DESCRIPTION", "") or "").splitlines():
            label = re.match(r"^\s*(speakers?|presenters?|faculty)\s*:\s*(.*)$", line, re.I)
            if label:
                for part in re.split(r";|\s+and\s+", label.group(2)):
                    person = parse_person_line(part)
                    if person:
                        session.speakers.append(person)
            elif line.strip():
                abstract_lines.append(line.strip())
        session.abstract = " ".join(abstract_lines)
        people = [event.get("ORGANIZER")] if event.get("ORGANIZER") else []
        attendees = event.get("ATTENDEE") or []
        people += attendees if isinstance(attendees, list) else [attendees]
        for person in people:
            cn = person.params.get("CN") if hasattr(person, "params") else None
            speaker = parse_person_line(str(cn)) if cn else None
            if speaker and not any(same_person(s, speaker) for s in session.speakers):
                session.speakers.append(speaker)
        program.sessions.append(session)
    if not program.total:
        raise InputError("the calendar holds no events (VEVENT)", "file")
    return program


# -- pasted text --------------------------------------------------------------------------------
_TIME_RANGE = lazy(
    r"^\s*(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)\s*(?:[-–—]|to)\s*"
    r"(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)\s*[|:,.\-–—]?\s*(.*)$", re.I)
_ROOM = lazy(r"^\s*((?:room|hall|ballroom|salon|suite)\b[^)\]]*)$", re.I)


def split_room(line: str) -> tuple[str, str]:
    """ "Title (Ballroom A)" -> ("Title", "Ballroom A"); the last bracket only, no backtracking."""
    if not line.endswith((")", "]")):
        return line, ""
    opening = max(line.rfind("("), line.rfind("["))
    room = _ROOM.match(line[opening + 1:-1]) if opening > 0 else None
    if room is None:
        return line, ""
    return line[:opening].strip(" -–—|,"), room.group(1).strip()


def read_text(text: str) -> Program:
    """Program text as copied from a web page: a date line, a time range with the title,
    speaker lines ("Jane Roe, MD, MPH — Lakeside University"), then the abstract. A blank line
    after a session's text starts the next session."""
    program = Program()
    day: date | None = None
    current: Session | None = None
    blank = False
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            blank = True
            continue
        program.total += 1
        if (found := parse_day(line)) is not None:
            day, blank = found, False
            continue
        m = _TIME_RANGE.match(line)
        start = end = None
        if m:
            start, end = parse_time(m.group(1)), parse_time(m.group(2))
            if start and end and end < start and not re.search(r"[ap]\.?m", m.group(1), re.I):
                start = time(start.hour + 12, start.minute) if start.hour < 12 else start
        if m and start and end:
            current = Session(title="", day=day, start=start, end=end)
            program.sessions.append(current)
            line, blank = m.group(3).strip(), False
            if not line:
                continue
        person = parse_person_line(line)
        if person and current is not None and current.title:
            current.speakers.append(person)
            blank = False
            continue
        if current is None or (blank and (current.speakers or current.abstract)):
            current = Session(title="", day=day)
            program.sessions.append(current)
        blank = False
        if not current.title:
            current.title, current.room = split_room(line)
        else:
            current.abstract = f"{current.abstract} {line}".strip()
    kept = []
    for s in program.sessions:
        if s.title:
            kept.append(s)
        else:
            program.skipped.append(SkippedRow(row=0, reason="a time with no session title"))
    program.sessions = kept
    if not any(s.speakers or s.start for s in kept):
        kept = []  # lines with no time and no speaker are not a program
    if not kept:
        raise InputError("no sessions found in the pasted text (expected a title line, "
                         "speaker lines like 'Jane Roe, MD — Lakeside University')", "file")
    return program


def read_program(data: bytes, filename: str = "", mapping: Mapping[str, str] | None = None
                 ) -> Program:
    """Choose the reader by content: iCalendar, CSV with a header, or pasted text."""
    head = data.lstrip()[:64].upper()
    if head.startswith(b"BEGIN:VCALENDAR") or filename.lower().endswith(".ics"):
        return read_ics(data)
    text = decode_csv(data, "file")
    if not text.strip():
        raise InputError("the file is empty", "file")
    if filename.lower().endswith(".csv") or mapping:
        return read_csv(text, mapping)
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    if first.count(",") >= 2 and _header_index(next(csv.reader([first])), {}) is not None:
        return read_csv(text, mapping)
    return read_text(text)
