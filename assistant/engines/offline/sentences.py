"""The offline engine's shared sentences: each turns one of the resident's own phrases into a
sentence without changing what it says (an ask into a polite question, a next step into a
commitment only when the resident wrote it; the update's news and credit are update.py's)."""

from __future__ import annotations

import re

from assistant.checks.functions import mentor_request
from assistant.engines import phrasing as ph
from assistant.engines.offline.context import Ctx
from assistant.engines.offline.details import OFFER, OFFER_GERUND, detail_sentence, reaction
from assistant.engines.offline.field_split import reads_whole, split_asks
from assistant.engines.offline.phrase_type import (
    HANDING,
    LEADING_WHEN,
    WISH,
    Phrase,
    classify,
    gerund_base,
    question_from_clause,
    unbulleted,
    unhedged,
)
from assistant.engines.offline.work import (
    BARE_UNIT,
    _be,
    admire_sentence,
    their_work_sentence,
    work_short,
)
from assistant.text.patterns import lazy
from assistant.text.sentences import split_sentences

__all__ = ["BARE_UNIT", "admire_sentence", "detail_sentence", "their_work_sentence",
           "work_short"]  # their modules' own (details, work), imported here by the kinds

ADVICE_NOUNS = {
    "advice", "guidance", "feedback", "help", "input", "thoughts", "suggestions", "perspective",
    "insight", "insights", "encouragement", "support", "mentorship", "recommendation", "tip",
    "comments", "edits", "take", "opinion", "opinions", "view", "views", "tips", "wisdom",
}

# What two people do together: asked as "Could we ...?"
TOGETHER = {"meet", "chat", "talk", "catch", "grab", "connect", "speak"}
# Verbs that are no noun, so a phrase opening with one asks the reader to act ("be senior
# author on the paper", "serve as a reference"), never "open to be ..."
BARE_VERBS = {"be", "become", "serve", "act", "remain", "stay", "consider", "sponsor"}
BEFORE_HINT = lazy(
    rf"\b(during|at) (the|this|your) "
    rf"({ph.alternation((*ph.GATHERINGS, 'session', 'retreat'))})\b|"
    r"\bwhile (you are|you're|we are|we're) (at|there)\b|\bwhile there\b", re.IGNORECASE)


def days_since_meeting(ctx: Ctx) -> int | None:
    when = ctx.request.meeting.date
    return (ctx.request.effective_today - when).days if when else None


def event_timing(ctx: Ctx) -> str | None:
    """Whether the resident writes "before", "during" or "after" the event, or None when the
    request does not say. The date decides; without one, a detail from the event means it
    happened, and an ask for time "during the meeting" means it has not."""
    days = days_since_meeting(ctx)
    r = ctx.request
    if days is not None and days != 0:
        return "after" if days > 0 else "before"
    ahead = bool(r.ask and (BEFORE_HINT.search(r.ask) or re.search(
        r"\bbefore the end\b", r.ask, re.IGNORECASE) or (
        r.meeting.event and ph.clean(r.meeting.event).lower() in r.ask.lower())))
    if days == 0:  # the day of the event: "during", unless the request shows it is over
        return "during" if ahead or not (r.meeting.specific_detail or r.meeting.topics) \
            else "after"
    if ahead:
        return "before"
    if r.meeting.specific_detail or r.meeting.topics:
        return "after"
    return None


def when_phrase(ctx: Ctx) -> str:
    """' on May 6' (nothing on the day itself: the event is today)."""
    when = ctx.request.meeting.date
    return f" on {ph.format_date(when)}" if when and days_since_meeting(ctx) != 0 else ""


def at_event(ctx: Ctx) -> str:
    return f" at {ctx.event}" if ctx.event else ""


