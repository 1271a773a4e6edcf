"""What a phrase does, as the content checks need it: a request the reader can answer, a next
step the sender commits to, and a request for mentorship.

The patterns describe the function (who acts, toward whom, in what mood), not the words of
the examples they were tested on; the verbs and nouns they name are small closed classes
(modal verbs, verbs of sending and communicating, the mentoring relation), listed here.
All patterns are linear, so a megabyte of text is scanned in well under a second.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.checks.text import word_matches
from assistant.text.patterns import lazy
from assistant.text.pronouns import SECOND_PERSON, pronouns
from assistant.text.sentences import sentence_spans
from assistant.text.words import lower_ascii

# Every pattern here is lower-case and compiled without IGNORECASE, and the request patterns
# have no leading \b: callers pass text through `lower_ascii` (same offsets) and find them
# with `word_matches`, which keeps a megabyte scan fast.
_S = r"[ \t]+"  # one run of blanks between words
_I_WOULD = r"i(?:['’]d|[ \t]+would)"
_I_AM = r"i(?:['’]m|[ \t]+am)"
_I_WILL = r"i(?:['’]ll|[ \t]+will|[ \t]+shall)"

# Verbs by which the sender does something for or toward the reader: sending, telling,
# meeting. "I'll send my aim by Friday" commits to a next step; "I will apply next year" and
# "I'll be at ACC" only state an intention.
_ACT_VERBS = (
    r"(?:send|share|email|e-mail|forward|bring|circulate|attach|call|phone|text|write|reply|"
    r"follow[ \t]+up|reach[ \t]+out|get[ \t]+back|be[ \t]+in[ \t]+touch|keep[ \t]+you|"
    r"let[ \t]+you[ \t]+know|update[ \t]+you|check[ \t]+in|touch[ \t]+base|schedule|set[ \t]+up|"
    r"book|arrange|look[ \t]+for[ \t]+you|come[ \t]+by|stop[ \t]+by|find[ \t]+you|"
    r"make[ \t]+sure|plan[ \t]+on[ \t]+sending|submit|prepare)"
)

# A request the reader can answer: a question, a modal request to "you", a polite imperative,
# or the sender's stated wish that the reader do something.
_ASK = (
    r"\?(?=[\s\"'”’)\]]|$)"
    r"|(?:would|could|can|may|might|will|shall)" + _S + r"(?:you|i|we)\b"
    r"|would" + _S + r"it" + _S + r"be" + _S + r"(?:possible|okay|ok|alright|all" + _S
    + r"right)\b"
    r"|(?:are|were)" + _S + r"you" + _S
    + r"(?:available|free|open|willing|able|around|attending|going)\b"
    r"|do" + _S + r"you" + _S + r"have\b"
    r"|" + _I_WOULD + _S + r"(?:(?:really|so|very|truly|also)" + _S
    + r")?(?:love|like|welcome|appreciate|value|be" + _S
    + r"(?:very" + _S + r"|so" + _S + r"|most" + _S + r")?"
    r"(?:grateful|glad|happy|honou?red|thrilled|thankful|delighted|interested))\b"
    r"|would" + _S + r"(?:love|like|welcome|appreciate|value|be" + _S
    + r"(?:(?:so|very|most|truly)" + _S + r")?(?:grateful|glad|happy))\b"
    # an honour or a wish the reader can grant: "it would be an honour to", "would be a dream"
    r"|would" + _S + r"be" + _S + r"(?:(?:such|truly|really)" + _S + r")?(?:an" + _S
    + r"honou?r|a" + _S + r"(?:real" + _S + r"|great" + _S + r"|huge" + _S + r")?"
    r"(?:privilege|dream|gift))\b"
    # polite imperatives; "please excuse my delay" is an apology, not a request
    r"|(?:please|kindly)" + _S + r"(?!excuse|forgive|pardon|accept" + _S + r"my|keep" + _S
    + r"me" + _S + r"in" + _S + r"mind|feel" + _S + r"free|(?:don['’]t|do" + _S + r"not)" + _S
    + r"hesitate)\w"
    # "let me know" asks when it says what: bare, or only about questions or needs the reader
    # might have, it is a closing that leaves the reader nothing to answer
    r"|let" + _S + r"me" + _S + r"know\b(?![ \t]*(?:[.!,;:)\n]|$|if" + _S + r"(?:you" + _S
    + r"(?:have|need)|there" + _S + r"(?:is|are|['’]s))" + _S + r"(?:any|anything)\b|if" + _S
    + r"anything" + _S + r"comes" + _S + r"up))"
    r"|tell" + _S + r"me\b|how" + _S + r"about\b"
    r"|any" + _S + r"chance\b|next" + _S + r"steps?\b"
    r"|i" + _S + r"(?:\w+ly" + _S + r")?(?:request|ask|invite)\b"
    r"|(?:wanted|want|wish|like|writing|write|hoping|hoped|wished)" + _S + r"to" + _S + r"ask"
    + _S + r"(?:for|if|whether|you|about|your)\b"
    # "would 15 minutes at ACC be possible", with or without its question mark
    r"|would(?:" + _S + r"[\w.'’-]+){1,6}" + _S + r"be" + _S
    + r"(?:possible|feasible|convenient|okay|ok|alright|all" + _S + r"right)\b"
    # "I'm hoping to find 15 minutes", "I was wondering whether you might have time"
    r"|(?:" + _I_AM + r"|i" + _S + r"was|we['’]re|we" + _S + r"are)" + _S
    + r"(?:\w+" + _S + r")?(?:hoping|wondering)" + _S + r"(?:to|if|whether|that|you)\b"
    r"|happy" + _S + r"to" + _S + r"(?:send|share|meet|bring|chat|talk)\b"
    # "if you have a few minutes" asks; "if you have any questions" only closes
    r"|(?:if|whether|when)" + _S + r"you(?:['’]re|" + _S + r"are|" + _S + r"have|" + _S
    + r"had|" + _S
    + r"could|" + _S + r"might|" + _S + r"would|" + _S + r"can)\b(?!" + _S + r"any" + _S
    + r"(?:\w+" + _S + r")?(?:questions?|concerns?)\b)"
    r"|hope" + _S + r"(?:we" + _S + r"can|to)" + _S
    + r"(?:meet|connect|talk|speak|chat|stay" + _S + r"in" + _S + r"touch)\b"
    r"|(?:works?|suits?)" + _S + r"(?:for" + _S + r")?you\b"
    # the sender's hope that the reader acts: "I hoped you might", "hoping that you could"
    r"|hop(?:e|ed|ing)" + _S + r"(?:that" + _S + r")?you" + _S
    + r"(?:might|could|would|can|will|may)\b"
    r"|(?:hop(?:e|ed|ing)|wonder(?:ed|ing)?)" + _S + r"(?:that" + _S + r"|if" + _S
    + r"|whether" + _S + r")?(?:it|that)" + _S + r"(?:could|would|might)" + _S + r"be" + _S
    + r"you\b"
    # a wish the reader can grant: "it would mean a lot to have you in my corner"
    r"|would" + _S + r"mean" + _S + r"(?:a" + _S + r"lot|so" + _S + r"much|the" + _S
    + r"world|a" + _S + r"great" + _S + r"deal)\b"
)

# A next step the sender commits to: "I'll send my aim by Friday", "my CV is attached",
# "my CV will be in your inbox by Friday", "the draft is coming your way".
_NEXT_STEP = (
    r"(?:" + _I_WILL + r"|" + _I_AM + _S + r"going" + _S + r"to|i" + _S
    + r"(?:plan|intend|promise)" + _S + r"to|" + _I_AM + _S + r"(?:planning|about)" + _S
    + r"to)" + _S + r"(?:\w+ly" + _S + r"|also" + _S + r"|then" + _S + r")?" + _ACT_VERBS
    + r"\b"
    r"|" + _I_AM + _S + r"(?:sending|attaching|sharing|forwarding|enclosing|bringing)\b"
    r"|(?:is|are)" + _S + r"attached\b|attached" + _S + r"(?:is|are|please)\b"
    r"|i(?:['’]ve|" + _S + r"have)" + _S + r"(?:attached|enclosed|included)\b"
    r"|please" + _S + r"find\b"
    r"|(?:coming|headed|heading|on" + _S + r"its" + _S + r"way|on" + _S + r"the" + _S
    + r"way)" + _S + r"(?:to" + _S + r")?(?:you|your" + _S + r"way|your" + _S + r"inbox)\b"
    r"|(?:is|are)" + _S + r"(?:coming|on" + _S + r"(?:its|their)" + _S + r"way)\b"
    r"|will" + _S + r"(?:follow|reach" + _S + r"you|be" + _S + r"in" + _S + r"your"
    + _S + r"inbox|arrive|come" + _S + r"to" + _S + r"you)\b"
    r"|(?:sending|attaching|forwarding)" + _S + r"(?:you" + _S + r")?(?:my|the|our)\b"
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The ask and next-step patterns, compiled on first use: `outreach check` without a kind
    never needs them, and they are the largest patterns of the checks."""
    return re.compile(_ASK), re.compile(_NEXT_STEP)


