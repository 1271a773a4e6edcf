"""Tone checks: emoji, exclamation, shouting. (Casual register is in `rules_register.py`,
judgements about people in `rules_judgement.py`, the greeting in `rules_address.py`.)

Each rule is tuned against false alarms first: an acronym is not shouting, a check mark is
not an emoji, one exclamation mark is fine.
"""

from __future__ import annotations

import re

from assistant.checks.base import Context, quote
from assistant.checks.wordlist import COMMON_WORDS
from assistant.phi.vocab import is_common
from assistant.text.patterns import lazy

# ---------------------------------------------------------------- emoji

# Pictographs, emoticons, transport/map symbols, supplemental symbols, flags (1F000-1FAFF),
# miscellaneous symbols and dingbats (minus the plain check and cross marks used in lists),
# stars and circles; each with its variation selector, skin tone and zero-width joins.
_PICT = (
    "[\U0001F000-\U0001FAFF\u2600-\u26FF\u2700-\u2712\u2714-\u2716\u2718-\u27BF"
    "\u2B50\u2B55\u2B1B\u2B1C\u2763\u2764]"
)
_MOD = "[\uFE0F\u20E3\U0001F3FB-\U0001F3FF]*"
_EMOJI_RE = lazy(rf"{_PICT}{_MOD}(?:\u200D{_PICT}{_MOD})*")
# ":)", ";-P", "^_^", "xD", and "<3" ending its line (not "<35%" or "<3 mm": a measure)
# Three patterns, not one alternation: a pattern that opens with one character class or a
# literal lets the engine skip ahead in C; an alternation of different openings is tried at
# every position (four times slower on a 200-word email). Their matches cannot overlap.
_EMOTICON_RE = lazy(r"[:;=](?<![\w:/=;].)['’]?-?[)(DPp](?![\w)(])")
_HEART_OR_CARETS_RE = lazy(r"\^(?<![\w:/=;]\^)_\^(?![\w)(])|<3(?=[ \t]*(?:$|\n|!))",
                                 re.MULTILINE)
_XD_RE = lazy(r"[xX](?<![\w'’-].)D(?![\w'’-])")


def without_emoji(text: str) -> str:
    """`text` without its pictographs (the emoji check's own pattern), spaces tidied: a field
    typed with one ("fetal echo program 👶") states its fact without it."""
    if text.isascii():
        return text
    out = _EMOJI_RE.sub("", text)
    return re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"[ \t]{2,}", " ", out)).strip()


def check_emoji(ctx: Context) -> None:
    text = ctx.text
    stop = ctx.msg.end
    hits = [] if text.isascii() else [m.span() for m in _EMOJI_RE.finditer(text, 0, stop)]
    hits += [m.span() for m in _EMOTICON_RE.finditer(text, 0, stop)]
    if "^_^" in text or "<3" in text:
        hits += [m.span() for m in _HEART_OR_CARETS_RE.finditer(text, 0, stop)]
    if "xD" in text or "XD" in text:
        hits += [m.span() for m in _XD_RE.finditer(text, 0, stop)]
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

_EXCLAIM_RE = lazy(r"!+")


# From this many marks in one message, single marks in separate sentences are a pattern a
# reader notices (every sentence exclaimed), not a matter of style.
EXCLAMATION_PATTERN = 3


def check_exclamation(ctx: Context) -> None:
    """One "!" is fine. A run ("!!", "?!") is a warning; a second single mark in another
    sentence is a matter of style, reported as info (the first one is kept); from the third
    mark on, the marks are a warning."""
    text = ctx.text
    # marks inside a quotation are someone else's ("her reply was \"Wow!!!\"")
    marks = [m for m in _EXCLAIM_RE.finditer(text, 0, ctx.msg.end)
             if not ctx.msg.in_quote(m.start(), m.end())]
    pattern = len(marks) >= EXCLAMATION_PATTERN
    for i, m in enumerate(marks):
        run = m.group()
        after_question = m.start() > 0 and text[m.start() - 1] == "?"
        if i == 0 and len(run) == 1 and not after_question:
            continue
        if len(run) > 1 or after_question:
            suggestion = "" if after_question else "!" if i == 0 else "."
            message = f"{quote(text[m.start() - after_question:m.end()])} reads as "
            message += "over-excited; one exclamation mark is plenty."
            severity = None
        elif pattern:
            suggestion = "."
            message = (
                f"{len(marks)} exclamation marks in one message read as over-excited; keep the "
                "one that matters most and end this sentence with a period."
            )
            severity = None
        else:
            suggestion = "."
            message = (
                "A second exclamation mark in the message can read as over-excited; keep the "
                "one that matters most and end this sentence with a period."
            )
            severity = "info"
        if not ctx.add("exclamation", message, m.start(), m.end(), suggestion,
                       severity=severity):
            return


