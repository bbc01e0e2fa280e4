"""Server mode: ingest into and answer from a real `chroma run` on 127.0.0.1."""

from __future__ import annotations

import shutil

from conftest import DOCUMENTS, make_settings, run_ingest

from assistant.factory import build_assistant
from assistant.vector_store import open_vector_store


def test_ingest_and_ask_against_a_chroma_server(tmp_path, chroma_server, embedder, vector_cache):
    documents = tmp_path / "documents"
    documents.mkdir()
    shutil.copy(DOCUMENTS / "004_93b1f14f67b4112b.txt", documents)
    settings = make_settings(tmp_path, tmp_path / "index", chroma_url=chroma_server.url)

    summary = run_ingest(settings, embedder, vector_cache)

    assert summary.added == ["004_93b1f14f67b4112b.txt"]
    assert not (tmp_path / "index" / "chroma").exists(), "server mode must not write locally"
    store = open_vector_store(settings)
    assert store.count() == summary.chunks > 0
    dense = store.query(embedder.embed_query("waterstof"), 3, filters=_no_filters())
    assert len(dense) == 3
    result = build_assistant(settings).ask("Wat deed de Benelux in 2024 rond waterstof?")
    assert not result.abstained
    assert result.citations[0].file == "004_93b1f14f67b4112b.txt"


def _no_filters():
    from assistant.models import Filters

    return Filters()
