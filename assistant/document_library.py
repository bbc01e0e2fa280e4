"""What is ingested, and the source text around a citation.

The REST API, the web chat and the embed page all show a cited passage inside its
surrounding text; this module is the one place that reads the extracted texts, so file
names coming from a browser are checked here against the manifest before any disk access.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from assistant.index_paths import IndexPaths
from assistant.settings import Settings
from ingest.catalogue import describe, load_catalogue
from ingest.manifest import Manifest

CONTEXT_CHARS = 600
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$")


class UnknownDocument(LookupError):
    """The file is not in the index (or its text is gone)."""


class UnsafeFileName(ValueError):
    """The file name could escape the texts folder (`..`, slashes, odd characters)."""


class BadPassageRange(ValueError):
    """Offsets that do not describe a span of the document."""


class DocumentInfo(BaseModel):
    file: str
    title: str
    kind: str
    year: int | None
    published: str | None
    chunks: int
    ingested_at: str


class DocumentList(BaseModel):
    documents: list[DocumentInfo]
    chunks: int
    last_ingest: str | None
    kinds: list[str]
    years: list[int]


class Passage(BaseModel):
    """`text` is the passage with context; `passage_start/end` locate the passage inside it."""

    file: str
    title: str
    start: int
    end: int
    context_start: int
    context_end: int
    document_length: int
    text: str
    passage_start: int
    passage_end: int


class DocumentLibrary:
    """Reads the manifest, catalogue and extracted texts of one index, on every call.

    Reading per call (files are small) means a re-ingest shows up without a restart.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.paths = IndexPaths(settings.resolved_index_dir)

    def documents(self) -> DocumentList:
        manifest = Manifest.load(self.paths.manifest)
        catalogue = load_catalogue(self.settings.catalogue_path)
        documents = [
            _document_info(name, entry.chunks, entry.ingested_at, describe(name, catalogue))
            for name, entry in sorted(manifest.files.items())
        ]
        return DocumentList(
            documents=documents,
            chunks=sum(doc.chunks for doc in documents),
            last_ingest=max((doc.ingested_at for doc in documents), default=None),
            kinds=sorted({doc.kind for doc in documents}),
            years=sorted({doc.year for doc in documents if doc.year is not None}),
        )

    def title(self, file: str) -> str:
        return describe(file, load_catalogue(self.settings.catalogue_path)).title

    def passage(self, file: str, start: int, end: int, context: int = CONTEXT_CHARS) -> Passage:
        text = self.source_text(file)
        if not 0 <= start < end <= len(text):
            raise BadPassageRange(
                f"start and end must satisfy 0 <= start < end <= {len(text)} for {file}"
            )
        left = _word_boundary(text, max(0, start - context), backwards=True)
        right = _word_boundary(text, min(len(text), end + context), backwards=False)
        return Passage(
            file=file,
            title=self.title(file),
            start=start,
            end=end,
            context_start=left,
            context_end=right,
            document_length=len(text),
            text=text[left:right],
            passage_start=start - left,
            passage_end=end - left,
        )

    def source_text(self, file: str) -> str:
        check_file_name(file)
        if file not in Manifest.load(self.paths.manifest).files:
            raise UnknownDocument(f"no ingested document named {file}")
        path = self.paths.text_path(file)
        if not path.is_file():
            raise UnknownDocument(f"the text of {file} is missing; re-run ingest")
        return path.read_text(encoding="utf-8")


def check_file_name(file: str) -> None:
    """Reject names that are not plain file names before they reach a path."""
    if ".." in file or not _SAFE_NAME.match(file):
        raise UnsafeFileName("the file name must be a plain document name without '..' or '/'")


def _document_info(name: str, chunks: int, ingested_at: str, info) -> DocumentInfo:  # noqa: ANN001
    return DocumentInfo(
        file=name,
        title=info.title,
        kind=info.kind,
        year=info.year,
        published=info.published,
        chunks=chunks,
        ingested_at=ingested_at,
    )


def _word_boundary(text: str, position: int, backwards: bool) -> int:
    """Move a context edge to the nearest whitespace (at most 40 chars) to avoid cut words."""
    step = -1 if backwards else 1
    for moved in range(40):
        index = position + step * moved
        if index <= 0 or index >= len(text):
            return max(0, min(index, len(text)))
        if text[index].isspace():
            return index + 1 if backwards else index
    return position
