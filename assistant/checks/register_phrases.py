"""The slang check's phrases of spoken register (`rules_register.check_slang` reads them):
each pattern with a plainer way to say it, or how to make one from the words typed, and whether
it is only a matter of taste."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.checks.anchored import AnchoredPatterns
from assistant.text.patterns import lazy

_CASUAL_LEAD = lazy(r"^(?:totally|so|def|definitely|always|super|really)[ \t]+",
                          re.IGNORECASE)


def _willing(said: str) -> str:
    """"be down to grab coffee" -> "be glad to grab coffee", "I'm down for a call" -> "I'm open
    to a call", "totally down to help" -> "glad to help": the slang word goes, the clause and
    its verb stay (a casual intensifier before it goes too)."""
    out = _CASUAL_LEAD.sub("", said)
    out = re.sub(r"\bdown([ \t]+)to\b", r"glad\1to", out, flags=re.IGNORECASE)
    return re.sub(r"\bdown([ \t]+)for\b", r"open\1to", out, flags=re.IGNORECASE)


def _excited(said: str) -> str:
    """"stoked to start" -> "excited to start"; "stoked to have met you" -> "glad to have"."""
    return "glad to have" if said.rstrip().endswith("have") else "excited to"


def _keep_copula(plainer: str) -> Callable[[str], str]:
    """A slang predicate said plainly with the copula it was typed with ("was a total vibe" ->
    "was excellent", "is such a vibe" -> "is excellent")."""
    def fix(said: str) -> str:
        return said.split()[0] + " " + plainer
    return fix


# Phrases of spoken register: (pattern, a plainer way to say it or how to make it from the
# words typed, whether it is only a matter of taste). One alternation with a group per phrase,
# so the text is scanned once. Kinds: willingness in slang ("down to"), reassurance ("no
# stress"), a request for contact ("hit me up"), slang praise of a thing ("slaps", "a vibe") or
# of the reader ("you're a legend for ..."), hyperbole of wanting ("dying to"), time in slang
# ("a sec"), fillers ("ya know", "for real").
PHRASES: list[tuple[str, str | Callable[[str], str], bool]] = [
    # "totally down to grab coffee", "I'm down for a call": willing, in slang
    (r"(?:totally|so|def|definitely|always|super|really|be|i['’]m|am|are[ \t]+you|we['’]re|"
     r"would[ \t]+be)"
     r"[ \t]+down[ \t]+(?:to[ \t]+(?:grab|get|meet|chat|talk|help|hop|jump|connect|do|go|"
     r"join|hang|catch)|for[ \t]+(?:a|an|some|coffee|lunch|whatever|anything|it|that))\b",
     _willing, False),
    (r"no[ \t]+(?:stress|biggie|sweat|probs?|big[ \t]+deal|pressure)\b",
     "I understand if not", False),
    (r"no[ \t]+worries\b", "I understand", True),
    # "totally cool if not", "all good if you can't"
    (r"(?:(?:totally|all|it['’]s|that['’]s)[ \t]+good|(?:totally[ \t]+)?(?:cool|chill|gucci))"
     r"[ \t]+if[ \t]+(?:not|you[ \t]+(?:can['’]t|cannot|are|['’]re))\b", "I understand if not",
     False),
    (r",[ \t]*no[ \t]+joke\b", "", False),
    (r"(?:hit[ \t]+me[ \t]+(?:back|up)|holler[ \t]+at[ \t]+me)\b", "let me know", False),
    (r"ping[ \t]+me\b", "let me know", True),
    (r"(?<!the[ \t])next[ \t]+level(?=[ \t]*[,.;!?]|$)", "outstanding", False),
    (r"thanks[ \t]+a[ \t]+(?:bunch|ton|mil|million)\b", "thank you very much", False),
    (r"(?:it['’]s|that['’]s|is|all)[ \t]+(?:all[ \t]+)?good(?=[ \t]*[,.;!]|[ \t]+no\b)",
     "that is fine", False),
    (r",[ \t]*(?:ya|y['’]?know|you[ \t]+know)(?=[ \t]*[,.;!?]|$)", "", False),
    (r"(?:ya|y['’]?know|you[ \t]+know)(?=[ \t]*[,.;!?]|$)", "", False),
    (r"big[ \t]+time(?=[ \t]*[,.;!]|$)", "very much", False),
    (r"my[ \t]+bad\b", "my mistake", False),
    (r"for[ \t]+real(?=[ \t]*[,.;!?]|$)", "", False),
    (r"no[ \t]+cap\b", "", False),
    # a verb of slang praise that ends its clause, said of a thing: "your talk slapped", "that
    # lecture hits different" (not "a mask slapped on", "slapped with a fine")
    (r"slapped(?=[ \t]*(?:[.,;:!?)\n—–-]|$|and\b|but\b|so\b|honestly\b|tbh\b))",
     "was excellent", False),
    (r"slaps(?=[ \t]*(?:[.,;:!?)\n—–-]|$|and\b|but\b|so\b|honestly\b|tbh\b))",
     "is excellent", False),
    (r"hit(?:s|ting)?[ \t]+different\b", "stands out", False),
    (r"awesome[ \t]+sauce\b", "great", False),
    (r",[ \t]*like,", ",", False),
    # "like" as a filler after a conjunction, before the clause's subject ("and like I would
    # love to connect"; not "I would like to", "things like this")
    (r"(?:(?<=\band[ \t])|(?<=\bbut[ \t])|(?<=\bso[ \t])|(?<=\bor[ \t]))like,?[ \t]+"
     r"(?=(?:i|i['’]m|i['’]d|we|it|you|they)\b)", "", False),
    # "literally" leaning on a word: a filler of spoken register, a matter of taste
    (r"literally[ \t]+(?=[a-z])", "", True),
    # kisses after the writer's name closing the note ("Cheers, Oscar xx")
    (r"(?<=[a-z.!,][ \t])x{2,3}(?:ox+)*(?=[ \t]*(?:[-–—~][ \t]*[^\W\d_][\w'’-]*)?[ \t]*[.!]*"
     r"[ \t]*$)", "", False),
    # "basically" leaning on a clause, a matter of taste as "literally" is
    (r"basically[ \t]+(?=[a-z])", "", True),
    # an intensifier said twice ("really really liked", "so so excited")
    # (before the word they intensify: "the talk was so so" is "so-so")
    (r"(?:really[ \t]+really|very[ \t]+very|so[ \t]+so|super[ \t]+super)(?=[ \t]+[a-z])",
     lambda said: said.split()[0], False),
    # "too" for "very" before praise ("your session was too good"), not "too good to miss"
    (r"(?:(?<=\bwas[ \t])|(?<=\bis[ \t]))too(?=[ \t]+(?:good|nice|helpful|informative|useful|"
     r"interesting)\b(?![ \t]+to\b))", "very", False),
    # a hedge trailing the clause it hedges ("would love to connect I guess")
    (r"(?<=[a-z])[ \t]+i[ \t]+guess(?=[ \t]*(?:[.!?]|$))", "", False),
    (r"(?:be|are[ \t]+you)[ \t]+up[ \t]+for\b", "be open to", True),
    # slang praise of a thing: "your session was a total vibe", "your keynote was everything"
    (r"(?:was|is|were|are)[ \t]+(?:(?:(?:a|such[ \t]+a)[ \t]+)?(?:total[ \t]+|whole[ \t]+|"
     r"real[ \t]+)?(?:vibe|mood|banger|gem)|(?:literally[ \t]+)?everything)"
     r"(?=[ \t]*(?:[.,;:!?)\n]|$|and\b|but\b))", _keep_copula("excellent"), False),
    # agreeing, in slang: "would you be cool with me sending", "is it cool if I"
    (r"(?:be|is|are|was)[ \t]+(?:totally[ \t]+)?cool[ \t]+(?=with\b|if\b)",
     _keep_copula("all right "), False),
    # slang praise of the reader for something they did: thanks for it
    (r"you(?:['’]re|[ \t]+are)[ \t]+(?:such[ \t]+)?(?:a|an|the)[ \t]+(?:absolute[ \t]+|total[ \t]+|"
     r"real[ \t]+)?(?:legend|rockstar|rock[ \t]+star|hero|lifesaver|life[ \t]+saver|goat|gem|"
     r"mvp|beast)[ \t]+for\b", "thank you for", False),
    # hyperbole of wanting: "dying to learn more", "itching to get involved"
    (r"(?:dying|itching|jonesing)[ \t]+to\b", "eager to", False),
    # excitement: "stoked to start", "pumped to have met you"
    (r"(?:pumped|stoked|psyched|hyped)[ \t]+to(?:[ \t]+have)?\b", _excited, False),
    # "super" before a word it intensifies ("super helpful", "super kind"), not a name or a
    # compound ("Super Bowl", "super user") nor slang the predicates read ("super chill")
    (r"(?<![\w-])super[ \t]+(?=[a-z]{3,})(?!(?:bowl|user|users|league|glue|market|markets|"
     r"computer|hero|heroes|man|woman|star|stars|model|models|group|groups|chill|cool|clutch|"
     r"fire|rad|pumped|fab|awesome|sick|killer|lit|epic|wild|insane|dope|down)\b)",
     "very ", False),
    # time in slang: "when you've got a sec", "if you have a sec"
    (r"a[ \t]+(?:sec|min|hot[ \t]+sec|hot[ \t]+minute)\b(?![-/])", "a moment", False),
    # "quick q", "some q's": a question in text-speak
    (r"quick[ \t]+q(?![\w'’])", "quick question", False),
    (r"(?<![\w'’])q['’]s\b", "questions", False),
    # "shoot you a message", "shoot me an email": send
    (r"shoot[ \t]+(?=(?:you|me)[ \t]+(?:a|an|some|over)\b)", "send ", False),
    # "nervous af", "busy af": an intensifier in text-speak after the word it intensifies (not
    # "AF", atrial fibrillation, nor "in af", "new af")
    (r"(?<=[a-z])(?<!\bin)(?<!\bnew)(?<!\bwith)(?<!\bw)(?<!\bof)(?<!\bhas)(?<!\bhad)"
     r"[ \t]+af(?=[ \t]*(?:[.,;:!?)\n]|$|but\b|and\b|so\b|lol\b))", "", False),
]
# Each phrase's anchors: one of them is in every match of the phrase (`anchored.py`).
_ANCHORS: tuple[tuple[str, ...], ...] = (
    ("down",), ("stress", "biggie", "sweat", "prob", "deal", "pressure"), ("worries",),
    ("cool", "chill", "gucci", "good"), ("joke",), ("hit", "holler"), ("ping",), ("level",),
    ("thanks a",), ("good",), ("ya", "know"), ("ya", "know"), ("time",), ("bad",), ("real",),
    ("cap",), ("slapped",), ("slaps",), ("different",), ("sauce",), ("like,",), ("like",),
    ("literally",), ("xx",), ("basically",), ("really", "very", "so", "super"), ("too",),
    ("guess",), ("up",),
    ("vibe", "mood", "banger", "gem", "everything"), ("cool",),
    ("legend", "rockstar", "rock star", "hero", "lifesaver", "life saver", "goat", "gem", "mvp",
     "beast"),
    ("dying", "itching", "jonesing"), ("pumped", "stoked", "psyched", "hyped"), ("super",),
    ("sec", "min", "hot"), ("quick q",), ("q'", "q’"), ("shoot",), ("af",),
)
assert len(_ANCHORS) == len(PHRASES)
PHRASE_SCAN = AnchoredPatterns(
    (anchors, pattern) for anchors, (pattern, _r, _m) in zip(_ANCHORS, PHRASES, strict=True))


def _connect(said: str) -> str:
    """"write to humbly request the honour of connecting" -> "write to connect"; "request the
    honour of a connection" -> "would like to connect"."""
    return "write to connect" if said.lower().startswith("write") else "would like to connect"


