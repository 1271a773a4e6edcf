"""The note's lines as the resident typed them, read before its sentences: a note pasted from a
text thread ("[9:14 AM] Tomás: r u around this wk", "Dr. Carter 3:02 PM: send me your CV") keeps
the resident's own lines without their time stamps and speaker labels, and leaves out what
someone else said in the thread (quoted, not the resident's words to send); a bullet list ("-
met at the PAS mixer", "* poster session is in sept") becomes sentences, one per bullet.
"""

from __future__ import annotations

import re

from assistant.checks.wordlist import COMMON_WORDS
from assistant.models import DraftRequest
from assistant.text.names import name_fold, name_tokens
from assistant.text.patterns import lazy
from assistant.text.pronouns import FIRST_PERSON, SECOND_PERSON
from assistant.text.typed import BULLET
from assistant.text.words import unhashtagged

_TIME = r"\[?\(?\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?\)?\]?"
# A line of a pasted thread: a time stamp, a speaker (with an optional "(role)") and a colon,
# in either order ("[9:14 AM] Tomás: ...", "me 3:05 PM: ...", "Yvonne Carter (attending) 3:02
# PM: ..."). The time stamp is what tells a thread line from "Update: ..." or "Dr. Katz: ...".
_THREAD_LINE = lazy(
    rf"^[ \t]*(?:{_TIME}[ \t]*(?P<who1>[^\W\d_][^:\n()\[\]]{{0,40}}?)|(?P<who2>[^\W\d_][^:\n()"
    rf"\[\]]{{0,40}}?)(?:[ \t]*\([^)\n]{{1,30}}\))?[ \t]*,?[ \t]*{_TIME})[ \t]*:[ \t]*"
    r"(?P<said>.*)$")
# A line of a thread copied without its time stamps: a speaker's label of one to three words
# and a colon ("me: ...", "Dr. Haddad: ..."); a thread only when one of them is the resident's.
_LABEL_LINE = lazy(r"^[ \t]*(?P<who1>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2})"
                         r"[ \t]*:[ \t]*(?P<who2>)(?P<said>.*)$")
# A bullet: "-", "*", "•", "·", "–", "1." or "2)" opening a line.
_MINE = {"me", "i", "myself"}
# A clause put to the reader with no question mark: an auxiliary before "you" or "there" ("r u
# around this wk", "is there a research meeting residents can sit in on", "any chance u could").
# ("any chance I could sit in", "could I shadow": the writer asking leave is a question too)
QUESTION_OPENING = lazy(r"(?:r|are|do|did|does|can|could|would|will|is|was|have|has|any"
                              r"[ \t]+chance)[ \t]+(?:u|you|there|we|i)\b", re.IGNORECASE)
# Before it: nothing, or a greeting and a name ("hey dr feld r u around").
_QUESTION_LEAD = lazy(r"(?:(?:hey|hi|hello|yo)\b[ \t,]*)?(?:(?:dr|prof)\.?[ \t]+[^\W\d_]"
                            r"[\w'’-]*[ \t,]*)?", re.IGNORECASE)


def _is_mine(who: str, request: DraftRequest) -> bool:
    """The speaker label names the resident ("me", their first or last name)."""
    words = [name_fold(w) for w in re.findall(r"[^\W\d_][\w'’-]*", who)]
    own = set(name_tokens(request.sender.name or ""))
    return bool(words) and (words[0] in _MINE or all(w in own for w in words))


def from_thread(text: str, request: DraftRequest) -> tuple[str, bool]:
    """The resident's own lines of a pasted text thread, one sentence each, and whether lines
    someone else wrote were left out. A note with no time-stamped line is returned as typed."""
    lines = text.split("\n")
    read = [_THREAD_LINE.match(x) for x in lines]
    if sum(m is not None for m in read) < 1:
        # a thread copied without its time stamps: two lines or more with a speaker's label,
        # one of them the resident's ("me: hey is this dr ...", "me: can we connect")
        read = [_LABEL_LINE.match(x) for x in lines]
        if sum(m is not None for m in read) < 2 or not any(
                m and _is_mine(m.group("who1"), request) for m in read):
            return text, False
    kept: list[str] = []
    others = False
    for line, m in zip(lines, read, strict=True):
        if m is None:
            if line.strip():
                kept.append(line.strip())
            continue
        if not _is_mine(m.group("who1") or m.group("who2") or "", request):
            others = True
            continue
        if m.group("said").strip():
            kept.append(m.group("said").strip())
    return " ".join(_ended(k) for k in kept), others


