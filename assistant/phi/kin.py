"""Relatives and person words: the one place each is spelled.

Every PHI pattern that names a relative ("his son Mateo", "daughter texts me at ...", "the pt's
wife") and the word set of person heads (`subjects.PERSON_HEADS`) build from these tuples, each
naming the kinds it needs, so a relative added here reaches every pattern that asks for its kind
and no two patterns spell a word differently. Patterns differ in which kinds they take on
purpose: "family" owns a patient's phone, but "our family" is no one's patient.
"""

from __future__ import annotations

from collections.abc import Iterable

MOTHER_FATHER = ("mother", "father")
MOM_DAD = ("mom", "dad")
PARENTS = MOTHER_FATHER + MOM_DAD
CHILDREN = ("son", "daughter")
SPOUSES = ("wife", "husband")
SIBLINGS = ("brother", "sister")
NIECES_NEPHEWS = ("niece", "nephew")
GRANDCHILDREN = ("grandson", "granddaughter")
GRANDPARENTS = ("grandmother", "grandfather")
GRANDPARENTS_FAMILIAR = ("grandma", "grandpa")
AUNTS_UNCLES = ("aunt", "uncle")
COUSINS = ("cousin",)
STEP = ("stepdaughter", "stepson", "stepmother", "stepfather")
PARTNER = ("partner",)
DATING = ("girlfriend", "boyfriend")
SPOUSE = ("spouse",)
# who speaks for a patient or looks after them
CARERS = ("caregiver", "proxy", "guardian")
FAMILY = ("family",)
# "fiance", "fiancé", "fiancee", "fiancée" (a pattern: the word's spellings)
FIANCE = "fianc[\u00e9e]e?"
# children as a group, the plural first (as "kids?" tries it)
KIDS = ("kids", "kid", "children", "grandkids", "grandkid")
# elders by the names families call them
FAMILIAR_ELDERS = ("abuela", "abuelo", "granny", "nana")
PAPA_MAMA = ("papa", "mama")

# The close family, as most patterns name it: parents, children, spouses and siblings.
CLOSE = PARENTS + CHILDREN + SPOUSES + SIBLINGS


def alternation(*kinds: Iterable[str], drop: Iterable[str] = (), plural: bool = False) -> str:
    """The words of `kinds`, in order and each once, as a regex alternation ("son|daughter"),
    without the words of `drop`; with `plural`, each may take an "s" ("sons?")."""
    dropped = set(drop)
    seen: list[str] = []
    for kind in kinds:
        seen += [w for w in kind if w not in seen and w not in dropped]
    return "|".join(f"{w}s?" for w in seen) if plural else "|".join(seen)


def word_set(*kinds: Iterable[str], drop: Iterable[str] = ()) -> frozenset[str]:
    """The words of `kinds` as a set (for word look-ups rather than patterns), without the
    words of `drop`."""
    return frozenset(w for kind in kinds for w in kind) - frozenset(drop)
