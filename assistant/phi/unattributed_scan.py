"""What the inverted default keeps for one text while its steps run: the text, what each
sentence is about, what is found so far, and the questions asked once per text.

`unattributed.py` makes one `Scan` per text and runs the steps of `unattributed_names.py`
(person candidates) and `unattributed_dates.py`, `unattributed_places.py` and
`unattributed_shapes.py` (dates, rooms, places, ages, photos, contacts, codes) on it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate

from assistant.phi import attribution as attr
from assistant.phi import place_shapes, presenting, rows
from assistant.phi.context import MessageContext, event_logistics
from assistant.phi.name_words import NameCandidate
from assistant.phi.sentence_anchors import sentence_anchors
from assistant.phi.shapes import Shape
from assistant.text.gated import gated
from assistant.text.names import name_fold
from assistant.text.patterns import lazy

ERROR, WARNING = "error", "warning"

# Overlaps among new candidates: the more specific shape wins.
_PRIORITY = {
    "SSN": 90, "MRN": 88, "HEALTH_PLAN": 88, "ACCOUNT": 88, "LICENSE": 88, "VEHICLE": 88,
    "DEVICE": 88, "ID": 86, "EMAIL": 85, "URL": 84, "IP_ADDRESS": 84, "PHONE": 80, "FAX": 80,
    "PHOTO": 75, "AGE": 72, "ROOM": 70, "DATE": 60, "LOCATION": 50, "NAME": 40,
}
# Asked by both kinds of step: where an institution is, and a sentence about a clinician.
WORKPLACE_BEFORE = gated(
    r"\b(?:office|clinic|lab|building|suite|department|program|hospital|campus|center|centre|"
    r"residency|headquarters|job|role|position|post)\b[^.;\n]{0,40}$", words=False)
# A sentence whose subject is a clinician by title: "Dr. Okeke is moving back to ..."
PROFESSIONAL_SUBJECT = lazy(
    # not "Dr. Kim's patient lives in Clovis": the patient's
    r"[\s>*-]*(?:(?:(?:our|my|your)\s+\w+\s+)?(?:dr|prof|professor)\.?(?:\s+[\w'\u2019-]+)?"
    r"(?:\s+(?!(?:pt|patient|pts|patients)\b)[\w'\u2019-]+)?"
    # "my co-intern lives with her sister in Clovis": a colleague by role
    r"|(?:our|my|your)\s+(?:(?:former|retired|emeritus|old|new|first)\s+)?(?:co-?interns?|"
    r"co-?residents?|classmates?|colleagues?|mentors?|attendings?|chiefs?|chairs?|deans?|"
    r"advisors?|professors?|program\s+director|pd|preceptors?)(?:\s+[\w'\u2019-]+)?)"
    r"\s+(?:is|was|has|had|will|just|recently|moved|moves|lives|lived|stays|stayed|grew|"
    r"turned|turns|comes|came|celebrated|retired|retires|left|joined|started|finished|"
    r"graduated|matched|relocated|transferred\s+to\s+(?:the|a|an)\s+\w+\s+(?:program|"
    r"position|job))\b"
)
_OPENING = lazy(r"[ \t\n>*-]*")  # what a line may open with before its words
# "she's flying back", "he is moving": a clause that goes on about someone named before
_PRONOUN_OPENS = lazy(r"[\s>*-]*(?:he|she)(?:['\u2019]s|\s+(?:is|was|will|has|had|just|"
                            r"also|moved|moves|lives|flies|flew|grew|drives|drove))\b")
# a person named by title or by a capitalised name inside a sentence (as written)
_NAMED_PERSON = lazy(
    r"\b(?:(?:Dr|Drs|Prof|Professor|Mr|Mrs|Ms|Mx|Miss)\.?\s+)?[A-Z][a-z][\w'\u2019-]*"
    r"(?:\s+(?!(?:Dr|Drs|Prof|Professor|Mr|Mrs|Ms|Mx|Miss)\b)[A-Z][a-z][\w'\u2019-]*)*"
    r"(?<!['\u2019]s)")
_TITLED = lazy(r"(?:Dr|Drs|Prof|Professor)\b")
CLINICAL_WORD = gated(
    r"\b[a-z]{3,}(?:pathy|itis|osis|oma|emia|aemia|algia|plasia|trophy|ectomy|otomy|scopy|"
    r"iasis)\b|\b(?:rash|fever|dying|pain|jaundice|dose|symptoms?|diagnos\w+|surgery|"
    r"seizures?|stroke|sepsis|delirium|dementia|cancer|tumou?r|infection|fracture)\b", words=False)


@dataclass(frozen=True)
class Found:
    type: str
    start: int
    end: int
    severity: str


class Collector:
    """New candidates, kept clear of the cue-bound findings and of each other.

    A place may swallow a narrower cue-bound place ("12 Elm St" -> "12 Elm St, Springfield").
    """

    def __init__(self, taken: list[tuple[int, int]], places: set[tuple[int, int]]) -> None:
        self.taken = sorted(taken)
        self.places = places
        self.items: list[tuple[int, int, str, str]] = []

    def free(self, start: int, end: int, type_: str = "") -> bool:
        # the spans kept never overlap, so only the one before `start` can reach into it
        i = max(0, bisect_left(self.taken, (start, -1)) - 1)
        while i < len(self.taken):
            a, b = self.taken[i]
            i += 1
            if a >= end:
                break
            if b <= start:
                continue
            wider = start <= a and b <= end and (a, b) != (start, end)
            if not (type_ == "LOCATION" and (a, b) in self.places and wider):
                return False
        return True

    def add(self, type_: str, start: int, end: int, severity: str) -> None:
        if end > start:
            self.items.append((start, end, type_, severity))

    def resolve(self) -> list[Found]:
        # the same span found twice: the finding that ties it to a patient wins
        ordered = sorted(self.items, key=lambda c: (-_PRIORITY.get(c[2], 0), c[0] - c[1], c[0],
                                                    c[3] != ERROR))
        kept: list[Found] = []
        for start, end, type_, severity in ordered:
            if not self.free(start, end, type_):
                continue
            insort(self.taken, (start, end))
            kept.append(Found(type_, start, end, severity))
        return sorted(kept, key=lambda f: f.start)


class Scan:
    """One text's state, shared by the steps in the order `unattributed.find` runs them."""

    def __init__(
        self,
        ctx: MessageContext,
        labels: list[tuple[int, int, str]],
        taken: Iterable[tuple[int, int]],
        known: set[str],
        places: Iterable[tuple[int, int]],
    ) -> None:
        self.ctx = ctx
        self.text, self.lower = ctx.text, ctx.lower
        self.labels = labels
        # labels by start, with the furthest end reached so far: "is this span inside a
        # label?" by bisection (a scan over every label per candidate was quadratic)
        by_start = sorted(labels)
        self._label_starts = [a for a, _, _ in by_start]
        self._label_reach = list(accumulate((b for _, b, _ in by_start), max))
        self.anchors = sentence_anchors(ctx)
        self.known = attr.correspondents(ctx) | {name_fold(w) for w in known}
        self.out = Collector(list(taken), set(places))
        self.found_places = list(place_shapes.places(self.text))
        self.addresses = [(p.start, p.end) for p in self.found_places if not p.weak]
        self.person_sentences: set[int] = set()
        self.flagged_words: set[str] = set()
        self.message_about_patient = any(self.anchors.patient) or any(self.anchors.care)
        # ... by a patient cue or an event of care, not only by a relative's word
        self.message_cued = any(self.anchors.cued) or any(self.anchors.care)
        # set once the name steps have run: a patient, or a person flagged by name
        self.about_patients = False
        self.colleagues: list[tuple[int, int]] = []  # names given to non-patients so far
        self.eponyms: set[str] | None = None  # words used as eponyms in this text, when needed
        self.by_shape: list[tuple[int, int]] = []  # people by title, relation or apposition
        self.considered: list[tuple[int, int]] = []  # every person candidate a rule proposed
        self.unsure: list[tuple[int, int]] = []  # ... and dropped for want of a tie, not an owner
        # every person candidate set aside, with the rule that did it (read by the measurement
        # of what each rule drops, benchmarks/phi_drops.py)
        self.dropped: list[tuple[NameCandidate, str]] = []
        # ... and every one nothing ties to anyone that was kept as a warning, with its reason
        self.warned: list[tuple[NameCandidate, str]] = []
        self._seen_twice: dict[str, bool] = {}
        self._in_clinical_words: dict[int, bool] = {}
        self._talks: dict[int, bool] = {}
        self._rows: list[Shape] | None = None
        # one look for a table's bar: a search of the whole text per candidate made 1 MB quadratic
        self.has_bar = "|" in self.text

    def inside_label(self, start: int, end: int) -> bool:
        """Is start..end within a record label's span ("Member services for Medi-Cal")?"""
        k = bisect_right(self._label_starts, start)
        return k > 0 and self._label_reach[k - 1] >= end

    def drop(self, c: NameCandidate, reason: str) -> None:
        self.dropped.append((c, reason))

    def row_shapes(self) -> list[Shape]:
        """The dates, ages and rooms of the text's lists and tables (`rows.row_shapes`), read
        once: the date and the age steps both ask."""
        if self._rows is None:
            self._rows = list(rows.row_shapes(self.text))
        return self._rows

    def severity(self, i: int, tied: bool = False) -> str:
        """`error` when the span is tied to a patient: by its own tie, an event of care or a
        patient cue in its sentence; a relative's word alone ("covering for Ana while she's at
        her brother's wedding") ties it only in a message that speaks of a patient or of care,
        or in a sentence in clinical words: a relative is anyone's family until then."""
        anchors = self.anchors
        if tied or anchors.care[i] or anchors.cued[i]:
            return ERROR
        return ERROR if anchors.patient[i] and self.kin_tied(i) else WARNING

    def kin_tied(self, i: int) -> bool:
        """Is a relative named in sentence `i` a patient's family? Where the message speaks of
        a patient or of care, or the sentence is in clinical words."""
        return self.message_cued or self.clinical_words(i)

    def clinical_words(self, i: int) -> bool:
        """A sentence in clinical words ("developed ptosis after the third dose"), asked once
        per sentence (a long sentence full of names stays linear)."""
        if i not in self._in_clinical_words:
            self._in_clinical_words[i] = CLINICAL_WORD.search(
                self.lower, *self.anchors.spans[i]) is not None
        return self._in_clinical_words[i]

    def clinician_subject(self, i: int, start: int) -> bool:
        """Is the clinician the subject of the clause opening at `start` (in sentence `i`):
        by title or role ("Dr. Okeke is moving back to ..."), or by a pronoun that goes on
        about the clinician who opened the clause before ("Dr. Yusupova will cover
        engraftment; she's flying back to Visalia after")?"""
        lower, anchors = self.lower, self.anchors
        if PROFESSIONAL_SUBJECT.match(lower, start) or anchors.clinician[i]:
            return True
        if i == 0 or not _PRONOUN_OPENS.match(lower, start) or anchors.patient[i]:
            return False
        prev = self.ctx.sentence_starts[i - 1]
        if anchors.patient[i - 1] or anchors.care[i - 1]:
            return False
        # "remember Dr. Kaczmarek's lecture on jaundice? she's now at Stanford": the one
        # person the sentence before names is a clinician by title
        text = self.text
        opening = _OPENING.match(text, prev).end()  # (a slice of the rest: quadratic)
        named = [m.group() for m in _NAMED_PERSON.finditer(text, prev, start)
                 if not (m.start() == opening and " " not in m.group())]  # "Remember ..."
        return PROFESSIONAL_SUBJECT.match(lower, prev) is not None or anchors.clinician[i - 1] or (
            len(named) == 1 and _TITLED.match(named[0]) is not None)

    def talk(self, i: int) -> bool:
        """Does sentence `i` tell of a talk given ("Presented on the 2nd by Dr. Sanger"), asked
        once per sentence?"""
        if i not in self._talks:
            self._talks[i] = presenting.talk_in(self.lower, *self.anchors.spans[i]) or (
                event_logistics(self.lower, *self.anchors.spans[i]))
        return self._talks[i]

    def repeated(self, word: str) -> bool:
        """`text.count(word) > 1`, asked once per word: counting the whole text again for
        every candidate made a long text quadratic (1 MB took 12 s)."""
        if word not in self._seen_twice:
            first = self.text.find(word)
            self._seen_twice[word] = first != -1 and self.text.find(
                word, first + len(word)) != -1
        return self._seen_twice[word]
