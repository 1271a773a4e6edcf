"""The whole surname, particles and apostrophes included, is what a greeting addresses."""

from __future__ import annotations

import pytest

from assistant.engines.phrasing import last_name
from assistant.text.names import contact_name


@pytest.mark.parametrize(
    ("name", "formal", "last"),
    [
        ("Dr. Siobhán Ní Bhriain", "Dr. Ní Bhriain", "Ní Bhriain"),
        ("Dr. Áine Nic Aodha", "Dr. Nic Aodha", "Nic Aodha"),
        ("Dr. Ciarán Ó Súilleabháin", "Dr. Ó Súilleabháin", "Ó Súilleabháin"),
        ("Dr. Seán Mac an Bhaird", "Dr. Mac an Bhaird", "Mac an Bhaird"),
        ("Dr. Sean O'Sullivan", "Dr. O'Sullivan", "O'Sullivan"),
        ("Dr. Pieter van der Berg", "Dr. van der Berg", "van der Berg"),
        ("Dr. Layla al-Hashimi", "Dr. al-Hashimi", "al-Hashimi"),
        ("Dr. Omar al Farsi, MD", "Dr. al Farsi", "al Farsi"),
        ("Dr. María de la Cruz", "Dr. de la Cruz", "de la Cruz"),
        # look-alikes: a given name that is also a particle, a middle initial, a plain name
        ("Van Nguyen", "Van Nguyen", "Nguyen"),
        ("Dr. John O. Smith", "Dr. Smith", "Smith"),
        ("Dr. Ada Okafor, MD", "Dr. Okafor", "Okafor"),
    ],
)
def test_whole_surname(name: str, formal: str, last: str) -> None:
    parsed = contact_name(name)
    assert parsed is not None and parsed.formal == formal
    assert last_name(name) == last
