"""Checks on the knowledge base itself (the Markdown files under knowledge/), independent of the
loader: the format a program coordinator edits by hand, the ids the checks and engines cite, the
retrieval evaluation set, and that the guide was restated rather than copied."""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE = ROOT / "knowledge"
GUIDE = ROOT.parent / "shared" / "guide" / "post-match-networking-guide.txt"
EVAL = ROOT / "tests" / "data" / "retrieval_eval.yaml"
# Hashes of every 12-word run of the guide, so the copy detector works in a clone without the
# guide and without the repository carrying the guide's text. Regenerate with
# `python tests/knowledge/test_knowledge_content.py` when the guide changes.
FINGERPRINT = ROOT / "tests" / "data" / "guide_fingerprint.txt"

KEYS = {"id", "title", "section", "kinds", "topic", "type"}
KINDS = {
    "introduction", "follow_up", "update", "mentor_agenda", "linkedin_note", "linkedin_rewrite",
}
FOLDER_TYPE = {"principles": "principle", "patterns": "pattern", "examples": "example"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n(.*)\Z", re.DOTALL)

# Ids cited by the checks and the drafting engines: renaming one breaks them.
REQUIRED_IDS = {
    "follow-up-within-72-hours", "follow-up-thank-them", "follow-up-specific-reference",
    "follow-up-one-next-step", "introduce-who-you-are", "small-time-bound-ask",
    "write-before-the-conference", "introduce-yourself-after-a-talk",
    "dont-ask-will-you-be-my-mentor", "linkedin-personalized-note", "professional-email-address",
    "professional-tone-everywhere", "de-identify-cases", "kindness-and-respect",
    "give-credit-generously", "send-occasional-updates", "share-resources-give-back",
    "first-mentor-meeting-agenda", "ask-advice-on-one-or-two-decisions",
    "be-reliable-follow-through", "mentor-vs-sponsor", "keep-messages-brief",
    "personalize-every-message", "reach-out-at-big-decisions", "share-contact-details-easily",
}

COPY_RUN = 12  # words in a row shared with the guide that count as copying


def _files() -> list[Path]:
    return sorted(p for folder in FOLDER_TYPE for p in (KNOWLEDGE / folder).glob("*.md"))


def _parse(path: Path) -> tuple[dict, str]:
    match = FRONT.match(path.read_text(encoding="utf-8"))
    assert match, f"{path.name}: no front matter between '---' lines"
    meta = yaml.safe_load(match.group(1))
    assert isinstance(meta, dict), f"{path.name}: front matter is not key: value pairs"
    return meta, " ".join(match.group(2).split())


ENTRIES = {p: _parse(p) for p in _files()}


def _sentences(text: str) -> list[str]:
    """Split prose into sentences, not splitting after common abbreviations."""
    protected = re.sub(r"\b(e\.g|i\.e|vs|Dr|etc)\.", lambda m: m.group(1) + "<dot>", text)
    parts = re.split(r"(?<=[.!?])[\"')\]]?\s+(?=[A-Z0-9\"'(])", protected)
    return [p for p in parts if p.strip()]


def _words(text: str) -> list[str]:
    """Lower-case words with punctuation, dashes and curly quotes removed, for copy detection."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"[^a-z0-9]+", " ", text).split()


def _guide_text() -> str:
    text = GUIDE.read_text(encoding="utf-8")
    return text.split("SmartPick", 1)[0]  # the closing advertisement is not guidance


def _run_hash(words: list[str]) -> str:
    return hashlib.blake2b(" ".join(words).encode(), digest_size=8).hexdigest()


def _run_hashes(text: str) -> set[str]:
    words = _words(text)
    return {_run_hash(words[i : i + COPY_RUN]) for i in range(len(words) - COPY_RUN + 1)}


def _fingerprint() -> set[str]:
    return set(FINGERPRINT.read_text(encoding="utf-8").split())


def _copied_runs(text: str, fingerprint: set[str]) -> list[str]:
    words = _words(text)
    runs = (words[i : i + COPY_RUN] for i in range(len(words) - COPY_RUN + 1))
    return [" ".join(run) for run in runs if _run_hash(run) in fingerprint]


def test_sentence_splitter_counts_sentences() -> None:
    assert len(_sentences("One thing. Two things, e.g. three. Mentor vs. sponsor? Yes!")) == 4
    assert len(_sentences('Say "hello." Then stop.')) == 2


def test_knowledge_base_has_enough_of_each_type() -> None:
    types = [meta.get("type") for meta, _ in ENTRIES.values()]
    assert types.count("principle") >= 40
    assert types.count("pattern") >= 6
    assert types.count("example") >= 2


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.stem)
def test_front_matter_is_well_formed(path: Path) -> None:
    meta, body = ENTRIES[path]
    assert set(meta) == KEYS, f"keys must be exactly {sorted(KEYS)}"
    assert meta["id"] == path.stem
    assert KEBAB.match(meta["id"])
    assert KEBAB.match(meta["topic"])
    for key in ("title", "section"):
        assert isinstance(meta[key], str) and meta[key].strip()
    assert isinstance(meta["kinds"], list)
    assert set(meta["kinds"]) <= KINDS, f"unknown kinds {set(meta['kinds']) - KINDS}"
    assert len(meta["kinds"]) == len(set(meta["kinds"]))
    assert meta["type"] == FOLDER_TYPE[path.parent.name]
    assert body, "no text below the front matter"


def test_ids_are_unique_across_folders() -> None:
    ids = [meta["id"] for meta, _ in ENTRIES.values()]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


@pytest.mark.parametrize(
    "path", [p for p in _files() if p.parent.name == "principles"], ids=lambda p: p.stem
)
def test_principle_text_is_two_to_five_sentences(path: Path) -> None:
    _, body = ENTRIES[path]
    assert 2 <= len(_sentences(body)) <= 5, _sentences(body)


@pytest.mark.parametrize(
    "path", [p for p in _files() if p.parent.name != "principles"], ids=lambda p: p.stem
)
def test_patterns_and_examples_stay_short(path: Path) -> None:
    _, body = ENTRIES[path]
    assert len(_sentences(body)) >= 3
    assert len(body.split()) <= 120


def test_every_cited_id_exists() -> None:
    ids = {meta["id"] for meta, _ in ENTRIES.values()}
    assert REQUIRED_IDS - ids == set()


def test_every_message_kind_has_principles() -> None:
    """The engines retrieve with a kind filter; an empty kind would retrieve nothing."""
    for kind in KINDS:
        tagged = [m["id"] for m, _ in ENTRIES.values() if kind in m["kinds"]]
        assert len(tagged) >= 3, kind


def test_patterns_have_no_template_placeholders() -> None:
    """Slots are described in prose, so no bracketed placeholder can leak into a draft."""
    for path, (_, body) in ENTRIES.items():
        assert not re.search(r"\[[^\]]*\]|\{[^}]*\}|<[^>]*>", body), path.name


def test_fingerprint_matches_the_guide() -> None:
    if not GUIDE.exists():
        pytest.skip(f"guide not present at {GUIDE}; the committed fingerprint is used as is")
    assert _fingerprint() == _run_hashes(_guide_text()), "regenerate tests/data/guide_fingerprint"


def test_copy_detector_catches_a_copied_run() -> None:
    """The detector itself: a guide passage with changed punctuation and case is still caught."""
    fingerprint = _fingerprint()
    assert len(fingerprint) > 1000
    copied = "many of the most desirable positions in medicine: JOBS, fellowships, leadership roles"
    assert _copied_runs("As we said, " + copied + " -- are never advertised widely!", fingerprint)
    fresh = "Volunteer for a patient safety committee and you will meet department leaders monthly."
    assert _copied_runs(fresh, fingerprint) == []


def test_no_run_of_guide_words_is_copied() -> None:
    fingerprint = _fingerprint()
    copies = [
        f"{path.name}: {run}"
        for path in sorted(KNOWLEDGE.rglob("*.md"))
        for run in _copied_runs(path.read_text(encoding="utf-8"), fingerprint)
    ]
    assert copies == []


def test_advertisement_is_excluded() -> None:
    for path in sorted(KNOWLEDGE.rglob("*")):
        if path.is_file():
            assert "smartpick" not in path.read_text(encoding="utf-8").lower(), path.name


def test_readme_explains_editing_for_non_programmers() -> None:
    text = (KNOWLEDGE / "README.md").read_text(encoding="utf-8")
    for needle in ("outreach index", "kinds:", "section:", "rename"):
        assert needle in text


def _eval_set() -> list[dict]:
    data = yaml.safe_load(EVAL.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def test_retrieval_eval_set_is_well_formed() -> None:
    data = _eval_set()
    assert len(data) >= 30
    questions = [item["question"] for item in data]
    assert len(questions) == len(set(questions))
    for item in data:
        assert set(item) == {"question", "ids"}, item
        assert isinstance(item["question"], str) and len(item["question"].split()) >= 4
        assert isinstance(item["ids"], list) and 1 <= len(item["ids"]) <= 3, item


def test_retrieval_eval_ids_exist() -> None:
    ids = {meta["id"] for meta, _ in ENTRIES.values()}
    missing = [(q["question"], i) for q in _eval_set() for i in q["ids"] if i not in ids]
    assert missing == []


def test_retrieval_eval_questions_are_not_titles() -> None:
    """Questions are phrased by residents, not copied from the principle they should find."""
    titles = {re.sub(r"\W+", " ", m["title"].lower()).strip() for m, _ in ENTRIES.values()}
    for item in _eval_set():
        assert re.sub(r"\W+", " ", item["question"].lower()).strip() not in titles


def test_retrieval_eval_covers_every_guide_section() -> None:
    section_of = {meta["id"]: meta["section"] for meta, _ in ENTRIES.values()}
    covered = {section_of[i] for q in _eval_set() for i in q["ids"]}
    principle_sections = {m["section"] for m, _ in ENTRIES.values() if m["type"] == "principle"}
    assert principle_sections - covered == set()


if __name__ == "__main__":
    guide = Path(sys.argv[1]) if len(sys.argv) > 1 else GUIDE
    GUIDE = guide
    FINGERPRINT.write_text("\n".join(sorted(_run_hashes(_guide_text()))) + "\n", encoding="utf-8")
    print(f"wrote {FINGERPRINT}")
