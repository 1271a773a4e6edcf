"""A rewrite's asks said as questions to the reader: a put-off ask ("I want ask if you have
time", "I'll ask you about the journal next time we meet") is the question itself; a question
spliced in by commas stands on its own; a note that asks nothing but wishes to talk or to be let
in asks it; a question typed as a fragment ("Down to connect?", "any chance you could ...") is
asked in full."""

from __future__ import annotations

import re

from assistant.engines.offline.parse import PERMISSION, question_from_clause
from assistant.engines.offline.rewrite_lines import QUESTION_OPENING
from assistant.text.patterns import lazy
from assistant.text.typed import any_chance

# "Any chance I could ...": the writer asking leave, typed casually.
_MY_CHANCE = lazy(r"^(?:is\s+there\s+)?any\s+chance\s+(?:that\s+)?I\s+(?P<aux>could|might|"
                        r"can)\s+(?P<rest>[^?]+?)\?*$", re.IGNORECASE)
# "I want ask if you have time", "I wanted to ask whether you could ...", "I'll ask if you have
# ...": the question itself.
_ASK_IF = lazy(
    r"^(?:(?:and|so|also|just)\s+)?I(?:\s+(?:(?:really\s+)?(?:want|wanted|would\s+like|"
    r"would\s+love|wish|was\s+hoping)\s+(?:to\s+)?|am\s+writing\s+to\s+|will\s+|am\s+going\s+"
    r"to\s+)|['’]ll\s+|['’]m\s+going\s+to\s+|['’]d\s+(?:really\s+)?(?:like|love)\s+to\s+)ask(?:\s+(?:you|him|her|them))?\s+(?:if|whether)\s+"
    r"(?P<clause>.+?)\s*[.?!]*$", re.IGNORECASE)

# "I'll ask you about the journal choice next time we meet", "I'm going to ask about the
# research track at some point": a topic put off is a topic to talk about, asked now.
_ASK_ABOUT = lazy(
    r"^(?:(?:and|so|also|just)\s+)?I(?:['’]ll|\s+will|['’]m\s+going\s+to|\s+am\s+going\s+to|"
    r"\s+plan\s+to|\s+(?:want|wanted|would\s+like|was\s+hoping)\s+to|['’]d\s+like\s+to)\s+"
    r"ask(?:\s+you)?\s+(?:about|re)\s+(?P<topic>[^.!?,;]+?)\s*[.?!]*$", re.IGNORECASE)


# "I wanted to see if you'd have 20 minutes", "I'd like to know whether you take residents":
# a wish to find out from the reader is the question itself.
_SEE_IF = lazy(
    r"^(?:(?:and|so|also|just)\s+)?I(?:\s+(?:really\s+)?(?:want|wanted|would\s+like|was\s+"
    r"hoping|wish)|['’]d\s+(?:really\s+)?like)\s+to\s+(?:see|know|check|find\s+out|hear)\s+"
    r"(?:from\s+you\s+)?(?:if|whether)\s+(?P<clause>.+?)\s*[.?!]*$", re.IGNORECASE)


# "I was wondering if you would be willing to ...", "wondering whether there are spots": the
# writer's wondering is the question itself; typed without its "I" too ("wanted to ask if ...").
_WONDER = lazy(
    r"^(?:(?:and|so|also|just)\s+)?(?:I\s+(?:was|am|have\s+been)\s+|I['’](?:m|ve\s+been)\s+)?"
    r"(?:just\s+|also\s+|really\s+)?wondering\s+(?:if|whether)\s+(?P<clause>.+?)\s*[.?!]*$",
    re.IGNORECASE)
_ASK_IF_UNSAID = lazy(
    r"^(?:(?:and|so|also|just)\s+)?(?:really\s+)?(?:want|wanted|was\s+hoping|would\s+like)\s+"
    r"to\s+(?:ask(?:\s+you)?|see|know|check)\s+(?:if|whether)\s+(?P<clause>.+?)\s*[.?!]*$",
    re.IGNORECASE)
# "I guess what I'm asking is whether your group takes residents", "so my question is if you
# have room": the question, announced.
_ASKING_IS = lazy(
    r"^(?:(?:and|so|also|anyway|i\s+guess|i\s+think|basically|honestly)[,\s]+)*(?:what\s+I"
    r"(?:['’]m|\s+am)\s+(?:really\s+)?asking|my\s+(?:real\s+)?question)\s+is\s+(?:if|whether)\s+"
    r"(?P<clause>.+?)\s*[.?!]*$", re.IGNORECASE)
