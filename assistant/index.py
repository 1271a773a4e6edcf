"""Building the Chroma index of the knowledge base (retrieval lives in `assistant.retrieval`).

One code path for both deployments: a `PersistentClient` in the data directory by default, or an
`HttpClient` to a shared Chroma server when `CHROMA_HOST` is set. Indexing is idempotent: every
record carries a content hash, so a rebuild only embeds what changed and deletes what was removed.
Each principle has a record `<id>` (title, text and topic), a record `<id>::title` (the title)
and one record `<id>::s<n>` per sentence of its text: a question is often answered by one
sentence ("send it within 48-72 hours") that the mean of a whole paragraph dilutes.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from assistant.config import Settings, get_settings
from assistant.errors import ConfigurationError
from assistant.knowledge import content_hash, document_text, load_principles
from assistant.models import KINDS, Principle
from assistant.text.patterns import lazy
from assistant.text.sentences import split_sentences

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection

_clients: dict[tuple[str, ...], ClientAPI] = {}
_fresh: dict[tuple[str, ...], tuple[Any, ...]] = {}
_collections: dict[tuple[str, ...], Collection] = {}
_lock = threading.RLock()
#: One line when an implicit build starts (the command line prints it on stderr; elsewhere no
#: handler is set, so nothing is shown). Embedding every principle takes tens of seconds.
progress = logging.getLogger("assistant.progress")


@dataclass
class IndexReport:
    added: int
    updated: int
    removed: int
    unchanged: int
    total: int
    seconds: float

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["seconds"] = round(self.seconds, 3)
        return data


def _client_key(settings: Settings) -> tuple[str, ...]:
    if settings.chroma_host:
        return ("http", settings.chroma_host, str(settings.chroma_port))
    return ("disk", str((settings.data_dir / "chroma").resolve()))


def open_client(settings: Settings | None = None) -> ClientAPI:
    """The Chroma client the settings describe, one per process and location."""
    settings = settings or get_settings()
    key = _client_key(settings)
    with _lock:
        if key in _clients:
            return _clients[key]
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        if settings.chroma_host:
            try:
                client = chromadb.HttpClient(
                    host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
                )
            except Exception as exc:
                raise ConfigurationError(
                    f"cannot reach the Chroma server at CHROMA_HOST={settings.chroma_host} "
                    f"CHROMA_PORT={settings.chroma_port}: {exc}"
                ) from None
        else:
            path = settings.data_dir / "chroma"
            try:
                path.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ConfigurationError(
                    f"cannot create the index directory {path} (OUTREACH_DATA_DIR): {exc}"
                ) from None
            client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
        _clients[key] = client
        return client


def collection_name(settings: Settings) -> str:
    """OpenAI vectors live in their own collection: switching embeddings never mixes the two."""
    return settings.collection if settings.embeddings == "local" else (
        f"{settings.collection}-{settings.embeddings}"
    )


def open_collection(settings: Settings | None = None, reuse: bool = False) -> Collection:
    """The principles collection with our embedding function, created with cosine distance.

    `reuse` returns the handle opened before in this process. Search uses it and, when another
    process has rebuilt the collection since (its handle then raises NotFoundError), calls
    again without it."""
    settings = settings or get_settings()
    key = _client_key(settings) + (collection_name(settings),)
    cached = _collections.get(key)
    if reuse and cached is not None:  # opening costs ~1.5 ms, a tenth of a whole search
        return cached
    from assistant.embeddings import embedding_function

    ef = embedding_function(settings)
    client = open_client(settings)
    try:
        collection = client.get_or_create_collection(
            name=collection_name(settings),
            embedding_function=ef,  # type: ignore[arg-type]
            configuration={"hnsw": {"space": "cosine"}},
        )
    except ValueError as exc:  # an index built with another embedding function
        raise ConfigurationError(
            f"the index '{collection_name(settings)}' was built with other embeddings ({exc}); "
            "run `outreach index --rebuild`"
        ) from None
    _collections[key] = collection
    return collection


TITLE_SUFFIX = "::title"
SENTENCE_MARK = "::s"
# Part of every record's hash: raising it makes existing indexes stale, so a change in what is
# indexed (not only in the knowledge) reaches indexes built by an earlier version.
INDEX_FORMAT = "2"

# A record is a sentence (the toolkit's splitter keeps "vs. sponsor" and "e.g. the" whole), or a
# clause after a semicolon that starts like a sentence ("...; 2 to 5 people is plenty").
# Fragments under four words are kept with the sentence before them.
_CLAUSE_START = lazy(r"(?<=;)\s+(?=[\"'(A-Z0-9])")
_MIN_SENTENCE_WORDS = 4


def sentences(text: str) -> list[str]:
    """The sentences of a principle's text, each a separate search record."""
    out: list[str] = []
    for part in (c for sent in split_sentences(text) for c in _CLAUSE_START.split(sent)):
        if out and len(part.split()) < _MIN_SENTENCE_WORDS:
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


