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

The phrase classifier is rule-based over words: the official English pipelines of spaCy cannot
be installed from PyPI here, and on this corpus's fields (resident fragments of 2-15 words) the
rules decide every phrase type the realiser needs in well under a millisecond.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.checks.wordlist import COMMON_WORDS
from assistant.engines import phrasing as ph
from assistant.engines.offline.notes import from_notes
from assistant.models import DraftRequest
from assistant.phi.vocab import is_common
from assistant.text import casing
from assistant.text.names import HONORIFIC, person_name
from assistant.text.shorthand import CASED, expand

ROLE_NOUNS = re.compile(
    r"\b(resident|intern|fellow|student|attending|physician|doctor|hospitalist|chief|faculty|"
    r"nurse|PA|NP|coordinator|director|researcher|scientist|graduate|applicant|MD|DO|"
    r"professor|instructor|surgeon|pharmacist|residents)\b", re.IGNORECASE)
SMALL_WORDS = {"of", "at", "in", "the", "and", "for", "on", "a", "an", "to", "with"}
ADVERBS = r"(?:also|still|often|usually|already|really|just|now|currently|even)"
_PRON_VERB = re.compile(rf"\b(he|she)(\s+{ADVERBS})?\s+((?:[a-z]+-)?[a-z]+(?:['’]t)?)(?![\w'’-])",
                        re.IGNORECASE)
_PRON_CONTRACTION = re.compile(r"\b(he|she)(['’])(s|d|ll)\b", re.IGNORECASE)
# "her" is the object when no noun of hers follows: a function word, an adverb, the end
_HER_OBJECT = re.compile(
    r"\bher\b(?=\s+(?:my|the|a|an|our|this|that|these|those|some|to|and|or|but|so|about|for|"
    r"in|on|at|by|with|from|after|before|during|since|until|when|while|because|as|if|"
    r"whether|know|out|up|back|over|into|briefly|recently|again|once|twice|there|here|today|"
    r"tomorrow|yesterday|earlier|later|soon|last|next|personally|online|virtually|in person|"
    r"what|how|why|where|who|which|posted|updated|informed)"
    r"\b|\s*[,.;:!?)]|\s*$)", re.IGNORECASE)
IRREGULAR = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't",
             "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't"}
NOT_VERBS = {"also", "always", "never", "probably", "will", "would", "could", "can", "should",
             "might", "may", "must", "did", "had", "said", "mentioned"}
# Verbs of what the resident does; with these a verb phrase is the resident's own action.
MY_ACTIONS = {"send", "email", "share", "bring", "forward", "submit", "write", "call", "text",
              "update", "follow", "circle", "reach", "touch", "check", "set", "schedule", "book",
              "finish", "complete", "draft", "prepare", "attach", "apply", "register", "plan",
              "try", "start", "get", "put", "keep", "message", "ping", "will", "present"}
# What the resident does only with the reader's leave: "Could I shadow in your clinic?"
PERMISSION = {"shadow", "visit", "join", "observe", "sit", "come", "rotate", "attend", "stop",
              "drop", "tag"}
# Verbs of joining in work; with the reader's team or project named, asked as leave to do it
JOINING = {"work", "help", "collaborate", "assist", "partner", "volunteer", "contribute",
           "scrub", "round", "train"}
CONTACT_VERBS = {"email", "call", "text", "message", "ping", "update", "write"}
# Verbs of handing something over: "send my CV" is the resident's act ("send me the slides" is
# the reader's); with any other verb, "my" makes the reader act ("look over my CV", "write my
# letter").
HANDING = {"send", "share", "forward", "submit", "bring", "attach", "email", "present", "post",
           "upload", "finish", "complete", "draft", "prepare", "update"}
# The resident's wish in front of what is asked: "would love 15 min to talk", "hoping for a
# call", "i'd love to shadow"; what follows is the ask itself.
WISH = re.compile(r"(?:i\s+)?(?:would|'d|’d|i'd|i’d)\s+(?:really\s+)?(?:love|like|appreciate|"
                  r"welcome)\s+(?:to\s+)?|(?:i\s+am\s+|i'm\s+|i’m\s+)?hoping\s+(?:for|to)\s+|"
                  r"(?:i\s+)?(?:want|wanted|need)\s+to\s+", re.IGNORECASE)


