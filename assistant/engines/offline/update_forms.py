"""The forms an update's outcome is recognised by (update_read.py reads each outcome by them):
the closed word classes of the news (participles, subjects, finite verbs, adverbs, verbs of what
comes next), the patterns of a noun phrase with its state, stage, change, date or score, and the
small rewrites that give a bare subject its determiner and verb ("grant funded" -> "the grant
was funded").
"""

from __future__ import annotations

import re

from assistant.engines import phrasing as ph
from assistant.engines.offline.update_words import is_gerund, is_past
from assistant.text.patterns import lazy

PARTICIPLES = {"chosen", "selected", "named", "elected", "invited", "awarded", "nominated",
               "appointed", "accepted", "asked", "given", "offered", "ranked", "funded",
               "published", "approved", "promoted", "waitlisted", "rejected", "hired", "picked"}


# Participles that are the resident's own past act before an object ("accepted a job")
ACTIVE_TOO = {"accepted", "published", "approved", "hired", "ranked", "funded", "selected",
              "offered", "renewed", "picked"}


# Subjects of a clause of its own ("it changed how I talk", "we got the grant")
SUBJECTS = ph.SENTENCE_OPENERS | {"my", "our", "the", "a", "an", "all", "both", "everyone",
                                  "nobody", "everything", "his", "her", "their", "your"}


FINITE = lazy(r"\b(is|are|was|were|am|has|have|had|got|gets|will|did|didn't|does|doesn't|"
                    r"isn't|aren't|wasn't|weren't|hasn't|haven't|won't|can't|"
                    r"went|came|fell|made|became|can|could|won|took|changed|worked|use|uses|"
                    r"used|cut|dropped|went|increased|decreased|improved|saved|launched|started|"
                    r"ended|passed|failed|matched|accepted|published|funded)\b", re.IGNORECASE)



# A month's name, as the request's dates are written ("due February 28", "start July 1")
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")

# A noun phrase and the state it is in: "first month of intern year done"
STATE = lazy(r"^(?P<np>.+?)\s+(?P<state>(?:all\s+)?(?:done|over|finished|complete|official|"
                    r"live|out|submitted|approved|in)|due\s+(?:by\s+|on\s+)?(?:\d[\d/]*|"
                    rf"{MONTH}\s+\d{{1,2}}))$",
                    re.IGNORECASE)


# A noun phrase and the stage it is at, with where ("paper under review at JAMA IM")
HELD = lazy(r"^(?P<np>.+?)\s+(?P<state>(?:under|in)\s+(?:review|press|revision|"
                   r"progress|preparation)|on\s+hold)\b(?P<rest>.*)$", re.IGNORECASE)


# -ing words that are a noun's modifier before these heads ("teaching award", "training grant")
ING_HEADS = {"award", "awards", "nomination", "certificate", "track", "position", "role", "job",
              "grant", "program", "prize", "day", "shift", "block", "service", "team",
              "conference", "rounds", "committee", "scholarship", "elective", "workshop"}


# A noun phrase and a change typed as two numbers, the way it went and the first number's unit
# optional ("pre/post confidence 2.1 to 3.9", "door-to-needle down from 58 min to 41 min")
_UNIT = r"(?:\s*(?:min|mins|minutes|days|hours|hrs|weeks|percent|points|pts|mg|kg|%))?"
FROM_TO = lazy(r"^(?P<np>[A-Za-z][\w/' -]*?)\s+(?:(?P<way>down|up)\s+)?(?:from\s+)?"
                     rf"(?P<a>\$?\d[\d.,]*%?{_UNIT})\s+to\s+"
                     r"(?P<b>\$?\d[\d.,]*%?)(?P<rest>(?:\s+(?:min|minutes|days|hours|weeks|"
                     r"percent|points))?.*)$", re.IGNORECASE)


def verbless(np: str) -> bool:
    """No word of a verb in a noun phrase: no finite verb, past form, gerund or present verb
    (a plural subject's too: "interviews start")."""
    words = np.lower().split()
    return not FINITE.search(np) and not any(
        is_past(w) or is_gerund(w) or w in PRESENT for w in words) and not any(
        w in PLURAL_PRESENT and len(before) > 3 and before.endswith("s") and
        not before.endswith("ss") for before, w in zip(words, words[1:], strict=False))


# Past verbs that take no object, never done to their subject ("the letter arrived today")
INTRANSITIVE = {"arrived", "happened", "ended", "started", "opened", "closed", "returned",
                "landed", "finished", "stalled", "lapsed", "expired", "died", "recovered"}


# Verbs in the present after a plural subject ("interviews start in January")
PLURAL_PRESENT = {"start", "begin", "end", "open", "close", "run", "launch", "go", "come"}


