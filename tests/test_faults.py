"""Faults: a Chroma server that goes away, an LLM that fails, an index that cannot be
written, and two ingests at once. Each must end in a clear message and a working system.

The disk tests need root to mount a tmpfs (full disk) or a read-only bind mount; without
that they are skipped. The not-writable case that needs no privilege (the index path runs
through a regular file) always runs.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from conftest import DOCUMENTS, copy_corpus, free_port, make_settings, run_ingest
from live_server import LiveServer, server_settings
from openai_stub_server import StubLLM

QUESTION = "Wat deed de Benelux in 2024 rond waterstof?"
REPORT_2024 = "004_93b1f14f67b4112b.txt"


# --- Chroma server down and back -------------------------------------------------------


def _one_document(root: Path, name: str = REPORT_2024) -> None:
    (root / "documents").mkdir(exist_ok=True)
    shutil.copy(DOCUMENTS / name, root / "documents" / name)
    shutil.copy(DOCUMENTS / "catalogue.yaml", root / "documents" / "catalogue.yaml")


class Hammer:
    """Asks continuously in a thread, so a request is in flight when Chroma goes down."""

    def __init__(self, url: str) -> None:
        self.url, self.statuses, self.bodies = url, [], []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Hammer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=120)

    def _run(self) -> None:
        with httpx.Client(base_url=self.url, timeout=60) as client:
            while not self._stop.is_set():
                response = client.post("/api/v1/ask", json={"question": QUESTION})
                self.statuses.append(response.status_code)
                self.bodies.append(response.text)


def test_chroma_down_is_a_503_and_service_resumes_when_it_returns(
    tmp_path, chroma_server, embedder, vector_cache
):
    from assistant.factory import build_assistant
    from assistant.server import create_app

    _one_document(tmp_path)
    settings = make_settings(
        tmp_path,
        tmp_path / "index",
        chroma_url=chroma_server.url,
        dense_weight=0.3,  # retrieval must ask Chroma for this test to mean anything
        rate_limit_per_minute=0,
    )
    run_ingest(settings, embedder, vector_cache)
    live = LiveServer(create_app(settings, build_assistant(settings)), free_port()).start()
    try:
        with httpx.Client(base_url=live.url, timeout=60) as client, Hammer(live.url) as hammer:
            assert client.post("/api/v1/ask", json={"question": QUESTION}).status_code == 200
            chroma_server.stop()
            down = client.post("/api/v1/ask", json={"question": QUESTION})
            stream = client.post("/api/v1/chat/stream", json={"question": QUESTION})
            health = client.get("/api/v1/health")
            chroma_server.start()  # same port, same path; our server keeps running
            back = client.post("/api/v1/ask", json={"question": QUESTION})
    finally:
        live.stop()
    for response in (down, stream):
        assert response.status_code == 503, response.text
        assert "temporarily unavailable" in response.json()["error"]
        assert int(response.headers["retry-after"]) >= 1
    assert health.status_code == 200, "the health probe does not need Chroma"
    assert back.status_code == 200 and back.json()["citations"], back.text
    assert set(hammer.statuses) <= {200, 503}, set(hammer.statuses)
    assert all("Traceback" not in body for body in hammer.bodies)


# --- LLM endpoint down, slow or returning garbage ---------------------------------------


@pytest.fixture(scope="module")
def llm_server(corpus_settings, assistant, tmp_path_factory) -> Iterator[tuple[str, object]]:
    """The API over an Assistant whose LLM a test can swap; retrieval is the session's."""
    from assistant.server import create_app
    from assistant.service import Assistant

    settings = server_settings(
        corpus_settings, tmp_path_factory.mktemp("llm-data"), rate_limit_per_minute=0
    )
    with_llm = Assistant(settings, assistant.retriever, assistant.extractive, llm=None)
    live = LiveServer(create_app(settings, with_llm), free_port()).start()
    yield live.url, with_llm
    live.stop()


@pytest.mark.parametrize("failure", ["down", "slow", "garbage"])
def test_llm_failure_gives_the_extractive_answer_with_a_notice_over_http(
    llm_server, corpus_settings, failure
):
    from assistant.llm_answerer import LLMAnswerer

    url, with_llm = llm_server
    with StubLLM() as stub:
        endpoint = f"http://127.0.0.1:{free_port()}/v1" if failure == "down" else stub.url
        llm_settings = corpus_settings.model_copy(
            update={"llm_url": endpoint, "llm_model": failure, "llm_timeout_s": 2.0}
        )
        with_llm.llm = LLMAnswerer(llm_settings)
        started = time.monotonic()
        response = httpx.post(f"{url}/api/v1/ask", json={"question": QUESTION}, timeout=60)
        elapsed = time.monotonic() - started
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["notice"] and "bronnen" in result["notice"], result.get("notice")
    assert result["citations"] and "[1]" in result["answer"]
    assert elapsed < 30, "the LLM timeout bounds the wait"


# --- index not writable: read-only, full disk, path through a file ---------------------


def _mount(*args: str) -> bool:
    if os.geteuid() != 0:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


@contextmanager
def mounted(*args: str, target: Path, reason: str) -> Iterator[None]:
    target.mkdir(parents=True, exist_ok=True)
    if not _mount(*args, str(target)):
        pytest.skip(f"cannot mount ({reason}): needs root with CAP_SYS_ADMIN")
    try:
        yield
    finally:
        _umount(target)


