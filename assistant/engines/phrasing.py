"""Small grammar helpers the offline engine uses to weave the resident's own phrases into
sentences without changing what they say: names and greetings, articles, list joining, the
shape of a phrase (a full sentence, a verb phrase or a noun phrase), dates and word counts."""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from datetime import date

from assistant.checks.wordlist import COMMON_WORDS
from assistant.models import Contact, DraftRequest
from assistant.text.casing import US_STATES
from assistant.text.names import CREDENTIALS, HONORIFIC, person_name, surname_start
from assistant.text.words import article, initials

DOCTOR_TITLE = re.compile(
    r"\b(MD|M\.D\.|DO|D\.O\.|PhD|Ph\.D\.|MBBS|Dr\.?|doctor|professor|attending|physician|"
    r"hospitalist|surgeon|cardiologist|oncologist|endocrinologist|nephrologist|neurologist|"
    r"psychiatrist|pediatrician|radiologist|pathologist|anesthesiologist|intensivist|"
    r"gastroenterologist|pulmonologist|rheumatologist|dermatologist|internist|"
    r"program director|chief of|chair of|division chief|department chair|fellow)\b",
    re.IGNORECASE,
)
SENTENCE_OPENERS = {
    "i", "i'm", "i'll", "i've", "i'd", "we", "we'll", "we're", "we've", "you", "you're",
    "you've", "you'll", "you'd", "she", "he", "they", "it", "it's", "there", "this", "that",
}
I_FORMS = {"i", "i'm", "i'll", "i've", "i'd"}
COMMON_VERBS = {
    "send", "share", "meet", "email", "reach", "follow", "schedule", "set", "book", "call",
    "talk", "chat", "join", "review", "read", "look", "submit", "apply", "connect", "speak",
    "discuss", "introduce", "write", "draft", "finish", "complete", "update", "attend",
    "present", "shadow", "visit", "try", "start", "ask", "check", "get", "put", "bring", "find",
    "plan", "prepare", "circle", "touch", "sign", "register", "help", "give", "offer", "advise",
    "consider", "explore", "learn", "work", "come", "see", "let", "keep", "stay", "run", "take",
}
PAST_VERB_IRREGULAR = {
    "won", "got", "began", "wrote", "took", "gave", "made", "became", "led", "met", "passed",
    "ran", "sent", "built", "taught", "found", "chose", "joined", "matched", "finished",
}
NEWS_LEADS = {"was", "were", "have", "had", "will", "just", "recently", "finally", "am"}
# Present-tense verbs a resident writes about a contact ("leads the QI program"); after "you"
# they take their base form ("you lead the QI program").
THIRD_PERSON_PRESENT = {
    "leads", "co-leads", "runs", "directs", "co-directs", "studies", "researches", "chairs",
    "works", "teaches", "manages", "oversees", "heads", "focuses", "specializes", "specialises",
    "coordinates", "mentors", "trains", "builds", "develops", "designs", "writes", "publishes",
    "serves", "organizes", "organises", "hosts", "coaches", "supervises", "investigates",
    "explores", "advocates", "champions", "is", "has", "does", "founds", "edits", "practices",
    "treats", "cares", "sees", "codirects", "co-chairs", "helps", "creates", "launches",
}
PAST_PARTICIPLE_LEADS = {
    "founded", "co-founded", "built", "started", "led", "wrote", "published", "developed",
    "created", "designed", "launched", "ran", "established", "pioneered", "introduced",
}
# Words that name a place of work rather than a field: "a PGY-1 at Riverside Medical Center"
# but "a PGY-1 in Internal Medicine".
INSTITUTION_WORDS = re.compile(
    r"\b(hospital|medical cent(er|re)|cent(er|re)|university|college|school|clinic|institute|"
    r"health|healthcare|foundation|infirmary|kaiser|mayo|general|children's)\b", re.IGNORECASE)
FIELD_WORDS = re.compile(
    r"\b(medicine|surgery|pediatrics|paediatrics|psychiatry|neurology|radiology|pathology|"
    r"anesthesiology|anaesthesia|dermatology|ophthalmology|obstetrics|gynecology|urology|"
    r"orthopedics|orthopaedics|cardiology|oncology|nephrology|neurosurgery|otolaryngology|"
    r"family|emergency|internal|pharmacy|nursing|genetics|physiatry|rehabilitation)\b",
    re.IGNORECASE)


