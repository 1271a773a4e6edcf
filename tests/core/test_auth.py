"""Who the user is, from a trusted proxy header or OpenID Connect claims (table-driven)."""

from __future__ import annotations

import pytest

from assistant.ui.auth import clean_user_id, user_from_claims, user_from_header


@pytest.mark.parametrize(("headers", "name", "user"), [
    ({"X-Forwarded-User": "ana@riverside.org"}, "X-Forwarded-User", "ana@riverside.org"),
    ({"x-forwarded-user": "ana"}, "X-Forwarded-User", "ana"),  # names are case-insensitive
    ({"X-Forwarded-User": "  ben  "}, "x-forwarded-user", "ben"),
    ({"X-Forwarded-User": ""}, "X-Forwarded-User", None),  # empty: not signed in
    ({"X-Forwarded-Email": "ana"}, "X-Forwarded-User", None),  # another header
    ({}, "X-Forwarded-User", None),
    ({"X-Forwarded-User": "ana\x1b[2J"}, "X-Forwarded-User", None),  # control characters
    ({"X-Forwarded-User": "a" * 201}, "X-Forwarded-User", None),  # longer than an owner
])
def test_user_from_header(headers: dict[str, str], name: str, user: str | None) -> None:
    assert user_from_header(headers, name) == user


@pytest.mark.parametrize(("claims", "user"), [
    ({"sub": "00u1", "email": "Ana.Lima@Riverside.org"}, "ana.lima@riverside.org"),
    ({"sub": "00u1", "email": "ana@x.org", "email_verified": True}, "ana@x.org"),
    ({"sub": "00u1", "email": "ana@x.org", "email_verified": False}, "00u1"),  # unverified
    ({"sub": "00u1"}, "00u1"),
    ({"email": ""}, None),
    ({}, None),
])
def test_user_from_claims(claims: dict[str, object], user: str | None) -> None:
    assert user_from_claims(claims) == user


def test_clean_user_id() -> None:
    assert clean_user_id(" local ") == "local" and clean_user_id(None) is None
