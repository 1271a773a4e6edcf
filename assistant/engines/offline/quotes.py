"""The contact's own words, typed in quotation marks: a phrase type of its own, with frames that
keep the words as given and say who spoke them only when the field does.

- 'you said "pick one aim and finish it"', 'your words: "..."', 'in your words: "..."' (the
  reader named as the speaker, after `parse` turned the third person into the second) ->
  'I keep thinking about what you said: "pick one aim and finish it."';
- a bare quotation ('"glomerular disease is where the puzzles are"'): who said it is not
  given, so the frame does not say: 'One line from our conversation has stayed with me: "..."'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.text.patterns import lazy

# an optional lead-in naming the reader as the speaker, then the quotation, and at most a
# closing stop; the words inside are never changed
_QUOTED = lazy(
    r"(?:(?P<lead>(?:in\s+)?your\s+(?:own\s+)?words|you\s+(?:said|told\s+me|mentioned|put\s+it|"
    r"wrote|always\s+say|say)(?:\s+that)?|your\s+(?:line|motto|advice|phrase))\s*[:,-]?\s*)?"
    r"[\"“](?P<words>[^\"“”]{4,})[\"”]\s*[.!]?", re.IGNORECASE)


@dataclass(frozen=True)
class Quote:
    """Quoted words and whether the field names the reader as the one who said them."""

    words: str
    theirs: bool


def quote(text: str | None) -> Quote | None:
    """The quotation a whole field is (with its lead-in), or None."""
    m = _QUOTED.fullmatch((text or "").strip())
    if not m:
        return None
    return Quote(m.group("words").strip(), bool(m.group("lead")))


def quoted(words: str) -> str:
    """The words in quotation marks, ending the sentence: '"pick one aim".' (the stop outside,
    so the words stay exactly as typed)."""
    return f'"{words}"' + ("" if words[-1:] in ".!?…" else ".")


def detail_frame(q: Quote, met: bool) -> str:
    """A detail of the meeting that is a quotation."""
    if q.theirs:
        return f"I keep thinking about what you said: {quoted(q.words)}"
    where = " from our conversation" if met else ""
    return f"One line{where} has stayed with me: {quoted(q.words)}"


def work_frame(q: Quote) -> str:
    """Their work given as their own words: the reason for writing."""
    if q.theirs:
        return f"Your words have stayed with me: {quoted(q.words)}"
    return f"One line about your work has stayed with me: {quoted(q.words)}"
