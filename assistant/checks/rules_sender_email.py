"""The unprofessional_email check: the sender's own address, from the request, when it looks
like a personal or joke account ("docmcstuffins4eva@gmail.com"). Decided by general rules
(what is left of the address once the sender's name, initials, credentials and numbers are
taken out), not by a list of addresses. Without a request it stays silent.
"""

from __future__ import annotations

import re

from assistant.checks.base import Context
from assistant.text.patterns import lazy
from assistant.text.words import fold

# Words that make an address look like a personal or joke account.
_BAD_WORDS = (
    "sexy", "hottie", "party", "princess", "playboy", "playgirl", "stoner", "booty", "pimp",
    "kinky", "naughty", "xoxo", "hotstuff", "badass", "gangsta", "420", "69", "666", "1337",
)
# Short words that only count as a whole token ("hot" is inside "photon", "stud" in "student").
_BAD_TOKENS = frozenset({
    "hot", "stud", "lol", "dude", "boi", "gurl", "xx", "xxx", "bae", "babe", "baby", "beer",
    "weed", "drunk", "cutie", "lover", "swag", "thug", "boozy", "killer",
})
_YEAR = lazy(r"(?:19[4-9]\d|20[0-3]\d)")


# Addresses an institution assigns: a number in "mg4482@nyu.edu" is a NetID, not a choice.
_INSTITUTIONAL = lazy(
    r"\.(?:edu|gov|mil)(?:\.[a-z]{2})?$|\.ac\.[a-z]{2}$|\bnhs\.(?:uk|net)$", re.IGNORECASE
)


def unprofessional_reason(address: str, name: str | None = None) -> str | None:
    """Why an address looks unprofessional, or None. General rules, not a list of addresses.

    `name` is the sender's name: a word hidden in it ("party" in Partyka, "stoner" in Stoner)
    is their surname, not a joke."""
    local, _, domain = address.partition("@")
    local = local.lower()
    if not local:
        return None
    full = local
    for part in sorted(re.split(r"[\s.,'’()-]+", fold(name or "")), key=len, reverse=True):
        if len(part) >= 3 and part not in ("md", "phd", "mph", "facp"):
            local = local.replace(part, ".")
    tokens = [t for t in re.split(r"[._+\-]+|(?<=\D)(?=\d)|(?<=\d)(?=\D)", local) if t]
    digit_runs = re.findall(r"\d+", local)
    if _INSTITUTIONAL.search(domain):
        digit_runs = []
    for word in _BAD_WORDS:
        if word.isdigit():
            if word in digit_runs:
                return f"the number “{word}” reads as a joke"
        elif word in local:
            return f"“{word}” reads as a personal or joke account"
    for t in tokens:
        if t in _BAD_TOKENS:
            return f"“{t}” reads as a personal or joke account"
    if sum(len(r) for r in digit_runs) >= 5 or any(
        len(r) >= 4 and not _YEAR.fullmatch(r) for r in digit_runs
    ):
        return "a long string of digits looks like a throwaway account"
    if full.startswith("xx") or full.endswith("xx"):
        return "decorations like “xx” read as a personal account"
    if re.search(r"([a-z])\1\1", full):
        return "repeated letters look like a personal account"
    return None


# Words a professional address may hold beside the name: credentials, roles, the mail itself,
# and specialties ("dr.gomez", "mgomez.md", "gomez.cardio", "maria.gomez.mail").
_ADDRESS_NEUTRAL = frozenset("""
doc doctor docs md mph phd facp dr mail email inbox contact official work info office pro
med medical medicine health research resident residency clinic clinical real the
cardio neuro surg surgery peds pediatrics psych derm ortho onc heme anes rads path gyn
""".split())  # noqa: SIM905 - a word list reads better as text
# A digit standing for a word inside a handle: "docmcstuffins4eva", "2cute", "gr8".
_NUMBER_AS_WORD = lazy(r"[a-z][248][a-z]{2,}|^[248][a-z]{3,}|[a-z]{2}8[a-z]")
_HANDLE_PART = lazy(r"[a-z]+")


def _chosen_words(handle: str) -> list[tuple[str, bool]]:
    """The English words in what is left of a handle once the name is taken out: (word,
    whether it is glued to other letters). A handle built on a word ("bobaqueen",
    "cupcake.gomez") is chosen, not assigned; a plain name with initials leaves none."""
    from assistant.phi.vocab import zipf

    out: list[tuple[str, bool]] = []
    for token in _HANDLE_PART.findall(handle):
        if len(token) < 4 or token in _ADDRESS_NEUTRAL:
            continue
        # words of up to 15 letters; an address's local part is at most 64 characters
        token = token[:64]
        best = max((token[i:j] for i in range(len(token))
                    for j in range(i + 4, min(len(token), i + 15) + 1)),
                   key=lambda w: (zipf(w) >= 3.0 and w not in _ADDRESS_NEUTRAL, len(w)))
        if zipf(best) >= 3.0 and best not in _ADDRESS_NEUTRAL and 2 * len(best) >= len(token):
            out.append((best, best != token))
    return out


def address_register(address: str, name: str | None) -> tuple[str, bool] | None:
    """Why a personal address reads as chosen for fun, and whether that is certain: a slang
    or text-speak word, a number standing for a word, or a glued-in English word is certain;
    an English word standing alone may be a middle name ("maria.rose.gomez") and is not.
    Only without an institution's domain, and only when the sender's name is known (without it
    every name would look like a chosen word)."""
    from assistant.checks.lexicon_informal import SLANG_WORDS, TEXT_SPEAK

    local, _, domain = address.lower().partition("@")
    if not name or not local or _INSTITUTIONAL.search(domain):
        return None
    for part in sorted(re.split(r"[\s.,'’()-]+", fold(name).lower()), key=len, reverse=True):
        if len(part) >= 3:
            local = local.replace(part, ".")
    if _NUMBER_AS_WORD.search(local):
        return "a number stands for a word, as in a social-media handle", True
    words = _chosen_words(local)
    for word, glued in words:
        slang = word in SLANG_WORDS or word in TEXT_SPEAK or any(
            word.startswith(s) for s in SLANG_WORDS if len(s) >= 4)
        if slang or glued:
            return f"“{word}” reads as a nickname or a joke handle", True
    if words:
        word = words[0][0]
        return (f"“{word}” is not part of your name; unless it is (a middle name, say), it "
                "reads as a nickname", False)
    return None


def check_unprofessional_email(ctx: Context) -> None:
    req = ctx.request
    address = req.sender.email if req else None
    if not address:
        return
    name = req.sender.name if req else None
    reason, certain = unprofessional_reason(address, name), True
    if reason is None:
        reason, certain = address_register(address, name) or (None, True)
    if reason is None:
        return
    at = ctx.text.find(address)
    start, end = (at, at + len(address)) if at >= 0 else (None, None)
    ctx.add(
        "unprofessional_email",
        f"Your address {address} may not be taken seriously: {reason}. Use your institutional "
        "address, or a plain firstname.lastname address for professional mail.",
        start, end, severity=None if certain else "info",
    )
