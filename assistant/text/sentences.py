"""Sentence splitting with character offsets into the original text.

One splitter for the whole assistant: a sentence ends at . ! ? or … (with any closing quote or
bracket) before a space or the end, at a blank line, and before a bulleted line. A period after
an abbreviation ("Dr.", "e.g.", "approx."), a single letter (an initial, "J. Smith") or inside a
number or address ("3.5", "example.com") does not end one. The pattern is linear, so a megabyte
of text splits in well under a second.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.text.patterns import lazy

# Lower-cased, without the final period. Months and units that are abbreviated before a number.
ABBREVIATIONS = frozenset({
    "dr", "drs", "mr", "mrs", "ms", "mx", "prof", "st", "mt", "vs", "etc", "e.g", "i.e", "u.s",
    "jr", "sr", "no", "dept", "univ", "inc", "approx", "fig", "al", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "med", "ctr", "hosp",
    "ave", "apt", "ref", "acct", "tel", "ph", "cf", "y.o",
})


# Each alternative starts where a run starts (the lookbehinds), so a megabyte of "!!!!x" or
# of spaces is scanned once, not once per position. Every alternative opens with a character
# (the run's first mark, checked after it for no mark before), so the regex engine skips to the
# next mark or line break in C. Variants: with `clause` a semicolon ends a sentence too; with
# `lines` every line break does. Compiled on first use (start-up stays fast).
@cache
def _end_pattern(clause: bool, lines: bool) -> re.Pattern[str]:
    marks = ".!?…;" if clause else ".!?…"
    breaks = r"\n" if lines else r"\n[ \t]*\n|\n(?=[ \t]*[-*•])"
    return re.compile(rf"[{marks}](?<![{marks}][{marks}])[{marks}]*[\"'”’)\]]*(?=\s|$)|{breaks}")


# The word before a period; a letter after an apostrophe or a slash is no initial ("Boston
# Children's.", "after d/c." end their sentences).
_LAST_WORD = lazy(r"(?<![\w'’/])([\w.]+)$")


def is_abbreviation(word: str) -> bool:
    """Does a period after `word` ("Dr", "e.g", "J") belong to the word, not end a sentence?"""
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def opens_sentence(text: str, pos: int, start: int = 0) -> bool:
    """Does the word at `pos` open a sentence? Yes when nothing but blanks comes before it
    (from `start`), or a line break, "!" or "?", or a period that is not an abbreviation's
    ("Dr. Tho" does not open one)."""
    before = text[max(start, pos - 40):pos].rstrip(" \t")
    if not before or before[-1] in "!?\n":
        return True
    if before[-1] != ".":
        return False
    last = before.split()[-1]
    return not is_abbreviation(last[:-1])


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] without the white space at either end, as offsets."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(text: str, start: int = 0, end: int | None = None, *, clause: bool = False,
                   lines: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end], stripped, offsets into `text`.

    `clause`: a semicolon ends a sentence too. `lines`: so does every line break (a greeting,
    a sign-off line or a pasted list item is its own unit)."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _end_pattern(clause, lines).finditer(text, start, end):
        if m.group().startswith("."):
            word = _LAST_WORD.search(text[max(cur, m.start() - 12):m.start()])
            if word and is_abbreviation(word.group(1)):
                continue
        s, e = strip_span(text, cur, m.end())
        if s < e:
            spans.append((s, e))
        cur = m.end()
    s, e = strip_span(text, cur, end)
    if s < e:
        spans.append((s, e))
    return spans


def split_sentences(text: str, *, clause: bool = False, lines: bool = False) -> list[str]:
    """The sentences of `text` as strings (see `sentence_spans`)."""
    return [text[s:e] for s, e in sentence_spans(text, clause=clause, lines=lines)]


_EDGES = re.compile(r"[.!?…\n]")
_CLAUSE_EDGES = re.compile(r"[.!?…;\n]")


def enclosing_span(text: str, start: int, end: int, *, clause: bool = False,
                   reach: int = 400) -> tuple[int, int]:
    """The sentence (or with `clause`, the clause up to ; as well) around text[start:end].

    Looks at most `reach` characters either way, so it is cheap inside a long text. The span
    starts after the previous edge (leading space skipped) and includes its closing . ! ? …,
    but not a line break or semicolon."""
    edges = _CLAUSE_EDGES if clause else _EDGES
    lo = max(0, start - reach)
    left = [m.end() for m in edges.finditer(text, lo, start)]
    s = left[-1] if left else lo
    while s < start and text[s].isspace():
        s += 1
    hi = min(len(text), end + reach)
    m = edges.search(text, end, hi)
    if m is None:
        return s, hi
    return s, (m.start() if m.group() in "\n;" else m.end())