def _to_reader(ctx: Ctx, p: Phrase) -> str | None:
    """The sentence for a phrase that is put to the reader (a question, an instruction to ask,
    a clause about them, or a verb phrase); None for a noun phrase."""
    if p.kind == "question":  # "can you read my statement?" asks as politely as "could"
        return re.sub(r"^Can (you|I|we)\b", r"Could \1", ph.capitalize(p.text)) + "?"
    if p.kind == "ask_if":  # "ask if she can write my letter" -> "Could you write ...?"
        # "take me on the registry" is room on a project, not mentorship ("take me on")
        asked = re.sub(r"\btake me on (?=(?:the|your|a|an)\s)", "have room for me on ",
                       question_from_clause(p.text))
        return re.sub(r"^Can you\b", "Could you", asked)
    if p.kind == "ask_wh":
        return f"Could you tell me {embedded(p.text)}?"
    if p.kind == "ask_about":
        return f"Could you tell me more about {p.text}?"
    if p.kind == "ask_to":
        return f"Would you be willing to {p.text}?"
    if p.kind == "verb" and p.actor == "permission":
        who = "we" if re.search(r"\btogether\b", p.text) else "I"  # "decide together on"
        return f"Could {who} {p.text}?"
    if p.kind == "verb" and p.actor == "you":
        return f"Would you be willing to {p.text}?"
    return None


# a question asked inside another keeps a statement's order: "which lab would you recommend"
# -> "which lab you would recommend", "what do you think" -> "what you think"
_INVERTED = lazy(r"((?:what|which|how|why|where|when|who|whom)(?:\s+[\w-]+){0,3}?)\s+"
                       r"(would|could|should|can|will|do|does|did|are|is)\s+(you|I|we)\b",
                       re.IGNORECASE)


def embedded(question: str) -> str:
    """A wh-question as the object of "tell me" (see `_INVERTED`)."""
    def order(m: re.Match[str]) -> str:
        aux = m.group(2).lower()
        return f"{m.group(1)} {m.group(3)}" + ("" if aux in ("do", "does", "did") else f" {aux}")
    return _INVERTED.sub(order, question, count=1)


_AND_ASK = lazy(r"(?:\s+(?:and|\+|&)|,|;|\s+[-–—])\s+(?=(?:ask|see|check|find\s+out)\s+"
                r"(?:about|for|if|whether|you|what|how)\b)", re.IGNORECASE)
# a statement, then a short question after a comma ("visiting Boise in Feb, lunch?"): the
# statement said, the question asked
_THEN_SHORT_QUESTION = lazy(r"(?P<said>.+?\S)\s*,\s*(?P<asked>(?:maybe\s+)?[\w'’-]+(?:\s+[\w'’-]+)"
                            r"{0,2})\s*\?$")


# "be a mentor for my QI project", "mentor me on my research": asked as advice on the one thing
_MENTOR_FOR = lazy(r"(?:(?:be|become|serve as)\s+(?:a|my)\s+mentor|mentor\s+me)\s+"
                         r"(?:for|on|with|in)\s+(?!(?:the\s+|this\s+|a\s+|one\s+)?(?:next|"
                         r"coming|rest|few|year|month|week|while)\b)(.+)$", re.IGNORECASE)
# "be my research mentor", typed anywhere in an ask or step ("ask if she'd be my research
# mentor"): the guide's way is advice on the one thing the qualifier names
_MENTOR_OF = lazy(r"\b(?:be|become|serve as)\s+(?:a|my|our)\s+((?:[\w-]+\s+){1,2})mentor"
                        r"(?:\s+(?:for|to)\s+me)?\s*[?.!]*$", re.IGNORECASE)
# "interested in your sickle cell clinic, could i visit one afternoon": a statement, then the
# question after a comma; each is realised as what it is
_THEN_QUESTION = lazy(r",\s*(?=(?:could|can|would|may|might|do|does|is\s+there|any\s+"
                            r"chance)\s+(?:i|we|you|there)?\b)", re.IGNORECASE)
# what a statement before the question says of the resident ("interested in ...")
_STANCE = lazy(r"(?:i\s+am\s+|i['’]m\s+|im\s+)?((?:very\s+|really\s+|so\s+)?(?:interested|"
                     r"curious|keen)\s+(?:in|about|on)\s+\S.*)$", re.IGNORECASE)


# the same statement after what is asked ("connect, interested in the admin track")
_THEN_STANCE = lazy(r",\s*(?=(?:i\s+am\s+|i['’]m\s+|im\s+)?(?:very\s+|really\s+|so\s+)?"
                          r"(?:interested|curious|keen)\s+(?:in|about|on)\s+\S)", re.IGNORECASE)


# a question (or questions) about something, as the ask itself
_QUESTION_ABOUT = lazy(r"(?:(a|one|two|some|a\s+few|few)\s+)?(?:quick\s+|brief\s+|short\s+)?"
                       r"(questions?)\s+(?:about|on|regarding|re:?)\s+(.+)$", re.IGNORECASE)


