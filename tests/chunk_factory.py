"""Hand-made chunks for unit tests that need no ingested corpus."""

from __future__ import annotations

from typing import Any

from assistant.models import Chunk


def make_chunk(text: str, ordinal: int = 0, **fields: Any) -> Chunk:
    """A chunk of a plain text document; `fields` override any of its metadata."""
    file = fields.pop("file", "doc.txt")
    values: dict[str, Any] = {
        "id": f"{file}:{ordinal}",
        "file": file,
        "title": "Jaarplan 2024",
        "kind": "jaarplan",
        "year": 2024,
        "section": "Thema",
        "page_start": None,
        "page_end": None,
        "page_source": "none",
        "char_start": 0,
        "char_end": len(text),
        "content_hash": str(ordinal),
        "text": text,
        "ordinal": ordinal,
    }
    values.update(fields)
    return Chunk(**values)