@dataclass
class Phrase:
    """A classified ask or next step: `kind` is question | ask_if | ask_wh | ask_about |
    ask_to | clause | verb | gerund | noun; `actor` is "me" or "you" for a verb phrase."""

    kind: str
    text: str
    actor: str = ""


@dataclass
class Understood:
    """The normalised request, where the resident heard the contact (a finished sentence, from
    the notes), and what the notice says was taken from the notes."""

    request: DraftRequest
    heard: str | None = None
    # (how the notice names it, the fact as the draft states it) for each fact from the notes
    from_notes: list[tuple[str, str]] = field(default_factory=list)


def _third_to_second_verb(word: str) -> str | None:
    if "-" in word:  # "co-leads" -> "co-lead"
        head, _, tail = word.rpartition("-")
        base = _third_to_second_verb(tail)
        return f"{head}-{base}" if base else None
    low = word.lower()
    if low in IRREGULAR:
        return IRREGULAR[low]
    if low in NOT_VERBS or len(low) < 3 or not low.endswith("s") or low.endswith("ss"):
        return None
    if low.endswith("ies"):
        return low[:-3] + "y"
    if re.search(r"(ch|sh|x|z|ss|us)es$", low) or low in ("goes", "does"):
        return low[:-2]
    return low[:-1]


def _name_verb(word: str) -> str:
    """The word after the reader's name, in the second person when it is a verb in the third
    ("has" -> "have", "takes" -> "take"); any other word ("this week") as it is."""
    base = _third_to_second_verb(word)
    known = word.lower() in IRREGULAR or word.lower() in ph.THIRD_PERSON_PRESENT or \
        base in ph.COMMON_VERBS
    return base if base and known else word


def second_person(text: str, request: DraftRequest) -> str:
    """The reader in the second person: pronouns, the reader's own name, and agreement."""
    if not text:
        return text
    out = text
    contact = request.contact.name or ""
    last = ph.last_name(contact)
    if last:
        names = [re.escape(n) for n in {person_name(contact), last} if n]
        title = r"(?:(?:Dr|Doctor|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?"
        who = rf"{title}(?:{'|'.join(names)})"
        out = re.sub(rf"(?<!\w){who}['’]s(?!\w)", "your", out, flags=re.IGNORECASE)
        # the reader's name as a subject takes the verb's second person ("if Dr. Weiss has
        # time" -> "if you have time")
        out = re.sub(rf"(?<!\w){who}(?!\w)(\s+{ADVERBS})?(?:\s+((?:[a-z]+-)?[a-z]+(?:['’]t)?)"
                     r"(?![\w'’-]))?", lambda m: "you" + (m.group(1) or "") + (
                         f" {_name_verb(m.group(2))}" if m.group(2) else ""), out,
                     flags=re.IGNORECASE)

    def contraction(m: re.Match[str]) -> str:
        tail = {"s": "re", "d": "d", "ll": "ll"}[m.group(3).lower()]
        return f"you{m.group(2)}{tail}"

    out = _PRON_CONTRACTION.sub(contraction, out)

    def verb(m: re.Match[str]) -> str:
        base = _third_to_second_verb(m.group(3))
        return f"you{m.group(2) or ''} {base or m.group(3)}"

    out = _PRON_VERB.sub(verb, out)
    out = re.sub(r"\b(he|she)\b", "you", out, flags=re.IGNORECASE)
    out = re.sub(r"\b(himself|herself)\b", "yourself", out, flags=re.IGNORECASE)
    out = re.sub(r"\bhers\b", "yours", out, flags=re.IGNORECASE)
    out = _HER_OBJECT.sub("you", out)
    # the one doing what a gerund with an object says: "her pushing me to apply"
    out = re.sub(r"\b(her|him)\s+(?=[a-z]+ing\s+(?:me|us)\b)", "you ", out, flags=re.IGNORECASE)
    # after a verb of giving or contacting, "her" is the one given to: "text her dates"
    out = re.sub(r"\b(send|text|email|give|show|tell|bring|forward|ping|call|message|owe|"
                 r"thank|update|remind|teach|offer)\s+her\b", r"\1 you", out,
                 flags=re.IGNORECASE)
    # after a verb of perceiving, "her" is the one seen doing something: "saw her speak" (a
    # verb that is also a noun, "her talk", stays hers)
    out = re.sub(r"\b(saw|see|seen|heard|hear|watched|watch|caught|catch)\s+her\s+(?=(?:speak|"
                 r"present|teach|moderate|give|lead|run|precept|operate)(?:ing)?\b)",
                 r"\1 you ", out, flags=re.IGNORECASE)
    out = re.sub(r"\b(his|her)\b", "your", out, flags=re.IGNORECASE)
    out = re.sub(r"\bhim\b", "you", out, flags=re.IGNORECASE)
    out = re.sub(r"\byou (pushing|helping|encouraging|telling|showing|letting)\b",
                 r"you \1", out)
    # "your" at the start of a sentence keeps its capital
    return re.sub(r"(^|[.!?]\s+)(you|your)\b", lambda m: m.group(1) + m.group(2).capitalize()
                  if m.group(1) else m.group(2), out)


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


