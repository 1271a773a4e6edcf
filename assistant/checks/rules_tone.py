"""Tone checks: greeting, slang, emoji, exclamation, shouting, negative.

Each rule is tuned against false alarms first: an acronym is not shouting, "U.S." is not
text-speak, "I hate to bother you" is not disparaging, "terrible pain" is about a patient.
"""

from __future__ import annotations

import re

from assistant.checks.base import Context, quote
from assistant.checks.text import CASUAL_SALUTATIONS
from assistant.checks.wordlist import COMMON_WORDS
from assistant.text.names import contact_name, name_fold, name_tokens
from assistant.text.sentences import enclosing_span
from assistant.text.words import WORD_RE

# ---------------------------------------------------------------- greeting


def check_greeting(ctx: Context) -> None:
    g = ctx.msg.greeting
    if g is None:
        return
    req = ctx.request
    contact = contact_name(req.contact.name, req.contact.title) if req else None
    peer = bool(req and req.contact.relationship == "peer")
    if g.salutation in CASUAL_SALUTATIONS:
        said = ctx.text[g.sal_start:g.sal_end]
        if g.name:
            suggestion = "Hi" if peer else "Dear"
        elif contact and contact.formal:
            suggestion = f"{'Hi' if peer else 'Dear'} {contact.first if peer else contact.formal}"
        else:
            suggestion = "Hello"
        ctx.add(
            "greeting",
            f"{quote(said)} is too casual for a professional message; open with "
            f"“{suggestion}”.",
            g.sal_start, g.sal_end, suggestion,
        )
        return
    if not (g.name and contact and contact.doctor and contact.first) or peer:
        return
    tokens = name_tokens(g.name)
    titled = len(g.name.split()) > len(tokens)  # "Dr. Ada" keeps the title: not familiar
    if len(tokens) == 1 and not titled and tokens[0] == name_fold(contact.first) and contact.formal:
        ctx.add(
            "greeting",
            f"Addressing {contact.formal} by first name alone is too familiar unless they "
            f"have asked you to; use “{contact.formal}”.",
            g.name_start, g.name_end, contact.formal,
        )


# ---------------------------------------------------------------- slang

_SLANG_ANYCASE = {
    "thx": "thank you", "thnx": "thank you", "thanx": "thank you", "tnx": "thank you",
    "lol": "", "lmao": "", "rofl": "", "omg": "", "smh": "", "brb": "", "nvm": "",
    "btw": "by the way", "gonna": "going to", "wanna": "want to", "gotta": "have to",
    "kinda": "somewhat", "sorta": "somewhat", "idk": "I'm not sure", "tbh": "honestly",
    "pls": "please", "plz": "please", "cuz": "because", "ttyl": "talk soon", "b4": "before",
    "gr8": "great", "l8r": "later", "2day": "today", "2morrow": "tomorrow",
    "tmrw": "tomorrow", "hmu": "let me know", "lemme": "let me", "gimme": "give me",
    "dunno": "don't know", "w/o": "without", "w/": "with", "b/c": "because",
    "thru": "through", "convo": "conversation", "ppl": "people",
    "prolly": "probably", "cya": "see you", "yep": "yes", "yup": "yes", "bday": "birthday",
    "yeah": "yes", "nope": "no",
}
# In capitals these are also names or acronyms (SMH: St. Michael's Hospital; PLS: partial
# least squares), so only their lower-case or Capitalised spelling counts.
_NOT_IN_CAPITALS = frozenset({"smh", "pls", "tmr", "tmrw", "cuz", "ppl", "abt", "convo"})
# Short forms that are also acronyms in capitals (UR: Rochester, U: "U of M", BC, NP, MSG):
# only their lower-case spelling counts as text-speak.
_SLANG_LOWER = {
    "u": "you", "ur": "your", "ya": "you", "ty": "thank you", "bc": "because", "tho": "though",
    "np": "no problem", "imo": "in my view", "imho": "in my view", "msg": "message",
    "abt": "about",
}


def _alternation(words: dict[str, str]) -> str:
    """Longest first; "w/" only before a space ("w/u" is a workup, "w/o" its own entry)."""
    return "|".join(
        re.escape(w) + (r"(?=[ \t])" if w.endswith("/") else "")
        for w in sorted(words, key=len, reverse=True)
    )


# Not inside a word, an address, a URL or an abbreviation ("U.S.", "u-turn", "w/o" as a unit).
_BEFORE = r"(?<![\w'’./@#:-])"
_AFTER = r"(?![\w'’/@-]|\.\w)"
_SLANG_ANY_RE = re.compile(
    rf"{_BEFORE}(?:{_alternation(_SLANG_ANYCASE)})(?:(?<=/)|{_AFTER})",
    re.IGNORECASE,
)
_SLANG_LOWER_RE = re.compile(rf"{_BEFORE}(?:{_alternation(_SLANG_LOWER)}){_AFTER}(?!\))")
# "4" for "for" between words ("thx 4 the talk"), not a number ("page 4 of 5", "4 the" is rare).
_FOUR_RE = re.compile(r"(?<=[a-z] )4(?= (?:the|you|u|me|your|ur|us|all|real|sure)\b)")


