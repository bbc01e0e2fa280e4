"""Every error leaves the API as `{"error": "..."}` with a 4xx/5xx code, never a trace.

Clients get one error shape to handle; a stack trace would leak paths and library
versions, so unexpected failures are logged on the server and reported as a bare 500.
A Chroma server that is down is not a bug but an outage: 503 with `Retry-After`.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.api_access import security_headers
from assistant.document_library import BadPassageRange, UnknownDocument, UnsafeFileName
from assistant.service import InvalidQuestion
from assistant.vector_store import StoreUnavailable

log = logging.getLogger(__name__)
STORE_RETRY_AFTER_S = 5


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(InvalidQuestion, _status(422))
    app.add_exception_handler(BadPassageRange, _status(422))
    app.add_exception_handler(UnsafeFileName, _status(400))
    app.add_exception_handler(UnknownDocument, _status(404))
    app.add_exception_handler(StoreUnavailable, _store_unavailable)
    app.add_exception_handler(Exception, _unexpected)


def install_chat_error_handlers(chat_app: FastAPI) -> None:
    """Gradio's own app answers its failures with a plain-text 500; make them our shape.

    A call to a chat function that does not exist (a client probing `/gradio_api/run/x`)
    is the client's mistake: 404. Anything else unexpected is a bare JSON 500; the
    exception travels on to our app's handler, which logs it with its trace.
    """
    from gradio.route_utils import FnIndexInferError

    async def unknown_function(request: Request, exc: Exception) -> JSONResponse:
        return error_response(404, "no such chat function")

    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        return _internal_error(request.url.path)

    chat_app.add_exception_handler(FnIndexInferError, unknown_function)
    chat_app.add_exception_handler(Exception, unexpected)


def error_response(status: int, message: str, **extra: object) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


def _status(status: int):  # noqa: ANN202
    async def handler(request: Request, exc: Exception) -> JSONResponse:
        return error_response(status, str(exc))

    return handler


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    """Malformed JSON is a 400; well-formed JSON with wrong fields or types is a 422."""
    errors = exc.errors()
    if any(error.get("type") == "json_invalid" for error in errors):
        return error_response(400, "the request body is not valid JSON")
    details = [_describe(error) for error in errors]
    return error_response(422, "; ".join(details) or "invalid request", details=details)


async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    message = exc.detail if isinstance(exc.detail, str) else "request failed"
    return JSONResponse(
        {"error": message}, status_code=exc.status_code, headers=getattr(exc, "headers", None)
    )


async def _store_unavailable(request: Request, exc: StoreUnavailable) -> JSONResponse:
    log.warning("%s %s: %s", request.method, request.url.path, exc)
    response = error_response(503, "the search index is temporarily unavailable; try again soon")
    response.headers["Retry-After"] = str(STORE_RETRY_AFTER_S)
    return response


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    """Runs outside every middleware (Starlette's outermost layer), so it adds the headers."""
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return _internal_error(request.url.path)


def _internal_error(path: str) -> JSONResponse:
    response = error_response(500, "internal error; the server log has the details")
    for name, value in security_headers(path):
        response.headers[name.decode()] = value.decode()
    return response


def _describe(error: dict) -> str:
    """`body.k: Input should be a valid integer`, without echoing the offending input."""
    where = ".".join(str(part) for part in error.get("loc", ()))
    return f"{where}: {error.get('msg', 'invalid value')}"