def event(text: str | None) -> str | None:
    """An event name typed all in lowercase: a short token that is no English word reads as
    its acronym, and a name with one takes a name's capitals ('sgim regional mtg' -> 'SGIM
    Regional Meeting'); one without stays as typed ('grand rounds', 'research day': a kind of
    event, not a name). Any other spelling is the resident's; shorthand is written out."""
    if not text or not text.strip():
        return text
    out = expand(ph.clean(text))
    if not text.islower():
        return out
    words = out.split(" ")
    short = [w.islower() and (casing.acronym(w) and w not in COMMON_WORDS or
                              len(w) <= 4 and w.isalpha() and not is_common(w)) for w in words]
    if not any(short):
        return out
    return " ".join(w.upper() if acr else w if w in SMALL_WORDS or not w.islower() else
                    w[:1].upper() + w[1:] for w, acr in zip(words, short, strict=True))


def role(text: str | None) -> str | None:
    """'pgy2 fm' -> 'PGY-2 family medicine resident'; 'intern, EM' -> 'emergency medicine
    intern'; a role with its noun is only written out."""
    if not text or not text.strip():
        return text
    out = expand(ph.clean(text))
    m = re.fullmatch(r"([^,]+),\s*([^,]+)", out)
    if m and ROLE_NOUNS.search(m.group(1)) and not ROLE_NOUNS.search(m.group(2)):
        out = f"{m.group(2)} {m.group(1)}"  # "intern, emergency medicine"
    out, place = _trailing_place(out)
    # "chief resident internal medicine": a field after the role's noun goes before it
    after = re.fullmatch(r"((?:chief\s+)?(?:resident|intern|fellow))\s+"
                         r"(?!(?:in|at|of|for|on|with|and)\b)((?:[a-z/&-]+\s*){1,3})",
                         out, re.IGNORECASE)
    if after and ph.FIELD_WORDS.search(after.group(2)) and not ROLE_NOUNS.search(after.group(2)):
        out = f"{after.group(2).strip()} {after.group(1)}"
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
    needs_noun = re.search(r"\bPGY-\d\b", out) and not bare_year or ph.FIELD_WORDS.search(out)
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
    out = pattern.sub(lambda m: words[m.group(0)], text)
    if out == text:
        return text
    out = re.sub(r"\s{2,}", " ", out)
    return re.sub(r"\s+([,.;:!?])", r"\1", out).strip(" ,;")


def phrase(text: str | None, request: DraftRequest) -> str | None:
    """A free-text phrase about the meeting or the reader, written out in the second person."""
    if not text or not text.strip():
        return text
    out = second_person(plain_register(expand(text.strip(), dates=True)), request)
    # "passed boards!! + starting my chief year": one phrase of two outcomes, no shouting inside
    out = re.sub(r"\s+[+&]\s+", " and ", re.sub(r"!+(?=\s*(?:[+&]\s|and\b))", "", out))
    out = re.sub(r"(?<![\w'’.-])i(?=['’](?:m|d|ll|ve)\b|(?![\w.'’-]))", "I", out)  # "cases i saw"
    return re.sub(r"\s*!{2,}\s*$", "", out)


def decision(text: str) -> str:
    """A decision as an agenda item names it: 'should I do a research year' -> 'whether to do
    a research year', a trailing question mark dropped ('global health elective in 2027?')."""
    out = re.sub(r"^(?:should|do|can|could|would)\s+I\s+", "whether to ", text.strip(),
                 flags=re.IGNORECASE)
    # "is a wound fellowship worth it?" -> "whether a wound fellowship is worth it": the verb
    # goes back after its subject, which ends where what is said of it begins
    asked = re.match(r"(is|are)\s+((?:\S+\s+){0,4}?\S+)\s+((?:worth|too|really|necessary|"
                     r"needed|enough|realistic|feasible|possible|ok|okay|better|wise|smart|"
                     r"right|useful|helpful|required|a good|the right|\w+able|\w+ible)\b.*)$",
                     out.rstrip("?").rstrip(), re.IGNORECASE)
    if asked:
        out = f"whether {asked.group(2)} {asked.group(1).lower()} {asked.group(3)}"
    return out.rstrip("?").rstrip()