# Verbs of what the sender does alone (a career move, an effort): with them a wish or a promise is
# the sender's own plan unless the reader is in it.
_ALONE_VERBS = (
    r"(?:do|apply|become|pursue|match|train|specialize|specialise|study|go|be|focus|"
    r"practice|practise|return|enter|complete|finish|spend|move|transition|improve|develop|"
    r"grow|gain|start|continue|stay|work|build|learn|explore|contribute|join|be" + _S
    + r"part|get" + _S + r"into)"
)
# "I'd like to apply next year" states the sender's own plan; "I'd like to meet" or "I'd love
# to hear how you chose" asks something of the reader. A wish is only an ask when its verb is
# not one the sender does alone, or when the reader is in the sentence.
_OWN_PLAN = lazy(
    r"(?:" + _I_WOULD + _S + r"(?:\w+ly" + _S + r")?(?:like|love)|" + _I_AM + _S
    + r"(?:\w+ly" + _S + r")?hoping)" + _S + r"to" + _S
    + _ALONE_VERBS + r"\b"
)
# The reader as a participant ("a program like yours" only compares with them).
_READER = pronouns(tuple(w for w in SECOND_PERSON if w != "yours"), folded=True)
_SENTENCE_END = lazy(r"[.!?\n]")


# A closing pleasantry: a wish to meet again some day, with nothing the reader can answer
# ("hope our paths cross", "I'd love to bump into you down the road", "if you're ever in
# town, I'd love to say hi"). It is an ask only with a question mark or a concrete time.
_PLEASANTRY = lazy(
    r"\b(?:see" + _S + r"you|run" + _S + r"into|bump" + _S + r"into|cross" + _S + r"paths|"
    r"paths" + _S + r"(?:cross|will" + _S + r"cross)|say" + _S + r"(?:hi|hello)|meet" + _S
    + r"(?:again|up" + _S + r"again|someday|sometime)|catch" + _S + r"up" + _S
    + r"(?:again|someday|sometime|down)|(?:stay|keep)" + _S + r"in" + _S + r"touch|"
    r"connect" + _S + r"again" + _S + r"(?:someday|sometime|down|in" + _S + r"the" + _S
    + r"future))\b"
)
_CONCRETE_TIME = lazy(
    r"\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|"
    r"january|february|march|april|june|july|august|september|october|november|december|"
    r"next" + _S + r"(?:week|month)|this" + _S + r"(?:week|month|weekend))\b"
)


