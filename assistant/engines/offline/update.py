"""The update to a mentor or sponsor, written from its phrases as update_typed.py and
update_read.py read them.

The news is told in one sentence in the frame of its tone ("I wanted to share that ...", or "I
wanted to let you know that ..." for a setback or a result still pending), its outcomes sharing
the "I" of the one before; the credit is thanked for by its shape ("your letter and you pushing
me to apply" -> "Thank you for your letter and for pushing me to apply"), with "made a real
difference" only of news worth it; a next step of several outcomes, a hope, an offer or a need
gets its subject. When the request gives no credit, what the contact did for the resident is
taken from the notes, as a fact (a sentence that instructs is never read).
"""

from __future__ import annotations

import re

from assistant.engines import phrasing as ph
from assistant.engines.offline.antecedent import PERSON_NOUN
from assistant.engines.offline.context import Ctx
from assistant.engines.offline.phrase_type import question_from_clause
from assistant.engines.offline.sentences import (
    ADVICE_NOUNS,
    days_since_meeting,
    next_step_sentence,
)
from assistant.engines.offline.update_forms import LABELLED
from assistant.engines.offline.update_join import GROUPED, grouped
from assistant.engines.offline.update_join import joined as _joined
from assistant.engines.offline.update_read import SECOND_CLAUSE, outcomes, tone
from assistant.engines.offline.update_shape import outcome
from assistant.engines.offline.update_typed import its_fixed, named_places, plain, quiet
from assistant.engines.offline.update_words import (
    gerund,
    is_gerund,
    is_past,
)
from assistant.text.names import person_name
from assistant.text.patterns import lazy
from assistant.text.sentences import split_sentences
from assistant.text.shorthand import expand

# How long after the last meeting an update is late enough to say so (about six months)
LATE_DAYS = 180


def late_sentence(ctx: Ctx, apology: bool) -> str:
    """The resident's apology for writing late, said once ("sorry its been forever" -> "I am
    sorry it has been so long since my last update."); without one, a meeting half a year back
    or more is owned plainly; "" when the update is not late."""
    if apology:
        return "I am sorry it has been so long since my last update."
    days = days_since_meeting(ctx)
    if days is not None and days >= LATE_DAYS:
        return "It has been a while since we last connected."
    return ""


# News that opens with what it is owed to ("thanks to you connecting me w/ the VA team, ...")
_THANKS_TO = lazy(r"^(?:all\s+)?(?:thanks|thank\s+you|thx)\s+to\s+(?P<cause>[^,;]{3,120}?)"
                        r"(?:,\s+|\s+(?=(?:I|we)\s+[a-z]))(?P<news>\S.+)$", re.IGNORECASE)


# Advice quoted, then that the resident followed it, then what came of it
_FOLLOWED = lazy(r"^[\"“](?P<quote>[^\"“”]{8,200}?)[.!,]?[\"”]\s*[-–—:,.]*\s*(?:I\s+)?"
                       r"(?:did\s+(?:that|it|just\s+that)|took\s+it(?:\s+to\s+heart)?|"
                       r"followed\s+it|tried\s+it|listened)\s*[,.;-]*\s*(?:and\s+|so\s+)?"
                       r"(?P<rest>[^.;!?]*)[.!]*$", re.IGNORECASE)


# A person named first, then after a dash what happened to them in a clause of their own
_PERSON_TOPIC = lazy(r"^(?P<np>(?:the|a|an|my|our|that|this)\s+[^-–—:;.!?]{2,100}?)\s+"
                           r"[-–—]+\s+(?P<rest>(?:his|her|their|he|she|they|we|I)\b"
                           r"(?:[^.;!?]|\.(?=\d))+)$", re.IGNORECASE)


