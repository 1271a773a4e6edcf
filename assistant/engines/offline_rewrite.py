"""linkedin_rewrite offline: keep the resident's facts and voice, fix only what the checks flag
(slang, casual greeting, emoji, exclamation marks, shouting, placeholders, a mentor ask) and fit
the account's character limit by dropping the least informative sentences."""

from __future__ import annotations

import re

from assistant.engines import phrasing as ph
from assistant.engines.offline import VALEDICTION, Ctx, sign_off
from assistant.engines.offline_note import CLOSING, linkedin_note_body, shrink_to_limit
from assistant.text.names import person_name
from assistant.text.sentences import split_sentences

SLANG = {
    "u": "you", "ur": "your", "r": "are", "thx": "thanks", "thnx": "thanks", "tx": "thanks",
    "ty": "thank you", "pls": "please", "plz": "please", "gonna": "going to",
    "wanna": "want to", "gotta": "have to", "w/": "with", "w/o": "without", "b/c": "because",
    "bc": "because", "cuz": "because", "ppl": "people", "rn": "right now", "idk": "I don't know",
    "gr8": "great", "l8r": "later", "abt": "about", "convo": "conversation", "msg": "message",
    "lol": "", "omg": "", "btw": "", "tbh": "", "imo": "", "lmk": "let me know",
    "haha": "", "hahaha": "",
    # a dropped apostrophe: "im" is not a word, "I'm" is
    "im": "I'm", "ive": "I've", "dont": "don't", "didnt": "didn't", "thats": "that's",
    "youre": "you're", "isnt": "isn't", "wasnt": "wasn't", "couldnt": "couldn't",
    "wouldnt": "wouldn't", "doesnt": "doesn't",
}
GREETING = re.compile(
    r"^\s*(?P<word>hey there|hey|heya|hiya|yo|sup|what's up|hi there|hi|hello|dear|"
    r"good morning|good afternoon|good evening)\b[ ,!]*"
    r"(?P<name>(?:dr\.?\s+)?(?-i:(?!I(?:['’][a-z]+)?\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))?"
    r"\s*[,!.:-]*\s*",
    re.IGNORECASE,
)
CASUAL = {"hey there", "hey", "heya", "hiya", "yo", "sup", "what's up", "hi there"}
EMOJI = re.compile(
    "[\U0001F000-\U0001FAFF\U00002600-\U000027BF\U0001F900-\U0001F9FF\u2B50\u2B55\u203C\u2049"
    "\u2122\u2139\u2194-\u21AA\u231A-\u23FF\u25AA-\u25FE\u2934\u2935\u3030\u303D\u3297\u3299"
    "\uFE0F\u200D]+"
)
EMOTICON = re.compile(r"(?<!\w)(:\)|:-\)|:D|;\)|;-\)|:P|<3|xD|XD)(?!\w)")
PLACEHOLDER = re.compile(r"\[[^\]]{1,40}\]|\{[^}]{1,40}\}|<[^>]{1,40}>|\bX{2,}\b|\bTBD\b")
MENTOR_ASK = re.compile(
    r"\b(will|would|could|can) you (please )?(be|become) my mentor\b|\bbe my mentor\b|"
    r"\bmentor me\b",
    re.IGNORECASE,
)
SHOUTING_WORDS = {
    "REALLY", "URGENT", "VERY", "AMAZING", "LOVE", "PLEASE", "HUGE", "THANK", "THANKS", "GREAT",
    "NEED", "IMPORTANT", "BEST", "AWESOME", "SUPER", "TOTALLY", "EXCITED", "HELP", "NOW", "SO",
    "MUCH", "HONORED", "THRILLED", "INCREDIBLE", "ABSOLUTELY", "DEFINITELY", "ALWAYS", "NEVER",
    "WOULD", "LOOKING", "FORWARD", "CONNECT", "HOPE", "FAN", "MUST", "HAPPY", "YOUR", "WORK",
}


