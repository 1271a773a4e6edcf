"""The keys contacts are told apart by: email, LinkedIn URL, and a folded name. The store's
unique indexes and the importer's de-duplication use these same functions."""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter and an accent.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                       "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH",
                       "ı": "i"})


def name_key(name: str) -> str:
    """A comparison key for names: case, accents, titles and punctuation folded away.
    "Dr. Zoë Łukasiewicz, MD" -> "zoe lukasiewicz"; letters of other scripts are kept (王芳)."""
    text = unicodedata.normalize("NFKD", name.translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"\b(dr|prof|mr|mrs|ms|md|do|phd|mph|facp)\b\.?", " ", text)
    return " ".join(re.findall(r"[^\W_]+", text))


def email_key(email: str | None) -> str:
    return (email or "").strip().lower()


def url_key(url: str | None) -> str:
    """LinkedIn profile URLs compared without scheme, `www.`, query string or trailing slash."""
    text = (url or "").strip().lower()
    text = re.sub(r"^https?://", "", text)
    text = text.removeprefix("www.")
    return text.split("?", 1)[0].split("#", 1)[0].rstrip("/")