# A noun phrase and when it is ("T32 interview on January 9", "results friday")
WHEN = lazy(rf"^(?P<np>[A-Za-z][\w/' -]*?)\s+(?:(?P<prep>on|in|by|next|this)\s+)?"
                   rf"(?P<when>(?:{MONTH}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                   rf"Sunday|week|month|year)\b(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?|"
                   r"\d{1,2}/\d{1,2}(?:/\d{2,4})?)$")


# Adverbs that open a verb phrase of the resident's ("Finally got the paper in")
ADVERBS = {"finally", "just", "recently", "also", "officially", "still", "now", "already",
            "actually", "newly"}


# A time still to come after a verb in its base form ("hear back in March", "start 7/1")
LATER = lazy(rf"\b(?:in|by|on|after|next|this|tomorrow|tmrw|soon|{MONTH})\b|"
                    r"\d{1,2}/\d{1,2}", re.IGNORECASE)


# A score typed as a noun and its percentile ("ITE 91st percentile", "step 2 88th percentile"),
# with the change from the last one ("..., up from 40th")
PERCENTILE = lazy(r"^(?:the\s+|my\s+)?(?P<np>[\w-]+(?:\s+\d)?)\s+(?:at\s+|in\s+(?:the\s+)?)?"
                        r"(?P<pct>\d{1,2}(?:st|nd|rd|th)\s+percentile)(?P<rest>,?\s+(?:up|down)\s+"
                        r"from\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)(?:\s+percentile)?)?$",
                        re.IGNORECASE)


# An exam and its score as typed ("step 2 ck 262", "MCAT 515", "ITE score of 640")
EXAM_SCORE = lazy(r"^(?:my\s+)?(?P<exam>step\s*[123](?:\s*c[ks])?|"
                         r"comlex(?:\s+level)?\s*[123]|ITE|MCAT|shelf|boards?)\s+"
                         r"(?:score\s+)?(?:of\s+|was\s+)?(?P<n>\d{2,3})"
                         r"(?![\d%./-]|st\b|nd\b|rd\b|th\b)(?P<rest>.*)$", re.IGNORECASE)


# A predicate adjective with an implied "I am": "pretty sure it was ...", "so excited"
PREDICATE = lazy(r"^(?:pretty|so|very|really|fairly|quite|super|still|now|also)?\s*"
                       r"(sure|glad|happy|thrilled|excited|proud|grateful|relieved|bummed|"
                       r"disappointed|nervous|hopeful|honored|honoured|humbled|lucky|"
                       r"determined|optimistic|okay|ok|fine|torn|unsure|not sure|down to)\b",
                       re.IGNORECASE)


# What a resident's own result going down or up looks like: "readmissions down 8%"
CHANGE = lazy(r"^(?P<np>(?:[\w/'’-]+\s+){0,4}?[\w/'’%-]+?)\s+(?P<dir>(?:way\s+)?(?:down|up)\b"
                    r"|(?:dropped|fell|rose|improved)\b)", re.IGNORECASE)


# March", "..., graduate in June")
BASE_VERBS = {"hear", "find", "know", "begin", "graduate", "move", "defend", "learn", "head",
              "return", "rotate", "interview"}


def and_am(text: str) -> str:
    """A gerund after "and" in a verb phrase of the resident's gets its "am" ("didn't get in
    and going to reapply" -> "... and am going to reapply")."""
    return re.sub(r"\b(and|but|so)\s+(?=(\w+)\b)",
                  lambda m: f"{m.group(1)} am " if is_gerund(m.group(2).lower()) or
                  m.group(2).lower() in ("back", "home", "now") else m.group(0), text)

def article_before_role(text: str) -> str:
    """'accepted as poster' -> 'accepted as a poster' (a count noun after "as" takes its
    article)."""
    return re.sub(r"\b(as|for)\s+(poster|oral|oral presentation|finalist|speaker|plenary|"
                  r"keynote|moderator|panelist|semifinalist|winner|runner-up)\b",
                  lambda m: f"{m.group(1)} {ph.article(m.group(2))} {m.group(2)}", text)


def as_clause(text: str) -> str:
    """'matched nephrology' -> 'matched into nephrology', 'grant funded' -> 'the grant was
    funded', 'recently awarded the prize' -> 'was recently awarded the prize'."""
    text = re.sub(r"^matched\s+(?!(?:into|in|at|to|with|for)\b)", "matched into ", text)
    text = re.sub(rf"^((?:just|recently|finally|officially)\s+)(?=(?:{'|'.join(PARTICIPLES)})\b)",
                  r"was \1", text, flags=re.IGNORECASE)
    text = BARE_NEWS.sub(lambda m: f"{determiner(m.group(1))} {m.group(1)} {copula(m.group(1))} "
                          f"{m.group(2)}", text)
    text = ORDINAL_SUBJECT.sub(r"my \1", text)  # "first K award submission went in"
    return BARE_SUBJECT.sub(lambda m: f"{determiner(m.group(1))} {m.group(1)} {m.group(2)}", text)