def _fill_placeholder(ctx: Ctx, slot: str) -> str | None:
    """What a template slot stands for, from the request; None if the request does not say."""
    r = ctx.request
    s = slot.strip("[]{}<> ").lower()
    if re.search(r"conference|event|meeting|congress|summit", s):
        return ph.clean(r.meeting.event) or None
    if re.search(r"your name|my name|sender", s):
        return ph.clean(r.sender.name) or None
    if re.search(r"topic|area|field|subject", s):
        return ph.clean(r.meeting.topics[0]) if r.meeting.topics else None
    if re.search(r"institution|hospital|program|school", s):
        return ph.clean(r.sender.program) or None
    if re.search(r"specialty|interest", s):
        return ph.clean(r.sender.interests[0]) if r.sender.interests else None
    if re.search(r"name|contact|their", s):
        return ph.address_name(r) or None
    return None


# A note that starts "loved your talk" or "lets connect" lost its subject or apostrophe.
_NO_SUBJECT = re.compile(
    r"(^|[.!?]\s+|,\s+)(loved|enjoyed|appreciated|liked|really enjoyed|really appreciated|"
    r"would love|would like|would value|hope to|look forward)\b",
    re.IGNORECASE,
)
_LETS = re.compile(r"\blets (?=(?:connect|chat|meet|talk|keep|stay|catch)\b)", re.IGNORECASE)


def _restore_grammar(text: str) -> str:
    def subject(m: re.Match[str]) -> str:
        lead = ". " if m.group(1).startswith(",") else m.group(1)  # no comma splice
        return f"{lead}I {m.group(2).lower()}"

    text = _NO_SUBJECT.sub(subject, text)
    return _LETS.sub(lambda m: "Let's " if m.group(0)[0].isupper() else "let's ", text)


def _fix_words(text: str, keep: set[str]) -> str:
    def slang(match: re.Match[str]) -> str:
        word = match.group(0)
        repl = SLANG.get(word.lower(), word)
        if repl and word[:1].isupper():
            repl = ph.capitalize(repl)
        return repl

    pattern = r"(?<![\w/])(" + "|".join(
        re.escape(k) for k in sorted(SLANG, key=len, reverse=True)) + r")(?![\w/])"
    text = re.sub(pattern, slang, text, flags=re.IGNORECASE)

    def shout(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in keep:
            return word
        return word.lower() if word in SHOUTING_WORDS or len(word) >= 6 and \
            re.search(r"[AEIOU].*[AEIOU]", word) and word not in _ACRONYM_HINTS else word

    return re.sub(r"\b[A-Z]{2,}\b", shout, text)


_ACRONYM_HINTS = {"HIPAA", "ACGME", "NRMP", "ERAS", "USMLE", "COMLEX", "MEDPAC", "AMCAS"}


def _restore_case(text: str, request_text: str) -> str:
    """Write names the way the request spells them ("riverside" -> "Riverside", "pgy1" ->
    "PGY-1", "sgim" -> "SGIM"), and "i" as "I". Ordinary words keep their case, so "medicine"
    does not become "Medicine" because the program is called Internal Medicine."""
    from assistant.checks.wordlist import COMMON_WORDS

    def key(word: str) -> str:
        return re.sub(r"[^a-z0-9]", "", word.lower())

    spelled = {key(w): w for w in re.findall(r"[\w'’-]+", request_text)
               if re.search(r"[A-Z]", w) and len(key(w)) >= 3}

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if word == "i":
            return "I"
        if word in COMMON_WORDS:
            return word
        return spelled.get(key(word), word)

    return re.sub(r"(?<![\w'’-])[a-z][a-z0-9'’-]*(?![\w'’-])|\bi\b", fix, text)


def _ends_clause(text: str, m: re.Match[str]) -> bool:
    """An emoji between two words usually ends the first sentence."""
    before, after = text[: m.start()].rstrip(), text[m.end():].lstrip()
    return bool(before and after and (before[-1].isalnum() or before[-1] in ")]}")
                and after[0].isalpha())


def _fix_exclamations(text: str) -> str:
    text = re.sub(r"!{2,}", "!", text)
    first = text.find("!")
    if first == -1:
        return text
    return text[: first + 1] + text[first + 1:].replace("!", ".")


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"\s+([,.!?;:])", r"\1", text)
    text = re.sub(r"([,;:])(?=[.!?])", "", text)
    text = re.sub(r"\.{2,}", ".", text)
    text = re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    return text.strip()


