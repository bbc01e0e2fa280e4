"""The REST API under `/api/v1`: ask, stream, documents, passages, feedback, health.

Endpoints are plain `def`s: FastAPI runs them in its thread pool, so CPU-bound retrieval
never blocks the event loop that also serves the web chat.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field, model_validator

from assistant.api_access import ApiKeyGuard
from assistant.api_errors import error_response
from assistant.document_library import DocumentLibrary, DocumentList, Passage
from assistant.feedback import FeedbackEntry, FeedbackStore
from assistant.metrics import Metrics
from assistant.models import AskResult, Filters
from assistant.rate_limit import RateLimiter
from assistant.service import Assistant, StreamEvent

PREFIX = "/api/v1"
_MAX_YEAR = 9999
log = logging.getLogger(__name__)


class AskRequest(BaseModel):
    """The body of `/ask` and `/chat/stream`; `history` holds earlier questions, oldest first."""

    question: str = Field(description="the question, in Dutch, English or French")
    history: list[str] = Field(default_factory=list, max_length=500)
    filters: Filters | None = None
    k: int | None = Field(None, description="chunks to retrieve (1–50; default from settings)")

    @model_validator(mode="after")
    def _storable_values(self) -> AskRequest:
        """Refuse values the tokenizer or Chroma would choke on (a 500) as a 422 instead.

        JSON may escape lone surrogates (`\\ud800`), which cannot be encoded; Chroma
        stores years as 64-bit integers.
        """
        filters = self.filters or Filters()
        for text in [self.question, *self.history, *filters.kind, *filters.file]:
            if not _encodable(text):
                raise ValueError("text must be valid Unicode (no lone surrogates)")
        if any(not 0 <= year <= _MAX_YEAR for year in filters.year):
            raise ValueError(f"filter years must be between 0 and {_MAX_YEAR}")
        return self


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class Health(BaseModel):
    status: str
    documents: int
    chunks: int
    last_ingest: str | None
    answer_mode: str
    api_keys_required: bool


class FeedbackCreated(BaseModel):
    id: int


class ApiParts(BaseModel, arbitrary_types_allowed=True):
    """What the endpoints need, passed in by the app factory (no module-level state)."""

    assistant: Assistant
    library: DocumentLibrary
    feedback: FeedbackStore
    metrics: Metrics
    guard: ApiKeyGuard
    limiter: RateLimiter


def build_router(parts: ApiParts) -> APIRouter:
    """Open routes (health) and key-protected routes, then a JSON 404 for the rest of /api.

    One flat router (no nested include) keeps each route's full template for the metrics.
    """
    router = APIRouter(prefix=PREFIX)
    router.add_api_route("/health", _health(parts), methods=["GET"], response_model=Health)
    guarded = [Depends(parts.guard), Depends(parts.limiter)]
    _add_answer_routes(router, parts, guarded)
    _add_document_routes(router, parts, guarded)
    router.add_api_route(
        "/{rest:path}",
        _not_found,
        methods=["GET", "POST", "PUT", "DELETE", "PATCH"],
        include_in_schema=False,
    )
    return router


def _add_answer_routes(router: APIRouter, parts: ApiParts, guarded: list) -> None:
    @router.post(
        "/ask",
        response_model=AskResult,
        dependencies=guarded,
        summary="Answer one question with citations",
    )
    def ask(body: AskRequest) -> AskResult:
        result = parts.assistant.ask(body.question, body.history, body.filters, body.k)
        parts.metrics.count_answer("api", result.abstained)
        return result

    @router.post(
        "/chat/stream",
        dependencies=guarded,
        summary="Stream an answer as server-sent events",
        response_description='`event: token` (data `{"text": …}`) events, then one '
        "`event: done` whose data is the full AskResult",
        responses={200: {"content": {"text/event-stream": {}}}},
    )
    def chat_stream(body: AskRequest) -> StreamingResponse:
        events = parts.assistant.stream(body.question, body.history, body.filters, body.k)
        first = next(events)  # validates and retrieves now, so bad input is a 4xx, not a stream
        return StreamingResponse(
            sse_events(first, events, parts.metrics),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    @router.post(
        "/feedback",
        status_code=201,
        response_model=FeedbackCreated,
        dependencies=guarded,
        summary="Thumbs up (1) or down (-1) for an answer, with an optional comment",
    )
    def feedback(entry: FeedbackEntry) -> FeedbackCreated:
        parts.metrics.count_feedback(entry.channel, entry.rating)
        return FeedbackCreated(id=parts.feedback.add(entry))


def _add_document_routes(router: APIRouter, parts: ApiParts, guarded: list) -> None:
    @router.get(
        "/documents",
        response_model=DocumentList,
        dependencies=guarded,
        summary="Ingested documents: catalogue, chunk counts, last ingest time",
    )
    def documents() -> DocumentList:
        return parts.library.documents()

    @router.get(
        "/documents/{file}/passage",
        response_model=Passage,
        dependencies=guarded,
        summary="The cited passage with ~600 characters of context on each side",
    )
    def passage(
        file: str,
        start: int = Query(ge=0, description="char_start of the citation"),
        end: int = Query(gt=0, description="char_end of the citation"),
    ) -> Passage:
        return parts.library.passage(file, start, end)


def sse_events(first: StreamEvent, rest: Iterator[StreamEvent], metrics: Metrics) -> Iterator[str]:
    """Server-sent events; an error after the stream has started becomes an `error` event."""
    try:
        for event in _chain(first, rest):
            if event.kind == "token":
                yield _sse("token", {"text": event.text})
            elif event.result is not None:
                metrics.count_answer("api", event.result.abstained)
                yield _sse("done", event.result.model_dump(mode="json"))
    except Exception:  # noqa: BLE001 - the status line is already sent; tell the client
        log.exception("answer stream failed")
        yield _sse("error", {"error": "the answer could not be completed"})


def _chain(first: StreamEvent, rest: Iterator[StreamEvent]) -> Iterator[StreamEvent]:
    yield first
    yield from rest


def _sse(event: str, data: object) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def _health(parts: ApiParts):  # noqa: ANN202
    def health() -> Health:
        """Open even when keys are required: load balancers probe it without secrets."""
        listing = parts.library.documents()
        return Health(
            status="ok",
            documents=len(listing.documents),
            chunks=listing.chunks,
            last_ingest=listing.last_ingest,
            answer_mode="llm" if parts.assistant.llm is not None else "extractive",
            api_keys_required=parts.guard.enabled,
        )

    return health


def _not_found(rest: str) -> JSONResponse:
    """Unknown /api paths answer JSON here instead of falling through to the web chat.

    The path is not echoed: a client's markup or traversal attempt never comes back.
    """
    return error_response(404, f"no such API endpoint under {PREFIX} (see /docs)")