# the resident's wish to learn after what is asked ("connect, want to learn about X")
_THEN_WISH = lazy(r"\s*[,;:-]\s*(?=(?:i\s+)?(?:want(?:ing)?|hoping|would\s+love|['’]d\s+love|"
                  r"keen)\s+to\s+(?:learn|hear|know|understand|explore|talk|chat|ask)\b)",
                  re.IGNORECASE)


# a fragment that only says how or where ("over coffee", "by phone", "in person")
_MANNER = lazy(r"(?:over|by|via|on|in|at|during|after|before)\s+\S+(?:\s+\S+){0,3}[?.!]*$",
                     re.IGNORECASE)


def mentor_advice(text: str) -> str | None:
    """'ask if you'd be my research mentor' -> 'I am looking for a research mentor. Could I ask
    your advice on my research plans?' ("plans": the qualifier may be an adjective, "clinical");
    None when the text asks for no mentor."""
    m = _MENTOR_OF.search(text)
    if not m:
        return None
    # what the resident looks for is kept as a fact; the ask is the small one
    area = m.group(1).strip()
    return f"I am looking for a {area} mentor. Could I ask your advice on my {area} plans?"
# "connect and learn about X": the learning is the resident's, not the reader's act
_AND_LEARN = lazy(r"\s+(?:and|\+|&)\s+(?=(?:learn|hear)\s+(?:more\s+)?(?:about|from)\b)",
                        re.IGNORECASE)


def ask_sentence(ctx: Ctx, ask: str) -> str:
    """Turn the resident's ask into one polite question to the reader, never a promise to ask
    someone later, without changing what is asked ("connect and ask about X": two asks;
    "connect and learn about X": one, with what the resident hopes to learn). An ask the
    mentor_ask check would read as asking a new contact to be a mentor, in any wording ("take
    me under your wing", "mentor me through fellowship apps"), is asked the guide's way: advice
    on one thing (`small_ask`)."""
    said = _ask_sentence(ctx, ask)
    r = ctx.request  # whom the mentor_ask check reads it for: a new contact, or any in a note
    new = r.contact.relationship in (None, "new", "met_once") or \
        r.effective_channel == "linkedin_note"
    if new and any(mentor_request(s) for s in split_sentences(said)):
        return small_ask(ctx, said)
    return said


# what a mentoring ask is about: "mentor me through fellowship applications", "a mentor for
# my QI project", "guide me on my research"
_MENTOR_ON = lazy(r"\b(?:mentor(?:ing|ship)?|guide|wing)\b(?:\s+me)?\s+(?:through|on|for|with|"
                  r"in|during)\s+(?!(?:the\s+|this\s+|a\s+|one\s+)?(?:next|coming|rest|few|"
                  r"year|month|week|while)\b)(?P<topic>[^?.!]{3,80})", re.IGNORECASE)


def small_ask(ctx: Ctx, said: str) -> str:
    """'Would you mentor me through fellowship applications?' -> 'Could I ask your advice on
    fellowship applications?': the topic the ask names, else the resident's first decision or
    topic; with none, the advice is on the next step the resident is weighing."""
    m = _MENTOR_ON.search(said)
    r = ctx.request
    topic = m.group("topic").strip() if m else next(
        (ph.clean(t) for t in [*r.decisions, *r.meeting.topics] if ph.clean(t)), None)
    # what the resident looks for stays a fact, said of themself
    looking = "I am looking for a mentor. " if re.search(r"\bmentor", said, re.IGNORECASE) \
        else ""
    if topic:
        return f"{looking}Could I ask your advice on {ph.decapitalize(topic)}?"
    return f"{looking}Could I ask your advice on the next step in my training?"