# The resident's first (or last) work as a bare subject before its verb
ORDINAL_SUBJECT = lazy(r"^((?:first|second|third|last|final)(?:\s+[\w/-]+){1,5}?\s+"
                              r"(?:got|went|is|was|were|are|has|have|made|won)\b)")


def determiner(np: str) -> str:
    """The determiner of a bare subject: "my" of the resident's first or first-author work
    ("my first R01 submission"), none before a count ("2 abstracts"), else "the"."""
    if re.match(r"\d", np):
        return ""
    return "my" if re.match(r"(?:first|second|third|last|final)\b|first-author", np,
                            re.IGNORECASE) else "the"


def copula(np: str) -> str:
    """"was" or "were" by the head noun of a bare subject ("2 abstracts were accepted")."""
    head = re.split(r"\s+(?:of|for|on|in|at|with|from|to)\s+", np)[0].split()[-1]
    return "were" if re.match(r"\d", np) and not re.match(r"1\b", np) or \
        head.endswith("s") and not head.endswith(("ss", "us", "is")) and \
        not head.isupper() else "was"  # "ERAS was submitted": an acronym is one thing


BARE_NEWS = lazy(
    r"^(?!(?:my|our|the|a|an|i|we|you|it|they|he|she|your|his|her|their|its|this|that|was|were|"
    r"is|are|am|been|will|would|"
    r"be|have|has|had|got|get|just|"
    r"recently|finally|also|officially|being|still|not|never|didn't|did|waitlisted|rejected|"
    r"accepted|selected|chosen|matched|passed|failed)\b)"
    r"([a-z\d][\w/-]*(?:\s+(?!(?:all|and|got|get|gets|was|were|is|are|been|be|will|would|has|"
    r"have|had|i|we|it|they|did|so)\b)[\w/-]+){0,6}?)\s+((?:not\s+)?(?:accepted|published|"
    r"funded|approved|"
    r"selected|chosen|awarded|renewed|rejected|declined|submitted|resubmitted|delayed|postponed|"
    r"pushed back|pushed out|cancell?ed|extended|presented|adopted|implemented|launched|"
    r"completed|finalized))\b", re.IGNORECASE)


BARE_SUBJECT = lazy(
    r"^(?!(?:my|our|the|a|an|i|we|you|it|they|this|that|just|recently|finally|also|still|not|"
    r"never|didn't|did|got|get|was|were|is|are)\b)((?:abstract|paper|poster|manuscript|grant|"
    r"proposal|project|case report|application|study|protocol|curriculum|pilot)(?:\s+[a-z][\w/-]*)"
    r"{0,3}?)\s+(got|went|is|was|were|are|has|have|made|won)\b", re.IGNORECASE)

# Participles of what is still to come ("planned for", "scheduled for", "expected in")
AHEAD = {"planned", "scheduled", "expected", "slated", "booked", "set", "due"}


# Words after a past participle that show it was done to the noun before it ("boards booked
# for May"), not by it ("director asked me")
PASSIVE_AFTER = {"at", "in", "on", "for", "by", "to", "with", "from", "after", "before", "until",
                  "last", "this", "today", "yesterday", "already", "again", "early", "late"}

JUDGING = {"great", "incredible", "wonderful", "tough", "rough", "hard", "long", "busy", "fun",
            "intense", "memorable", "unforgettable", "huge", "big", "first"}


# A noun labelled with what happened to it ("grant: not funded", "paper: accepted")
LABELLED = lazy(r"^\s*([a-z][\w /-]{2,40}):\s+(?=(?:not\s+)?(?:" + "|".join(sorted(PARTICIPLES)) +
                       r")\b)", re.IGNORECASE)


# A score typed as a noun and its number ("score 38", "impact score of 41")
SCORE = lazy(r"^(?:the\s+|my\s+|a\s+)?((?:impact\s+|priority\s+|final\s+)?score)\s+"
                    r"(?:of\s+|was\s+)?(\d+(?:\.\d+)?)$", re.IGNORECASE)


# Verbs in the present that follow a bare subject ("fellowship begins in July")
PRESENT = {"begins", "starts", "ends", "opens", "closes", "launches", "goes", "runs", "is",
            "are", "says", "shows", "looks", "seems", "needs", "wants", "has", "meets", "votes",
            "decides", "convenes", "announces", "sits"}


# A state alone after a dash: the state of the phrase before it
LONE_STATE = lazy(r"(?:all\s+)?(?:done|over|finished|complete|submitted|approved|official|"
                         r"live|out|accepted|in)", re.IGNORECASE)
