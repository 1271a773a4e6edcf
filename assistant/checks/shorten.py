"""The one note shortener: a note's sentences fitted to a limit (LinkedIn's characters, a
message's words) by what each sentence does, without inventing anything. The checks' limit
suggestion (`shorten_note`), the rewrite of the resident's own note and the offline engine's
composed notes all fit here; the engine adds what its request's facts are worth (`choose`'s
`value`).

How a sentence is read (`role_pieces`): the ask (the last sentence that asks or commits to a
next step) is always kept, ended at an earlier clause boundary if it must be, or said by its
last clause alone ("I know you're busy, but could we talk about X?" -> "Could we talk about
X?"); pleasantries ("I hope this finds you well", "sorry for the long message") go first. The
guide's short note says who you are, why you write and what you ask, and refers to something
specific of the reader's: each form of a sentence (full, ended early, its last clauses alone)
is worth what that form does (`does`: the writer's news, the reader's work or the shared
context, the writer's reason, who they are, else only its content), so a form that keeps a
sentence's opening ("it was a long week here") is not worth what its lost clause ("... your
talk on anticoagulation") was. Whole sentences or clauses only: every combination of the
sentences' forms is scored and the richest one that fits wins.
Only when even the kept sentences in their shortest forms are too long is the text cut, at a
word boundary, marked with "…", and the caller says so.
The reading lives in `shorten_read`, the choice in `shorten_fit`; this module is the checks'
own suggestion (`tighten`, `shorten_note`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.checks.shorten_fit import base_value, cut, search
from assistant.checks.shorten_read import role_pieces
from assistant.checks.text import parse_greeting
from assistant.text.patterns import lazy
from assistant.text.sentences import split_sentences

# ---------------------------------------------------------------- the checks' suggestion

_FILLERS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.IGNORECASE), r) for p, r in (
        # ("thank you very much" keeps its "very": "thank you much" is no English)
        (r"\b(?:really|very|truly|just|actually|basically|definitely) "
         r"(?=\w)(?!(?:much|many|few|little|well)\b)", ""),
        (r"\bI would (love|like) to\b", r"I'd \1 to"),
        (r"\bI am\b", "I'm"),
        (r"\bin order to\b", "to"),
        # "I'm reaching out because I heard your talk" says only "I heard your talk"
        (r"\bI(?:['’]m| am) (?:reaching out|writing|messaging you|writing to you) "
         r"(?:because|since|as) (?=I\b)", ""),
        (r"\bas well as\b", "and"),
    )
]
_SO_MUCH = lazy(r"\b(thank you|thanks) so much\b", re.IGNORECASE)


def _squeeze(text: str) -> str:
    spaced = re.sub(r"[ \t]+", " ", text)  # now no run of blanks is longer than one
    return re.sub(r" ?\n ?(?:\n ?)+", "\n", spaced).strip()


def tighten(text: str) -> str:
    """Blanks squeezed, then filler words tightened ("thank you so much", "really", "in order
    to", "I would love to" -> "I'd love to"): nothing said is lost. What `shorten_note` fits to
    the limit, the form a flagged span is compared in, and the rewrite's first step over a
    limit."""
    out = _SO_MUCH.sub(lambda m: m.group(1), _squeeze(text))
    for pattern, replacement in _FILLERS:
        out = _squeeze(pattern.sub(replacement, out))
    return out


FLAGGED = -20.0  # a sentence holding what another check flags: the first to go


def shorten_note(text: str, limit: int, flagged: Sequence[str] = ()) -> tuple[str, bool]:
    """(the note as typed within `limit` characters, whether it had to be cut mid-sentence):
    filler words tightened first ("really", "in order to"), then its sentences fitted by
    `role_pieces`, its opening and sign-off kept; a sentence holding any of `flagged` (what
    the other checks flag: a patient's identifier, a judgement of colleagues) goes first."""
    # Far past any real note (a pasted document): only its opening can become the note.
    out = _squeeze(text[: limit * 10])
    if len(out) <= limit:
        return out, False
    out = tighten(out)
    if len(out) <= limit:
        return out, False
    # the flagged spans are looked for in the tightened sentences: tightened the same way
    flagged = [t for t in (tighten(f) for f in flagged) if len(t) >= 3]
    hello = _greeting(out)
    sentences = split_sentences(out[len(hello):])
    if not sentences:
        return cut(out, limit), True
    def join(texts: Sequence[str]) -> str:
        return hello + " ".join(texts)

    pieces = role_pieces(sentences, opening=True)
    for p in pieces:
        if not p.required and any(f in p.forms[0] for f in flagged):
            p.weight = FLAGGED  # and so is each form still holding it
            p.worths = [FLAGGED if any(f in form for f in flagged) else w
                        for form, w in zip(p.forms, p.worths or [FLAGGED] * len(p.forms),
                                           strict=True)]
    pool, short = search(pieces, limit, join, base_value, len)
    if short is not None:
        return short, False
    # even the opening, the ask and the sign-off are too long: the first of them alone, else
    # the first cut at a word boundary (an ask ended mid-phrase is no suggestion to make)
    required = [min(p.forms, key=len) for p in pool if p.required] or \
        [min(pool[0].forms, key=len)]
    fitting = next((c for c in (join(required[:n]) for n in range(len(required), 0, -1))
                    if len(c) <= limit), None)
    return (fitting, False) if fitting else (cut(join(required[:1]), limit), True)


def _greeting(text: str) -> str:
    """The salutation the note opens with, up to its comma and the space after it ("Hi Dr.
    Rivera, "): kept as it is, never a clause to cut at. '' when the note opens otherwise."""
    head = re.match(r"subject:[^\n]*\n\s*", text, re.IGNORECASE)  # a pasted email's subject
    g = parse_greeting(text, head.end() if head else 0, len(text), inline=True)
    if g is None:
        return ""
    m = re.match(r"[ \t]*[,:!—–-]\s*", text[g.name_end:]) if g.name else \
        re.match(r"[ \t]*[,:!—–-]\s*", text[g.sal_end:])
    if m is None:
        return ""
    return text[:(g.name_end if g.name else g.sal_end) + m.end()]