# ---------------------------------------------------------------- shouting

# All-capital tokens: not glued to digits or hyphens ("PGY-1", "COVID-19" are codes).
_CAPS_RE = lazy(r"[A-Z](?<![\w'’-].)[A-Z'’]*[A-Z](?![\w'’]|-\w)")
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
    # an examination, a view or a tool named by its acronym ("a FAST exam", "the SAFE tool")
    "exam", "exams", "examination", "view", "views", "tool", "bundle", "method", "technique",
    "course", "certification", "questionnaire", "scale", "checklist", "algorithm",
})
_NEXT_WORD_RE = lazy(r"[ \t]+([A-Za-z]+)")


# English derivational and inflectional endings: a long capitalised token built like an
# English word ("PASSIONATE", "INCREDIBLY", "THRILLED") is a word, whatever the list holds;
# acronyms are letter strings, rarely built this way (STEMI, ECMO, HIPAA, ACGME).
_ENGLISH_WORD_RE = lazy(
    r"[a-z]*[aeiouy][a-z]*(?:ate|ive|tion|sion|ness|ment|able|ible|ful|less|ous|ing|ed|ly|"
    r"ize|ise|ity|ance|ence|ical|est|ally)"
)


def _english(base: str) -> bool:
    """An everyday word, or a long one of English shape or frequency ("ENTIRE", "HYPONATREMIA"):
    six letters or more with a word's frequency are seldom an acronym ("ACGME", "STEMI" are
    not frequent words)."""
    return base in COMMON_WORDS or len(base) >= 6 and (
        _ENGLISH_WORD_RE.fullmatch(base) is not None or is_common(base))


def _is_shout(text: str, start: int, end: int) -> bool:
    word = text[start:end].lower().replace("’", "'")
    base = word[:-2] if word.endswith("'s") else word
    if len(base) < 3 and base not in _SHORT_SHOUTS:
        return False
    if base in _ACRONYMS_THAT_ARE_WORDS or not _english(base):
        return False
    nxt = _NEXT_WORD_RE.match(text, end, end + 30)
    return not (nxt and nxt.group(1).lower() in _NAME_FOLLOWERS)


def emphasis_lowered(text: str) -> str:
    """`text` with every word in capitals this check would call a shout ("SO", "REALLY",
    "NOT", "BEST") in lower case; acronyms, trial names and short words stay as typed. The
    offline engine writes a request's phrases with it, so a draft never repeats the shout."""
    return _CAPS_RE.sub(lambda m: m.group(0).lower() if _is_shout(text, m.start(), m.end())
                        else m.group(0), text)


def _is_short_word(text: str, start: int, end: int) -> bool:
    """A short everyday word in capitals ("WE", "TO", "HI"): shouting only beside a shout ("CAN
    WE MEET"), never alone (it may be an acronym); the acronyms that are also words ("IT",
    "ED", "AM") are never taken."""
    base = text[start:end].lower()
    return base in COMMON_WORDS and base not in _ACRONYMS_THAT_ARE_WORDS


# A sentence typed wholly in capitals ("I AM A PGY-1 AT UW AND WOULD LOVE TO CONNECT."): its
# everyday words shout, even those that are also acronyms elsewhere ("IT WAS", "I AM"), but
# not the clinical ones ("IN THE ED", "GI", "PEDS").
# Eight characters in a row with no lower-case letter, line break, "!" or "?": every sentence
# in capitals (its end marks aside) holds them.
_NO_LOWER_RUN = lazy(r"[^a-z\n!?]{8}")
_CAPS_SENTENCE_RE = lazy(r"(?:\b(?:DR|MR|MRS|MS|PROF|Dr|Mr|Mrs|Ms|Prof)\.|[^.!?\n])*"
                               r"[.!?]*")
