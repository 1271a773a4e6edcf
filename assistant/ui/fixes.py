"""Applying the checks' suggestions so that they compose: each fix is applied to the text as it
is now (its span found again if the resident kept typing), the seams it leaves are repaired
(spaces, a greeting's punctuation, a sentence break where an interjection or emoji ended a
clause, the capital a sentence starts with), and "Apply all" re-checks after every fix.

The checks give what to replace; what is around the replacement is this module's concern, so a
check never needs to know what another check's fix will do next to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from assistant.models import Finding
from assistant.text.patterns import lazy

# A removal that joins two words was a clause end when it took one of these away.
CLAUSE_ENDERS = frozenset({"emoji", "slang"})
MAX_ROUNDS = 25  # "Apply all": every round fixes one finding; a message has far fewer
# A greeting at the start of a line: the greeting word, up to four name words ("Dr." keeps its
# dot), its punctuation, and whatever follows on the same line.
_GREETING_LINE = lazy(
    r"^(?P<head>(?:Dear|Hello|Hi|Good (?:morning|afternoon|evening))"
    r"(?:[ \t]+(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.)?(?:[ \t]+[^\s!.,]+){0,3})"
    r"(?P<end>!+|\.|,)(?P<rest>[^\n]*)$", re.MULTILINE)
_SPACE_BEFORE_PUNCT = lazy(r"(?<=\S)[ \t]+(?=[,.;:!?](?:\s|$))")
_DOUBLE_SPACE = lazy(r"(?<=\S)[ \t]{2,}(?=\S)")
_SENTENCE_END = lazy(r"[.!?][\"')\]]?\s+$")


def flagged_text(text: str, finding: Finding) -> str | None:
    """The words a finding flags in the text it was computed on (kept to find them again)."""
    start, end = finding.start, finding.end
    if start is None or end is None or not 0 <= start < end <= len(text):
        return None
    return text[start:end]


def refind(text: str, finding: Finding, flagged: str | None) -> tuple[int, int] | None:
    """Where the flagged words are now: at the same place, else their nearest occurrence."""
    start, end = finding.start, finding.end
    if flagged is None or start is None or end is None:
        return None
    if text[start:end] == flagged:
        return start, end
    places = [m.start() for m in re.finditer(re.escape(flagged), text)]
    if not places:
        return None
    best = min(places, key=lambda p: abs(p - start))
    return best, best + len(flagged)


def _match_case(original: str, replacement: str) -> str:
    """'Thx' becomes 'Thank you', not 'thank you': a capital that began a sentence stays."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def apply_fix(text: str, finding: Finding, flagged: str | None = None) -> str:
    """The text with one suggestion applied and its seams repaired; unchanged if it cannot."""
    flagged = flagged if flagged is not None else flagged_text(text, finding)
    span = refind(text, finding, flagged)
    if span is None or finding.suggestion is None:
        return text
    start, end = span
    removed = text[start:end]
    if removed == finding.suggestion:
        return text
    replacement = _match_case(removed.lstrip(), finding.suggestion)
    left, right = text[:start], text[end:]
    if not replacement and finding.code in CLAUSE_ENDERS:
        joined_words = (left[-1:].isalnum() and right[:1] in (" ", "\t")
                        and right.lstrip(" \t")[:1].isalpha())
        if joined_words:  # "in touch lol thx" -> "in touch. Thx"
            rest = right.lstrip(" \t")
            return repair(left + ". " + rest[:1].upper() + rest[1:])
    if _SENTENCE_END.search(left) or not left:
        replacement = replacement[:1].upper() + replacement[1:]
    return repair(left + replacement + right)


def repair(text: str) -> str:
    """Seams left by replacements: doubled spaces, a space before punctuation, a greeting that
    ends in '!' or '.' (a greeting ends with a comma, on a line of its own)."""
    text = _DOUBLE_SPACE.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub("", text)

    def greeting(m: re.Match[str]) -> str:
        end, rest = m.group("end"), m.group("rest")
        if end == ",":
            return m.group(0)
        if rest:  # "Dear Dr. Marsh! It was great" -> the greeting on a line of its own
            return f"{m.group('head')},\n\n{rest.strip()}"
        return m.group("head") + ","

    return _GREETING_LINE.sub(greeting, text, count=1)


def applicable(text: str, finding: Finding, flagged: str | None = None) -> bool:
    """A one-click fix: it has a suggestion and its flagged words are still in the text."""
    if finding.suggestion is None:
        return False
    span = refind(text, finding, flagged if flagged is not None else flagged_text(text, finding))
    return span is not None and text[span[0]:span[1]] != finding.suggestion


def apply_all(
    text: str, check: Callable[[str], Sequence[Finding]]
) -> tuple[str, list[Finding]]:
    """Apply every suggestion, re-checking after each one (a fix can resolve or reveal
    another); stops when no finding has a fix left, or when a fix changes nothing."""
    findings = list(check(text))
    for _ in range(MAX_ROUNDS):
        fixable = [f for f in findings if f.severity != "info" and applicable(text, f)]
        if not fixable:
            break
        first = min(fixable, key=lambda f: f.start or 0)
        fixed = apply_fix(text, first)
        if fixed == text:
            break
        text = fixed
        findings = list(check(text))
    return text, findings


def finding_json(text: str, finding: Finding) -> dict[str, Any]:
    """A finding as the editor gets it: with the words it flags, so they can be found again."""
    return {**finding.to_json(), "flagged": flagged_text(text, finding)}