def news_sentence(news: str) -> str:
    """The news in one sentence, framed by its tone: "I wanted to share that I matched into
    internal medicine at UCSF.", "I wanted to let you know that I didn't get the grant and am
    resubmitting next cycle."."""
    prose = _prose(news)
    if prose:  # sentences typed whole: the first in the frame, the others as typed
        return f"{news_sentence(prose[0])} {' '.join(prose[1:])}"
    owed = _THANKS_TO.match(ph.clean(news))
    if owed:  # "thanks to you connecting me w/ X, my project got funded": the news, then why
        return f"{news_sentence(owed['news'])[:-1]}, thanks to {owed['cause']}."
    advice = _FOLLOWED.match(ph.clean(news))
    if advice:  # '"say yes to every case" - did that, scrubbed 40 cases': advice, then outcome
        lead = "I wanted to share that" if tone(news) == "news" else "I wanted to let you know that"
        rest = _joined(outcomes(named_places(plain(advice["rest"])))) if advice["rest"] else ""
        rest = re.sub(r"^I\s+(?!am\b|['’])", "", rest)
        return f"{lead} I followed the advice \"{advice['quote'].strip()}\"" + \
            (f" and {rest}." if rest else ".")
    case = _PERSON_TOPIC.match(plain(ph.clean(news)))
    if case and PERSON_NOUN.search(" ".join(case["np"].split()[1:4])):
        # "the pt you helped me with - his surgery went well": the news is about the person
        # named first, whose pronouns follow; said as an update on them
        lead = "I wanted to share an update on" if tone(news) == "news" else \
            "I wanted to let you know about"
        return f"{lead} {named_places(case['np'])}: {named_places(case['rest'])}."
    # ("interview season: 9 invites": a noun a verb's form opens is a topic too)
    topic = re.match(r"([^:.!?;]{3,60}?):\s+(?=[A-Za-z\d$£€])((?:[^.;!?]|\.(?=\d))+)$",
                     plain(ph.clean(news)))
    state = outcomes(topic.group(1)) if topic and not LABELLED.match(topic.group(0)) else []
    if len(state) == 1 and state[0].shape == "clause" and len(topic.group(1).split()) <= 5 and \
            re.search(r"\s(?:is|are)\s", state[0].text):  # "QI project done: falls down 30%"
        lead = "I wanted to share that" if tone(news) == "news" else "I wanted to let you know that"
        return f"{lead} {ph.decapitalize(state[0].text)}: {named_places(topic.group(2))}."
    if topic and ([i.shape for i in outcomes(topic.group(1))] == ["noun"] or re.fullmatch(
            r"(?:[\w-]+\s+){1,2}(?:season|front|status|plans?|life)", topic.group(1),
            re.IGNORECASE)) and \
            not re.search(r"\bnews\b", topic.group(1), re.IGNORECASE) and \
            not LABELLED.match(topic.group(0)):
        np = re.sub(r"^(The|A|An)(?= )", lambda m: m.group(1).lower(), topic.group(1))
        np = re.sub(r"\s+updates?$", "", np)  # "ICU rotation update: ..."
        det = "" if re.match(r"(?:a|an|the|my|our)\b", np, re.IGNORECASE) else "the "
        lead = "I wanted to share an update on" if tone(news) == "news" else \
            "I wanted to let you know about"
        return f"{lead} {det}{named_places(np)}: {named_places(topic.group(2))}."
    items = outcomes(named_places(plain(ph.clean(news))))
    if not items:
        return "I wanted to send a brief update."
    lead = "I wanted to share that" if tone(news) == "news" else "I wanted to let you know that"
    if items[0].shape == "noun" and len(items) == 1:
        text = re.sub(r"^(The|A|An)(?= )", lambda m: m.group(1).lower(), items[0].text)
        text = re.sub(r"\binvite\b(?=\s+from\b|$)", "invitation", text)  # the noun
        if not re.match(r"(?:(?:a|an|the|my|our|your|some)\b|[\d$])", text, re.IGNORECASE) and (
                text[:1].islower() or re.match(r"[A-Z]{2,}\b", text)):
            text = f"{ph.article(text)} {text}"  # "an MFM fellowship interview invitation"
        return f"I wanted to share some news: {text}." if tone(news) == "news" else \
            f"I wanted to give you an update: {text}."
    if len(items) >= GROUPED and any(i.shape != "noun" for i in items):
        return grouped(items, lead)  # six outcomes and more: a sentence for each group
    body = _joined(items)
    if all(i.shape == "noun" for i in items):  # "first pub!! JAMA Peds letter, 2nd author"
        det = "my" if ph.first_word(body) in ("first", "best", "last", "biggest") else \
            ph.article(body)
        body = body if re.match(r"(?:(?:a|an|the|my|our)\b|[\d$A-Z])", body) else f"{det} {body}"
        return f"I wanted to share some news: {body}." if tone(news) == "news" else \
            f"I wanted to give you an update: {body}."
    return f"{lead} {_mid_sentence(body)}."


