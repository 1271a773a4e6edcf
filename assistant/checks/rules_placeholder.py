"""The placeholder check: a template slot left unfilled ("[Name]", "<topic>", "XXX", "TBD",
"at ____", "(conference name)", "$EVENT", "INSERT TOPIC"). An error: a message with a slot in
it cannot be sent. Where the request holds the value, the finding suggests it.
"""

from __future__ import annotations

import re

from assistant.checks.base import Context, quote
from assistant.text.patterns import lazy

# What a template slot stands for, when it is described in words ("your name", "the date").
_SLOT_NOUNS = ("name", "program", "hospital", "institution", "school", "event", "conference",
               "meeting", "topic", "date", "time", "title", "specialty", "role", "field",
               "email", "phone", "number")
_SLOT_NOUN = r"(?:(?:first|last|full)[ \t]+)?(?:" + "|".join(_SLOT_NOUNS) + ")"
_SLOT_NOUN_CAPS = r"(?:(?:FIRST|LAST|FULL)[ \t]+)?(?:" + "|".join(_SLOT_NOUNS).upper() + ")"
_PLACEHOLDER_RE = lazy(
    r"\[(?P<b>[^\[\]\n]{1,60})\](?![(\[])"
    r"|\{\{?(?P<c>[^{}\n]{1,60})\}\}?"
    r"|<(?P<a>[^<>\n]{1,60})>"
    r"|X(?<![\w-]X)(?<!46,X)(?P<x>X+(?:[/:.-]X+)*)(?![\w-])(?![ \t]+(?:chromosome|karyotype))"
    r"|T(?<![\w-]T)(?P<t>B[DA])(?![\w-])"
    # "TK" (to come), the editor's mark for a fact still to be filled: "your talk on TK"
    # (not "TKA", "TK1", "a TK inhibitor")
    r"|T(?<![\w-]T)(?P<k>K(?:TK)*)(?![\w-])(?![ \t]+(?:inhibitors?|activity|genes?|"
    r"receptors?|domains?|pathways?|levels?|deficiency|assay)\b)"
    # a run of underscores where a word belongs: "at ________", "Dear Dr. ______,"
    r"|_(?<!\w_)(?P<u>_{2,})(?!\w)"
    # a slot described in words inside brackets: "(your program)", "(recipient's name)",
    # "(conference name)", "(date)", "(name of the event)", a slot's noun alone ("(topic)",
    # "(event)"; not "(adverse event)", an abbreviation spelt out)
    r"|\((?P<d>(?i:(?:your|my|their|the[ \t]+contact['’]?s?|recipient['’]?s?)[ \t]+"
    + _SLOT_NOUN + r"|(?:[a-z]+[ \t]+)?(?:name|date)|topic|event|conference|specialty|"
    r"institution|name[ \t]+of[ \t]+(?:the[ \t]+)?"
    + _SLOT_NOUN + r"))\)"
    # asterisks where a word belongs, between words on a line: "We met at ***." (not a
    # divider line of its own)
    r"|\*(?<=[A-Za-z,] \*)(?P<s>\*{2,})(?![\w*])"
    # a template variable: "$EVENT", "%FIRSTNAME%"
    r"|\$(?P<v>[A-Z][A-Z_]{2,})(?![\w])|%(?P<p>[A-Z][A-Z_]{2,})%"
    # question marks where a date or number belongs: "??/??", "on ???"
    r"|\?(?<![\w?!]\?)(?P<q>\?+(?:[/.:-]\?+)+|\?\?+)(?![\w?!])",
)
# A slot described in words alone: "insert date here", "your name here", "YOUR NAME". Tried
# only when the message has "here" or a capitalised "YOUR"/"MY"/"THEIR" (the pattern opens
# with a word, so a scan would test every position). Every alternative of _PLACEHOLDER_RE
# opens with a character outside its group, its lookbehinds after it, so the engine skips
# ahead in C (a group's text may so lack its first character: the finding uses the match).
_WORDED_SLOT_RE = lazy(
    r"(?P<i>(?i:\binsert[ \t]+(?:\w+[ \t]+){0,3}?here\b))"
    r"|(?P<h>(?i:\b(?:your|my|their|recipient['’]?s?|sender['’]?s?)[ \t]+(?:\w+[ \t]+)?"
    + _SLOT_NOUN + r"[ \t]+here\b)"
    r"|\b(?:YOUR|MY|THEIR)[ \t]+(?:[A-Z]+[ \t]+)?" + _SLOT_NOUN_CAPS + r"\b"
    # a slot named in capitals: "INSERT TOPIC", "on DATE at TIME", "FIRST LAST", "LASTNAME"
    # (not inside a run of capitals: "the BEST TIME", "ADVERSE EVENT" shout, and not a name:
    # "the TIME trial")
    r"|\bINSERT(?:[ \t]+[A-Z]+){1,3}\b|(?<![A-Z][ \t])\b(?:FIRST[ \t]*(?:LAST[ \t]*)?NAME|"
    r"LAST[ \t]*NAME|FULL[ \t]+NAME|FIRST[ \t]+LAST|DATE|TIME|EVENT|TOPIC|CONFERENCE)\b"
    r"(?![ \t]+(?:[A-Z]{2}|trial|study|studies|registry|score|criteria|scale|tool)\b))"
)