def pick(key: str, options: Sequence[str]) -> str:
    """A deterministic but request-dependent choice, so drafts vary without randomness."""
    return options[zlib.crc32(key.encode("utf-8")) % len(options)]


def clean(text: str | None) -> str:
    """Trim whitespace and trailing sentence punctuation from a user phrase."""
    if not text:
        return ""
    return re.sub(r"\s+", " ", text).strip().rstrip(".;:,").strip()


def first_word(text: str) -> str:
    match = re.match(r"[A-Za-z'’]+(?:-[A-Za-z]+)*", text.strip())  # "co-directs" is one word
    return match.group(0).lower().replace("’", "'") if match else ""


def is_sentence(text: str) -> bool:
    """A phrase that already has its own subject ("I'll send...", "You suggested...")."""
    return first_word(text) in SENTENCE_OPENERS


def is_verb_phrase(text: str) -> bool:
    return first_word(text) in COMMON_VERBS


def is_past_verb_phrase(text: str) -> bool:
    """'matched into cardiology', 'was selected as chief', 'just passed Step 2'."""
    word = first_word(text)
    return word in PAST_VERB_IRREGULAR or word in NEWS_LEADS or \
        (len(word) > 4 and word.endswith("ed"))


def _base_form(word: str) -> str:
    base = {"is": "are", "has": "have", "does": "do"}.get(word)
    if base is None:
        if word.endswith("ies"):
            base = word[:-3] + "y"
        elif re.search(r"(ch|sh|ss|x|z|us)es$", word):
            base = word[:-2]
        else:
            base = word[:-1]
    return base


def second_person(text: str) -> str:
    """'leads the QI program and directs the clinic' -> 'lead the QI program and direct the
    clinic', so it reads after "you" (a verb after "and" agrees too)."""
    word = first_word(text)
    if word not in THIRD_PERSON_PRESENT:
        return text
    rest = re.sub(r"\b(and|or|but) ([a-z-]+)\b",
                  lambda m: f"{m.group(1)} {_base_form(m.group(2))}"
                  if m.group(2) in THIRD_PERSON_PRESENT else m.group(0),
                  text.strip()[len(word):])
    return _base_form(word) + rest


def is_work_verb_phrase(text: str) -> bool:
    """A description of what the contact does ("leads ...", "founded ..."), not a topic."""
    word = first_word(text)
    return word in THIRD_PERSON_PRESENT or word in PAST_PARTICIPLE_LEADS


def soft_case(text: str) -> str:
    """Lower-case the first letter of a sentence-case phrase written as a list item
    ("Hospital at home" -> "hospital at home") when its first word is an ordinary word, so it
    reads inside a sentence; names and acronyms ("Stanford program", "QI", "SGIM") keep theirs."""
    text = clean(text)
    words = text.split(" ")
    first = words[0] if words else ""
    if not re.fullmatch(r"[A-Z][a-z]+(-[a-z]+)?", first):
        return text
    if len(words) < 2:  # one word: only a field of medicine ("Cardiology", "Cardio-oncology")
        field = re.search(r"(ology|iatry|iatrics|ics|medicine|surgery)$", first.lower())
        return first.lower() if field else text
    if any(re.search(r"[A-Z]", w) for w in words[1:]) or re.fullmatch(r"\d+[A-Za-z]?", words[1]):
        return text  # a name's words, or a numbered name ("Step 2 score", "Phase 3 trial")
    low = first.lower()
    if low in COMMON_WORDS or re.search(r"(ing|tion|sion|ment|ship|ity|ness|al|ics|ogy|ine|"
                                        r"ive|ies|ure|ance|ence)$", low):
        return low + text[len(first):]
    return text


def event_name(raw: str | None) -> str:
    """The event's name without a subtitle or the place it is held: 'SGIM 2026 Annual Meeting:
    Health Equity Across the Lifespan' -> 'SGIM 2026 Annual Meeting', 'ESC Congress 2026 in
    Munich, Germany' -> 'ESC Congress 2026' (the main title is enough in a sentence)."""
    event = clean(raw)
    head = re.split(r":\s+|\s+[–—-]\s+", event, maxsplit=1)[0].strip()
    event = head if len(head.split()) >= 2 and head != event else event
    return _HELD_IN.sub(r"\1", event)


