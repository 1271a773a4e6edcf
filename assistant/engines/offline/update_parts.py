"""An update's news read into its parts before its outcomes are (update_read.py): the items of
a list however it is typed (lines, bullets, "1) ... 2) ...", " / ", " | "), a question the
resident puts to the reader inside the news ("... - should I wait to hear from UCSF?"), an
apology for writing late ("sorry it's been forever"), and a line that only announces the news
("so a lot has happened since we last talked"). The question is asked as a question of its
own, never folded into "I wanted to share that ..."; the apology is said once, in the frame's
words; the announcement is the frame's already and is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.engines import phrasing as ph
from assistant.engines.offline.update_typed import unlabelled
from assistant.phi.vocab import is_common
from assistant.text.greeting import typed_greeting_end
from assistant.text.patterns import lazy
from assistant.text.pronouns import capital_i
from assistant.text.shorthand import expand_words
from assistant.text.typed import BULLET, any_chance

# A number that marks an item inside a line: "1) paper submitted 2) LOI due"
_INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))\(?\d{1,2}\)\s+")
# The same with a dot ("1. ... 2. ..."), only when "1." and "2." both open items of the line
_INLINE_DOTTED = lazy(r"(?:^|(?<=\s))\d{1,2}\.\s+")

# Letters that mark the items of one line, from "a)" on: "a) ITE done b) interviews next week"
_INLINE_LETTER = re.compile(r"(?:^|(?<=\s))\(?[a-h]\)\s+")

# A slash or a bar between words, typed to separate items ("poster done / paper in review");
# "w/", "b/c", "3/14", "and/or" have no space around their slash
_SEPARATOR = lazy(r"\s+[/|]\s+")

# Where one segment of the news ends and another begins (a sentence end, a semicolon, a dash
# between words)
_SEGMENT = lazy(r"(?<=[.!?;])\s+|\s+[-–—]+\s+|;\s*")

# A question to the reader: it ends in "?" and opens as a question does
_QUESTION_OPENERS = lazy(
    r"^(?:is|are|was|were|do|does|did|should|shall|could|can|would|will|have|has|any|what|"
    r"how|who|whom|when|where|which|why|thoughts|ok|okay|worth)\b", re.IGNORECASE)

# An apology for the time since the last update
_APOLOGY = lazy(
    r"^(?=.*\b(?:sorry|apologies|my\s+bad)\b).*\b(?:forever|long|while|ages|silence|delay|late|"
    r"slow|mia|quiet|radio|been)\b|^long\s+time\s+no\s+(?:talk|see|update|chat)\b|"
    r"^(?:it['’]?s|its|it\s+has)\s+been\s+(?:forever|ages|a\s+while|so\s+long|too\s+long|"
    r"(?:over|almost|nearly|more\s+than)\s+(?:a|an|\w+)\s+(?:year|month)s?)\b",
    re.IGNORECASE)

# The frame typed before the news ("wanna let u know that ...", "just wanted to tell you"):
# the sentence's own frame says it
# ("I am very happy to inform you that ...", "I want to say you that ...", "I would like to
# inform you that ...": the frame as a writer of another first language types it)
_FRAME = lazy(r"^(?:i\s+)?(?:just\s+)?(?:wanted|want|wanna|needed|had|would\s+like|['’]d\s+"
                    r"like)\s+(?:to\s+)?(?:let\s+(?:you|u)\s+know|tell\s+(?:to\s+)?(?:you|u)|"
                    r"say\s+(?:to\s+)?(?:you|u)|say(?=\s+(?:that\s+)?(?:I|we|my|our)\b)|inform(?:\s+(?:you|u)|(?=\s+that\b))|"
                    r"share(?:\s+with\s+(?:you|u))?|"
                    r"update\s+(?:you|u)(?:\s+on)?)(?:\s+that)?\s+|"
                    r"^(?:i\s+)?(?:just\s+)?(?:wanted|want|wanna|needed)\s+(?:you|u)\s+to\s+"
                    r"(?:know|hear)(?:\s+that)?\s+|"
                    r"^(?:i\s+)?(?:have|had)\s+the\s+(?:great\s+)?pleasure\s+(?:to|of)\s+(?:tell|"
                    r"inform)(?:ing)?\s+(?:you|u)(?:\s+that)?\s+|"
                    r"^(?:i\s+(?:am|['’]m)\s+|i\s+)?(?:(?:very|so|really)\s+)?(?:happy|pleased|glad|"
                    r"proud|delighted|honou?red)\s+to\s+(?:inform(?:\s+(?:you|u)|(?=\s+that\b))|(?:tell|let)\s+(?:you|u))"
                    r"(?:\s+know)?"
                    r"(?:\s+that)?\s+", re.IGNORECASE)

# A pleasantry typed before the news as in an email, after its greeting ("Hi Ana, hope you're
# well!"): the draft has its own
_PLEASANTRY = lazy(r"^(?:i\s+)?hope\s+(?:you['’]?re|you\s+are|u\s+r|u['’]?re|ur|your|"
                         r"all\s+is|you['’]ve\s+been|"
                         r"things\s+are|this\s+finds\s+you)\b[^.!?]*[.!?]*\s*$|"
                         # "long time!", "quick one:": a greeting or a label, no news
                         r"^(?:long\s+time|been\s+a\s+minute|quick\s+(?:one|note|thing))[\s.!:]*$",
                         re.IGNORECASE)

# A filler that opens the news as it would a story told aloud ("ok so I'm going to ...")
# ("k so", "kk,": the lower-case letter alone before "so" or a comma; "K award" is no filler)
_FILLER_OPENER = lazy(r"^(?:(?:ok(?:ay)?|(?-i:kk?)(?=,|\s+so\b)|well|um+|anyway|alright|fyi)"
                      r"[,:\s]+)+(?:so[,\s]+)?"
                            r"(?=[A-Za-z])|^so[,\s]+(?=(?:I|we|my|our)\b)", re.IGNORECASE)

# Praise of the reader typed inside the news ("ur the best"): the thanks says it
_PRAISE = lazy(r"^(?:you(?:['’]re|\s+are)|ur|u\s+r|your|youre)\s+(?:the\s+|a\s+|so\s+)?"
                     r"(?:best|amazing|awesome|incredible|legend|goat|lifesaver|life\s+saver|hero|"
                     r"star)\b", re.IGNORECASE)

# Thanks said before the news ("just wanted to say thanks - ..."): the draft's thanks says it
_THANKS_FIRST = lazy(r"^(?:(?:i\s+)?(?:just\s+)?(?:wanted|want|wanna|had)\s+to\s+"
                           r"(?:say\s+)?)?"
                           r"(?:thanks|thank\s+(?:you|u)|thx|ty)(?:\s+(?:again|so\s+much|a\s+lot|"
                           r"a\s+ton))*(?:\s+for\s+(?:everything|all(?:\s+(?:of\s+)?(?:it|that|"
                           r"this))?|all\s+you\s+do|all\s+you['’]ve\s+done))?\s*$", re.IGNORECASE)

# The same thanks opening a sentence of news ("thank you so much, the letter you wrote got me
# the interview"): the news is what follows
_THANKS_OPENING = lazy(r"^(?:thanks|thank\s+(?:you|u)|thx|ty)(?:\s+(?:again|so\s+much|"
                             r"a\s+lot|"
                             r"a\s+ton))*\s*(?:[,:!]+|\s[-–—]+)\s*(?=\S)", re.IGNORECASE)

# A line that only announces news to come
_ANNOUNCE = lazy(
    r"^(?:so\s+|ok\s+so\s+|well\s+)?(?:a\s+lot|lots|so\s+much|a\s+bunch|tons)\s+(?:has\s+|have\s+)?"
    r"(?:happened|going\s+on|to\s+(?:share|tell|update))\b[^.!?:]*$|"
    r"^(?:quick|big|some|a\s+few)\s+(?:updates?|questions?)\s*$|"
    r"^(?:so\s+|ok\s+so\s+)?(?:so\s+much|lots\s+of|a\s+lot\s+of|tons\s+of|big|exciting|good|"
    r"great|many)\s+(?:news|updates)\s*$|"
    # "fam news - ...", "work update: ...": a part of life named before its news; "guess what"
    r"^(?:fam|family|work|life|personal|home|research|clinical|career|school|job)\s+"
    r"(?:news|updates?)\s*$|^guess\s+what\b[\s!?.]*$|^quick\s+(?:one|thing|note)\s*$|"
    r"^(?:\d+|two|three|four|a\s+few|a\s+couple(?:\s+of)?|some)\s+(?:quick\s+|big\s+)?"
    r"(?:updates?|things|items|bits\s+of\s+news)\s*$|"
    r"^(?:(?:a\s+)?change\s+of\s+plans?|plans?\s+(?:changed|change)|new\s+plan)\s*$",
    re.IGNORECASE)


# A note to self to ask the reader something ("ask her if she can stay on as my mentor", "see
# if he has room in May"): asked of the reader as a question, never told as news
_TO_ASK = lazy(r"^(?:(?:and|also|so|then|pls|please)\s+)*(?:ask"
               r"(?:\s+(?:you|u|him|her|them))?\s+"
               r"(?:if|whether|about|for|to|what|how|when|where|which|who|why)\b|"
               r"(?:see|check|find\s+out)\s+(?:if|whether)\b)", re.IGNORECASE)

# Thanks typed before the news with what it is for ("wanted to thank you for the letter, I
# matched ..."): the thanks is the draft's, what it is for is the credit's
_THANKS_FOR = lazy(r"^(?:i\s+)?(?:just\s+)?(?:wanted|want|wanna|had|have)\s+to\s+(?:say\s+)?"
                   r"(?:thanks|thank\s+(?:you|u))(?:\s+(?:again|so\s+much))?\s+for\s+"
                   r"(?P<what>[^,;!?]{3,120}?)\s*(?:[,;!]+|[.:](?=\s)|\s[-–—]+)\s*(?=\S)",
                   re.IGNORECASE)


# "no big news": there is none beyond the thanks that follows
_NOTHING_BIG = lazy(r"^(?:so\s+)?no\s+(?:big|real|major|huge|exciting|special)\s+news"
                    r"(?:\s+(?:really|here|to\s+report))?\s*(?:[,.;:!]+|\s[-–—]+)\s*",
                    re.IGNORECASE)

# What the help did, said after the thanks ("it helped a lot", "it made a huge difference"):
# the thanks says it
_HELPED = lazy(r"^(?:and\s+)?(?:it|that|this|you)\s+(?:really\s+|truly\s+)?(?:helped|made\s+a\s+"
               r"(?:big\s+|huge\s+|real\s+)?difference|meant\s+a\s+lot|changed\s+everything)\b"
               r"[^.!?]*$", re.IGNORECASE)


@dataclass
class NewsParts:
    """The news with its questions, asks, thanks and apology taken out."""

    news: str
    questions: list[str] = field(default_factory=list)
    apology: bool = False
    asks: list[str] = field(default_factory=list)  # notes to self to ask the reader, as typed
    thanks: str = ""  # what thanks typed before the news was for ("the letter")
    only_thanks: bool = False  # the news was thanks and nothing else ("thanks for everything")


def _numbered(line: str, first_gone: bool = False) -> list[str]:
    """A line's items by their numbers "1)", "2)", ... in order (the first may have gone with
    the line's bullet); "(score 38)" or a lone "3)" marks no item."""
    cuts: list[re.Match[str]] = []
    want = {1, 2}  # "1)" may have gone with the line's bullet
    for m in _INLINE_NUMBER.finditer(line):
        n = int(re.sub(r"\D", "", m.group(0)))
        if n in want:
            cuts.append(m)
            want = {n + 1}
    if len(cuts) < 2 and not (first_gone and cuts and cuts[0].group(0).strip("( )") == "2"):
        return [line] if line else []
    pieces = [line[:cuts[0].start()]] + [line[a.end():b.start()] for a, b in
                                          zip(cuts, cuts[1:], strict=False)] + \
        [line[cuts[-1].end():]]
    return [p.strip() for p in pieces if p.strip()]


