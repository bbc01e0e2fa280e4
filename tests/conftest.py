"""Shared fixtures: real indexes built once per session from the shipped documents.

The embedder loads once per process (≈ 8 s) and vectors are cached by content hash in
a session folder, so tests that re-ingest pay for embedding only once.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.settings import PROJECT_ROOT, Settings, configure_offline_environment

configure_offline_environment()

DOCUMENTS = PROJECT_ROOT / "data" / "documents"
GOLD = PROJECT_ROOT / "data" / "gold" / "dev.jsonl"
ARTIFACTS = PROJECT_ROOT / "tests" / "artifacts"


@pytest.fixture(scope="session")
def embedder():
    from assistant.embedding import load_embedder

    settings = Settings()
    return load_embedder(settings.embed_model, settings.embed_batch_size)


@pytest.fixture(scope="session")
def vector_cache(tmp_path_factory) -> Path:
    """One embedding cache for every index a test builds."""
    return tmp_path_factory.mktemp("vectors") / "embeddings.sqlite"


def make_settings(data_dir: Path, index_dir: Path, **overrides) -> Settings:
    return Settings(data_dir=data_dir, index_dir=index_dir, **overrides)


def copy_corpus(target: Path) -> Path:
    documents = target / "documents"
    shutil.copytree(DOCUMENTS, documents)
    return documents


def run_ingest(settings: Settings, embedder, vector_cache: Path | None = None, paths=None):
    from assistant.vector_store import open_vector_store
    from ingest.pipeline import ingest

    index = settings.resolved_index_dir
    index.mkdir(parents=True, exist_ok=True)
    fresh = not (index / "embeddings.sqlite").exists()
    if vector_cache is not None and fresh and vector_cache.exists():
        shutil.copy(vector_cache, index / "embeddings.sqlite")
    summary = ingest(settings, open_vector_store(settings), lambda: embedder, paths, progress=False)
    if vector_cache is not None:
        shutil.copy(index / "embeddings.sqlite", vector_cache)
    return summary


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory, embedder, vector_cache) -> Settings:
    """The shipped corpus, ingested once into a session index (read-only for tests)."""
    root = tmp_path_factory.mktemp("corpus")
    copy_corpus(root)
    settings = make_settings(root, root / "index")
    run_ingest(settings, embedder, vector_cache)
    return settings


@pytest.fixture(scope="session")
def corpus_chunks(corpus_settings):
    from assistant.index_paths import IndexPaths
    from assistant.lexical_index import LexicalIndex

    return LexicalIndex.load(IndexPaths(corpus_settings.resolved_index_dir).lexical).chunks


@pytest.fixture(scope="session")
def assistant(corpus_settings):
    from assistant.factory import build_assistant

    return build_assistant(corpus_settings)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ChromaServer:
    """A real `chroma run` on loopback that a test can stop and start again."""

    def __init__(self, path: Path) -> None:
        self.path, self.port, self.process = path, free_port(), None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        import subprocess
        import sys
        import time

        import httpx

        chroma = Path(sys.executable).parent / "chroma"
        self.process = subprocess.Popen(
            [
                str(chroma),
                "run",
                "--path",
                str(self.path),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("chroma server did not start")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


@pytest.fixture
def chroma_server(tmp_path):
    server = ChromaServer(tmp_path / "chroma-server")
    server.start()
    yield server
    server.stop()
