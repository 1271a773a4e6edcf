"""Fields that hold two things: two asks in one ask field ("a call, also would love feedback
on my abstract"), and the reader's role typed before what they do ("ID doc, leads the OPAT
program"). Each is split so the realiser says both as sentences of their own kind."""

from __future__ import annotations

import re

from assistant.engines import phrasing as ph
from assistant.engines.offline.phrase_type import WH_WORDS
from assistant.text.patterns import lazy

# Where a field's second ask begins: "also" or "plus" after a comma, a semicolon, a full stop,
# a plus sign or "and" ("a call, also would love feedback on my abstract", "coffee; plus a look
# at my CV"), never before what only continues the first ask ("and also whether you take
# residents" continues "15 minutes to talk about fellowship"); a semicolon or a plus sign set
# off by spaces between two asks of two words or more ("a quick call; could you look at my CV")
_SECOND_ASK = lazy(
    r"(?:\s*(?:[,;.]|\s[+&])\s*|\s+)(?:and\s+)?(?:also|plus|additionally)\s+(?!(?:whether|if|"
    r"how|what|why|when|where|who|which|about|to|for|on|with)\b)"
    r"|\s*;\s+|\s+\+\s+"
    # "connect and maybe a call about X": a softer second ask, a thing asked for
    r"|\s+(?:and|\+|&)\s+(?:maybe|perhaps|possibly)\s+(?=(?:a|an|some|one|\d+)\b)",
    re.IGNORECASE)


# What follows a joint but asks nothing: the resident's own offer, plan or thanks ("...; also
# happy to send the draft", "+ I'll bring my poster", "; thanks so much")
_NO_ASK = lazy(r"(?:happy|glad|excited|thrilled|hoping\s+to\s+(?:send|share)|i\b|i['’]\w+|"
               r"we\b|we['’]\w+|will\b|let\s+me\b|thanks?\b|thank\s+you|no\s+pressure|"
               r"either\s+way|if\s+not)", re.IGNORECASE)


def split_asks(text: str | None) -> list[str]:
    """One field's asks: two when the field joins a second ask to the first (`_SECOND_ASK`),
    each at least two words; else the field itself. The two are asked in turn; a note that
    cannot hold both keeps the first and says so."""
    if not text or not text.strip():
        return [text] if text else []
    parts = _SECOND_ASK.split(text.strip(), maxsplit=1)
    if len(parts) == 2:
        first, second = parts[0].strip(" ,;."), parts[1].strip(" ,;.")
        # a one-word first ask is an ask of its own only before a longer second ("connect +
        # a call about the elective"; "coffee + chat" is one)
        if len(second.split()) >= 2 and (len(first.split()) >= 2 or len(second.split()) >= 3) \
                and not _NO_ASK.match(second):
            return [first, second]
    return [text]


# A role said before what the reader does ("ID doc, leads the OPAT program", "hospitalist -
# runs the POCUS course", "cards attending who directs the echo lab"): the role, then a comma,
# a dash or "who", then a verb of their work
_ROLE_THEN = lazy(r"(?P<role>[^,;:\u2013\u2014]{2,40}?)\s*(?:[,;:]|\s[-\u2013\u2014]+|\s+who|"
                  r"\s+that)\s+(?P<work>[A-Za-z].*)$")


def role_and_work(text: str | None) -> tuple[str | None, str | None]:
    """A field that names the reader's role and then what they do, split in two ("ID doc,
    leads the OPAT program" -> ("ID doc", "leads the OPAT program")): a role fragment followed
    by a verb phrase is no noun phrase to say "your work on ..." of. (None, text) otherwise."""
    if not text or ph.is_work_verb_phrase(text) or ph.is_sentence(text):
        return None, text
    m = _ROLE_THEN.match(text.strip())
    if not m:
        return None, text
    role, work = m.group("role").strip(), m.group("work").strip()
    words = [w.lower() for w in re.findall(r"[\w'’-]+", role)]
    if not ph.is_work_verb_phrase(work) or not 1 <= len(words) <= 5 or \
            any(w in ph.THIRD_PERSON_PRESENT or w in WH_WORDS for w in words):
        return None, text
    return role, work


def reads_whole(sentences: str) -> bool:
    """The grammar check finds nothing in what two asks became, said alone (a second ask that
    was no ask reads broken: "Would you be open to happy to help?")."""
    from assistant.checks import check

    return not [f for f in check(sentences, kind="introduction", channel="linkedin_message")
                if f.code == "grammar"]
