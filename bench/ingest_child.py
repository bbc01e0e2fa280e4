"""One ingest measurement in its own process: `python -m bench.ingest_child ... --out FILE`.

A separate process per measurement gives each its own peak RSS and keeps the embedder's
warm state from leaking between "cold" and "no-op". The embedder is wrapped to time
`embed_documents`, so cold embedding time is reported apart from everything else
(chunking, Chroma writes, the lexical index), without touching product code.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.settings import Settings, configure_offline_environment

WARM_UP_TEXTS = 8
RAW_BATCH = 32


class TimedEmbedder:
    """The product embedder, with the time spent in `embed_documents` added up."""

    def __init__(self, inner: Any) -> None:  # noqa: ANN401 - SentenceTransformerEmbedder
        self.inner = inner
        self.model_name = inner.model_name  # the embedding cache is keyed by this
        self.dimension = inner.dimension
        self.seconds = 0.0
        self.texts = 0

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        started = time.perf_counter()
        vectors = self.inner.embed_documents(texts)
        self.seconds += time.perf_counter() - started
        self.texts += len(texts)
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    configure_offline_environment()
    settings = Settings(
        data_dir=args.data_dir,
        index_dir=args.index_dir,
        chroma_url=args.chroma_url or None,
        collection=args.collection,
    )
    if args.fresh:
        _reset(settings, args.seed_cache)
    report = measure(settings, load_model=args.fresh or args.raw, raw=args.raw)
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def measure(settings: Settings, load_model: bool, raw: bool) -> dict[str, Any]:
    """Ingest once; with `raw`, embed the same chunk texts without the pipeline just
    before and just after it, so a change in machine load shows instead of skewing."""
    from assistant.vector_store import open_vector_store
    from ingest.pipeline import ingest

    model_seconds, embedder = _load_embedder(settings) if load_model else (0.0, None)
    texts = chunk_texts(settings) if raw else []
    before = raw_throughput(embedder.inner, texts) if raw and embedder else None
    started = time.perf_counter()
    store = open_vector_store(settings)
    open_seconds = time.perf_counter() - started
    lazy = _LazyEmbedder(settings, embedder)
    summary = ingest(settings, store, lazy, progress=False)
    report = _summary(summary, lazy.timed, model_seconds, open_seconds)
    if raw:
        after = raw_throughput(lazy.get().inner, texts)
        report["raw"] = _ceiling(before, after, texts, settings.resolved_index_dir)
    return report


class _LazyEmbedder:
    """The factory `ingest` expects: a no-op run never loads the model."""

    def __init__(self, settings: Settings, timed: TimedEmbedder | None) -> None:
        self.settings = settings
        self.timed = timed

    def __call__(self) -> TimedEmbedder:
        return self.get()

    def get(self) -> TimedEmbedder:
        if self.timed is None:
            self.timed = _load_embedder(self.settings)[1]
        return self.timed


def _load_embedder(settings: Settings) -> tuple[float, TimedEmbedder]:
    """Load and warm the model: the first forward passes pay one-off costs (short and
    full-length batches), so neither the ingest nor the raw run that follows pays them."""
    from assistant.embedding import load_embedder

    started = time.perf_counter()
    inner = load_embedder(settings.embed_model, settings.embed_batch_size)
    inner.embed_documents(["opwarmen"] * WARM_UP_TEXTS)
    inner.embed_documents([" ".join(["opwarmen met een lange zin"] * 60)] * WARM_UP_TEXTS)
    return time.perf_counter() - started, TimedEmbedder(inner)


def _summary(
    summary: Any,  # noqa: ANN401 - ingest.pipeline.IngestSummary
    timed: TimedEmbedder | None,
    model_seconds: float,
    open_seconds: float,
) -> dict[str, Any]:
    embed_seconds = timed.seconds if timed else 0.0
    new_files = len(summary.added) + len(summary.updated)
    return {
        "files": new_files + len(summary.skipped),
        "files_ingested": new_files,
        "files_removed": len(summary.removed),
        "chunks": summary.chunks,
        "embedded": summary.embedded,
        "seconds": round(summary.seconds, 3),
        "embed_seconds": round(embed_seconds, 3),
        "other_seconds": round(summary.seconds - embed_seconds, 3),
        "chunks_per_s": round(summary.chunks / summary.seconds, 2) if new_files else None,
        "model_load_seconds": round(model_seconds, 2),
        "store_open_seconds": round(open_seconds, 2),
        "failed": summary.failed,
    }


def chunk_texts(settings: Settings) -> list[str]:
    """The embedding texts the ingest will produce, by the pipeline's own steps."""
    from ingest.catalogue import describe, load_catalogue
    from ingest.chunking import ChunkSizes, chunk_document
    from ingest.loaders import load_document
    from ingest.pipeline import discover
    from ingest.structure import recover_sections

    catalogue = load_catalogue(settings.catalogue_path)
    sizes = ChunkSizes(settings.chunk_tokens, settings.chunk_min_tokens)
    texts: list[str] = []
    for path in discover([settings.documents_dir]):
        loaded = load_document(path, settings.max_file_mb * 1_000_000)
        sections = recover_sections(loaded.text, loaded.page_offsets)
        chunks = chunk_document(
            path.name, loaded.text, sections, describe(path.name, catalogue), sizes
        )
        texts.extend(chunk.embedding_text for chunk in chunks)
    return texts


