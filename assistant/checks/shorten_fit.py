"""Choosing a note within a limit (`checks.shorten`'s second half): every combination of the
sentences' forms (`shorten_read.Piece`) is scored and the richest one that fits wins
(`choose`); only when even the required sentences in their shortest forms are too long does
`last_resort` drop whole sentences, and only a single sentence with no clause boundary within
the limit is cut at a word boundary, marked "…" (`cut`).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence

from assistant.checks.shorten_read import Piece, shorter_forms

MAX_COMBINATIONS = 2048


def base_value(texts: Sequence[str], kept: Sequence[Piece]) -> float:
    """What a choice of forms is worth without a request: the weight of the sentences kept,
    less what shortening cost (ties: the longer note)."""
    return sum(p.value(t) for p, t in zip(kept, texts, strict=True)) + \
        sum(len(t) for t in texts) / 1000


def choose(pieces: Sequence[Piece], limit: int, join: Callable[[Sequence[str]], str],
           value: Callable[[Sequence[str], Sequence[Piece]], float] = base_value,
           size: Callable[[str], int] = len, improve: bool = False) -> str:
    """The best note within `limit` (of `size`: characters, or words): required pieces always
    (in their shortest form if need be), then whichever forms of the others `value` prefers;
    when even that is too long, `last_resort`. `improve`: from the best note found, try every
    form of each sentence in turn (`_improve`; the rewrite's fit)."""
    pieces = [p for p in pieces if p.forms and p.forms[0].strip()]
    if not pieces:
        return ""
    pool, best = search(pieces, limit, join, value, size, improve)
    return best if best is not None else last_resort(pool, limit, join, size)


def search(pieces: Sequence[Piece], limit: int, join: Callable[[Sequence[str]], str],
            value: Callable[[Sequence[str], Sequence[Piece]], float],
            size: Callable[[str], int], improve: bool = False) -> tuple[list[Piece], str | None]:
    """(the pieces searched, the best note within the limit or None)."""
    full = join([p.forms[0] for p in pieces])
    if size(full) <= limit:
        return list(pieces), full

    def options(p: Piece) -> list[str | None]:
        return [*p.forms, *([] if p.required else [None])]

    # Too many combinations (a long pasted note): keep at most five forms of a sentence, and
    # only as many optional sentences, the most valuable first, as stay within MAX_COMBINATIONS.
    pool = [p if len(p.forms) <= 5 else p.only(_five(p)) for p in pieces]
    total = math.prod(len(options(p)) for p in pool if p.required)
    if total > MAX_COMBINATIONS:
        pool = [Piece(p.forms[-1:], True) if p.required else p for p in pool]
        total = 1
    ranked = sorted((i for i, p in enumerate(pool) if not p.required),
                    key=lambda i: (-value([pool[i].forms[0]], [pool[i]]), i))
    keep = {i for i, p in enumerate(pool) if p.required}
    for i in ranked:
        if total * len(options(pool[i])) > MAX_COMBINATIONS:
            break
        total *= len(options(pool[i]))
        keep.add(i)
    kept = sorted(keep)
    pool = [pool[i] for i in kept]

    def score(choice: Sequence[str | None]) -> float | None:
        """What a choice of each piece's form is worth; None when it is empty or too long."""
        texts = [t for t in choice if t]
        if not texts or size(join(texts)) > limit:
            return None
        return value(texts, [p for p, t in zip(pieces, choice, strict=True) if t])

    best: tuple[float, list[str | None]] | None = None
    for combo in itertools.product(*(options(p) for p in pool)):
        choice: list[str | None] = [None] * len(pieces)
        for i, t in zip(kept, combo, strict=True):
            choice[i] = t
        got = score(choice)
        if got is not None and (best is None or got > best[0]):
            best = (got, choice)
    if best is None:
        return pool, None
    if improve:
        best = _improve(pieces, best, score, options)
    return pool, join([t for t in best[1] if t])


def _improve(pieces: Sequence[Piece], best: tuple[float, list[str | None]],
             score: Callable[[Sequence[str | None]], float | None],
             options: Callable[[Piece], list[str | None]],
             rounds: int = 3) -> tuple[float, list[str | None]]:
    """The search above tries only some forms of a long note's sentences: from the best note
    it found, each sentence in turn tries every one of its forms (and, when it may go, none),
    keeping any change worth more, until no change is."""
    for _ in range(rounds):
        improved = False
        for i, p in enumerate(pieces):
            for option in options(p):
                if option == best[1][i]:
                    continue
                trial = [*best[1][:i], option, *best[1][i + 1:]]
                got = score(trial)
                if got is not None and got > best[0]:
                    best, improved = (got, trial), True
        if not improved:
            break
    return best


def _five(p: Piece) -> list[int]:
    """Which five forms of a sentence with more are searched: the full one, the shortest, and
    the three others worth most (without `worths`: the first four and the last)."""
    if not p.worths:
        return [0, 1, 2, 3, len(p.forms) - 1]
    shortest = min(range(len(p.forms)), key=lambda i: len(p.forms[i]))
    rest = sorted((i for i in range(1, len(p.forms)) if i != shortest),
                  key=lambda i: -p.worths[i])[:3]
    return sorted({0, shortest, *rest})


def last_resort(pool: Sequence[Piece], limit: int, join: Callable[[Sequence[str]], str],
                size: Callable[[str], int] = len) -> str:
    """Even the required sentences in their shortest forms are too long: whole sentences go,
    last first, then the first one is ended at an earlier clause boundary. Only a single
    sentence with no boundary within the limit (input, not a draft) is cut, marked "…"."""
    required = [min(p.forms, key=len) for p in pool if p.required] or \
        [min(pool[0].forms, key=len)]
    candidates = [join(required[:n]) for n in range(len(required), 0, -1)]
    candidates += [join([form]) for form in shorter_forms(required[0], min_words=2)]
    fitting = next((c for c in candidates if size(c) <= limit), None)
    if fitting:
        return fitting
    return cut(min(candidates, key=len), limit)


def cut(text: str, limit: int) -> str:
    """Cut at the last word boundary that leaves room for "…"."""
    room = text[: limit - 1]
    if len(text) > limit - 1 and not text[limit - 1].isspace() and " " in room:
        room = room[: room.rfind(" ")]
    return room.rstrip(" ,;:—–-") + "…"