def _apply_check_fixes(ctx: Ctx, text: str) -> str:
    """A second pass driven by the project's own checks: lower-case what they call shouting,
    drop what they call emoji, replace what they call slang when they suggest a word."""
    from assistant.checks import check

    try:
        findings = check(text, ctx.request, kind="linkedin_rewrite",
                         channel=ctx.request.effective_channel, settings=ctx.settings)
    except Exception:  # the checks are advisory here; the drafting service runs them again
        return text
    edits = sorted(
        (f for f in findings if f.start is not None and f.end is not None
         and f.code in ("shouting", "emoji", "slang")),
        key=lambda f: f.start or 0, reverse=True,
    )
    for f in edits:
        span = text[f.start:f.end]
        if f.code == "shouting":
            repl = span.lower()
        elif f.code == "emoji":
            repl = ""
        else:  # the slang check's own replacement ("dunno" -> "don't know"), "" to drop it
            repl = f.suggestion or ""
        text = text[: f.start] + repl + text[f.end:]
    return _tidy(text)


def _without_mentor_clause(sentence: str) -> str:
    """'Great to meet you, will you be my mentor?' -> 'Great to meet you.': only the clause that
    asks is dropped; '' when nothing else is left."""
    m = MENTOR_ASK.search(sentence)
    if not m:
        return sentence
    cuts = [c.start() for c in re.finditer(r",\s|;\s|\s(?:and|so|but)\s", sentence[: m.start()])]
    if not cuts:
        return ""
    head = sentence[: cuts[-1]].rstrip(" ,;")
    return head + "." if len(re.findall(r"[A-Za-z]{2,}", head)) >= 3 else ""


def _split_sign_off(text: str, ctx: Ctx) -> tuple[str, list[str]]:
    """Separate a sign-off the resident already wrote ("Best,\nMaya") from the message."""
    lines = text.rstrip().split("\n")
    names = {w.lower() for w in re.findall(r"[\w'’-]{2,}", ctx.request.sender.name or "")}
    tail: list[str] = []
    while len(lines) > 1 and len(tail) < 5:
        line = lines[-1].strip()
        if not line:
            lines.pop()
            continue
        words = {w.lower() for w in re.findall(r"[\w'’-]{2,}", line)}
        if VALEDICTION.match(line) and len(line.split()) <= 4:
            tail.insert(0, line)
            lines.pop()
            return "\n".join(lines), tail
        if len(line.split()) <= 6 and not re.search(r"[.!?]$", line) and (
                words & names or tail):
            tail.insert(0, line)
            lines.pop()
            continue
        break
    if tail:  # a name without a closing word ("Thanks!\nMaya") is a sign-off too
        return "\n".join(lines), tail
    return text, []


def email_subject(ctx: Ctx) -> str:
    """A short subject from the request's own facts for a note sent by email."""
    from assistant.engines.offline_kinds import short_subject
    from assistant.engines.offline_sentences import event_timing

    r = ctx.request
    timing = event_timing(ctx)
    options = []
    if ctx.event:
        options.append(f"Ahead of {ctx.event}" if timing == "before" else
                       f"Following {ctx.event}" if timing == "after" or ctx.rel != "new" else
                       f"Connecting about {ctx.event}")
    if ctx.rel == "new" and r.sender.name:
        options.append(f"Introduction from {person_name(r.sender.name)}")
    options.append("Staying in touch" if ctx.rel != "new" else "A brief introduction")
    return next(o for o in options if short_subject(o))


