"""Hybrid retrieval of guide principles: Chroma's vector similarity plus a BM25 lexical signal.

MiniLM captures paraphrase ("thank-you note after a talk" ~ "follow-up"), BM25 rewards the exact
terms residents type ("LinkedIn", "72 hours", "sponsor") that a small embedding model can blur.
Four signals are computed over every candidate (the knowledge base is small): the question's
cosine to a principle's whole text, to its title, and to its best-matching sentence, and BM25.
Each is standardised over the candidates (z-score) and the four are summed with fixed weights.
Standardising, rather than dividing by the best score, keeps one signal from dominating because
its raw scores happen to spread wider: BM25 ranges over 0-15 while cosines bunch within 0.3-0.6.
"""

from __future__ import annotations

import math
import statistics
import threading
from collections import Counter
from typing import Any

from assistant.config import Settings, get_settings
from assistant.errors import InputError
from assistant.index import (
    SENTENCE_MARK,
    TITLE_SUFFIX,
    ensure_index,
    knowledge_signature,
    open_collection,
)
from assistant.knowledge import load_principles
from assistant.models import KINDS, DraftRequest, Principle, SearchResult
from assistant.text.patterns import lazy

# Weights of the standardised signals, chosen on tests/data/retrieval_eval.yaml from a plateau
# (each weight can move by 0.05 either way and lose at most one question there), then checked,
# never tuned, on tests/data/retrieval_eval_holdout.yaml:
BODY_WEIGHT = 0.7  # cosine to title + text + topic: the strongest single signal
TITLE_WEIGHT = 0.2  # cosine to the title alone: what the principle is about, undiluted
SENTENCE_WEIGHT = 0.35  # cosine to the best sentence: one sentence often answers a question
LEXICAL_WEIGHT = 0.42  # BM25, square-rooted so one repeated word cannot dominate
# A worked example is a story touching many principles, so it matches many questions loosely;
# a principle that answers nearly as well should come first. In standard deviations (1.5 to 3
# score the same on the evaluation set; 0.5 let a story outrank the principles it illustrates).
TYPE_PENALTY = {"example": 1.5}
MAX_K = 50

_STOP_WORDS = (
    "a an the and or but if of to in on at for with by from as is are was were be been being "
    "do does did i me my we our you your he she it its they them their this that these those "
    "what which who whom how when where why can could should would will shall may might must "
    "about into over after before than then so not no yes up out just also any some all more "
    "most very have has had get got am there here one "
    # what is left of contractions once apostrophes split words: I'm, don't, I've, we'll, I'd
    "m s t ve ll re d"
)
_STOP = frozenset(_STOP_WORDS.split(" "))
_WORD = lazy(r"[a-z0-9]+")

_lock = threading.Lock()
_cache: dict[tuple[Any, ...], _Corpus] = {}


_stemmer: Any = None
_stems: dict[str, str] = {}
_MAX_STEMS = 100_000  # words; past it the memo starts afresh (a long-running app)


def tokenize(text: str) -> list[str]:
    """Lower-case words without stop words, Snowball-stemmed ('formality' ~ 'formal')."""
    global _stemmer
    if _stemmer is None:
        import snowballstemmer

        _stemmer = snowballstemmer.stemmer("english")
    words = [w for w in _WORD.findall(text.lower()) if w not in _STOP]
    # each distinct word stemmed once per process: a long pasted ask stays fast, and the
    # principles' many shared words are stemmed once for the whole corpus, not once per principle
    stems: dict[str, str] = {}
    new: list[str] = []
    for w in dict.fromkeys(words):
        known = _stems.get(w)
        if known is None:
            new.append(w)
        else:
            stems[w] = known
    if new:
        stemmed = dict(zip(new, _stemmer.stemWords(new), strict=True))
        stems.update(stemmed)
        if len(_stems) > _MAX_STEMS:
            _stems.clear()
        _stems.update(stemmed)
    return [stems[w] for w in words]


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


def _standardised(scores: dict[str, float]) -> dict[str, float]:
    """Each score as standard deviations above the candidates' mean (all 0 when they tie)."""
    values = list(scores.values())
    mean = statistics.fmean(values)
    spread = statistics.pstdev(values, mu=mean) if len(values) > 1 else 0.0
    if spread <= 1e-12:
        return dict.fromkeys(scores, 0.0)
    return {i: (v - mean) / spread for i, v in scores.items()}


def _vector_scores(
    res: Any, corpus: _Corpus
) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """Cosine similarity per principle to its body, its title and its best sentence."""
    body: dict[str, float] = {}
    title: dict[str, float] = {}
    sentence: dict[str, float] = {}
    for rid, dist in zip(res["ids"][0], (res.get("distances") or [[]])[0], strict=True):
        similarity = 1.0 - float(dist)
        if rid.endswith(TITLE_SUFFIX):
            title[rid.removesuffix(TITLE_SUFFIX)] = similarity
        elif SENTENCE_MARK in rid:
            pid = rid.rsplit(SENTENCE_MARK, 1)[0]
            sentence[pid] = max(similarity, sentence.get(pid, -1.0))
        elif rid in corpus.principles:
            body[rid] = similarity
    return body, title, sentence


def _ranked(question: str, k: int, kind: str | None, settings: Settings) -> list[tuple[str, float]]:
    """(principle id, score) best first; the score is 1 for the best candidate, 0 the worst.

    Chroma returns distances only: fetching metadata costs ten times the query itself, and
    ensure_index has just made the index match the local knowledge base, which has it all."""
    signature = knowledge_signature(settings)
    ensure_index(settings, signature)
    corpus = _corpus(settings, signature)
    from chromadb.errors import NotFoundError

    collection = open_collection(settings, reuse=True)
    try:
        total = collection.count()
    except NotFoundError:  # another process rebuilt the collection since it was opened here
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
    body, title, sentence = _vector_scores(res, corpus)
    if not body:
        return []
    ids = list(body)
    signals = [
        (BODY_WEIGHT, body),
        (TITLE_WEIGHT, {i: title.get(i, body[i]) for i in ids}),
        (SENTENCE_WEIGHT, {i: sentence.get(i, body[i]) for i in ids}),
        (LEXICAL_WEIGHT, {i: math.sqrt(v) for i, v in corpus.bm25(question, ids).items()}),
    ]
    fused = {
        i: -TYPE_PENALTY.get(corpus.principles[i].type, 0.0) for i in ids
    }
    for weight, scores in signals:
        for i, z in _standardised(scores).items():
            fused[i] += weight * z
    ranked = sorted(fused.items(), key=lambda t: (-t[1], t[0]))
    top, bottom = ranked[0][1], ranked[-1][1]
    span = top - bottom
    return [(i, (v - bottom) / span if span > 0 else 1.0) for i, v in ranked[:k]]


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
