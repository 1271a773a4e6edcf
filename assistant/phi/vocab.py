"""How common an English word is, so a capitalised word can be told from a name without a cue.

"Update", "Results", "Boston" and "Grand Rounds" are frequent English words; "Oyelaran",
"Tulare" and "Kwame" are not, and a rare capitalised word is a name or a place until something
says whose it is. The frequencies are wordfreq's (Apache-2.0 code, CC-BY-SA data, a declared
dependency), its "small" English list of about 29,000 words. Its cBpack file is read directly
with msgpack (about 40 ms on first use) rather than through `import wordfreq` (about 150 ms,
which pulls in ftfy, langcodes and regex), because `outreach check` must start in well under a
second; if the file cannot be read that way the public API is used.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

# Zipf frequency (log10 of occurrences per billion words) at or above which a word is common.
COMMON_ZIPF = 4.0


@lru_cache(maxsize=1)
def _zipf_table() -> dict[str, float]:
    try:
        import msgpack

        spec = find_spec("wordfreq")
        if spec is None or spec.origin is None:
            return {}
        path = Path(spec.origin).parent / "data" / "small_en.msgpack.gz"
        with gzip.open(path) as f:
            data = msgpack.load(f, raw=False)
        if not (isinstance(data[0], dict) and data[0].get("format") == "cB"):
            raise ValueError("unexpected wordfreq data format")
        return {w: 9 - i / 100 for i, words in enumerate(data[1:]) for w in words}
    except (OSError, ValueError, ImportError, IndexError, TypeError):
        try:
            from wordfreq import get_frequency_list
        except ImportError:
            return {}
        bins = get_frequency_list("en", wordlist="small")
        return {w: 9 - i / 100 for i, words in enumerate(bins) for w in words}


def zipf(word: str) -> float:
    """Zipf frequency of `word` (0 when unknown)."""
    return _zipf_table().get(word.lower(), 0.0)


def unknown(words: Iterable[str]) -> set[str]:
    """The lower-case `words` English does not know (zipf 0), in one pass over the table."""
    table = _zipf_table()
    return {w for w in words if w not in table}


def is_common(word: str) -> bool:
    return zipf(word) >= COMMON_ZIPF