def from_bullets(text: str) -> str:
    """A note typed as bullets, each bullet its own sentence ("- met at PAS\n- he runs the NICU
    clinic" -> "met at PAS. he runs the NICU clinic."); a line that leads into the list ("Dr.
    Katz - update:") keeps its own line. A note with fewer than two bullets is as typed."""
    lines = text.split("\n")
    if sum(BULLET.match(x) is not None for x in lines) < 2:
        return text
    out = [(_ended(BULLET.sub("", x).strip()) if BULLET.match(x) else x.rstrip())
           for x in lines if x.strip()]
    return "\n".join(out)


def _ended(sentence: str) -> str:
    """The line ends as a sentence does (a line of a thread or a bullet has no stop): a
    question as a question."""
    if sentence[-1:] in ".!?:;…":
        return sentence
    lead = _QUESTION_LEAD.match(sentence)
    return sentence + ("?" if QUESTION_OPENING.match(sentence, lead.end() if lead else 0)
                       else ".")


# What belongs to another medium, pasted into a LinkedIn note or message: an email's subject
# line on the first line, "this email", a form letter's greeting to nobody; and, in any
# message, a run of a post's hashtags between sentences or at either end.
_SUBJECT_LINE = lazy(r"^[ \t]*(?:subject|subj|re)[ \t]*:[^\n]*\n", re.IGNORECASE)
_THIS_EMAIL = lazy(r"\b(this)[ \t]+(?:e-?mail)\b", re.IGNORECASE)
_NOBODY = lazy(r"^[ \t]*(?:to[ \t]+whom[ \t]+it[ \t]+may[ \t]+concern|dear[ \t]+sir[ \t]*"
                     r"(?:or|/)[ \t]*madam|dear[ \t]+(?:colleague|doctor))[ \t]*[,:]?[ \t]*"
                     # ... and the reader's name after it ("To whom it may concern, Dr. Lind:")
                     r"(?:(?:dr|doctor|prof|professor)\.?[ \t]+[^\W\d_][\w'’-]*[ \t]*[,:!][ \t]*)?",
                     re.IGNORECASE)
_HASHTAG = lazy(r"(?<![\w&#])#[A-Za-z]")
_TAGS = lazy(r"(?:(?<=^)|(?<=[.!?]))(?:[ \t]*#[^\W\d_][\w]*)+(?=[ \t]|\n|$)")
# A closing and the writer's first name before a postscript ("Kind regards, Ewa. P.S. I ..."),
# and the postscript's mark: the note goes on in the same voice.
_PS = lazy(r"(?:(?<=[.!?])|^)(?:[ \t]+(?:best(?:[ \t]+(?:wishes|regards))?|kind[ \t]+"
                 r"regards|warm(?:est)?[ \t]+regards|regards|sincerely|cheers|thanks|thank[ \t]+"
                 r"you)[ \t]*,?[ \t]+[^\W\d_][\w'’-]*[ \t]*[.!]?)?\s*(?-i:P\.?[ \t]?S\.?)"
                 r"(?:[ \t]*[:,-])?[ \t]+", re.IGNORECASE)


def for_channel(text: str, channel: str, reader: str) -> tuple[str, list[str]]:
    """The note without what belongs to another medium (`_SUBJECT_LINE`, `_THIS_EMAIL`,
    `_NOBODY`, `_TAGS`, `_PS`), and what was changed, for the notice. `reader`: how the reader
    is addressed ("Dr. Zhou"), for a greeting that named nobody."""
    said: list[str] = []
    linkedin = channel != "email"
    if linkedin and _SUBJECT_LINE.match(text):
        text = _SUBJECT_LINE.sub("", text, count=1)
        said.append("the email subject line")
    if linkedin and _THIS_EMAIL.search(text):
        text = _THIS_EMAIL.sub(lambda m: f"{m.group(1)} message", text)
        said.append("'email' (this is a LinkedIn message)")
    if reader and _NOBODY.match(text):
        text = _NOBODY.sub(f"Dear {reader}, ", text, count=1)
        said.append(f"a greeting to nobody in particular (now {reader})")
    if _TAGS.search(text):
        text = re.sub(r"[ \t]{2,}", " ", _TAGS.sub("", text)).strip()
        said.append("hashtags")
    if _HASHTAG.search(text):  # a tag inside a sentence is its words ("your #POCUS workshop")
        text = unhashtagged(text)
        if "hashtags" not in said:
            said.append("hashtags")
    if _PS.search(text):
        text = _PS.sub(" ", text)  # (what follows keeps its own case: "PS: also" -> "Also")
        text = re.sub(r"(?<=[.!?] )[a-z]", lambda m: m.group(0).upper(), text) \
            if re.search(r"(?:^|[.!?]\s+)[A-Z]", text) else text
        said.append("the postscript's mark and the closing before it")
    return text.strip(), said