# The one table of event nouns. A gathering named for an organisation or a subject ("ACP
# Internal Medicine Meeting", "Conference on HIV Science"); what may end an event's name and head
# its short form; and what else reads as an event after "at" and so takes "the" ("the journal
# club", "the noon lecture").
GATHERINGS = ("meeting", "conference", "congress", "summit", "symposium", "assembly",
              "convention", "forum", "workshop", "course")
EVENT_HEADS = ("scientific sessions", "annual meeting", *GATHERINGS, "retreat", "dinner",
               "reception")
EVENT_NOUNS = (*EVENT_HEADS, "session", "fair", "day", "week", "colloquium", "lecture",
               "seminar", "lunch", "luncheon", "breakfast", "mixer", "social", "gala",
               "open house", "club", "panel", "town hall", "happy hour", "party", "gathering",
               "meetup", "night", "event")


def alternation(nouns: Sequence[str]) -> str:
    """One regular-expression alternation of nouns, the longest first."""
    return "|".join(sorted(nouns, key=len, reverse=True))


# Where an event is held, after its head noun or its year: "... Congress 2026 in Munich,
# Germany", "... Annual Meeting, Boston MA", "... Conference at Big Sky Montana"
_HELD_IN = re.compile(rf"(\b(?i:{alternation(EVENT_NOUNS)}|sessions)|\b(?:19|20)\d\d)"
                      r"(?:\s*,\s*|\s+(?:in|at)\s+)[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3}$")


EVENT_HEAD = re.compile(rf"\b((?:{alternation(EVENT_HEADS)}))$", re.IGNORECASE)


# An organisation: "American Heart Association", "Society of Hospital Medicine" (`_organisation`)
BODY = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}(?:Association|Society|Academy|College|Federation|"
                  r"Congress)\b")
BODY_END = re.compile(r"[A-Z][a-z]*(?:ology|iatry|ics)|Medicine|Surgery|Physicians|Surgeons|"
                      r"Care|Health|Nursing|Oncology|[A-Z][a-z]+(?:ists|ians)")
# "<the event> of the <organisation>": "ANESTHESIOLOGY annual meeting of the American Society of
# Anesthesiologists", "Annual Meeting of the American Society of Hematology"
_OF_BODY = re.compile(
    rf"(.+?\b(?:{alternation(('annual meeting', *GATHERINGS, 'sessions'))}))\s+of\s+"
    r"(?:the\s+)?(.+)$", re.IGNORECASE)


def _organisation(prefix: str) -> str:
    """The organisation an event's name starts with: the body and, after "of"/"for", its words
    up to the last that ends one ("Society of Critical Care Medicine", "American College of
    Physicians" before "Internal Medicine Meeting"); '' when it does not start with one."""
    body = BODY.match(prefix)
    if not body:
        return ""
    words = prefix[body.end():].split()
    if len(words) < 2 or words[0] not in ("of", "for"):
        return body.group(0)
    end = 0
    for i, word in enumerate(words[1:], 1):
        if BODY_END.fullmatch(word):
            end = i
        elif word in ("of", "and", "for", "the") and not end:
            continue  # "Society of Teachers of Family Medicine"
        elif end or not word[:1].isupper():
            break
    return " ".join([body.group(0), *words[:end + 1]]) if end else body.group(0)


def short_event(raw: str | None) -> str:
    """A short form of the event for a note, or '' when it has none: no year or subtitle, the
    first of two events joined by '&', an organisation reduced to its acronym ('American Heart
    Association Scientific Sessions 2026' -> 'AHA Scientific Sessions', 'ACP internal medicine
    meeting' -> 'ACP meeting', 'Society of Hospital Medicine Converge 2026 Annual Conference'
    -> 'SHM Converge Conference')."""
    name = re.sub(r"\s*\b(19|20)\d\d\b", "", event_name(raw)).strip()
    first = re.match(r"(.+?)\s+(?:&|and)\s+[A-Z]", name)
    if first and EVENT_HEAD.search(first.group(1)):
        name = first.group(1)
    tail = _OF_BODY.match(name)
    if tail and len(tail.group(2).split()) >= 3 and _organisation(tail.group(2)) == tail.group(2):
        lead = tail.group(1)  # its own acronym or brand, or the organisation's acronym
        acronym = initials(tail.group(2))
        name = lead if re.search(r"\b[A-Z]{2,}\b", lead) else f"{acronym} {lead}"
        return name if name != event_name(raw) else ""
    head = EVENT_HEAD.search(name)
    if not head:
        return name if name != event_name(raw) else ""
    prefix = name[:head.start()].strip()
    words = prefix.split()
    org = _organisation(prefix)
    if words and re.fullmatch(r"[A-Z]{2,}", words[0]) and len(words) > 1:
        name = f"{words[0]} {head.group(1)}"
    elif len(org.split()) >= 3:
        acronym = initials(org)
        # what names the event after the organisation stays ("SCCM Critical Care Congress")
        brand = [w for w in prefix[len(org):].split()
                 if w[:1].isupper() and w.lower() not in ("annual", "scientific", "national")]
        name = " ".join([acronym, *brand, head.group(1)])
    return name if name != event_name(raw) else ""