def raw_throughput(embedder: Any, texts: Sequence[str]) -> dict[str, Any]:  # noqa: ANN401
    """`embed_documents` on the chunks' embedding texts, batch 32, one call: the ceiling.

    One call with every text lets the embedder order all of them by length and pad
    least; the pipeline, which must store files as it goes, cannot do better.
    """
    embedder.batch_size = RAW_BATCH
    started = time.perf_counter()
    embedder.embed_documents(list(texts))
    seconds = time.perf_counter() - started
    return {
        "chunks": len(texts),
        "seconds": round(seconds, 3),
        "chunks_per_s": round(len(texts) / seconds, 2),
    }


def _ceiling(before: dict | None, after: dict, texts: list[str], index_dir: Path) -> dict:
    """The faster of the two raw runs is the ceiling (the stricter comparison)."""
    from assistant.models import Chunk

    lines = (index_dir / "lexical" / "chunks.jsonl").read_text(encoding="utf-8").splitlines()
    ingested = [Chunk.model_validate_json(line).embedding_text for line in lines if line.strip()]
    runs = [run for run in (before, after) if run]
    best = max(runs, key=lambda run: run["chunks_per_s"])
    return {
        **best,
        "before_ingest": before,
        "after_ingest": after,
        "same_texts_as_ingest": sorted(ingested) == sorted(texts),
    }


def _reset(settings: Settings, seed_cache: str | None) -> None:
    """A fresh index dir (and server collection); optionally a pre-filled embedding cache."""
    shutil.rmtree(settings.resolved_index_dir, ignore_errors=True)
    settings.resolved_index_dir.mkdir(parents=True)
    if settings.chroma_url:
        _drop_collection(settings)
    if seed_cache:
        shutil.copyfile(seed_cache, settings.resolved_index_dir / "embeddings.sqlite")


def _drop_collection(settings: Settings) -> None:
    """Empty the server's collection: ids found there would not be embedded again."""
    from chromadb.errors import NotFoundError

    from assistant.vector_store import open_vector_store

    client = open_vector_store(settings).client
    with contextlib.suppress(NotFoundError):  # nothing to drop
        client.delete_collection(settings.collection)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--index-dir", required=True)
    parser.add_argument("--chroma-url", default="")
    parser.add_argument("--collection", default="benelux_chunks")
    parser.add_argument("--fresh", action="store_true", help="delete the index first (cold)")
    parser.add_argument("--seed-cache", help="embeddings.sqlite to start the cold run from")
    parser.add_argument("--raw", action="store_true", help="also measure raw embedder speed")
    parser.add_argument("--out", required=True)
    return parser


if __name__ == "__main__":
    main()