# Closed classes decide a phrase's type whatever its open-class words: an object pronoun or a
# possessive right after the first word makes that word a verb ("pick your brain", "grab
# me a coffee"); a wh-word opens a question put to the reader; "to" opens an infinitive; an
# "-ing" word with no determiner before it is a gerund ("getting involved with ...")
OBJECTS = {"me", "you", "us", "him", "them", "my", "your", "our", "his", "their"}
WH_WORDS = {"what", "how", "why", "where", "when", "which", "who"}
# A time or condition put first and set off ("in the spring - do a research month", "by next
# fri, send the draft"): moved after what is asked, where a question carries it
LEADING_WHEN = re.compile(r"^((?:in|by|after|before|during|over|next|this|early|late|around|"
                           r"sometime|once)\b[^,:;–—-]{0,40}?)\s*(?:,|:|\s[-–—]+)\s*(\S.*)$",
                           re.IGNORECASE)
# Nouns spelled like a gerund: a phrase opening with one is a noun phrase
ING_NOUNS = {"morning", "evening", "meeting", "training", "funding", "building", "wedding",
             "spring", "string", "thing", "something", "nothing", "anything", "everything",
             "reading", "writing", "housing", "timing", "briefing", "warning", "ceiling",
             "sibling", "painting"}


def gerund_base(word: str) -> str | None:
    """'getting' -> 'get', 'shadowing' -> 'shadow', 'sharing' -> 'share'; None for a word that
    is no gerund (`ING_NOUNS`, or too short: "bring", "sing")."""
    if not word.endswith("ing") or len(word) < 6 or word in ING_NOUNS:
        return None
    stem = word[:-3]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]  # getting, stopping
    return stem


def unbulleted(text: str) -> str:
    """'- connect\n- ask about X' -> 'connect and ask about X': a list typed as bullets is one
    phrase of its items."""
    items = [re.sub(r"^\s*(?:[-*•·]|\d+[.)])\s+", "", line).strip(" ;,")
             for line in re.split(r"\n+|\s+•\s+", text) if line.strip(" -*•·")]
    return " and ".join(i for i in items if i) if len(items) > 1 else \
        re.sub(r"^\s*(?:[-*•·])\s+", "", text)