_CLINICAL = frozenset({"ed", "or", "id", "im", "gi", "ob", "ct", "ent", "er", "pa", "ms", "ma",
                       "peds", "pet", "cap", "aids", "pals", "map", "step", "art", "cat"})
_WORD_IN_CAPS = lazy(r"[A-Za-z][A-Za-z'’]*")


_GREETING_WORDS = frozenset({"hi", "hey", "hello", "dear", "thanks"})
_TITLES = {"dr": "Dr", "prof": "Prof", "mr": "Mr", "mrs": "Mrs"}


def _word_like(low: str) -> bool:
    """A long token with the vowels of a word ("HYPONATREMIA", "LECTURE"), not of an acronym
    ("ECMO", "ACGME", "STEMI" are five letters or fewer)."""
    return len(low) >= 6 and len(re.findall(r"[aeiouy]", low)) >= 2


def _all_caps_sentences(text: str, start: int, end: int,
                        names: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """(start, end, the sentence in lower case but its acronyms) for each sentence in
    capitals: three words or more, no lower-case letter, two shouts at least. `names`: the
    people's names the request holds (lower case), written with their capital."""
    out: list[tuple[int, int, str]] = []
    if _NO_LOWER_RUN.search(text, start, end) is None:
        return out  # such a sentence is 8 characters with no lower-case letter: none here
    for m in _CAPS_SENTENCE_RE.finditer(text, start, end):
        said = m.group(0).rstrip(" \t.!?")
        lead = len(said) - len(said.lstrip())
        s0, s1 = m.start() + lead, m.start() + len(said)
        if s1 - s0 < 8 or re.search(r"[a-z]", text[s0:s1]):
            continue
        words = list(_WORD_IN_CAPS.finditer(text, s0, s1))
        if len(words) < 3 or sum(
                _is_shout(text, w.start(), w.end()) for w in words) < 2:
            continue

        def lower(w: re.Match[str]) -> str:
            low = w.group(0).lower()
            if low in names or low in _TITLES:
                return _TITLES.get(low, low.capitalize())
            # (inside a sentence that shouts, a frequent word of four letters or more is a
            # word, not an acronym: "LOVED", "HEART")
            common = low.replace("’", "'") in COMMON_WORDS or low in _GREETING_WORDS or \
                _word_like(low) or _is_shout(w.string, w.start(), w.end()) or \
                len(low) >= 4 and is_common(low)
            return low if common and low not in _CLINICAL else w.group(0)

        fixed = _WORD_IN_CAPS.sub(lower, text[s0:s1])
        fixed = re.sub(r"\bi\b", "I", fixed)
        out.append((s0, s1, fixed[:1].upper() + fixed[1:]))
    return out


def check_shouting(ctx: Context) -> None:
    text, msg = ctx.text, ctx.msg
    regions = [(msg.subject_start, msg.subject_end)] if msg.subject else []
    regions.append((msg.body_start, msg.body_end))  # not the signature block
    for rs, re_ in regions:
        req = ctx.request
        names = frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", " ".join(
            [req.contact.name or "", req.sender.name or ""]) if req else "") if len(w) > 1)
        whole = _all_caps_sentences(text, rs, re_, names)
        for s0, s1, fixed in whole:
            if not ctx.add("shouting", f"{quote(text[s0:s1])} in capitals reads as shouting; "
                           f"write “{fixed}” and let the words carry the emphasis.",
                           s0, s1, fixed):
                return
        if whole:
            continue
        # runs of capitals with nothing but blanks or commas between: (span, shout or not)
        runs: list[list[tuple[tuple[int, int], bool]]] = []
        for m in _CAPS_RE.finditer(text, rs, re_):
            shout = _is_shout(text, m.start(), m.end())
            if not shout and not _is_short_word(text, m.start(), m.end()):
                runs.append([])  # an acronym ends a run
                continue
            if runs and runs[-1] and not text[runs[-1][-1][0][1]:m.start()].strip(" \t,"):
                runs[-1].append((m.span(), shout))
            else:
                runs.append([(m.span(), shout)])
        for run in runs:
            shouts = [i for i, (_, shout) in enumerate(run) if shout]
            if not shouts:
                continue
            # the short words inside a run of shouts, and at its edges, shout with it
            group = [span for span, _ in run]
            if not _report_shout(ctx, group):
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
