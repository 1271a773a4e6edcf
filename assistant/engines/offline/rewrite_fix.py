"""The rewrite's professionalism fixes, all of them the project's checks': each suggestion the
checks make for a span is applied where it stands (slang, emoji, shouting, exclamation marks,
grammar), a clause the checks flag without a fix (negativity about colleagues, an outright
mentorship request, an ask put off) goes, a template slot is filled from the request or its
sentence goes; and `repair` checks the rewritten note again and again, a bounded number of
rounds, until the checks find nothing left in its sentences. No word list of its own."""

from __future__ import annotations

import re

from assistant.checks import check
from assistant.checks.functions import mentor_request
from assistant.engines import phrasing as ph
from assistant.engines.offline import rewrite_ask as ask
from assistant.engines.offline.context import Ctx
from assistant.text.patterns import lazy

# A word that goes with the thanks after it ("big thanks", "many thanks", "wanted to thank
# you"): no clause ends before the thanks.
THANKS_BEFORE = lazy(
    r"\b(?:say|said|saying|give|gave|send|sent|many|big|huge|massive|special|sincere|heartfelt|"
    r"warm|deep|enormous|immense|super|so|a|my|our|and|or|to|i|we|just|also|really|again|"
    r"sincerely|like|want|wanted)$", re.IGNORECASE)
THIRD_PERSON = frozenset({"he", "she", "his", "her", "him", "hers", "himself", "herself"})
# The checks whose suggestions the rewrite applies, span by span.
FIX_CODES = ("slang", "emoji", "shouting", "exclamation", "grammar")

# A copula or intensifier waiting for its complement right before an emoji.
_PREDICATE_SLOT = lazy(r"\b(?:was|is|were|are|so|super|really|soo+|totally)[ \t]*$",
                             re.IGNORECASE)


