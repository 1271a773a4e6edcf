"""The resident's own greeting in a note to rewrite: the salutation as the greeting check reads
it and the contact's name as typed, told apart from a sentence that opens with a name."""

from __future__ import annotations

import re

from assistant.checks.text import parse_greeting
from assistant.models import DraftRequest
from assistant.text.greeting import GREETING_RE
from assistant.text.names import name_fold, name_tokens
from assistant.text.patterns import lazy

# After the salutation: an optional title, then a name token (any script, with its combining
# accents: "Adébáyọ̀"); it is the greeting's name only when it is one of the contact's.
_NAME_TOKEN = lazy(r"[ \t,]*((?:dr|doctor|doc|prof|professor)\.?[ \t]+)?"
                         r"([^\W\d_][\w'’\u0300-\u036f-]*)", re.IGNORECASE)
# After a bare "Dr. Ruiz" with no comma, what still reads as addressing them ("dr liu thx so
# much", "Dr. Clarke thank u", "dr o'malley r u taking residents"): thanks, a greeting word, a
# first-person sentence, a question put to them.
_CASUAL_NEXT = lazy(r"[ \t]+(?:thank|thanks|thx|ty|hi|hello|hey|so|just|i|i['’]m|im|my|we|"
                          r"your|ur|you|u|great|congrats|congratulations|sorry|hope|quick|"
                          r"(?:r|are|do|did|can|could|would|will|have|is)[ \t]+(?:you|u|we|i))\b",
                          re.IGNORECASE)
# A salutation the greeting check does not list, in the shape of one: up to three words
# opening the note ("Esteemed", "Most respected", "Doc") before the contact's name and the
# mark that ends a greeting. Words that say something of their own ("Thanks Dr. Lee,",
# "Congrats Dr. Lee!", "I met Dr. Lee,") make it a sentence, not a greeting.
# (commas may part them: "Um, so, hi Dr. Patel,"; "Greetings and salutations, Dr. Ahmadi!")
_LEAD_WORDS = lazy(r"[ \t]*(?:[^\W\d_][\w'’-]*,?[ \t]+){1,3}")
_SAYS_SOMETHING = lazy(
    r"(?<![\w'’])(?:thanks?|thx|ty|congrat\w*|sorry|welcome|happy|great|nice|glad|met|saw|"
    r"asked|told|is|was|are|were|am|or|with|to|for|from|at|by|of|about|this|that|"
    r"i|i['’]m|me|my|we|our|you|your|u|ur|he|she|his|her|they|their)(?![\w'’])", re.IGNORECASE)
# (after an honorific that follows the name: "Namaste Dr. Iyer ji,", "Dr. Sato-san,")
_GREETING_END = lazy(r"(?:[ \t-]*(?:ji|jee|san|sama|sahib|sahab)\b)?[ \t]*(?:[,!:]|[-–—]+[ \t]|$)",
                     re.MULTILINE)
_SLOT = lazy(r"[ \t]*(?:\[[^\]\n]{1,40}\]|\{[^}\n]{1,40}\}|<[^>\n]{1,40}>)")
_SLOT_TITLE = lazy(r"[ \t]*(?:dr|doctor|prof|professor|mr|mrs|ms)\.?(?=[ \t]*[\[{<])",
                   re.IGNORECASE)
_AFTER_GREETING = lazy(r"[ \t]*[,!.:;—–-]*\s*")


def _theirs(m: re.Match[str], known: set[str]) -> bool:
    """The name token is one of the contact's, or after a title the initial of one ("sup dr
    w," to Dr. Watanabe)."""
    token = name_fold(m.group(2))
    return token in known or bool(m.group(1)) and len(token) == 1 and \
        any(k.startswith(token) for k in known)


# The reader addressed by a word that stands for any name ("Respected Sir,", "Dear Madam,"):
# the greeting the rewrite writes names them.
_ANY_READER = lazy(r"[ \t]*((?:sir|madam|ma['’]am)(?:[ \t]*/[ \t]*(?:sir|madam|ma['’]am))?)\b",
                   re.IGNORECASE)


def _names_contact(text: str, at: int, known: set[str]) -> tuple[str, int]:
    """The contact's name as typed at text[at:] ("Dr. Ada Okafor", "Okafor", "Doc K": up to two
    of the contact's name tokens, an initial only after a title), and where it ends; ("", at)
    when the words there are not the contact's."""
    said = ""
    generic = _ANY_READER.match(text, at)
    if generic:
        return generic.group(1), generic.end()
    for _ in range(2):
        m = _NAME_TOKEN.match(text, at)
        if not m or not _theirs(m, known) or (m.group(1) and said):
            break
        said = (said + " " if said else "") + text[m.start(1) if m.group(1) else m.start(2):
                                                  m.end()].strip(" \t,")
        at = m.end()
    return said, at


def unlisted_salutation(text: str, request: DraftRequest) -> tuple[str, int, int, str] | None:
    """A greeting in the shape of one whose salutation the greeting check does not list
    (`_LEAD_WORDS`): ("Esteemed", 0, where the greeting ends, "Professor Lindqvist"), or None.
    The caller writes the checks' own salutation in its place: the word typed is no greeting
    the checks can vouch for."""
    known = set(name_tokens(request.contact.name or ""))
    lead = _LEAD_WORDS.match(text)
    if not known or lead is None:
        return None
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", lead.group(0)))
    for n in range(1, len(words) + 1):  # the fewest lead words before the contact's name
        if _SAYS_SOMETHING.search(text, words[0].start(), words[n - 1].end()):
            return None
        said, at = _names_contact(text, words[n - 1].end(), known)
        end = _GREETING_END.match(text, at) if said else None
        # ("so yes hi Dr. Ogunleye I'm one of ...": a listed salutation before the name needs
        # no mark after it, as the check's own reading of "Hi Dr. Lee I enjoyed")
        hails = GREETING_RE.fullmatch(words[n - 1].group(0)) is not None
        if said and n == 1 and hails:
            return None  # the greeting check's own reading: `greeting`
        if said and (hails and end is None and re.match(r"[ \t]*\.?[ \t]+\S", text[at:]) or
                     end is not None and (end.group(0).strip() or text[at:at + 1] in ("", "\n"))):
            return text[words[0].start():words[n - 1].end()], words[0].start(), \
                _AFTER_GREETING.match(text, end.end() if end is not None else at).end(), said
    return None


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
    # (a title before it too: "Hi Dr. [NAME],")
    title = _SLOT_TITLE.match(text, pos)
    slot = _SLOT.match(text, title.end() if title else pos)
    if word and slot:  # "Hi [Name]," addresses the reader: the greeting names them instead
        return word, start, _AFTER_GREETING.match(text, slot.end()).end(), ""
    said, at = _names_contact(text, at, known)  # "Dr. Ada Okafor": up to two name tokens
    if not said:  # "Greetings and salutations, Dr. Ahmadi!": more words before the name
        longer = unlisted_salutation(text, request)
        if longer is not None or not word:
            return longer
    if not word and not re.match(r"(?:dr|doctor|doc|prof)", said, re.IGNORECASE):
        return None  # a sentence that opens with a name is not a greeting
    if not word and re.match(r"[ \t]+[a-z]", text[at:]) and not _CASUAL_NEXT.match(text, at):
        return None  # "Dr. Ruiz was amazing at the panel": the name is the sentence's subject
    return word, start, _AFTER_GREETING.match(text, at).end(), said
