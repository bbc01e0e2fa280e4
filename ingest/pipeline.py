"""Incremental, crash-safe ingestion into Chroma and the lexical index.

Order of writes per file: vectors upserted (ids derive from content, so re-runs never
duplicate), stale vectors of that file deleted, extracted text stored, manifest updated.
The lexical index is rebuilt from Chroma at the end and swapped in whole.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from tqdm import tqdm

from assistant.embedding_cache import EmbeddingCache
from assistant.index_paths import IndexPaths
from assistant.lexical_index import LexicalIndex
from assistant.models import Chunk
from assistant.protocols import Embedder, VectorStore
from assistant.settings import Settings
from ingest.catalogue import describe, load_catalogue
from ingest.chunking import ChunkSizes, chunk_document
from ingest.loaders import SUPPORTED_SUFFIXES, LoadError, load_document
from ingest.manifest import FileEntry, Manifest
from ingest.structure import recover_sections

log = logging.getLogger(__name__)

# Bump when cleaning, structure recovery or chunking changes what a file turns into:
# every file is then re-chunked (unchanged passages keep their cached vectors).
PIPELINE_VERSION = "3"


class IngestBusy(RuntimeError):
    """Another ingest holds the lock on this index."""


@dataclass
class IngestSummary:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)
    chunks: int = 0
    embedded: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"added {len(self.added)}, updated {len(self.updated)}, removed {len(self.removed)}, "
            f"skipped {len(self.skipped)}, failed {len(self.failed)}, chunks {self.chunks}, "
            f"embedded {self.embedded}, {self.seconds:.1f} s"
        )


def ingest(
    settings: Settings,
    store: VectorStore,
    embedder: Callable[[], Embedder],
    paths: list[Path] | None = None,
    progress: bool = True,
) -> IngestSummary:
    """Bring the indexes in line with `paths` (default: every file in data/documents).

    With explicit paths only those files are touched; a full run also removes files
    that disappeared from the documents folder.
    """
    index = IndexPaths(settings.resolved_index_dir)
    started = time.perf_counter()
    with _exclusive(index.lock):
        summary = _Run(settings, index, store, embedder, progress).run(paths)
    summary.seconds = time.perf_counter() - started
    return summary


def discover(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*")) if p.suffix.lower() in SUPPORTED_SUFFIXES
            )
        else:
            found.append(path)
    return found


class _Run:
    def __init__(
        self,
        settings: Settings,
        index: IndexPaths,
        store: VectorStore,
        embedder: Callable[[], Embedder],
        progress: bool,
    ) -> None:
        self.settings, self.index, self.store = settings, index, store
        self.embedder_factory = embedder
        self.progress = progress
        self.manifest = Manifest.load(index.manifest)
        self.pipeline = _pipeline_signature(settings)
        self.catalogue = load_catalogue(settings.catalogue_path)
        self.summary = IngestSummary()
        self.cache: EmbeddingCache | None = None
        self.sizes = ChunkSizes(settings.chunk_tokens, settings.chunk_min_tokens)

    def run(self, paths: list[Path] | None) -> IngestSummary:
        files = discover(paths or [self.settings.documents_dir])
        for path in tqdm(files, desc="ingest", unit="file", disable=not self.progress):
            self._ingest_file(path)
        if not paths:
            self._remove_missing({p.name for p in files})
            self.manifest.pipeline = self.pipeline
            self.manifest.save(self.index.manifest)
        self._refresh_lexical()
        self.summary.chunks = sum(entry.chunks for entry in self.manifest.files.values())
        if self.cache:
            self.cache.close()
        return self.summary

    def _ingest_file(self, path: Path) -> None:
        name = path.name
        try:
            content_hash = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as exc:
            self._fail(name, f"cannot read: {exc}")
            return
        previous = self.manifest.files.get(name)
        current = self.manifest.pipeline == self.pipeline
        if previous and previous.content_hash == content_hash and current:
            self.summary.skipped.append(name)
            return
        try:
            loaded = load_document(path, self.settings.max_file_mb * 1_000_000)
        except LoadError as exc:
            self._fail(name, str(exc))
            return
        chunks = self._chunk(name, loaded.text, loaded.page_offsets)
        self._index_chunks(name, chunks)
        self.index.store_text(name, loaded.text)
        self.manifest.files[name] = FileEntry(
            content_hash=content_hash,
            chunks=len(chunks),
            chunk_ids_hash=hashlib.sha256("|".join(c.id for c in chunks).encode()).hexdigest(),
            source=str(path.resolve()),
            ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
            warning=loaded.warning,
        )
        self.manifest.save(self.index.manifest)
        (self.summary.updated if previous else self.summary.added).append(name)
        if loaded.warning:
            self.summary.warnings[name] = loaded.warning

    def _chunk(self, name: str, text: str, page_offsets: list[int] | None) -> list[Chunk]:
        sections = recover_sections(text, page_offsets)
        return chunk_document(name, text, sections, describe(name, self.catalogue), self.sizes)

    def _index_chunks(self, name: str, chunks: list[Chunk]) -> None:
        ids = [c.id for c in chunks]
        present = self.store.existing_ids(ids)
        new = [c for c in chunks if c.id not in present]
        if new:
            vectors = self._embed(new)
            self.store.upsert(new, vectors)
        self.store.delete_file(name, keep_ids=ids)

    def _embed(self, chunks: list[Chunk]) -> list[list[float]]:
        embedder = self.embedder_factory()
        if self.cache is None:
            model = getattr(embedder, "model_name", type(embedder).__name__)
            self.cache = EmbeddingCache(self.index.embedding_cache, model)
        hashes = [c.content_hash for c in chunks]
        texts = [c.embedding_text for c in chunks]
        before = self.summary.embedded

        def compute(batch: list[str]) -> list[list[float]]:
            self.summary.embedded += len(batch)
            return embedder.embed_documents(batch)

        vectors = self.cache.embed(hashes, texts, compute)
        log.debug("embedded %d new chunks", self.summary.embedded - before)
        return vectors

    def _remove_missing(self, present: set[str]) -> None:
        for name in sorted(set(self.manifest.files) - present):
            self.store.delete_file(name)
            self.index.remove_text(name)
            del self.manifest.files[name]
            self.manifest.save(self.index.manifest)
            self.summary.removed.append(name)

    def _refresh_lexical(self) -> None:
        stamp = self.manifest.stamp()
        if self.manifest.lexical_stamp == stamp and self.index.lexical.exists():
            return
        LexicalIndex.build(self.store.all_chunks()).save(self.index.lexical)
        self.manifest.lexical_stamp = stamp
        self.manifest.save(self.index.manifest)

    def _fail(self, name: str, message: str) -> None:
        log.warning("skipped %s: %s", name, message)
        self.summary.failed[name] = message


def _pipeline_signature(settings: Settings) -> str:
    sizes = f"{settings.chunk_tokens}/{settings.chunk_min_tokens}"
    return f"{PIPELINE_VERSION}|{sizes}|{settings.embed_model or 'packaged'}"


@contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """One ingest per index at a time; a second one is refused with a message."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise IngestBusy(
                f"another ingest is running on {lock_path.parent}; try again later"
            ) from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
