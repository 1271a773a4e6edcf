"""The compiled regex code kept between processes gives the very pattern a fresh compile gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.text import regex_cache
from assistant.text.alternation import compile_tree

# Invented patterns of every shape the assistant writes: groups, names, flags, look-arounds,
# alternations long enough to be grouped by first letter, a first-character set.
PATTERNS = [
    (r"\b(?P<word>quinoa|quartz|quill|quiver|quota)\b", re.IGNORECASE, ""),
    (r"(?<![\w.])(?P<first>[A-Z][a-z]+)\s+(?P<last>[A-Z][a-z]+)", 0, ""),
    (r"^\s*(?:room|bed|bay)\s+(\d{1,4})$", re.MULTILINE | re.IGNORECASE, ""),
    (r"(?=[ps])\b(?:pelican|penguin|puffin|sparrow|swift|starling)s?\b", 0, "ps"),
    (r"(\d+)[-/](\d+)(?:[-/](\d{2,4}))?", 0, ""),
]
TEXTS = ["Quinoa and a QUILL", "met Tobias Ferrant at noon", "Room 12\nbed 4\nbay",
         "a puffin, two swifts, no penguin", "on 4/17 or 12-3-2031"]


@pytest.fixture()
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "regex_code.txt"
    monkeypatch.setattr(regex_cache, "cache_path", lambda: path)
    monkeypatch.setattr(regex_cache, "_stored", None)
    monkeypatch.setattr(regex_cache, "_new", {})
    monkeypatch.setattr(regex_cache.sys, "dont_write_bytecode", False)
    monkeypatch.setattr(regex_cache.atexit, "register", lambda fn: None)
    return path


def _fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the next process starts with: the file, nothing read or compiled yet."""
    regex_cache._write()
    monkeypatch.setattr(regex_cache, "_stored", None)
    monkeypatch.setattr(regex_cache, "_new", {})


@pytest.mark.parametrize(("source", "flags", "first"), PATTERNS)
def test_kept_code_is_the_same_pattern(kept: Path, monkeypatch: pytest.MonkeyPatch,
                                       source: str, flags: int, first: str) -> None:
    made = [regex_cache.compile_kept(source, flags), compile_tree(source, flags, first)]
    assert regex_cache._new  # compiled here, kept for the next process
    _fresh_process(monkeypatch)
    again = [regex_cache.compile_kept(source, flags), compile_tree(source, flags, first)]
    assert not regex_cache._new  # read from the file, nothing compiled
    assert made[0] == again[0] == re.compile(source, flags)  # equal code, flags and source
    assert made[1] == again[1]
    for a, b in zip(made, again, strict=True):
        assert a.groupindex == b.groupindex and a.groups == b.groups
        for text in TEXTS:
            assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
            assert [m.groups() for m in a.finditer(text)] == [m.groups() for m in b.finditer(text)]


def test_a_damaged_entry_or_another_engines_file_is_compiled_again(
        kept: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = r"\b(?:heron|egret|ibis|stork)\b"
    regex_cache.compile_kept(source)
    _fresh_process(monkeypatch)
    key, _, _ = kept.read_text().split("\n")[1].partition("\t")
    kept.write_text(f"{regex_cache._ENGINE}\n{key}\t[0,\"AAAA\",0,{{}},[]]\n")
    assert regex_cache.compile_kept(source) == re.compile(source)  # refused by _sre: compiled
    monkeypatch.setattr(regex_cache, "_stored", None)
    kept.write_text(f"another-engine\n{key}\tnot even JSON\n")
    assert regex_cache.compile_kept(source) == re.compile(source)
    assert key in regex_cache._new


def test_nothing_is_written_when_bytecode_is_not(kept: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_cache.sys, "dont_write_bytecode", True)
    assert regex_cache.compile_kept(r"\bwren\b") == re.compile(r"\bwren\b")
    regex_cache._write()
    assert not kept.exists()


def test_a_new_entry_is_appended_to_the_file(kept: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regex_cache.compile_kept(r"\bkestrel\b")
    _fresh_process(monkeypatch)
    regex_cache.compile_kept(r"\bkestrel\b")
    regex_cache.compile_kept(r"\bmerlin\b")
    _fresh_process(monkeypatch)
    lines = kept.read_text().splitlines()
    assert lines[0] == regex_cache._ENGINE and len(lines) == 3
    assert regex_cache.compile_kept(r"\bmerlin\b").search("a merlin") is not None
    assert not regex_cache._new
