"""Ingestion over the real corpus: metadata, pages, incremental runs and bad input."""

from __future__ import annotations

import shutil
import time

import pytest
from conftest import copy_corpus, make_settings, run_ingest

from assistant.index_paths import IndexPaths
from assistant.lexical_index import LexicalIndex
from assistant.vector_store import open_vector_store
from ingest.manifest import Manifest

TOC_DOCUMENTS = ("000_", "002_", "003_", "004_")


def _chunk_with(chunks, file_prefix: str, phrase: str):
    matches = [c for c in chunks if c.file.startswith(file_prefix) and phrase in c.text]
    assert matches, f"no chunk of {file_prefix} contains {phrase!r}"
    return matches[0]


def test_almost_every_chunk_has_a_section(corpus_chunks):
    with_section = sum(1 for c in corpus_chunks if c.section.strip())
    assert with_section / len(corpus_chunks) >= 0.97


def test_every_chunk_of_documents_with_a_toc_has_toc_pages(corpus_chunks):
    for chunk in corpus_chunks:
        if chunk.file.startswith(TOC_DOCUMENTS):
            assert chunk.page_source == "toc", chunk.id
            assert chunk.page_start is not None and chunk.page_end >= chunk.page_start


@pytest.mark.parametrize(
    ("prefix", "phrase", "section", "page"),
    [
        ("004_", "waterstof", "Waterstof", 26),
        ("000_", "Velo-city 2024", "DUURZAAM TRANSPORT", 18),
        ("003_", "350 VWEU", "INLEIDING", 4),
        ("002_", "Dublinprocedure", "ASIEL EN MIGRATIE", 26),
    ],
)
def test_known_passages_carry_section_and_page(corpus_chunks, prefix, phrase, section, page):
    chunks = [c for c in corpus_chunks if c.file.startswith(prefix) and phrase in c.text]
    assert chunks, phrase
    assert any(section.lower() in c.section.lower() and c.page_start == page for c in chunks), [
        (c.section, c.page_start) for c in chunks
    ]


def test_chunk_spans_point_at_the_original_passage(corpus_settings, corpus_chunks):
    texts = IndexPaths(corpus_settings.resolved_index_dir)
    for chunk in corpus_chunks[::25]:
        original = texts.text_path(chunk.file).read_text(encoding="utf-8")
        span = original[chunk.char_start : chunk.char_end]
        first, last = chunk.text.split()[0], chunk.text.split()[-1]
        assert first[:4] in span[:40], (chunk.id, span[:60], first)
        assert last[-3:] in span[-40:], (chunk.id, span[-60:], last)


def test_chroma_and_lexical_index_hold_the_same_chunks(corpus_settings, corpus_chunks):
    store = open_vector_store(corpus_settings)
    assert store.count() == len(corpus_chunks)
    assert {c.id for c in store.all_chunks()} == {c.id for c in corpus_chunks}


def test_second_ingest_of_unchanged_documents_embeds_nothing(corpus_settings, embedder):
    started = time.perf_counter()
    summary = run_ingest(corpus_settings, embedder)
    assert summary.embedded == 0
    assert len(summary.skipped) == 5 and not (summary.added or summary.updated)
    assert time.perf_counter() - started < 30  # generous here; bench/ records the real figure


def test_changed_file_is_replaced_and_deleted_file_removed(tmp_path, embedder, vector_cache):
    documents = copy_corpus(tmp_path)
    settings = make_settings(tmp_path, tmp_path / "index")
    run_ingest(settings, embedder, vector_cache)
    target = documents / "003_3c9be9ba5f64d8e1.txt"
    target.write_text(target.read_text() + "\n\nSLOTWOORD\n\nDe zeehaven van Zeebrugge-Oostende.\n")
    (documents / "001_d2ddd7b07eceb66e.txt").unlink()

    summary = run_ingest(settings, embedder, vector_cache)

    assert summary.updated == ["003_3c9be9ba5f64d8e1.txt"]
    assert summary.removed == ["001_d2ddd7b07eceb66e.txt"]
    assert 0 < summary.embedded < 10  # only the changed chunks
    chunks = LexicalIndex.load(IndexPaths(settings.resolved_index_dir).lexical).chunks
    assert not any(c.file.startswith("001_") for c in chunks)
    assert any("Zeebrugge-Oostende" in c.text for c in chunks)
    ids = [c.id for c in open_vector_store(settings).all_chunks()]
    assert len(ids) == len(set(ids)) == len(chunks)