def _ask_sentence(ctx: Ctx, ask: str) -> str:
    ask = unbulleted(ask)  # "- connect\n- ask about X": the items of one ask
    asks = split_asks(ask)
    if len(asks) == 2:  # "a call, also would love feedback on my CV": both asked, in turn,
        both = f"{ask_sentence(ctx, asks[0])} {ask_sentence(ctx, asks[1])}"
        if reads_whole(both):  # when each reads as a sentence; else the ask as one
            return both
    parts = _AND_ASK.split(ph.clean(ask.strip()), maxsplit=1)
    if len(parts) == 2 and parts[0].strip():
        return f"{ask_sentence(ctx, parts[0])} {ask_sentence(ctx, parts[1])}"
    parts = _AND_LEARN.split(ph.clean(ask.strip()), maxsplit=1)
    if len(parts) == 2 and ph.first_word(parts[0]) in TOGETHER:
        return f"Could we {parts[0].strip()} so I can {parts[1].rstrip('.?!')}?"
    text = ph.clean(ask.strip())
    asked, _, after = text.partition("? ")
    if after.strip():
        # "thoughts on X as a career? maybe over coffee": the question, then what follows it:
        # an ask of its own, or only the manner of the first ("over coffee"), left out rather
        # than made into a sentence it cannot be
        rest = unhedged(after.strip())
        first = ask_sentence(ctx, asked + "?")
        return first if _MANNER.match(rest) else f"{first} {ask_sentence(ctx, rest)}"
    parts = _THEN_QUESTION.split(text, maxsplit=1)
    stance = _STANCE.match(parts[0]) if len(parts) == 2 else None
    if stance and len(parts[1].split()) >= 3:
        lead = ctx.c("I'm", "I am")
        return f"{lead} {stance.group(1).rstrip(' ,.')}. {ask_sentence(ctx, parts[1])}"
    parts = _THEN_WISH.split(text, maxsplit=1)
    if len(parts) == 2 and parts[0].strip() and len(parts[1].split()) >= 3:
        # "connect, want to learn about the C-L fellowship": why, as the resident's wish, then
        # the ask as typed
        wish = re.sub(r"^(?:i\s+)?(?:want(?:ing)?|would\s+love|['’]d\s+love|keen)\s+to\s+",
                      "", parts[1], flags=re.IGNORECASE)
        hoping = re.match(r"(?:i\s+)?hoping\s+to\s+(.+)$", wish, re.IGNORECASE)
        lead = ctx.c("I'm", "I am")
        reason = f"{lead} hoping to {hoping.group(1)}" if hoping else \
            f"I would like to {wish}"
        return f"{ph.sentence(reason.rstrip(' ,.'))} {ask_sentence(ctx, parts[0])}"
    said = [p for p in re.split(r"(?<=[!.])\s+(?=\S)", text) if p.strip(" !.")]
    if len(said) > 1 and any(_PERCEIVED.match(p.strip(" !.")) for p in said):
        # "connect!! saw his post on the IV course": where they were seen, said as the
        # resident's; the rest asked
        plain = [p.strip(" !.") for p in said]
        seen = [ph.sentence("I " + p) for p in plain if _PERCEIVED.match(p)]
        return " ".join([*seen, *(ask_sentence(ctx, p) for p in plain
                                  if not _PERCEIVED.match(p))])
    if len(said) > 1 and any(reaction(p.strip(" !.")) for p in said):
        # "connect!! loved your thread on HFpEF": the reaction said, the ask asked
        felt = [reaction(p.strip(" !.")) for p in said]
        return " ".join([*(f for f in felt if f),
                         *(ask_sentence(ctx, p.strip(" !.")) for p, f in zip(said, felt,
                                                                             strict=True)
                           if not f)])
    parts = _THEN_STANCE.split(text, maxsplit=1)
    if len(parts) == 2 and parts[0].strip() and _STANCE.match(parts[1]):
        # "connect, interested in the leadership track": the ask, then why; the reason is said
        # first, as the resident's, and the ask is asked as typed
        lead = ctx.c("I'm", "I am")
        reason = _STANCE.match(parts[1]).group(1).rstrip(" ,.")  # type: ignore[union-attr]
        return f"{lead} {reason}. {ask_sentence(ctx, parts[0])}"
    if ctx.rel != "mentor" and mentor_advice(text):  # a mentor already is one: asked as typed
        return mentor_advice(text) or ""
    mentor = _MENTOR_FOR.match(re.sub(r"^ask\s+(?:you\s+)?(?:to\s+)?", "", text, flags=re.I))
    if mentor:  # the guide's way to ask for mentorship: advice on one thing
        return f"Could I ask your advice on {mentor.group(1).rstrip('.?!')}?"
    p = classify(ask)
    if p.kind == "verb" and ph.first_word(p.text) in TOGETHER - {"connect"}:
        return f"Could we {p.text}?"  # "meet up at AAAP to talk about ...": the two of them
    intro = _INTRO_TO.match(p.text)
    if intro:  # "an introduction to your fellow": the reader introduces
        return f"Could you introduce me to {intro.group(1).rstrip('.?!')}?"
    learn = re.match(r"(?:learn|hear)\s+(?:more\s+)?about\s+(.+)$", p.text, re.IGNORECASE)
    if learn:  # what the resident wants to learn is the reader's to tell
        return f"Could you tell me more about {learn.group(1).rstrip('.?!')}?"
    direct = _to_reader(ctx, p)
    if direct:
        return direct
    if p.kind == "gerund":  # an activity of the resident's: advice on it is what is asked
        return ctx.c(f"I'd be grateful for your advice on {p.text}.",
                     f"I would be grateful for your advice on {p.text}.")
    if p.kind == "clause":
        if ph.first_word(p.text) == "you":  # "hoping you can share ..." asks the clause
            return question_from_clause(text if ph.first_word(text) == "you" else p.text)
        return ph.sentence(text)
    if p.kind == "verb" and ph.first_word(p.text) in TOGETHER:
        return f"Could we {p.text}?"  # "Could we meet for 10 minutes at your poster?"
    if p.kind == "verb":  # the resident's own action, asked as leave to do it
        return f"Could I {p.text}?"
    text = p.text
    question = _QUESTION_ABOUT.match(text)
    if question:  # "question about letters": asked as one ("Could I ask you ... about ...?")
        many = question.group(2).lower().endswith("s")
        return f"Could I ask you {'a few questions' if many else 'a question'} about " \
               f"{question.group(3).rstrip('.?!')}?"
    if re.match(r"^(\d+(?:[-–]\d+)?|a few|five|ten|fifteen|twenty|thirty|half an?) +(minutes?|"
                r"min|hours?)\b", text, re.IGNORECASE):
        return f"Would you have {text}?"  # "Would you have 15 minutes for coffee?"
    if re.match(r"^(\d+(?:[-–]\d+)?|five|ten|fifteen|twenty|thirty)[- ](minute|hour)\b", text,
                re.IGNORECASE):
        return f"Would you have time for a {text}?"  # "... for a 15-minute Zoom?"
    if re.match(r"(quick|brief|short|virtual|informal|phone|video)\s+\w", text, re.IGNORECASE):
        text = f"{ph.article(text)} {text}"  # "quick Zoom when you have time"
    if re.match(r"^(a|an|one)\b", text, re.IGNORECASE) and not re.search(r"\btime\b", text):
        return f"Would you have time for {text}?"  # "... time for a quick call?"
    if ph.first_word(text) in ADVICE_NOUNS:
        text = f"your {text}"
    if re.match(r"(?:any|some|a little|a bit of)\s+(\w+)", text, re.IGNORECASE) and \
            re.match(r"\S+\s+(\w+)", text).group(1).lower() in ADVICE_NOUNS:
        return ctx.c(f"I'd be grateful for {text}.", f"I would be grateful for {text}.")
    if re.match(r"your\s+(\w+)", text, re.IGNORECASE) and \
            text.split()[1].lower() in ADVICE_NOUNS:  # "your advice on X", typed or made
        return ctx.c(f"I'd be grateful for {ph.decapitalize(text)}.",
                     f"I would be grateful for {ph.decapitalize(text)}.")
    if ph.first_word(text) in BARE_VERBS:  # "be senior author": the reader's act, as a verb
        return f"Would you be willing to {text}?"
    if ph.first_word(text) in TOGETHER:  # "grab lunch when you're back?": both of us
        return f"Could we {text}?"
    if re.match(r"[a-z]+(?:tion|sion|ment|ral|er|or)\s+(?:to|for|with|from|on)\b", text):
        text = f"{ph.article(text)} {text}"  # "introduction to your NP": a thing, with its article
    if re.match(r"[a-z]+\s+of\b", text) and not re.match(r"(?:some|any|all|most|one)\b", text):
        # "letter of support for my grant": a thing asked for, with its article
        return ctx.c(f"I'd be grateful for {ph.article(text)} {text}.",
                     f"I would be grateful for {ph.article(text)} {text}.")
    if re.match(r"your\s+\w", text, re.IGNORECASE):
        # the reader's own thing ("your honest take on my plan"): asked for, never "open to"
        return ctx.c(f"I'd be grateful for {ph.decapitalize(text)}.",
                     f"I would be grateful for {ph.decapitalize(text)}.")
    if _BARE_COUNT.fullmatch(text):  # "rural rotation in Ely": one of its kind, with "a"
        text = f"{ph.article(text)} {text}"
    return f"Would you be open to {text}?"


