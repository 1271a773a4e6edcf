"""Facts from pasted notes, never instructions: what the contact does, and where the resident
heard them (the talk, session, panel, grand rounds, podcast, poster hall...) or read them (a
paper, an essay).

A note sentence is used only when it instructs nothing (the one table of instruction forms,
assistant/text/instructions.py), is not over-long, and has one of two shapes, read by its
subject and verb rather than by known wordings:

- the resident as subject (said or implied) with a verb of hearing or meeting and a place to
  hear someone ("heard her talk at grand rounds on CLABSI", "Saw his poster in the poster hall
  at AASLD", "We talked after his session on POCUS at the SHM workshop") -> the same sentence
  in the first person, the reader in the second ("I heard your talk at grand rounds on CLABSI.");
- the contact as subject: a work verb ("runs a violence intervention program", also after
  "is the trauma director at Henry Ford and ...", "is a hospitalist who ...", a role in
  apposition "- PD of the FM residency, does ...", "has been running ..."), a leading role ("is
  the POCUS director for the hospitalist group" -> "your role as the POCUS director ..."), their
  work as the subject ("Her research examines X", "Known for his work on X", a CV's "Research:
  X, Y" line), or a talk they gave with the
  resident present ("She moderated the panel on X at Y, where I was in the audience" -> "I was in
  the audience when you moderated the panel on X at Y.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.engines import phrasing as ph
from assistant.engines.offline.notes_voice import reader_voice
from assistant.models import DraftRequest
from assistant.text.instructions import is_instruction
from assistant.text.patterns import lazy
from assistant.text.sentences import split_sentences
from assistant.text.shorthand import expand

# Where one hears or meets a colleague: the noun that makes a sentence a "where heard" fact.
VENUE = lazy(
    r"\b(talks?|lectures?|sessions?|panels?|keynotes?|grand rounds|workshops?|podcasts?|"
    r"episodes?|posters?|poster hall|webinars?|meetings?|conferences?|congress|symposium|"
    r"plenary|presentations?|dinners?|receptions?|mixers?|retreats?|journal club|M&M|"
    r"seminars?|town halls?|lunch(?:eon)?s?|breakfasts?|rounds|summit|course|interviews?|"
    r"research days?|forums?|showcases?|retreats?|visiting professorships?|"
    r"papers?|articles?|op-eds?|essays?|editorials?|chapters?|books?|videos?|newsletters?)\b",
    re.IGNORECASE)
# The resident's verbs of hearing or meeting someone ("heard", "saw", "we talked after ...").
HEARD = lazy(
    r"(?:(?P<subj>I|we)\s+)?(?P<verb>heard|saw|listened to|watched|met|attended|caught|"
    r"talked|spoke|chatted|was in the audience|was at|was in the room for|went to|joined|"
    r"read)\b", re.IGNORECASE)
# A talk the contact gave: "She moderated the panel ...", "He gave the keynote ...".
GAVE = {"gave", "moderated", "presented", "chaired", "hosted", "delivered", "led", "ran",
        "spoke", "was"}
PRESENT = lazy(r",?\s*(?:where|when|which|and)\s+(?:I|we)\s+(?:was|were|attended|heard|"
                     r"saw)(?:\s+(?:in the audience|there|it))?\s*$", re.IGNORECASE)
LEADING_ROLE = lazy(r"\b(director|chair|head|chief|lead|founder|PD|coordinator|"
                          r"president|dean)\b", re.IGNORECASE)
MAX_WORDS = 40


@dataclass
class NoteFacts:
    """What the notes state: `work` (third person, as the contact's fields hold it) and `heard`
    (a first-person sentence; the reader still as the notes name them)."""

    work: str | None = None
    heard: str | None = None


def _sentences(text: str) -> list[str]:
    """The toolkit's sentences, split once more after a possessive ("at Children's. She ..."
    ends a sentence; the toolkit reads the lone "s." as an initial)."""
    out: list[str] = []
    # a pasted CV or profile: each line that opens with a capital is a sentence of its own;
    # a prose line wrapped mid-sentence (the next line in lower case) runs on
    text = re.sub(r"(?<![.!?:;,])[ \t]*\n\s*(?=[A-Z]|[-*•·]\s)", ". ", text)
    # a profile's or signature's fields set off by bars ("Name, MD | Director, X Center | UCSF"):
    # each field is a line of its own
    text = re.sub(r"\s+\|\s+", ". ", text)
    for sentence in split_sentences(text.replace("\n", " ")):
        out += re.split(r"(?<=['’]s\.)\s+(?=[A-Z])", sentence)
    return [s.strip().rstrip(".!") for s in out if s.strip()]


def _subject(request: DraftRequest) -> str:
    """The contact as a sentence subject: a pronoun or their name (with any title)."""
    last = ph.last_name(request.contact.name)
    return (rf"(?:(?:Dr|Prof|Professor)\.?\s+)?(?:[\w'’-]+\s+)?{re.escape(last)}|he|she"
            if last else r"he|she")


def _work(rest: str) -> str | None:
    """What the contact does, from a sentence's predicate: a work verb phrase, the one after
    a role ("is the director of X and runs Y" -> "runs Y"), or a leading role itself."""
    rest = re.sub(r"^['’]s\b", "is", re.sub(r"^[-–—:,]+\s*", "", rest))
    # "is also the rural track director", "is currently chief": the role, not the adverb
    rest = re.sub(r"^(is|was|has)\s+(?:also|still|currently|now|actually|really)\s+", r"\1 ",
                  rest)
    word = ph.first_word(rest)
    now = re.search(r"\s+and\s+(?:now\s+|currently\s+)?(is\s+.+)$", rest)
    if word in ("was", "has") and now:  # "was an IMG herself and now is the PD at Michigan"
        rest, word = now.group(1), "is"
    if word not in ("is", "was", "has") and not ph.is_work_verb_phrase(rest) and \
            LEADING_ROLE.search(rest.split(",")[0]):
        rest = "is " + rest  # "Dr. Aziz - PD of the FM residency, does ...": a role in apposition
        word = "is"
    if word == "is":
        # "is the director of X and runs Y", "is a hospitalist who runs Y"
        m = re.search(r"(?:\s+and|,|\s+who|\s+that)\s+([a-z-]+\b.*)$", rest)
        if m and ph.first_word(m.group(1)) not in ("is", "has", "was") and \
                ph.is_work_verb_phrase(m.group(1)):
            return m.group(1)
        # "is Professor of Medicine and Director of the Center": the leading role
        # "Professor of Medicine and Director of the Center": two roles; "director of the child
        # and adolescent psychiatry fellowship": one
        parts: list[str] = []
        for part in re.split(r"\s+and\s+", rest[3:]):
            if parts and not LEADING_ROLE.search(part):
                parts[-1] += f" and {part}"
            else:
                parts.append(part)
        roles = [r for r in parts if LEADING_ROLE.search(r)]
        return f"your role as {roles[-1]}" if roles else None
    if word == "has" and re.match(r"has\s+been\s+\w+ing\b", rest):
        return rest  # "has been running the consult service since 2019"
    if word in ("was", "has"):
        return None  # "has two kids", "was a resident here": not what they do
    return rest if ph.is_work_verb_phrase(rest) else None


# "Her research examines bias in evaluations" -> "her research on bias in evaluations"
_THEIR_WORK = lazy(
    r"((?:his|her|your)(?:\s+(?:own|recent|current|main))?\s+(?:research|work|lab|group|team|"
    r"program|clinic|papers|studies|writing))\s+(?:examines|studies|focuses on|looks at|"
    r"covers|cover|is on|are on|is about|explores|investigates|addresses|centers on)\s+(.+)$",
    re.IGNORECASE)
# "Known for his work on X", and a CV's label line "Research: X" / "Interests: X"
_KNOWN_FOR = lazy(r"(?:(?:he|she|[\w.]+\s+[\w'’-]+)\s+is\s+)?(?:best\s+|well\s+)?known "
                        r"for\s+((?:his|her|your)\s+(?:work|research)\s+(?:on|in)\s+.+)$",
                        re.IGNORECASE)
# "Her interests include concussion and female athlete health"
_INTERESTS = lazy(r"(?:his|her|your)\s+(?:clinical\s+|research\s+)?interests\s+(?:include|are|"
                        r"center on|focus on)\s+(.+)$", re.IGNORECASE)
_LABEL = lazy(r"(?:research|research interests|interests|clinical interests|focus|areas "
                    r"of interest)\s*:\s*(.+)$", re.IGNORECASE)


def _their_work(sentence: str) -> str | None:
    """What they do from a sentence about their work rather than about them (see above)."""
    about = _THEIR_WORK.match(sentence)
    if about:
        return f"{about.group(1)[:1].lower()}{about.group(1)[1:]} on {about.group(2)}"
    known = _KNOWN_FOR.match(sentence)
    if known:
        return known.group(1)
    interests = _INTERESTS.match(sentence)
    if interests:
        return f"your work on {interests.group(1)}"
    label = _LABEL.match(sentence)
    if label:
        topics = [t.strip() for t in label.group(1).split(",") if t.strip()]
        return f"your work on {ph.join_list(topics)}" if topics else None
    return None


def _resident_heard(sentence: str, contact: re.Pattern[str]) -> str | None:
    """'heard dr okonkwo on the X podcast' -> 'I heard dr okonkwo on the X podcast' (reader
    still third person; `parse.second_person` turns it). The sentence must name the contact
    ("heard the episode on my commute" says nothing about them)."""
    m = HEARD.match(sentence)
    if not m or not VENUE.search(sentence[m.end():]) or not contact.search(sentence):
        return None
    # one clause: what follows a comma ("..., talked for like 10 min") or "and she said ..." is
    # another fact, not where they were heard
    # another fact, and so is what follows a dash ("... on sepsis - amazing": a reaction)
    sentence = re.split(r"\s*(?:[;:,]|\s+[-–—]+\s+|\s(?:and|but|so)\s+(?=(?:I|we|he|she|they|"
                        r"it)\b))", sentence, maxsplit=1)[0]
    if m.group("subj"):
        return sentence[:1].upper() + sentence[1:]
    return f"I {sentence[:1].lower()}{sentence[1:]}"


# Their talk named with the contact's pronoun and where it was, and what stayed ("her talk at
# AASLD: "..."", "his keynote on sepsis"): the talk is theirs, as the notes say; whether the
# resident was there is not said, so the sentence does not say it either
_THEIR_TALK_NOTE = lazy(rf"(?:his|her)\s+(?P<talk>(?:[\w-]+\s+)?{VENUE.pattern}"
                              r"(?:\s+(?:at|on|about|during)\s+[^:\"“”]+?)?)\s*(?::\s*(?P<q>[\"“][^\"“”]{4,}"
                              r"[\"”]))?$", re.IGNORECASE)


def _their_talk(sentence: str) -> str | None:
    """'her talk at AASLD: "a team sport"' -> 'Your talk at AASLD has stayed with me: "a team
    sport".'"""
    m = _THEIR_TALK_NOTE.match(sentence.strip())
    if not m:
        return None
    talk = m.group("talk").strip()
    said = f': {m.group("q")}.' if m.group("q") else "."
    return f"Your {talk} has stayed with me{said}"