def _ends_clause(text: str, start: int, end: int) -> bool:
    """An emoji between two words usually ends the first sentence."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    return bool(before and after and (before[-1].isalnum() or before[-1] in ")]}")
                and after[0].isalpha())


# A subject that opens a clause: "... at ACEP tbh it was good" holds two clauses.
_CLAUSE_START = lazy(r"\s*(?:i|i['’]m|it|it['’]s|we|you|he|she|they|this|that|there)\s+\w",
                           re.IGNORECASE)
# A word that joins the clause after it to the one before ("and", "because", "that").
_JOINS_NEXT = lazy(r"(?<![\w'’])(?:and|but|so|or|because|that|if|when)$", re.IGNORECASE)
# A replacement that is a clause of its own: an imperative with its object ("let me know",
# "thank you", "see you") or a first-person statement ("I'm not sure").
_OWN_CLAUSE = lazy(r"^(?:I\b|I['’]m\b|[a-z]+ (?:me|you|us)\b|talk soon\b)", re.IGNORECASE)


def _fit_slang(text: str, start: int, end: int, repl: str) -> tuple[int, int, str]:
    """Where a slang fix stands decides its form. A filler that only marks register ("tbh" ->
    "honestly", "lol" -> "") between two clauses is dropped and the boundary restored ("loved
    it tbh it was good" -> "loved it. It was good"), at a sentence's end or its start it is
    dropped ("tbh ur thread was..." -> "Your thread was...", not "Honestly your thread"); a
    phrase that is a clause itself ("hmu" -> "let me know") after a clause without punctuation
    becomes its own sentence. Returns where the edit starts (a comma before it may go), where
    it ends (a comma after a dropped opener goes too) and what it writes."""
    before, after = text[:start].rstrip(), text[end:]
    comma = before.endswith(",")
    before = before.rstrip(",").rstrip() if comma else before
    joined = bool(before) and (before[-1].isalnum() or before[-1] in ")]}'’")
    filler = repl == "" or re.fullmatch(r"[a-z]+ly", repl, re.IGNORECASE) is not None
    ends = re.match(r"\s*(?:[.!?]|$)", after) is not None
    if filler and joined and not comma and _CLAUSE_START.match(after) and \
            not _JOINS_NEXT.search(before):  # "... and like I would": "and" joins them
        return start, end, ". "
    if filler and joined and ends:
        return len(before), end, ""
    if filler and not comma and (not before or before[-1] in ".!?\n") and \
            re.match(r"[ \t,]*[^\W\d_]", after):
        # from the sentence's stop to the next word: one space (or the line break) between
        gap = text[len(before):start]
        return len(before), end + len(re.match(r"[ \t,]*", after).group(0)), \
            ("\n" * gap.count("\n") or " ") if before else ""
    if joined and repl and _OWN_CLAUSE.match(repl) and (ends or not comma) and \
            not THANKS_BEFORE.search(before):  # "big thx" is one phrase
        return len(before), end, ". " + repl
    if not repl and text[start - 1:start].isalnum() and text[end:end + 1].isalnum():
        return start, end, " "  # the span took the blanks on both sides ("and like I")
    return start, end, repl


_ASKS = lazy(r"(?:do|does|did|would|could|can|will|is|are|was|have|should|may|what|how|"
                   r"why|when|where|who|which)\b", re.IGNORECASE)


def _one_mark(m: re.Match[str]) -> str:
    """"??" is one question mark; a mixed run ("?!?") ends a question only when the sentence
    asks one, else it was an exclamation and ends with a full stop."""
    sentence, run = m.group(1), m.group(2)
    if set(run) == {"?"} or _ASKS.match(sentence.lstrip()):
        return f"{sentence}?"
    return f"{sentence}."


# A run of marks holding a "?", with the sentence before it: tried only where a sentence starts,
# so a long email is read once, not once per character.
_MARK_RUN = lazy(r"(?:^|(?<=[.!?]))([^.!?]*)([?!]*\?[?!]*)")


def tidy(text: str) -> str:
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"\s+([,.!?;:])", r"\1", text)
    text = re.sub(r"([,;:])(?=[.!?])", "", text)
    text = re.sub(r"\.{2,}", ".", text)
    # a comma left after a word that waits for what follows ("wanted to, connect" once ", you
    # know" went)
    text = re.sub(r"\b(to|the|a|an|of)[ \t]*,[ \t]*(?=[a-z])", r"\1 ", text)
    # a label whose value went with the identifier it named ("on a patient (MRN )", "the
    # patient we discussed - a patient, DOB - the biopsy came back")
    text = re.sub(r"\s*\(\s*(?:[A-Z]{2,5}|#)?:?\s*\)", "", text)
    text = _BARE_LABEL.sub("", text)
    text = _EMPTY_ASIDE.sub(lambda m: f" {m.group(1)}" if m.group(1) else m.group(2) or "",
                            text)
    text = _MARK_RUN.sub(_one_mark, text)
    text = re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    # "Could I do an elective next spring." asks: it ends as a question
    text = _ASKED.sub(lambda m: m.group(1) + "?", text)
    return text.strip()


# An identifier's label left with no value once the PHI guard took the value ("DOB -", "MRN:").
_BARE_LABEL = lazy(r"[ \t]*,?[ \t]*\b(?:DOB|D\.O\.B\.?|MRN|SSN|date of birth|medical record "
                         r"(?:number|no\.?))[ \t]*[:#]?(?=[ \t]*(?:[-–—,;)]|[.!?]?$))",
                         re.IGNORECASE | re.MULTILINE)
# An aside between dashes or commas that held only the identifier the guard replaced ("the
# patient we discussed - a patient - the biopsy"): it named no one else.
_EMPTY_ASIDE = lazy(r"[ \t]+([-–—])[ \t]*(?:a patient)?[ \t]*[,;]?[ \t]*[-–—](?=[ \t])|"
                          r"[ \t]+[-–—][ \t]*a patient[ \t]*[,;]?[ \t]*([.!?]|$)",
                          re.MULTILINE)


# A sentence that opens as a question (an auxiliary, then "I", "you" or "we") and was typed
# with a full stop or nothing.
_ASKED = lazy(r"((?:^|(?<=[.!?]\s))(?:Could|Would|Can|Will|Do|Does|Did|Are|Is|May|Should|"
                    r"Might)\s+(?:I|you|we|there|it\s+be)\b[^.!?\n]*)\.(?=\s|$)")


def findings(ctx: Ctx, text: str) -> list:
    try:
        return check(text, ctx.request, kind="linkedin_rewrite", channel="linkedin_message",
                     settings=ctx.settings)
    except Exception:  # the checks are advisory here; the drafting service runs them again
        return []


def _edit(text: str, found: list, tidied: bool = True) -> str:
    """`text` with each finding's suggestion put in place of its span (spans relative to
    `text`), the rightmost first; the form of each edit decided by where it stands."""
    last = len(text) + 1
    for f in sorted(found, key=lambda f: f.start or 0, reverse=True):
        start, end = f.start or 0, f.end or 0
        if end > last:
            continue  # overlaps an edit already made
        repl = f.suggestion or ""
        if f.code == "emoji" and _PREDICATE_SLOT.search(text, 0, start):
            # "your workshop was 🔥": the emoji was the praise itself
            repl = " great." if _ends_clause(text, start, end) else " great"
        elif f.code == "emoji" and _ends_clause(text, start, end):
            repl = "."
        elif f.code == "slang":
            start, end, repl = _fit_slang(text, start, end, repl)
        text = text[:start] + repl + text[end:]
        last = start
    return tidy(text) if tidied else text


def apply_check_fixes(ctx: Ctx, text: str, rounds: int = 4,
                      codes: tuple[str, ...] = FIX_CODES, tidied: bool = True) -> str:
    """Every fix the project's checks suggest for a span (slang, emoji, shouting, exclamation
    marks, a casual greeting, a lost apostrophe, a stretched word, a lowercase "i"), applied
    until none is left: the rewrite keeps no word lists of its own. `codes`: only these
    checks' fixes (a phrase of a request, before it is put in a sentence); `tidied=False`:
    the edits alone, the rest as typed (a first pass: ":)" is still an emoticon after it)."""
    for _ in range(rounds):
        # the reader in the third person is the planner's to address, with agreement ("she
        # has" -> "you have", "ask her" -> "ask you"), not a word-for-word swap
        edits = [f for f in findings(ctx, text) if f.code in codes and
                 f.start is not None and f.end is not None and f.suggestion is not None
                 and text[f.start:f.end].lower() not in THIRD_PERSON]
        if not edits:
            break
        text = _edit(text, edits, tidied)
    return text


def without_mentor_clause(ctx: Ctx, sentence: str) -> str | None:
    """'Great to meet you, will you be my mentor?' -> 'Great to meet you.': only the clause the
    mentor_ask check points at is dropped; '' when nothing else is left; None when the
    sentence asks no such thing."""
    def asks(text: str) -> bool:  # the mentor_ask check's own reading of a sentence
        return mentor_request(text.lower(), lowered=True)

    if not asks(sentence):
        return None
    for cut in reversed([c.start() for c in re.finditer(r",\s|;\s|\s(?:and|so|but)\s",
                                                         sentence)]):
        head = sentence[:cut].rstrip(" ,;")
        if not asks(head):
            return head + "." if len(re.findall(r"[A-Za-z]{2,}", head)) >= 3 else ""
    return ""


def _without_clauses(sentence: str, spans: list[tuple[int, int]]) -> str:
    """The sentence without the clauses that hold any of `spans`; '' when what is left holds
    fewer than three words."""
    cuts = [0, *[m.start() for m in re.finditer(r",\s|;\s|\s(?:and|so|but)\s|\s[-–—]\s",
                                               sentence)], len(sentence)]
    parts = [sentence[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
    starts = cuts[:-1]
    kept = [p for p, a in zip(parts, starts, strict=True)
            if not any(a <= s0 < a + len(p) or a < e0 <= a + len(p) for s0, e0 in spans)]
    rest = re.sub(r"^[\s,;–—-]*(?:(?:and|so|but)\s+)?", "", "".join(kept)).strip()
    if len(re.findall(r"[A-Za-z]{2,}", rest)) < 3:
        return ""
    rest = ph.capitalize(rest)
    if rest.endswith("?") and not _ASKS.match(rest):  # "it was refreshing?!?" asked nothing
        rest = rest.rstrip("?") + "."
    return rest if rest[-1] in ".!?" else rest + "."


def _asked_clause(sentence: str, spans: list[tuple[int, int]]) -> str:
    """"I'll ask you about the journal next time we meet, but I wanted to send the draft now."
    -> "Could we talk about the journal next time we meet? I wanted to send the draft now.":
    the clause holding a put-off ask asked as a question of its own, the rest kept; the
    sentence as it was when no clause asks."""
    cuts = [0, *[m.start() for m in re.finditer(r",\s|;\s|\s(?:and|so|but)\s", sentence)],
            len(sentence)]
    for a, b in zip(cuts, cuts[1:], strict=False):
        if not any(a <= s0 < b for s0, _ in spans):
            continue
        clause = re.sub(r"^[\s,;]*(?:(?:and|so|but)\s+)?", "", sentence[a:b]).strip()
        asked = ask.as_question(clause)
        if asked == clause:
            return sentence
        rest = _without_clauses(sentence, [(a, b)])
        before = a == 0 or not rest
        return " ".join([asked, rest] if before else [rest, asked]).strip()
    return sentence


# Findings no edit of a sentence answers: the greeting's (the rewrite writes its own), the
# note's size (`rewrite_plan.fit`'s), and an identifier the PHI guard could not attribute (the
# resident's call).
_NOT_SENTENCES = frozenset({"phi", "greeting", "char_limit", "length", "subject"})


def repair(ctx: Ctx, hello: str, sentences: list[str], rounds: int = 3) -> list[str]:
    """Check the rewritten note as it will read and mend each sentence the checks still flag,
    until they flag none or `rounds` are spent: a suggestion is put in place; a finding with
    none (an ask put off, the reader named in the body, a judgement of others) turns a put-off
    ask into the question itself, else takes its clause, or the sentence, with it."""
    for _ in range(rounds):
        text, at = hello, []
        for sentence in sentences:
            text += " " if text else ""
            at.append((len(text), len(text) + len(sentence)))
            text += sentence
        # grammar at any severity: an ask put off is only info, yet the reader is asked
        found = [f for f in findings(ctx, text)
                 if (f.severity in ("warning", "error") or f.code == "grammar")
                 and f.code not in _NOT_SENTENCES and f.start is not None and f.end is not None]
        out, changed = [], False
        for sentence, (s, e) in zip(sentences, at, strict=True):
            mine = [f.model_copy(update={"start": (f.start or 0) - s, "end": (f.end or 0) - s})
                    for f in found if s <= (f.start or 0) and (f.end or 0) <= e]
            if not mine:
                out.append(sentence)
                continue
            changed = True
            fixes = [f for f in mine if f.suggestion is not None]
            spans = [(f.start or 0, f.end or 0) for f in mine if f.suggestion is None]
            if spans:  # a put-off ask is asked; anything else takes its clause
                asked = ask.as_question(sentence)
                if asked == sentence:
                    asked = _asked_clause(sentence, spans)
                sentence = asked if asked != sentence else _without_clauses(sentence, spans)
            elif fixes:
                sentence = _edit(sentence, fixes)
            if sentence.strip():
                out.append(sentence)
        sentences = out
        if not changed:
            break
    return sentences


def placeholders(ctx: Ctx, sentence: str) -> list[tuple[str, str | None]]:
    """The template slots the placeholder check finds in a sentence, each with the check's own
    fill from the request (None when the request does not say)."""
    return [(sentence[f.start:f.end], f.suggestion or None) for f in findings(ctx, sentence)
            if f.code == "placeholder" and f.start is not None and f.end is not None]


# The phrase a template slot fills after its preposition ("at [CONFERENCE]", "in {city}"):
# without it the sentence still says what it says ("I enjoyed your talk at [CONFERENCE]" ->
# "I enjoyed your talk").
_SLOT_PHRASE = r"[ \t]+(?:at|in|on|from|during|for|with|of)[ \t]+(?:the[ \t]+|your[ \t]+|my[ \t]+)?"


def without_slot(sentence: str, slot: str) -> str | None:
    """The sentence without the phrase an unfilled slot stands in, or None when the slot is no
    such phrase (the sentence needs the fact the request does not hold)."""
    m = re.search(_SLOT_PHRASE + re.escape(slot), sentence)
    if m is None:
        return None
    out = sentence[:m.start()] + sentence[m.end():]
    return out if len(re.findall(r"[^\W\d_][\w'’-]*", out)) >= 4 else None