def event_forms(raw: str | None) -> list[str]:
    """The names a message may call the event by: its main title, then its short form when it
    has one ('American Heart Association Scientific Sessions 2026', 'AHA Scientific
    Sessions'); none when the request names no event."""
    return [f for f in dict.fromkeys([event_name(raw), short_event(raw)]) if f]


def event_acronyms(raw: str | None) -> list[str]:
    """The acronyms `short_event` may write for an event (the invention detector's allowance)."""
    short = short_event(raw)
    return re.findall(r"\b[A-Z]{2,}\b", short) if short else []


def the_event(raw: str | None) -> str:
    """The event as it reads after "at": 'the SGIM Annual Meeting', 'SGIM 2026', 'the ACP
    Internal Medicine Meeting 2026'; a name the resident began with 'the' keeps it."""
    event = event_name(raw)
    generic = rf"\b({alternation(EVENT_NOUNS)})(\s+(19|20)\d\d)?$"
    lead = r"(the|a|an|our|my|your|this|last|next)\b"
    # "Kidney Week", "Wound Week": a week named with capitals is a name, and takes no article
    proper_week = re.fullmatch(r"(?:[A-Z][\w-]*\s+){1,3}Week(?:\s+(?:19|20)\d\d)?", event)
    if re.search(generic, event, re.IGNORECASE) and not re.match(lead, event, re.IGNORECASE) \
            and not proper_week:
        return f"the {event}"
    if re.match(r"(society|american college|association|college|academy|national)\b", event,
                re.IGNORECASE):
        return f"the {event}"
    # "International AIDS Society Conference on HIV Science": a conference named for its subject
    named_for = rf"\b(?i:{alternation(GATHERINGS)})\s+(?:on|of|for|in)\s+(?:the\s+)?[A-Z]"
    if re.search(named_for, event) and not re.match(lead, event, re.IGNORECASE):
        return f"the {event}"
    return event


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def decapitalize(text: str) -> str:
    """Lower-case the first letter of a pronoun opener ("You said" -> "you said"), never of
    "I" or a name."""
    word = first_word(text)
    if word and word not in I_FORMS and word in SENTENCE_OPENERS | {"your", "my", "our"}:
        return text[:1].lower() + text[1:]
    return text


def sentence(text: str) -> str:
    """Capitalise and end with a period unless the phrase already ends a sentence."""
    text = text.strip()
    if not text:
        return ""
    text = capitalize(text)
    return text if text[-1] in ".?!" else text + "."


def join_list(items: Sequence[str], conj: str = "and") -> str:
    items = [clean(i) for i in items if clean(i)]
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {conj} {items[1]}"
    return f"{', '.join(items[:-1])}, {conj} {items[-1]}"


def format_date(value: date) -> str:
    """'March 3' (the year only when it is not the current one would be added by callers)."""
    return f"{value.strftime('%B')} {value.day}"


# --- names -----------------------------------------------------------------------------------

def first_name(raw: str | None) -> str:
    name = person_name(raw)
    return name.split(" ")[0] if name else ""


def last_name(raw: str | None) -> str:
    name = person_name(raw)
    if not name:
        return ""
    parts = [p for p in name.split(" ") if not re.fullmatch(r"(Jr|Sr|II|III|IV)\.?", p)]
    return " ".join(parts[surname_start(parts):]) if parts else name


def is_doctor(contact: Contact) -> bool:
    """The contact's name or title says they hold a doctorate (Dr., MD, Professor, attending...)."""
    if contact.name and (HONORIFIC.match(contact.name) or CREDENTIALS.search(contact.name)):
        return True
    return bool(contact.title and DOCTOR_TITLE.search(contact.title))


