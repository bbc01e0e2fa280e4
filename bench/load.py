"""REST clients for the ask benchmark: one sequential client, or N concurrent ones.

Each request records the client-side latency and the server's own `timings_ms`
(retrieval and answer apart), so HTTP and queueing cost show as the difference.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx
import numpy as np

TIMEOUT_S = 120.0


@dataclass(frozen=True)
class Sample:
    client_ms: float
    status: int
    timings: dict[str, float]
    result: dict[str, Any] | None
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.status == 200 and not self.error


def ask_sequential(base_url: str, questions: Sequence[dict], repeats: int = 1) -> list[Sample]:
    """Every question (with its history) in gold order, `repeats` times, one at a time."""
    with httpx.Client(base_url=base_url, timeout=TIMEOUT_S) as client:
        return [_ask(client, q) for _ in range(repeats) for q in questions]


def ask_concurrent(
    base_url: str, questions: Sequence[dict], clients: int = 8
) -> tuple[list[Sample], float]:
    """`clients` clients each ask every question once, each starting at another question."""
    return asyncio.run(_concurrent(base_url, questions, clients))


async def _concurrent(
    base_url: str, questions: Sequence[dict], clients: int
) -> tuple[list[Sample], float]:
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base_url, timeout=TIMEOUT_S, limits=limits) as client:
        step = max(len(questions) // clients, 1)
        orders = [_rotated(questions, i * step) for i in range(clients)]
        started = time.perf_counter()
        batches = await asyncio.gather(*(_client_run(client, order) for order in orders))
        wall = time.perf_counter() - started
    return [sample for batch in batches for sample in batch], wall


async def _client_run(client: httpx.AsyncClient, questions: Sequence[dict]) -> list[Sample]:
    samples = []
    for question in questions:
        started = time.perf_counter()
        try:
            response = await client.post("/api/v1/ask", json=_body(question))
            samples.append(_sample(response, started))
        except httpx.HTTPError as exc:
            samples.append(_failed(started, exc))
    return samples


def _ask(client: httpx.Client, question: dict) -> Sample:
    started = time.perf_counter()
    try:
        return _sample(client.post("/api/v1/ask", json=_body(question)), started)
    except httpx.HTTPError as exc:
        return _failed(started, exc)


def _body(question: dict) -> dict:
    return {"question": question["question"], "history": list(question.get("history") or [])}


def _sample(response: httpx.Response, started: float) -> Sample:
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        return Sample(elapsed, response.status_code, {}, None, response.text[:200])
    result = response.json()
    return Sample(elapsed, 200, result.get("timings_ms") or {}, result)


def _failed(started: float, exc: Exception) -> Sample:
    elapsed = (time.perf_counter() - started) * 1000
    return Sample(elapsed, 0, {}, None, f"{type(exc).__name__}: {exc}")


def _rotated(items: Sequence[dict], offset: int) -> list[dict]:
    offset %= max(len(items), 1)
    return list(items[offset:]) + list(items[:offset])


def summarize(samples: Sequence[Sample], wall_s: float | None = None) -> dict[str, Any]:
    """p50/p95 of client latency and of the server's retrieve / answer / total times."""
    ok = [s for s in samples if s.ok]
    summary: dict[str, Any] = {"requests": len(samples), "errors": len(samples) - len(ok)}
    summary["client_ms"] = _percentiles([s.client_ms for s in ok])
    for key in ("retrieve", "answer", "total"):
        summary[f"{key}_ms"] = _percentiles([s.timings[key] for s in ok if key in s.timings])
    if wall_s:
        summary["wall_s"] = round(wall_s, 2)
        summary["requests_per_s"] = round(len(ok) / wall_s, 2)
    return summary


def _percentiles(values: Sequence[float]) -> dict[str, float | None]:
    if not values:
        return {"p50": None, "p95": None, "max": None}
    array = np.asarray(values, dtype=float)
    return {
        "p50": round(float(np.percentile(array, 50)), 1),
        "p95": round(float(np.percentile(array, 95)), 1),
        "max": round(float(array.max()), 1),
    }
