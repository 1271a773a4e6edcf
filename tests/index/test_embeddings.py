"""The numpy MiniLM against reference vectors and sentence-transformers' published similarities."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assistant import embeddings
from assistant.embeddings import DIMENSIONS, MiniLMEmbeddingFunction, _get_model, embed
from tests.conftest import ROOT

REFERENCE = json.loads((ROOT / "tests" / "data" / "minilm_reference.json").read_text())


@pytest.fixture(scope="module")
def vectors() -> np.ndarray:
    return embed(REFERENCE["sentences"])


def test_matches_reference_vectors(vectors: np.ndarray) -> None:
    ref = np.array(REFERENCE["vectors"], dtype=np.float64)
    assert vectors.shape == (len(REFERENCE["sentences"]), DIMENSIONS)
    cosines = (vectors * ref).sum(1) / np.linalg.norm(ref, axis=1)
    assert cosines.min() >= 0.9999, cosines


def test_reproduces_published_sentence_transformers_similarities(vectors: np.ndarray) -> None:
    for i, j, expected in REFERENCE["published_similarities"]:
        assert float(vectors[i] @ vectors[j]) == pytest.approx(expected, abs=6e-4)


def test_unit_length_and_batch_independent(vectors: np.ndarray) -> None:
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    alone = _get_model().encode([REFERENCE["sentences"][3]])[0]  # the model, not the memo
    assert float(alone @ vectors[3]) >= 0.99999  # padding in a batch must not change a vector


def test_many_texts_on_several_threads_match_one_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(embeddings, "_SINGLE_THREAD_TOKENS", 0)  # always split over threads
    monkeypatch.setattr(embeddings, "_cores", lambda: 2)
    texts = [f"{s} ({n})" for n in range(12) for s in REFERENCE["sentences"]]
    model = _get_model()
    together = model.encode(texts)
    one_by_one = np.vstack([model.encode([t]) for t in texts[:: len(texts) // 8]])
    assert np.allclose(together[:: len(texts) // 8], one_by_one, atol=1e-5)


def test_repeated_texts_are_not_embedded_again(monkeypatch: pytest.MonkeyPatch) -> None:
    first = embed(["How soon should I follow up?", "Mentor or sponsor?"])
    model = _get_model()

    def refuse(texts: list[str]) -> np.ndarray:
        raise AssertionError(f"embedded again: {texts}")

    monkeypatch.setattr(model, "encode", refuse)
    again = embed(["Mentor or sponsor?", "How soon should I follow up?", "Mentor or sponsor?"])
    assert np.array_equal(again, first[[1, 0, 1]])


def test_long_text_is_truncated_not_rejected() -> None:
    long = "mentor " * 600
    assert embed([long]).shape == (1, DIMENSIONS)


def test_empty_input() -> None:
    assert embed([]).shape == (0, DIMENSIONS)
    assert np.isfinite(embed([""])).all()


def test_chroma_embedding_function_round_trips_its_config() -> None:
    ef = MiniLMEmbeddingFunction()
    rebuilt = MiniLMEmbeddingFunction.build_from_config(ef.get_config())
    assert rebuilt.get_config() == ef.get_config()
    out = ef(["Thank you for your time."])
    assert len(out) == 1 and len(out[0]) == DIMENSIONS
    from chromadb.utils.embedding_functions import known_embedding_functions

    assert known_embedding_functions[MiniLMEmbeddingFunction.name()] is MiniLMEmbeddingFunction
