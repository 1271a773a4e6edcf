"""A detail of the meeting as a sentence: the resident's one specific thing, framed by what it
is (the reader's words in quotation marks, the reader's offer, what the two of them did, a
clause, or a noun phrase), never saying more about who did what than the field says."""

from __future__ import annotations

import re

from assistant.engines import phrasing as ph
from assistant.engines.offline.context import Ctx
from assistant.engines.offline.phrase_type import is_past
from assistant.engines.offline.quotes import detail_frame, quote
from assistant.engines.offline.update_words import gerund
from assistant.text.patterns import lazy

# The reader's own promise, typed about them ("he offered to review my CV", "she'll send the
# toolkit", "she said she'd introduce me"): what they will do, thanked for, never restated as
# news to them ("You'll send the toolkit.")
OFFER = lazy(r"you(?:\s+said\s+(?:that\s+)?you(?:['’]d|['’]ll|\s+would|\s+will|\s+could)|"
                    r"\s+(offered|agreed|volunteered|promised)\s+to|['’]ll|\s+will|\s+would|"
                    # a plan of the reader's is a promise too ("you're going to send me ...")
                    r"(?:['’]re|\s+are)\s+(?:going|planning)\s+to|\s+plan\s+to)\s+"
                    r"(?!(?:be|have|not|never)\b)(.+)$", re.IGNORECASE)
OFFER_GERUND = {"offered": "offering", "agreed": "agreeing", "volunteered": "volunteering",
           "promised": "offering"}


def detail_sentence(ctx: Ctx, detail: str) -> str:
    text = ph.clean(detail)
    said = quote(text)
    if said:  # their words as typed; who said them only when the field says
        return detail_frame(said, ctx.rel != "new" or ctx.request.kind == "follow_up")
    offer = OFFER.match(text.rstrip(". "))
    if offer and offer.group(1):  # "you offered to introduce me to ..." is thanked for
        return f"Thank you for {OFFER_GERUND[offer.group(1).lower()]} to {offer.group(2)}."
    felt = reaction(text)
    if felt:  # "loved your line about ...": the resident's own reaction, said as theirs
        return felt
    together = re.sub(r"^we\s+(?=\w)", "", text, flags=re.IGNORECASE)  # "we talked about ..."
    if ph.first_word(together) in _TALKED:  # "talked about how you balance ...": what we did
        return f"I'm glad we {ph.decapitalize(together)}." if not ctx.formal else \
            f"I am glad we {ph.decapitalize(together)}."
    if re.match(r"you\s+[a-z]+ing\b", text, re.IGNORECASE):  # "you pushing me to apply": no
        return f"I really appreciated {ph.decapitalize(text)}."  # clause, what you did for me
    if ph.is_sentence(text):
        return f"One thing has stayed with me: {ph.decapitalize(text)}."
    met = ctx.rel != "new" or ctx.request.kind == "follow_up"
    lead = "One thing from our conversation has stayed with me" if met else \
        "One thing has stayed with me"
    acted = action(text)
    if acted:  # who did it is not said, so the frame does not say either
        return f"{lead}: {acted}."
    if clause(text):  # "the pilot worked and they expanded it": a clause, kept whole
        return f"{lead}: {ph.decapitalize(text)}."
    text = ph.decapitalize(text)
    options = (
        ["I particularly valued {d}.", "I especially appreciated {d}."]
        if ctx.formal
        else ["I especially appreciated {d}.", "I keep thinking about {d}.",
              "I really appreciated {d}."]
    )
    return ctx.pick("detail", options).format(d=text)


# The resident's own reaction typed with no subject ("loved your line about ...", "really
# liked the case you showed"): the verb is theirs, so "I" is its subject
_REACTED = lazy(r"(?:really\s+|especially\s+|so\s+|totally\s+|truly\s+)?"
                r"(?:loved|liked|enjoyed|appreciated|valued|admired|was\s+struck\s+by|"
                r"was\s+inspired\s+by|was\s+moved\s+by)\s+(?=\S)", re.IGNORECASE)


def reaction(text: str) -> str | None:
    """'loved your line about triage' -> 'I loved your line about triage.'; None for any other
    phrase (see `_REACTED`)."""
    if not _REACTED.match(text):
        return None
    return ph.sentence(f"I {ph.decapitalize(text)}")


# A detail typed as what the two of them did ("talked about how she balances ...")
_TALKED = {"talked", "discussed", "chatted", "spoke", "went", "compared", "brainstormed"}


# A clause: a short subject, then its finite verb ("the pilot was a success", "the pilot lowered
# readmissions"). A noun phrase taken for one still reads well in the clause's frame ("...
# stayed with me: X").
_SUBJECT = lazy(r"(?:the|a|an|this|that|these|those|our|my|your|it|they|we|there)\b",
                      re.IGNORECASE)
# words that end a clause's subject before any verb: a preposition, a pronoun or a relative
# (what follows is a noun phrase's own: "the checklist you showed me", "your case on missed
# strokes", "your idea to do a joint M&M", "the part where you said ...")
_NOT_SUBJECT = {"to", "on", "in", "of", "for", "about", "with", "from", "at", "by", "you", "i",
                "we", "they", "he", "she", "where", "that", "which", "who", "when", "how"}
_FINITE = {"was", "is", "were", "are", "has", "have", "had", "will", "would", "could", "can",
           "did", "does", "do"}


def clause(text: str) -> bool:
    """The text opens with a short subject and its finite verb (see `_SUBJECT`)."""
    if not _SUBJECT.match(text):
        return False
    for word in text.lower().split()[1:5]:
        if word in _FINITE or is_past(word):
            return True
        if word in _NOT_SUBJECT:  # "the checklist you showed", "your case on missed calls"
            return False
    return False


def action(text: str) -> str | None:
    """A detail typed as a verb phrase in the past with no subject ('walked the team through
    the protocol', 'was honest about the hours'), as its -ing form ('walking the team through
    the protocol', 'being honest about the hours'): a frame can keep it without saying who
    acted. None for any other phrase."""
    word = ph.first_word(text)
    rest = text.split(" ", 1)[1] if " " in text.strip() else ""
    if not rest or word in _TALKED or not (is_past(word) or word in ("was", "were")):
        return None
    return f"{gerund(word)} {rest}"