def classify(text: str) -> Phrase:
    """What an ask or next step is (see `Phrase`)."""
    t = ph.clean(unbulleted(text)).strip()
    lead = LEADING_WHEN.match(t)
    if lead and len(lead.group(2).split()) >= 2:
        t = f"{lead.group(2).rstrip('?.! ')} {lead.group(1)}"
    if re.match(r"to\s+(?!(?:the|a|an|your|my|our|this|that)\b)[a-z]", t, re.IGNORECASE):
        t = t[3:].lstrip()  # "to learn more about the track": the infinitive's verb phrase
    # a courtesy condition in front ("if you're ok with it, shadow your rounds") is dropped:
    # the polite question asks it already
    t = re.sub(r"^(?:only\s+)?if\s+(?:you|you're|you’re|that's|it's|that is|it is)\b[^,]{0,40},"
               r"\s*(?=\S)", "", t, flags=re.IGNORECASE)
    wish = WISH.match(t)
    if wish and len(t) > wish.end():
        t = t[wish.end():]
    low = t.lower()
    chance = re.match(r"(?:is\s+there\s+)?(?:any|some)\s+chance\s+(?:that\s+)?(?=\w+\s+\w)", t,
                      re.IGNORECASE)
    if chance:  # "any chance you have room in February?": the question itself
        return Phrase("ask_if", t[chance.end():].rstrip("?"))
    if t.endswith("?") and not re.match(r"(?:do|does|did|would|could|can|will|is|are|was|were|"
                                        r"may|might|should|shall|have|has|any|what|how|why|"
                                        r"where|when|which|who|whom|whose|free|available|"
                                        r"around|ok|okay|open|up|interested|you|i|we)\b",
                                        low):
        # a fragment with a question mark ("coffee next month?") is read as its phrase
        return classify(t.rstrip("?").rstrip())
    if t.endswith("?") or re.match(r"(do|does|did|would|could|can|will|is|are|may|might)\s+"
                                   r"(you|i|we)\b", low):
        return Phrase("question", t.rstrip("?"))
    m = re.match(r"(?:ask|see|check|find out|hear|know|learn)(?:\s+you)?\s+(if|whether)\s+(.+)$",
                 t, re.IGNORECASE)
    if m or re.match(r"(if|whether)\s+\w", low):  # "whether the course takes residents"
        rest = m.group(2) if m else t.split(" ", 1)[1]
        return Phrase("ask_if", rest)
    m = re.match(r"ask(?:\s+you)?\s+((?:what|how|why|where|when|which|who)\s+.+)$", t,
                 re.IGNORECASE)
    if m:  # "ask her what she thinks of my plan" -> "Could you tell me what you think ...?"
        return Phrase("ask_wh", m.group(1))
    if ph.first_word(t) in WH_WORDS and len(t.split()) >= 3:  # "how you balance clinic ..."
        return Phrase("ask_wh", t)
    m = re.match(r"ask(?:\s+you)?\s+(?:about|re)\s+(.+)$", t, re.IGNORECASE)
    if m:
        return Phrase("ask_about", m.group(1))
    m = re.match(r"ask(?:\s+you)?\s+to\s+(.+)$", t, re.IGNORECASE)
    if m:
        return Phrase("ask_to", m.group(1))
    m = re.match(r"ask(?:\s+you)?\s+for\s+(.+)$", t, re.IGNORECASE)
    if m:
        return Phrase("noun", m.group(1))
    if ph.is_sentence(t) and not low.startswith("you "):
        return Phrase("clause", t)
    if low.startswith("you "):
        return Phrase("clause", t)
    m = re.match(r"(?:will|'ll|i'll)\s+(.+)$", t, re.IGNORECASE)
    if m:
        return Phrase("verb", _with_reader(m.group(1)), "me")
    word = ph.first_word(t)
    base = gerund_base(word)
    if base and not re.match(r"\w+\s+(?:of|is|are|was)\b", t):
        # a gerund names an activity of the resident's ("getting involved with the committee",
        # "sending over my protocol"): kept as typed, except what needs the reader's leave
        # ("shadowing in your clinic" -> "Could I shadow in your clinic?")
        for verb in (base, base + "e"):
            if verb in PERMISSION:
                return Phrase("verb", verb + t[len(word):], "permission")
        return Phrase("gerund", t)
    second = re.match(r"[a-z'’-]+\s+([\w'’]+)", low)
    known = word in ph.COMMON_VERBS or word in MY_ACTIONS or word in PERMISSION or \
        word in JOINING
    if second and (second.group(1) in OBJECTS or second.group(1) in ("a", "an", "the")) and \
            word not in ph.SENTENCE_OPENERS and word not in WH_WORDS and not known:
        # an open-class word with its object: a verb phrase, and the object decides who acts:
        # what is the reader's is the resident's to act on ("pick your brain", "do a month in
        # your lab"), what is the resident's the reader's ("read my draft"), except for a verb
        # of handing over, where the owner gives ("share your tips", "send you my CV")
        yours = bool(re.search(r"\byour\b", low))
        mine = bool(re.search(r"\bmy\b", low)) or bool(re.search(r"\bme\b", low))
        if yours and not mine or not yours and not mine and second.group(1) in (
                "a", "an", "the", "you", "us"):
            return Phrase("verb", t, "permission" if yours else "me")
        return Phrase("verb", t, "you")
    if word in PERMISSION or word in JOINING and re.search(r"\b(?:with|on|in|for)\s+(?:you|your|"
                                                           r"the)\b", low):
        # "work on a case report with your team": joining the reader's work needs their leave
        return Phrase("verb", t, "permission")
    if word in ph.COMMON_VERBS or word in MY_ACTIONS or word in PERMISSION:
        # the reader named as object or owner ("read your paper and email you my thoughts")
        # makes it the resident's act, unless the resident is the one acted on ("introduce me
        # to your fellow")
        mine = word in MY_ACTIONS and not re.search(r"\bme\b", low) and (
            word in HANDING or not re.search(r"\bmy\b", low)) or \
            bool(re.search(r"\byou(r)?\b", low)) and not re.search(r"\bme\b", low)
        if word in HANDING and re.match(r"\w+\s+(?:over\s+)?your\b", low):
            mine = False  # "share your rank list": the owner hands it over
        return Phrase("verb", _with_reader(t) if mine else t, "me" if mine else "you")
    return Phrase("noun", t)


