"""The compiled regex code kept between processes gives the very pattern a fresh compile gives."""

from __future__ import annotations

import multiprocessing
import os
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
    refused = '[0,"AAAA",0,{},[]]'  # whole and digested, but not code _sre accepts
    kept.write_text(f"{regex_cache._HEADER}\n{regex_cache._line(key, refused)}")
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
    assert lines[0] == regex_cache._HEADER and len(lines) == 3
    assert regex_cache.compile_kept(r"\bmerlin\b").search("a merlin") is not None
    assert not regex_cache._new


def _entries(path: Path) -> dict[str, str]:
    """What a fresh process would read of the file."""
    regex_cache._stored = None
    return regex_cache._read()


def test_a_line_that_does_not_match_its_digest_is_never_used(
        kept: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two writers' lines run together, a line cut short, another engine's line: each is left
    out and its pattern compiled again, with its own matches."""
    heron, otter = r"\b(?:heron|egret)\b", r"\b(?:otter|mink|stoat)s?\b"
    regex_cache.compile_kept(heron)
    regex_cache.compile_kept(otter)
    _fresh_process(monkeypatch)
    (h_key, h_digest, h_entry), (o_key, _, o_entry) = (
        line.split("\t") for line in kept.read_text().splitlines()[1:])
    half = len(h_entry) // 2
    kept.write_text(
        f"{regex_cache._HEADER}\n"
        f"{h_key}\t{h_digest}\t{h_entry[:half]}{o_entry[half:]}\n"  # two writers run together
        f"{o_key}\t{h_digest}\t{o_entry}\n"  # another key's digest
        f"{h_key}\t{h_digest}\t{h_entry[:-3]}\n")  # cut short
    assert _entries(kept) == {}
    assert regex_cache.compile_kept(heron).findall("an egret, a heron, an otter") == [
        "egret", "heron"]
    assert regex_cache.compile_kept(otter).findall("otters and a heron") == ["otters"]
    monkeypatch.setattr(regex_cache, "_ENGINE", "another-engine")
    kept.write_text(f"{regex_cache._HEADER}\n{h_key}\t{h_digest}\t{h_entry}\n")
    assert _entries(kept) == {}  # written by this engine, read by another


def test_a_read_only_or_missing_place_raises_nothing_and_writes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(regex_cache, "cache_path", lambda: blocked / "__pycache__" / "x.txt")
    monkeypatch.setattr(regex_cache, "_stored", None)
    monkeypatch.setattr(regex_cache, "_new", {"k": "[]"})
    regex_cache._write()  # the folder cannot be made: nothing raised
    path = tmp_path / "regex_code.txt"
    monkeypatch.setattr(regex_cache, "cache_path", lambda: path)

    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(regex_cache.os, "open", read_only)
    monkeypatch.setattr(regex_cache.tempfile, "mkstemp", read_only)
    regex_cache._write()  # a new file
    monkeypatch.setattr(regex_cache, "_stored", {"j": "[]"})
    regex_cache._write()  # an append
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="a folder's permissions do not bind root")
def test_a_read_only_folder_raises_nothing(kept: Path) -> None:
    regex_cache.compile_kept(r"\bgrebe\b")
    kept.parent.chmod(0o500)
    try:
        regex_cache._write()
    finally:
        kept.parent.chmod(0o700)
    assert not kept.exists()


_BIRDS = ["auk", "coot", "crake", "dunlin", "eider", "gannet", "godwit", "knot", "loon", "murre",
          "petrel", "plover", "rail", "scaup", "shag", "skua", "smew", "snipe", "teal", "tern"]


def _writer(path: str, n: int, first: bool) -> None:
    """One process of several at once: its own patterns, written at its exit."""
    regex_cache.cache_path = lambda: Path(path)  # type: ignore[method-assign]
    regex_cache._stored = None if first else regex_cache._stored
    regex_cache._new = {}
    for bird in _BIRDS:
        regex_cache.compile_kept(rf"\b{bird}s?\b(?#writer {n})")
    regex_cache._write()


@pytest.mark.parametrize("existing", [False, True])
def test_processes_writing_at_once_leave_only_whole_entries(
        kept: Path, monkeypatch: pytest.MonkeyPatch, existing: bool) -> None:
    """Eight processes at once, onto no file (each writes a new one and renames it in) or onto
    one they all append to: every entry read back is whole, and each is the pattern it names."""
    if existing:
        regex_cache.compile_kept(r"\bwigeon\b")
        _fresh_process(monkeypatch)
        regex_cache._read()
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_writer, args=(str(kept), n, not existing))
               for n in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
        assert w.exitcode == 0
    entries = _entries(kept)
    assert len(entries) >= len(_BIRDS)  # at least the last rename's; every append's
    if existing:
        assert len(entries) == 1 + 8 * len(_BIRDS)
    assert not [p for p in kept.parent.iterdir() if p.name.endswith(".tmp")]
    monkeypatch.setattr(regex_cache, "_new", {})
    for n in range(8):
        for bird in _BIRDS:
            source = rf"\b{bird}s?\b(?#writer {n})"
            assert regex_cache.compile_kept(source).findall(f"two {bird}s, one {bird}") == [
                f"{bird}s", bird]
