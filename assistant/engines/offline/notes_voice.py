"""Notes in the reader's own voice: a LinkedIn "About" or a bio pasted as the reader wrote it,
in the first person ("I am an infectious diseases physician at Sutter. I lead the outpatient
antibiotic program."). Read as typed, the "I" is the resident and nothing in it says what the
reader does, so a long pasted profile gave the draft no reason for writing.

Whose "I" it is: the reader's when the notes label what follows as a profile ("About:", "Bio -",
"from her LinkedIn:"), or when a first-person sentence gives a role no resident holds ("I'm a
nephrologist at ...", "I am the program director of ..."; a trainee's role, or the resident's
own role as the request gives it, is the resident's). Then each first-person sentence of that
part that names no one else (no "he"/"she", not the contact by name, no verb of hearing or
meeting: those are the resident's) is put with the reader as its subject in the third person
("Dr. Reyes is ...", "Dr. Reyes leads ...", "my research" -> "your research"), the form the
notes reader (`notes.from_notes`) takes facts from. Nothing else changes, and an instruction in
such a sentence is still never followed.
"""

from __future__ import annotations

import re

from assistant.engines import phrasing as ph
from assistant.models import DraftRequest
from assistant.text.patterns import lazy
from assistant.text.sentences import split_sentences

# A label that says a profile's text follows ("About:", "LinkedIn about -", "from his bio:")
_PROFILE_LABEL = lazy(
    r"(?:^|\n)\s*(?:(?:from\s+)?(?:(?:his|her|their|the)\s+|dr\.?\s+[\w'’-]+['’]s\s+)?"
    r"(?:linkedin\s+|profile\s+|faculty\s+)?(?:about(?:\s+(?:me|section))?|bio|biography|"
    r"summary|profile|headline))\s*(?:[:\-–—]+|\n)\s*", re.IGNORECASE)
# A role no resident holds, said in the first person
_ROLE_WORDS = (r"physician|doctor|doc|hospitalist|surgeon|attending|professor|director|chair|"
               r"chief|dean|founder|co-founder|head|lead|nurse|scientist|researcher|"
               r"investigator|faculty|clinician|epidemiologist|internist|intensivist|"
               r"pediatrician|paediatrician|[a-z]+ologist|[a-z]+iatrist|[a-z]+ician|"
               r"[a-z]+ist|PD|APD|MD|DO")
_SELF_ROLE = lazy(rf"\bI(?:\s+am|['’]m)\s+(?:(?:a|an|the)\s+)?(?:[\w/&-]+\s+){{0,5}}?"
                  rf"(?P<role>{_ROLE_WORDS})\b", re.IGNORECASE)
_TRAINEE = lazy(r"\b(?:resident|intern|student|pgy-?\d|ms[1-4]|applicant|trainee|sub-?i)\b",
                re.IGNORECASE)
# What only the resident says: someone else by pronoun, hearing or meeting them
_NOT_THEIRS = lazy(r"\b(?:he|she|him|his|her|hers|heard|met|saw|listened|watched|attended|"
                   r"talked|spoke|chatted|emailed)\b", re.IGNORECASE)
_CLAUSES = lazy(r"\s*(?:[;,]\s*(?:and\s+)?|\s+and\s+)(?=I(?:\s|['’](?:m|ve)\b))")
_FIRST = lazy(r"^I\s+(?:(?P<adv>also|currently|now|still|proudly)\s+)?(?P<verb>[\w'’-]+)\b")
_IRREGULAR = {"am": "is", "have": "has", "do": "does", "go": "goes", "was": "was",
              "'m": "is", "’m": "is", "'ve": "has", "’ve": "has"}


def _third(verb: str) -> str | None:
    """'lead' -> 'leads', 'teach' -> 'teaches', 'study' -> 'studies' (None for a word that is no
    present-tense verb: "I also" alone, "I really")."""
    low = verb.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if not re.fullmatch(r"[a-z-]{2,}", low) or low.endswith(("ed", "ing", "ly", "s")):
        return None
    if re.search(r"(?:ch|sh|x|z|o)$", low):
        return low + "es"
    if re.search(r"[^aeiou]y$", low):
        return low[:-1] + "ies"
    return low + "s"


def _subject(request: DraftRequest) -> str:
    """The reader as the notes reader knows them: 'Dr. Reyes', else their name."""
    last = ph.last_name(request.contact.name)
    name = (request.contact.name or "").strip()
    return f"Dr. {last}" if last and re.match(r"(?:dr|doctor)\b", name, re.IGNORECASE) else \
        (last or name)


def _theirs(sentence: str, request: DraftRequest) -> bool:
    last = ph.last_name(request.contact.name)
    named = bool(last) and re.search(rf"(?<!\w){re.escape(last)}(?!\w)", sentence,
                                     re.IGNORECASE) is not None
    return not named and not _NOT_THEIRS.search(sentence)


def _restated(sentence: str, who: str) -> str:
    """One first-person sentence with the reader as its subject ("I lead X, and I teach Y" ->
    "Dr. Reyes leads X and teaches Y"); unchanged when a clause will not turn."""
    sentence = re.sub(r"^I['’]m\b", "I am", re.sub(r"^I['’]ve\b", "I have", sentence.strip()))
    out = []
    for clause in _CLAUSES.split(sentence):
        clause = re.sub(r"^I['’]m\b", "I am", re.sub(r"^I['’]ve\b", "I have", clause.strip()))
        m = _FIRST.match(clause)
        verb = _third(m.group("verb")) if m else None
        if not m or verb is None:
            return sentence
        rest = clause[m.end():]
        # the reader's "my" and "our" (their program, their team) are "your" to them
        rest = re.sub(r"\b(?:my|our)\b", "your", re.sub(r"\b(?:My|Our)\b", "Your", rest))
        rest = re.sub(r"\bmyself\b", "yourself", rest)
        out.append(f"{verb}{rest}".rstrip(" ."))
    # one sentence, its clauses joined as the notes reader takes a work verb phrase: "Dr.
    # Reyes runs the clinic and teaches the elective"
    return f"{who} {' and '.join(out)}."


def _own(sentence: str) -> str:
    """'My research focuses on X' -> 'Your research focuses on X' (the reader's, said of them)."""
    return re.sub(r"^(?:My|Our)\b", "Your", sentence.strip())


def reader_voice(notes: str | None, request: DraftRequest) -> str | None:
    """`notes` with the reader's first-person profile put in the third person (see the module
    docstring); the notes unchanged when no part of them is the reader's own voice."""
    if not notes or not request.contact.name or not re.search(r"\b(?:I|my|My)\b", notes):
        return notes
    label = _PROFILE_LABEL.search(notes)
    start = label.end() if label else 0
    part = notes[start:]
    if label is None:
        own = request.sender.role or ""
        roles = [m for m in _SELF_ROLE.finditer(part)
                 if not _TRAINEE.search(part[m.start():m.end()])
                 and not (own and m.group("role").lower() in own.lower())]
        if not roles:
            return notes
    who = _subject(request)
    pieces = split_sentences(part, lines=True)  # "at St. Anne's" ends no sentence
    said = []
    for sentence in pieces:
        text = sentence.strip()
        if not text:
            continue
        if text.startswith("I ") or re.match(r"I['’](?:m|ve)\b", text):
            said.append(_restated(text, who) if _theirs(text, request) else text)
        elif re.match(r"(?:My|Our)\s", text) and _theirs(text, request):
            said.append(_own(text))
        else:
            said.append(text)
    return notes[:start] + " ".join(said)