def _match_case(original: str, replacement: str) -> str:
    if replacement and original[:1].isupper():
        return replacement[0].upper() + replacement[1:]
    return replacement


def check_slang(ctx: Context) -> None:
    text = ctx.text
    end = ctx.msg.end
    hits = [(m.start(), m.end()) for m in _SLANG_ANY_RE.finditer(text, 0, end)]
    hits += [(m.start(), m.end()) for m in _SLANG_LOWER_RE.finditer(text, 0, end)]
    hits += [(m.start(), m.end()) for m in _FOUR_RE.finditer(text, 0, end)]
    for start, end in sorted(hits):
        said = text[start:end]
        key = said.lower()
        if key in _NOT_IN_CAPITALS and said.isupper():
            continue
        replacement = "for" if key == "4" else _SLANG_ANYCASE.get(key, _SLANG_LOWER.get(key, ""))
        if replacement:
            suggestion = _match_case(said, replacement)
            message = f"{quote(said)} is text-speak; write “{suggestion}”."
        else:
            suggestion = ""
            if start > 0 and text[start - 1] == " ":
                start -= 1
            message = f"{quote(said)} is text-speak; leave it out."
        if not ctx.add("slang", message, start, end, suggestion):
            return


# ---------------------------------------------------------------- emoji

# Pictographs, emoticons, transport/map symbols, supplemental symbols, flags (1F000-1FAFF),
# miscellaneous symbols and dingbats (minus the plain check and cross marks used in lists),
# stars and circles; each with its variation selector, skin tone and zero-width joins.
_PICT = (
    "[\U0001F000-\U0001FAFF\u2600-\u26FF\u2700-\u2712\u2714-\u2716\u2718-\u27BF"
    "\u2B50\u2B55\u2B1B\u2B1C\u2763\u2764]"
)
_MOD = "[\uFE0F\u20E3\U0001F3FB-\U0001F3FF]*"
_EMOJI_RE = re.compile(rf"{_PICT}{_MOD}(?:\u200D{_PICT}{_MOD})*")
_EMOTICON_RE = re.compile(r"(?<![\w:/=;])(?:[:;=]-?[)(DPp]|\^_\^)(?![\w)(])")


def check_emoji(ctx: Context) -> None:
    text = ctx.text
    hits = [m.span() for m in _EMOJI_RE.finditer(text, 0, ctx.msg.end)]
    hits += [m.span() for m in _EMOTICON_RE.finditer(text, 0, ctx.msg.end)]
    for start, end in sorted(hits):
        said = text[start:end]
        if start > 0 and text[start - 1] == " " and (end == len(text) or not text[end].isalnum()):
            start -= 1
        if not ctx.add(
            "emoji",
            f"Emoji and emoticons ({said}) read as casual in a professional message; "
            "say it in words or leave it out.",
            start, end, "",
        ):
            return


# ---------------------------------------------------------------- exclamation

_EXCLAIM_RE = re.compile(r"!+")


def check_exclamation(ctx: Context) -> None:
    """One "!" is fine; a second one, or "!!", is flagged (the first one is kept)."""
    text = ctx.text
    for i, m in enumerate(_EXCLAIM_RE.finditer(text, 0, ctx.msg.end)):
        run = m.group()
        if i == 0 and len(run) == 1:
            continue
        after_question = m.start() > 0 and text[m.start() - 1] == "?"
        if i == 0:
            suggestion = "!"
            message = f"{quote(run)} reads as over-excited; one exclamation mark is plenty."
        else:
            suggestion = "" if after_question else "."
            message = (
                "More than one exclamation mark in the message reads as over-excited; "
                "keep the one that matters most and end this sentence with a period."
            )
        if not ctx.add("exclamation", message, m.start(), m.end(), suggestion):
            return


# ---------------------------------------------------------------- shouting

# All-capital tokens: not glued to digits or hyphens ("PGY-1", "COVID-19" are codes).
_CAPS_RE = re.compile(r"(?<![\w'’-])[A-Z][A-Z'’]*[A-Z](?![\w'’]|-\w)")
# Capitalised English words that are also medical or everyday acronyms.
_ACRONYMS_THAT_ARE_WORDS = frozenset({
    "us", "or", "ed", "it", "am", "pm", "id", "im", "do", "ms", "ma", "pa", "aids", "step",
    "er", "ok", "cap", "art", "pet", "cat", "pals", "map", "me", "ct", "ent", "gi", "ob",
    "peds", "cares", "safe", "star", "hope", "lead", "act", "win", "mind", "core", "match",
})
_SHORT_SHOUTS = frozenset({"so", "no", "my"})
# A word in capitals right before one of these is a name ("the SPRINT trial").
_NAME_FOLLOWERS = frozenset({
    "trial", "trials", "study", "studies", "scan", "program", "protocol", "act", "initiative",
    "score", "criteria", "guidelines", "consortium", "network", "project", "registry",
})
_NEXT_WORD_RE = re.compile(r"[ \t]+([A-Za-z]+)")


