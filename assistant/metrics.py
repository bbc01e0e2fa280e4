"""Prometheus metrics: request counts and latencies per route, and answers given.

Each app gets its own `CollectorRegistry`, so several apps in one process (the tests
build more than one) never collide on metric names. Routes are labelled by their
template (`/api/v1/documents/{file}/passage`), never by the raw path, which would let
any caller create unbounded label values.
"""

from __future__ import annotations

import time

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "assistant_http_requests",
            "HTTP requests by method, route template and status code.",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "assistant_http_request_duration_seconds",
            "Time from request to the last byte of the response (streams included).",
            ["method", "route"],
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.answers = Counter(
            "assistant_answers",
            "Answers given, by channel and whether the assistant abstained.",
            ["channel", "abstained"],
            registry=self.registry,
        )
        self.feedback = Counter(
            "assistant_feedback",
            "Thumbs up/down received, by channel and rating.",
            ["channel", "rating"],
            registry=self.registry,
        )

    def count_answer(self, channel: str, abstained: bool) -> None:
        self.answers.labels(channel=channel, abstained=str(abstained).lower()).inc()

    def count_feedback(self, channel: str, rating: int) -> None:
        self.feedback.labels(channel=channel, rating="up" if rating > 0 else "down").inc()

    def endpoint(self, request: Request) -> Response:
        """The `/metrics` page in the Prometheus text format."""
        return Response(generate_latest(self.registry), media_type=CONTENT_TYPE_LATEST)


class MetricsMiddleware:
    """Pure ASGI (not BaseHTTPMiddleware), so streamed answers are timed to their end."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 500}

        async def send_and_record(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_record)
        finally:
            route = route_label(scope)
            method = scope.get("method", "")
            self.metrics.requests.labels(method, route, str(status["code"])).inc()
            self.metrics.latency.labels(method, route).observe(time.perf_counter() - started)


def route_label(scope: Scope) -> str:
    route = scope.get("route")
    if isinstance(route, Mount):
        return "gradio" if route.path in ("", "/") else route.path
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else "unmatched"