def snapshot(index: Path) -> dict[str, str]:
    """Content hashes of what retrieval reads: manifest, lexical index and texts."""
    files = [index / "manifest.json", *(index / "lexical").rglob("*"), *(index / "texts").glob("*")]
    return {
        str(path.relative_to(index)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in files
        if path.is_file()
    }


def _fill(directory: Path) -> Path:
    filler = directory / "filler"
    with filler.open("wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError:
            pass
    return filler


def test_disk_full_during_ingest_is_reported_and_the_old_index_kept(
    tmp_path, embedder, vector_cache
):
    from assistant.factory import build_assistant
    from assistant.vector_store import open_vector_store
    from ingest.pipeline import IndexNotWritable, ingest

    _one_document(tmp_path)
    index = tmp_path / "index"
    with mounted("-t", "tmpfs", "-o", "size=16m", "tmpfs", target=index, reason="tmpfs"):
        settings = make_settings(tmp_path, index)
        assert run_ingest(settings, embedder, vector_cache).added == [REPORT_2024]
        before = snapshot(index)
        filler = _fill(index)
        shutil.copy(DOCUMENTS / "001_d2ddd7b07eceb66e.txt", tmp_path / "documents")

        with pytest.raises(IndexNotWritable, match="disk full") as failure:
            ingest(settings, open_vector_store(settings), lambda: embedder, progress=False)

        assert "previous index is unchanged" in str(failure.value)
        assert snapshot(index) == before
        result = build_assistant(settings).ask(QUESTION)
        assert result.citations and result.citations[0].file == REPORT_2024
        filler.unlink()
        retry = ingest(settings, open_vector_store(settings), lambda: embedder, progress=False)
        assert retry.added == ["001_d2ddd7b07eceb66e.txt"], retry


def _cli_ingest(data_dir: Path, index_dir: Path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "ASSISTANT_DATA_DIR": str(data_dir),
        "ASSISTANT_INDEX_DIR": str(index_dir),
    }
    return subprocess.run(
        [sys.executable, "-m", "assistant", "ingest", "--quiet"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _assert_clean_failure(done: subprocess.CompletedProcess, words: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr[-2000:])
    assert "error:" in done.stderr and words in done.stderr, done.stderr[-2000:]
    assert "Traceback" not in done.stderr


def test_read_only_index_is_reported_by_the_cli_and_left_as_it_was(tmp_path, corpus_settings):
    source = tmp_path / "index-source"
    shutil.copytree(corpus_settings.resolved_index_dir, source)
    read_only = tmp_path / "index"
    (tmp_path / "documents").mkdir()
    shutil.copy(DOCUMENTS / "catalogue.yaml", tmp_path / "documents")
    changed = (DOCUMENTS / REPORT_2024).read_text(encoding="utf-8") + "\nNieuwe alinea.\n"
    (tmp_path / "documents" / REPORT_2024).write_text(changed, encoding="utf-8")
    with mounted("--bind", str(source), target=read_only, reason="bind"):
        if not _mount("-o", "remount,bind,ro", str(read_only)):
            pytest.skip("cannot remount read-only")
        before = snapshot(read_only)
        done = _cli_ingest(tmp_path, read_only)
        after = snapshot(read_only)
    _assert_clean_failure(done, "not writable")
    assert "previous index is unchanged" in done.stderr
    assert after == before


def test_index_path_through_a_regular_file_is_reported(tmp_path):
    _one_document(tmp_path)
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where a folder should be\n")
    _assert_clean_failure(_cli_ingest(tmp_path, blocker / "index"), "not writable")


# --- two ingests at once ---------------------------------------------------------------


def _lock_held(lock: Path) -> bool:
    """Whether any process holds a lock on `lock`, read from /proc/locks (no own attempt,
    which would itself take the lock for a moment)."""
    if not lock.exists():
        return False
    inode = str(lock.stat().st_ino)
    lines = Path("/proc/locks").read_text().splitlines()
    return any(line.split()[5].rsplit(":", 1)[-1] == inode for line in lines if "->" not in line)


def test_second_ingest_is_refused_while_the_first_runs(tmp_path):
    copy_corpus(tmp_path)  # no vector cache: the first ingest embeds for a while
    index = tmp_path / "index"
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path), "ASSISTANT_INDEX_DIR": str(index)}
    first = subprocess.Popen(
        [sys.executable, "-m", "assistant", "ingest", "--quiet"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 180
        while not _lock_held(index / "ingest.lock"):
            assert first.poll() is None, "the first ingest ended before taking the lock"
            assert time.monotonic() < deadline, "the first ingest never took the lock"
            time.sleep(0.2)
        second = _cli_ingest(tmp_path, index)
        assert first.poll() is None, "the runs must overlap for the test to mean anything"
    finally:
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=60)
    _assert_clean_failure(second, "another ingest is running")


def test_a_chroma_server_that_hangs_up_mid_handshake_is_unavailable_not_an_error(tmp_path):
    """A server killed while the client connects accepts the connection and closes it;
    chromadb re-raises httpx's 'Server disconnected' as a ValueError, which must still mean
    "unavailable" (a 503), not a failure of ours (a 500)."""
    import socket

    from assistant.vector_store import StoreUnavailable, open_vector_store

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def hang_up() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            connection.close()

    threading.Thread(target=hang_up, daemon=True).start()
    try:
        settings = make_settings(
            tmp_path, tmp_path / "index", chroma_url=f"http://127.0.0.1:{port}"
        )
        with pytest.raises(StoreUnavailable):
            open_vector_store(settings).count()
    finally:
        listener.close()
