"""A real uvicorn server in a background thread, for tests that speak HTTP to the app.

A thread (not a subprocess) lets the server reuse the session's already-loaded assistant,
which saves the index and embedder load (~10 s) per test module.
"""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import uvicorn

from assistant.settings import Settings


class LiveServer:
    def __init__(self, app, port: int) -> None:  # noqa: ANN001 - ASGI app
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = f"http://127.0.0.1:{port}"

    def start(self, timeout: float = 60) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


def server_settings(corpus: Settings, data_dir: Path, **overrides) -> Settings:
    """The session index with a private data dir (feedback.db) and the corpus catalogue."""
    (data_dir / "documents").mkdir(parents=True, exist_ok=True)
    shutil.copy(corpus.catalogue_path, data_dir / "documents" / "catalogue.yaml")
    return corpus.model_copy(
        update={"data_dir": data_dir, "index_dir": corpus.resolved_index_dir, **overrides}
    )
