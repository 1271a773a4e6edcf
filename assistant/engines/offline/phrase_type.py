"""What an ask or next step is (`classify`): a question, an instruction to ask ("ask if he
takes residents" -> the question itself), a clause, a verb phrase (and who acts), a gerund or a
noun phrase; and a clause put as the question it asks (`question_from_clause`).

The phrase classifier is rule-based over words: the official English pipelines of spaCy cannot
be installed from PyPI here, and on this corpus's fields (resident fragments of 2-15 words) the
rules decide every phrase type the realiser needs in well under a millisecond.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.engines import phrasing as ph
from assistant.engines.offline.person import third_to_second_verb
from assistant.text.patterns import lazy

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
WISH = lazy(r"(?:i\s+)?(?:would|'d|’d|i'd|i’d)\s+(?:really\s+)?(?:love|like|appreciate|"
                  r"welcome)\s+(?:to\s+)?|(?:i\s+am\s+|i'm\s+|i’m\s+)?hoping\s+(?:for|to)\s+|"
                  r"(?:i\s+am\s+|i'm\s+|i’m\s+|i\s+)?hop(?:ing|e)\s+(?:that\s+)?(?=you\s+(?:can|could|"
                  r"would|will|might|may|have|had|are)\b)|"
                  r"(?:i\s+)?(?:want|wanted|need)\s+to\s+|"
                  r"(?:i\s*['’]?m\s+|i\s+am\s+)?(?:totally\s+|so\s+)?down\s+to\s+(?=\w)",
                  re.IGNORECASE)


@dataclass
class Phrase:
    """A classified ask or next step: `kind` is question | ask_if | ask_wh | ask_about |
    ask_to | clause | verb | gerund | noun; `actor` is "me" or "you" for a verb phrase."""

    kind: str
    text: str
    actor: str = ""


# Closed classes decide a phrase's type whatever its open-class words: an object pronoun or a
# possessive right after the first word makes that word a verb ("pick your brain", "grab
# me a coffee"); a wh-word opens a question put to the reader; "to" opens an infinitive; an
# "-ing" word with no determiner before it is a gerund ("getting involved with ...")
OBJECTS = {"me", "you", "us", "him", "them", "my", "your", "our", "his", "their"}
WH_WORDS = {"what", "how", "why", "where", "when", "which", "who"}
# A time or condition put first and set off ("in the spring - do a research month", "by next
# fri, send the draft"): moved after what is asked, where a question carries it
LEADING_WHEN = lazy(r"^((?:in|by|after|before|during|over|next|this|early|late|around|"
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


# A hedge typed around what is asked ("maybe a zoom call in jan?", "review my statement if
# possible", "coffee next wed if ur free?"): the polite frame the realiser puts the ask in hedges
# it already, so the hedge is dropped before the phrase is read (a hedge left inside breaks the
# frame: "Could I maybe a Zoom call").
HEDGE_BEFORE = lazy(r"^(?:(?:maybe|perhaps|possibly|hopefully)\b,?|if\s+possible\b,?)\s*",
                          re.IGNORECASE)
HEDGE_AFTER = lazy(r",?\s+(?:if\s+possible|if\s+(?:you(?:['’]re|\s+are)|ur)\s+free|"
                         r"if\s+(?:that|it)\s+works)\s*(?=[?.!]*$)", re.IGNORECASE)


# a hedge after a joining word: "connect + maybe visit your clinic", "coffee, or perhaps a call"
HEDGE_INSIDE = lazy(r"(?<=\s)(?:maybe|perhaps|possibly)\s+(?=[a-z])", re.IGNORECASE)
# The resident's wondering in front of the question it is: "wondering if ...", "i'm curious
# whether ...", "not sure if ..." -> "if ...", "whether ..."
WONDER = lazy(r"^(?:i\s*(?:['’]m|\s+am|\s+was)\s+|i\s+)?(?:just\s+|really\s+)?(?:wondering|"
                    r"wonder|curious|not\s+sure|unsure)\s+(?=(?:if|whether)\s)", re.IGNORECASE)


def unhedged(text: str) -> str:
    """'maybe a zoom call sometime in jan?' -> 'a zoom call sometime in jan?' (`HEDGE_BEFORE`,
    `HEDGE_AFTER`, `HEDGE_INSIDE` after a joining word); what is left must still say
    something."""
    out = HEDGE_AFTER.sub("", HEDGE_BEFORE.sub("", text.strip()))
    out = re.sub(r"(\s(?:and|or|\+|&)\s+|,\s*)" + HEDGE_INSIDE.pattern, r"\1", out,
                 flags=re.IGNORECASE)
    return out if len(out.split()) >= 2 else text


# Irregular pasts beside the shared table's (`phrasing.PAST_VERB_IRREGULAR`)
PAST_IRREGULAR = ph.PAST_VERB_IRREGULAR | {
    "told", "taught", "built", "sent", "brought", "showed", "shown", "ran", "found", "kept",
    "put", "thought", "spoke", "said", "wrote", "gave", "led", "made", "took", "drew",
    "saw", "heard", "went", "came", "caught", "felt", "sat"}


def is_past(word: str) -> bool:
    """'built', 'gave', 'pushed': a verb in the past ('need', 'used' aside: 'need a letter',
    'used to')."""
    word = word.lower()
    return word in PAST_IRREGULAR or len(word) > 4 and word.endswith("ed") and \
        word not in ("need", "used", "based", "related", "advanced", "red")


# Verbs whose object is the thing itself ("gave the talk on dialysis", "built the sepsis
# alert"): of a detail typed with one and no subject, the thing alone is the detail; of any other
# verb ("walked the team through ...", "got a grant for ...") the object alone would misstate it
EFFECTED = {"gave", "presented", "led", "ran", "built", "wrote", "shared", "showed", "started",
            "launched", "designed", "created", "developed", "published", "made", "moderated",
            "hosted", "delivered", "founded", "chaired", "organized", "organised"}
# A verb in the past with no subject, then the noun phrase it acts on ("built an EHR sepsis
# alert", "gave the talk on dialysis"): who did it is not said
_PAST_THEN_NP = lazy(r"(?:just\s+)?([a-z]+)\s+(?=(?:the|a|an|this|that|these|your)\s+\w)",
                           re.IGNORECASE)
# "talked abt your switch to palliative care" as a topic: the conversation is the frame's already
_CONVERSED = lazy(r"^(?:we\s+)?(?:talked|chatted|spoke|discussed|talking|chatting)"
                        r"(?:\s+(?:about|abt|re:?|on|over))?\s+(?=\S)|"
                        # the resident's pleasure in it: "loved hearing about your work"
                        r"^(?:really\s+|so\s+)?(?:loved|enjoyed|liked|appreciated)\s+(?:hearing|"
                        r"learning|talking)\s+(?:about|abt|re:?)\s+(?=\S)", re.IGNORECASE)


def topic(text: str) -> str:
    """A topic as the noun phrase a sentence can hold ("our conversation about ..."): the
    conversation verb dropped ('talked about your switch' -> 'your switch'), and of a verb in
    the past with no subject only what it acts on ('built an EHR sepsis alert' -> 'an EHR
    sepsis alert'): who built it is not said, so the draft does not say it either."""
    out = _CONVERSED.sub("", text.strip())
    return object_of_past(out) or out


def object_of_past(text: str) -> str | None:
    """'gave the talk on dialysis' -> 'the talk on dialysis'; None when the phrase does not open
    with a verb in the past (an '-ed' word or an irregular past) before a noun phrase."""
    m = _PAST_THEN_NP.match(text)
    if not m:
        return None
    return text[m.end():] if is_past(m.group(1)) else None


def work_clauses(text: str) -> list[str]:
    """'directs the clinic, and has mentored 30 residents' -> ['directs the clinic', 'has
    mentored 30 residents']: the verb phrases of one description, for a frame that holds one."""
    return [c for c in re.split(r",\s*(?:and\s+)?(?=(?:has|have|is|was|[a-z]+s|[a-z]+ed)\b)|"
                                r";\s*", text) if c.strip()]


def classify(text: str) -> Phrase:
    """What an ask or next step is (see `Phrase`)."""
    t = unhedged(ph.clean(unbulleted(text)).strip())
    lead = LEADING_WHEN.match(t)
    if lead and len(lead.group(2).split()) >= 2:
        t = f"{lead.group(2).rstrip('?.! ')} {lead.group(1)}"
    if re.match(r"to\s+(?!(?:the|a|an|your|my|our|this|that)\b)[a-z]", t, re.IGNORECASE):
        t = t[3:].lstrip()  # "to learn more about the track": the infinitive's verb phrase
    # a courtesy condition in front ("if you're ok with it, shadow your rounds") is dropped:
    # the polite question asks it already
    t = re.sub(r"^(?:only\s+)?if\s+(?:you|you're|you’re|that's|it's|that is|it is)\b[^,]{0,40},"
               r"\s*(?=\S)", "", t, flags=re.IGNORECASE)
    t = WONDER.sub("", t)
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
                                   r"(you|i|we|there)\b", low):
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
    # who acts is read from the main clause: "circle back once my abstract is done" is the
    # resident's own step, whatever "my" a clause of time or condition holds
    main = _SUBORDINATE.split(low, maxsplit=1)[0]
    owned = _MY_WHEN.sub("", main)  # "try it on my next block": that "my" names no object
    if _GET_YOURS.match(low):  # "get your feedback on my poster": the resident asks for it
        return Phrase("verb", t, "permission")
    second = re.match(r"[a-z'’-]+\s+([\w'’]+)", low)
    known = word in ph.COMMON_VERBS or word in MY_ACTIONS or word in PERMISSION or \
        word in JOINING
    if second and (second.group(1) in OBJECTS or second.group(1) in ("a", "an", "the")) and \
            word not in ph.SENTENCE_OPENERS and word not in WH_WORDS and not known:
        # an open-class word with its object: a verb phrase, and the object decides who acts:
        # what is the reader's is the resident's to act on ("pick your brain", "do a month in
        # your lab"), what is the resident's the reader's ("read my draft"), except for a verb
        # of handing over, where the owner gives ("share your tips", "send you my CV")
        yours = bool(re.search(r"\byour\b", main))
        mine = bool(re.search(r"\bmy\b", owned)) or bool(re.search(r"\bme\b", main))
        if yours and not mine or not yours and not mine and second.group(1) in (
                "a", "an", "the", "you", "us"):
            return Phrase("verb", t, "permission" if yours else "me")
        return Phrase("verb", t, "you")
    particle = _PARTICLE.match(low)
    if particle and not known and word not in ph.SENTENCE_OPENERS and word not in WH_WORDS \
            and gerund_base(word) is None:
        # an open-class word and its particle is a verb ("ride along with the EMS fellows",
        # "go over my rank list", "decide together on a poster"); what is the resident's the
        # reader acts on, anything else is the resident's own act, asked as leave
        mine = bool(re.search(r"\b(?:my|me)\b", main))
        return Phrase("verb", t, "you" if mine else "permission")
    if particle and known and word not in PERMISSION and not re.search(r"\b(?:my|me|you|your)\b",
                                                                       main):
        # a verb of the resident's and its particle, no one else named ("sign up for the info
        # night", "read up on the trial"): the resident's own act
        return Phrase("verb", t, "me")
    if word in PERMISSION or word in JOINING and re.search(r"\b(?:with|on|in|for)\s+(?:you|your|"
                                                           r"the)\b", low):
        # "work on a case report with your team": joining the reader's work needs their leave
        return Phrase("verb", t, "permission")
    if word in ph.COMMON_VERBS or word in MY_ACTIONS or word in PERMISSION:
        # the reader named as object or owner ("read your paper and email you my thoughts")
        # makes it the resident's act, unless the resident is the one acted on ("introduce me
        # to your fellow")
        mine = word in MY_ACTIONS and not re.search(r"\bme\b", main) and (
            word in HANDING or not re.search(r"\bmy\b", owned)) or \
            bool(re.search(r"\byou(r)?\b", main)) and not re.search(r"\bme\b", main)
        if word in HANDING and re.match(r"\w+\s+(?:over\s+)?your\b", low):
            mine = False  # "share your rank list": the owner hands it over
        return Phrase("verb", _with_reader(t) if mine else t, "me" if mine else "you")
    return Phrase("noun", t)


