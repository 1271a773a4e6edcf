"""Understanding the request before writing: each free-text field is read the way a careful
colleague would read it, and rewritten as the facts a letter to the reader can state.

- shorthand is written out from the one table (`assistant.text.shorthand`);
- the reader in the third person becomes the second person, with agreement: "his tip" ->
  "your tip", "she said" -> "you said", "he takes" -> "you take", "Dr. Ito's help" -> "your
  help", "send her my CV" -> "send you my CV";
- a role gains its noun ("PGY-3 pediatrics" -> "PGY-3 pediatrics resident"), a lowercase name
  or program its capitals;
- an ask or next step is classified (`classify`): a question, an instruction to ask ("ask if
  he takes residents" -> the question itself), a clause, a verb phrase (and who acts), or a
  noun phrase;
- pasted notes give facts, never instructions: what the contact does and where the resident
  heard them, each taken only from a sentence that instructs nothing (`notes.from_notes`).

The work is done in three modules, one per concern: `phrase_type` (what an ask or next step
is, and who acts), `person` (the reader in the second person, with agreement) and `fields`
(names, roles, programs and events: shorthand and capitals); this module puts them together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.checks.rules_tone import without_emoji
from assistant.checks.wordlist import COMMON_WORDS
from assistant.engines import phrasing as ph
from assistant.engines.offline import update_language
from assistant.engines.offline.field_split import role_and_work
from assistant.engines.offline.fields import (
    ROLE_NOUNS,
    SMALL_WORDS,
    calm,
    event,
    items,
    known_spellings,
    name,
    plain_register,
    program,
    role,
    unshouted,
)
from assistant.engines.offline.notes import from_notes
from assistant.engines.offline.person import (
    ADVERBS,
    IRREGULAR,
    NOT_VERBS,
    reported,
    second_person,
)
from assistant.engines.offline.person import third_to_second_verb as _third_to_second_verb
from assistant.engines.offline.phrase_type import (
    CONTACT_VERBS,
    EFFECTED,
    HANDING,
    ING_NOUNS,
    JOINING,
    LEADING_WHEN,
    MY_ACTIONS,
    OBJECTS,
    PERMISSION,
    WH_WORDS,
    WISH,
    Phrase,
    classify,
    gerund_base,
    is_past,
    object_of_past,
    question_from_clause,
    topic,
    unbulleted,
)
from assistant.engines.offline.update_language import Told
from assistant.engines.offline.update_parts import as_list
from assistant.engines.offline.update_pasted import emoji_breaks, unpasted
from assistant.models import DraftRequest
from assistant.text import casing
from assistant.text.patterns import lazy
from assistant.text.pronouns import capital_i
from assistant.text.shorthand import expand
from assistant.text.words import unhashtagged

__all__ = [
    "ADVERBS", "CONTACT_VERBS", "HANDING", "ING_NOUNS", "IRREGULAR", "JOINING", "LEADING_WHEN",
    "MY_ACTIONS", "NOT_VERBS", "OBJECTS", "PERMISSION", "ROLE_NOUNS", "SMALL_WORDS", "WH_WORDS",
    "WISH", "Phrase", "Understood", "_third_to_second_verb", "calm", "classify", "decision",
    "detail", "event", "gerund_base", "items", "known_spellings", "name", "phrase",
    "plain_register", "program", "question_from_clause", "reported", "role", "second_person",
    "topic", "unbulleted", "understand", "unshouted",
]

@dataclass
class Understood:
    """The normalised request, where the resident heard the contact (a finished sentence, from
    the notes), and what the notice says was taken from the notes."""

    request: DraftRequest
    heard: str | None = None
    # (how the notice names it, the fact as the draft states it) for each fact from the notes
    from_notes: list[tuple[str, str]] = field(default_factory=list)
    # an update's clauses of another language: retold, kept as typed, or left out
    languages: Told | None = None


def phrase(text: str | None, request: DraftRequest, they: bool = True) -> str | None:
    """A free-text phrase about the meeting or the reader, written out in the second person
    (`they`: see `person.second_person`)."""
    if not text or not text.strip():
        return text
    out = second_person(plain_register(expand(without_emoji(text.strip()), dates=True)),
                        request, they)
    # "passed boards!! + starting my chief year": one phrase of two outcomes, no shouting inside
    out = re.sub(r"\s+[+&]\s+", " and ", re.sub(r"!+(?=\s*(?:[+&]\s|and\b))", "", out))
    # "rural track / loan repayment": a slash set off by spaces joins two phrases ("MGH/McLean",
    # "OB/GYN", "pulm/cc" are one name each)
    out = re.sub(r"(?<=[\w)])\s+/\s+(?=[\w(])", " and ", out)
    out = capital_i(out)  # "cases i saw"
    return re.sub(r"\s*!{2,}\s*$", "", out)


# A whole field in quotation marks ('"pick the project that keeps you up at night"')
QUOTATION = lazy(r"[\"“][^\"“”]{8,}[\"”][.!]?")
# The resident's own reaction after a dash ("... - loved that", "— really liked it"): theirs,
# not a fact of the meeting
_REACTION = lazy(r"\s+[-–—]+\s+(?:[\w'’]+\s+){0,3}(?:that|it|this)\s*[.!]*$",
                       re.IGNORECASE)


def unreacted(text: str | None) -> str | None:
    """'"feedback is a gift" - loved that' -> '"feedback is a gift"' (`_REACTION`)."""
    return _REACTION.sub("", text) if text else text


# A verb of saying with no subject ("said I should apply early", "mentioned the elective fills
# by March"): in a detail of the meeting, what the reader said
_SAID = lazy(r"(?:said|mentioned|suggested|recommended|advised|explained|pointed out|"
                   r"noted|warned)\b", re.IGNORECASE)


def detail(text: str | None) -> str | None:
    """A detail typed as a verb in the past with no subject: done to the resident, the reader
    did it ('told me to protect a half-day' -> 'you told me to ...'); otherwise who did it is
    not said: of a verb whose object is the thing itself only the thing is kept ('gave the talk on
    dialysis' -> 'the talk on dialysis'), any other stays as typed for a frame that keeps it
    without saying who acted ('walked the team through the new protocol')."""
    if not text:
        return text
    if is_past(ph.first_word(text)) and re.match(r"[\w'’-]+\s+(?:me|us)\b", text) or \
            _SAID.match(text):
        return f"you {text}"
    if ph.first_word(text) in EFFECTED:
        return object_of_past(text) or text
    return text  # who did it is not said: the realiser's frame says no more (details.action)


def decision(text: str) -> str:
    """A decision as an agenda item names it: 'should I do a research year' -> 'whether to do
    a research year', a trailing question mark dropped ('global health elective in 2027?')."""
    text = text.strip()
    # "join EMS track y/n", "chief year or not?": a yes-or-no choice, said as one
    yes_no = re.match(r"(.+?)\s*(?:\(?\s*(?:y/n|yes\s*(?:or|/)\s*no)\s*\)?|or\s+not)\s*\??$", text,
                      re.IGNORECASE)
    if yes_no:
        first = ph.first_word(yes_no.group(1))
        text = f"whether to {yes_no.group(1)}" if first in DECIDING or \
            first in ph.COMMON_VERBS else f"{yes_no.group(1)} or not"
    # "do I need a research year": a verb no one chooses keeps its subject ("whether I need")
    out = re.sub(r"^(?:do|does|would|will)\s+(I|we)\s+(?=(?:need|have\s+to|want|know|qualify|fit|"
                 r"count|stand|look|like|care)\b)",
                 lambda m: "whether we " if m.group(1).lower() == "we" else "whether I ", text,
                 flags=re.IGNORECASE)
    out = re.sub(r"^(?:should|do|can|could|would)\s+(?:I|we)\s+", "whether to ", out,
                 flags=re.IGNORECASE)
    # "pick between X and Y", "take the job in Tacoma": a verb and its object or particle is
    # named as the activity ("picking between X and Y") after "Your advice on ..."
    act = re.match(r"([a-z]+)(?=\s+(?:a|an|the|my|our|this|that|to|between|b/w|up|on|off|for|"
                   r"in|into|with|out|back|over|at|from)\b)", out)
    if act and (act.group(1) in DECIDING or act.group(1) in ph.COMMON_VERBS):
        out = _ing(act.group(1)) + out[act.end():]
    # "when do I ask for letters?" -> "when to ask for letters"
    out = re.sub(r"^((?:when|where|how|which|what)(?:\s+[\w-]+){0,2}?)\s+(?:should|do|can)\s+"
                 r"(?:I|we)\s+(?=\w)", r"\1 to ", out, flags=re.IGNORECASE)
    # "is a wound fellowship worth it?" -> "whether a wound fellowship is worth it": the verb
    # goes back after its subject, which ends where what is said of it begins
    asked = re.match(r"(is|are)\s+((?:\S+\s+){0,4}?\S+)\s+((?:worth|too|really|necessary|"
                     r"needed|enough|realistic|feasible|possible|ok|okay|better|wise|smart|"
                     r"right|useful|helpful|required|a good|the right|\w+able|\w+ible|\w+ed)\b.*)$",
                     out.rstrip("?").rstrip(), re.IGNORECASE)
    if asked:
        out = f"whether {asked.group(2)} {asked.group(1).lower()} {asked.group(3)}"
    return sentence_cased(out.rstrip("?").rstrip())


# verbs of a choice a resident puts to a mentor, besides the common ones ("pick between ...")
DECIDING = {"pick", "choose", "decide", "go", "stay", "do", "take", "switch", "move", "drop",
            "leave", "accept", "turn", "aim", "focus", "pursue", "commit", "rank", "return",
            "defer", "transfer", "add", "pause", "prioritize", "prioritise", "balance"}


def _ing(verb: str) -> str:
    """'pick' -> 'picking', 'take' -> 'taking', 'stop' -> 'stopping', 'tie' -> 'tying'."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if len(verb) <= 4 and re.fullmatch(r"[a-z]*[^aeiou][aeiou][^aeiouwxy]", verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def sentence_cased(item: str) -> str:
    """A list item typed in title or sentence case, written for the middle of a sentence:
    'Research Track vs clinical' -> 'research track vs clinical', 'Moving to Seattle' ->
    'moving to Seattle'. Only ordinary words lose their capital, and none before a number
    ('Step 2'), nor in capitals ('VA'); an item with a name keeps every other capital."""
    words = item.split(" ")

    def ordinary(i: int, w: str) -> bool:
        nxt = words[i + 1] if i + 1 < len(words) else ""
        low = w.lower()
        stems = {low, low[:-1] if low.endswith("s") else low, low[:-3], low[:-3] + "e"} \
            if low.endswith("ing") else {low, low[:-1] if low.endswith("s") else low}
        return bool(re.fullmatch(r"[A-Z][a-z]+", w)) and bool(stems & COMMON_WORDS) and \
            not re.match(r"\d", nxt)

    named = [w for i, w in enumerate(words) if w[:1].isupper() and not ordinary(i, w)]
    if not named:  # title case: every capital was the typing's
        return " ".join(w.lower() if ordinary(i, w) else w for i, w in enumerate(words))
    if ordinary(0, words[0]) and len(words) > 1 and words[1][:1].islower():
        return words[0].lower() + item[len(words[0]):]
    return item


def understand(request: DraftRequest) -> Understood:
    """The request as the realiser reads it (see the module docstring)."""
    request = unshouted(_untagged(request))
    m = request.meeting
    m.topics, request.decisions = items(m.topics), items(request.decisions)
    m.event, request.contact.their_work = calm(m.event), calm(request.contact.their_work)
    known = known_spellings(request)
    r = request.model_copy(deep=True)
    languages = _other_languages(r) if r.kind == "update" else None
    told: list[tuple[str, str]] = []
    r.sender.name = name(r.sender.name)
    r.sender.role = role(r.sender.role)
    r.sender.program = program(r.sender.program, known)
    r.sender.interests = [casing.restore(expand(without_emoji(i)), known)
                          for i in r.sender.interests]
    r.sender.goals = phrase(r.sender.goals, request)
    r.contact.title = expand(r.contact.title) if r.contact.title else r.contact.title
    r.contact.specialty = expand(r.contact.specialty) if r.contact.specialty else None
    work = r.contact.their_work
    their_role, after = role_and_work(r.contact.title)
    if after and their_role and not (work and work.strip()):
        # "ID doc, leads the OPAT program" typed as the title: the role stays the title, what
        # they do is their work
        r.contact.title, work = their_role, after
    else:
        work = role_and_work(work)[1]
    facts = from_notes(r.notes, request)
    heard = None
    if facts.heard:
        heard = ph.sentence(casing.restore(second_person(without_emoji(facts.heard), request),
                                           known))
        told.append((f"where you heard them ({facts.heard})", heard))
    r.contact.their_work = reported(phrase(work if work and work.strip() else facts.work,
                                           request))
    if not (work and work.strip()) and facts.work:
        told.append((f"what they do ({facts.work})", r.contact.their_work or facts.work))
    m = r.meeting
    m.event = event(m.event)
    m.topics = [topic(unreacted(phrase(t, request) or t)) for t in m.topics]
    m.specific_detail = detail(unreacted(phrase(m.specific_detail, request)))
    quoted = [t for t in m.topics if QUOTATION.fullmatch(t)]
    if quoted and not m.specific_detail:
        # a topic typed as a quotation is a line that stayed with the resident: the detail
        m.specific_detail = quoted[0]
        m.topics = [t for t in m.topics if t != quoted[0]]
    m.next_step = phrase(m.next_step, request)
    r.ask = phrase(r.ask, request)
    # news joined by "+" or "&" is several outcomes ("passed boards!! + starting as chief")
    # (a second outcome without its own subject shares the "I" of the first)
    # news pasted from a phone: its signature, time stamps and speakers left out first
    # and its list's items kept apart ("poster done / paper in review") before the phrase joins
    # a slash's two sides with "and"
    news = as_list(unpasted(emoji_breaks(r.update.news))) if r.update.news else r.update.news
    news = re.sub(r"!*\s+[+&]\s+(?!(?:i|we|our|my|the|a|an|it|they|he|she)\b)(?=(\w+))",
                  lambda m: " and " if _second_verb(news[:m.start()], m.group(1)) else "; ",
                  news, flags=re.IGNORECASE) if news else news
    r.update.news = phrase(news, request, they=False)
    r.update.credit = phrase(r.update.credit, request)
    r.decisions = [decision(phrase(d, request) or d) for d in r.decisions]
    _restore_case(r, known)
    return Understood(r, heard, told, languages)


def _second_verb(before: str, word: str) -> bool:
    """Whether a word after "&" is a second verb of the same plan ("gonna do a research yr at
    Penn & reapply"): the clause before holds a verb after "to"/"will"/"gonna", and the word is
    no past form, gerund or noun's plural."""
    return bool(re.search(r"\b(?:to|will|gonna|['’]ll|going\s+to)\s+[a-z]+\b[^;,.!?]*$", before,
                          re.IGNORECASE)) and word.islower() and not is_past(word) and \
        not word.endswith(("ing", "s"))


def _other_languages(r: DraftRequest) -> Told:
    """An update's fields with their clauses of another language dealt with before any English
    shorthand is read in them ("ya" is Spanish there, not "you"): each retold in place, or set
    aside (update_language.py); what became of them, for the notice and the draft."""
    out = Told("", [], [], [])
    for obj, field_name in ((r.update, "news"), (r.update, "credit"),
                            (r.meeting, "next_step"), (r, "ask")):
        value = getattr(obj, field_name)
        if value:
            t = update_language.told(value)
            setattr(obj, field_name, t.text or None)
            out.left.extend(t.left)
            out.own.extend(t.own)
            out.retold.extend(t.retold)
    return out


def _untagged(request: DraftRequest) -> DraftRequest:
    """The fields of an introduction, follow-up, note or agenda without the hashtags of a post
    (`words.unhashtagged`): a closing run dropped, a tag inside a phrase read as its words."""
    if request.kind in ("update", "linkedin_rewrite") or "#" not in str(request.model_dump()):
        return request
    r = request.model_copy(deep=True)
    m = r.meeting
    m.topics = [unhashtagged(t) for t in m.topics]
    r.decisions = [unhashtagged(d) for d in r.decisions]
    r.sender.interests = [unhashtagged(i) for i in r.sender.interests]
    for obj, attr in ((m, "specific_detail"), (m, "next_step"), (m, "event"), (r, "ask"),
                      (r, "notes"), (r.contact, "their_work"), (r.sender, "goals")):
        value = getattr(obj, attr)
        if value:
            setattr(obj, attr, unhashtagged(value))
    return r


def _initials(request: DraftRequest) -> dict[str, str]:
    """The request's own hyphenated compounds by their initials ("consult-liaison" -> "cl"),
    from what it says of the two people and the event: a lowercase token typed as those
    initials elsewhere ("want to learn about cl psych fellowship") stands for the compound."""
    fields = (request.contact.title, request.contact.specialty, request.contact.institution,
              request.contact.their_work, request.sender.role, request.sender.program,
              request.meeting.event)
    found: dict[str, str] = {}
    for text in fields:
        for m in re.finditer(r"(?<![\w-])([A-Za-z]{3,})-([A-Za-z]{3,})(?![\w-])", text or ""):
            key = (m.group(1)[0] + m.group(2)[0]).lower()
            found.setdefault(key, m.group(0).lower() if m.group(0)[1:].islower() else m.group(0))
    return {k: v for k, v in found.items() if k not in COMMON_WORDS}


def _restore_case(r: DraftRequest, known: dict[str, str]) -> None:
    """Every free-text phrase with the request's own capitals (see `known_spellings`), and its
    own compounds for their initials (`_initials`)."""
    initials = _initials(r)
    if initials:
        pattern = re.compile(rf"(?<![\w/&'’-])({'|'.join(initials)})(?![\w/&'’-])")
        m = r.meeting
        m.topics = [pattern.sub(lambda x: initials[x.group(1)], t) for t in m.topics]
        r.decisions = [pattern.sub(lambda x: initials[x.group(1)], d) for d in r.decisions]
        for obj, attr in ((m, "specific_detail"), (m, "next_step"), (r, "ask"),
                          (r.sender, "goals")):
            value = getattr(obj, attr)
            if value:
                setattr(obj, attr, pattern.sub(lambda x: initials[x.group(1)], value))
    m = r.meeting
    m.topics = [casing.restore(t, known) for t in m.topics]
    r.decisions = [casing.restore(d, known) for d in r.decisions]
    for obj, attr in ((m, "specific_detail"), (m, "next_step"), (r, "ask"),
                      (r.update, "news"), (r.update, "credit"), (r.contact, "their_work"),
                      (r.sender, "goals")):
        value = getattr(obj, attr)
        if value:
            setattr(obj, attr, casing.restore(value, known))
