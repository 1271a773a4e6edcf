"""A learned candidate source: a logistic token scorer that proposes name and place spans no
rule proposed, which then go through the same attribution as every other candidate.

The rule passes (`people.py`, `place_shapes.py`...) only propose what a pattern was written
for; a span no pattern proposes is never attributed. This scorer reads each capitalised or
unknown word by what it looks like rather than which word it is: its shape and case, its English
frequency band (wordfreq, `vocab.py`), whether the US Census lists it as a given name or a
surname (`census.py`), its place in the line and sentence, the class of the words around it
(a title, a relative, a number, a clinical abbreviation, a verb of care, a preposition, a
punctuation mark, a line start), whether its sentence speaks of a patient, and - hashed - the
word and its neighbours in lower case. Weights: `data/phi_scorer.npz` when shipped, trained by
`benchmarks/phi_scorer.py` on development data only (never batch 52, a hold-out or ASQ-PHI).

Inference is numpy over hashed feature indices; numpy and the weights are loaded on first use.

NOT SHIPPED: no weights file is committed, so `unattributed_learned.model()` is None and the
guard runs its rules alone (findings identical, `benchmarks/phi_snapshot.py`; this module and
numpy are not even imported). Measured with `python -m benchmarks.phi_scorer --measure`: on
batch 52 (never trained on) the variant that keeps look-alikes flat on leave-one-batch-out
(48-51) adds no recall (0.850), and the variant that adds recall (0.850 -> 0.878) flags one to
three more of batch 48's 66 look-alikes; with the variant and threshold chosen on development
data (gated, 0.5) ASQ-PHI's hard negatives flagged rose from 0.9% to 26.9% (capitalised drug,
organism and disease words in clinical questions read as names) and the best-of-repeats time
from 0.92 to 1.41 ms per text. Kept so the measurement can be repeated as development data grows.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.phi import census, kin
from assistant.phi.name_words import RELATIVE
from assistant.phi.vocab import zipf
from assistant.text.names import DEGREES, TITLES
from assistant.text.patterns import lazy

if TYPE_CHECKING:
    from assistant.phi.context import MessageContext
    from assistant.phi.sentence_anchors import Sentences

BITS = 16  # hashed feature space: 2**16 weights
# Only these words are scored: capitalised ones, and lower-case ones English rarely uses.
RARE_LOWER_ZIPF = 3.0
CENSUS_BELOW_ZIPF = 4.5  # the census is asked only of words that are not everyday English

_TOKEN = lazy(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*|\d+|[^\w\s]")
_RELATIVE = lazy(RELATIVE + r"s?")
_FAMILIAR = kin.word_set(kin.GRANDPARENTS_FAMILIAR, kin.FAMILIAR_ELDERS, kin.PAPA_MAMA,
                         drop=("granny", "nana"))
_PREPOSITIONS = frozenset((
    "in", "from", "near", "at", "to", "of", "on", "with", "for", "by", "about", "outside",
    "behind", "past", "off", "into", "toward", "via",
))
_DETERMINERS = frozenset((
    "the", "a", "an", "my", "our", "your", "his", "her", "their", "its", "this", "that",
))
_PRONOUNS = frozenset(["he", "she", "him", "they", "them", "we", "i", "you", "it"])
# Verbs of care (a shape of the words rather than a list would miss "saw"): a small closed class.
_CARE_VERBS = lazy(
    r"(?:admit|discharg|transferr|readmit|extubat|intubat|saw|seen|see|visit|examin|"
    r"sent|call|coded|died|fell|present|evaluat|consult|follow|treat|scop|cath|round)\w*"
)
_SENTENCE_END = frozenset(".!?")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    lower: str
    line_start: bool


def tokens(text: str) -> list[Token]:
    out: list[Token] = []
    last = 0
    for m in _TOKEN.finditer(text):
        gap = text[last : m.start()]
        out.append(Token(m.start(), m.end(), m.group(), m.group().lower(),
                         not out or "\n" in gap))
        last = m.end()
    return out


def _shape(word: str) -> str:
    out: list[str] = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def _band(z: float) -> int:
    return int(z) if z < 7 else 7


def _word_class(t: Token | None) -> str:
    """What a neighbour is: a closed class, or its shape and frequency band."""
    if t is None:
        return "none"
    w = t.lower.rstrip(".")
    if w in TITLES or w in ("sgt", "capt", "fr", "sr", "sra", "sister"):
        return "title"
    if w in DEGREES:
        return "degree"
    if _RELATIVE.fullmatch(w) or w in _FAMILIAR:
        return "relative"
    if w.isdigit():
        return "num"
    if not w[:1].isalpha():
        return "p" + t.text
    if w in _PREPOSITIONS:
        return "prep"
    if w in _DETERMINERS:
        return "det"
    if w in _PRONOUNS:
        return "pron"
    if t.text.isupper() and 2 <= len(t.text) <= 5:
        return "abbr"  # CHF, AKI, ICU
    if _CARE_VERBS.fullmatch(w):
        return "care"
    cap = "C" if t.text[0].isupper() else "l"
    return f"{cap}{_band(zipf(w)) // 2}"


def is_candidate(t: Token) -> bool:
    """Capitalised words, and lower-case words English rarely uses; never a lone letter."""
    if len(t.text) < 2 or not t.text[0].isalpha() or _word_class(t) in ("title", "degree"):
        return False
    return t.text[0].isupper() or zipf(t.lower) < RARE_LOWER_ZIPF


def features(toks: list[Token], i: int, sentence: str) -> list[str]:
    """The feature strings of token `i` (a fixed number, so rows stack into one array)."""
    t = toks[i]
    prev = toks[i - 1] if i > 0 else None
    prev2 = toks[i - 2] if i > 1 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    nxt2 = toks[i + 2] if i + 2 < len(toks) else None
    z = zipf(t.lower)
    shape = _shape(t.text)
    given = surname = False
    if z < CENSUS_BELOW_ZIPF and t.lower.isascii() and t.lower.isalpha():
        given = t.lower in census.given_names()
        surname = t.lower in census.surnames()
    census_cls = f"{int(given)}{int(surname)}"
    sentence_start = t.line_start or (prev is not None and prev.text in _SENTENCE_END)
    pc, nc = _word_class(prev), _word_class(nxt)
    line_end = nxt is None or nxt.line_start
    pat = sentence
    return [
        "bias",
        f"s:{shape}",
        f"len:{min(len(t.text), 12) // 3}",
        f"z:{_band(z)}",
        f"cen:{census_cls}",
        f"cen_s:{census_cls}{shape}",
        f"cen_z:{census_cls}{_band(z)}",
        f"pos:{int(t.line_start)}{int(sentence_start)}{int(line_end)}",
        f"p:{pc}",
        f"n:{nc}",
        f"p2:{_word_class(prev2)}",
        f"n2:{_word_class(nxt2)}",
        f"ps:{pc}|{shape}",
        f"sn:{shape}|{nc}",
        f"pn:{pc}|{nc}",
        f"pz:{pc}|{_band(z)}",
        f"pat:{pat}",
        f"pat_s:{pat}{shape}{census_cls}",
        f"pat_p:{pat}{pc}",
        f"w:{t.lower}",
        f"pw:{prev.lower if prev else ''}",
        f"nw:{nxt.lower if nxt else ''}",
        f"nx:{int(not t.text.isascii())}",
    ]


def hashed(feats: list[str]) -> list[int]:
    mask = (1 << BITS) - 1
    return [zlib.crc32(f.encode("utf-8")) & mask for f in feats]


@dataclass
class Model:
    """Weights over the hashed feature space, a bias, and the threshold a span needs."""

    weights: Any  # numpy float32 array of 2**BITS
    bias: float
    threshold: float

    def probabilities(self, rows: list[list[int]]) -> Any:
        import numpy as np

        idx = np.asarray(rows, dtype=np.int64)
        logits = self.weights[idx].sum(axis=1) + self.bias
        return 1.0 / (1.0 + np.exp(-logits))


def load(path: Path) -> Model:
    import numpy as np

    with np.load(path) as data:
        return Model(data["weights"].astype(np.float32), float(data["bias"]),
                     float(data["threshold"]))


def sentence_codes(anchors: Sentences) -> list[str]:
    """What each sentence is about, as the scorer reads it: a patient or care (P), the
    writer's own networking or work (E), the writer's or reader's own talk (S), a third
    person (H), or nothing said (-)."""
    return ["P" if p or c else "E" if e else "S" if s else "H" if h else "-"
            for p, c, e, s, h in zip(anchors.patient, anchors.care, anchors.event,
                                     anchors.shield, anchors.person, strict=True)]


def spans(text: str, ctx: MessageContext, sentences: list[str],
          m: Model) -> list[tuple[int, int, float, bool]]:
    """(start, end, probability, after a preposition of place) of each run of scored words."""
    toks = tokens(text)
    chosen = [i for i, t in enumerate(toks) if is_candidate(t)]
    if not chosen:
        return []
    rows = [hashed(features(toks, i, sentences[ctx.sentence_index(toks[i].start)]))
            for i in chosen]
    probs = m.probabilities(rows)
    out: list[tuple[int, int, float, bool]] = []
    for i, p in zip(chosen, probs.tolist(), strict=True):
        if p < m.threshold:
            continue
        t = toks[i]
        if out and _joined(text, out[-1][1], t.start):
            s, _, q, place = out[-1]
            out[-1] = (s, t.end, max(q, p), place)
            continue
        prev = toks[i - 1].lower if i > 0 else ""
        out.append((t.start, t.end, p, prev in ("in", "from", "near", "outside", "to")))
    return out


def _joined(text: str, end: int, start: int) -> bool:
    return 0 < start - end <= 1 and text[end:start] in (" ", "-")
