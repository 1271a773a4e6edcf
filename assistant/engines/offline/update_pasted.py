"""News pasted from a phone before it is read (update_parts.py): what the paste carries besides
the news is left out, and what was said to the resident is said by the resident.

- a phone's signature line ("Sent from my iPhone") and a chat app's time stamp ("[Tue 9:02 AM]");
- an e-mail the resident received, pasted whole ("Subject: ...", "Dear Dr. Ruiz, we are pleased
  to inform you that your abstract ...") is what it tells them, from their side ("my abstract
  ...");
- a text the resident quotes as their own ('what I texted my co-res: "they picked me for chief"')
  is the news;
- a chat pasted with its speakers ("Chief: you're on transplant in aug" / "me: yesss ty"):
  another's line is told from the resident's side ("you're" -> "I'm", "your" -> "my"), the
  resident's thanks or cheer is left out, and a yes-or-no question of theirs answered in the next
  line becomes what the answer says ("did the abstract get in??" / "yes! ..." -> "the abstract
  got in; ..."); a question with no answer is left out (say less, invent nothing).
"""

from __future__ import annotations

import re

from assistant.checks.signoff import find_signoff
from assistant.engines import phrasing as ph
from assistant.text.greeting import typed_greeting_end
from assistant.text.paste import FOOTER, SPEAKER, STAMP
from assistant.text.patterns import lazy

# The resident's own words quoted after saying where they sent them
_QUOTED_OWN = lazy(r"^\s*(?:(?:this\s+is\s+|here['’]?s\s+|copying\s+|pasting\s+)?what\s+I\s+"
                   r"(?:just\s+)?(?:texted|messaged|told|wrote|sent|posted)|(?:I\s+)?(?:just\s+)?"
                   r"(?:texted|messaged))\b[^\"“‘:]{0,80}[:,-]?\s*(?P<q>[\"“‘']|(?<=:\s)')"
                   r"(?P<said>[^\"”’]{3,400}?)[\"”’']\s*[.!]*\s*(?:[-–—]+\s*(?P<more>\S.*))?$",
                   re.IGNORECASE | re.DOTALL)

# A line that only cheers, praises or thanks ("yesss ty", "omg!!", "so proud of you!!", "thanks
# mom"): no news
_CHEER = lazy(r"^\s*(?:(?:y+e+s+|yay+|woo+h?o*|omg|ok(?:ay)?|ty|thx|thanks|thank\s+you|"
                    r"so\s+much|lol|haha+|wow|amazing|awesome|great|nice|cool|congrats|"
                    r"congratulations|(?:so\s+|very\s+)?proud\s+of\s+(?:you|u)|well\s+done|"
                    r"you\s+did\s+it|love\s+(?:you|u)|miss\s+(?:you|u)|no\s+way|"
                    r"shut\s+up|stop|what|whoa+|yay+)[\s!.,?]*)+"
                    r"(?:[A-Za-z]+[\s!.,]*)?$", re.IGNORECASE)

# A yes-or-no question about something that happened: "did the abstract get in"
_DID = lazy(r"^did\s+(?P<np>(?:the|my|our|a|an|your|that|this)\s+(?:[\w/-]+\s+){1,3})"
                  r"(?P<verb>get|go|come|make|win|take|run|give|hear|send|see|find|begin|pass|"
                  r"work|happen|land|match|clear|close|open|end|start|finish|count|qualify)\b"
                  r"(?P<rest>[^?]*)\?*\s*$", re.IGNORECASE)

_PAST = {"get": "got", "go": "went", "come": "came", "make": "made", "win": "won", "take": "took",
         "run": "ran", "give": "gave", "hear": "heard", "send": "sent", "see": "saw",
         "find": "found", "begin": "began", "qualify": "qualified"}

# The answer's yes or no, and the marks after it ("yes! ...", "yep - poster at SCCM")
_YES = lazy(r"^\s*(?:y+e+[sp]+|yeah|yup|definitely|of\s+course)\b[\s!.,:;–—-]*",
                  re.IGNORECASE)
_NO = lazy(r"^\s*(?:no+|nope|not\s+yet|unfortunately\s+not)\b[\s!.,:;–—-]*",
                 re.IGNORECASE)


def _past(verb: str) -> str:
    low = verb.lower()
    if low in _PAST:
        return _PAST[low]
    return f"{low}d" if low.endswith("e") else f"{low}ed"