def reader_offer(ctx: Ctx, text: str) -> str | None:
    """'you offered to review my statement' -> 'Thank you for offering to review my statement.
    Could I send it to you?'; None when the phrase is no promise of the reader's. What the reader
    will do with something of the resident's is followed by leave to hand it over; any other
    offer by an offer in return (the next step stays the reader's: no promise is made up)."""
    m = OFFER.match(text.rstrip(". "))
    if not m:
        return None
    act = m.group(2)
    thanks = f"Thank you for {OFFER_GERUND.get((m.group(1) or '').lower(), 'offering')} to {act}."
    mine = re.match(r"(\w+)\s+(?:\w+\s+)?my\s+([^,.;]+?)(?:\s+(?:before|by|for|in|on|at|"
                    r"this|next|when|after)\b.*)?$", act, re.IGNORECASE)
    if mine and mine.group(1).lower() not in HANDING and \
            not re.search(r"\b(?:me|you)\b", mine.group(2)):
        return f"{thanks} Could I send {'them' if _be(mine.group(2)) == 'are' else 'it'} to you?"
    return f"{thanks} Please let me know if I can help with anything in return."


# What the reader asked the resident to do ("she wants me to bring 2-3 job postings", "he
# suggested I email the PD")
_ASKED_ME = lazy(r"you\s+(?:want|asked|told|advised|suggested|encouraged|would like)\s+"
                       r"(?:me\s+to|(?:that\s+)?I(?:\s+should)?)\s+(.+?)\.?$", re.IGNORECASE)


