"""Who is using the app, from what the deployment provides (no Streamlit here, so it is
testable): a header set by a trusted reverse proxy, the claims of an OpenID Connect sign-in,
or, on a single-user install, the OUTREACH_USER setting (`local`).

The header is honoured only when OUTREACH_TRUSTED_USER_HEADER names it: otherwise anyone could
send it. A value that is empty or not a plausible user id counts as not signed in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assistant.storage.tables import OWNER_LENGTH
from assistant.text.patterns import lazy

_USER_ID = lazy(rf"^[^\x00-\x1f\x7f]{{1,{OWNER_LENGTH}}}$")


def clean_user_id(value: object) -> str | None:
    """A user id as stored in every row's owner: trimmed, printable, at most 200 characters."""
    text = str(value or "").strip()
    return text if _USER_ID.match(text) else None


def user_from_header(headers: Mapping[str, str], header: str) -> str | None:
    """The user the proxy named in `header` (header names are case-insensitive)."""
    wanted = header.strip().lower()
    for name, value in headers.items():
        if name.lower() == wanted:
            return clean_user_id(value)
    return None


def user_from_claims(claims: Mapping[str, Any]) -> str | None:
    """An OpenID Connect user: their email (lower-cased) when the provider gives one and does
    not say it is unverified, else the provider's subject id."""
    email = clean_user_id(claims.get("email"))
    if email and claims.get("email_verified") is not False:
        return email.lower()
    return clean_user_id(claims.get("sub"))