def _contact_gave(rest: str) -> str | None:
    """'moderated the panel on X at Y, where I was in the audience' -> 'I was in the audience
    when you moderated the panel on X at Y' (third-person verb kept; only with the resident
    there, said in the sentence)."""
    present = PRESENT.search(rest)
    # "at our noon conference", "for our residents": the resident's own program was the audience
    ours = re.search(r"\b(?:at|to|for)\s+our\b", rest, re.IGNORECASE)
    if not (present or ours) or ph.first_word(rest) not in GAVE or not VENUE.search(rest):
        return None
    talk = (rest[:present.start()] if present else rest).strip().rstrip(",")
    if ph.first_word(talk) == "was":
        talk = "were" + talk[3:]
    return f"I was in the audience when you {talk}"


# A profile's headline or a bio's bullet, a role with no verb: "Medical Director, Pediatric Sim
# Center", "- fellowship director at the Lakeside clinic", "Chief of Podiatry | Lakeside"
_HEADLINE = lazy(r"^(?:[-*•·]\s*)?((?:[\w&/-]+\s+){0,3}?(?:director|chair|chief|head|lead|"
                       r"founder|coordinator|president|dean))\s*(,|\||\bat\b|\bof\b|\bfor\b)"
                       r"\s*((?:the\s+)?[A-Z][\w&'’./-]*(?:\s+[\w&'’./-]+){0,5})$", re.IGNORECASE)
