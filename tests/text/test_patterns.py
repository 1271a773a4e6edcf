"""Contact-detail patterns: what each must find, and the look-alikes it must not."""

from __future__ import annotations

import re

import pytest

from assistant.text.patterns import (
    BARE_DOMAIN,
    EMAIL,
    PHONE,
    PHONE_LOOSE,
    URL,
    digits,
    norm_url,
)


def _found(pattern: re.Pattern[str], text: str) -> list[str]:
    return [m.group(0) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("pattern", "text", "expected"), [
    # with a scheme or www.
    (URL, "see https://www.acc.org/meetings?id=3 now", ["https://www.acc.org/meetings?id=3"]),
    (URL, "at HTTP://Example.COM", ["HTTP://Example.COM"]),
    (URL, "(www.nejm.org)", ["www.nejm.org"]),
    (URL, "gofundme.com/f/x", []),  # no scheme: BARE_DOMAIN's job
    (URL, "an https:// prefix alone", []),
    # bare domains
    (BARE_DOMAIN, "gofundme.com/f/help-jane", ["gofundme.com/f/help-jane"]),
    (BARE_DOMAIN, "bit.ly/3abc and acc.org", ["bit.ly/3abc", "acc.org"]),
    (BARE_DOMAIN, "mail jdoe@gmail.com", []),  # an e-mail's domain is not an address
    (BARE_DOMAIN, "the community is great", []),
    (BARE_DOMAIN, "example.community", []),
    (BARE_DOMAIN, "version 3.5 of e.g. the text", []),
])
def test_web_addresses(pattern: re.Pattern[str], text: str, expected: list[str]) -> None:
    assert _found(pattern, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("write to ana.ruiz+acc@med.example.edu today", ["ana.ruiz+acc@med.example.edu"]),
    ("jdoe1950@aol.com.", ["jdoe1950@aol.com"]),
    ("Ana_R@mgh.harvard.edu", ["Ana_R@mgh.harvard.edu"]),
    ("@handle on twitter", []),
    ("user@localhost", []),
    ("a @ b.com", []),
    ("email me at ana at mgh dot org", []),
])
def test_email(text: str, expected: list[str]) -> None:
    assert _found(EMAIL, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("call (617) 555-0142", ["(617) 555-0142"]),
    ("617.555.0142 ext 12", ["617.555.0142 ext 12"]),
    ("617 555 0142", ["617 555 0142"]),
    ("+1 617-555-0142", ["+1 617-555-0142"]),
    ("+44 20 7946 0958", ["+44 20 7946 0958"]),
    ("+91-22-2778-1234", ["+91-22-2778-1234"]),
    ("6175550142", []),  # no separators: an id as often as a phone
    ("MRN 123-45-6789", []),  # SSN-shaped
    ("PMID 31234567", []),
    ("NCT04512345", []),
    ("on 2024-05-06", []),
    ("doi 10.1056/NEJMoa2034577", []),
])
def test_phone(text: str, expected: list[str]) -> None:
    assert _found(PHONE, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("6175550142", ["6175550142"]),
    ("(617)555-0142", ["(617)555-0142"]),
    ("+44 617 555 0142", ["+44 617 555 0142"]),
    ("12/617-555-0142", []),
    ("ISBN 978-0-306-40615-7", []),
    ("12345", []),
])
def test_phone_loose(text: str, expected: list[str]) -> None:
    assert _found(PHONE_LOOSE, text) == expected


@pytest.mark.parametrize(("a", "b", "same"), [
    ("https://www.ACC.org/", "acc.org", True),
    ("http://x.org/a.", "x.org/a", True),
    ("x.org/a", "x.org/b", False),
])
def test_norm_url(a: str, b: str, same: bool) -> None:
    assert (norm_url(a) == norm_url(b)) is same


def test_digits() -> None:
    assert digits("(617) 555-0142") == digits("617.555.0142") == "6175550142"