_INTRO_TO = lazy(r"(?:an?\s+)?(?:quick\s+|brief\s+)?intro(?:duction)?\s+to\s+(.{3,})$",
                 re.IGNORECASE)
_PERCEIVED = lazy(r"(?:saw|read|heard|watched|caught|listened\s+to)\s+(?:your|you|the)\b",
                  re.IGNORECASE)
_THEN_WANT = lazy(r"\s*[,;]\s*(?:and\s+)?(?=(?:i\s+)?(?:want(?:ing)?|hoping|would\s+love|"
                  r"['’]d\s+love|would\s+like|['’]d\s+like)\s+to\s+(?!learn|hear|know)\w)",
                  re.IGNORECASE)
_BARE_COUNT = lazy(r"(?!(?:a|an|the|my|your|our|some|any|more|this|that)\b)[a-z][\w-]*"
                   r"(?:\s+[\w-]+){0,2}?\s+(?:rotation|elective|externship|clerkship|visit|"
                   r"project|tour|meeting|chat|call)\b(?:\s+(?:in|at|with|on|during|next|this)\b.*)?")
_ASK_FOR = lazy(r"ask(?:\s+(?:you|him|her|them))?\s+for\s+(.{3,})$", re.IGNORECASE)
_ADDED = lazy(r"^\s*(?:and\s+)?(?:also|plus|then|additionally)\s+(?=\w)", re.IGNORECASE)


