"""A field's names and spelling: shorthand written out from the one table
(`assistant.text.shorthand`), a role with its noun ("PGY-3 pediatrics" -> "PGY-3 pediatrics
resident"), a lowercase name, program or event with its capitals, a field typed in capitals with
ordinary ones, list items split, excitement and text-speak dropped."""

from __future__ import annotations

import re

from assistant.checks.rules_tone import emphasis_lowered, without_emoji
from assistant.checks.wordlist import COMMON_WORDS
from assistant.engines import phrasing as ph
from assistant.models import DraftRequest
from assistant.phi.vocab import is_common
from assistant.text import casing
from assistant.text.names import HONORIFIC, person_name
from assistant.text.patterns import lazy
from assistant.text.shorthand import CASED, WORDS, expand

ROLE_NOUNS = lazy(
    r"\b(resident|intern|fellow|student|attending|physician|doctor|hospitalist|chief|faculty|"
    r"nurse|PA|NP|coordinator|director|researcher|scientist|graduate|applicant|MD|DO|"
    r"professor|instructor|surgeon|pharmacist|residents)\b", re.IGNORECASE)
SMALL_WORDS = {"of", "at", "in", "the", "and", "for", "on", "a", "an", "to", "with"}


def _title_words(text: str) -> str:
    """'riverside family medicine residency' -> 'Riverside Family Medicine Residency', 'ucsf
    im' -> 'UCSF Internal Medicine' (a trailing im/em/fm in a program's name is its field)."""
    if text.islower():
        text = re.sub(r"\b(im|em|fm)$", lambda m: expand(m.group(1).upper()), text)
        text = re.sub(r"\bchildrens\b", "children's", text)
    words = text.split(" ")
    return " ".join(w if (i and w in SMALL_WORDS) or not w.islower() else
                    w.upper() if casing.acronym(w) and w not in COMMON_WORDS else
                    w[:1].upper() + w[1:] for i, w in enumerate(words))


# "the AAMC thing": an event named by what it is called and a vague head noun
_VAGUE_HEAD = lazy(r"(?:the\s+)?(.+?)\s+(?:thing|one|event thing)", re.IGNORECASE)
_NAMED_WEEK = lazy(r"^(?!(?:this|next|last|that|the|a|one|every)\s)[\w-]+(?:\s+[\w-]+){0,2}"
                         r"\s+week$", re.IGNORECASE)


def event(text: str | None) -> str | None:
    """An event name typed all in lowercase: a short token that is no English word reads as
    its acronym, and a name with one takes a name's capitals ('sgim regional mtg' -> 'SGIM
    Regional Meeting'); one without stays as typed ('grand rounds', 'research day': a kind of
    event, not a name). Any other spelling is the resident's; shorthand is written out."""
    if not text or not text.strip():
        return text
    out = expand(ph.clean(text))
    # "the AAMC thing", "the APA one": the name with a vague head; the name is the event
    vague = _VAGUE_HEAD.fullmatch(out)
    if vague and re.search(r"[A-Za-z]", vague.group(1)):
        out = vague.group(1)
        text = text if not text.islower() else out.lower()
    if _NAMED_WEEK.search(out):  # "kidney week", "ASN kidney week": a week is a name
        return " ".join(w if w in SMALL_WORDS or not w.islower() or casing.acronym(w) and
                        w not in COMMON_WORDS else w[:1].upper() + w[1:] for w in out.split(" "))
    if not text.islower():
        return out
    words = out.split(" ")
    short = [w.islower() and (casing.acronym(w) and w not in COMMON_WORDS or
                              len(w) <= 4 and w.isalpha() and not is_common(w)) for w in words]
    if not any(short):
        return out
    return " ".join(w.upper() if acr else w if w in SMALL_WORDS or not w.islower() else
                    w[:1].upper() + w[1:] for w, acr in zip(words, short, strict=True))


_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth",
             "6th": "sixth", "7th": "seventh"}