def _is_shout(text: str, start: int, end: int) -> bool:
    word = text[start:end].lower().replace("’", "'")
    base = word[:-2] if word.endswith("'s") else word
    if len(base) < 3 and base not in _SHORT_SHOUTS:
        return False
    if base in _ACRONYMS_THAT_ARE_WORDS or base not in COMMON_WORDS:
        return False
    nxt = _NEXT_WORD_RE.match(text, end, end + 30)
    return not (nxt and nxt.group(1).lower() in _NAME_FOLLOWERS)


def check_shouting(ctx: Context) -> None:
    text, msg = ctx.text, ctx.msg
    regions = [(msg.subject_start, msg.subject_end)] if msg.subject else []
    regions.append((msg.body_start, msg.body_end))  # not the signature block
    for rs, re_ in regions:
        group: list[tuple[int, int]] = []
        for m in _CAPS_RE.finditer(text, rs, re_):
            if not _is_shout(text, m.start(), m.end()):
                continue
            if group and not text[group[-1][1]:m.start()].strip(" \t,"):
                group.append(m.span())
                continue
            if group and not _report_shout(ctx, group):
                return
            group = [m.span()]
        if group and not _report_shout(ctx, group):
            return


def _report_shout(ctx: Context, group: list[tuple[int, int]]) -> bool:
    text = ctx.text
    start, end = group[0][0], group[-1][1]
    said = text[start:end]
    lowered = said.lower()
    before = text[max(0, start - 3):start].rstrip(" \t")
    if not before or before[-1] in ".!?:\n" or start in (ctx.msg.body_start, ctx.msg.subject_start):
        lowered = lowered[0].upper() + lowered[1:]
    return ctx.add(
        "shouting",
        f"{quote(said)} in capitals reads as shouting; write “{lowered}” and let the words "
        "carry the emphasis.",
        start, end, lowered,
    )


# ---------------------------------------------------------------- negative

# Insults and contempt: disparaging whatever they are said about.
_STRONG = frozenset({
    "incompetent", "idiot", "idiots", "idiotic", "moron", "morons", "moronic", "imbecile",
    "stupid", "dumb", "clueless", "pathetic", "worthless", "lazy", "jerk", "jerks", "asshole",
    "assholes", "bitch", "bitchy", "crappy", "shitty", "sucks", "sucked", "loser", "losers",
    "scumbag", "inept",
})
# Harsh words that are disparaging when said of people or institutions ("terrible program"),
# and ordinary when said of a symptom or the weather ("terrible pain").
_TARGETED = {
    "terrible": "difficult", "awful": "difficult", "horrible": "difficult",
    "horrendous": "difficult", "useless": "unhelpful", "toxic": "difficult",
    "malignant": "demanding", "dysfunctional": None, "nightmare": None, "disaster": None,
    "rude": None, "arrogant": None, "condescending": None, "hostile": None,
    "disgusting": None, "ridiculous": None, "garbage": None,
    "trash": None, "dump": None, "hate": None, "hated": None, "hates": None,
    "despise": None, "despised": None,
}
_PEOPLE = frozenset({
    "program", "programs", "residency", "attending", "attendings", "resident", "residents",
    "intern", "interns", "faculty", "staff", "nurse", "nurses", "nursing", "pd", "apd",
    "chief", "chiefs", "director", "directors", "administration", "admin", "administrators",
    "hospital", "hospitals", "department", "departments", "institution", "institutions",
    "school", "leadership", "colleague", "colleagues", "co-resident", "co-residents",
    "coresidents", "team", "boss", "mentor", "mentors", "supervisor", "supervisors",
    "pharmacist", "pharmacists", "consultant", "consultants", "fellow", "fellows",
    "division", "service", "people", "everyone", "he", "she", "they", "them", "him", "her",
    "management", "coordinator", "interviewers", "physicians", "doctors", "surgeons",
    "teacher", "teachers", "educator", "educators", "leader", "leaders", "clinicians",
    "person", "man", "woman", "guy", "guys", "bosses", "pds", "apds", "mentee",
})
# Words that put a sentence in the clinic: harsh words there describe illness, not people.
_CLINICAL = frozenset({
    "patient", "patients", "pt", "pain", "symptom", "symptoms", "diagnosis", "prognosis",
    "outcome", "outcomes", "bleed", "bleeding", "cough", "headache", "nausea", "disease",
    "infection", "condition", "injury", "tumor", "tumour", "cancer", "lesion", "cervix",
    "valve", "sphincter", "capacity", "ingestion", "overdose", "shock", "sepsis", "case",
    "hypertension", "neoplasm", "melanoma", "megacolon", "effusion", "side", "eye",
})
_HATE_IDIOM_NEXT = frozenset({"to", "that", "it", "when", "for", "how"})
# Words that do not name what a harsh word describes: after them, look at the neighbours.
_FUNCTION_WORDS = frozenset("""
a an the this that these those my our your his her their its and or but nor so yet of on in at
to for with about from by as than then because since while when if is was are were be been being
am has have had do does did not no very really too quite just also even still ever always never
""".split())  # noqa: SIM905 - a word list reads better as text
_SELF = frozenset({"i", "i'm", "i’m", "me", "myself"})
_SELF_DEPRECATING_NEXT = frozenset({"question", "questions", "mistake", "mistakes", "me"})


