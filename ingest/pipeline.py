"""Incremental, crash-safe ingestion into Chroma and the lexical index.

Changed files are loaded and chunked, and the new chunks of a group of files are embedded
in one call (vectors go to the embedding cache). Then, per file: vectors upserted (ids
derive from content, so re-runs never duplicate), stale vectors of that file deleted,
extracted text stored, manifest updated. The lexical index is rebuilt from Chroma at the
end and swapped in whole; a run that changed nothing touches neither Chroma nor it.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import logging
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
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
from ingest.catalogue import DocumentInfo, describe, load_catalogue
from ingest.chunking import ChunkSizes, chunk_document
from ingest.loaders import SUPPORTED_SUFFIXES, LoadError, load_document
from ingest.manifest import FileEntry, Manifest
from ingest.structure import recover_sections

log = logging.getLogger(__name__)

# Bump when cleaning, structure recovery, chunking or the lexical analyzer changes what a
# file turns into: every file is then re-chunked and the lexical index rebuilt (unchanged
# passages keep their cached vectors). 4: Dutch participles without 'ge-'.
PIPELINE_VERSION = "6"
# New chunks embedded per call, across files: enough for the embedder to order them by
# length and pad little (1x: 144k padded token slots, 151k file by file, 142k in one call),
# few enough that a killed run loses at most one group's embedding (~15 s on 2 CPUs).
EMBED_GROUP_CHUNKS = 256


class IngestBusy(RuntimeError):
    """Another ingest holds the lock on this index."""


class IndexNotWritable(RuntimeError):
    """The index directory cannot be written: read-only, full disk, no permission.

    Every write of the index is atomic (temporary file or folder, then rename), so the
    index as it was before the failed run is still complete and usable.
    """


_DISK_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
_NOT_WRITABLE = (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOTDIR, errno.EEXIST)
# sqlite (the embedding cache, embedded Chroma) reports these as text, not errno.
_DISK_FULL_TEXT = ("disk is full", "no space left")
_NOT_WRITABLE_TEXT = ("readonly database", "read-only file system", "unable to open database")


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
    try:
        with _exclusive(index.lock):
            summary = _Run(settings, index, store, embedder, progress).run(paths)
    except IngestBusy:
        raise
    except Exception as exc:
        error = not_writable(exc, index.root)
        if error is None:
            raise
        _discard_partial_writes(index)
        raise error from exc
    summary.seconds = time.perf_counter() - started
    return summary


def not_writable(exc: BaseException, root: Path) -> IndexNotWritable | None:
    """`IndexNotWritable` with the reason when `exc` (or its cause) is a storage failure."""
    reason = _storage_reason(exc)
    if reason is None:
        return None
    return IndexNotWritable(
        f"cannot write the index in {root}: {reason}; any previous index is unchanged "
        "and still used (free space or fix permissions, then run ingest again)"
    )


def _storage_reason(exc: BaseException | None) -> str | None:
    seen = 0
    while exc is not None and seen < 10:
        code = exc.errno if isinstance(exc, OSError) else None
        text = str(exc).lower()
        if code in _DISK_FULL or any(marker in text for marker in _DISK_FULL_TEXT):
            return "disk full"
        if code in _NOT_WRITABLE or any(marker in text for marker in _NOT_WRITABLE_TEXT):
            return f"not writable ({exc.strerror if isinstance(exc, OSError) else text})"
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return None


def _discard_partial_writes(index: IndexPaths) -> None:
    """Best effort: temporary files of the failed run only take space the rerun needs."""
    with suppress(OSError):
        for path in [index.manifest.with_suffix(".tmp"), *index.texts.glob("*.tmp")]:
            path.unlink(missing_ok=True)
    shutil.rmtree(index.lexical.with_name(index.lexical.name + ".staging"), ignore_errors=True)


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


@dataclass
class _Prepared:
    """A changed file, loaded and chunked, waiting for the vectors of its new chunks."""

    path: Path
    content_hash: str
    previous: FileEntry | None
    text: str
    warning: str | None
    chunks: list[Chunk]
    new: list[Chunk]


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
        self._catalogue: dict[str, DocumentInfo] | None = None
        self.summary = IngestSummary()
        self.cache: EmbeddingCache | None = None
        self.sizes = ChunkSizes(settings.chunk_tokens, settings.chunk_min_tokens)

    @property
    def catalogue(self) -> dict[str, DocumentInfo]:
        """Read when the first changed file needs it: a no-op run never parses it."""
        if self._catalogue is None:
            self._catalogue = load_catalogue(self.settings.catalogue_path)
        return self._catalogue

    def run(self, paths: list[Path] | None) -> IngestSummary:
        files = discover(paths or [self.settings.documents_dir])
        waiting: list[_Prepared] = []
        for path in tqdm(files, desc="ingest", unit="file", disable=not self.progress):
            prepared = self._prepare(path)
            if prepared is None:
                continue
            waiting.append(prepared)
            if sum(len(p.new) for p in waiting) >= EMBED_GROUP_CHUNKS:
                self._index_group(waiting)
                waiting = []
        self._index_group(waiting)
        if not paths:
            self._remove_missing({p.name for p in files})
        self._refresh_lexical()
        self.summary.chunks = sum(entry.chunks for entry in self.manifest.files.values())
        if self.cache:
            self.cache.close()
        return self.summary

    def _prepare(self, path: Path) -> _Prepared | None:
        """Skip an unchanged file; else load and chunk it and find its chunks not stored yet."""
        name = path.name
        try:
            content_hash = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as exc:
            self._fail(name, f"cannot read: {exc}")
            return None
        previous = self.manifest.files.get(name)
        if (
            previous
            and previous.content_hash == content_hash
            and previous.pipeline == self.pipeline
        ):
            self.summary.skipped.append(name)
            return None
        try:
            loaded = load_document(path, self.settings.max_file_mb * 1_000_000)
        except LoadError as exc:
            self._fail(name, str(exc))
            return None
        chunks = self._chunk(name, loaded.text, loaded.page_offsets)
        new = self._to_embed(chunks, previous)
        return _Prepared(path, content_hash, previous, loaded.text, loaded.warning, chunks, new)

    def _to_embed(self, chunks: list[Chunk], previous: FileEntry | None) -> list[Chunk]:
        """The chunks without a vector of the current pipeline.

        Chunk ids do not name the embedding model: after a change of pipeline (another
        ASSISTANT_EMBED_MODEL) every chunk of the file is embedded again; the embedding
        cache, keyed by model, makes that cheap for a pipeline change that keeps the model.
        """
        if previous is not None and previous.pipeline != self.pipeline:
            return chunks
        present = self.store.existing_ids([c.id for c in chunks])
        return [c for c in chunks if c.id not in present]

    def _index_group(self, group: list[_Prepared]) -> None:
        """Embed the new chunks of several files in one call, then store file by file.

        One large call lets the embedder order all texts by length, so batches pad
        least (bench/README.md). Each file is still finished on its own, manifest last: a
        killed run redoes only the files of the group in progress, and their vectors
        already computed come from the embedding cache.
        """
        new = [chunk for prepared in group for chunk in prepared.new]
        if not new:
            vectors: list[list[float]] = []
        else:
            vectors = self._embed(new)
        position = 0
        for prepared in group:
            count = len(prepared.new)
            if count:
                self.store.upsert(prepared.new, vectors[position : position + count])
            position += count
            self._finish_file(prepared)

    def _finish_file(self, prepared: _Prepared) -> None:
        name, chunks = prepared.path.name, prepared.chunks
        self.store.delete_file(name, keep_ids=[c.id for c in chunks])
        self.index.store_text(name, prepared.text)
        self.manifest.files[name] = FileEntry(
            content_hash=prepared.content_hash,
            chunks=len(chunks),
            chunk_ids_hash=hashlib.sha256("|".join(c.id for c in chunks).encode()).hexdigest(),
            pipeline=self.pipeline,
            source=str(prepared.path.resolve()),
            ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
            warning=prepared.warning,
        )
        self.manifest.save(self.index.manifest)
        (self.summary.updated if prepared.previous else self.summary.added).append(name)
        if prepared.warning:
            self.summary.warnings[name] = prepared.warning

    def _chunk(self, name: str, text: str, page_offsets: list[int] | None) -> list[Chunk]:
        sections = recover_sections(text, page_offsets)
        return chunk_document(name, text, sections, describe(name, self.catalogue), self.sizes)

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