# where a clause of time, condition or purpose begins (what it holds says nothing of who acts)
_SUBORDINATE = lazy(r"\s+(?:once|when|whenever|after|before|until|till|as soon as|if|"
                    r"since|because|so that|while)\s+")
# the resident getting what the reader gives: advice, feedback, thoughts, a look
_GET_YOURS = lazy(r"(?:get|have|hear|grab)\s+your\s+(?:[\w-]+\s+)?(?:feedback|advice|input|"
                  r"thoughts|take|opinion|perspective|insights?|eyes|read|suggestions|"
                  r"guidance|comments|edits)\b")


# an open-class word, then a particle of a phrasal verb; "over" only before what is gone over
# ("go over my rank list", not "coffee over the phone")
_PARTICLE = lazy(r"[a-z]+\s+(?:along|together|through|around|back|out|up|down|off|"
                       r"over(?=\s+(?:my|our|your|the|a|an|this|these|some)\s+(?!phone\b|zoom\b|"
                       r"video\b|coffee\b|lunch\b|email\b|text\b)))\b")


# Where and when the resident does something, holding their "my" ("on my next ICU block",
# "during my elective"): no object, so it says nothing of who acts
_MY_WHEN = lazy(r"\b(?:on|in|during|at|over|through|for|after|before)\s+my\s+(?:[\w-]+\s+){0,3}?"
                r"(?:block|rotation|elective|shift|service|month|week|rounds|clinic|call|day|"
                r"year|sub-internship|stretch)s?\b", re.IGNORECASE)


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
    base = {"has": "have", "does": "do"}.get(verb) or third_to_second_verb(verb)
    if not base:
        return None
    return f"Does {subject} {base}{rest}?"