def _sentence(low: str, pos: int, start: int, end: int) -> tuple[int, int]:
    """The sentence around `pos` within [start, end)."""
    head = max(low.rfind(c, start, pos) for c in ".!?\n") + 1
    stop = _SENTENCE_END.search(low, pos, end)
    return max(head, start), stop.start() if stop else end


# An offer, not a request: "let me know if there's anything I can do", "I'd be happy to help
# with any projects". The reader has nothing to answer unless it is a question.
_OFFER = lazy(
    r"\b(?:anything|any" + _S + r"way|anyhow)" + _S + r"(?:that" + _S + r")?i" + _S
    + r"(?:can|could)" + _S + r"(?:do|help|assist|contribute)\b"
    r"|\b(?:happy|glad|eager|willing)" + _S + r"to" + _S + r"(?:help|assist|contribute|pitch"
    + _S + r"in|lend" + _S + r"a" + _S + r"hand)\b"
)


# An offer whose time the reader is left to choose: "I'm happy to share my summary whenever it
# is useful", "glad to send it if it would help". Nothing is asked and nothing is promised.
_OPEN_TIME = lazy(
    r"\b(?:whenever|any[ \t]?time|at[ \t]+any[ \t]+point|should[ \t]+you|if[ \t]+(?:it|that)"
    r"(?:['’]s|[ \t]+(?:is|would[ \t]+be|would|could|might))?[ \t]+(?:help|helps|useful|"
    r"helpful))\b"
)


