"""The keys contacts are told apart by: email, LinkedIn URL, and a folded name. The store's
unique indexes and the importer's de-duplication use these same functions."""

from __future__ import annotations

from assistant.text.names import name_key
from assistant.text.patterns import norm_url

__all__ = ["email_key", "name_key", "url_key"]


def email_key(email: str | None) -> str:
    return (email or "").strip().lower()


def url_key(url: str | None) -> str:
    """LinkedIn profile URLs compared without scheme, `www.`, query string or trailing slash."""
    return norm_url((url or "").strip().split("?", 1)[0].split("#", 1)[0])
