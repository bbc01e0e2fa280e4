"""The one FastAPI app: web chat at `/`, REST API at `/api/v1`, `/embed`, `/docs`, `/metrics`.

`create_app` takes the `Assistant` as an argument so tests (and a process that already
holds one) do not load the index and embedder twice.
"""

from __future__ import annotations

from fastapi import FastAPI
from starlette.exceptions import HTTPException
from starlette.routing import Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.api import PREFIX, ApiParts, build_router
from assistant.api_access import ApiKeyGuard, add_cors, security_headers
from assistant.api_docs import add_offline_docs
from assistant.api_errors import error_response, install_chat_error_handlers, install_error_handlers
from assistant.api_timeline import build_timeline_router
from assistant.chat_handlers import ChatHandlers
from assistant.document_library import DocumentLibrary
from assistant.embed_page import add_embed_page
from assistant.feedback import FeedbackStore
from assistant.metrics import Metrics, MetricsMiddleware
from assistant.rate_limit import RateLimiter, budget_owner
from assistant.service import Assistant
from assistant.settings import Settings, configure_offline_environment


def api_description(settings: Settings) -> str:
    return (
        "Cited answers over the Benelux Union's plans and reports. With `ASSISTANT_API_KEYS` "
        "set, every `/api/v1` call except `/health` needs `Authorization: Bearer <key>`. "
        f"Request bodies over {size_text(settings.max_request_bytes)} are refused with 413; "
        "more than `ASSISTANT_RATE_LIMIT_PER_MINUTE` calls a minute (per API key, else per "
        "client address) get 429 with `Retry-After`."
    )


def create_app(settings: Settings, assistant: Assistant | None = None) -> FastAPI:
    configure_offline_environment()
    if assistant is None:
        from assistant.factory import build_assistant

        assistant = build_assistant(settings)
    guard = ApiKeyGuard(settings)
    limiter = RateLimiter(
        settings.rate_limit_per_minute, budget_owner(settings.rate_limit_by, guard)
    )
    guard.on_reject = limiter.spend_address  # wrong keys spend the address's budget
    parts = ApiParts(
        assistant=assistant,
        library=DocumentLibrary(settings),
        feedback=FeedbackStore(settings.feedback_db),
        metrics=Metrics(),
        guard=guard,
        limiter=limiter,
    )
    app = FastAPI(
        title="Benelux Assistant API",
        version="1",
        description=api_description(settings),
        docs_url=None,
        redoc_url=None,
    )
    install_error_handlers(app)
    add_cors(app, settings)
    app.add_middleware(
        BodySizeLimitMiddleware,
        api_limit=settings.max_request_bytes,
        page_limit=settings.max_page_request_bytes,
    )
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(MetricsMiddleware, metrics=parts.metrics)
    app.include_router(build_timeline_router(parts))  # before build_router's catch-all 404
    app.include_router(build_router(parts))
    app.add_api_route("/metrics", parts.metrics.endpoint, include_in_schema=False)
    add_offline_docs(app)
    add_embed_page(app, settings, parts.guard)
    _mount_chat(app, parts)
    return app


def serve(settings: Settings, host: str, port: int) -> None:
    import uvicorn

    app = create_app(settings)
    print(f"Benelux Assistant: http://{host}:{port}/  (API docs: /docs, embed: /embed)")
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False)


def _mount_chat(app: FastAPI, parts: ApiParts) -> None:
    """Last: the chat is mounted at `/` and would otherwise shadow routes added after it."""
    from assistant.web_ui import mount_chat_ui

    listing = parts.library.documents()
    handlers = ChatHandlers(parts.assistant, parts.library, parts.feedback, parts.metrics)
    mount_chat_ui(app, handlers, listing.kinds, listing.years)
    for route in app.routes:
        if isinstance(route, Mount) and hasattr(route.app, "get_blocks"):  # Gradio's app
            install_chat_error_handlers(route.app)


class SecurityHeadersMiddleware:
    """Every response gets the security headers; ones a route sets itself (`/embed`) win."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        defaults = security_headers(scope.get("path", ""))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                headers += [(name, value) for name, value in defaults if name not in names]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodySizeLimitMiddleware:
    """Refuse oversized bodies with 413 before anything parses them.

    A declared `Content-Length` over the limit is refused without reading a byte; a
    chunked body is counted as it arrives and refused once it passes the limit.
    """

    def __init__(self, app: ASGIApp, api_limit: int, page_limit: int) -> None:
        self.app = app
        self.api_limit = api_limit
        self.page_limit = page_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit(scope.get("path", ""))
        if _declared_length(scope) > limit:
            await _too_large(limit)(scope, receive, send)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                raise HTTPException(413, _too_large_message(limit))
            return message

        await self.app(scope, counting_receive, send)

    def limit(self, path: str) -> int:
        return self.api_limit if path.startswith(PREFIX) else self.page_limit


def _declared_length(scope: Scope) -> int:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            return int(value) if value.isdigit() else 0
    return 0


def _too_large(limit: int):  # noqa: ANN202 - an ASGI response
    return error_response(413, _too_large_message(limit))


def _too_large_message(limit: int) -> str:
    return f"the request body is larger than {size_text(limit)}"


def size_text(size: int) -> str:
    """`64 KB`, `2 MB`, or the exact byte count when it is not a whole number of either."""
    for unit, name in ((1024 * 1024, "MB"), (1024, "KB")):
        if size % unit == 0:
            return f"{size // unit} {name}"
    return f"{size} bytes"