def has_dr_prefix(contact: Contact) -> bool:
    return bool(contact.name and re.match(r"^\s*(dr|doctor)\.?\s", contact.name, re.IGNORECASE))


def address_name(request: DraftRequest) -> str:
    """How the contact is addressed: 'Dr. Lee', a peer's first name, or the full name."""
    contact = request.contact
    if not person_name(contact.name):
        return ""
    peer = contact.relationship == "peer"
    if is_doctor(contact) and not (peer and not has_dr_prefix(contact)):
        return f"Dr. {last_name(contact.name)}"
    if peer:
        return first_name(contact.name)
    # A first name is for someone the resident knows (a mentor) or whose role is known and is
    # not a doctorate (a coordinator); a stranger of unknown standing gets the full name, which
    # is never presumptuous.
    familiar = contact.relationship == "mentor" or bool(contact.title)
    if request.tone != "formal" and familiar:
        return first_name(contact.name)
    return person_name(contact.name)


def greeting(request: DraftRequest) -> str:
    """The salutation line: 'Dear Dr. Lee,' for a doctor, a first name for a peer."""
    name = address_name(request)
    formal = request.tone == "formal"
    if not name:
        return "Dear colleague," if formal else "Hello,"
    if request.contact.relationship == "peer" and not formal and not name.startswith("Dr. "):
        return f"Hi {name},"
    return f"Dear {name},"


def within(part: str, whole: str) -> bool:
    """`part` appears in `whole` as whole words ("intern" is not in "Internal Medicine")."""
    return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", whole, re.IGNORECASE) is not None


def is_field(program: str) -> bool:
    """A program named by its field ("Internal Medicine") rather than a place ("Riverside",
    "Penn Medicine")."""
    head = re.sub(r"^the\s+", "", program.strip(), flags=re.IGNORECASE)
    return bool(FIELD_WORDS.match(head)) and not INSTITUTION_WORDS.search(program) and \
        not re.search(r"\b[A-Z]{3,}\b", program)


def place_of(program: str, role: str) -> str:
    """'Emory Internal Medicine' for a PGY-1 internal medicine resident -> 'Emory': the field
    the role already names is not said twice ("a PGY-1 internal medicine resident at Emory")."""
    words = program.split()
    # the field is a field word, or whatever name the role gives it ("Kessler PM&R" for a
    # PM&R resident)
    if len(words) < 2 or not (FIELD_WORDS.fullmatch(words[-1]) or words[-1].upper() == "OB/GYN"
                              or not words[-1].islower() and within(words[-1], role)):
        return program
    # the longest tail of the program's name the role says ("UTSW General Surgery" for a
    # general surgery resident -> "UTSW"; "Mass General Surgery" for a surgery resident ->
    # "Mass General")
    for k in range(1, len(words)):
        place, field = " ".join(words[:k]), " ".join(words[k:])
        if within(field, role):
            if FIELD_WORDS.match(place) or place in US_STATES:  # "at Utah" names no program
                return program
            return place
    return program


def sender_identity(request: DraftRequest) -> str:
    """'a PGY-1 resident in the Internal Medicine Residency at UCSF' from role and program."""
    role = clean(request.sender.role)
    program = clean(request.sender.program)
    # a role that names its place ("PGY-1 resident at Riverside") says it once with the program
    at = re.fullmatch(r"(.+) at (.+)", role) if role and program else None
    if at and (within(at.group(2), program) or within(program, at.group(2))):
        role, at = at.group(1), None
    if role and program:
        program = place_of(program, role)
        if within(role, program):
            return f"{article(program)} {program}"
        in_words = r"\b(program|residency|department|track)\b"
        if re.search(in_words, program, re.IGNORECASE):
            lead = "" if program.lower().startswith("the ") else "the "
            return f"{article(role)} {role} in {lead}{program}"
        if is_field(program):  # "a PGY-1 in Internal Medicine"
            return f"{article(role)} {role} in {program}"
        # "the University of Iowa": a name headed by a common noun and "of" takes "the"
        if re.match(r"(?:University|College|Institute|School|Hospital|Academy|Center|Centre)"
                    r"\s+of\b", program):
            program = f"the {program}"
        return f"{article(role)} {role}{', ' if at else ' at '}{program}"
    if role:
        return f"{article(role)} {role}"
    if program:
        return f"in {program}" if is_field(program) else f"with {program}"
    return ""