_UNIT = lazy(r"\b(center|centre|clinic|program|programme|lab|laboratory|service|unit|"
                   r"department|division|institute|network|committee|team|fellowship|track)$",
                   re.IGNORECASE)


def _headline_role(sentence: str) -> str | None:
    """'Medical Director, Pediatric Sim Center' -> 'your role as medical director of the
    Pediatric Sim Center'; None for a line that is no role with its unit."""
    m = _HEADLINE.match(sentence.strip())
    if not m or len(m.group(1).split()) > 4:
        return None
    title, unit = m.group(1).strip(), m.group(3).strip()
    linked = m.group(2).lower() if m.group(2).isalpha() else "of"  # ", " and "|" say "of"
    if not title.isupper():
        title = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in title.split())
    named = _UNIT.search(unit) or _UNIT.match(unit.split(" of ")[0])  # "Division of X"
    if named and not unit.lower().startswith("the "):
        unit = f"the {unit}"
    return f"your role as {title} {linked} {unit}"


# An email forwarded into the notes: who sent it, and whether it points the resident to the
# contact ("you should reach out to Dr. Dahl", "happy to connect you with her")
_FROM = lazy(r"^\s*>?\s*From:\s*([^<\n@]+?)\s*(?:<[^>\n]*>)?\s*$", re.MULTILINE)
_POINTS_TO = lazy(r"\b(?:reach out to|get in touch with|contact|write to|email|connect "
                        r"(?:you )?with|talk to|speak (?:to|with))\b", re.IGNORECASE)


