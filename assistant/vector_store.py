"""Chroma as the dense index: embedded on disk by default, a Chroma server when configured.

Collections are created without an embedding function and always given vectors;
otherwise Chroma downloads its own ONNX model on first use (OFFLINE.md).

A Chroma server can be down or restarting while our server runs: connection failures
become `StoreUnavailable` (the API answers 503), and the next call connects afresh, so
the service recovers when Chroma is back without a restart of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

from assistant.models import Chunk, Filters, ScoredChunk
from assistant.settings import Settings

_BATCH = 1000
# Chroma's default ef_search of 100 returned the 50 dense candidates with near-equal cosines
# in a different order from one process to the next, and pseudo-relevance feedback could
# turn that into a different first passage (eval/EXPERIMENTS.md, session 11). At 400 the
# same question gets the same answer in every process; a query took about 5 ms at 1x at
# either depth.
EF_SEARCH = 400


def _with_search_depth(collection):  # noqa: ANN001, ANN202 - chromadb collection
    """The collection searching at least `EF_SEARCH` deep; older indexes are raised to it."""
    hnsw = (collection.configuration or {}).get("hnsw") or {}
    if (hnsw.get("ef_search") or 0) < EF_SEARCH:
        collection.modify(configuration={"hnsw": {"ef_search": EF_SEARCH}})
    return collection


class StoreUnavailable(RuntimeError):
    """The vector store cannot be reached (a Chroma server that is down)."""


class ChromaVectorStore:
    """Connects lazily; after a connection failure the client and collection are rebuilt."""

    def __init__(self, connect: Callable[[], object], collection_name: str) -> None:
        self._connect = connect
        self._name = collection_name
        self._client: object | None = None
        self._collection: object | None = None

    @property
    def client(self):  # noqa: ANN201 - chromadb client
        with self._available():
            if self._client is None:
                self._client = self._connect()
        return self._client

    @property
    def collection(self):  # noqa: ANN201 - chromadb collection
        if self._collection is None:
            client = self.client
            with self._available():
                collection = client.get_or_create_collection(
                    self._name, embedding_function=None, metadata={"hnsw:space": "cosine"}
                )
                self._collection = _with_search_depth(collection)
        return self._collection

    @contextmanager
    def _available(self) -> Iterator[None]:
        """Map a lost connection to `StoreUnavailable` and forget the client for a retry."""
        try:
            yield
        except Exception as exc:
            if not _connection_error(exc):
                raise
            self._client = self._collection = None
            raise StoreUnavailable("the vector store (Chroma server) cannot be reached") from exc

    def upsert(self, chunks: Sequence[Chunk], embeddings: Sequence[Sequence[float]]) -> None:
        with self._available():
            self._upsert(chunks, embeddings)

    def _upsert(self, chunks: Sequence[Chunk], embeddings: Sequence[Sequence[float]]) -> None:
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
        with self._available():
            for start in range(0, len(ids), _BATCH):
                batch = list(ids[start : start + _BATCH])
                found.update(self.collection.get(ids=batch, include=[])["ids"])
        return found

    def delete_file(self, file: str, keep_ids: Sequence[str] = ()) -> None:
        with self._available():
            stored = self.collection.get(where={"file": file}, include=[])["ids"]
            stale = sorted(set(stored) - set(keep_ids))
            for start in range(0, len(stale), _BATCH):
                self.collection.delete(ids=stale[start : start + _BATCH])

    def files(self) -> set[str]:
        return {chunk.file for chunk in self.all_chunks()}

    def all_chunks(self) -> list[Chunk]:
        with self._available():
            return self._all_chunks()

    def _all_chunks(self) -> list[Chunk]:
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
        with self._available():
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
        with self._available():
            return self.collection.count()


def _connection_error(exc: BaseException) -> bool:
    """httpx transport failures, also when chromadb re-raised one as a ValueError while
    creating the client ('Server disconnected without sending a response.' from a server
    killed mid-handshake), and its own "Could not connect" there."""
    import httpx

    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, httpx.TransportError):
            return True
        cause = cause.__cause__ or cause.__context__
    return isinstance(exc, ValueError) and "could not connect" in str(exc).lower()


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

        def connect() -> object:
            return chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or 8000,
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )

        return ChromaVectorStore(connect, settings.collection)
    path = Path(settings.resolved_index_dir) / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    store = ChromaVectorStore(lambda: client, settings.collection)
    store.collection  # noqa: B018 - embedded: open (and create) the collection now
    return store
