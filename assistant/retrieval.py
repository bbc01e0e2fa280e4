"""Hybrid retrieval: Dutch BM25 (with compounds) fused with dense scores from Chroma.

Weights were chosen by measurement on the dev set (eval/EXPERIMENTS.md): lexical and
dense (multilingual e5) evidence weigh about equally; what the question says about the
document (kind, year, both together) is a prior on top.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from assistant.document_prior import DocumentPrior, without_document_names
from assistant.front_matter import FrontMatter
from assistant.lexical_index import LexicalIndex
from assistant.models import Chunk, Filters, ScoredChunk
from assistant.protocols import Embedder, VectorStore
from assistant.query_expansion import RetrievalQuery
from assistant.section_titles import SectionTitles

_DENSE_CANDIDATES = 50
_FEEDBACK_DOCS = 3
_FEEDBACK_TERMS = 12


@dataclass(frozen=True)
class RetrievalWeights:
    lexical: float = 1.0
    ngrams: float = 0.5
    dense: float = 0.3
    expansion: float = 0.6
    kind: float = 0.2
    year: float = 0.2
    named: float = 0.0
    feedback: float = 0.4
    synonyms: float = 0.6
    title: float = 0.1
    front_matter: float = 0.5


# The baselines `eval --compare` runs beside the tuned hybrid.
PLAIN_BM25 = RetrievalWeights(
    ngrams=0.0,
    dense=0.0,
    expansion=0.0,
    kind=0.0,
    year=0.0,
    named=0.0,
    feedback=0.0,
    synonyms=0.0,
    title=0.0,
    front_matter=0.0,
)
DENSE_ONLY = replace(PLAIN_BM25, lexical=0.0, dense=1.0)


class HybridRetriever:
    """Scores every chunk lexically, adds dense similarity of the top candidates."""

    def __init__(
        self,
        lexical: LexicalIndex,
        store: VectorStore | None = None,
        embedder: Embedder | None = None,
        weights: RetrievalWeights | None = None,
    ) -> None:
        self.lexical = lexical
        self.store = store
        self.embedder = embedder
        self.weights = weights or RetrievalWeights()
        self._position = {chunk.id: i for i, chunk in enumerate(lexical.chunks)}
        self._document_prior = DocumentPrior(lexical.chunks)
        self._titles = SectionTitles(lexical.chunks, lexical.analyzer)
        self._front_matter = FrontMatter(lexical.chunks)

    @property
    def chunks(self) -> list[Chunk]:
        return self.lexical.chunks

    def retrieve(self, query: RetrievalQuery, k: int, filters: Filters) -> list[ScoredChunk]:
        scores = self._lexical_scores(query) * self.weights.lexical
        scores = scores + self._prior(query) + self._titles.scores(query.text, self.weights.title)
        scores = scores + self._front_matter.scores(query.full, self.weights.front_matter)
        if self.weights.dense > 0 and self.store is not None and self.embedder is not None:
            scores = scores + self.weights.dense * self._dense_scores(query, filters)
        scores = np.where(self._mask(filters), scores, -np.inf)
        top = np.argsort(-scores)[:k]
        return [
            ScoredChunk(chunk=self.chunks[i], score=float(scores[i]))
            for i in top
            if np.isfinite(scores[i]) and scores[i] > 0
        ]

    def closest_similarity(self, query: RetrievalQuery) -> float | None:
        """Cosine of the passage nearest to the question itself (no glossary words).

        Out-of-scope questions ("What is the capital of France?") still share a word or
        two with some passage, so lexical support cannot tell them apart; their nearest
        passage in e5's space is far (eval/EXPERIMENTS.md, session 4). None without vectors.
        """
        if self.store is None or self.embedder is None:
            return None
        hits = self.store.query(self.embedder.embed_query(query.text), 1, Filters())
        return hits[0].score if hits else None

    def _prior(self, query: RetrievalQuery) -> np.ndarray:
        w = self.weights
        if not (w.kind or w.year or w.named):
            return np.zeros(len(self.chunks), dtype=np.float32)
        return self._document_prior.scores(query.full, w.kind, w.year, w.named)

    def _lexical_scores(self, query: RetrievalQuery) -> np.ndarray:
        scores = self._words_and_ngrams(self._topic(query.text))
        if query.expansion:
            expansion = self._topic(query.expansion)
            scores = scores + self.weights.expansion * self._words_and_ngrams(expansion)
        if query.synonyms and self.weights.synonyms > 0:
            synonyms = _normalised(self.lexical.scores(query.synonyms))
            scores = scores + self.weights.synonyms * synonyms
        if self.weights.feedback > 0:
            scores = scores + self.weights.feedback * self._feedback(query, scores)
        return scores

    def _feedback(self, query: RetrievalQuery, scores: np.ndarray) -> np.ndarray:
        """Pseudo-relevance feedback: the top passages' rarest shared terms, searched again."""
        top = np.argsort(-scores)[:_FEEDBACK_DOCS]
        own = set(self.lexical.analyzer.terms(query.full))
        counts: dict[str, float] = {}
        idf = self.lexical.term_weights
        for i in top:
            for term, weight in idf(self.chunks[i].index_text).items():
                if term not in own:
                    counts[term] = counts.get(term, 0.0) + weight
        terms = sorted(counts, key=lambda t: -counts[t])[:_FEEDBACK_TERMS]
        return _normalised(self.lexical.scores_for_terms(terms))

    def _topic(self, text: str) -> str:
        return without_document_names(text) if self.weights.kind > 0 else text

    def _words_and_ngrams(self, text: str) -> np.ndarray:
        words = _normalised(self.lexical.scores(text))
        if self.weights.ngrams <= 0:
            return words
        return words + self.weights.ngrams * _normalised(self.lexical.ngram_scores(text))

    def _dense_scores(self, query: RetrievalQuery, filters: Filters) -> np.ndarray:
        """Cosine of the top candidates, scaled from the weakest (0) to the best (1).

        e5's cosines crowd into 0.75-0.9: scaled by the best alone they would all be near
        1 and separate nothing (eval/EXPERIMENTS.md, session 3).
        """
        dense = np.zeros(len(self.chunks), dtype=np.float32)
        embedding = self.embedder.embed_query(query.full)
        hits = self.store.query(embedding, _DENSE_CANDIDATES, filters)
        floor = min((hit.score for hit in hits), default=0.0)
        for hit in hits:
            position = self._position.get(hit.chunk.id)
            if position is not None:
                dense[position] = hit.score - floor
        return _normalised(dense)

    def _mask(self, filters: Filters) -> np.ndarray:
        if filters.empty:
            return np.ones(len(self.chunks), dtype=bool)
        return np.array([filters.accepts(chunk) for chunk in self.chunks], dtype=bool)


def _normalised(scores: np.ndarray) -> np.ndarray:
    """Scale to [0, 1] by the best score: BM25 and cosine live on different scales."""
    top = float(scores.max()) if scores.size else 0.0
    return scores / top if top > 0 else scores