def _referral(notes: str, request: DraftRequest) -> str | None:
    """'Jenna Walsh suggested I reach out to you.' when the notes hold an email from someone
    other than the contact that points the resident to the contact by name; else None."""
    sender = _FROM.search(notes)
    last = ph.last_name(request.contact.name)
    if not sender or not last:
        return None
    who = sender.group(1).strip().strip('"')
    if re.search(rf"(?<!\w){re.escape(last)}(?!\w)", who, re.IGNORECASE) or \
            not re.fullmatch(r"(?:(?:Dr|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}", who):
        return None
    body = notes[sender.end():]
    named = re.compile(rf"{_POINTS_TO.pattern}\s+(?:(?:Dr|Prof)\.?\s+)?(?:[\w'’-]+\s+)?"
                       rf"{re.escape(last)}\b", re.IGNORECASE)
    return f"{who} suggested I reach out to you." if named.search(body) else None


# Who sent the resident to the contact, in a sentence of the notes: "my research mentor Dr. Ames
# suggested I reach out", "heard about her from my clinic preceptor"
_WHO = r"(?:my|our)\s+(?:[\w-]+\s+){0,3}?[\w-]+(?:\s*,?\s+(?:Dr|Prof)\.?\s+[A-Z][\w'’-]+)?|" \
       r"(?:Dr|Prof)\.?\s+[A-Z][\w'’-]+"