def as_list(news: str) -> str:
    """The items of a list typed on lines, with bullets, numbers or slashes, as one line whose
    items a semicolon separates ("- ITE 78th percentile\\n- applying cards" -> "ITE 78th
    percentile; applying cards")."""
    items: list[str] = []
    for raw in news.splitlines():
        lettered = re.match(r"\s*\(?a\)\s", raw) and re.search(r"\s\(?b\)\s", raw)
        line = raw.strip() if lettered else BULLET.sub("", raw).strip()
        marker = _INLINE_LETTER if lettered else _INLINE_NUMBER
        if not lettered and re.search(r"(?:^|\s)1\.\s+\S.*\s2\.\s+\S", line):
            marker = _INLINE_DOTTED  # "1. IRB approved 2. first patient enrolled"
        gone = bool(re.match(r"\s*\(?1[).]\s", raw))  # "1)" went with the line's bullet
        inline = _numbered(line, gone) if marker is _INLINE_NUMBER else \
            [p.strip() for p in marker.split(line) if p.strip()]
        if len(inline) < 2 and not marker.match(line):
            inline = [line] if line else []
        for piece in inline:
            items += [p.strip() for p in _SEPARATOR.split(piece) if p.strip()]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    # an item that ends its own sentence keeps its mark; the others end at a semicolon
    return " ".join(i if i[-1:] in ".!?;" else f"{i};" for i in items).rstrip(";")