def _sentence(text: str, start: int, end: int) -> str:
    """The clause around a word: "thanks for the sepsis advice; X is awful" is two."""
    s, e = enclosing_span(text, start, end, clause=True, reach=300)
    return text[s:e]


_TRIGGER_RE = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(sorted(_STRONG | set(_TARGETED), key=len, reverse=True))
    + r")(?![\w'’])",
    re.IGNORECASE,
)


def _clinical(text: str, start: int, end: int, *, strong: bool) -> bool:
    """Does the harsh word describe illness ("incompetent valve", "terrible pain")?

    An insult is clinical only beside a clinical word ("lazy eye", "the valve was incompetent");
    a harsh word when its clause is clinical. "The sepsis team is incompetent" still insults."""
    if strong:
        before = WORD_RE.findall(text, max(0, start - 40), start)[-2:]
        after = WORD_RE.findall(text, end, min(len(text), end + 40))[:2]
        return bool({w.lower() for w in before + after} & _CLINICAL)
    return bool(set(WORD_RE.findall(_sentence(text, start, end).lower())) & _CLINICAL)


def _neighbours(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """Up to three lower-cased words before and after text[start:end]."""
    before = [w.lower() for w in WORD_RE.findall(text, max(0, start - 80), start)][-3:]
    after = [w.lower() for w in WORD_RE.findall(text, end, min(len(text), end + 80))][:3]
    return before, after


# What a harsh word says of a program when it describes these: "a toxic culture".
_TRAITS = frozenset({
    "culture", "environment", "atmosphere", "workplace", "place", "leadership", "teaching",
    "training", "mentorship", "supervision", "attitude", "attitudes", "behavior", "behaviour",
    "personality", "personalities", "vibe", "vibes",
})


def _describes_a_thing(text: str, end: int, nxt: str) -> bool:
    """The harsh word is followed, in the same phrase, by a noun that is not people or one of
    their traits: "a terrible night", "disaster preparedness"."""
    if not nxt.isalpha() or nxt in _PEOPLE or nxt in _TRAITS or nxt in _FUNCTION_WORDS:
        return False
    return _SAME_PHRASE.match(text, end) is not None


_SAME_PHRASE = re.compile(r"[ \t]+[^\W\d_]")  # only spaces before the next word, no comma


def check_negative(ctx: Context) -> None:
    text = ctx.text
    for m in _TRIGGER_RE.finditer(text, 0, ctx.msg.end):
        start, end = m.span()
        word = m.group().lower()
        before, after = _neighbours(text, start, end)
        nxt = after[0] if after else ""
        if word in _STRONG:
            if word in ("stupid", "dumb") and nxt in _SELF_DEPRECATING_NEXT:
                continue
            suggestion = None
        else:
            if word.startswith("hate") and (nxt in _HATE_IDIOM_NEXT or nxt.endswith("ing")):
                continue  # "I hate to bother you", "I'd hate for you to", "hated leaving"
            if not set(before + after) & _PEOPLE:
                continue  # not about people: "a terrible week"
            if _describes_a_thing(text, end, nxt):
                continue  # it describes the next word: "our team had a terrible night"
            if word == "garbage" and nxt in ("in", "out"):
                continue  # "garbage in, garbage out"
            if set(before) & _SELF and not word.startswith(("hate", "despise")):
                continue  # about oneself: "I was a terrible intern"
            suggestion = _TARGETED[word]
            if suggestion and text[start].isupper():
                suggestion = suggestion.capitalize()
        if _clinical(text, start, end, strong=word in _STRONG):
            continue
        message = (
            f"{quote(text[start:end])} disparages people or a program. Medicine is a small "
            "world and messages get forwarded; describe the situation neutrally or leave it out."
        )
        if not ctx.add("negative", message, start, end, suggestion):
            return
