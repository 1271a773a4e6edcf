"""Compiled patterns for contact details: web addresses, e-mail addresses, phone numbers.

The PHI guard (is it a patient's?) and the draft guard (did the request hold it?) find the same
things with these. Every pattern is linear: no nested unbounded quantifiers.
"""

from __future__ import annotations

import re
from typing import cast

from assistant.text.regex_cache import compile_kept

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


# --- the draft guard's wider net: links and phone numbers by shape -------------------------------
# The PHI guard keeps the patterns above (its benchmark figures were measured with them). The
# draft guard must catch any link a model or an injection can write, so it finds them by shape:
# any scheme, "www.", or a bare host of two or more labels ending in 2-24 letters (any top-level
# domain, "evil.ru", "x.example", not a fixed list), with an optional port and path; and
# "localhost" or an IPv4 address.
LINK = re.compile(
    r"(?<![\w@.+/-])(?:"
    r"(?:[a-z][a-z0-9+.-]{1,15}://|www\.)[^\s<>\"'\[\]]{1,2048}"
    r"|(?:localhost|\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?(?:/[^\s<>\"'\[\]]{0,2048})?"
    r"|(?P<host>(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.){1,8}(?P<tld>[^\W\d_]{2,24}|xn--[a-z0-9-]{1,59}))"
    r"(?P<port>:\d{1,5})?(?P<path>/[^\s<>\"'\[\]]{0,2048})?"
    r")(?![\w@-]|\.[^\W_])",
    re.IGNORECASE,
)
# A bare "name.ext" with one of these endings and no path is a file name ("cv.pdf",
# "notes.docx"), not a link; so are code names ending in ".js" or ".py".
FILE_EXTENSIONS = frozenset((
    "pdf", "doc", "docx", "txt", "rtf", "odt", "md", "tex", "bib", "csv", "tsv", "xls", "xlsx",
    "ppt", "pptx", "key", "pages", "numbers", "png", "jpg", "jpeg", "gif", "svg", "heic", "webp",
    "tif", "tiff", "bmp", "mp3", "mp4", "mov", "avi", "wav", "zip", "gz", "tar", "rar", "json",
    "yaml", "yml", "xml", "html", "htm", "ics", "eml", "vcf", "log", "ini", "cfg", "py", "js",
    "ts", "sh", "exe", "dmg",
))
_TRAILING = ".,;:!?)]}'\""


def find_links(text: str) -> list[tuple[int, int]]:
    """Spans of the web addresses in `text`, by shape (see LINK). Not links: a bare file name
    ("cv.pdf"), an abbreviation ("e.g.", "Ph.D."), a number ("3.5"), a title-case join with no
    space ("Dr.Smith", "St.Louis"), the domain of an e-mail address."""
    spans: list[tuple[int, int]] = []
    for m in LINK.finditer(text):
        start, end = m.span()
        if m.group("host") is not None and m.group("path") is None and m.group("port") is None:
            tld = m.group("tld")
            if not (tld.islower() or tld.isupper()) or tld.lower() in FILE_EXTENSIONS:
                continue
        elif m.group("host") is not None:
            tld = m.group("tld")
            if not (tld.islower() or tld.isupper()):
                continue
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        spans.append((start, end))
    return spans


# Numbers written with a country code: "+44 20 7946 0958", "+33 (0)1 42 68 53 00",
# "0044 20 7946 0958", "+49-30-901820"; 8 to 15 digits in all (E.164).
PHONE_INTERNATIONAL = re.compile(
    r"(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[\s.-]{0,2}(?:\(\d{1,4}\)|\d{1,5})){2,6}(?![\w-])"
)


def find_phones(text: str) -> list[tuple[int, int]]:
    """Spans of phone numbers: North American ones with or without separators and
    international ones with a country code (8-15 digits), overlapping matches merged."""
    spans = [m.span() for m in PHONE_LOOSE.finditer(text)]
    spans += [m.span() for m in PHONE_INTERNATIONAL.finditer(text)
              if 8 <= len(digits(m.group(0))) <= 15]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class _LazyPattern:
    """A pattern compiled on first use (from the code kept by an earlier process, `regex_cache`).
    After that, its methods are the compiled pattern's own (bound into the instance), so a
    lookup costs what a compiled pattern's does."""

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
                "scanner", "groups", "groupindex")

    def __init__(self, pattern: str, flags: int, tree: bool = False) -> None:
        self.pattern = pattern
        self.flags = flags
        self.tree = tree

    def __getattr__(self, name: str) -> object:  # called only before the first compilation
        if self.tree:
            from assistant.text.alternation import compile_tree

            compiled = compile_tree(self.pattern, self.flags)
        else:
            compiled = compile_kept(self.pattern, self.flags)
        for method in self._METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0, *, tree: bool = False) -> re.Pattern[str]:
    """`re.compile`, deferred to the first search: for patterns that only some texts reach (a
    message about no patient never runs the patient-name and place recognisers), so a process
    that checks one message does not pay for compiling them. `.pattern` is there at once.
    Use its methods (`lazy(p).search(...)`), not `re.search(lazy(p), ...)`. `tree`: compiled
    with its alternations grouped by first letter (`alternation.compile_tree`, the same
    matches), for a scan of whole texts with no word to gate it on."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags, tree))
