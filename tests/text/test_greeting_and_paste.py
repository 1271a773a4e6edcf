"""The toolkit's greeting (assistant/text/greeting.py) and paste grammar
(assistant/text/paste.py): one reading for the checks, the PHI guard and the update's news.
Wordings are invented."""

from __future__ import annotations

import pytest

from assistant.text.greeting import parse_greeting, typed_greeting_end
from assistant.text.paste import FOOTER, SPEAKER, STAMP, STAMPED_SPEAKER


@pytest.mark.parametrize(("typed", "rest"), [
    ("hey dr okafor! the poster got in", "the poster got in"),
    ("Hi Mireille, passed step 3", "passed step 3"),
    ("Heyyy, got the chief spot", "got the chief spot"),
    ("good afternoon: my visa came through", "my visa came through"),
    ("Morning, the IRB said yes", "the IRB said yes"),
    # no greeting: a time of day that opens a sentence, a word that only starts like one
    ("morning report went well, and I presented", "morning report went well, and I presented"),
    ("history of the project: funded", "history of the project: funded"),
    ("highlights: matched", "highlights: matched"),
])
def test_a_typed_greeting_ends_where_its_mark_does(typed: str, rest: str) -> None:
    assert typed[typed_greeting_end(typed):] == rest


@pytest.mark.parametrize(("text", "name", "known"), [
    ("Dear Dr. Halvorsen,\nThank you.", "Dr. Halvorsen", None),
    ("Keziah,\nQuick note.", "Keziah", lambda w: w == "Keziah"),
    ("Keziah,\nQuick note.", None, None),  # no list of given names: no greeting read
])
def test_the_checks_greeting_reads_the_name(text: str, name: str | None, known) -> None:
    g = parse_greeting(text, 0, len(text), known_given=known)
    assert (g.name if g else None) == name


@pytest.mark.parametrize(("line", "footer"), [
    ("Sent from my Pixel", True),
    ("Get Outlook for Android", True),
    ("Enviado desde mi iPhone", True),
    ("please excuse typos", True),
    ("----", True),
    ("sent my CV to the program", False),
    ("the abstract is sent", False),
])
def test_a_footer_is_a_line_a_device_adds(line: str, footer: bool) -> None:
    assert bool(FOOTER.fullmatch(line)) is footer


@pytest.mark.parametrize(("line", "rest"), [
    ("[Wed 8:14 PM] grant is funded", "grant is funded"),
    ("(10:05) moved to nights", "moved to nights"),
    ("3.75 GPA this term", "3.75 GPA this term"),  # a figure, not a time stamp
])
def test_a_stamp_opens_a_chat_line(line: str, rest: str) -> None:
    assert STAMP.sub("", line, count=1) == rest


@pytest.mark.parametrize(("line", "who"), [
    ("me: so relieved", "me"),
    ("Dr. Abebe: you start in July", "Dr. Abebe"),
    ("PD: approved", "PD"),
    ("the note: unsigned", None),  # lower case: a label, not a speaker
])
def test_a_speaker_names_the_chat_line(line: str, who: str | None) -> None:
    m = SPEAKER.match(line)
    assert (m["who"] if m else None) == who


@pytest.mark.parametrize(("line", "who"), [
    ("[7:12 AM] Tomasz Wójcik: on my way", "Tomasz Wójcik"),
    ("Ayodele 6:40 PM: see you there", "Ayodele"),
    ("Ayodele: see you there", None),  # no time stamp: the PHI guard judges the name
])
def test_a_stamped_speaker_is_named_beside_the_time(line: str, who: str | None) -> None:
    m = STAMPED_SPEAKER.match(line)
    assert (m["a"] or m["b"] if m else None) == who
