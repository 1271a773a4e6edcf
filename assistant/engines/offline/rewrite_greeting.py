"""The resident's own greeting in a note to rewrite: the salutation as the greeting check reads
it and the contact's name as typed, told apart from a sentence that opens with a name."""

from __future__ import annotations

import re

from assistant.checks.text import parse_greeting
from assistant.models import DraftRequest
from assistant.text.names import name_fold, name_tokens
from assistant.text.patterns import lazy

# After the salutation: an optional title, then a name token (any script, with its combining
# accents: "Adébáyọ̀"); it is the greeting's name only when it is one of the contact's.
_NAME_TOKEN = lazy(r"[ \t,]*((?:dr|doctor|prof|professor)\.?[ \t]+)?"
                         r"([^\W\d_][\w'’\u0300-\u036f-]*)", re.IGNORECASE)
# After a bare "Dr. Ruiz" with no comma, what still reads as addressing them ("dr liu thx so
# much", "Dr. Clarke thank u", "dr o'malley r u taking residents"): thanks, a greeting word, a
# first-person sentence, a question put to them.
_CASUAL_NEXT = lazy(r"[ \t]+(?:thank|thanks|thx|ty|hi|hello|hey|so|just|i|i['’]m|im|my|we|"
                          r"your|ur|you|u|great|congrats|congratulations|sorry|hope|quick|"
                          r"(?:r|are|do|did|can|could|would|will|have|is)[ \t]+(?:you|u|we|i))\b",
                          re.IGNORECASE)
_SLOT = lazy(r"[ \t]*(?:\[[^\]\n]{1,40}\]|\{[^}\n]{1,40}\}|<[^>\n]{1,40}>)")
_AFTER_GREETING = lazy(r"[ \t]*[,!.:;—–-]*\s*")


def _theirs(m: re.Match[str], known: set[str]) -> bool:
    """The name token is one of the contact's, or after a title the initial of one ("sup dr
    w," to Dr. Watanabe)."""
    token = name_fold(m.group(2))
    return token in known or bool(m.group(1)) and len(token) == 1 and \
        any(k.startswith(token) for k in known)


def greeting(text: str, request: DraftRequest) -> tuple[str, int, int, str] | None:
    """The resident's greeting: (salutation as typed, where it starts, where the greeting ends,
    the name as typed). The salutation is the greeting check's own reading
    (`parse_greeting`); the name is taken only when it is the contact's, so "hi! Great meeting
    you" has none. None when the note opens with no greeting."""
    g = parse_greeting(text, 0, len(text))
    word, start, pos = "", 0, 0
    if g is not None and g.salutation:
        word, start, pos = text[g.sal_start:g.sal_end], g.sal_start, g.sal_end
    known = set(name_tokens(request.contact.name or ""))
    said, at = "", pos
    slot = _SLOT.match(text, pos)
    if word and slot:  # "Hi [Name]," addresses the reader: the greeting names them instead
        return word, start, _AFTER_GREETING.match(text, slot.end()).end(), ""
    for _ in range(2):  # "Dr. Ada Okafor": up to two of the contact's name tokens
        m = _NAME_TOKEN.match(text, at)
        if not m or not _theirs(m, known) or (m.group(1) and said):
            break
        said = (said + " " if said else "") + text[m.start(1) if m.group(1) else m.start(2):
                                                  m.end()].strip(" \t,")
        at = m.end()
    if not word and not (said and re.match(r"(?:dr|doctor|prof)", said, re.IGNORECASE)):
        return None  # a sentence that opens with a name is not a greeting
    if not word and re.match(r"[ \t]+[a-z]", text[at:]) and not _CASUAL_NEXT.match(text, at):
        return None  # "Dr. Ruiz was amazing at the panel": the name is the sentence's subject
    return word, start, _AFTER_GREETING.match(text, at).end(), said