def _mid_sentence(body: str) -> str:
    """The news's first word as it reads after "that": a pronoun, a determiner, a preposition
    or an adverb of time before a word in lower case loses its capital ("The rotation is
    confirmed" -> "the rotation is confirmed"); "I", a name and a title ("The Lancet") keep
    theirs."""
    if ph.first_word(body) == "i":
        return body
    det = re.match(r"(?:The|A|An|This|That|These|Those|Since|After|Before|During|In|On|At|For|"
                   r"From|With|Without|Today|Yesterday|Last|Next|Now|Finally|Also)(?=\s+[a-z])|"
                   r"(?:The|This|That)(?=\s+[A-Z]{2,}\b)", body)  # "The PD said ..."
    return body[:1].lower() + body[1:] if det else ph.decapitalize(body)


def _prose(news: str) -> list[str]:
    """The news as its sentences when the resident typed it as prose: two or more sentences,
    each capitalised, each after the first with a subject of its own ("My application was not
    funded. I have appealed the review."); empty otherwise."""
    sentences = [s.strip() for s in split_sentences(news.strip()) if ph.clean(s)]
    if len(sentences) < 2 or not all(s[:1].isupper() and s[-1:] in ".!?" for s in sentences):
        return []
    if any(outcome(s).shape != "clause" for s in sentences[1:]):
        return []
    return sentences


def credit_sentence(ctx: Ctx, credit: str, news_tone: str = "news") -> str:
    """Thanks for the help the resident names, by the shape of the phrase; "made a real
    difference" only of news worth it (never of a setback)."""
    text = quiet(ph.clean(credit))
    if _THANKS_ONLY.fullmatch(text):  # "ty": thanks with nothing named to thank for
        return "Thank you again for your guidance along the way." if \
            ctx.request.contact.relationship in ("mentor", "sponsor") else "Thank you again."
    # "thx for all the advice": the thanks is the frame's, the rest is what it is for
    text = re.sub(r"^(?:(?:thank you|thanks)(?:\s+so\s+much)?\s+)?for\s+|^(?:thank you|thanks)"
                  r"(?:\s+so\s+much)?\s+", "", text, flags=re.IGNORECASE) or text
    # "your review which improved it a lot": a relative clause after the thing thanked for
    # says the thanks again, in words the frame says better
    text = _RELATIVE_AFTER.sub("", text) if re.match(r"(?:your|the|all|every)\b", text,
                                                       re.IGNORECASE) else text
    word = ph.first_word(text)
    good = news_tone == "news"
    contact_names = {person_name(ctx.request.contact.name).lower(),
                     ph.last_name(ctx.request.contact.name).lower()} - {""}
    # "your letter and you pushing me to apply": a noun and a deed, each thanked for
    text = re.sub(r"\band you\s+(\w+ing)\b", r"and for \1", text, flags=re.IGNORECASE)
    # "your reading my contract": a deed with its object ("your mentoring" is a noun)
    deeds = re.match(r"your\s+(\w+ing)\b(\s+(?:my|me|the|a|an|us|our|this|that|every|all)\b.*)$",
                     text, re.IGNORECASE)
    if deeds and is_gerund(deeds.group(1).lower()):  # "your reading my contract"
        text = f"you {deeds.group(1)}{deeds.group(2)}"
        word = "you"
    if word == "your" or word in {"all", "the", "every"} and re.search(r"\byour\b", text):
        if good and " and for " not in text:
            return f"{ph.capitalize(text)} made a real difference along the way — thank you."
        return f"Thank you for {ph.decapitalize(text)}."
    if re.fullmatch(r"(?:you|u|yours?)[.!]*", text, re.IGNORECASE):  # "you": their advice
        text, word = "advice", "advice"
    doing = re.match(r"you\s+(\w+ing\b.*)$", text, re.IGNORECASE)
    if doing:  # "you pushing me to apply early"
        return f"Thank you for {doing.group(1)}" + \
            (" — it made a real difference." if good else ".")
    deed = re.match(r"you\s+(?:(always|really|also|even|\w+ly)\s+)?([a-z'’]+)\b(.*)$", text,
                    re.IGNORECASE)
    if deed and is_past(deed.group(2).lower()) and not SECOND_CLAUSE.search(deed.group(3)) \
            and deed.group(2).lower() not in {"were", "was", "had", "did", "didn't"}:
        verb = gerund(deed.group(2))
        # "helped me pick the case and edited the abstract": each deed thanked for alike
        rest = re.sub(r"(,\s+(?:and\s+)?|\b(?:and|or)\s+)([a-z]+)\b",
                      lambda m: f"{m.group(1)}{gerund(m.group(2))}"
                      if is_past(m.group(2)) and m.group(2) not in ("cut", "never") else
                      m.group(0), deed.group(3))
        if verb == "saying" and re.match(r"\s+to\b", rest):  # "you said to email the PD"
            verb = "telling me"
        adverb = f"{deed.group(1)} " if deed.group(1) else ""
        return f"Thank you for {adverb}{verb}{rest}" + \
            (" — it made a real difference." if good else ".")
    if word == "you" and SECOND_CLAUSE.search(text):  # "you said to email the PD and it worked"
        return f"{ph.capitalize(text)} — thank you."
    if word == "you":  # a clause of its own
        return f"{ph.capitalize(text)}. Thank you" + (" — it made a real difference." if good
                                                       else ".")
    if person_name(text).lower() in contact_names:
        return "Your advice made a real difference along the way — thank you." if good else \
            "Thank you for your advice along the way."
    if re.fullmatch(r"(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", text):
        return f"I am grateful for {text}'s advice along the way."  # someone else's
    if word in ADVICE_NOUNS:
        return f"Your {text} made a real difference along the way — thank you." if good else \
            f"Thank you for your {text}."
    return f"Thank you for {_listed(text)}."


