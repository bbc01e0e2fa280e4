"""Data that crosses module boundaries: chunks, citations and answers.

A `Chunk` carries file, section path, page range and character span from ingestion to
the UI untouched; a `Citation` is a chunk as shown to the user, numbered.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

PageSource = Literal["pdf", "printed", "toc", "none"]
SECTION_SEPARATOR = " › "  # between the headings of a chunk's section path


class Chunk(BaseModel):
    """One retrievable passage of a source document."""

    id: str
    file: str
    title: str
    kind: str
    year: int | None
    section: str
    page_start: int | None
    page_end: int | None
    page_source: PageSource
    char_start: int
    char_end: int
    content_hash: str
    text: str = Field(description="the cleaned passage shown and quoted to the user")
    ordinal: int = Field(0, description="position of the chunk within its file")

    def metadata(self) -> dict[str, str | int | float | bool]:
        """Flat metadata for Chroma, which rejects None values."""
        data = self.model_dump(exclude={"text", "id"})
        return {key: (-1 if value is None else value) for key, value in data.items()}

    @classmethod
    def from_metadata(cls, chunk_id: str, text: str, meta: dict) -> Chunk:
        values = {key: (None if value == -1 else value) for key, value in meta.items()}
        return cls(id=chunk_id, text=text, **values)

    @property
    def index_text(self) -> str:
        """What both indexes see: document title and section path before the passage.

        The prefix lets "waterstof in het jaarverslag 2024" match a chunk whose body never
        names its section; it is not part of the cited passage.
        """
        return f"{self.title} — {self.section}\n{self.text}"

    @property
    def headings(self) -> list[str]:
        """The section path's headings, outermost first."""
        return self.section.split(SECTION_SEPARATOR)

    @property
    def embedding_text(self) -> str:
        """What the embedder sees: section path and passage, not the document title."""
        return f"{self.section}\n{self.text}"

    @property
    def page_label(self) -> str:
        if self.page_start is None:
            return ""
        if self.page_end is None or self.page_end == self.page_start:
            return f"p. {self.page_start}"
        return f"p. {self.page_start}–{self.page_end}"


class ScoredChunk(BaseModel):
    chunk: Chunk
    score: float


def joined_chunks(parts: list[Chunk]) -> Chunk:
    """One passage for consecutive chunks of a section: their text, the span from first to
    last. Chunks end where the token budget does, so a quote may go on into the next."""
    if len(parts) == 1:
        return parts[0]
    first, last = parts[0], parts[-1]
    pages = [p.page_end for p in parts if p.page_end is not None]
    return first.model_copy(
        update={
            "text": "\n".join(p.text for p in parts),
            "char_end": last.char_end,
            "page_end": max(pages) if pages else first.page_end,
        }
    )


class Citation(BaseModel):
    """A numbered source as the user sees it: document, section, page and passage."""

    n: int
    file: str
    title: str
    section: str
    page_start: int | None
    page_end: int | None
    page_source: PageSource
    text: str
    score: float
    char_start: int
    char_end: int

    @classmethod
    def from_scored(cls, n: int, scored: ScoredChunk) -> Citation:
        chunk = scored.chunk
        return cls(
            n=n,
            file=chunk.file,
            title=chunk.title,
            section=chunk.section,
            page_start=chunk.page_start,
            page_end=chunk.page_end,
            page_source=chunk.page_source,
            text=chunk.text,
            score=round(scored.score, 4),
            char_start=chunk.char_start,
            char_end=chunk.char_end,
        )


class Filters(BaseModel):
    kind: list[str] = Field(default_factory=list)
    year: list[int] = Field(default_factory=list)
    file: list[str] = Field(default_factory=list)

    def accepts(self, chunk: Chunk) -> bool:
        return (
            (not self.kind or chunk.kind in self.kind)
            and (not self.year or chunk.year in self.year)
            and (not self.file or chunk.file in self.file)
        )

    @property
    def empty(self) -> bool:
        return not (self.kind or self.year or self.file)


class AskResult(BaseModel):
    """The `ask --json` shape of DESIGN.md, plus a notice and see-also for abstentions."""

    question: str
    answer: str
    abstained: bool
    language: Literal["nl", "en", "fr"] = "nl"
    citations: list[Citation]
    retrieved: list[Citation]
    see_also: list[Citation] = Field(default_factory=list)
    notice: str | None = None
    timings_ms: dict[str, float]