def _with_reader(vp: str) -> str:
    """'email in February' -> 'email you in February': a message needs its reader; 'schedule
    next check-in' -> 'schedule our next check-in'."""
    vp = re.sub(r"^((?:schedule|set up|book|plan|arrange)\s+)(next\s+(?:check-in|meeting|call|"
                r"chat)s?)\b", r"\1our \2", vp, flags=re.IGNORECASE)
    m = re.match(r"(\w+)\s+(?=(in|on|by|about|next|after|before|this|when|once|soon)\b)", vp)
    if m and m.group(1).lower() in CONTACT_VERBS:
        return f"{m.group(1)} you {vp[m.end():]}"
    # "send my poster on AKI" -> "send you my poster on AKI" (not "send the link to the team")
    m = re.match(r"(send|forward)\s+(?=(?:my|our|the|a|an|some)\s)", vp, re.IGNORECASE)
    if m and not re.search(r"\b(?:to|you|me)\b", vp[m.end():], re.IGNORECASE):
        return f"{m.group(1)} you {vp[m.end():]}"
    return vp


def question_from_clause(clause: str) -> str:
    """'you take residents on your registry' -> 'Do you take residents on your registry?'."""
    c = ph.clean(clause)
    mine = re.match(r"(I|we)\s+(could|can|may|might)\s+(.+)$", c, re.IGNORECASE)
    if mine:  # "ask if i could join the project" -> "Could I join the project?"
        return f"Could {'I' if mine.group(1) in 'Ii' else 'we'} {mine.group(3)}?"
    m = re.match(r"you(?:['’](d|re|ll)|\s+(would|could|can|will|are|were|have|had|might|may|"
                 r"should|did|do))?\s+(.*)$", c, re.IGNORECASE)
    if not m:
        return _third_person_question(c) or f"Could you let me know whether {c}?"
    aux = (m.group(1) or m.group(2) or "").lower()
    aux = {"d": "would", "re": "are", "ll": "will"}.get(aux, aux)
    rest = m.group(3)
    if re.match(r"(?:not|never|\w+n['’]t)\b", rest):  # "you don't take residents yet"
        return f"Could you let me know whether {c}?"
    if aux == "have" and not re.match(r"(been|had|done|seen|got|gotten)\b", rest):
        return f"Do you have {rest}?"
    if aux:
        return f"{aux.capitalize()} you {rest}?"
    if re.match(r"[a-z]+ed\b", rest):
        return f"Could you let me know whether {c}?"
    return f"Do you {rest}?"


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


def _third_person_question(clause: str) -> str | None:
    """'your fellowship takes applicants ...' -> 'Does your fellowship take applicants ...?',
    'the clinic has room' -> 'Does the clinic have room?', 'your team is hiring' -> 'Is your
    team hiring?'; None when the clause does not open with a short subject and its verb."""
    m = re.match(r"((?:your|the|this|that|our)\s+[\w-]+)\s+([a-z]+)\b(.*)$", clause)
    if not m:
        return None
    subject, verb, rest = m.groups()
    if verb in ("is", "was"):
        return f"{verb.capitalize()} {subject}{rest}?"
    base = {"has": "have", "does": "do"}.get(verb) or _third_to_second_verb(verb)
    if not base:
        return None
    return f"Does {subject} {base}{rest}?"


# Who told the resident about the reader's work, in front of what they did ("his colleague said
# she built ...", "I heard that he runs ...", "read that she leads ...")
_REPORT = re.compile(r"(?:(?:i|we)\s+)?(?:heard|read|learned|saw)\s+(?:that\s+)?(?=you\b)|"
                     r"(?:my|your|a|the|one)\s+(?:[\w-]+\s+){1,2}?(?:said|says|told me|tells me|"
                     r"mentioned)\s+(?:that\s+)?(?=you\b)", re.IGNORECASE)


def reported(work: str | None) -> str | None:
    """The reader's work without the report of it: 'your colleague said you built the consult
    service' -> 'you built the consult service' (what the sentence is about; who said it is
    the resident's, not a fact for the reader)."""
    m = _REPORT.match(work) if work else None
    return work[m.end():] if m else work


