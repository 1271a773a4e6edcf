"""Person-name candidates found without cue words, from the shape of names themselves.

A courtesy title ("Mr. Haddad", "mrs kowalczyk"), a relative ("his son Mateo"), a nickname
("goes by 'Tiny'"), a patient noun ("pt nguyen"), initials ("R.T."), and any run of capitalised
words that are not ordinary English ("Kwame Mensah", "Oyelaran", "Hye-jin") or that start with a
given name. Each candidate carries how strongly its shape alone says "a person": `attribution.py`
then decides whose name it is (the reader, the sender, a colleague, an institution, an event).

The shapes live by concern: names found by a cue (`name_cues.py`) or by the care said of them
(`name_care.py`), runs of capitalised words
(`name_runs.py`), lower-case census names (`name_lower.py`) and sign-out lines (`signout.py`),
all reading words through `name_words.py`. This module only fixes the order they are tried in.
"""

from __future__ import annotations

from collections.abc import Iterator

from assistant.phi import name_care, name_cues, name_lower, name_runs, signout
from assistant.phi.name_words import NameCandidate


def candidates(text: str, sentence_starts: set[int]) -> Iterator[NameCandidate]:
    """Every person-name candidate, strongest shapes first."""
    yield from name_cues.titled(text)
    yield from name_cues.aka(text)
    yield from name_cues.relatives(text)
    yield from name_cues.relation_in_parens(text)
    yield from name_cues.nicknames(text)
    yield from name_lower.after_patient_word(text)
    yield from name_lower.described_then_named(text)
    yield from name_care.in_ward_number(text)
    yield from name_care.cared_for(text)
    yield from name_care.families(text)
    yield from name_cues.initials(text)
    yield from name_runs.runs(text, sentence_starts)
    yield from name_lower.cued(text)
    yield from name_cues.honorifics(text)
    yield from signout.surname_first(text)
    yield from signout.lower_surname_first(text)
    yield from name_cues.word_names(text, sentence_starts)
    yield from signout.capitals_and_lists(text)
    yield from signout.capitals_line(text)
    yield from signout.row_names(text)
    yield from signout.finding_then_names(text)
    yield from name_lower.named_or_in_bed(text)
    yield from name_lower.full_names(text)
    yield from name_lower.hyphenated_given(text)
    yield from name_lower.cared_for(text, sentence_starts)
