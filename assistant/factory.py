"""Build an `Assistant` from `Settings`: the one place that picks concrete parts.

Chroma embedded vs server, extractive vs LLM answerer, hybrid vs single retriever are
settings here, not branches spread through the code.
"""

from __future__ import annotations

from assistant.extractive import ExtractiveAnswerer
from assistant.index_paths import IndexPaths
from assistant.lexical_index import LexicalIndex
from assistant.retrieval import DENSE_ONLY, PLAIN_BM25, HybridRetriever, RetrievalWeights
from assistant.service import Assistant, Mode
from assistant.settings import Settings


class IndexMissing(RuntimeError):
    """No ingested index yet: run `benelux-assistant ingest`."""


def build_assistant(settings: Settings, mode: Mode = "hybrid") -> Assistant:
    paths = IndexPaths(settings.resolved_index_dir)
    if not paths.lexical.exists() and not paths.lexical.with_name("lexical.old").exists():
        raise IndexMissing(f"no index in {paths.root}; run `benelux-assistant ingest` first")
    lexical = LexicalIndex.load(paths.lexical)
    retriever = _retriever(settings, lexical, mode)
    answerer = ExtractiveAnswerer(
        lexical, settings.abstain_threshold, settings.max_answer_sentences
    )
    return Assistant(settings, retriever, answerer, llm=_llm(settings))


def _retriever(settings: Settings, lexical: LexicalIndex, mode: Mode) -> HybridRetriever:
    tuned = RetrievalWeights(
        ngrams=settings.ngram_weight,
        dense=settings.dense_weight,
        expansion=settings.expansion_weight,
        kind=settings.kind_weight,
        year=settings.year_weight,
        named=settings.named_document_weight,
        feedback=settings.feedback_weight,
        synonyms=settings.synonym_weight,
        title=settings.title_weight,
        front_matter=settings.front_matter_weight,
    )
    weights = {"hybrid": tuned, "bm25": PLAIN_BM25, "dense": DENSE_ONLY}[mode]
    if weights.dense == 0:
        return HybridRetriever(lexical, weights=weights)
    from assistant.embedding import load_embedder
    from assistant.vector_store import open_vector_store

    embedder = load_embedder(settings.embed_model, settings.embed_batch_size)
    return HybridRetriever(lexical, open_vector_store(settings), embedder, weights)


def _llm(settings: Settings):  # noqa: ANN202
    if not settings.use_llm:
        return None
    from assistant.llm_answerer import LLMAnswerer

    return LLMAnswerer(settings)