# The reader typed as a letter ("u"), written out by the shorthand table
_READER = frozenset({"u"})


def question(text: str) -> str:
    """A question the resident typed, said to the reader: capitalised, its "?" kept ("any
    chance you'd look at mine?" -> "Would you be willing to look at mine?")."""
    text = ph.clean(text).rstrip("?!. ")
    chance = any_chance(text)
    if chance:
        rest = chance[1]
        text = f"would you {rest}" if re.match(r"be\b", rest) else \
            f"would you be willing to {rest}"
    # "is it ok if I list you ...": the informal "ok" asked as a mentor is asked
    text = re.sub(r"^is\s+it\s+(?:ok|okay|alright|cool|fine)\s+(?=if\b|to\b)",
                  "would it be all right ", text, flags=re.IGNORECASE)
    text = capital_i(text)
    text = expand_words(text, _READER)
    return f"{ph.capitalize(text)}?"


# Verbs of what a resident decides between, besides the common ones ("resubmit in July or
# switch to a K99?", "take the Mayo spot or wait?")
_CHOOSING = {"resubmit", "switch", "go", "wait", "accept", "decline", "defer", "do", "pick",
             "choose", "move", "stay", "reapply", "apply", "sign", "turn", "push", "delay"}


def _choice(question: str) -> bool:
    """A question between two courses typed from its verb, with the "should I" left out."""
    first = ph.first_word(question)
    return bool(re.search(r"\bor\b", question)) and (first in _CHOOSING or
                                                      first in ph.COMMON_VERBS)


