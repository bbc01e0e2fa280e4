"""Child processes of the benchmark: measurement children, servers, memory sampling.

Every process started here is stopped here, by its own pid, when its block ends.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import psutil

from assistant.settings import PROJECT_ROOT
from bench.layout import CACHE_DIR, VENV_BIN


class ChildFailed(RuntimeError):
    """A measurement child exited with an error; its stderr tail is in the message."""


def exit_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit so `finally` blocks stop the servers started here."""
    import signal

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run_child(module: str, args: list[str], env: Mapping[str, str] | None = None) -> dict:
    """`python -m module args --out FILE`; returns the JSON it wrote plus its wall time."""
    with tempfile.TemporaryDirectory(dir=_scratch()) as tmp:
        out = Path(tmp) / "out.json"
        command = [sys.executable, "-m", module, *args, "--out", str(out)]
        started = time.perf_counter()
        done = subprocess.run(
            command, cwd=PROJECT_ROOT, env=_env(env), capture_output=True, text=True
        )
        wall = time.perf_counter() - started
        if done.returncode != 0:
            raise ChildFailed(f"{module} failed ({done.returncode}): {done.stderr[-3000:]}")
        report = json.loads(out.read_text(encoding="utf-8"))
    report["process_seconds"] = round(wall, 2)
    return report


class RssSampler:
    """Peak resident memory of a process and its children, sampled in a thread."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.process = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_mb(self) -> float:
        return round(self.peak / 2**20, 1)

    def sample(self) -> int:
        try:
            family = [self.process, *self.process.children(recursive=True)]
            rss = sum(p.memory_info().rss for p in family if p.is_running())
        except psutil.Error:
            return self.peak
        self.peak = max(self.peak, rss)
        return rss

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()


@contextmanager
def background(
    command: list[str], env: Mapping[str, str] | None, log: Path
) -> Iterator[subprocess.Popen]:
    """A server process for the duration of the block; terminated (then killed) by pid."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w") as out:
        process = subprocess.Popen(
            command, cwd=PROJECT_ROOT, env=_env(env), stdout=out, stderr=subprocess.STDOUT
        )
        try:
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def wait_ready(url: str, process: subprocess.Popen, timeout: float, log: Path) -> float:
    """Seconds until `url` answers 200; fails early if the process dies."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if process.poll() is not None:
            raise ChildFailed(f"{url}: server exited ({process.returncode}); {_tail(log)}")
        try:
            if httpx.get(url, timeout=2.0).status_code == 200:
                return time.perf_counter() - started
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise ChildFailed(f"{url}: not ready after {timeout:.0f} s; {_tail(log)}")


@contextmanager
def chroma_server(path: Path) -> Iterator[dict[str, Any]]:
    """`chroma run` on 127.0.0.1; yields its URL and an RSS sampler of the server."""
    port = free_port()
    path.mkdir(parents=True, exist_ok=True)
    command = [
        str(VENV_BIN / "chroma"),
        "run",
        "--path",
        str(path),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    log = CACHE_DIR / "logs" / "chroma-server.log"
    with background(command, None, log) as process:
        url = f"http://127.0.0.1:{port}"
        wait_ready(f"{url}/api/v2/heartbeat", process, 120, log)
        with RssSampler(process.pid, interval=0.5) as sampler:
            yield {"url": url, "rss": sampler}


def _env(extra: Mapping[str, str] | None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
    env.update(extra or {})
    return env


def _scratch() -> Path:
    path = CACHE_DIR / "tmp"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _tail(log: Path) -> str:
    try:
        return log.read_text(errors="replace")[-2000:]
    except OSError:
        return ""