# Phrases of an over-formal or self-abasing register, which no reader asks for and which bury
# the point ("It is with the utmost respect and humility that I", "humbly", "a lowly intern",
# "pursuant to", "hereby", "request the honour of a connection", "I apologise for intruding upon
# your valuable time"): each with the plain way to say it ("" = leave it out). The slang check
# reads them (`rules_register.check_slang`) and says they are over-formal.
FORMAL_PHRASES: list[tuple[str, str | Callable[[str], str]]] = [
    (r"it[ \t]+is[ \t]+with[ \t]+(?:the[ \t]+)?(?:utmost|greatest|deepest|profound|great)[ \t]+"
     r"(?:respect|humility|gratitude|admiration)(?:[ \t]+and[ \t]+(?:respect|humility|gratitude|"
     r"admiration))?[ \t]+that[ \t]+(?=i\b)", ""),
    (r"(?:write[ \t]+to[ \t]+)?(?:humbly[ \t]+)?request[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?"
     r"honou?r[ \t]+of[ \t]+(?:a[ \t]+)?(?:connection|connecting)\b", _connect),
    (r"humbly[ \t]+(?=[a-z])", ""),
    (r"lowly[ \t]+(?=[a-z])", ""),
    (r"(?:(?<=\bam[ \t])|(?<=['’]m[ \t]))merely[ \t]+(?=an?[ \t])", ""),
    (r"pursuant[ \t]+to\b", "following"),
    (r"hereby[ \t]+(?=[a-z])", ""),
    (r"and[ \t]+in[ \t]+the[ \t]+best[ \t]+of[ \t]+(?:spirits|health)\b", ""),
    # "kindly do the needful and accept my request": the formula of an office letter
    (r"(?:kindly[ \t]+)?do[ \t]+the[ \t]+needful[ \t]+and(?=[ \t]+[a-z])", "please"),
    # "Kindly accept my request": an office letter's "please"
    (r"kindly(?=[ \t]+(?:accept|consider|guide|advise|review|share|send|help|let|grant)\b)",
     "please"),
    (r"i[ \t]+apologi[sz]e[ \t]+for[ \t]+intruding[ \t]+(?:up)?on[ \t]+your[ \t]+(?:valuable[ \t]+|"
     r"precious[ \t]+)?time[ \t]*[;,.]?[ \t]*", ""),
]
_FORMAL_ANCHORS: tuple[tuple[str, ...], ...] = (
    ("utmost", "greatest", "deepest", "profound", "great"), ("honour", "honor"), ("humbly",),
    ("lowly",), ("merely",), ("pursuant",), ("hereby",), ("best of",), ("needful",),
    ("kindly",), ("intruding",))
assert len(_FORMAL_ANCHORS) == len(FORMAL_PHRASES)
FORMAL_SCAN = AnchoredPatterns(
    (anchors, pattern) for anchors, (pattern, _r) in zip(_FORMAL_ANCHORS, FORMAL_PHRASES,
                                                         strict=True))
