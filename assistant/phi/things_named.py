"""Capitalised words that name a thing, not a person, told by what is said of them: a genus
before its species ("grew Serratia marcescens"), a drug by its dose, the verb that prescribes it
or the verb that doses it ("Bumex 2 mg IV", "switched to Xarelto", "Tikosyn was stopped").
No list of drugs or organisms: brand names and genera are open classes, their syntax is not.
Asked by `unattributed_names.person_candidates` of a bare capitalised candidate.
"""

from __future__ import annotations

import re

from assistant.phi.vocab import zipf
from assistant.text.gated import gated
from assistant.text.patterns import lazy

# A species epithet after a genus: a lower-case Latin word English does not use ("Serratia
# marcescens", "Nocardia farcinica", "Aspergillus fumigatus")
_EPITHET_AFTER = lazy(
    r"[ \t]+(?P<w>[a-z]{3,}(?:ae|ii|i|is|us|um|a|es|ens|ans|ensis|oides|ata|icum|ile|alis|ella))"
    r"\b(?![-'\u2019])")


def species_epithet(text: str, end: int) -> bool:
    """Is the capitalised word ending at `end` a genus, followed by its species?"""
    m = _EPITHET_AFTER.match(text, end)
    return m is not None and zipf(m.group("w")) < 2.5


# What is said only of a drug: a dose or route after it ("Bumex 2 mg IV", "Zosyn 4.5 q8h"); a
# verb of prescribing before it ("switched her to", "started on", "restarted"); a verb of
# dosing after it ("Tikosyn was stopped", "Entresto was uptitrated").
_DOSE_AFTER = lazy(
    r"[ \t]+\d+(?:\.\d+)?[ \t]*(?:mg|mcg|g|gm|grams?|units?|u|ml|meq|mmol|mg/kg|mcg/kg|"
    r"mg/day|puffs?|tabs?)\b"
    r"|[ \t]+\d+(?:\.\d+)?(?:[ \t]*(?:mg|mcg|g|units?))?[ \t]+(?:iv|po|sc|sq|subq|im|pr|sl|"
    r"ivp|ivpb|bid|tid|qid|qd|qhs|daily|nightly|weekly|q\d+h?)\b", re.IGNORECASE)
_PRESCRIBED_BEFORE = gated(
    r"\b(?:started|restarted|continued|switched|changed|transitioned|maintained|titrated|"
    r"bridged)\s+(?:(?:him|her|them|the\s+pt|the\s+patient|pt)\s+)?(?:on|to)\s+$", words=False)
_DOSED_AFTER = lazy(
    r"[ \t]+(?:was|were|is|got|has\s+been|had\s+been)[ \t]+(?:(?:then|also|finally|just|"
    r"promptly)[ \t]+)?(?:started|restarted|stopped|discontinued|titrated|uptitrated|"
    r"downtitrated|weaned|tapered|dosed|prescribed|given|infused|administered|bolused|"
    r"continued|resumed|loaded|added|renewed|reordered|pushed|hung)\b"
    r"(?![ \t]+(?:on|to|into|onto|a|an|the|his|her|their)\b)"
    # "Zyvox was considered but not started": weighed as a treatment, not as a candidate
    r"|[ \t]+(?:was|were|is)[ \t]+(?:considered|deferred|avoided|trialed|tried)"
    r"(?![ \t]+(?:for|as|by|a|an|the)\b)", re.IGNORECASE)


def drug_use(text: str, lower: str, start: int, end: int) -> bool:
    """Is the capitalised word at `start:end` spoken of as a drug (dosed, prescribed)?"""
    return (_DOSE_AFTER.match(text, end) is not None
            or _PRESCRIBED_BEFORE.search(lower, max(0, start - 40), start) is not None
            or _DOSED_AFTER.match(text, end) is not None)