def _offer(low: str, s: int, e: int, m: re.Match[str] | None = None) -> bool:
    if "?" in low[s:e + 1]:
        return False
    if m is not None and m.group().startswith(("happy", "glad")) and _OPEN_TIME.search(low, s, e):
        return True
    return _OFFER.search(low, s, e) is not None


def _pleasantry(low: str, s: int, e: int) -> bool:
    return (_PLEASANTRY.search(low, s, e) is not None and "?" not in low[s:e + 1]
            and _CONCRETE_TIME.search(low, s, e) is None)


# The sender's own action offered or planned, as the guide's "concrete next step" ("I'll send you
# my updated CV"): the sender acts ("I'll", "I can", "we're going to", a bare "will" opening a
# note), with a verb of doing, not of waiting or of effort ("I'll keep working hard", "I'll try
# to make it sometime"; being somewhere, "I'll be around", is one only with the reader and a
# near time), and the step is concrete: the reader takes part in it ("to you", "your clinic",
# "our meeting") or it has a near time ("Friday", "by the 14th", "tonight", "next week"). A plan
# a season or a year away ("I'll apply next fall") is an intention.
_OWN_ACTION = lazy(
    r"(?:" + _I_WILL + r"|(?P<we>we)(?:['’]ll|" + _S + r"will|" + _S + r"shall)|(?:" + _I_AM
    + r"|(?P<we_are>we)(?:['’]re|" + _S + r"are))" + _S + r"(?:going|planning|about)" + _S
    + r"to|i" + _S + r"(?:plan|intend|promise)" + _S + r"to|i" + _S + r"(?:can|could)"
    r"|(?:^|(?<=[.!?\n]))[ \t]*will(?:" + _S + r"plan" + _S + r"to)?)" + _S
    + r"(?:(?!(?:ap|re|sup)ply\b)\w+ly" + _S + r"|also" + _S + r"|then" + _S + r"|just" + _S
    + r")?(?!(?:stay|remain|keep|continue|try|hope|wait|think|consider|look" + _S
    + r"forward|miss|need|want|wish|always|never|not|still|see" + _S + r"how)\b)"
    r"(?:(?P<be>be)\b|(?P<alone>" + _ALONE_VERBS + r")\b|[a-z])"
)
# The reader in the step as its recipient or companion ("send you", "with you"),
# or as an owner ("your clinic", "our talk") of a step the sender does not take alone: a verb
# of doing something for or with the reader, or "we" as the ones who act.
_WITH_READER = lazy(
    r"\b(?:(?:to|with|for|by|from|join|see|meet|send|show|give|bring|call|email|text|ask|tell|"
    r"update|visit|help|shadow)" + _S + r"(?:you|u))\b"
)
_READERS = lazy(r"\b(?:your|ur|our)\b")
_NEAR_TIME = lazy(
    r"\b(?:(?:mon|tues?|wed|thu|thur|thurs|fri)(?:\.|\b)|(?:mon|tues|wednes|thurs|fri|satur|sun)"
    r"days?\b|today|tonight|tomorrow|tmrw|eod|eow|(?:this|next)" + _S
    + r"(?:morning|afternoon|evening|week|weekend)\b|end" + _S + r"of" + _S + r"(?:the" + _S
    + r")?(?:day|week)\b|within" + _S + r"(?:a|one|two|three|\d+)" + _S
    + r"(?:hours?|days?|weeks?)\b|the" + _S + r"\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}/\d{1,2}\b|"
    r"\d{1,2}(?::\d\d)?" + _S + r"?(?:am|pm)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|"
    r"oct|nov|dec)[a-z]*\.?" + _S + r"\d{1,2}\b)"
)


def _own_step(low: str, start: int, end: int) -> bool:
    """A concrete next step the sender offers or plans (`_OWN_ACTION`), sentence by sentence:
    the reader takes part in it (after the sender's verb) or it has a near time. Being somewhere
    ("I'll be at your clinic Tuesday at 8") needs both; an open offer ("anything I can help
    with") or a pleasantry is none. Each sentence is scanned a fixed number of times."""
    if _OWN_ACTION.search(low, start, end) is None:
        return False
    for s, e in sentence_spans(low, start, end, lines=True):
        acts = [m for m in _OWN_ACTION.finditer(low, s, e)
                if not (m.start() and low[m.start() - 1].isalnum())]
        if not acts or _offer(low, s, e) or _pleasantry(low, s, e):
            continue
        soon = _NEAR_TIME.search(low, s, e) is not None
        with_reader = max((r.start() for r in _WITH_READER.finditer(low, s, e)), default=-1)
        readers = max((r.start() for r in _READERS.finditer(low, s, e)), default=-1)
        for m in acts:
            reader = with_reader >= m.start() or (
                (not m.group("alone") or bool(m.group("we") or m.group("we_are")))
                and readers >= m.start())
            if (soon and reader) if m.group("be") else (soon or reader):
                return True
    return False