# A profile headline pasted as the writer's introduction: three or more short segments kept
# apart by bars or bullets ("Marcus Bell | PGY-2 Internal Medicine | Cleveland Clinic | ...").
# (the first segment holds no comma: "Hi Dr. Yilmaz, Marcus Bell | ..." starts at the name)
_HEADLINE = lazy(r"[^|•\n.!?,]{2,90}?[ \t]*[|•][ \t]*(?:[^|•\n.!?]{2,90}?[ \t]*[|•][ \t]*)+"
                       r"[^|•\n.!?]{2,90}?(?:[.!?]|$|(?=\n))")


def without_headline(text: str, who: str, writer: str = "") -> tuple[str, bool]:
    """The note with a pasted headline (`_HEADLINE`) said as a sentence: `who`, the writer's
    name and role from their profile ("" leaves it out); whether there was one. Its
    segments are labels, not sentences: read as they are they make none. A signature block
    closing the note after a dash and the writer's own name (`writer`) goes whole: the profile
    shows it."""
    tail = _signature_tail(text, writer)
    if tail is not None:
        return text[:tail].rstrip(), True
    m = _HEADLINE.search(text)
    if m is None:
        return text, False
    lead = re.match(r"[ \t]*", m.group(0)).end()
    start, end = m.start() + lead, m.end()
    # (a quotation mark inside its first segment opens it: "Hi Dr. Ng - 'Cardiologist | ...")
    bar = re.compile(r"[ \t]*[|•][ \t]*").search(text, start)
    quoted = list(_OPENING_QUOTE.finditer(text, start, bar.start() if bar else end))
    if quoted:
        start = quoted[-1].end()
    before = text[:start].rstrip()
    # a headline in quotation marks is quoted, someone else's (the reader's "Cardiologist |
    # ... | Opinions my own"): it goes, and no sentence of the writer's profile takes its place
    if before[-1:] in _CLOSING_QUOTE:
        close = _CLOSING_QUOTE[before[-1]].search(text, start)
        if close is not None:
            out = f"{before[:-1].rstrip()} {text[close.end():].lstrip()}"
            return re.sub(r"[ \t]*[-–—]+[ \t]*[-–—]+[ \t]*", " - ", out).strip(), True
    # the reader's name after their title opens it ("Hi Dr. Berg | Amir Hosseini, MD | ..."):
    # the greeting ends at the first bar
    if re.search(r"\b(?:Dr|Prof|Mr|Mrs|Ms)\.?$", before) and bar is not None:
        return without_headline(f"{text[:bar.start()]}, {text[bar.end():]}", who, writer)[0], True
    # "Hye-jin Choi, MD, MHS | ...": the name and its credentials open the headline
    name = _CREDENTIALED_NAME.search(text, 0, start)
    if name and _CREDENTIAL.fullmatch(text[start:].split("|")[0].split("•")[0].strip()):
        start = name.start(1)
    # the sentence said mid-sentence ("Dr. Russo, my name is ...") opens in lower case
    if who and text[:start].rstrip()[-1:] not in ("", ".", "!", "?", "\n"):
        who = _mid_sentence(who)
    # "... | interested in your trials; would love to connect.": a last segment that speaks
    # (too long for a label, or a person's word in a phrase: not "Opinions my own") is the
    # note itself, not a label
    last = re.split(r"[|•]", m.group(0))[-1]
    words = {w.lower() for w in re.findall(r"[\w'’]+", last)}
    if len(words) > _LABEL_WORDS or (words & _PERSON_WORDS and len(words) > 4):
        return (text[:start] + (f"{who} " if who else "") + last.strip() + text[m.end():]
                ).strip(), True
    return (text[:start] + (f"{who} " if who else "") + text[end:].lstrip()).strip(), True


