"""A sentence said in fewer characters without losing what it states: the forms the note
shortener tries before it leaves out a sentence that holds a fact (`shorten_read.role_pieces`).

What goes is read by what it does in the sentence, never by the fact it carries:
- an aside in brackets or between dashes ("(sorry about that)", "(the one on slide 12)"): a
  remark beside the sentence, which reads whole without it;
- the writer's own name in an apposition ("I'm Tomás, a PGY-2 in psychiatry" -> "I'm a PGY-2 in
  psychiatry"): the profile beside a LinkedIn note shows it;
- a frame that only announces the clause after it ("I'm reaching out because", "I write you
  because", "with great interest", "the reason I'm writing is that");
- the writer's own program after their role ("I'm a PGY-2 in internal medicine at Mayo
  Rochester, applying to ..." -> "I'm a PGY-2 in internal medicine, applying to ..."): the
  profile beside the note shows it, as it shows the name;
- intensifiers and hedges that modify without stating ("really", "super", "honestly", "kind
  of", "if possible", "sometime", "no pressure at all", "I know it's early, but", a time that
  names none: "in the next few weeks", "at your convenience");
- in a statement (never an ask, whose time is what is proposed), when it happened or will
  ("last week", "in May", "next fall", "this cycle") and where the writer was ("during my CCU
  month", "on our night float"): the fact is the event or the plan.
Each removal leaves a whole clause; a form that would lose its verb or end on a word that waits
for more is not offered. Whether a shorter form is chosen is the fitter's decision: it weighs
what every form keeps (`shorten_fit.choose`).
"""

from __future__ import annotations

import re

from assistant.checks.functions import asks_or_commits
from assistant.text.patterns import lazy

# An aside: brackets, or between two dashes (or a dash and the sentence's end, after a clause).
_BRACKETS = lazy(r"\s*\([^()\n]{1,120}\)")
_DASHED = lazy(r"\s+[—–]\s+[^—–\n]{1,80}?\s+[—–](?=\s)")
# The writer's own name before an apposition naming their role: "I'm Sam Whitford, a PGY-3 ...".
_OWN_NAME = lazy(r"\b(I['’]m|I\s+am)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,\s+"
                       r"(?=(?:a|an|the|one\s+of)\s)")
# The writer's program after their role: "I'm a PGY-2 in IM at Mayo Rochester" (up to the clause's
# end, or a participle or clause that goes on about the writer).
OWN_PLACE = lazy(
    r"(\bI(?:['’]m|\s+am)\s+(?:a|an|the)\s+(?=[^,.;:!?]{0,50}?\b(?:PGY-?\d|resident|intern|"
    r"(?:first|second|third|fourth|fifth)[- ]year)\b)[^,.;:!?]{2,60}?)\s+at\s+(?:the\s+)?"
    r"[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|and|&))*"
    r"(?=\s*[,.;:!?]|\s+(?:and|applying|hoping|planning|interested|keen|who|where|"
    r"[a-z]+ing)\b|$)")
# When a told event happened or a plan will ("last week", "in May", "this cycle", "in 2027"),
# at the end of a clause.
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
_WHEN = lazy(
    r"\s+(?:(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|month|year|cycle|fall|"
    r"spring|summer|winter|autumn|semester|term|" + _MONTH + r")|(?:in|on|back\s+in)\s+"
    + _MONTH + r"|in\s+20\d\d|yesterday|recently)(?=\s*[,.;:!]|\s+and\s|$)", re.IGNORECASE)
# Where the writer was when it happened, at the end of a clause: "during my CCU month", "on
# our night float" (the fact is what they read or did there; "on nights" alone may be the fact:
# "we had a lot of admissions on nights").
_WHERE_I_WAS = lazy(
    r"\s+(?:(?:during|on|over|throughout)\s+(?:my|our)\s+[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,2}?"
    r"(?:\s+(?:month|rotation|block|week|shift|shifts|call|nights?|service|elective))?)"
    r"(?=\s*[,.;:!]|\s+and\s|$)", re.IGNORECASE)
# Questions announced before they are asked ("I had a couple of questions", "two quick asks").
ANNOUNCED = (r"(?:I\s+(?:have|had)\s+)?(?:a\s+(?:couple|few)\s+(?:of\s+)?|two\s+|three\s+|some\s+)"
             r"(?:quick\s+)?(?:questions|asks|things)(?:\s+if\s+you\s+have\s+a\s+(?:sec|second|"
             r"minute|moment))?")
# A frame that announces the clause after it, which keeps its own subject.
_FRAMES = lazy(
    r"^(?:(?:I(?:['’]m|\s+am)\s+(?:reaching\s+out|writing(?:\s+to\s+you)?|messaging\s+you)|"
    r"I\s+(?:write|am\s+writing)\s+(?:to\s+)?you|the\s+reason\s+I(?:['’]m|\s+am)\s+(?:reaching\s+"
    r"out|writing)\s+is)\s+(?:because|since|as|that)\s+|with\s+great\s+interest\s*,?\s+|"
    r"I\s+know\s+(?:it['’]s|this\s+is)\s+(?:early|a\s+long\s+shot|last\s+minute)\s*,?\s+but\s+|"
    # questions announced before they are asked: "A few questions: could you ..."
    rf"{ANNOUNCED}\s*[:—–-]\s*)"
    r"(?=\w)", re.IGNORECASE)
