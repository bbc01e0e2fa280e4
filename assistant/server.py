"""The one FastAPI app: web chat at `/`, REST API at `/api/v1`, `/embed`, `/docs`, `/metrics`.

`create_app` takes the `Assistant` as an argument so tests (and a process that already
holds one) do not load the index and embedder twice.
"""

from __future__ import annotations

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.api import ApiParts, build_router
from assistant.api_access import ApiKeyGuard, add_cors
from assistant.api_docs import add_offline_docs
from assistant.api_errors import install_error_handlers
from assistant.chat_handlers import ChatHandlers
from assistant.document_library import DocumentLibrary
from assistant.embed_page import add_embed_page
from assistant.feedback import FeedbackStore
from assistant.metrics import Metrics, MetricsMiddleware
from assistant.rate_limit import RateLimiter
from assistant.service import Assistant
from assistant.settings import Settings, configure_offline_environment

API_DESCRIPTION = (
    "Cited answers over the Benelux Union's plans and reports. With `ASSISTANT_API_KEYS` set, "
    "every `/api/v1` call except `/health` needs `Authorization: Bearer <key>`."
)


def create_app(settings: Settings, assistant: Assistant | None = None) -> FastAPI:
    configure_offline_environment()
    if assistant is None:
        from assistant.factory import build_assistant

        assistant = build_assistant(settings)
    parts = ApiParts(
        assistant=assistant,
        library=DocumentLibrary(settings),
        feedback=FeedbackStore(settings.feedback_db),
        metrics=Metrics(),
        guard=ApiKeyGuard(settings),
        limiter=RateLimiter(settings.rate_limit_per_minute),
    )
    app = FastAPI(
        title="Benelux Assistant API",
        version="1",
        description=API_DESCRIPTION,
        docs_url=None,
        redoc_url=None,
    )
    install_error_handlers(app)
    add_cors(app, settings)
    app.add_middleware(FrameGuardMiddleware)
    app.add_middleware(MetricsMiddleware, metrics=parts.metrics)
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


class FrameGuardMiddleware:
    """Pages other than `/embed` (which sets its own CSP) must not be framed elsewhere."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", b"frame-ancestors 'self'"))
                if b"x-content-type-options" not in names:
                    headers.append((b"x-content-type-options", b"nosniff"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
