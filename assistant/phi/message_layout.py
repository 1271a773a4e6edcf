"""Fields of a message's layout that name the people of the message, not a patient.

A chat paste names its speaker before each line ("(7:44) Jonah: ...", "[9:02 PM] Priya
Raman: ...", "Jonah 7:44 PM: ..."); a Teams or Slack "@" mention names a colleague the writer
addresses. Both are read from the layout (a time stamp, then a name, then a colon at the line's
start; an "@" glued to a capitalised word), never from the name itself. Only the field is the
message's: the rest of the line is judged as any other sentence ("Jonah: Abernathy? extubated
at 6" keeps Abernathy a patient).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.phi import census
from assistant.phi.lexicon import CARE_EVENT_VERBS, WARD_PROCEDURE_VERBS
from assistant.phi.vocab import zipf
from assistant.text.paste import SPEAKER, STAMPED_SPEAKER
from assistant.text.patterns import lazy

# "@Priya Raman can you see ...", "cc @Osei": a mention addresses a member of the team.
_MENTION = lazy(r"(?<![\w.])@(?P<m>[^\W\d_][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?)")


# A chat pasted without time stamps shows itself by the writer's own turn: a line "me: ..."
_OWN_TURN = lazy(r"^[ \t>]*(?:\[[^\]\n]{1,30}\][ \t]*)?(?i:me)[ \t]*:[ \t]+\S",
                       re.MULTILINE)


_TOLD_OF_CARE = lazy(
    rf"(?i:(?:{CARE_EVENT_VERBS}|{WARD_PROCEDURE_VERBS}|admitted|discharged|dc['\u2019]?d|"
    r"transferred|npo|s/p|stable|afebrile|febrile|improving|worse|better|doing|still|now|"
    r"on\s+\d|in\s+(?:bed|rm|room)|bed\s+\d|rm\s+\d|\d))\b")


@lru_cache(maxsize=8)
def _has_own_turn(text: str) -> bool:
    return _OWN_TURN.search(text) is not None


def speaker_field(text: str, line_start: int, start: int, end: int) -> bool:
    """Is `text[start:end]` the speaker slot of the chat line starting at `line_start`? A
    line's speaker is read after its time stamp, or, in a chat where the writer's own turns
    are "me: ...", before the colon that opens the line ("Cormac Whelan: sounds good")."""
    m = STAMPED_SPEAKER.match(text, line_start)
    if m is not None:
        group = "a" if m.group("a") is not None else "b"
        return m.start(group) <= start and end <= m.end(group)
    if ":" not in text[line_start:start + 1] and ":" not in text[end:end + 4]:
        return False
    line_end = text.find("\n", line_start, line_start + 400)
    said = SPEAKER.match(text[line_start:line_end if line_end >= 0 else line_start + 400])
    return (said is not None and line_start + said.start("who") <= start
            and end <= line_start + said.end("who") and _has_own_turn(text)
            # "Abernathy: extubated at 6": a sign-out line tells what befell the one named
            and _TOLD_OF_CARE.match(said.group("said")) is None)


def mentioned(text: str, start: int, end: int) -> bool:
    """Is `text[start:end]` inside an "@" mention?"""
    at = text.rfind("@", max(0, start - 40), start + 1)
    if at < 0:
        return False
    m = _MENTION.match(text, at)
    return m is not None and m.start("m") <= start and end <= m.end("m")


# "Thx, Omar", "Cheers - Ana": a closing line, a word then the signer's name and nothing else
_CLOSING_LINE = lazy(
    r"[ \t>]*(?P<w>[^\W\d_]+)[ \t]*[,!.\u2013\u2014-][ \t]*(?P<n>[^\W\d_][\w'\u2019.-]*"
    r"(?:[ \t]+[^\W\d_][\w'\u2019.-]*)?)[ \t]*$",
    re.MULTILINE,
)
# After the closing only a blank line, a device's footer or the end of the message
_AFTER_CLOSING = lazy(r"\s*(?:(?i:sent\s+from\s+my\b)[^\n]*\s*)?$")
# wordfreq's Zipf scale: a word English writes at least once per ten million words
_KNOWN_WORD = 1.0


def closing_word(text: str, line_start: int, start: int, end: int) -> bool:
    """The first word of the message's closing line ("Thx, Omar"), when English knows it as a
    word in lower case and no census list as a name ("Smith, Omar" stays a name): a closing,
    and the name after it is the signer's."""
    m = _CLOSING_LINE.match(text, line_start)
    if m is None or not (m.start("w") <= start and end <= m.end("n")):
        return False
    word = m.group("w").lower()
    return (_AFTER_CLOSING.match(text, m.end()) is not None and zipf(word) >= _KNOWN_WORD
            and word not in census.surnames() and word not in census.given_names())


def layout_names_staff(text: str, line_start: int, start: int, end: int) -> bool:
    """A chat line's speaker, an "@" mention or a closing's word: the message's own people or
    words of its frame."""
    return (speaker_field(text, line_start, start, end) or mentioned(text, start, end)
            or closing_word(text, line_start, start, end))
