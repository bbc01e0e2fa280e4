"""The embedder: same vectors as sentence-transformers' `encode`, cached query vectors."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.embedding_cache import EmbeddingCache

TEXTS = [
    "Waterstof",
    "De Benelux werkt aan een grensoverschrijdend waterstofnetwerk tussen de havens.",
    "Verkeersveiligheid",
    "Het fietsbeleid wordt versterkt met nieuwe fietssnelwegen tussen de drie landen, "
    "met aandacht voor grensarbeiders en de aansluiting op het openbaar vervoer.",
    "Crisisbeheersing en samenwerking tussen hulpdiensten in de grensregio's.",
]


def _encode(embedder, texts: list[str]) -> np.ndarray:
    return embedder.model.encode(
        texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False,
        convert_to_numpy=True,
    )


def test_documents_in_one_batch_are_the_vectors_of_encode(embedder):
    assert np.array_equal(np.asarray(embedder.embed_documents(TEXTS)), _encode(embedder, TEXTS))


def test_documents_over_several_batches_keep_their_order(embedder, monkeypatch):
    monkeypatch.setattr(embedder, "batch_size", 2)
    vectors = np.asarray(embedder.embed_documents(TEXTS * 3))
    assert vectors.shape == (15, embedder.dimension)
    expected = _encode(embedder, TEXTS * 3)
    assert np.allclose(vectors, expected, atol=1e-5)  # other batches: padding differs
    assert embedder.embed_documents([]) == []


def test_query_vector_is_bit_for_bit_that_of_encode_and_threads_are_restored(embedder):
    import torch

    threads = torch.get_num_threads()
    question = "Wat is er gepland voor waterstof in 2024? (test_embedding, uncached)"
    assert embedder.embed_query(question) == _encode(embedder, [question])[0].tolist()
    assert torch.get_num_threads() == threads


def test_repeated_query_comes_from_the_cache_as_a_copy(embedder, monkeypatch):
    question = "Welke afspraken over grensarbeiders? (test_embedding, cache)"
    first = embedder.embed_query(question)
    monkeypatch.setattr(embedder, "_encode", lambda texts: pytest.fail("not cached"))
    again = embedder.embed_query(question)
    assert again == first and again is not first
    again[0] = 99.0
    assert embedder.embed_query(question) == first


def test_embedding_cache_computes_a_repeated_text_once(tmp_path):
    calls: list[list[str]] = []

    def compute(texts):
        calls.append(list(texts))
        return [[float(len(text)), 1.0] for text in texts]

    cache = EmbeddingCache(tmp_path / "vectors.sqlite", "model")
    vectors = cache.embed(["a", "b", "a"], ["één", "twee", "één"], compute)
    assert calls == [["één", "twee"]]
    assert vectors == [[3.0, 1.0], [4.0, 1.0], [3.0, 1.0]]
    assert cache.embed(["b"], ["twee"], compute) == [[4.0, 1.0]] and len(calls) == 1
    cache.close()


def test_cleared_query_cache_computes_again(embedder, monkeypatch):
    question = "Wat doet de Benelux voor de fiets? (test_embedding, clear)"
    first = embedder.embed_query(question)
    embedder.clear_query_cache()
    calls = []
    original = embedder._encode
    monkeypatch.setattr(embedder, "_encode", lambda texts: calls.append(texts) or original(texts))
    assert embedder.embed_query(question) == first and calls == [[question]]
