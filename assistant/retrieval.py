"""Hybrid retrieval of guide principles: Chroma's vector similarity plus a BM25 lexical signal.

MiniLM captures paraphrase ("thank-you note after a talk" ~ "follow-up"), BM25 rewards the exact
terms residents type ("LinkedIn", "72 hours", "sponsor") that a small embedding model can blur.
Both are computed over every candidate (the knowledge base is small), normalised, and summed.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from typing import Any

from assistant.config import Settings, get_settings
from assistant.errors import InputError
from assistant.index import TITLE_SUFFIX, ensure_index, knowledge_signature, open_collection
from assistant.knowledge import load_principles
from assistant.models import KINDS, DraftRequest, Principle, SearchResult

# Fusion weights, chosen on tests/data/retrieval_eval.yaml from a plateau (neighbouring values
# score within one question of these), not a spike:
VECTOR_WEIGHT = 0.7  # vector score share of the fused score; BM25 gets the rest
TITLE_WEIGHT = 0.3  # share of the title record in a principle's vector score
# A worked example is a story touching many principles, so it matches many questions loosely;
# when a principle answers as well, the principle should come first.
TYPE_FACTOR = {"principle": 1.0, "pattern": 1.0, "example": 0.9}
MAX_K = 50

_STOP_WORDS = (
    "a an the and or but if of to in on at for with by from as is are was were be been being "
    "do does did i me my we our you your he she it its they them their this that these those "
    "what which who whom how when where why can could should would will shall may might must "
    "about into over after before than then so not no yes up out just also any some all more "
    "most very have has had get got am there here one"
)
_STOP = frozenset(_STOP_WORDS.split(" "))
_WORD = re.compile(r"[a-z0-9]+")

_lock = threading.Lock()
_cache: dict[tuple[Any, ...], _Corpus] = {}


_stemmer: Any = None


def tokenize(text: str) -> list[str]:
    """Lower-case words without stop words, Snowball-stemmed ('formality' ~ 'formal')."""
    global _stemmer
    if _stemmer is None:
        import snowballstemmer

        _stemmer = snowballstemmer.stemmer("english")
    return list(_stemmer.stemWords([w for w in _WORD.findall(text.lower()) if w not in _STOP]))


class _Corpus:
    """The loaded principles and their BM25 statistics (k1=1.2, b=0.75)."""

    def __init__(self, principles: list[Principle]) -> None:
        self.principles = {p.id: p for p in principles}
        self.docs: dict[str, Counter[str]] = {}
        for p in principles:
            # The title is what a principle is about: counted twice, like a field boost. The
            # kinds and topic are its tags.
            fields = f"{p.title} {p.title} {p.text} {p.topic} {' '.join(p.kinds)}"
            self.docs[p.id] = Counter(tokenize(fields.replace("_", " ").replace("-", " ")))
        self.lengths = {i: sum(c.values()) for i, c in self.docs.items()}
        self.avg_len = sum(self.lengths.values()) / max(len(self.lengths), 1)
        df: Counter[str] = Counter()
        for c in self.docs.values():
            df.update(c.keys())
        n = len(self.docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    def bm25(self, query: str, ids: list[str]) -> dict[str, float]:
        terms = tokenize(query)
        scores: dict[str, float] = {}
        for i in ids:
            tf = self.docs.get(i)
            if tf is None:
                scores[i] = 0.0
                continue
            norm = 1.2 * (1 - 0.75 + 0.75 * self.lengths[i] / self.avg_len)
            scores[i] = sum(
                self.idf.get(t, 0.0) * tf[t] * 2.2 / (tf[t] + norm) for t in terms if tf[t]
            )
        return scores


def _corpus(settings: Settings, signature: tuple[Any, ...] | None = None) -> _Corpus:
    key = signature or knowledge_signature(settings)
    with _lock:
        if key not in _cache:
            _cache.clear()
            _cache[key] = _Corpus(load_principles(settings.knowledge_dir))
        return _cache[key]


def all_principles(settings: Settings | None = None) -> list[Principle]:
    """Every principle in knowledge/, sorted by id."""
    settings = settings or get_settings()
    return sorted(_corpus(settings).principles.values(), key=lambda p: p.id)


def get_principle(principle_id: str, settings: Settings | None = None) -> Principle | None:
    """One principle by id (checks and engines cite ids), or None when knowledge/ lacks it."""
    settings = settings or get_settings()
    return _corpus(settings).principles.get(principle_id)


def _ranked(question: str, k: int, kind: str | None, settings: Settings) -> list[tuple[str, float]]:
    """(principle id, fused score) best first.

    Chroma returns distances only: fetching metadata costs ten times the query itself, and
    ensure_index has just made the index match the local knowledge base, which has it all."""
    signature = knowledge_signature(settings)
    ensure_index(settings, signature)
    corpus = _corpus(settings, signature)
    collection = open_collection(settings)
    total = collection.count()
    if total == 0:
        return []
    where = {f"kind_{kind}": True} if kind else None
    query: dict[str, Any] = {"query_texts": [question]}
    if settings.embeddings == "local":  # skip the embedding function wrapper's list conversions
        from assistant.embeddings import embed

        query = {"query_embeddings": embed([question])}
    res = collection.query(
        **query, n_results=total, where=where,  # type: ignore[arg-type]
        include=["distances"],  # type: ignore[list-item]
    )
    body: dict[str, float] = {}
    title: dict[str, float] = {}
    for rid, dist in zip(res["ids"][0], (res.get("distances") or [[]])[0], strict=True):
        if rid.endswith(TITLE_SUFFIX):
            title[rid.removesuffix(TITLE_SUFFIX)] = 1.0 - float(dist)
        elif rid in corpus.principles:
            body[rid] = 1.0 - float(dist)
    if not body:
        return []
    ids = list(body)
    vector = {i: (1 - TITLE_WEIGHT) * body[i] + TITLE_WEIGHT * title.get(i, body[i]) for i in ids}
    lexical = corpus.bm25(question, ids)
    top_vec = max(vector.values())
    top_lex = max(lexical.values())
    fused = []
    for i in ids:
        # Each signal relative to its best candidate, so neither scale depends on the question.
        v = vector[i] / top_vec if top_vec > 0 else 0.0
        lex = lexical[i] / top_lex if top_lex > 0 else 0.0
        factor = TYPE_FACTOR.get(corpus.principles[i].type, 1.0)
        fused.append((i, factor * (VECTOR_WEIGHT * v + (1 - VECTOR_WEIGHT) * lex)))
    fused.sort(key=lambda t: (-t[1], t[0]))
    return fused[:k]


def _check(question: str, k: int, kind: str | None) -> str:
    question = (question or "").strip()
    if not question:
        raise InputError("the question is empty", "question")
    if not 1 <= k <= MAX_K:
        raise InputError(f"must be between 1 and {MAX_K} (got {k})", "-k")
    if kind is not None and kind not in KINDS:
        raise InputError(f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})", "kind")
    return question


def search(
    question: str, k: int = 5, kind: str | None = None, settings: Settings | None = None
) -> list[SearchResult]:
    """The k principles that best answer `question`, optionally only those serving `kind`."""
    question = _check(question, k, kind)
    settings = settings or get_settings()
    corpus = _corpus(settings)
    return [
        SearchResult(id=pid, title=corpus.principles[pid].title, text=corpus.principles[pid].text,
                     score=round(score, 4))
        for pid, score in _ranked(question, k, kind, settings)
    ]


_KIND_QUERY = {
    "introduction": "introduce yourself to a new contact: who you are, why you write, a small "
                    "time-bound ask",
    "follow_up": "follow up after meeting someone: thank them, mention something specific, "
                 "propose one next step, within 72 hours",
    "update": "send an update to a mentor or contact: share progress, give credit for their "
              "advice, stay in touch",
    "mentor_agenda": "prepare the first mentor meeting agenda: goals, one or two decisions to "
                     "ask advice on",
    "linkedin_note": "LinkedIn connection request note: short, personalized, where you met",
    "linkedin_rewrite": "improve a LinkedIn profile headline and summary: professional, specific",
}


def request_query(request: DraftRequest) -> str:
    """A search query built from what the resident told us about the message to write."""
    parts = [_KIND_QUERY[request.kind]]
    rel = request.contact.relationship
    if rel:
        parts.append({"new": "a new contact you have not met", "met_once": "someone you met once",
                      "mentor": "your mentor", "sponsor": "a sponsor",
                      "peer": "a peer"}[rel])
    if request.meeting.event:
        parts.append(f"met at {request.meeting.event}")
    parts.extend(request.meeting.topics)
    if request.ask:
        parts.append(request.ask)
    parts.extend(request.decisions)
    return ". ".join(p for p in parts if p)


def principles_for(
    request: DraftRequest, k: int = 6, settings: Settings | None = None
) -> list[Principle]:
    """The principles a drafting engine should follow for this request (only its kind's)."""
    settings = settings or get_settings()
    corpus = _corpus(settings)
    ranked = _ranked(request_query(request), max(1, min(k, MAX_K)), request.kind, settings)
    return [corpus.principles[pid] for pid, _ in ranked]