# An item typed as a label and its value ("Step 3 - passed", "ITE: 90th %ile", "Research -
# 2 abstracts submitted"): a short label (three words at most) before a dash or a colon
_LABEL_VALUE = lazy(r"^(?P<label>[A-Za-z][\w&/'’.-]*(?:\s+[\w&/'’.-]+){0,2})\s*(?:[:–—]|\s-)\s*"
                    r"(?P<value>\S.*?)[.!;]*$")
# A value that is only a state ("passed", "done", "submitted"): said after its label
_STATE_VALUE = lazy(r"(?:(?:finally|just|officially|all|now)\s+)?(?:passed|done|finished|"
                    r"submitted|accepted|matched|approved|funded|booked|signed|scheduled|"
                    r"published|complete|completed|started|over|sent|in|out|renewed|pending|"
                    r"(?:in|under)\s+review)$",
                    re.IGNORECASE)


def labelled_items(text: str) -> str:
    """News typed as labelled items, two or more, one a sentence or a line ("Step 3 - passed.
    ITE - 90th %ile. Wellness - finally took a vacation."), as outcomes: a state after its
    label ("Step 3 passed"), a measure after it ("ITE 90th percentile"), and a clause of its
    own without a label that only names a part of life (`_LIFE_AREAS`); when an item is none
    of these ("Fellowship: interviewing at 4 places"), the text as typed."""
    items = [i.strip() for i in re.split(r"(?<=[.!;])\s+|\n+", text) if i.strip()]
    matched = [_LABEL_VALUE.match(i) for i in items]
    if len(items) < 2 or not all(matched):
        return text
    out = []
    for m in matched:
        label, value = m["label"], m["value"].strip()  # type: ignore[index]
        value = re.sub(r"(\d+(?:st|nd|rd|th)?)\s*%ile\b", r"\1 percentile", value)
        kind = label.lower() in _LIFE_AREAS
        if re.fullmatch(r"[A-Z][a-z]+", label) and is_common(label.lower()):
            label = label.lower()  # "Poster - accepted": capitalised by the line's start only
        if _STATE_VALUE.fullmatch(value) or re.match(r"[\d$£€~]", value) and not kind:
            out.append(f"{label} {value}")  # "Step 3 passed", "ITE 90th percentile"
        elif kind and len(value.split()) >= 2:
            out.append(value)  # "Wellness - finally took a vacation"
        else:
            return text
    return "; ".join(out)


# Labels that name only a part of life, not a fact ("Research - 2 abstracts submitted")
_LIFE_AREAS = {"research", "wellness", "personal", "life", "family", "clinical", "clinic",
               "work", "teaching", "education", "career", "home", "health", "fitness", "other",
               "misc", "admin", "leadership", "service", "scholarship", "academics",
               "professional", "outside work", "non-work", "fun"}


