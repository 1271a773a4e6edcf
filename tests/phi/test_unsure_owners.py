"""Whose a name-shaped word is when nothing ties it to a patient (`unsure_owners.owner`): for each
rule a look-alike it gives to a non-patient owner and a wording close to it that keeps the safe
side (no owner, so the inverted default may still warn). Wordings are invented for these tests.
"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi, unattributed_names
from assistant.phi.unsure_owners import owner


def _owner(text: str, word: str, *, care: bool = False, place: bool = False) -> str:
    start = text.index(word)
    return owner(text, text.lower(), start, start + len(word), (0, len(text)), care, place)


# (rule, sentence, word, group it belongs to)
OWNED = [
    ("writer subject, place", "I'm driving up from Lindsay on Friday for the retreat.", "Lindsay",
     "writer_life"),
    ("writer subject after a clause break", "My uncle turned 80 last week, so I was in Yreka.",
     "Yreka", "writer_life"),
    ("writer anywhere in the clause", "For my statement, may I say I was raised in Avenal?",
     "Avenal", "writer_life"),
    ("subjectless life", "Raised in Orland, now a PGY-2 in Chico.", "Orland", "writer_life"),
    ("writer's own people", "My cousin Thandiwe just got engaged!", "Thandiwe", "writer_family"),
    ("reader's life", "I loved hearing about your years in Apia.", "Apia", "reader_life"),
    ("reader as subject", "Did you train while you were at Dartmouth?", "Dartmouth", "reader_life"),
    ("role apposition", "Oksana, our PGY-2, led the debrief.", "Oksana", "colleague_role"),
    ("role before a list", "two new peer coaches (Wambui and Ilse) start Monday", "Ilse",
     "colleague_role"),
    ("group apposition", "Teodor, the tall one from my intern class, says hello.", "Teodor",
     "colleague_role"),
    ("agent of a work verb", "Svetlana will present it at the chapter meeting.", "Svetlana",
     "colleague_acts"),
    ("staff by service", "Radek from scheduling moved my clinic day.", "Radek", "colleague_staff"),
    ("met socially", "It was lovely to meet Ingrid Solberg and your whole group.", "Solberg",
     "correspondent_social"),
    ("addressed", "Marguerite, thank you for the kind note.", "Marguerite",
     "correspondent_social"),
    ("a clinician's family", "Dr. Abara's son Chidi starts college in the fall.", "Chidi",
     "correspondent_social"),
    ("author by a work", "the trial by Haverkamp and Oduya changed our protocol", "Oduya",
     "author"),
    ("author by a reporting verb", "Lindahl and Petrosyan showed in their 2021 paper that ...",
     "Petrosyan", "author"),
    ("citation", "as the triage score suggests (Brauer, 2016).", "Brauer", "author"),
    ("event near before", "thanks for the workshop on May 3rd in Visalia", "Visalia", "event"),
    ("event line set off", "Presented at the Sierra Hospitalist Forum, Tahoe, June 2025.", "Tahoe",
     "event"),
    ("venue", "Coffee at Nicastro's before clinic?", "Nicastro", "venue"),
    ("program site", "your Lompoc rural rotation sounds great", "Lompoc", "program_site"),
    ("elective site", "she suggested electives in Accra", "Accra", "program_site"),
    ("product, inner capital", "I reply to PatientPortal messages at night", "PatientPortal",
     "product"),
    ("goods", "Toradol and Keflex shortages again this week", "Toradol", "product"),
    ("eponym disease", "patients with Hashimoto's were excluded", "Hashimoto", "eponym"),
    ("title word", "Discussant: Dr. Ferrante", "Discussant", "title_word"),
    ("sender", "Subject: Thanks from Oyelowo (SHM chapter)", "Oyelowo", "sender"),
    ("where we met", "So good to see you in Ojai at the retreat.", "Ojai", "met_place"),
    ("named lecture", "The Adebayo Memorial Lecture is on May 9.", "Adebayo", "institution"),
    ("research work done", "Ingeborg finished the chart review yesterday.", "Ingeborg",
     "colleague_acts"),
    ("citation with a year", "in line with Marchetti and Olawale (2021), falls rose",
     "Olawale", "author"),
    ("eponymous sign", "a positive Kernig sign on exam day for the students", "Kernig",
     "eponym"),
    ("counted population", "We enrolled 240 adults from Avenal and Huron.", "Huron",
     "population"),
    ("population with a statistic", "Residents of Lindsay had the lowest screening rates.",
     "Lindsay", "population"),
    ("chat speaker", "[Tue 9:10 AM] Philippa: noon conference moved", "Philippa",
     "chat_speaker"),
    ("signature institution", "Best,\nAmara Oyelowo, MD\nSierra Foothills Health\n"
     "amara@example.org", "Foothills", "institution"),
]

# (rule, sentence, word): the same shapes speaking of someone who may be cared for
UNOWNED = [
    ("writer subject, a patient between", "I drove my patient back from Lindsay on Friday.",
     "Lindsay"),
    ("writer subject, someone's pronoun", "I'm sending him home to Yreka tomorrow.", "Yreka"),
    ("reader's patient", "your patient from Apia called again", "Apia"),
    ("a name with no role", "Oksana finally slept last night.", "Oksana"),
    ("presented with a complaint", "Svetlana presented with chest pain again.", "Svetlana"),
    ("a unit, not a service", "Radek from 4B sent the team a card.", "Radek"),
    ("reported in clinic", "Petrosyan reported in clinic that the rash spread.", "Petrosyan"),
    ("subjectless care", "Moved to a SNF in Orland after the fall.", "Orland"),
    ("the case of a surname", "the Haverkamp case went to M&M", "Haverkamp"),
    ("finished a treatment", "Ingeborg finished the antibiotics yesterday.", "Ingeborg"),
    ("a year not a citation", "Olawale (88) fell again overnight", "Olawale"),
    ("the writer cared for someone there", "I admitted a man from Huron overnight.", "Huron"),
]


@pytest.mark.parametrize(("rule", "text", "word", "group"), OWNED, ids=[r[0] for r in OWNED])
def test_owned(rule: str, text: str, word: str, group: str) -> None:
    assert _owner(text, word) == group, rule


@pytest.mark.parametrize(("rule", "text", "word"), UNOWNED, ids=[r[0] for r in UNOWNED])
def test_not_owned(rule: str, text: str, word: str) -> None:
    care = "fall" in text or "pain" in text or "rash" in text
    assert _owner(text, word, care=care) == "", rule


def test_switch_is_off_by_default() -> None:
    assert not unattributed_names.UNSURE_WARNINGS


@pytest.mark.parametrize("text", ["did esperanza ochoa ever call back?",
                                  "any word from esperanza ochoa"])
def test_with_the_lower_case_reason_on_an_unowned_name_is_a_warning(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(unattributed_names, "UNSURE_WARNINGS", frozenset({"unsure_lower"}))
    assert [(f.text, f.severity) for f in find_phi(text)] == [("esperanza ochoa", "warning")]
    monkeypatch.setattr(unattributed_names, "UNSURE_WARNINGS", frozenset())
    assert find_phi(text) == []


def test_a_lower_case_name_a_colleague_owns_is_not_flagged(monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    monkeypatch.setattr(unattributed_names, "UNSURE_WARNINGS", frozenset({"unsure_lower"}))
    assert find_phi("grabbed coffee with esperanza ochoa after noon conference") == []


def test_switch_keeps_the_unowned_as_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    """With every reason switched on, a bare name nobody owns is a warning and an owned one is
    not flagged."""
    monkeypatch.setattr(unattributed_names, "UNSURE_WARNINGS",
                        frozenset(unattributed_names.UNSURE_REASONS))
    owned = "I'm flying out of Lindsay on Friday for the retreat - see you there!"
    assert find_phi(owned) == []


def test_owner_is_recorded_when_the_switch_is_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the reason switched on, a candidate a non-patient owns is set aside under its
    owner's rule; with it off, under the reason (no owner is asked)."""
    from assistant.phi import unattributed
    from assistant.phi.context import analyse
    from assistant.phi.labels import find_labels
    from assistant.phi.unattributed_scan import Scan

    def dropped(text: str) -> dict[str, str]:
        scan = Scan(analyse(text), find_labels(text), [], set(), [])
        unattributed.names.person_candidates(scan)
        return {text[c.start : c.end]: rule for c, rule in scan.dropped}

    text = "I finally read Quillinan on my golden weekend."
    assert dropped(text)["Quillinan"] == "unsure_shield"
    monkeypatch.setattr(unattributed_names, "UNSURE_WARNINGS", frozenset({"unsure_shield"}))
    assert dropped(text)["Quillinan"] == "owner_author"