def test_bad_files_are_skipped_and_nothing_indexed_is_lost(tmp_path, embedder, vector_cache):
    documents = copy_corpus(tmp_path)
    settings = make_settings(tmp_path, tmp_path / "index", max_file_mb=1)
    run_ingest(settings, embedder, vector_cache)
    before = Manifest.load(IndexPaths(settings.resolved_index_dir).manifest).files
    (documents / "leeg.txt").write_bytes(b"")
    (documents / "binair.txt").write_bytes(bytes(range(256)) * 64)
    (documents / "kapot.pdf").write_bytes(b"%PDF-1.7\nthis is not a pdf")
    (documents / "nul.pdf").write_bytes(b"")
    (documents / "groot.txt").write_text("Benelux samenwerking. " * 100_000)
    (documents / "oud.txt").write_bytes("Coördinatie van de zeehavens – één plan.".encode("cp1252"))

    summary = run_ingest(settings, embedder, vector_cache)

    assert set(summary.failed) == {"leeg.txt", "binair.txt", "kapot.pdf", "nul.pdf", "groot.txt"}
    assert summary.added == ["oud.txt"] and "cp1252" in summary.warnings["oud.txt"]
    after = Manifest.load(IndexPaths(settings.resolved_index_dir).manifest).files
    assert {name: e.content_hash for name, e in before.items()}.items() <= {
        name: e.content_hash for name, e in after.items()
    }.items()


def test_pdf_pages_come_from_the_pdf(tmp_path, embedder):
    from test_loaders import make_pdf

    documents = tmp_path / "documents"
    documents.mkdir()
    make_pdf(
        documents / "nota.pdf",
        [
            "1. INLEIDING\nDe Benelux Unie werkt samen.",
            "2. WATERSTOF\nHet waterstofnetwerk verbindt de havens van de drie landen.",
            "3. FIETS\nHet fietsbeleid wordt versterkt met nieuwe fietssnelwegen.",
        ],
    )
    settings = make_settings(tmp_path, tmp_path / "index")
    run_ingest(settings, embedder)
    chunks = LexicalIndex.load(IndexPaths(settings.resolved_index_dir).lexical).chunks
    hydrogen = _chunk_with(chunks, "nota", "waterstofnetwerk")
    assert (hydrogen.page_start, hydrogen.page_source) == (2, "pdf")


def test_a_second_ingest_at_the_same_time_is_refused(tmp_path, embedder):
    import fcntl

    from ingest.pipeline import IngestBusy

    settings = make_settings(tmp_path, tmp_path / "index")
    lock = IndexPaths(settings.resolved_index_dir).lock
    lock.parent.mkdir(parents=True)
    with lock.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        with pytest.raises(IngestBusy, match="another ingest"):
            run_ingest(settings, embedder)
    shutil.rmtree(tmp_path / "index")


def test_a_new_pipeline_version_rechunks_and_both_indexes_follow(
    tmp_path, embedder, vector_cache, monkeypatch
):
    """Bug: re-chunked files with unchanged bytes left the lexical index on the old ids."""
    import ingest.pipeline

    copy_corpus(tmp_path)
    settings = make_settings(tmp_path, tmp_path / "index")
    run_ingest(settings, embedder, vector_cache)
    monkeypatch.setattr(ingest.pipeline, "PIPELINE_VERSION", "test-bump")
    bigger = settings.model_copy(update={"chunk_tokens": 200})

    summary = run_ingest(bigger, embedder, vector_cache)

    assert len(summary.updated) == 5
    lexical = LexicalIndex.load(IndexPaths(settings.resolved_index_dir).lexical).chunks
    stored = open_vector_store(settings).all_chunks()
    assert {c.id for c in lexical} == {c.id for c in stored}