def unshouted(request: DraftRequest) -> DraftRequest:
    """The request with every field typed in capitals given ordinary capitals
    (`casing.unshout`): a name, a program, an institution or an event takes a name's capitals,
    any other phrase a sentence's, and a token that reads as letters stays ("REVIEW MY ERAS
    APPLICATION" -> "review my ERAS application", "DR. KEVIN O'MALLEY" -> "Dr. Kevin
    O'Malley"). A field not typed in capitals is the resident's spelling."""
    r = request.model_copy(deep=True)

    def text(value: str | None) -> str | None:
        return casing.unshout(value, is_common, CASED) if value else value

    def title(value: str | None) -> str | None:
        return casing.unshout(value, COMMON_WORDS.__contains__, CASED, title=True) \
            if value else value

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


def items(values: list[str]) -> list[str]:
    """A list field's items with any list typed inside one of them split out ("- IR vs DR\n-
    research time" is two decisions) and bullet markers dropped ("• limb salvage")."""
    out: list[str] = []
    for value in values:
        parts = [re.sub(r"^\s*(?:[-*•·]|\d+[.)])\s+", "", line).strip()
                 for line in re.split(r"\n+|\s+•\s+", value)]
        out += [p for p in parts if p.strip(" -*•·")]
    return out


def calm(text: str | None) -> str | None:
    """A field without the excitement typed into it ("ATS 2027!!", "a week!!!"): a name or a
    fact, not a tone."""
    return re.sub(r"\s*!{2,}|!+(?=\s*$)", "", text).strip() if text else text


def understand(request: DraftRequest) -> Understood:
    """The request as the realiser reads it (see the module docstring)."""
    request = unshouted(request)
    m = request.meeting
    m.topics, request.decisions = items(m.topics), items(request.decisions)
    m.event, request.contact.their_work = calm(m.event), calm(request.contact.their_work)
    known = known_spellings(request)
    r = request.model_copy(deep=True)
    told: list[tuple[str, str]] = []
    r.sender.name = name(r.sender.name)
    r.sender.role = role(r.sender.role)
    r.sender.program = program(r.sender.program, known)
    r.sender.interests = [expand(i) for i in r.sender.interests]
    r.sender.goals = phrase(r.sender.goals, request)
    r.contact.title = expand(r.contact.title) if r.contact.title else r.contact.title
    r.contact.specialty = expand(r.contact.specialty) if r.contact.specialty else None
    work = r.contact.their_work
    facts = from_notes(r.notes, request)
    heard = None
    if facts.heard:
        heard = ph.sentence(second_person(facts.heard, request))
        told.append((f"where you heard them ({facts.heard})", heard))
    r.contact.their_work = reported(phrase(work if work and work.strip() else facts.work,
                                           request))
    if not (work and work.strip()) and facts.work:
        told.append((f"what they do ({facts.work})", r.contact.their_work or facts.work))
    m = r.meeting
    m.event = event(m.event)
    m.topics = [phrase(t, request) or t for t in m.topics]
    m.specific_detail = phrase(m.specific_detail, request)
    m.next_step = phrase(m.next_step, request)
    r.ask = phrase(r.ask, request)
    # news joined by "+" or "&" is several outcomes ("passed boards!! + starting as chief")
    # (a second outcome without its own subject shares the "I" of the first)
    news = re.sub(r"!*\s+[+&]\s+(?!(?:i|we|our|my|the|a|an|it|they|he|she)\b)", "; ",
                  r.update.news, flags=re.IGNORECASE) if r.update.news else r.update.news
    r.update.news = phrase(news, request)
    r.update.credit = phrase(r.update.credit, request)
    r.decisions = [decision(phrase(d, request) or d) for d in r.decisions]
    _restore_case(r, known)
    return Understood(r, heard, told)


def _restore_case(r: DraftRequest, known: dict[str, str]) -> None:
    """Every free-text phrase with the request's own capitals (see `known_spellings`)."""
    m = r.meeting
    m.topics = [casing.restore(t, known) for t in m.topics]
    r.decisions = [casing.restore(d, known) for d in r.decisions]
    for obj, attr in ((m, "specific_detail"), (m, "next_step"), (r, "ask"),
                      (r.update, "news"), (r.update, "credit"), (r.contact, "their_work"),
                      (r.sender, "goals")):
        value = getattr(obj, attr)
        if value:
            setattr(obj, attr, casing.restore(value, known))
