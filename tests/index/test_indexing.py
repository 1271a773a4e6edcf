"""Idempotent indexing on a small knowledge directory, and the kind filter of search."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.errors import ConfigurationError, InputError
from assistant.index import TITLE_SUFFIX, build_index, ensure_index, is_stale, open_collection
from assistant.retrieval import search
from tests.index.conftest import SAMPLE, write_principle


def counts(report) -> tuple[int, int, int, int, int]:
    return (report.added, report.updated, report.removed, report.unchanged, report.total)


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
    assert sorted(collection.get()["ids"]) == sorted(
        expected + [i + TITLE_SUFFIX for i in expected]
    )
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