# Hedges between the words of an ask ("just sort of wanted to maybe ask if possibly you might
# perhaps have ...").
_STACKED_HEDGES = lazy(r"(?<=\s)(?:just|sort\s+of|kind\s+of|maybe|perhaps|possibly)\s+(?=[a-z])",
                       re.IGNORECASE)
# The clause the writer wondered about, in the tense and mood of reported speech ("if you
# would ...", "if there were ...", "if you had ..."), asked directly.
_MODAL = lazy(r"^(?P<who>you|we|I)\s+(?P<aux>would|could|can|will|might|may)\s+(?P<rest>.+)$",
                    re.IGNORECASE)
_THERE = lazy(r"^there\s+(?P<be>is|are|was|were|(?:would|will|might|could)\s+be)\s+"
                    r"(?P<rest>.+)$", re.IGNORECASE)
_YOU_HAVE = lazy(r"^you\s+(?:had|have)\s+(?P<rest>(?:any|some|a|an|time|room|space|"
                       r"openings?|spots?)\b.*)$", re.IGNORECASE)


def _asked(clause: str) -> str:
    """'you would be willing to meet' -> 'Would you be willing to meet?'; 'there are spots
    open' -> 'Are there spots open?'; 'you had any advice' -> 'Do you have any advice?'; else
    the clause as `parse.question_from_clause` asks it."""
    clause = clause.strip().rstrip(".?!")
    if re.search(r"\b(?:if|whether)\b", clause, re.IGNORECASE):
        # two things wondered ("there are openings and also if I could rotate"): one request
        return question_from_clause(clause)
    m = _MODAL.match(clause)
    if m:
        who, aux = m.group("who"), m.group("aux").lower()
        if who.lower() == "i":
            aux = {"might": "could", "may": "could", "would": "could", "will": "can"}.get(aux, aux)
        else:
            aux = {"might": "would", "may": "would"}.get(aux, aux)
        who = "I" if who.lower() == "i" else who.lower()
        return f"{aux.capitalize()} {who} {m.group('rest')}?"
    m = _THERE.match(clause)
    if m:
        be = m.group("be").lower()
        head = {"is": "Is there", "was": "Is there", "are": "Are there", "were": "Are there"}.get(
            be) or f"{be.split()[0].capitalize()} there be"
        return f"{head} {m.group('rest')}?"
    m = _YOU_HAVE.match(clause)
    if m:
        return f"Do you have {m.group('rest')}?"
    return question_from_clause(clause)


def as_question(sentence: str) -> str:
    """'I want ask if you have time for a call' -> 'Do you have time for a call?'; 'I was
    wondering if you would be open to a call' -> 'Would you be open to a call?'; 'I'll ask
    you about the journal next time we meet' -> 'Could we talk about the journal next time we
    meet?'."""
    # (the hedges stacked on a put-off ask go with it: "I just sort of wanted to maybe ask if
    # possibly you might perhaps have time" asks "Would you have time?")
    plain = _STACKED_HEDGES.sub("", sentence.strip())
    m = _ASK_IF.match(plain) or _SEE_IF.match(plain) or _WONDER.match(plain) or \
        _ASK_IF_UNSAID.match(plain) or _ASKING_IS.match(plain)
    if m:
        return _asked(m.group("clause"))
    m = _ASK_ABOUT.match(sentence.strip())
    return f"Could we talk about {m.group('topic')}?" if m else sentence


# Where a sentence's clauses join: after a comma, or before a clause that wonders or asks ("I'm
# still interested and wanted to ask if ...").
_JOINS = lazy(r",\s+(?:and|but|so)\s+|;\s+|\s+(?:and|but|so)\s+(?=(?:I\s+)?(?:was\s+"
                    r"wondering|wanted\s+to\s+(?:ask|see|know))\b)")