def record_hash(p: Principle) -> str:
    """What a record stores to tell whether it is current: the content and the index format."""
    return f"{INDEX_FORMAT}:{content_hash(p)}"


def _metadata(p: Principle, part: str) -> dict[str, Any]:
    """Chroma metadata holds scalars only: kinds as a comma string plus one flag per kind."""
    meta: dict[str, Any] = {"principle": p.id, "part": part, "hash": record_hash(p)}
    if part != "sentence":  # sentence records repeat only what a search filters on
        meta.update({
            "title": p.title, "text": p.text, "section": p.section, "kinds": ",".join(p.kinds),
            "topic": p.topic, "type": p.type,
        })
    for kind in KINDS:
        meta[f"kind_{kind}"] = kind in p.kinds
    return meta


def _records(p: Principle) -> tuple[list[str], list[str], list[dict[str, Any]]]:
    """Ids, documents and metadata of one principle's records (body, title, sentences)."""
    parts = sentences(p.text)
    ids = [p.id, p.id + TITLE_SUFFIX] + [f"{p.id}{SENTENCE_MARK}{n}" for n in range(len(parts))]
    docs = [document_text(p), p.title, *parts]
    metas = [_metadata(p, "body"), _metadata(p, "title")]
    metas += [_metadata(p, "sentence") for _ in parts]
    return ids, docs, metas


def _existing_hashes(collection: Collection) -> dict[str, str]:
    """Principle id → content hash, read from the body records."""
    got = collection.get(where={"part": "body"}, include=["metadatas"])  # type: ignore[list-item]
    metas = got.get("metadatas") or [{}] * len(got["ids"])
    return {i: str((m or {}).get("hash", "")) for i, m in zip(got["ids"], metas, strict=True)}


def knowledge_signature(settings: Settings) -> tuple[Any, ...]:
    """Cheap fingerprint of the knowledge files (names, sizes, mtimes): no parsing needed."""
    root = settings.knowledge_dir
    if not root.is_dir():
        return (str(root), "missing")
    entries = []
    for path in sorted(root.rglob("*.md")):
        st = path.stat()
        entries.append((str(path), st.st_size, st.st_mtime_ns))
    return (str(root), tuple(entries), settings.embeddings)


def _drop_collection(settings: Settings) -> None:
    """Drop the collection before a rebuild. An on-disk index that cannot even be opened (a
    corrupt file, a half-written directory) is deleted instead: a rebuild recreates all of it,
    so nothing is lost, and repairing Chroma's files in place is not possible."""
    _collections.pop(_client_key(settings) + (collection_name(settings),), None)
    try:
        client = open_client(settings)
        with contextlib.suppress(Exception):  # absent already: nothing to drop
            client.delete_collection(collection_name(settings))
        open_collection(settings).count()
    except Exception:
        if settings.chroma_host:
            raise
        _delete_local_index(settings)