def role(text: str | None) -> str | None:
    """'pgy2 fm' -> 'PGY-2 family medicine resident'; 'intern, EM' -> 'emergency medicine
    intern'; a role with its noun is only written out."""
    if not text or not text.strip():
        return text
    out = expand(ph.clean(text))
    # in a role, "im"/"em"/"fm" before its noun can only be the field ("im resident")
    out = re.sub(r"^(im|em|fm)(?=\s+(?:resident|intern|fellow|chief|pgy)\b)",
                 lambda m: WORDS[m.group(1).upper()], out, flags=re.IGNORECASE)
    # "r2" is a training year ("R2"), "3rd yr"/"second year" one word before its noun
    out = re.sub(r"\br([1-7])\b", r"R\1", out)
    out = re.sub(r"\b(1st|2nd|3rd|[4-7]th|first|second|third|fourth|fifth|sixth|seventh)\s+year"
                 r"(?=\s+[a-z])", lambda m: f"{_ORDINALS.get(m.group(1).lower(), m.group(1))}-year",
                 out, flags=re.IGNORECASE)
    m = re.fullmatch(r"([^,]+),\s*([^,]+)", out)
    if m and ROLE_NOUNS.search(m.group(1)) and not ROLE_NOUNS.search(m.group(2)):
        out = f"{m.group(2)} {m.group(1)}"  # "intern, emergency medicine"
    out, place = _trailing_place(out)
    # "chief resident internal medicine": a field after the role's noun goes before it
    after = re.fullmatch(r"((?:PGY-\d\s+)?)((?:chief\s+)?(?:resident|intern|fellow))\s+"
                         r"(?!(?:in|at|of|for|on|with|and)\b)((?:[a-z/&-]+\s*){1,3})",
                         out, re.IGNORECASE)
    if after and ph.FIELD_WORDS.search(after.group(3)) and not ROLE_NOUNS.search(after.group(3)):
        out = f"{after.group(1)}{after.group(3).strip()} {after.group(2)}"
    out = re.sub(r"\bapplying (?!to\b|in\b|for\b)", "applying to ", out)
    # "PGY-2 Surgery" -> "PGY-2 surgery": a field is a common noun after the training year
    out = re.sub(r"(?<=\S )([A-Z][a-z]+)\b", lambda m: m.group(1).lower()
                 if ph.FIELD_WORDS.fullmatch(m.group(1)) else m.group(1), out)
    # "PGY-3, pediatrics": the year and its field make one noun phrase once the noun follows
    year_field = re.fullmatch(r"(PGY-\d),\s*(.+)", out)
    if year_field and ph.FIELD_WORDS.search(year_field.group(2)) and not ROLE_NOUNS.search(out):
        out = f"{year_field.group(1)} {year_field.group(2)}"
    # "a PGY-1" is a noun already; "a PGY-3 pediatrics" is not, nor "a PGY-1 at Riverside"
    bare_year = re.fullmatch(r"PGY-\d", out) and not place
    needs_noun = re.search(r"\b(?:PGY-\d|R[1-7])\b", out) and not bare_year or \
        ph.FIELD_WORDS.search(out) or \
        re.search(r"\b(?:transitional|preliminary|intern|research)\s+year$", out, re.IGNORECASE)
    if needs_noun and not ROLE_NOUNS.search(out):
        out = f"{out} resident"
    return f"{out} at {place}" if place else out


def _trailing_place(role_text: str) -> tuple[str, str]:
    """'PGY-1 at Riverside' -> ('PGY-1', 'Riverside'): the place a role names ("at X", "@ X",
    ", X") is split off, so the role's noun goes before it ("a PGY-1 resident at Riverside").
    ", X" is a place only when X names neither a field nor a role ("intern, EM" is a role)."""
    m = re.fullmatch(r"(.+?)\s*(?:\s(?:at|@)\s+|@\s*)(\S.*)", role_text) or \
        re.fullmatch(r"([^,]+),\s*([^,]+)", role_text)
    if not m or m.re.pattern.startswith("([^,]") and (
            ph.FIELD_WORDS.search(m.group(2)) or ROLE_NOUNS.search(m.group(2))
            or re.search(r"\bPGY-?\d\b|\b(?:MS|PGY)\d\b", m.group(2), re.IGNORECASE)):
        return role_text, ""
    return m.group(1).strip(), m.group(2).strip()