_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(-]))['\"‘“](?=\w)")
# The quotation marks a quoted headline closes with (an apostrophe inside a word is none).
_CLOSING_QUOTE = {q: re.compile(re.escape(c) + r"(?![\w])") for q, c in
                  (("'", "'"), ('"', '"'), ("‘", "’"), ("“", "”"))}


def _signature_tail(text: str, writer: str) -> int | None:
    """Where a signature block closing the note starts: after the last sentence, a dash and
    the writer's own name, then fields kept apart by bars ("... Let's connect. -- Jamal Reed,
    MD | PGY-1 | pager 4471 | CONFIDENTIALITY NOTICE ..."); None when the note has none."""
    own = [re.escape(t) for t in writer.split() if len(t) > 1]
    if not own:
        return None
    m = re.search(rf"(?<=[.!?])[ \t]*[-–—~]{{1,2}}[ \t]*(?:{'|'.join(own)})\b[^\n]*[|•][^\n]*$",
                  text, re.IGNORECASE)
    return m.start() if m else None


def _mid_sentence(sentence: str) -> str:
    """A sentence put after a comma: its first word in lower case unless it is "I" or a name
    ("My name is Ana" -> "my name is Ana"; "I'm Ana" stays)."""
    first = re.match(r"[A-Z][a-z]+\b", sentence)
    if first and first.group(0).lower() in COMMON_WORDS:
        return sentence[:1].lower() + sentence[1:]
    return sentence


# a headline's first segment: a name, then credentials after commas ("Ana Ruiz, MD, MPH")
_CREDENTIAL = lazy(r"[A-Z][A-Za-z]{0,3}[A-Z]")
_CREDENTIALED_NAME = lazy(
    r"(?:^|(?<=[,:][ \t])|(?<=\n))([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)+)"
    r"(?:,[ \t]*[A-Z][A-Za-z]{0,3}[A-Z])*,[ \t]*$")
_LABEL_WORDS = 8  # "Chief Resident-elect", "ACR Distinguished Fellow finalist": labels are short
_PERSON_WORDS = {w.lower() for w in (*FIRST_PERSON, *SECOND_PERSON) if w not in ("u", "us")}


# An email's shorthand opening a sentence in a note: "RE: your poster" is a subject line typed
# inline (what the note is about), "FYI" announces what follows.
_RE_INLINE = lazy(r"(?:^|(?<=[.!?,:][ \t])|(?<=\n))(?-i:RE|Re)[ \t]*:[ \t]*(?=\w)")
_FYI = lazy(r"(?:^|(?<=([.!?])[ \t])|(?<=,[ \t])|(?<=\n))(?:FYI|fyi|Fyi)[ \t]*[,:-]?[ \t]+"
                  r"(\w)")


def without_email_shorthand(text: str) -> str:
    """"RE: your ASCO poster" -> "I'm writing about your ASCO poster"; "FYI I'm a PGY-3" ->
    "I'm a PGY-3"."""
    text = _RE_INLINE.sub("I'm writing about ", text)
    # (a sentence it opened opens with the next word, capitalised)
    return _FYI.sub(lambda m: m.group(2).upper() if m.group(1) or m.start() == 0 else m.group(2),
                    text)


# The signature delimiter: "--" alone on a line (RFC 3676's "-- "), after which a phone or a
# hospital's mail adds its footer, a confidentiality notice, a pager number.
_SIGNATURE_DELIMITER = lazy(r"\n[ \t]*--[ \t]*(?:\n|$)")


def without_signature_block(text: str) -> tuple[str, bool]:
    """The note without the signature block after its delimiter, and whether there was one: a
    LinkedIn message shows the writer's profile, never a pasted footer."""
    m = _SIGNATURE_DELIMITER.search(text)
    if m is None or not text[:m.start()].strip():
        return text, False
    return text[:m.start()].rstrip(), True


_DASHED_NAME = lazy(r"(?<=[\w.!?)])[ \t]*[-–—~]+[ \t]*([^\W\d_][\w'’-]{1,20})[ \t]*[.!]*[ \t]*$")


def without_dashed_sign_off(text: str, writer: str) -> tuple[str, bool]:
    """A LinkedIn note without the writer's name signed after a dash at its end ("... you're
    the best -Tash" from Natasha, "— Jo"): the profile beside the note shows who wrote it.
    The name must be the writer's, or a short form found inside one of their names."""
    m = _DASHED_NAME.search(text)
    if m is None:
        return text, False
    said = name_fold(m.group(1))
    own = [name_fold(t) for t in name_tokens(writer)]
    if not any(said == t or len(said) >= 3 and said in t for t in own):
        return text, False
    return text[:m.start()].rstrip(), True
