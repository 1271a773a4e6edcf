"""The note's lines as the resident typed them, read before its sentences: a note pasted from a
text thread ("[9:14 AM] Tomás: r u around this wk", "Dr. Carter 3:02 PM: send me your CV") keeps
the resident's own lines without their time stamps and speaker labels, and leaves out what
someone else said in the thread (quoted, not the resident's words to send); a bullet list ("-
met at the PAS mixer", "* poster session is in sept") becomes sentences, one per bullet.
"""

from __future__ import annotations

import re

from assistant.models import DraftRequest
from assistant.text.names import name_fold, name_tokens
from assistant.text.typed import BULLET

_TIME = r"\[?\(?\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?\)?\]?"
# A line of a pasted thread: a time stamp, a speaker (with an optional "(role)") and a colon,
# in either order ("[9:14 AM] Tomás: ...", "me 3:05 PM: ...", "Yvonne Carter (attending) 3:02
# PM: ..."). The time stamp is what tells a thread line from "Update: ..." or "Dr. Katz: ...".
_THREAD_LINE = re.compile(
    rf"^[ \t]*(?:{_TIME}[ \t]*(?P<who1>[^\W\d_][^:\n()\[\]]{{0,40}}?)|(?P<who2>[^\W\d_][^:\n()"
    rf"\[\]]{{0,40}}?)(?:[ \t]*\([^)\n]{{1,30}}\))?[ \t]*,?[ \t]*{_TIME})[ \t]*:[ \t]*"
    r"(?P<said>.*)$")
# A bullet: "-", "*", "•", "·", "–", "1." or "2)" opening a line.
_MINE = {"me", "i", "myself"}
# A clause put to the reader with no question mark: an auxiliary before "you" or "there" ("r u
# around this wk", "is there a research meeting residents can sit in on", "any chance u could").
QUESTION_OPENING = re.compile(r"(?:r|are|do|did|does|can|could|would|will|is|was|have|has|any"
                              r"[ \t]+chance)[ \t]+(?:u|you|there|we)\b", re.IGNORECASE)
# Before it: nothing, or a greeting and a name ("hey dr feld r u around").
_QUESTION_LEAD = re.compile(r"(?:(?:hey|hi|hello|yo)\b[ \t,]*)?(?:(?:dr|prof)\.?[ \t]+[^\W\d_]"
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