def _delete_local_index(settings: Settings) -> None:
    import shutil

    key = _client_key(settings)
    client = _clients.pop(key, None)
    for cache in (_collections, _fresh):
        for k in [k for k in cache if k[:len(key)] == key]:
            cache.pop(k, None)
    if client is not None:
        with contextlib.suppress(Exception):
            client.close()  # type: ignore[attr-defined]
    path = settings.data_dir / "chroma"
    with contextlib.suppress(Exception):  # Chroma keeps one System per directory, maybe broken
        from chromadb.api.shared_system_client import SharedSystemClient

        system = SharedSystemClient._identifier_to_system.pop(str(path), None)
        SharedSystemClient._identifier_to_refcount.pop(str(path), None)
        if system is not None:
            system.stop()
    try:
        shutil.rmtree(path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise ConfigurationError(
            f"cannot delete the damaged index {path} (OUTREACH_DATA_DIR): "
            f"{exc.strerror or exc}") from None


def build_index(settings: Settings | None = None, rebuild: bool = False) -> IndexReport:
    """Bring the index in line with knowledge/: add new, update changed, delete removed."""
    settings = settings or get_settings()
    started = time.perf_counter()
    principles = load_principles(settings.knowledge_dir)
    with _lock:
        if rebuild:
            _drop_collection(settings)
        collection = open_collection(settings)
        existing = _existing_hashes(collection)
        wanted = {p.id: p for p in principles}
        changed = [p for p in principles if existing.get(p.id) != record_hash(p)]
        added = sum(1 for p in changed if p.id not in existing)
        removed = [i for i in existing if i not in wanted]
        stale = [p.id for p in changed if p.id in existing] + removed
        if stale:  # a changed text may have fewer sentences: drop all its old records first
            collection.delete(where={"principle": {"$in": stale}})
        if changed:
            ids: list[str] = []
            docs: list[str] = []
            metas: list[dict[str, Any]] = []
            for p in changed:
                i, d, m = _records(p)
                ids += i
                docs += d
                metas += m
            step = max(1, open_client(settings).get_max_batch_size())  # what the server takes
            for at in range(0, len(ids), step):
                collection.upsert(
                    ids=ids[at:at + step], documents=docs[at:at + step],
                    metadatas=metas[at:at + step],  # type: ignore[arg-type]
                )
        _fresh[_client_key(settings) + (collection_name(settings),)] = knowledge_signature(settings)
    return IndexReport(
        added=added,
        updated=len(changed) - added,
        removed=len(removed),
        unchanged=len(principles) - len(changed),
        total=len(principles),
        seconds=time.perf_counter() - started,
    )


def is_stale(settings: Settings | None = None) -> bool:
    """True when the index lacks a principle, holds an old version, or keeps a removed one."""
    return _state(settings or get_settings()) != "current"


def _state(settings: Settings) -> str:
    """"empty" (never built), "stale" (knowledge/ changed since) or "current"."""
    principles = load_principles(settings.knowledge_dir)
    existing = _existing_hashes(open_collection(settings))
    if existing == {p.id: record_hash(p) for p in principles}:
        return "current"
    return "empty" if not existing else "stale"


def ensure_index(
    settings: Settings | None = None, signature: tuple[Any, ...] | None = None
) -> IndexReport | None:
    """Build on first use or when knowledge/ changed; otherwise cost a file stat per principle.

    `signature` lets a caller that already computed `knowledge_signature` pass it on. Returns
    the report when it had to (re)index, None when the index was already current."""
    settings = settings or get_settings()
    key = _client_key(settings) + (collection_name(settings),)
    signature = signature or knowledge_signature(settings)
    if _fresh.get(key) == signature:
        return None
    with _lock:
        if _fresh.get(key) == signature:
            return None
        state = _state(settings)
        if state == "current":
            _fresh[key] = signature
            return None
        progress.info("Building the principles index (first run only)…" if state == "empty"
                      else "Updating the principles index (the guide changed)…")
        return build_index(settings)
