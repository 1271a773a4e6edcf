"""Word classes an update's phrases are read by (update_read.py, update_typed.py, update.py):
which -ing words are gerunds and which are nouns or adjectives, which words are past verbs, and
the -ing form of a past verb ("helped" -> "helping", "told" -> "telling").
"""

from __future__ import annotations

from assistant.engines import phrasing as ph
from assistant.text.patterns import lazy

# -ing words that are adjectives, never "I am ...": "amazing month"
ING_ADJECTIVES = {"amazing", "exciting", "interesting", "rewarding", "challenging", "humbling",
                  "exhausting", "inspiring", "surprising", "overwhelming", "demanding",
                  "grueling", "gruelling", "fascinating", "encouraging", "disappointing",
                  "devastating", "frustrating", "terrifying", "thrilling", "touching",
                  "life-changing", "eye-opening", "incredible", "outstanding", "promising"}


GERUND_NOT = {"during", "nothing", "something", "morning", "evening", "thing", "spring",
              "bring", "ring", "string", "king", "anything", "everything", "ceiling", "wing",
              "sibling", "building", "meeting", "funding", "training", "hearing", "finding",
              "writing", "ranking", "warning", "opening", "timing", "wedding", "setting",
              "attending", "housing", "staffing", "thanksgiving", "wellbeing", "clothing",
              "parking"}


IRREGULAR_GERUND = {
    "told": "telling", "said": "saying", "let": "letting", "kept": "keeping", "gave": "giving",
    "made": "making", "took": "taking", "ran": "running", "wrote": "writing",
    "taught": "teaching", "got": "getting", "put": "putting", "sent": "sending",
    "brought": "bringing", "read": "reading", "set": "setting", "found": "finding",
    "met": "meeting", "went": "going", "came": "coming", "saw": "seeing", "knew": "knowing",
    "thought": "thinking", "built": "building", "led": "leading", "spent": "spending",
    "stood": "standing", "stuck": "sticking", "caught": "catching", "heard": "hearing",
    "lent": "lending", "held": "holding", "sat": "sitting", "spoke": "speaking",
    "fought": "fighting", "vouched": "vouching", "bought": "buying", "paid": "paying",
    "shared": "sharing", "had": "having", "did": "doing", "were": "being", "was": "being",
    "lost": "losing", "won": "winning", "chose": "choosing", "began": "beginning",
    "fell": "falling", "grew": "growing", "sold": "selling", "drew": "drawing",
    "withdrew": "withdrawing", "forgot": "forgetting", "broke": "breaking", "flew": "flying",
    "understood": "understanding", "underwent": "undergoing", "became": "becoming",
    "rose": "rising", "overcame": "overcoming", "undertook": "undertaking",
}


# Past verbs of what a thing did, after a word that is a noun as well as a verb ("offer",
# "review", "call")
HAPPENED = {"came", "went", "arrived", "fell", "landed", "opened", "closed", "ended", "began"}
# Words no noun phrase before such a verb holds ("visit them ... went", "plan to ... came")
NOT_SUBJECT = {"me", "you", "him", "her", "us", "them", "it", "i", "to", "and", "but", "so"}

# Words of training the common-word list lacks ("fellowship offer came in")
TRAINING = {"fellowship", "internship", "externship", "clerkship", "elective", "sub-internship"}

# Nouns that take no determiner as a subject ("life is good", "work has been busy")
BARE_SUBJECTS = {"life", "work", "school", "residency", "medicine", "research", "everything",
                 "nothing", "something", "family", "things", "time", "intern", "home", "clinic",
                 "wards", "call", "night", "nights", "training", "funding", "chief", "step",
                 "boards"}


def is_gerund(word: str) -> bool:
    return len(word) > 4 and word.endswith("ing") and word not in GERUND_NOT | ING_ADJECTIVES


# A verb's prefix typed with a hyphen ("co-wrote", "re-ran", "co-led"): the verb is what follows
_PREFIX = lazy(r"^(co|re|pre|over|under|out)-(?=[a-z]{2,})")


def is_past(word: str) -> bool:
    word = _PREFIX.sub("", word)
    return word in ph.PAST_VERB_IRREGULAR or word in IRREGULAR_GERUND or \
        (len(word) > 3 and word.endswith("ed")) or word in {"didn't", "didnt", "never", "cut"}


def gerund(word: str) -> str:
    """The -ing form of a past verb: 'helped' -> 'helping', 'encouraged' -> 'encouraging',
    'co-wrote' -> 'co-writing'."""
    low = word.lower()
    prefix = _PREFIX.match(low)
    if prefix:
        return f"{prefix.group(0)}{gerund(low[prefix.end():])}"
    if low in IRREGULAR_GERUND:
        return IRREGULAR_GERUND[low]
    if low.endswith("eed"):
        return low[:-1] + "ing"
    if low.endswith("ied"):
        return low[:-3] + "ying"
    if low.endswith("ed"):
        return low[:-2] + "ing"
    return low
