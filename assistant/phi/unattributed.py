"""The inverted default: every identifier-shaped span that nobody but a patient can own.

`recognizers.py`, `names.py` and `places.py` find what a cue ties to a patient (always an
`error`). This module adds every other candidate of the shape finders (`shapes.py`,
`date_shapes.py`, `place_shapes.py`; places in `unattributed_places.py`) and `people.py` that
`attribution.py` cannot give to a non-patient, as an `error` when the sentence speaks of a
patient or their family and as a `warning` ("is this a patient?") when nothing says whose it is.

The steps share one `Scan` of the text (`unattributed_scan.py`): the person candidates
(`unattributed_names.py`) run first, since a sentence where a person is flagged ties its dates
and contacts to that person; then the other shapes (dates and rooms: `unattributed_dates.py`;
places: `unattributed_places.py`; the rest: `unattributed_shapes.py`).
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.phi import unattributed_dates as dates
from assistant.phi import unattributed_learned as learned
from assistant.phi import unattributed_names as names
from assistant.phi import unattributed_places as where
from assistant.phi import unattributed_shapes as other
from assistant.phi.context import MessageContext
from assistant.phi.unattributed_scan import ERROR, WARNING, Found, Scan

__all__ = ["ERROR", "WARNING", "Found", "find"]


def find(
    ctx: MessageContext,
    labels: list[tuple[int, int, str]],
    taken: Iterable[tuple[int, int]],
    known: set[str],
    places: Iterable[tuple[int, int]] = (),
) -> list[Found]:
    """Candidates outside `taken` (the cue-bound findings) that are not a non-patient's."""
    scan = Scan(ctx, labels, taken, known, places)
    names.person_candidates(scan)
    names.subject_care_names(scan)
    learned.scored_candidates(scan)
    scan.about_patients = any(scan.anchors.patient) or bool(scan.person_sentences)
    where.care_places(scan)
    vague, unowned_dates = dates.dates_and_rooms(scan)
    other.ages_and_likeness(scan)
    where.residences(scan)
    where.workplaces(scan)
    other.contacts_and_codes(scan)
    names.other_mentions(scan)
    dates.dates_beside_identifiers(scan, vague, unowned_dates)
    return scan.out.resolve()
