"""A per-client request budget for `/api` (`ASSISTANT_RATE_LIMIT_PER_MINUTE`).

Each answer costs CPU for retrieval; one script in a loop must not starve the intranet's
users. A sliding one-minute window per client address, in memory: one process serves
the app, so nothing needs sharing. 0 or less turns the limit off.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

from fastapi import HTTPException, Request

WINDOW_SECONDS = 60.0
_MAX_CLIENTS = 10_000


class RateLimiter:
    """A FastAPI dependency; raises 429 with `Retry-After` when the budget is spent."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self._calls: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def __call__(self, request: Request) -> None:
        client = request.client.host if request.client else "unknown"
        wait = self.wait_seconds(client)
        if wait > 0:
            raise HTTPException(
                status_code=429,
                detail=f"too many requests: at most {self.per_minute} per minute",
                headers={"Retry-After": str(max(1, round(wait)))},
            )

    def wait_seconds(self, client: str) -> float:
        """Record a call and return 0, or how long the client must wait (call not recorded)."""
        if self.per_minute <= 0:
            return 0.0
        now = self.clock()
        with self._lock:
            calls = self._calls.setdefault(client, deque())
            while calls and calls[0] <= now - WINDOW_SECONDS:
                calls.popleft()
            if len(calls) >= self.per_minute:
                return calls[0] + WINDOW_SECONDS - now
            calls.append(now)
            self._forget_idle(now)
        return 0.0

    def _forget_idle(self, now: float) -> None:
        """Bound memory: drop clients with no call in the window once there are many."""
        if len(self._calls) <= _MAX_CLIENTS:
            return
        for client in [c for c, calls in self._calls.items() if calls[-1] <= now - WINDOW_SECONDS]:
            del self._calls[client]
