"""The end of a message: the closing and signature block, device footers below it ("Sent from
my Galaxy"), and text after the signature that is still the message (a P.S.). Offsets point
into the original text, like every part `text.parse_message` finds.
"""

from __future__ import annotations

import re

from assistant.text.paste import FOOTER
from assistant.text.patterns import lazy

_CLOSINGS = (
    "best", "best regards", "best wishes", "kind regards", "kindest regards", "warm regards",
    "warmest regards", "regards", "sincerely", "sincerely yours", "yours sincerely",
    "respectfully", "respectfully yours", "thank you", "thanks", "many thanks", "thanks again",
    "thank you again", "thanks so much", "thank you so much", "with gratitude", "gratefully",
    "with thanks", "with appreciation", "warmly", "warm wishes", "all the best", "cheers",
    "take care", "yours truly", "yours", "talk soon", "very best", "with best wishes",
    "with many thanks", "appreciatively", "cordially",
)
_CLOSING_RE = lazy(
    r"[ \t]*(?:" + "|".join(sorted((re.escape(c) for c in _CLOSINGS), key=len, reverse=True))
    + r")[ \t]*[,.!]?[ \t]*(?P<rest>[^\n]{0,60})$",
    re.IGNORECASE,
)
_DASH_NAME_RE = lazy(r"[ \t]*[-–—~][ \t]*(?P<rest>[A-Z][^\n]{0,60})$")
_NAMEISH_RE = lazy(
    r"[ \t]*(?:Dr\.?[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
    r"(?:[ \t]*,[ \t]*[A-Za-z][\w.-]{0,12}){0,3}[ \t]*$"
)

def strip_footer(text: str, start: int, end: int) -> int:
    """Where the message ends once trailing device footers and delimiter lines are dropped."""
    lines = iter_lines(text, start, end)
    while lines:
        ls, le = lines[-1]
        if text[ls:le].strip() and not FOOTER.fullmatch(text, ls, le):
            break
        lines.pop()
    return lines[-1][1] if lines else start


def iter_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line in text[start:end], without the newline."""
    lines = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if stop > pos and text[stop - 1] == "\r":  # Windows line endings
            stop -= 1
        lines.append((pos, stop))
        if nl < 0:
            break
        pos = nl + 1
    return lines


def find_signoff(text: str, start: int, end: int) -> tuple[int | None, bool]:
    """Find the sign-off block among the last lines: (block start, whether a name is given)."""
    lines = [ln for ln in iter_lines(text, start, end) if text[ln[0]:ln[1]].strip()]
    tail = lines[-8:]
    for i, (ls, le) in enumerate(tail):
        m = _CLOSING_RE.match(text, ls, le)
        if m is None:
            continue
        # A closing sentence in the middle of the body ("Thanks for your time.") does not count
        # unless what follows it looks like a signature.
        rest = m.group("rest").strip()
        following = tail[i + 1:]
        if rest and _NAMEISH_RE.fullmatch(rest):
            return ls, True
        if not rest and following:
            first_follow = text[following[0][0]:following[0][1]].strip()
            words = first_follow.split()
            if (
                len(words) <= 8 and first_follow[:1].isupper()
                and not first_follow.endswith(("?", "!"))
                and (not first_follow.endswith(".") or len(words) <= 4)
            ):
                return ls, True  # "Best,\nMaria Gomez, M.D." but not "Thanks!\nSee you then."
        if not rest and not following:
            return ls, False
    # No closing word: a name line among the last few (a signature block of name, role,
    # address), or "— Maria" at the very end.
    if tail and _DASH_NAME_RE.match(text, tail[-1][0], tail[-1][1]):
        return tail[-1][0], True
    if len(lines) > 1:
        for ls, le in tail[-4:]:
            if (ls, le) == lines[0]:
                continue
            line = text[ls:le]
            if _NAMEISH_RE.fullmatch(line) and len(line.split()) <= 6:
                return ls, True
    return None, False


SIGNATURE_LINES = 6  # a signature: the closing, a name, a role, a program, contact details
SIGNATURE_LINE_WORDS = 12


def find_trailer(text: str, signoff: int, end: int) -> int | None:
    """Where text that is not a signature starts after the sign-off: the first line after
    the closing that is long (more than SIGNATURE_LINE_WORDS words) or past SIGNATURE_LINES
    lines. A P.S. or pages of text after "Best, Maria" are still part of the message."""
    lines = [ln for ln in iter_lines(text, signoff, end) if text[ln[0]:ln[1]].strip()]
    for n, (ls, le) in enumerate(lines):
        if n == 0:
            continue  # the closing line itself
        line = text[ls:le].strip()
        if (n >= SIGNATURE_LINES or len(line.split()) > SIGNATURE_LINE_WORDS
                or line.lower().startswith(("p.s", "ps:", "ps ", "p. s"))):
            return ls
    return None
