"""Idempotent indexing on a small knowledge directory, and the kind filter of search."""

from __future__ import annotations

from pathlib import Path

import pytest
from chromadb.errors import NotFoundError

from assistant.config import Settings
from assistant.errors import ConfigurationError, InputError
from assistant.index import (
    SENTENCE_MARK,
    TITLE_SUFFIX,
    build_index,
    ensure_index,
    is_stale,
    open_collection,
    sentences,
)
from assistant.knowledge import content_hash, load_principles
from assistant.retrieval import search
from tests.index.conftest import SAMPLE, write_principle


def counts(report) -> tuple[int, int, int, int, int]:
    return (report.added, report.updated, report.removed, report.unchanged, report.total)


def record_ids(settings: Settings, principle_ids: list[str]) -> list[str]:
    """Body, title and one record per sentence for each principle, as the index should hold."""
    by_id = {p.id: p for p in load_principles(settings.knowledge_dir)}
    ids = []
    for pid in principle_ids:
        ids += [pid, pid + TITLE_SUFFIX]
        ids += [f"{pid}{SENTENCE_MARK}{n}" for n in range(len(sentences(by_id[pid].text)))]
    return ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One idea fits here. Another goes over there.",
         ["One idea fits here.", "Another goes over there."]),
        ("Ask for 10-15 minutes; 2 to 5 people is plenty.",
         ["Ask for 10-15 minutes;", "2 to 5 people is plenty."]),
        ("Know the mentor vs. sponsor difference. It shapes your whole career.",
         ["Know the mentor vs. sponsor difference.", "It shapes your whole career."]),
        ("Keep every note short. Really short.", ["Keep every note short. Really short."]),
        ("Use a QR code, e.g. a digital card. Then follow up soon!",
         ["Use a QR code, e.g. a digital card.", "Then follow up soon!"]),
        ('Say where you met. "Thank you" is a fine start.',
         ["Say where you met.", '"Thank you" is a fine start.']),
        ("No split at a colon: a list stays whole.", ["No split at a colon: a list stays whole."]),
        ("  ", []),
    ],
)
def test_sentences_are_split_for_their_own_records(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_shorter_text_leaves_no_old_sentence_records(small_settings: Settings) -> None:
    build_index(small_settings)
    path = small_settings.knowledge_dir / "principles" / "de-identify-cases.md"
    head = path.read_text().split("---\n\n")[0]
    path.write_text(head + "---\n\nRemove every detail that could identify a patient.\n")
    assert counts(build_index(small_settings)) == (0, 1, 0, 3, 4)
    ids = open_collection(small_settings).get()["ids"]
    assert sorted(ids) == sorted(record_ids(small_settings, list(SAMPLE)))
    assert "de-identify-cases::s0" in ids and "de-identify-cases::s1" not in ids


def test_an_index_of_an_older_format_is_stale(small_settings: Settings) -> None:
    build_index(small_settings)
    collection = open_collection(small_settings)
    # What an earlier version wrote: a plain content hash and no sentence records.
    old = [i for i in collection.get()["ids"] if SENTENCE_MARK in i]
    collection.delete(ids=old)
    for p in load_principles(small_settings.knowledge_dir):
        collection.update(ids=[p.id], metadatas=[{"hash": content_hash(p)}])
    assert is_stale(small_settings)
    assert counts(build_index(small_settings)) == (0, 4, 0, 0, 4)
    assert not is_stale(small_settings)
    assert sorted(collection.get()["ids"]) == sorted(record_ids(small_settings, list(SAMPLE)))


def test_build_is_idempotent_and_incremental(small_settings: Settings) -> None:
    root = small_settings.knowledge_dir
    assert counts(build_index(small_settings)) == (4, 0, 0, 0, 4)
    assert counts(build_index(small_settings)) == (0, 0, 0, 4, 4)

    path = root / "principles" / "mentor-vs-sponsor.md"
    path.write_text(path.read_text().replace("over a career", "over a whole career"))
    assert counts(build_index(small_settings)) == (0, 1, 0, 3, 4)

    (root / "principles" / "de-identify-cases.md").unlink()
    assert counts(build_index(small_settings)) == (0, 0, 1, 3, 3)

    write_principle(root, "keep-messages-brief", "Keep messages brief", "conferences",
                    ["introduction", "follow_up"], "style",
                    "Busy physicians read short messages. Aim for a few sentences.")
    assert counts(build_index(small_settings)) == (1, 0, 0, 3, 4)

    collection = open_collection(small_settings)
    expected = [*(set(SAMPLE) - {"de-identify-cases"}), "keep-messages-brief"]
    assert sorted(collection.get()["ids"]) == sorted(record_ids(small_settings, expected))
    meta = collection.get(ids=["keep-messages-brief"])["metadatas"][0]
    assert meta["kinds"] == "introduction,follow_up"
    assert meta["kind_follow_up"] is True and meta["kind_update"] is False

    assert counts(build_index(small_settings, rebuild=True)) == (4, 0, 0, 0, 4)


def test_ensure_index_builds_once_then_only_when_stale(small_settings: Settings) -> None:
    first = ensure_index(small_settings)
    assert first is not None and first.added == 4
    assert ensure_index(small_settings) is None
    assert not is_stale(small_settings)
    path = small_settings.knowledge_dir / "principles" / "linkedin-personalized-note.md"
    path.write_text(path.read_text().replace("easy to ignore", "often ignored"))
    again = ensure_index(small_settings)
    assert again is not None and again.updated == 1


def test_search_builds_the_index_on_first_use(small_settings: Settings) -> None:
    results = search("how soon should I write after meeting someone?", k=2,
                     settings=small_settings)
    assert results[0].id == "follow-up-within-72-hours"
    assert results[0].score >= results[1].score
    assert results[0].text.startswith("Write to the people you met")


@pytest.mark.parametrize(
    ("kind", "allowed"),
    [(kind, {pid for pid, v in SAMPLE.items() if kind in v[2]})
     for kind in ("follow_up", "linkedin_note", "update", "mentor_agenda", "introduction")],
)
def test_kind_filter_returns_only_that_kinds_principles(
    small_settings: Settings, kind: str, allowed: set[str]
) -> None:
    results = search("networking advice", k=10, kind=kind, settings=small_settings)
    assert {r.id for r in results} == allowed


@pytest.mark.parametrize(
    ("question", "k", "field"),
    [("", 5, "question"), ("   ", 5, "question"), ("mentor", 0, "-k"), ("mentor", 51, "-k")],
)
def test_bad_search_input(small_settings: Settings, question: str, k: int, field: str) -> None:
    with pytest.raises(InputError) as err:
        search(question, k=k, settings=small_settings)
    assert err.value.field == field


def test_openai_embeddings_need_a_key(tmp_path: Path, small_knowledge: Path) -> None:
    settings = Settings(data_dir=tmp_path / "d", knowledge_dir=small_knowledge,
                        embeddings="openai", _env_file=None)
    with pytest.raises(ConfigurationError, match="OPENAI_API_KEY"):
        build_index(settings)


def test_malformed_knowledge_stops_indexing(small_settings: Settings) -> None:
    (small_settings.knowledge_dir / "principles" / "oops.md").write_text("no header\n")
    with pytest.raises(ConfigurationError, match="oops.md"):
        build_index(small_settings)


def test_search_survives_a_rebuild_by_another_process(small_settings: Settings) -> None:
    import assistant.index as index

    assert search("mentor or sponsor?", k=1, settings=small_settings)[0].id == "mentor-vs-sponsor"
    handle = open_collection(small_settings, reuse=True)
    # `outreach index --rebuild` elsewhere drops and recreates the collection; this process
    # still holds its handle to the dropped one.
    build_index(small_settings, rebuild=True)
    key = next(k for k, v in index._collections.items() if v is not handle)
    index._collections[key] = handle
    with pytest.raises(NotFoundError):
        handle.count()
    assert search("mentor or sponsor?", k=1, settings=small_settings)[0].id == "mentor-vs-sponsor"
    assert open_collection(small_settings, reuse=True) is not handle