def program(text: str | None, known: dict[str, str] | None = None) -> str | None:
    """A program's name with its capitals: a word typed in lowercase as the request spells it
    elsewhere or as a known place ('uchicago im' beside 'UChicago' -> 'UChicago Internal
    Medicine'), else title-cased (`_title_words`)."""
    if not text or not text.strip():
        return text
    out = _title_words(expand(ph.clean(text)))

    def spelled(m: re.Match[str]) -> str:
        low = m.group(0).lower()
        if low not in text:  # typed with capitals of its own: the resident's spelling
            return m.group(0)
        again = casing.restore(low, known or {})
        return again if again != low else m.group(0)

    return re.sub(r"[\w'’-]+", spelled, out)


def name(text: str | None) -> str | None:
    """A name typed in lowercase takes its capitals; any other spelling is the resident's."""
    if not text or not text.islower():
        return text
    return person_name(text) if not HONORIFIC.match(text) else \
        HONORIFIC.match(text).group(0).strip().capitalize() + " " + person_name(text)


def plain_register(text: str) -> str:
    """Text-speak and slang in a typed phrase written plainly, by the slang check's lexicon
    ("even tho the data was small" -> "even though ...", "... council lol" -> "... council"):
    the checks' own table (`lexicon_informal.plain_words`), none of the engine's."""
    from assistant.checks.lexicon_informal import plain_words

    pattern, words = plain_words()
    parts, at = [], 0
    for m in pattern.finditer(text):
        word, full = m.group(0), words[m.group(0)]
        parts += [text[at:m.start()], full]
        at = m.end()
        # "esp. Lakeside": the dot of an abbreviation goes with it when it is written out, or
        # the phrase would stop in its middle ("especially. Lakeside")
        if len(full) > len(word) and full.lower().startswith(word.lower()) and \
                re.match(r"\.[ \t]+\w", text[at:]):
            at += 1
    out = "".join(parts) + text[at:]
    if out == text:
        return text
    # the resident's candour ("ngl", "tbh" -> "honestly") opening or closing a phrase is their
    # register, no fact: a frame cannot hold it ("I appreciated honestly your slide ...")
    out = _CANDOUR.sub("", out)
    out = re.sub(r"\s{2,}", " ", out)
    return re.sub(r"\s+([,.;:!?])", r"\1", out).strip(" ,;")


_CANDOUR = lazy(r"^\s*(?:honestly|frankly|to be honest|not gonna lie|seriously|literally)\b\s*,?"
                r"|,?\s*\b(?:honestly|to be honest|frankly)\s*(?=[.!?]*\s*$)", re.IGNORECASE)


def known_spellings(request: DraftRequest) -> dict[str, str]:
    """How the request itself capitalises its names and places (fields and ordinary words
    aside), so the same word typed in lowercase elsewhere takes those capitals. Titles and
    event names are left out: their capitals are a title's ("Scientific Sessions")."""
    c, sender = request.contact, request.sender
    # of the event's name, only its acronyms ("aaap" typed in an ask is the AAAP meeting's)
    acronyms = " ".join(re.findall(r"\b[A-Z]{2,}\b", request.meeting.event or ""))
    texts = [c.institution, c.name, sender.program, sender.name, acronyms]
    ordinary = [w for t in texts for w in re.findall(r"[\w'’-]+", t or "")
                if ph.FIELD_WORDS.fullmatch(w) or ph.INSTITUTION_WORDS.fullmatch(w)
                or w.lower() in COMMON_WORDS or HONORIFIC.match(w + " ")]
    return casing.spellings(texts, ordinary)


