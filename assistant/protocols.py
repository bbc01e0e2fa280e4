"""The swappable parts: everything else depends on these, not on concrete classes."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from assistant.models import Chunk, Filters, ScoredChunk


class Embedder(Protocol):
    dimension: int

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


class VectorStore(Protocol):
    """Dense index of chunks; Chroma embedded or a Chroma server."""

    def upsert(self, chunks: Sequence[Chunk], embeddings: Sequence[Sequence[float]]) -> None: ...

    def existing_ids(self, ids: Sequence[str]) -> set[str]: ...

    def delete_file(self, file: str, keep_ids: Sequence[str] = ()) -> None: ...

    def files(self) -> set[str]: ...

    def all_chunks(self) -> list[Chunk]: ...

    def query(self, embedding: Sequence[float], k: int, filters: Filters) -> list[ScoredChunk]: ...

    def count(self) -> int: ...


class Answerer(Protocol):
    """Turns a question and retrieved chunks into a cited answer."""

    def answer(self, question: str, language: str, chunks: list[ScoredChunk]) -> AnswerDraft: ...

    def stream(
        self, question: str, language: str, chunks: list[ScoredChunk]
    ) -> Iterator[str | AnswerDraft]: ...


class AnswerDraft(Protocol):
    text: str
    cited: list[int]
    abstained: bool
    notice: str | None