# A question spliced in by commas: "I read your paper, do you ever take residents on the
# registry, and I'd be glad to help", "... got me into cardiology, is there a meeting residents
# can sit in on, I am free Thursdays": the clause put to the reader, up to the next "I" or the
# end.
_BURIED = lazy(rf",\s+(?P<q>{QUESTION_OPENING.pattern}[^,.!?;]*?)(?:,\s*(?:(?:and|but|"
                     r"so)\s+)?(?=I\b|I['’])|\s*[.!?]?\s*$)", re.IGNORECASE)


def buried_questions(sentence: str) -> str:
    """The question spliced into a sentence by commas as a sentence of its own (`_BURIED`):
    "... your paper. Do you ever take residents on the registry? I'd be glad to help ..."."""
    m = _BURIED.search(sentence)
    if not m or len(sentence[:m.start()].split()) < 3:
        return sentence
    q = m.group("q").strip()
    tail = sentence[m.end():].strip()
    return " ".join(x for x in (sentence[:m.start()].rstrip() + ".", q[:1].upper() + q[1:] + "?",
                                tail[:1].upper() + tail[1:]) if x)


def as_questions(sentence: str) -> str:
    """`as_question` for the sentence, else for one of its clauses joined by ", and" / ",
    but" / ";": "I'm going to ask my PD about an elective, and I wanted to ask if you'd be open
    to me rotating in March." -> "I'm going to ask my PD about an elective. Would you be open
    to me rotating in March?"."""
    asked = as_question(sentence)
    if asked != sentence:
        return asked
    cuts = [0, *[x for m in _JOINS.finditer(sentence) for x in (m.start(), m.end())],
            len(sentence)]
    pieces = [sentence[a:b] for a, b in zip(cuts[::2], cuts[1::2], strict=False)]
    for i, clause in enumerate(pieces):
        q = as_question(clause.strip())
        if i and q != clause.strip():
            head = ", ".join(p.strip() for p in pieces[:i]).rstrip(" ,;.") + "."
            tail = " ".join(p.strip() for p in pieces[i + 1:])
            tail = tail[:1].upper() + tail[1:] if tail else ""
            return " ".join(x for x in (head, q, tail) if x)
    return sentence


# A wish that is an ask left vague: "would be great to chat about X sometime", "it would be
# awesome to shadow in clinic". With a verb of talking or of being let in, it is a question.
_VAGUE = lazy(
    r"^(?:(?:and|so)\s+)?(?:it\s+)?would\s+be\s+(?:so\s+|really\s+|super\s+)?(?:great|"
    r"wonderful|an\s+honou?r|a\s+pleasure|amazing|awesome|helpful|nice|lovely|fantastic|"
    r"excellent|fun)\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>[^.!?]*)[.!]*$", re.IGNORECASE)
_TALK = {"chat", "talk", "meet", "speak", "catch", "connect", "grab", "get"}
# "I'd love to get involved somehow": a wish to take part, asked as whether there is a way.
_INVOLVED = lazy(
    r"^(?:(?:and|so)\s+)?I(?:['’]d|\s+would)\s+(?:really\s+)?(?:love|like)\s+to\s+(?P<what>get\s+"
    r"involved|help(?=\s+(?:with|on|out)\b)|contribute|join(?=\s+(?:your|the)\b))"
    r"(?P<rest>[^.!?]*?)(?:\s+(?:somehow|if possible|in some way|in any way))?[.!]*$",
    re.IGNORECASE)
# "Any chance you could share your checklist?": the question its auxiliary was left out of.
# "maybe we could talk sometime": a suggestion to meet, which the reader answers as a question.
_WE_COULD = lazy(r"^(?:(?:and|so)\s+)?(?:maybe|perhaps)?\s*we\s+(?P<aux>could|can)\s+"
                       r"(?P<verb>[a-z]+)\b(?P<rest>[^.!?]*)[.!]*$", re.IGNORECASE)
_LET_ME_KNOW = lazy(r"^(?:please\s+)?let\s+me\s+know[.!]*$", re.IGNORECASE)


