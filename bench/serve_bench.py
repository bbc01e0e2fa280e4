"""Ask latency and server memory for one corpus and store, through the REST API.

The server runs in its own process (`benelux-assistant serve`, or the fallback in
`bench.tiny_server`); its RSS, children included, is sampled from start-up to shutdown.
Order: warm-up pass, sequential passes, then 8 concurrent clients.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from bench import layout
from bench.load import Sample, ask_concurrent, ask_sequential, summarize
from bench.procs import RssSampler, background, free_port, wait_ready

READY_TIMEOUT_S = 900


def serve_available() -> bool:
    """Whether the product CLI has `serve` yet (another engineer is writing it)."""
    command = [str(layout.VENV_BIN / "benelux-assistant"), "serve", "--help"]
    try:
        done = subprocess.run(command, capture_output=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def measure_serve(
    scale: int,
    chroma: str,
    chroma_url: str,
    server: str,
    questions: list[dict],
    repeats: int,
    clients: int,
) -> tuple[dict[str, Any], list[Sample]]:
    """Figures for one configuration, and the first sequential pass (for retrieval quality)."""
    port = free_port()
    log = log_path(scale, chroma)
    base = f"http://127.0.0.1:{port}"
    env = _env(scale, chroma, chroma_url)
    with (
        background(_command(server, port), env, log) as process,
        RssSampler(process.pid) as rss,
    ):
        ready_s = wait_ready(f"{base}/api/v1/health", process, READY_TIMEOUT_S, log)
        startup_mb = rss.sample() / 2**20
        first = ask_sequential(base, questions, repeats=1)  # warm-up: caches, lazy imports
        sequential = ask_sequential(base, questions, repeats=repeats)
        concurrent, wall = ask_concurrent(base, questions, clients=clients)
    report = {
        "scale": scale,
        "chroma": chroma,
        "server": server,
        "ready_s": round(ready_s, 1),
        "rss_after_start_mb": round(startup_mb, 1),
        "peak_rss_mb": rss.peak_mb,
        # Each question's first ask: its query embedding is computed, not cached.
        "first_pass": summarize(first),
        "sequential": summarize(sequential),
        "concurrent": {"clients": clients, **summarize(concurrent, wall)},
    }
    return report, sequential[: len(questions)]


def _command(server: str, port: int) -> list[str]:
    if server == "tiny":
        return [sys.executable, "-m", "bench.tiny_server", "--port", str(port)]
    return [
        str(layout.VENV_BIN / "benelux-assistant"),
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]


def _env(scale: int, chroma: str, chroma_url: str) -> dict[str, str]:
    """The corpus and index of this configuration; extractive answers, no keys, no limit."""
    return {
        "ASSISTANT_DATA_DIR": str(layout.data_dir(scale)),
        "ASSISTANT_INDEX_DIR": str(layout.index_dir(scale, chroma)),
        "ASSISTANT_CHROMA_URL": chroma_url if chroma == "server" else "",
        "ASSISTANT_COLLECTION": layout.collection(scale)
        if chroma == "server"
        else "benelux_chunks",
        "ASSISTANT_ANSWER_MODE": "extractive",
        "ASSISTANT_LLM_URL": "",
        "ASSISTANT_API_KEYS": "",
        "ASSISTANT_RATE_LIMIT_PER_MINUTE": "1000000",
    }


def log_path(scale: int, chroma: str) -> Path:
    return layout.CACHE_DIR / "logs" / f"serve-{scale}x-{chroma}.log"
