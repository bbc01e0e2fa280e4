"""Chroma as the dense index: embedded on disk by default, a Chroma server when configured.

Collections are created without an embedding function and always given vectors;
otherwise Chroma downloads its own ONNX model on first use (OFFLINE.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlparse

from assistant.models import Chunk, Filters, ScoredChunk
from assistant.settings import Settings

_BATCH = 1000


class StoreUnavailable(RuntimeError):
    """The vector store cannot be reached (a Chroma server that is down)."""


class ChromaVectorStore:
    def __init__(self, client, collection_name: str) -> None:  # noqa: ANN001 - chromadb client
        self.client = client
        self.collection = client.get_or_create_collection(
            collection_name, embedding_function=None, metadata={"hnsw:space": "cosine"}
        )

    def upsert(self, chunks: Sequence[Chunk], embeddings: Sequence[Sequence[float]]) -> None:
        for start in range(0, len(chunks), _BATCH):
            part = chunks[start : start + _BATCH]
            self.collection.upsert(
                ids=[c.id for c in part],
                embeddings=[list(e) for e in embeddings[start : start + _BATCH]],
                documents=[c.text for c in part],
                metadatas=[c.metadata() for c in part],
            )

    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), _BATCH):
            found.update(
                self.collection.get(ids=list(ids[start : start + _BATCH]), include=[])["ids"]
            )
        return found

    def delete_file(self, file: str, keep_ids: Sequence[str] = ()) -> None:
        stored = self.collection.get(where={"file": file}, include=[])["ids"]
        stale = sorted(set(stored) - set(keep_ids))
        for start in range(0, len(stale), _BATCH):
            self.collection.delete(ids=stale[start : start + _BATCH])

    def files(self) -> set[str]:
        return {chunk.file for chunk in self.all_chunks()}

    def all_chunks(self) -> list[Chunk]:
        chunks: list[Chunk] = []
        total = self.collection.count()
        for offset in range(0, total, _BATCH):
            page = self.collection.get(
                include=["documents", "metadatas"], limit=_BATCH, offset=offset
            )
            chunks.extend(
                Chunk.from_metadata(i, d, m)
                for i, d, m in zip(page["ids"], page["documents"], page["metadatas"], strict=True)
            )
        return chunks

    def query(self, embedding: Sequence[float], k: int, filters: Filters) -> list[ScoredChunk]:
        result = self.collection.query(
            query_embeddings=[list(embedding)],
            n_results=k,
            where=_where(filters),
            include=["documents", "metadatas", "distances"],
        )
        rows = zip(
            result["ids"][0],
            result["documents"][0],
            result["metadatas"][0],
            result["distances"][0],
            strict=True,
        )
        return [
            ScoredChunk(chunk=Chunk.from_metadata(i, d, m), score=1.0 - dist)
            for i, d, m, dist in rows
        ]

    def count(self) -> int:
        return self.collection.count()


def _where(filters: Filters) -> dict | None:
    clauses = [
        {field: {"$in": values}}
        for field, values in (
            ("kind", filters.kind),
            ("year", filters.year),
            ("file", filters.file),
        )
        if values
    ]
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def open_vector_store(settings: Settings) -> ChromaVectorStore:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        client = chromadb.HttpClient(
            host=url.hostname or "127.0.0.1",
            port=url.port or 8000,
            ssl=url.scheme == "https",
            settings=chroma_settings,
        )
    else:
        path = Path(settings.resolved_index_dir) / "chroma"
        path.mkdir(parents=True, exist_ok=True)
        client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    return ChromaVectorStore(client, settings.collection)