# Words that only modify: intensifiers, softeners (never "not", "only", numbers, or a noun).
_MODIFIERS = lazy(
    r"\s+(?:really|very|super|so(?=\s+(?:helpful|useful|grateful|great|interesting|excited|"
    r"much\s+for))|totally|honestly|truly|incredibly|especially|particularly|definitely|actually|"
    r"basically|just|somewhat|closely|kind\s+of|sort\s+of|kinda|a\s+lot(?!\s+of)|even|briefly|quickly|quite)"
    r"(?=\s+\w)", re.IGNORECASE)
# Hedges on an ask or a plan that it reads the same without.
_HEDGES = lazy(
    r",?\s+(?:if\s+(?:(?:it\s+)?is\s+)?possible|if\s+you\s+have\s+(?:a\s+moment|time|a\s+minute)|"
    r"when\s+you\s+(?:have|get)\s+a\s+(?:moment|chance|minute|sec)|at\s+some\s+point|sometime"
    r"(?=\s+(?:in|this|next|soon)\b|[?.!,]|$)|no\s+pressure(?:\s+at\s+all)?|"
    r"(?:even\s+)?just\s+for\s+\w+\s+at\s+first|"
    # a time that names none: "in the next few weeks", "at your convenience", "whenever works"
    r"if\s+(?:your\s+schedule|time)\s+(?:allows|permits)|"
    r"(?:in|over|within)\s+the\s+(?:next|coming)\s+(?:(?:few|couple(?:\s+of)?)\s+)?(?:days|weeks|"
    r"months)|at\s+your\s+(?:earliest\s+)?convenience|whenever\s+(?:it['’]s\s+convenient|"
    r"(?:it\s+)?works(?:\s+for\s+you)?|you\s+(?:can|have\s+time)))(?=[\s?.!,]|$)", re.IGNORECASE)
# Where the reader's work was given or printed, named after it ("your talk at the AAP
# conference on ...", "your paper in the World Journal of Surgery on ..."): the work and its
# topic say what the note refers to. The compressed form keeps the venue ("your talk at Johns
# Hopkins on ..."); a note that must spare more spares it (`without_venue`).
_VENUE = lazy(
    r"\b((?:talk|lecture|session|workshop|presentation|poster|paper|article|review|piece|"
    r"abstract|study|keynote|panel|grand\s+rounds))\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w'’&.-]*"
    r"(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'’&.-]*)*(?:\s+(?:conference|meeting|summit|"
    r"symposium|congress|journal))?(?=\s+(?:on|about|regarding|was|is|and|that)\b|\s*[,.;:!?]|$)")
# A word a clause cannot end on.
_WAITS = lazy(r"(?:^|\s)(?:a|an|the|my|your|our|of|for|to|in|on|at|with|from|by|about|"
                    r"and|or|but|so|than|as|is|was|are|be)$", re.IGNORECASE)


def compressed(sentence: str, deep: bool = True) -> str:
    """The sentence with its asides, its writer's own name, announcing frames, intensifiers and
    hedges left out (module docstring); the sentence itself when none is there or what is left
    would not stand as a clause."""
    text = sentence.strip()
    end = text[-1] if text[-1:] in ".?!" else ""
    body = text[:-1] if end else text
    out = _BRACKETS.sub("", body)
    out = _DASHED.sub("", out)
    out = _OWN_NAME.sub(lambda m: f"{m.group(1)} ", out)
    if deep:
        out = OWN_PLACE.sub(r"\1", out)
    framed = _FRAMES.match(out)
    if framed:
        rest = out[framed.end():]
        out = rest[:1].upper() + rest[1:]
    out = _MODIFIERS.sub("", out)
    out = _HEDGES.sub("", out)
    if deep and end != "?" and not asks_or_commits(out):
        out = _WHERE_I_WAS.sub("", _WHEN.sub("", out))
    out = re.sub(r"\s{2,}", " ", out).strip(" ,;:—–-")
    if len(out.split()) < 3 or _WAITS.search(out) or out == body:
        return sentence
    return out + (end or ".")


def without_venue(sentence: str) -> str:
    """The sentence without the name of where the reader's work was given or printed
    (`_VENUE`): "I read your paper in the World Journal of Surgery on task-sharing" -> "I read
    your paper on task-sharing". Said of the reader's work only, never in an ask."""
    if sentence.rstrip().endswith("?") or asks_or_commits(sentence):
        return sentence
    out = _VENUE.sub(r"\1", sentence)
    return out if len(out.split()) >= 3 else sentence
