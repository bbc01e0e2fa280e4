"""Split a document into section-bounded, sentence-aware, token-counted chunks.

Chunks never cross a section boundary, so each carries exactly one section path and
that section's page range. Sizes are in tiktoken tokens. The default embedder,
multilingual-e5-small, reads 512 tokens, so the 240-token chunks of the settings (measured
best, eval/EXPERIMENTS.md) are embedded whole; the English MiniLM, if configured, truncates
at 256 wordpieces (≈ 210 tiktoken tokens of Dutch).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from assistant.models import SECTION_SEPARATOR, Chunk
from assistant.text_analysis import sentence_spans
from ingest.catalogue import DocumentInfo
from ingest.clean import CleanText, clean_text
from ingest.structure import Section

_TOC_LINE = re.compile(r"\S.*\s\d{1,3}\s*$")


@dataclass(frozen=True)
class ChunkSizes:
    max_tokens: int = 180
    min_tokens: int = 40


def chunk_document(
    file_name: str,
    text: str,
    sections: list[Section],
    info: DocumentInfo,
    sizes: ChunkSizes,
) -> list[Chunk]:
    chunks: list[Chunk] = []
    for section in sections:
        cleaned = clean_text(text[section.char_start : section.char_end], section.char_start)
        for start, end in _pack(cleaned.text, sizes):
            passage = cleaned.text[start:end].strip()
            if passage and not _is_table_of_contents(passage):
                chunks.append(_make_chunk(file_name, info, section, cleaned, start, end, passage))
    return [_numbered(chunk, i) for i, chunk in enumerate(chunks)]


def count_tokens(text: str) -> int:
    return len(_encoding().encode(text, disallowed_special=()))


@lru_cache(maxsize=1)
def _encoding():  # noqa: ANN202 - tiktoken's Encoding type
    import tiktoken

    return tiktoken.get_encoding("cl100k_base")


def _pack(text: str, sizes: ChunkSizes) -> Iterator[tuple[int, int]]:
    """Greedy packing of sentences into spans of at most `max_tokens`.

    A short tail is merged into the previous span so no chunk is a lone fragment.
    """
    spans: list[list[int]] = []
    current: list[int] | None = None
    for start, end, tokens in _sentences(text, sizes.max_tokens):
        if current is not None and current[2] + tokens <= sizes.max_tokens:
            current[1], current[2] = end, current[2] + tokens
            continue
        current = [start, end, tokens]
        spans.append(current)
    if len(spans) > 1 and spans[-1][2] < sizes.min_tokens:
        tail = spans.pop()
        spans[-1][1] = tail[1]
    return ((start, end) for start, end, _ in spans)


def _sentences(text: str, max_tokens: int) -> Iterator[tuple[int, int, int]]:
    """Sentence spans with token counts; an over-long sentence is cut at word boundaries."""
    for start, end in sentence_spans(text):
        yield from _limit(text, start, end, max_tokens)


def _limit(text: str, start: int, end: int, max_tokens: int) -> Iterator[tuple[int, int, int]]:
    if end <= start:
        return
    tokens = count_tokens(text[start:end])
    if tokens <= max_tokens:
        yield start, end, tokens
        return
    words = [m.span() for m in re.finditer(r"\S+", text[start:end])]
    per_piece = max(1, len(words) * max_tokens // tokens - 1)
    for i in range(0, len(words), per_piece):
        piece = words[i : i + per_piece]
        piece_start, piece_end = start + piece[0][0], start + piece[-1][1]
        yield piece_start, piece_end, count_tokens(text[piece_start:piece_end])


def _is_table_of_contents(passage: str) -> bool:
    """A table of contents matches every query about every section: keep it out."""
    lines = [line for line in passage.splitlines() if line.strip()]
    toc_lines = sum(1 for line in lines if _TOC_LINE.match(line))
    return len(lines) >= 4 and toc_lines >= 0.6 * len(lines)


def _make_chunk(
    file_name: str,
    info: DocumentInfo,
    section: Section,
    cleaned: CleanText,
    start: int,
    end: int,
    passage: str,
) -> Chunk:
    offset = len(cleaned.text[start:end]) - len(cleaned.text[start:end].lstrip())
    # The hash keys the embedding cache: it covers exactly what is embedded (section
    # path and passage, not the document title), so a re-issued or recombined document
    # re-uses the vectors of every passage it shares with an earlier one.
    content_hash = hashlib.sha256(f"{section.path}|{passage}".encode()).hexdigest()
    return Chunk(
        id="",
        file=file_name,
        title=info.title,
        kind=info.kind,
        year=info.year,
        section=SECTION_SEPARATOR.join(section.path),
        page_start=section.page_start,
        page_end=section.page_end,
        page_source=section.page_source,
        char_start=cleaned.to_original(start + offset),
        char_end=cleaned.to_original(start + offset + len(passage) - 1) + 1,
        content_hash=content_hash,
        text=passage,
    )


def _numbered(chunk: Chunk, ordinal: int) -> Chunk:
    """Ids are stable for identical content, so a re-run upserts instead of duplicating."""
    chunk_id = f"{chunk.file}:{ordinal}:{chunk.content_hash[:16]}"
    return chunk.model_copy(update={"ordinal": ordinal, "id": chunk_id})