# A relative clause that closes a credit, its verb right after "which"/"that" ("..., which
# improve my talk so much"); "that you gave me" (a clause with its own subject) stays
_RELATIVE_AFTER = lazy(r",?\s+(?:which\s+(?!(?:you|u|I|we|he|she|they|it|there|the|my|your|"
                       r"a|an|our|this|is|was|were|are)\b)|that\s+(?=(?:really\s+|so\s+)?"
                       r"(?:[a-z]+ed|made|gave|got|meant|kept|taught|help|helps|make|makes|"
                       r"improve|improves|change|changes|mean|means)\b))[a-z][^,;]*$",
                       re.IGNORECASE)


# A credit that is only thanks ("ty", "thanks so much") or names nothing ("ok", "idk")
_THANKS_ONLY = lazy(r"\s*(?:(?:thank\s+you|thanks|thx|ty|tysm|tyvm)(?:\s+(?:so\s+much|again|"
                          r"a\s+lot|a\s+ton))?|ok|okay|yes|yep|sure|idk|\?+)[.!]*\s*",
                          re.IGNORECASE)


def _listed(text: str) -> str:
    """"the intro to Dr. Fox, the letter" -> "the intro to Dr. Fox and the letter": a list of
    things typed with commas alone gets its "and"."""
    if " and " in text or "," not in text:
        return text
    return ph.join_list([p.strip() for p in text.split(",") if p.strip()])


# A wish in front of a next step ("would love to catch up at ASH", "hope to visit in May")
_WISH = lazy(r"(?:i\s*)?(?P<adv>(?:still|really|also|definitely)\s+)?"
                   r"((?:would|['’]d)\s+(?:really\s+)?(?:love|like|appreciate)\s+"
                   r"(?:to|for|(?=your\b))|"
                   r"hope\s+to|want\s+to|plan\s+to|intend\s+to)\s*(.+)$", re.IGNORECASE)


# A question the resident says they will put to the reader ("will ask if you can review my PS",
# "gonna ask whether you'd call the PD"): deferring it asks nothing
_PUT_OFF_ASK = lazy(r"(?:i\s*)?(?:(?:will|['’]ll|gonna|going\s+to|plan\s+to|want\s+to|wanted\s+to|"
                    r"would\s+like\s+to|need\s+to|should)\s+)?ask\s+(?:you\s+)?(?:if|whether)\s+"
                    r"(you\b.+)$", re.IGNORECASE)