def vague_ask(sentences: list[str]) -> list[str]:
    """A note that asks nothing but wishes to talk or to be let in asks it: "It would be great
    to chat about ultrasound sometime. Let me know." -> "Would you have time to chat about
    ultrasound sometime?"; "maybe we could talk sometime" -> "Could we talk sometime?". A note
    with a question of its own is left as it is."""
    # (each sentence of a kept piece: a question split off by commas is one of two)
    sentences = [" ".join(_direct(y) for y in re.split(r"(?<=[.!?])\s+(?=[A-Z])", x))
                 for x in sentences]
    if any(x.rstrip().endswith("?") for x in sentences):
        return sentences
    for i in range(len(sentences) - 1, -1, -1):
        joins = _INVOLVED.match(sentences[i].strip())
        if joins:  # "Is there a way I could get involved?"
            rest = joins.group("rest").rstrip()
            return [*sentences[:i], f"Is there a way I could {joins.group('what')}{rest}?",
                    *[x for x in sentences[i + 1:] if not _LET_ME_KNOW.match(x.strip())]]
        we = _WE_COULD.match(sentences[i].strip())
        if we and we.group("verb").lower() in _TALK:  # "Could we talk sometime?"
            return [*sentences[:i], f"{we.group('aux').capitalize()} we {we.group('verb')}"
                    f"{we.group('rest').rstrip()}?",
                    *[x for x in sentences[i + 1:] if not _LET_ME_KNOW.match(x.strip())]]
        m = _VAGUE.match(sentences[i].strip())
        if not m:
            continue
        verb, rest = m.group("verb").lower(), m.group("rest").rstrip()
        if verb in PERMISSION:
            asked = f"Could I {verb}{rest}?"
        elif verb in _TALK:
            asked = f"Would you have time to {verb}{rest}?"
        else:
            return sentences
        after = [x for x in sentences[i + 1:] if not _LET_ME_KNOW.match(x.strip())]
        return [*sentences[:i], asked, *after]
    return sentences


# "Want to grab coffee sometime?", typed from "wanna": the question asked in full.
_WANT_TO = lazy(r"^(?:do\s+you\s+)?want\s+to\s+(?P<rest>[^?]+)\?$", re.IGNORECASE)


# A question typed as a fragment, its auxiliary and subject left out, by what its first word is:
# willingness ("Down to connect?", "Glad to chat sometime?", "Up for a call?"), being free
# ("Free for coffee next week?", "Around in January?"), leave ("Mind if I send my CV?"), or an
# ask for advice typed as a list item ("any tips for the interview at Stanford").
_FRAGMENT_QUESTIONS: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.IGNORECASE), f)
                                                           for p, f in (
    (r"^(?:down|glad|happy|keen|up)\s+to\s+(?P<rest>[^?]+)\?$", "Would you like to {rest}?"),
    (r"^(?:down|up)\s+for\s+(?P<rest>[^?]+)\?$", "Would you be open to {rest}?"),
    (r"^(?P<word>free|around|available|open)\b(?P<rest>[^?]*)\?$", "Would you be {word}{rest}?"),
    (r"^mind\s+if\s+(?P<rest>[^?]+)\?$", "Would you mind if {rest}?"),
    (r"^any\s+(?P<what>tips|advice|thoughts|suggestions|recommendations|ideas|pointers|"
     r"resources)\b(?P<rest>[^.?!]*)[.?]?$", "Do you have any {what}{rest}?"),
)]


def _direct(sentence: str) -> str:
    """'Any chance you could share your checklist?' -> 'Could you share your checklist?';
    'Want to grab coffee?' -> 'Would you like to grab coffee?'; a question typed as a fragment
    asked in full (`_FRAGMENT_QUESTIONS`: 'Down to connect?' -> 'Would you like to
    connect?')."""
    chance = any_chance(sentence)
    if chance:
        return f"{chance[0].capitalize()} you {chance[1]}?"
    mine = _MY_CHANCE.match(sentence.strip())
    if mine:  # "any chance I could sit in on your clinic?" -> "Could I sit in on your clinic?"
        return f"{mine.group('aux').capitalize()} I {mine.group('rest').strip()}?"
    m = _WANT_TO.match(sentence.strip())
    if m:
        return f"Would you like to {m.group('rest').strip()}?"
    for pattern, frame in _FRAGMENT_QUESTIONS:
        m = pattern.match(sentence.strip())
        if m:
            parts = {k: v.strip() if k == "rest" and frame.startswith(("Would you like",
                                                                      "Would you be open",
                                                                      "Would you mind"))
                     else v.lower() if k in ("word", "what") else v
                     for k, v in m.groupdict().items()}
            return frame.format(**parts)
    return sentence
