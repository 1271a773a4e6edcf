"""Compiled patterns for contact details: web addresses, e-mail addresses, phone numbers.

The PHI guard (is it a patient's?) and the draft guard (did the request hold it?) find the same
things with these. Every pattern is linear: no nested unbounded quantifiers.
"""

from __future__ import annotations

import re
from typing import cast

# An address with a scheme or "www.": "https://x.org/a", "www.acc.org".
URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]]{2,2048}", re.IGNORECASE)
# The top-level domains a bare address ends in; "gofundme.com/f/x", "bit.ly/3abc", "acc.org".
TLDS = (
    "com|org|net|edu|gov|io|ly|co|me|info|biz|us|uk|ai|app|link|xyz|gl|gg|to|site|online|page|"
    "dev|health"
)
# A bare domain with an optional path, not the domain of an e-mail address.
BARE_DOMAIN = re.compile(
    rf"(?<![@.\w-])(?:[a-z0-9-]+\.)+(?:{TLDS})\b(?:/[^\s<>\"'()\[\]]*)?(?![\w.@-]*@)",
    re.IGNORECASE,
)
# A bare address's ".com/..." (a start from which the host is walked back; see phi.recognizers).
TLD_PATH = re.compile(r"\.(?:com|org|net|edu|gov|io|me|health|info)/[^\s<>\"'()]{1,2048}", re.I)
# Either kind of web address.
WEB_ADDRESS = re.compile(f"{URL.pattern}|{BARE_DOMAIN.pattern}", re.IGNORECASE)

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# The "@domain.tld" of an address, to walk back to its local part (linear on "a.a.a.a...").
EMAIL_DOMAIN = re.compile(r"@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,8}[A-Za-z]{2,24}\b")
EMAIL_LOCAL_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.%+-"
)

# North American numbers with separators ("(617) 555-0142", "617.555.0142 ext 12", "+1 617 ...")
# and international ones written with a "+" ("+44 20 7946 0958").
PHONE = re.compile(
    r"(?<![\w+-])(?:\+?1[-.\s]?)?(?:\(\d{3}\)\s?|\d{3}[-.\s])\d{3}[-.\s]\d{4}"
    r"(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w-])"
    r"|(?<![\w+])\+\d{1,3}(?:[-.\s]\d{1,4}){2,5}(?![\w-])"
)
# Any run of ten or more digits that reads as a phone number, separators optional: what a draft
# may not carry unless the request did ("6175550142" included).
PHONE_LOOSE = re.compile(
    r"(?<![\w/-])(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?![\w/-])"
)


def norm_url(url: str) -> str:
    """A web address reduced to compare: no scheme, no "www.", no trailing punctuation or slash."""
    url = url.lower().rstrip(".,;:!?")
    url = re.sub(r"^https?://", "", url)
    return url.removeprefix("www.").rstrip("/")


def digits(text: str) -> str:
    """Only the digits of `text`: how two ways of writing one phone number compare."""
    return re.sub(r"\D", "", text)


class _LazyPattern:
    """A pattern compiled on first use. After that, its methods are the compiled pattern's own
    (bound into the instance), so a lookup costs what a compiled pattern's does."""

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
                "scanner", "groups", "groupindex")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> object:  # called only before the first compilation
        compiled = re.compile(self.pattern, self.flags)
        for method in self._METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, deferred to the first search: for patterns that only some texts reach (a
    message about no patient never runs the patient-name and place recognisers), so a process
    that checks one message does not pay for compiling them. `.pattern` is there at once.
    Use its methods (`lazy(p).search(...)`), not `re.search(lazy(p), ...)`."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
