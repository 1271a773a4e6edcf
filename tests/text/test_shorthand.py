"""The shorthand table: written out where it can only mean one thing, left alone elsewhere."""

import pytest

from assistant.text.shorthand import expand


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("pgy1 im", "PGY-1 internal medicine"),
        ("PGY-2 em resident", "PGY-2 emergency medicine resident"),
        ("pgy2 fm", "PGY-2 family medicine"),
        ("pgy3 IM", "PGY-3 internal medicine"),
        ("will email in feb re sub-I", "will email in February about the sub-internship"),
        ("peds hospital medicine", "pediatric hospital medicine"),
        ("text her dates that work in may", "text her dates that work in May"),
        ("runs the tox fellowship", "runs the toxicology fellowship"),
        ("a sports med elective", "a sports medicine elective"),
        ("got the chief res spot", "got the chief resident spot"),
        ("I may be late", "I may be late"),  # the month only after a word of time
        # not shorthand: a contraction typed without its apostrophe, an ordinary word
        ("im excited to meet you", "im excited to meet you"),
        ("the em dash", "the em dash"),
        ("Im glad", "Im glad"),
    ],
)
def test_expand(typed: str, written: str) -> None:
    assert expand(typed) == written