# Citations, editorial marks, ticked boxes and attachment names are not template slots.
_NOT_A_SLOT = lazy(
    r"(?:sic|\.\.\.|…|et al\.?|emphasis (?:added|mine)|[\d,;\s–-]+|[xX✓✔]|.*\.\w{2,4})",
    re.IGNORECASE,
)
_ANGLE_SLOT_WORDS = lazy(
    r"(?:insert|add|enter|fill|your|my|their|name|date|event|todo|tbd|placeholder|first|last|"
    r"title|topic|contact|sender|program|conference|institution|recipient)\b",
    re.IGNORECASE,
)


# Element names of the HTML standard that turn up in pasted text: `<b>`, `<br>`, `<p>`.
_HTML_TAGS = frozenset("""
a abbr b blockquote body br caption cite code dd del div dl dt em font h1 h2 h3 h4 h5 h6 head hr
html i img ins kbd li mark ol p pre q s small span strike strong sub sup table tbody td tfoot th
thead tr tt u ul
""".split())  # noqa: SIM905 - a word list reads better as text


def _angle_is_slot(inner: str) -> bool:
    """`<insert date>`, `<name>`, `<hospital>` are slots; `<maria@x.org>`, `<https://…>`,
    `<b>`, `<3` and `<5 minutes` are not: a slot is words alone, and not an HTML tag."""
    inner = inner.strip()
    if any(ch in inner for ch in "@=/\\") or inner.startswith("www.") or "." in inner:
        return False
    if _ANGLE_SLOT_WORDS.match(inner):
        return True
    words = re.split(r"[ _]+", inner)
    return (
        0 < len(words) <= 5 and all(w.isalpha() for w in words)
        and inner.lower() not in _HTML_TAGS
    )


def _fill(slot: str, ctx: Context) -> str | None:
    """The request's value for a slot like "[Conference]" or "{your_name}", if it has one."""
    req = ctx.request
    if req is None:
        return None
    s = re.sub(r"[_\s]+", " ", slot.lower()).strip()
    s = re.sub(r"^(?:insert|add|enter|fill in)\s+", "", s)
    mine = s.startswith(("your ", "my "))
    contact = ctx.reader
    m = req.meeting
    if "date" in s:
        return f"{m.date:%B} {m.date.day}" if m.date else None
    if "email" in s:
        return req.sender.email if mine or "sender" in s else req.contact.email
    if any(w in s for w in ("conference", "event", "meeting")):
        return m.event
    if "name" in s or s in ("contact", "recipient", "dr", "doctor"):
        if mine or "sender" in s:
            return req.sender.name
        if contact is None:
            return None
        if "first" in s:
            return contact.first
        return contact.last if "last" in s else contact.formal
    if "topic" in s:
        return m.topics[0] if m.topics else None
    if any(w in s for w in ("program", "residency")):
        return req.sender.program if mine else None
    if any(w in s for w in ("institution", "hospital", "school")):
        return req.sender.program if mine else req.contact.institution
    if "role" in s:
        return req.sender.role
    if any(w in s for w in ("specialty", "field")):
        return req.contact.specialty
    if "title" in s:
        return req.contact.title
    return None


# Capitalised words that open a slot described in words (the cheap test before the scan).
_CAPS_CUES = ("YOUR", "MY", "THEIR", "INSERT", "NAME", "FIRST", "DATE", "TIME", "EVENT",
              "TOPIC", "CONFERENCE")
# "TBD" after a copula states that something is undecided ("the venue is TBD"): not a slot.
_TBD_STATED = lazy(r"(?:is|are|was|were|remains?|still|currently|be)[ \t]+$", re.I)


def check_placeholder(ctx: Context) -> None:
    text, end = ctx.text, ctx.msg.end
    found = list(_PLACEHOLDER_RE.finditer(text, 0, end))
    if "here" in ctx.msg.lower or any(w in text for w in _CAPS_CUES):
        found = sorted(found + list(_WORDED_SLOT_RE.finditer(text, 0, end)),
                       key=lambda m: m.start())
    for m in found:
        kind = m.lastgroup
        inner = m.group(kind)
        if kind in ("b", "c") and (
            not any(ch.isalpha() for ch in inner) or _NOT_A_SLOT.fullmatch(inner.strip())
            # a fact given in brackets ("[poster 214, Thursday session]"): a number with
            # words, none of them a slot's ("[Name 2]", "[insert 2 dates]" stay slots)
            or (any(ch.isdigit() for ch in inner) and not _ANGLE_SLOT_WORDS.search(inner))
        ):
            continue
        if kind == "a" and not _angle_is_slot(inner):
            continue
        if kind in ("t", "k") and _TBD_STATED.search(text, max(0, m.start() - 20), m.start()):
            continue
        said = m.group()
        fill = _fill(inner, ctx) if kind in ("a", "b", "c", "i", "d", "h") else None
        if fill and fill.startswith("Dr. ") and text[max(0, m.start() - 4):m.start()] in (
            "Dr. ", " Dr ",
        ):
            fill = fill[4:]  # "Dr. [Name]" -> "Dr. Okafor", not "Dr. Dr. Okafor"
        tail = f"; from your details: “{fill}”." if fill else " with the real detail."
        if not ctx.add(
            "placeholder",
            f"{quote(said)} is an unfilled template slot; replace it{tail}",
            m.start(), m.end(), fill,
        ):
            return