def news_parts(news: str) -> NewsParts:
    """The news read into its parts (see the module's docstring)."""
    listed = labelled_items(as_list(news))
    labelled = unlabelled(listed)
    changed = labelled != listed
    listed = labelled
    greeted = typed_greeting_end(listed)  # "Hi Dr. Ito, ...": before a title's dot ends a segment
    if greeted and len(listed[:greeted].split()) <= 5:
        listed, changed = listed[greeted:], True
    kept: list[str] = []
    questions: list[str] = []
    asks: list[str] = []
    thanks = ""
    apology = False
    thanked_only = False
    nothing = _NOTHING_BIG.match(listed)  # "no big news, just wanted to say thanks for ..."
    if nothing and len(listed) > nothing.end():
        listed, changed = listed[nothing.end():], True
    thanked = _THANKS_FOR.match(listed)
    if thanked:  # "wanted to thank you for the letter, I matched at ...": thanks, then news
        thanks, listed, changed = thanked["what"].strip(), listed[thanked.end():], True
    for segment in _SEGMENT.split(listed):
        seg = segment.strip()
        if not seg:
            continue
        bare = seg.rstrip(".!;,: ")
        if _APOLOGY.search(bare) and len(bare.split()) <= 12:
            apology = True
            continue
        greeted = typed_greeting_end(seg)  # "hey dr ruiz! ...": the draft has its own
        greeted = seg[greeted:] if greeted and len(seg[:greeted].split()) <= 5 else seg
        if greeted != seg:
            changed, seg = True, greeted
            bare = seg.rstrip(".!;,: ")
        if _PLEASANTRY.match(seg) or not bare:
            changed = True
            continue
        announced = re.match(r"([^:]{3,60}):\s+(?=\S)", seg)
        if announced and _ANNOUNCE.match(announced.group(1)):  # "lots happened: ...": the news
            seg, changed = seg[announced.end():], True
            bare = seg.rstrip(".!;,: ")
        owed = re.match(r"(?:(?:and|so)\s+)?(?:thanks|thank\s+(?:you|u)|thx|ty)(?:\s+(?:so\s+much|"
                        r"again|a\s+lot))?\s+for\s+(?P<what>\S.{2,150})$", bare, re.IGNORECASE)
        if owed and kept and not thanks:  # "... 😭 thank u for ur help w/ the budget": the credit
            thanks, changed = owed["what"], True
            continue
        if _ANNOUNCE.match(bare) or _PRAISE.match(bare) or _THANKS_FIRST.match(bare) or \
                thanks and _HELPED.match(bare):
            changed = True
            thanked_only = thanked_only or not _ANNOUNCE.match(bare) and not _PRAISE.match(bare)
            continue
        framed = _FRAME.sub("", _FILLER_OPENER.sub("", _THANKS_OPENING.sub("", seg)))
        # "turns out I did not need ...": what it turned out to be is the news
        framed = re.sub(r"^(?:so\s+)?(?:it\s+)?turn(?:s|ed)\s+out(?:\s+that)?\s+(?=\S)", "", framed,
                        flags=re.IGNORECASE)
        # "guess who got chief": the teaser's "who" is the resident
        framed = re.sub(r"^guess\s+who(?:['’]s|\s+is)\s+", "I am ", framed, flags=re.IGNORECASE)
        framed = re.sub(r"^guess\s+who\s+(?=(?:got|won|made|matched|passed|landed|[a-z]+ed)\b)",
                        "", framed, flags=re.IGNORECASE)
        changed = changed or framed != seg
        seg = framed
        if _TO_ASK.match(bare) and len(bare.split()) >= 3:  # "ask her if she ...": a question
            asks.append(re.sub(r"^(?:(?:and|also|so|then|pls|please)\s+)+", "", bare,
                               flags=re.IGNORECASE))
            changed = True
            continue
        if seg.rstrip().endswith("?") and len(bare.split()) >= 3 and \
                _QUESTION_OPENERS.match(bare):
            questions.append(question(seg))
            continue
        if seg.rstrip().endswith("?") and _choice(bare):
            questions.append(question(f"should I {seg}"))  # "resubmit or switch to a K99?"
            changed = True
            continue
        kept.append(seg if seg[-1:] in ".!?;" else f"{seg};")
    if not kept:  # nothing but a question or an apology: the news is what was typed
        return NewsParts(news if not questions and not apology and not asks and not thanks and
                         not thanked_only else "", questions, apology, asks, thanks,
                         thanked_only or bool(thanks))
    if not questions and not apology and not changed:
        return NewsParts(listed)  # nothing taken out: the news as typed
    return NewsParts(" ".join(kept).rstrip(";").strip(), questions, apology, asks, thanks)