def compose(ctx: Ctx) -> tuple[str | None, str]:
    r = ctx.request
    ctx.use("linkedin-personalized-note", "professional-tone-everywhere")
    original = (r.existing_text or "").strip()
    if not original:
        ctx.gap("the note you want improved (existing_text); this is a fresh note instead")
        return None, linkedin_note_body(ctx)
    email = ctx.request.effective_channel == "email"
    original, own_sign_off = _split_sign_off(original, ctx) if email else (original, [])
    text = EMOJI.sub(lambda m: "." if _ends_clause(original, m) else "", original)
    text = EMOTICON.sub(lambda m: "." if _ends_clause(text, m) else "", text)
    request_text = " ".join(filter(None, [r.meeting.event, *r.meeting.topics, r.contact.title,
                                          r.contact.institution, r.sender.program, r.sender.role,
                                          *r.sender.interests, r.contact.their_work]))
    text = _fix_words(text, set(re.findall(r"\b[A-Z]{2,}\b", request_text)))
    text = _restore_case(text, " ".join(filter(None, [
        request_text, r.contact.name, r.sender.name, r.contact.specialty])))
    text = _fix_exclamations(text)

    greeting_match = GREETING.match(text)
    name = ph.address_name(r)
    body = _restore_grammar(text[greeting_match.end():] if greeting_match else text)
    if not greeting_match:
        hello = ""  # the resident wrote no greeting; adding one would change their voice
    else:
        word = greeting_match.group("word")
        if word.lower() in CASUAL:
            word = "Dear" if ctx.formal else "Hi"
        addressed = name or (greeting_match.group("name") or "").strip()
        hello = f"{ph.capitalize(word)} {addressed}," if addressed else f"{ph.capitalize(word)},"

    sentences = split_sentences(body.replace("\n", " "))
    kept: list[str] = []
    dropped_mentor = False
    for sentence in sentences:
        if MENTOR_ASK.search(sentence):
            dropped_mentor = True
            sentence = _without_mentor_clause(sentence)
            if not sentence:
                continue
        missing = False
        for slot in PLACEHOLDER.findall(sentence):
            value = _fill_placeholder(ctx, slot)
            if value is None:
                missing = True
                break
            sentence = sentence.replace(slot, value)
        if missing:
            ctx.gap("the facts your template left blank (a sentence with an unfilled slot was "
                    "removed)")
            continue
        kept.append(sentence)
    if dropped_mentor:
        ctx.use("dont-ask-will-you-be-my-mentor")
        if not any(CLOSING.search(k) for k in kept):
            kept.append("I would love to stay connected and learn from your experience.")
    if not any(re.search(r"[A-Za-z]{2,}", s) for s in kept):
        ctx.gap("a note with something left to keep (every sentence of existing_text needed a "
                "fact the request does not hold); this is a fresh note instead")
        return None, linkedin_note_body(ctx)
    text = _tidy(" ".join(s for s in [hello, *kept] if s))
    text = _apply_check_fixes(ctx, text)
    if text and text[-1].isalnum():
        text += "."  # "lets connect lol" loses its last word and with it the sentence's end
    if email:
        return email_subject(ctx), as_email(ctx, text, hello, own_sign_off)

    limit = ctx.settings.linkedin_note_limit
    if ctx.request.effective_channel != "linkedin_note" or len(text) <= limit:
        return None, text
    ctx.use("keep-messages-brief")
    sentences = split_sentences(" ".join(kept))
    shrunk = shrink_to_limit(r, "", sentences, limit,
                             finish=lambda rest: _tidy(f"{hello} {rest}" if hello else rest))
    return None, shrunk if len(text) > limit else text


def as_email(ctx: Ctx, text: str, hello: str, own_sign_off: list[str]) -> str:
    """The rewritten note laid out as an email: greeting on its own line, the message, and a
    sign-off (the resident's own, else one built from the request)."""
    r = ctx.request
    hello = hello or ph.greeting(r)
    if hello and text.startswith(hello):
        text = text[len(hello):].strip()
    text = ph.capitalize(text)
    valediction = bool(own_sign_off) and bool(VALEDICTION.match(own_sign_off[0]))
    closing = "\n".join(own_sign_off) if valediction and len(own_sign_off) > 1 else None
    if closing is None:
        ctx.use("share-contact-details-easily")
        closing = sign_off(ctx)
        if valediction and closing:  # a lone "Best," keeps its word, the name is added
            closing = "\n".join([own_sign_off[0], *closing.split("\n")[1:]])
    return "\n\n".join(b for b in [hello, text, closing] if b)