def test_another_embedding_model_re_embeds_every_chunk(tmp_path):
    """Chunk ids do not name the model: a model switch must not keep the old vectors."""
    import numpy as np

    from assistant.embedding import E5_MODEL, MINILM_MODEL, load_embedder

    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "nota.txt").write_text(
        "1. WATERSTOF\nHet waterstofnetwerk verbindt de havens van de drie landen.\n\n"
        "2. FIETS\nHet fietsbeleid wordt versterkt met nieuwe fietssnelwegen.\n",
        encoding="utf-8",
    )
    minilm = make_settings(tmp_path, tmp_path / "index", embed_model=MINILM_MODEL)
    run_ingest(minilm, load_embedder(MINILM_MODEL))
    e5_settings = minilm.model_copy(update={"embed_model": E5_MODEL})
    e5 = load_embedder(E5_MODEL)

    summary = run_ingest(e5_settings, e5)

    chunks = open_vector_store(e5_settings).all_chunks()
    assert summary.updated == ["nota.txt"] and summary.embedded == len(chunks) > 0
    stored = open_vector_store(e5_settings).collection.get(
        ids=[c.id for c in chunks], include=["embeddings"]
    )
    by_id = dict(zip(stored["ids"], stored["embeddings"], strict=True))
    expected = e5.embed_documents([c.embedding_text for c in chunks])
    for chunk, vector in zip(chunks, expected, strict=True):
        assert np.allclose(by_id[chunk.id], vector, atol=1e-5)
    assert run_ingest(e5_settings, e5).embedded == 0


class _CountingEmbedder:
    """Deterministic vectors, every `embed_documents` call recorded."""

    dimension = 8
    model_name = "counting-test-embedder"

    def __init__(self) -> None:
        self.calls: list[int] = []

    def embed_documents(self, texts):
        self.calls.append(len(texts))
        return [[float((hash(t) >> s) % 7) + 1.0 for s in range(8)] for t in texts]

    def embed_query(self, text):
        return self.embed_documents([text])[0]


def test_new_chunks_of_several_files_are_embedded_together(tmp_path, monkeypatch):
    import ingest.pipeline

    copy_corpus(tmp_path)
    settings = make_settings(tmp_path, tmp_path / "index")
    counting = _CountingEmbedder()
    monkeypatch.setattr(ingest.pipeline, "EMBED_GROUP_CHUNKS", 300)

    summary = run_ingest(settings, counting)

    manifest = Manifest.load(IndexPaths(settings.resolved_index_dir).manifest).files
    assert len(summary.added) == 5 and sum(counting.calls) == summary.embedded
    assert len(counting.calls) < 5  # files grouped, not one call per file
    assert all(calls >= 300 for calls in counting.calls[:-1])
    ids = {c.id for c in open_vector_store(settings).all_chunks()}
    lexical = LexicalIndex.load(IndexPaths(settings.resolved_index_dir).lexical).chunks
    assert len(ids) == sum(entry.chunks for entry in manifest.values())
    assert ids == {c.id for c in lexical}


def test_a_no_op_ingest_reads_no_chroma_chunks_chunks_nothing_and_keeps_the_lexical_index(
    corpus_settings, embedder, monkeypatch
):
    import ingest.pipeline
    from assistant.vector_store import ChromaVectorStore

    def forbidden(*args, **kwargs):
        raise AssertionError("a no-op ingest must not do this")

    monkeypatch.setattr(ingest.pipeline, "load_catalogue", forbidden)
    monkeypatch.setattr(ingest.pipeline, "chunk_document", forbidden)
    monkeypatch.setattr(ingest.pipeline.LexicalIndex, "build", forbidden)
    monkeypatch.setattr(ChromaVectorStore, "all_chunks", forbidden)
    monkeypatch.setattr(ChromaVectorStore, "existing_ids", forbidden)
    lexical = IndexPaths(corpus_settings.resolved_index_dir).lexical / "chunks.jsonl"
    modified = lexical.stat().st_mtime_ns

    summary = run_ingest(corpus_settings, embedder)

    assert len(summary.skipped) == 5 and summary.embedded == 0
    assert lexical.stat().st_mtime_ns == modified
