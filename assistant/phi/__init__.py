"""The PHI guard: finds HIPAA Safe Harbor identifiers that belong to a patient, and redacts them.

`find_phi(text, known_names) -> list[PhiFinding]`, `redact(text, known_names) -> (text, map)`.

Finding types (45 CFR 164.514(b)(2)(i)):
    NAME         a patient's name (a clinician named by title in the patient's care: a warning)
    LOCATION     a place smaller than a state tied to the patient: facility, city, street, ZIP
    DATE         any date element but the year tied to the patient (admission, DOB, visit...)
    AGE          an age over 89
    PHONE, FAX   a patient's (or family's) telephone and fax numbers
    EMAIL, URL, IP_ADDRESS
    SSN          a social security number (unconditional: the shape alone is enough)
    MRN          a medical record number
    HEALTH_PLAN  a health plan beneficiary, member, insurance or policy number
    ACCOUNT      an account number
    LICENSE      a certificate or licence number
    VEHICLE      a vehicle identifier (VIN, licence plate)
    DEVICE       a device identifier or serial number
    ID           any other labelled unique identifying number or code (patient ID, case #...)
    ROOM         a room or bed number ("bed 12", "room 4312", "5N-18")
    PHOTO        a full-face photograph or comparable image ("a photo of her face")

An identifier is a patient's until the guard can say whose it is. Two layers:
- cue-bound recognisers (`recognizers.py` on the shapes of `id_shapes.py` and `record_codes.py`,
  `names.py`, `places.py`, `labels.py`, `context.py`)
  find what a patient cue, a record label or a care event ties to a patient: always `error`;
- the inverted default (`unattributed.py`): every other identifier-shaped span (`shapes.py`,
  `date_shapes.py`, `place_shapes.py`, `likeness.py` for photographs and biometrics in words) and
  every person-name candidate found by shape - titles, relatives, nicknames, initials, rare
  capitalised words measured against English word frequencies (`people.py` over `name_cues.py`,
  `name_care.py`, `name_runs.py`, `name_lower.py` and `signout.py`, `vocab.py`; the words for
  relatives from `kin.py`), names
  typed in lower case or in capitals checked against the US Census 1990 given-name and surname
  lists (`census.py`), things named after people (an eponym, a device or a drug after an
  article or a condition word) set aside - that
  `attribution.py` cannot give to a non-patient: the correspondents (greeting, signature, the
  request's sender and contact), clinicians and staff by title or role, authors, institutions,
  events with their dates and cities, the sender's own contact details, the authors of a cited
  reference (`references.py`), talks given rather than patients presenting (`presenting.py`),
  whose a pronoun is (`pronoun_owners.py`), where the writer goes and an event's town
  (`writer_places.py`), and bare names by the syntax around them (thanked, quoted,
  cited, "X and I", "X suggested I reach out", a roster row with a role, the subject of a
  staffing predicate), and for a word nothing ties to anyone, the owner read from the words
  around it (`unsure_owners.py`, `owner_people.py`, `owner_things.py`). A verb a thing can do
  too ("came in", "came back") is care only when its
  subject can be someone (`subjects.py`: "the order came in by March 15" is no visit). An
  `error` when the sentence speaks of a patient or family, a `warning` when nothing says whose
  it is; `severity.py` then carries a patient's tie across the identifiers of that person (the same
  sentence, the next one that goes on with a pronoun, a named person in a ward room, every
  other mention of the name).
Both are redacted before any model call. A resident's networking message is full of look-alikes
(the contact's name, the sender's signature, conference dates and cities, "a patient in her
70s"); the measured false-alarm rate on them is in `make bench` (benchmarks/bench_phi.py).

Why not Microsoft Presidio's AnalyzerEngine (measured here; `make bench` reports it): importing
`presidio_analyzer` takes 0.8-1.3 s (it imports spaCy), most or all of the 1 s budget of
`outreach check`; its AnalyzerEngine with the NoOpNlpEngine and its predefined pattern
recognisers needs 1-2.4 ms per short text (about three times this guard) and finds only 17% of
ASQ-PHI's identifiers, because names, places and unlabelled dates need its spaCy NER model (none
is installed and none may be downloaded); its context enhancer needs spaCy lemmas too. Its
e-mail recogniser's tldextract tries to fetch the public suffix list from the network. And its
recognisers are context-free (any e-mail, any phone), which would flag the sender's own
signature. So this guard is a compiled-regex pipeline with its own context and attribution
model, in the spirit of Presidio's pattern recognisers with context words; it imports only the
standard library, the project's models and (lazily) wordfreq's data through msgpack. Figures
(ASQ-PHI, the resident corpus's tuned part and hold-out, speed) come from `make bench`.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable

from assistant.models import DraftRequest, PhiFinding
from assistant.phi import severity, unattributed
from assistant.phi.context import analyse
from assistant.phi.id_shapes import Candidate
from assistant.phi.labels import find_labels
from assistant.phi.name_words import medical_word, not_a_name_word
from assistant.phi.names import clinician_spans, patient_names
from assistant.phi.place_shapes import room_after
from assistant.phi.places import patient_places
from assistant.phi.recognizers import structured
from assistant.phi.redaction import redact_with
from assistant.phi.vocab import zipf
from assistant.text.gated import gated
from assistant.text.patterns import lazy
from assistant.text.words import lower_ascii

PHI_TYPES: tuple[str, ...] = (
    "NAME", "LOCATION", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "URL", "IP_ADDRESS", "SSN",
    "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "ID", "ROOM", "PHOTO",
)

__all__ = ["PHI_TYPES", "correspondent_names", "find_phi", "redact"]


def correspondent_names(request: DraftRequest) -> list[str]:
    """What a request says about the sender, the contact and the event: never a patient's.

    Names found there (and their other mentions in a text) are attributed to them.
    """
    fields = (
        request.sender.name, request.sender.role, request.sender.program, request.contact.name,
        request.contact.title, request.contact.institution, request.contact.specialty,
        request.meeting.event,
    )
    return [f for f in fields if f]


def find_phi(text: str, known_names: Iterable[str] = ()) -> list[PhiFinding]:
    """Every identifier in `text` that may belong to a patient, in text order, never overlapping.

    `known_names`: the sender's and the contact's names from the request, never a patient's.
    """
    if not text or not text.strip():
        return []
    found = _find(text, text, known_names)
    if _CAPS_CARE_LINE.search(text):
        # "PAGE 4412: PT GRUENWALD RM 614": a line in capitals carries no case, so its names are
        # read as the same line typed in lower case would be
        lowered = _CAPS_CARE_LINE.sub(lambda m: lower_ascii(m.group()), text)
        spans = [(f.start, f.end) for f in found]
        found += [f.model_copy(update={"text": text[f.start : f.end]})
                  for f in _find(lowered, lowered, known_names) if f.type == "NAME"
                  and not any(a < f.end and f.start < b for a, b in spans)]
        found.sort(key=lambda f: f.start)
    return found


# A line written in capitals that speaks of a patient (a pager message, a sign-out line)
_CAPS_CARE_LINE = gated(r"(?m)^(?=[^a-z\n]*\b(?:PT|PATIENT|MR|MRS|MS)\b)[^a-z\n]{12,}$")


def _find(text: str, original: str, known_names: Iterable[str]) -> list[PhiFinding]:
    # Windows line endings: analysed as " \n" (same length, so every offset still holds).
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    ctx = analyse(text)
    labels = find_labels(text)
    candidates: list[Candidate] = list(structured(ctx, labels))
    names = list(patient_names(ctx))
    candidates += names
    candidates += patient_places(ctx, [(c.start, c.end) for c in names])
    kept = _resolve(text, candidates)
    # "last week" alone says little; next to the patient's name or facility it identifies a visit.
    strong = {ctx.sentence_index(c.start) for c in kept if not c.weak}
    tied = [c for c in kept if (not c.weak or ctx.sentence_index(c.start) in strong)
            and not (c.type == "LOCATION" and _EVENT_PLACE.search(text, c.start, c.end))]
    known = {w for name in known_names for w in name.replace(",", " ").split() if len(w) > 1}
    more = unattributed.find(ctx, labels, [(c.start, c.end) for c in tied], known,
                             [(c.start, c.end) for c in tied if c.type == "LOCATION"])
    # A wider span of the same identifier ("12 Elm St, Springfield") replaces the narrower one.
    wider = [f for f in more if f.type == "LOCATION"]
    tied = [c for c in tied if not any(w.start <= c.start and c.end <= w.end
                                       and (w.start, w.end) != (c.start, c.end) for w in wider)]
    # a clinician by title tied to a patient's care ("referred by Dr. Varga") is found, but is
    # no identifier of the patient: a warning
    clinicians = clinician_spans(text, [(c.start, c.end) for c in tied if c.type == "NAME"])
    found = [PhiFinding(type=c.type, start=c.start, end=c.end, text=original[c.start : c.end],
                        severity="warning" if (c.start, c.end) in clinicians else "error")
             for c in tied]
    found += [PhiFinding(type=f.type, start=f.start, end=f.end, text=original[f.start : f.end],
                         severity=f.severity) for f in more]
    found += _rooms_after_names(original, text, found)
    found += _names_after_rooms(original, found)
    return severity.tie(ctx, sorted(found, key=lambda f: f.start))


def _rooms_after_names(
    original: str, text: str, found: list[PhiFinding]
) -> list[PhiFinding]:
    """"Sunita in 22 finally slept": the room of a person the guard has named, as sure as the
    name is."""
    spans = [(f.start, f.end) for f in found]
    out = []
    for f in found:
        room = room_after(text, f.end) if f.type == "NAME" else None
        if room and not any(a < room[1] and room[0] < b for a, b in spans):
            out.append(PhiFinding(type="ROOM", start=room[0], end=room[1],
                                  text=original[room[0] : room[1]], severity=f.severity))
    return out


# "5N-04 Halvorsen CHF, diuresing", "bed 7 - Adeyemi - cellulitis": the word after a room the
# guard found, capitalised and no word of English or of medicine, is who is in it
_OCCUPANT = lazy(
    r"[ \t]*(?:[-:\u2013\u2014][ \t]*)?([A-Z][a-z\u00DF-\u00FF'\u2019-]{2,})\b(?![ \t]*[A-Z][a-z])"
)
_RARE_ZIPF = 3.5


def _names_after_rooms(original: str, found: list[PhiFinding]) -> list[PhiFinding]:
    spans = [(f.start, f.end) for f in found]
    out = []
    for f in found:
        m = _OCCUPANT.match(original, f.end) if f.type == "ROOM" else None
        if not m:
            continue
        word, start, end = m.group(1), m.start(1), m.end(1)
        if (any(a < end and start < b for a, b in spans) or not_a_name_word(word)
                or medical_word(word) or zipf(word) >= _RARE_ZIPF):
            continue
        out.append(PhiFinding(type="NAME", start=start, end=end, text=word, severity=f.severity))
    return out


def _resolve(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Keep the strongest of overlapping candidates (priority, then length).

    A place or name that runs into a stronger finding ("Orlando Health April 2023" against the
    date "April 2023") keeps the part before it rather than being dropped.
    """
    ordered = sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    spans: list[tuple[int, int]] = []
    chosen: dict[tuple[int, int], Candidate] = {}
    for c in ordered:
        start, end = c.start, c.end
        i = bisect_left(spans, (start, end))
        if i > 0 and spans[i - 1][1] > start:
            continue
        if i < len(spans) and spans[i][0] < end:
            if c.type not in ("LOCATION", "NAME") or spans[i][0] - start < 3:
                continue
            end = _trim_tail(text, start, spans[i][0])
        if end <= start:
            continue
        insort(spans, (start, end))
        chosen[(start, end)] = Candidate(c.type, start, end, c.priority, c.weak)
    return [chosen[span] for span in spans]


# A place that names an event ("the Western Regional Meeting in Carmel") is the event's venue.
_EVENT_PLACE = gated(
    r"\b(?:Meeting|Conference|Summit|Congress|Symposium|Convention|Forum)\b"
, words=False)
_TAIL_JUNK = lazy(r"(?:[\s,;:(]|\b(?:in|on|at|of|the|and)\b)+$")


def _trim_tail(text: str, start: int, end: int) -> int:
    m = _TAIL_JUNK.search(text, start, end)
    return m.start() if m else end


def redact(text: str, known_names: Iterable[str] = ()) -> tuple[str, dict[str, str]]:
    """Replace each identifier with a typed tag ([PATIENT], [DATE], [MRN_2]...).

    Returns the redacted text and the mapping tag -> original, so the app can put the originals
    back locally after a hosted model has answered. The same original always gets the same tag.
    """
    return redact_with(text, find_phi(text, known_names))