def _is_ask(m: re.Match[str], low: str, start: int, end: int) -> bool:
    s, e = _sentence(low, m.start(), start, end)
    if m.group() != "?" and (_pleasantry(low, s, e) or _offer(low, s, e, m)):
        return False
    if not _OWN_PLAN.match(low, m.start()):
        return True
    stop = _SENTENCE_END.search(low, m.end(), end)
    return bool(_READER.search(low, m.end(), stop.start() if stop else end))


_QUESTION = lazy(r"\?(?=[\s\"'”’)\]]|$)")  # the first alternative of _ASK


# A promise only to be in touch again ("I'll reach out again after my rotation", "I will keep
# you posted"): a next step in a follow-up, but in an introduction the reader is still not
# asked anything.
_CONTACT_ONLY = lazy(
    r"(?:follow[ \t]+up|reach[ \t]+out|get[ \t]+back|be[ \t]+in[ \t]+touch|keep[ \t]+you|"
    r"let[ \t]+you[ \t]+know|update[ \t]+you|check[ \t]+in|touch[ \t]+base)$")


def asks_or_commits(text: str, start: int = 0, end: int | None = None, *,
                    lowered: bool = False, contact_counts: bool = True) -> bool:
    """Does text[start:end] hold a request the reader can answer or a concrete next step?
    `lowered`: the text is already `lower_ascii`'d. `contact_counts`: whether a promise only
    to be in touch again counts as a next step (not in an introduction)."""
    end = len(text) if end is None else end
    low = text if lowered else lower_ascii(text)
    if _QUESTION.search(low, start, end):
        return True  # a question is an ask (`_is_ask` accepts every "?"): no need to scan
    ask, step = _patterns()
    return any(_is_ask(m, low, start, end) for m in word_matches(ask, low, start, end)) or any(
        contact_counts or not _CONTACT_ONLY.search(m.group())
        for m in word_matches(step, low, start, end)) or _own_step(low, start, end)


# ---------------------------------------------------------------- a request for mentorship