# The reader's future as a guess ("probably", "likely") or as what they will receive ("hear
# from", "get"): said as typed, never thanked for as an offer
_GUESS = lazy(r"you(?:['’]ll|\s+will)\s+((?:probably|likely|maybe|possibly|prob)\s+\w+|"
                    r"(?:hear|get|receive|see)\b)(.*)$", re.IGNORECASE)


def next_step(ctx: Ctx, step: str) -> str:
    """A next step of several outcomes ("still looking at 2 other places - will keep you
    posted") as one sentence with "I"; one phrase is the shared realiser's."""
    plea = re.split(r",\s+(?=please\s+[a-z])", ph.clean(step), maxsplit=1, flags=re.IGNORECASE)
    if len(plea) == 2:  # "will send the proofs, pls flag anything": a promise, then a request
        return f"{next_step(ctx, plea[0])} {ph.sentence(plea[1])}"
    question = re.split(r"\s+[-–—]+\s+(?=[^-–—]+\?\s*$)", step.strip(), maxsplit=1)
    if len(question) == 2 and ph.clean(question[0]):  # "still want the QI track - can we talk?"
        return f"{next_step(ctx, question[0])} {next_step(ctx, question[1])}"
    asked = re.split(r",\s+(?=(?:would|could|can|will|do|does|is|are|should)\s+(?:you|I|we)\b)",
                     ph.clean(step).rstrip("?"), maxsplit=1, flags=re.IGNORECASE)
    if len(asked) == 2:  # "resubmitting in june, would you read the new aims?": a plan, a question
        return f"{next_step(ctx, asked[0])} {ph.capitalize(asked[1])}?"
    topic = re.match(r"(?:i\s*)?(?:will|['’]ll|gonna|going\s+to|want\s+to|wanted\s+to)\s+ask\s+"
                     r"(?:you\s+)?(?:about|abt|re)\s+(.+)$", ph.clean(step), re.IGNORECASE)
    if topic:  # "will ask you about fellowship timing when we meet": the talk, asked for now
        return f"Could we talk about {expand(topic.group(1))}?"
    put_off = _PUT_OFF_ASK.match(ph.clean(step))
    if put_off:  # "will ask if you can read my PS again": the question itself, asked now
        return re.sub(r"^Can you\b", "Could you", question_from_clause(put_off.group(1)))
    guess = _GUESS.match(ph.clean(step))
    if guess:  # "she'll probably hear from the director": what the reader may expect, not a promise
        return f"You will {guess.group(1)}{guess.group(2)}."
    wanted = re.match(r"you\s+to\s+(\w+)(.*)$", ph.clean(step), re.IGNORECASE)
    if wanted:  # "her to send me the protocol": what the reader is asked to do
        return f"Could you {wanted.group(1)}{wanted.group(2)}?"
    need = re.match(r"(?:I\s+)?(?:need|needs)\s+(?!to\b)(.+)$", ph.clean(step), re.IGNORECASE)
    if need:  # "need her signature on the form": what the resident will need
        return f"I will need {need.group(1)}."
    wish = _WISH.match(ph.clean(step))
    if wish:  # "would love to catch up at ASH": the resident's wish, said with its "I"
        verb = re.sub(r"^(?:['’]d|would)\s+", "would ", wish.group(2).lower().strip())
        return f"I {(wish.group('adv') or '').lower()}{verb} {wish.group(3)}."
    offer = re.match(r"(?:please\s+)?let me know\s+(if|whether|when)\s+(.+)$", ph.clean(step),
                     re.IGNORECASE)
    if offer:  # "lmk if u want the list": an offer, said as one
        return f"Let me know {offer.group(1).lower()} {offer.group(2)}."
    items = outcomes(step)
    single = len(items) == 1 and items[0].shape == "I am"  # "hoping to catch up at ACP"
    if not single and (len(items) < 2 or any(i.shape in ("noun", "clause") for i in items)):
        parts = [p for p in re.split(r"\s+[-–—]+\s+|\s*;\s+", ph.clean(step)) if ph.clean(p)]
        if len(parts) > 1:  # "thinking of submitting to SCCM - thoughts?": each part its own
            return " ".join(next_step(ctx, p) for p in parts)
        return next_step_sentence(ctx, its_fixed(step))
    return ph.sentence(_joined(items))