def acronyms_only(text: str) -> bool:
    """A name made of acronyms alone ("AAFP FMX", "NYU GSOM", "MGH IM"): every word short
    (five letters at most) and no English word, so its capitals are its letters, not shouting."""
    words = re.findall(r"[A-Za-z]+", text)
    return bool(words) and all(len(w) <= 5 and w.lower() not in COMMON_WORDS for w in words)


def unshouted(request: DraftRequest) -> DraftRequest:
    """The request with every field typed in capitals given ordinary capitals
    (`casing.unshout`): a name, a program, an institution or an event takes a name's capitals,
    any other phrase a sentence's, and a token that reads as letters stays ("REVIEW MY ERAS
    APPLICATION" -> "review my ERAS application", "DR. KEVIN O'MALLEY" -> "Dr. Kevin
    O'Malley"). A field not typed in capitals is the resident's spelling."""
    r = request.model_copy(deep=True)

    def text(value: str | None) -> str | None:
        if not value:
            return value
        if casing.shouted(value):
            return casing.unshout(value, is_common, CASED)
        return emphasis_lowered(value)  # "SO practical", "REALLY torn": one word shouted

    def title(value: str | None) -> str | None:
        if not value or acronyms_only(value):
            return value
        return casing.unshout(value, COMMON_WORDS.__contains__, CASED, title=True)

    for person in (r.sender, r.contact):
        if person.name and casing.shouted(person.name):
            person.name = name(person.name.lower())
    r.sender.role, r.sender.goals = text(r.sender.role), text(r.sender.goals)
    r.sender.program, r.contact.institution = title(r.sender.program), title(r.contact.institution)
    r.sender.interests = [text(i) or i for i in r.sender.interests]
    r.contact.title, r.contact.specialty = text(r.contact.title), text(r.contact.specialty)
    r.contact.their_work = text(r.contact.their_work)
    m = r.meeting
    m.event, m.topics = title(m.event), [text(t) or t for t in m.topics]
    m.specific_detail, m.next_step = text(m.specific_detail), text(m.next_step)
    r.ask, r.decisions = text(r.ask), [text(d) or d for d in r.decisions]
    r.update.news, r.update.credit = text(r.update.news), text(r.update.credit)
    return r


# an item's number typed inside one line: "1. x 2. y", "1) x 2) y", "(1) x (2) y"
_ORDINAL = lazy(r"(?:^|(?<=\s))\(?(\d{1,2})[.)](?=\s+\S)")


def _numbered_inline(line: str) -> list[str]:
    """'1. peds vs cards 2. research year 3. boards' -> its three items: the numbers must count
    up from 1 in order, so a number that belongs to the text ("Step 2.", "2) weeks") is no
    marker."""
    marks = [m for m in _ORDINAL.finditer(line)]
    run = []
    for m in marks:
        if int(m.group(1)) == len(run) + 1:
            run.append(m)
    if len(run) < 2 or line[:run[0].start()].strip():
        return [line]
    bounds = [m.start() for m in run] + [len(line)]
    return [line[run[i].end():bounds[i + 1]].strip(" ;,") for i in range(len(run))]


def items(values: list[str]) -> list[str]:
    """A list field's items with any list typed inside one of them split out ("- IR vs DR\n-
    research time" and "1. IR vs DR 2. research time" are two decisions) and bullet markers
    dropped ("• limb salvage")."""
    out: list[str] = []
    for value in values:
        lines = [part for line in re.split(r"\n+|\s+•\s+", value)
                 for part in _numbered_inline(line.strip())]
        parts = [re.sub(r"^\s*(?:[-*•·]|\(?\d+[.)])\s+", "", line).strip() for line in lines]
        out += [p for p in parts if p.strip(" -*•·")]
    return out


def calm(text: str | None) -> str | None:
    """A field without the excitement typed into it ("ATS 2027!!", "a week!!!"): a name or a
    fact, not a tone."""
    return re.sub(r"\s*!{2,}|!+(?=\s*$)", "", without_emoji(text)).strip() if text else text