# The mentoring relation with the sender as the one mentored: "mentor me", "be my mentor",
# "take me on", "under your wing", "guide my career", "in my corner", "a long-term mentor".
_MENTOR_ROLE = (
    r"(?:mentor(?:ing)?" + _S + r"me|(?:be(?:come|ing)?|serve|act)" + _S + r"(?:as" + _S
    + r")?(?:my|a)" + _S + r"(?:\w+" + _S + r")?(?:mentor|advis[eo]r|guide|sponsor)|"
    r"(?:my|a|an|your)" + _S + r"(?:\w+[- ]?)?(?:term" + _S + r")?mentees?|"
    r"(?:one" + _S + r"(?:more|new|additional)|another(?:" + _S + r"new)?)" + _S + r"mentees?|"
    r"prot[eé]g[eé]|"
    r"tak(?:e|ing)" + _S + r"me" + _S + r"(?:on|under)|under" + _S + r"your" + _S + r"wing|"
    r"(?:guide|shape|steer|direct|oversee|supervise|nurture|champion)" + _S
    + r"(?:me(?!" + _S + r"(?:to|toward|towards|on|with|through|in|around)\b)|my"
    + _S + r"(?:career|path|journey|training|development|growth|progress))|"
    # an ongoing role: "guiding me through my career", "advise me on an ongoing basis",
    # "meet with me regularly"
    r"(?:guid|coach|advis|support|mentor)(?:e|es|ing)?" + _S + r"me" + _S
    + r"(?:through|over|across|during|for|in)" + _S + r"(?:the" + _S
    + r"(?:rest|next|coming)|my" + _S + r"(?:career|residency|training|journey|path)\b|"
    r"residency|fellowship|training)|"
    r"(?:advis|support|guid|coach|mentor)(?:e|ing)?" + _S + r"me" + _S + r"(?:on|in)" + _S
    + r"an?" + _S + r"(?:ongoing|regular|long-?term|continuing|continuous)" + _S + r"basis|"
    r"(?:meet|check" + _S + r"in|talk)" + _S + r"with" + _S + r"me" + _S
    + r"(?:regularly|monthly|every" + _S + r"(?:month|few" + _S + r"(?:weeks|months))|on"
    + _S + r"a" + _S + r"regular" + _S + r"basis)|"
    r"in" + _S + r"my" + _S + r"corner|show" + _S + r"me" + _S + r"the" + _S
    + r"ropes|mentor(?:ing|ship)?" + _S + r"(?:relationship|role|arrangement)|"
    r"(?:long(?:-|" + _S + r")?term|formal|career|ongoing|official|personal)" + _S
    + r"mentor(?:ship|ing)?|(?:looking|searching|hoping)" + _S + r"(?:\w+" + _S
    + r"){0,2}(?:for|to" + _S + r"find)" + _S + r"a" + _S + r"mentor|"
    r"(?:take|took)" + _S + r"on" + _S + r"(?:that|this|the)" + _S + r"role|"
    r"as" + _S + r"my" + _S + r"(?:\w+" + _S + r")?mentor|"
    r"(?:that|it)" + _S + r"(?:could|would|might)" + _S + r"be" + _S + r"you|"
    # learning under the reader, being mentored by them, having them as one's guide
    r"(?:learn|train|work|grow)" + _S + r"(?:\w+" + _S + r")?under" + _S + r"(?:you|your" + _S
    + r"(?:guidance|mentorship|supervision|wing))|(?:mentored|guided|coached)" + _S + r"by"
    + _S + r"you|(?:hav(?:e|ing)|count(?:ing)?" + _S + r"on)" + _S + r"you" + _S + r"as" + _S
    + r"(?:a|an|my)" + _S
    + r"(?:\w+" + _S + r")?(?:mentor|guide|advis[eo]r|sponsor|coach|role" + _S + r"model))"
)
_MENTOR_ROLE_RE = lazy(r"\b" + _MENTOR_ROLE + r"\b")
# Gratitude or report, not a request: "thank you for mentoring me", "your mentorship has".
# "I'd be grateful if you would consider it" and "I'd appreciate it if" ask, not thank.
_MENTOR_THANKS_RE = lazy(
    r"\b(?:thank|thanks|grateful|gratitude|appreciate)\w*\b"
    r"(?![ \t]+(?:it[ \t]+)?if\b|[ \t]+to[ \t]+have\b)")
_SECOND_PERSON_RE = lazy(r"\b(?:you|your|u)\b")
# Every alternative of _MENTOR_ROLE holds one of these: a sentence with none is skipped
# before the (long) pattern is tried.
_MENTOR_ANCHORS = (
    "mentor", "advis", "guid", "sponsor", "mentee", "prot", "take me", "taking me", "wing",
    "shap", "steer", "direct", "oversee", "supervis", "nurtur", "champion", "coach", "support",
    "with me", "corner", "ropes", "role", "be you", "under you", "by you", "you as",
)


# The same request said as an imperative, with no "you": "Please be my mentor.", "pls mentor
# me!", "Be my research advisor?"
_MENTOR_IMPERATIVE_RE = lazy(
    r"(?:^|[.!?,;:]\s*|\bplease\s+|\bpls\s+|\bplz\s+)(?:(?:please|pls|plz|kindly)\s+)?"
    r"(?:be\s+my\s+(?:\w+\s+){0,2}?(?:mentor|advis[eo]r|sponsor|coach|role\s+model)|"
    r"mentor\s+me)\b")


def mentor_request(sentence: str, *, lowered: bool = False) -> bool:
    """A sentence asks the reader to mentor the sender: the mentoring relation with the sender
    mentored, said to "you" (or as an imperative: "please be my mentor") and framed as a
    request, not as thanks."""
    sentence = sentence if lowered else lower_ascii(sentence)
    if any(a in sentence for a in ("mentor", "advis", "sponsor", "coach", "role model")) and \
            _MENTOR_IMPERATIVE_RE.search(sentence.strip()) and \
            not _MENTOR_THANKS_RE.search(sentence):
        return True
    if not _SECOND_PERSON_RE.search(sentence) or not any(a in sentence for a in _MENTOR_ANCHORS):
        return False
    if not _MENTOR_ROLE_RE.search(sentence):
        return False
    if _MENTOR_THANKS_RE.search(sentence):
        return False
    return any(True for _ in word_matches(_patterns()[0], sentence))
