"""A request budget for `/api` (`ASSISTANT_RATE_LIMIT_PER_MINUTE`, `ASSISTANT_RATE_LIMIT_BY`).

Each answer costs CPU for retrieval; one script in a loop must not starve the intranet's
users. A sliding one-minute window per budget, in memory: one process serves the app,
so nothing needs sharing. 0 or less turns the limit off.

Whose budget a request spends: with `rate_limit_by="key"` (the default) a request that
carries a valid API key spends that key's budget, so integrations behind one proxy or
host do not starve each other; any other request (no keys configured, the `/embed`
page's token) spends its client address's. With `"ip"` every request spends its
address's. A key's budget is named by `ApiKeyGuard.key_label`, never by the key.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

from fastapi import HTTPException, Request

from assistant.api_access import ApiKeyGuard

WINDOW_SECONDS = 60.0
_MAX_CLIENTS = 10_000


def address_budget(request: Request) -> str:
    """The client address as this server sees it (`proxy_headers` off: not forgeable)."""
    return f"ip:{request.client.host if request.client else 'unknown'}"


def budget_owner(by: str, guard: ApiKeyGuard) -> Callable[[Request], str]:
    """Whose budget a request spends: its valid key's (`by="key"`), else its address's."""

    def owner(request: Request) -> str:
        label = guard.key_label(request) if by == "key" else None
        return label or address_budget(request)

    return owner


class RateLimiter:
    """A FastAPI dependency; raises 429 with `Retry-After` when the budget is spent."""

    def __init__(
        self,
        per_minute: int,
        owner: Callable[[Request], str] = address_budget,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_minute = per_minute
        self.owner = owner
        self.clock = clock
        self._calls: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def __call__(self, request: Request) -> None:
        self.spend(self.owner(request))

    def spend_address(self, request: Request) -> None:
        """For requests refused before the budget check (a wrong key): the address pays."""
        self.spend(address_budget(request))

    def spend(self, owner: str) -> None:
        wait = self.wait_seconds(owner)
        if wait > 0:
            whose = "this API key" if owner.startswith("key:") else "this address"
            raise HTTPException(
                status_code=429,
                detail=f"too many requests: at most {self.per_minute} per minute for {whose}",
                headers={"Retry-After": str(max(1, math.ceil(wait)))},
            )

    def wait_seconds(self, owner: str) -> float:
        """Record a call and return 0, or how long the owner must wait (call not recorded)."""
        if self.per_minute <= 0:
            return 0.0
        now = self.clock()
        with self._lock:
            calls = self._calls.setdefault(owner, deque())
            while calls and calls[0] <= now - WINDOW_SECONDS:
                calls.popleft()
            if len(calls) >= self.per_minute:
                return calls[0] + WINDOW_SECONDS - now
            calls.append(now)
            self._forget_idle(now)
        return 0.0

    def _forget_idle(self, now: float) -> None:
        """Bound memory: drop owners with no call in the window once there are many."""
        if len(self._calls) <= _MAX_CLIENTS:
            return
        for owner in [o for o, calls in self._calls.items() if calls[-1] <= now - WINDOW_SECONDS]:
            del self._calls[owner]