def next_step_sentence(ctx: Ctx, step: str) -> str:
    """A next step: the resident's commitment when they act, a question when the reader does
    (or when the step is an instruction to ask the reader something)."""
    text = ph.clean(step)
    lead = LEADING_WHEN.match(text)
    if lead and len(lead.group(2).split()) >= 2:
        # "by next Friday, send the draft": the time stays in front of a promise ("By next
        # Friday, I'll send you the draft."), and goes after what a question asks
        rest = next_step_sentence(ctx, lead.group(2))
        if re.match(r"I(?:'ll| will)\b", rest):
            return f"{ph.capitalize(lead.group(1))}, {rest}"
        if rest.endswith("?"):
            return f"{rest[:-1]} {lead.group(1)}?"
    # "join the interest group - will sign up this week": each clause is a step of its own
    clauses = [c for c in re.split(r"\s+[-–—]\s+|\s*;\s+", text) if c.strip()]
    if len(clauses) > 1:
        # "...; also send him my cv": the adverb that joined the step goes with the joint
        clauses = [clauses[0], *(_ADDED.sub("", c) for c in clauses[1:])]
        return " ".join(next_step_sentence(ctx, c) for c in clauses)
    parts = _AND_ASK.split(text, maxsplit=1)
    if len(parts) == 2 and parts[0].strip():  # "email you my portfolio + ask for feedback"
        return f"{next_step_sentence(ctx, parts[0])} {ask_sentence(ctx, parts[1])}"
    then = _THEN_SHORT_QUESTION.match(text)
    said = then.group("said") if then else ""
    if then and gerund_base(ph.first_word(said)):  # "visiting Boise in Feb": the resident's
        said = ctx.c("I'm", "I am") + " " + said
    if then and ph.is_sentence(said):
        return f"{ph.sentence(said)} {ask_sentence(ctx, then.group('asked') + '?')}"
    wish = _THEN_WANT.split(text, maxsplit=1)
    if len(wish) == 2 and wish[0].strip():  # "will send my cv, want to rotate with you in may"
        return f"{next_step_sentence(ctx, wish[0])} {ask_sentence(ctx, wish[1])}"
    asked_for = _ASK_FOR.match(text)
    if asked_for:  # "ask for an intro to your fellow": what is asked for, asked
        return ask_sentence(ctx, asked_for.group(1))
    offer = reader_offer(ctx, text)
    if offer:
        return offer
    if ctx.rel != "mentor" and mentor_advice(text):  # a mentor already is one: asked as typed
        return mentor_advice(text) or ""
    asked = _ASKED_ME.match(text)
    if asked:  # "she wants me to bring job postings": the resident's step, asked of them
        return ctx.c(f"I'll {asked.group(1)}.", f"I will {asked.group(1)}.")
    p = classify(step)
    direct = _to_reader(ctx, p)
    if direct:
        return direct
    if p.kind in ("verb", "noun") and ph.first_word(p.text) in TOGETHER - {"connect"} and \
            not re.match(r"[\w'’-]+\s+(?:you|him|her|them)\b", p.text):
        return ask_sentence(ctx, p.text)  # "grab lunch in January": both of them, asked
    if p.kind == "clause":
        return ph.sentence(text)
    if p.kind == "verb" and (text.endswith("?") or WISH.match(text)):
        # "would love to see your clinic sometime?": the resident's wish, asked, not promised
        return ask_sentence(ctx, p.text)
    if p.kind == "verb":
        return ctx.c(f"I'll {p.text}.", f"I will {p.text}.")
    if text.endswith("?") or re.match(r"(?:learn|hear)\s+(?:more\s+)?about\b", p.text,
                                      re.IGNORECASE):
        # "coffee next month?": the resident asks for it; "hear more about X": the reader tells
        return ask_sentence(ctx, p.text)
    # A noun phrase ("a check-in call in June") is the step itself; naming it as the next
    # step keeps it a clear call to action.
    return f"As a next step, I look forward to {ph.decapitalize(ph.soft_case(p.text))}."


def identity_sentence(ctx: Ctx) -> str | None:
    sender = ctx.request.sender
    name = ph.clean(sender.name)
    who = ph.sender_identity(ctx.request)
    if ctx.peer and name:
        first = ph.first_name(name)
        return ctx.c(f"I'm {first}, {who}.", f"My name is {name}, and I am {who}.") if who \
            else ctx.c(f"I'm {first}.", f"My name is {name}.")
    if name and who:
        return ctx.c(f"My name is {name}, and I'm {who}.", f"My name is {name}, and I am {who}.")
    if name:
        return f"My name is {name}."
    if who:
        return ctx.c(f"I'm {who}.", f"I am {who}.")
    return None


def interests_sentence(ctx: Ctx, said: str = "") -> str | None:
    """The resident's interests, leaving out any the message already names (`said`)."""
    interests = [ph.soft_case(i) for i in ctx.request.sender.interests
                 if ph.clean(i) and ph.clean(i).lower() not in said.lower()]
    if not interests:
        return None
    return ctx.c(
        f"I'm particularly interested in {ph.join_list(interests)}.",
        f"I am particularly interested in {ph.join_list(interests)}.",
    )
