"""Building the Chroma index of the knowledge base (retrieval lives in `assistant.retrieval`).

One code path for both deployments: a `PersistentClient` in the data directory by default, or an
`HttpClient` to a shared Chroma server when `CHROMA_HOST` is set. Indexing is idempotent: every
record carries a content hash, so a rebuild only embeds what changed and deletes what was removed.
Each principle has two records, `<id>` (title, text and topic) and `<id>::title` (the title).
"""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from assistant.config import Settings, get_settings
from assistant.errors import ConfigurationError
from assistant.knowledge import content_hash, document_text, load_principles
from assistant.models import KINDS, Principle

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection

_clients: dict[tuple[str, ...], ClientAPI] = {}
_fresh: dict[tuple[str, ...], tuple[Any, ...]] = {}
_lock = threading.RLock()


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


def open_collection(settings: Settings | None = None) -> Collection:
    """The principles collection with our embedding function, created with cosine distance."""
    settings = settings or get_settings()
    from assistant.embeddings import embedding_function

    ef = embedding_function(settings)
    client = open_client(settings)
    try:
        return client.get_or_create_collection(
            name=collection_name(settings),
            embedding_function=ef,  # type: ignore[arg-type]
            configuration={"hnsw": {"space": "cosine"}},
        )
    except ValueError as exc:  # an index built with another embedding function
        raise ConfigurationError(
            f"the index '{collection_name(settings)}' was built with other embeddings ({exc}); "
            "run `outreach index --rebuild`"
        ) from None


TITLE_SUFFIX = "::title"


def _metadata(p: Principle, part: str) -> dict[str, Any]:
    """Chroma metadata holds scalars only: kinds as a comma string plus one flag per kind."""
    meta: dict[str, Any] = {
        "principle": p.id, "part": part, "title": p.title, "text": p.text,
        "section": p.section, "kinds": ",".join(p.kinds), "topic": p.topic, "type": p.type,
        "hash": content_hash(p),
    }
    for kind in KINDS:
        meta[f"kind_{kind}"] = kind in p.kinds
    return meta


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


def build_index(settings: Settings | None = None, rebuild: bool = False) -> IndexReport:
    """Bring the index in line with knowledge/: add new, update changed, delete removed."""
    settings = settings or get_settings()
    started = time.perf_counter()
    principles = load_principles(settings.knowledge_dir)
    with _lock:
        if rebuild:
            client = open_client(settings)
            with contextlib.suppress(Exception):  # absent already: nothing to drop
                client.delete_collection(collection_name(settings))
        collection = open_collection(settings)
        existing = _existing_hashes(collection)
        wanted = {p.id: p for p in principles}
        changed = [p for p in principles if existing.get(p.id) != content_hash(p)]
        added = sum(1 for p in changed if p.id not in existing)
        removed = [i for i in existing if i not in wanted]
        if changed:
            # Two records per principle: its whole text, and its title alone. A short question
            # often matches a title better than the diluted mean of a paragraph.
            collection.upsert(
                ids=[p.id for p in changed] + [p.id + TITLE_SUFFIX for p in changed],
                documents=[document_text(p) for p in changed] + [p.title for p in changed],
                metadatas=[_metadata(p, "body") for p in changed]
                + [_metadata(p, "title") for p in changed],
            )
        if removed:
            collection.delete(ids=removed + [i + TITLE_SUFFIX for i in removed])
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
    settings = settings or get_settings()
    principles = load_principles(settings.knowledge_dir)
    existing = _existing_hashes(open_collection(settings))
    return existing != {p.id: content_hash(p) for p in principles}


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
        if not is_stale(settings):
            _fresh[key] = signature
            return None
        return build_index(settings)