def from_my_side(said: str) -> str:
    """Another's words to the resident told by the resident: "you're on the transplant service"
    -> "I'm on the transplant service", "your abstract" -> "my abstract"."""
    # a greeting word opening the line ("hey you got the ICU elective") is the speaker's
    said = re.sub(r"^(?:(?:hey|hi|hello|yo|so|ok(?:ay)?|fyi|btw|good\s+news|great\s+news|"
                  r"congrats|congratulations)\b[\s,!.:-]*)+(?=\S)", "", said, flags=re.IGNORECASE)
    said = re.sub(r"\byou(?:['’]re|\s+are)\b", "I am", said, flags=re.IGNORECASE)
    # "you" before its verb is "I" wherever it stands ("..., and you got the spot")
    said = re.sub(r"\byou(?=\s+(?:(?:just|also|finally|officially|really)\s+)?(?:got|get|won|"
                  r"made|passed|matched|can|could|should|will|would|need|have|had|did|were|"
                  r"start|begin|[a-z]+ed)\b)", "I", said, flags=re.IGNORECASE)
    said = re.sub(r"\byou(?:['’]ve|\s+have)\b", "I have", said, flags=re.IGNORECASE)
    said = re.sub(r"\byou(?:['’]ll|\s+will)\b", "I will", said, flags=re.IGNORECASE)
    said = re.sub(r"\byou\s+were\b", "I was", said, flags=re.IGNORECASE)
    said = re.sub(r"\byour\b", "my", said, flags=re.IGNORECASE)
    # the speaker's own "our" ("you're our new chief") is the program's: "the"
    said = re.sub(r"\b(I am|I'm|I was|I will be)\s+our\b", r"\1 the", said)
    said = re.sub(r"\byours\b", "mine", said, flags=re.IGNORECASE)
    # "you" before its verb is "I"; elsewhere (an object) "me"
    said = re.sub(r"(?:(?<=^)|(?<=[,;.!?]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bso\s))you\b", "I",
                  said, flags=re.IGNORECASE)
    return re.sub(r"\byou\b", "me", said, flags=re.IGNORECASE)


def _answered(question: str, answer: str) -> tuple[str, str] | None:
    """(what the answer says happened, the rest of the answer) for a yes-or-no question about
    something that happened; None when the question is of another kind or the answer neither
    yes nor no."""
    asked = _DID.match(ph.clean(question))
    if not asked:
        return _answered_about(question, answer)
    np = asked["np"].strip()
    np = re.sub(r"^your\b", "my", np, flags=re.IGNORECASE)  # asked of the resident's own
    yes, no = _YES.match(answer), _NO.match(answer)
    if yes:
        return f"{np} {_past(asked['verb'])}{asked['rest']}".strip(), answer[yes.end():]
    if no:
        return f"{np} did not {asked['verb'].lower()}{asked['rest']}".strip(), answer[no.end():]
    return None


# Another's question of how something went, and the resident's answer of how it went
_HOW = lazy(r"^(?:so\s+)?how\s+(?:did|was)\s+(?P<np>(?:the|your|my|that)\s+[^?]{2,60}?)"
            r"(?:\s+go)?\s*\?*\s*$", re.IGNORECASE)
_WENT = lazy(r"^(?P<adv>(?:(?:really|so|very|pretty|super)\s+)?(?:well|great|good|fine|ok|okay|"
             r"amazing|awesome|badly|rough|terrible|not\s+great))\b[\s!.,:;–—-]*", re.IGNORECASE)


def _how_it_went(question: str, answer: str) -> tuple[str, str] | None:
    """("the interview went really well", the rest of the answer) for "how did the interview
    go?" answered "really well! ..."; None otherwise."""
    asked, went = _HOW.match(ph.clean(question)), _WENT.match(answer)
    if not asked or not went:
        return None
    np = re.sub(r"^your\b", "my", asked["np"].strip(), flags=re.IGNORECASE)
    return f"{np} went {went['adv'].lower()}", answer[went.end():].strip()


# A question asking after something by name ("any word on the travel award??", "news about the
# K award?", "what about Penn?"): its topic
_ABOUT = lazy(r"^(?:so\s+)?(?:any\s+(?:word|news|update|updates|luck)|news|word|what|how)"
              r"\s+(?:on|about|from|with)\s+(?P<np>[^?]{2,80}?)\s*\?*\s*$", re.IGNORECASE)


def _answered_about(question: str, answer: str) -> tuple[str, str] | None:
    """(the topic and what the answer says of it, "") for a question asking after something by
    name answered yes or no ("any word on the award??" / "yes - $500 for SAEM" -> "the award:
    $500 for SAEM"); None otherwise. A bare "yes" says the thing came through; a bare "no",
    that there is no word yet."""
    asked = _ABOUT.match(ph.clean(question))
    yes, no = _YES.match(answer), _NO.match(answer)
    if not asked or not (yes or no):
        return None
    np = re.sub(r"^your\b", "my", asked["np"].strip(), flags=re.IGNORECASE)
    rest = answer[(yes or no).end():].strip(" ;!.,")
    if rest:
        return f"{np}: {from_my_side(rest)}", ""
    return (f"{np} came through" if yes else f"no word yet on {np}"), ""