_SENT_BY = lazy(rf"(?P<who>{_WHO})(?:\s*\((?P<aside>[^()]{{2,40}})\))?\s*,?\s+(?:suggested|"
                rf"recommended|told me to|encouraged me to|said I should|said to)\s+(?:that\s+)?"
                r"(?:I\s+)?(?:should\s+)?(?:reach out|contact|write|email|talk to|get in touch|"
                r"connect)\b")
_HEARD_FROM = lazy(rf"(?:I\s+)?heard\s+(?:about|of)\s+(?:her|him|them|you|(?:Dr|Prof)\.?\s+"
                         rf"[\w'’-]+)\s+from\s+(?P<who>{_WHO})\s*$", re.IGNORECASE)


def _sent_by(sentence: str, request: DraftRequest) -> str | None:
    """'My research mentor, Dr. Ames, suggested I reach out to you.' / 'I heard about you from
    my clinic preceptor.' for a sentence that says who sent the resident (never the contact)."""
    last = ph.last_name(request.contact.name)
    sent = _SENT_BY.match(sentence)
    heard = None if sent else _HEARD_FROM.match(sentence)
    m = sent or heard
    if not m or last and re.search(rf"(?<!\w){re.escape(last)}(?!\w)", m.group("who")):
        return None
    # "my research mentor Dr. Ames": the role, then the name set off by commas
    who = re.sub(r"^((?:my|our)\s.+?)\s*,?\s+((?:Dr|Prof)\.?\s+\S+)$", r"\1, \2,",
                 m.group("who").strip())
    aside = m.groupdict().get("aside")
    if aside and re.match(r"(?:my|our)\s", aside, re.IGNORECASE):
        who = f"{who.rstrip(',')}, {aside.strip()},"  # "Dr. Park (my PD)": the role set off
    if sent:
        return f"{who[:1].upper()}{who[1:]} suggested I reach out to you.".replace(",,", ",")
    return f"I heard about you from {who.rstrip(',')}."


def from_notes(notes: str | None, request: DraftRequest) -> NoteFacts:
    """The facts of pasted notes (see the module docstring); nothing from a sentence that
    instructs, and nothing when the contact has no name to tell them from anyone else."""
    facts = NoteFacts()
    if not notes or not request.contact.name:
        return facts
    notes = reader_voice(notes, request) or notes  # a pasted "About" in the reader's own "I"
    subject = re.compile(rf"({_subject(request)})(?:\s+|(?=['’]s\b))(.+)$", re.IGNORECASE)
    named = re.compile(rf"\b(?:{_subject(request)}|his|her|him)\b", re.IGNORECASE)
    role: str | None = None
    # "the AASLD thing": the meeting by its name
    notes = re.sub(r"\bthe\s+([A-Z][\w&-]*[A-Z][\w&-]*)\s+(?:thing|one)\b", r"\1", notes)
    for sentence in _sentences(expand(notes[:4000])):
        if is_instruction(sentence) or len(sentence.split()) > MAX_WORDS:
            continue
        m = subject.match(sentence)
        rest = m.group(2) if m else ""
        heard = _sent_by(sentence, request) or _their_talk(sentence) or \
            _resident_heard(sentence, named) or \
            (_contact_gave(rest) if rest else None)
        if heard and facts.heard is None:
            facts.heard = heard
            continue
        work = _their_work(sentence) or (_work(rest) if rest else None) or \
            _headline_role(sentence)
        if work and work.startswith("your role"):
            role = role or work
        elif work and facts.work is None:
            # "directs the elder life program there": there is the institution it names
            where = request.contact.institution
            facts.work = re.sub(r"\s+there$", f" at {where}" if where else "", work)
    facts.work = facts.work or role
    facts.heard = facts.heard or _referral(notes[:4000], request)
    return facts