# An e-mail the resident received, pasted whole: its subject line, its greeting, the sender's
# frame ("we are pleased to inform you that ...") and its closing are the sender's; what it
# tells the resident is the news, told from the resident's side
_HEADER = lazy(r"\s*(?:-{2,}[^\n]*\b(?:forwarded|original)\s+message\b[^\n]*|"
                     r"(?:from|to|cc|date|sent|subject|re|fwd?)\s*:[^\n]*)?\s*$", re.IGNORECASE)
_TOLD = lazy(r"(?:(?:we|I)(?:\s+(?:are|am)|['’](?:re|m))\s+(?:(?:very|so)\s+)?(?:pleased|"
                   r"happy|delighted|glad|thrilled|excited|sorry|writing)\s+to\s+(?:inform|tell|"
                   r"let)\s+you(?:\s+know)?(?:\s+that)?|it\s+is\s+(?:my|our)\s+(?:great\s+)?"
                   r"pleasure\s+to\s+(?:inform|tell)\s+you(?:\s+that)?|congratulations[!.,]*"
                   r"(?=\s+(?:your|you)\b))\s+", re.IGNORECASE)


def _received(text: str) -> str | None:
    """What a pasted e-mail to the resident tells them, from their side ("your abstract has been
    accepted" -> "my abstract has been accepted"); None when the text is no such e-mail."""
    lines = text.splitlines()
    while lines and _HEADER.fullmatch(lines[0]):  # a forwarded message's headers
        lines.pop(0)
    rest = "\n".join(lines)
    rest = rest[typed_greeting_end(rest):]
    told = _TOLD.search(rest, 0, 300)  # after a courtesy or two ("Thank you for submitting.")
    if told is None or rest[:told.start()].count(".") > 2:
        return None
    said = rest[told.end():]
    closing, _ = find_signoff(said, 0, len(said))
    said = said[:closing] if closing else said
    return from_my_side(" ".join(said.split()))


def unpasted(news: str) -> str:
    """The news without what a paste carries (see the module's docstring); the news as typed
    when it is no paste."""
    lines = [STAMP.sub("", line) if STAMP.match(line) and len(line) > 12 else line
             for line in news.splitlines() if not line.strip() or not FOOTER.fullmatch(line)]
    text = "\n".join(lines).strip()
    mail = _received(text)
    if mail:
        return mail
    own = _QUOTED_OWN.match(text)
    if own:  # "texted my co-res: 'we got it' - $15k for ...": what was said, then the rest
        said = own["said"].strip()
        return f"{said.rstrip(' .!;')} - {own['more'].strip()}" if own["more"] else said
    spoken = [SPEAKER.match(line) for line in lines if line.strip()]
    if len(spoken) < 2 or not all(spoken) or not any(s["who"].lower() == "me" for s in spoken):
        return text
    said: list[str] = []
    pending = ""
    asked = ""  # another's question, read only with the resident's answer
    for s in spoken:
        mine = s["who"].lower() == "me"
        words = s["said"].strip()
        if pending:
            told = _answered(pending, words)
            pending = ""
            if told:
                said.append(told[0])
                words = told[1].strip()
        if asked and mine:
            went = _how_it_went(asked, words)
            if went:
                said.append(went[0])
                words = went[1]
        asked = ""
        if mine and words.rstrip("!").endswith("?"):
            pending = words
            continue
        if not mine and words.rstrip("!").endswith("?"):
            asked = words  # "how did the interview go??": asked of the resident, not the reader
            continue
        if not words or _CHEER.match(words):
            continue
        said.append(words if mine else from_my_side(words))
    return "; ".join(p.rstrip(" ;") for p in said if p.strip(" ;!.,"))


def emoji_breaks(text: str) -> str:
    """A run of emoji between two phrases ends the first ("got the grant 😭😭 thank u for ...":
    the thanks is a sentence of its own); the checks' fix then leaves the rest out."""
    if text.isascii():
        return text
    from assistant.checks.rules_tone import _EMOJI_RE

    marked = _EMOJI_RE.sub("\x00", text)
    broken = re.sub(r"(?<=[\w)])[ \t]*\x00[\x00 \t]*(?=[a-z])", ". ", marked)
    return text if broken == marked else broken.replace("\x00", "")
