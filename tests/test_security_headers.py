"""Security headers on every response, size limits, key handling, no stack traces.

One server (API key and CORS allow-list on) answers pages, API calls, errors of every
kind and static files; each response must carry the headers. The key must never show
up in any log line written while requests with right and wrong keys are served.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import socket
from collections.abc import Iterator

import httpx
import pytest
from conftest import free_port
from live_server import LiveServer, server_settings

API_KEY = "headers-key-31f9c2a7e6"
WRONG_KEY = "wrong-key-8d0b11"
ORIGIN = "https://intranet.example"
QUESTION = "Wat deed de Benelux in 2024 rond waterstof?"


@pytest.fixture(scope="module")
def settings(corpus_settings, tmp_path_factory):
    return server_settings(
        corpus_settings,
        tmp_path_factory.mktemp("headers-data"),
        api_keys=[API_KEY],
        cors_origins=[ORIGIN],
        rate_limit_per_minute=0,
    )


@pytest.fixture(scope="module")
def server(settings, assistant) -> Iterator[LiveServer]:
    from assistant.server import create_app

    live = LiveServer(create_app(settings, assistant), free_port()).start()
    yield live
    live.stop()


@pytest.fixture(scope="module")
def client(server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=120) as http:
        yield http


KEY = {"Authorization": f"Bearer {API_KEY}"}
REQUESTS = {
    "health": ("GET", "/api/v1/health", {}, None, 200),
    "ask": ("POST", "/api/v1/ask", KEY, {"question": QUESTION}, 200),
    "ask without key": ("POST", "/api/v1/ask", {}, {"question": QUESTION}, 401),
    "ask invalid": ("POST", "/api/v1/ask", KEY, {"question": ""}, 422),
    "ask too large": ("POST", "/api/v1/ask", KEY, {"question": "x" * 70_000}, 413),
    "unknown API path": ("GET", "/api/v1/nothing", KEY, None, 404),
    "documents": ("GET", "/api/v1/documents", KEY, None, 200),
    "openapi": ("GET", "/openapi.json", {}, None, 200),
    "metrics": ("GET", "/metrics", {}, None, 200),
    "docs": ("GET", "/docs", {}, None, 200),
    "web chat": ("GET", "/", {}, None, 200),
    "gradio config": ("GET", "/config", {}, None, 200),
    "embed page": ("GET", "/embed", {}, None, 200),
    "embed asset": ("GET", "/embed-assets/embed.js", {}, None, 200),
    "missing page": ("GET", "/no/such/page", {}, None, 404),
}


def _send(client: httpx.Client, method: str, path: str, headers: dict, body) -> httpx.Response:  # noqa: ANN001
    return client.request(method, path, headers=headers, json=body)


@pytest.mark.parametrize(
    "method, path, headers, body, status", REQUESTS.values(), ids=REQUESTS.keys()
)
def test_every_response_carries_the_security_headers(client, method, path, headers, body, status):
    from assistant.api_access import API_CSP, PAGE_CSP

    response = _send(client, method, path, headers, body)
    assert response.status_code == status, response.text[:300]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "same-origin"
    csp = response.headers["content-security-policy"]
    assert "frame-ancestors" in csp
    if path == "/embed":
        assert f"frame-ancestors 'self' {ORIGIN}" in csp
        assert "x-frame-options" not in response.headers, "allow-listed sites may frame it"
    elif path.startswith("/api/") or path in ("/openapi.json", "/metrics"):
        assert csp == API_CSP and response.headers["x-frame-options"] == "DENY"
    else:
        assert csp == PAGE_CSP and response.headers["x-frame-options"] == "SAMEORIGIN"


def test_page_csp_allows_nothing_from_other_origins():
    from assistant.api_access import PAGE_CSP

    sources = re.findall(r"(?:https?:|\*|wss?:)\S*", PAGE_CSP)
    assert not sources, sources
    assert "object-src 'none'" in PAGE_CSP and "frame-ancestors 'self'" in PAGE_CSP


def test_body_limit_answers_413_before_parsing(client):
    """Invalid JSON past the limit is a 413, not a 400: the body is never parsed."""
    raw = b"{" * 100_000
    response = client.post(
        "/api/v1/ask", content=raw, headers={**KEY, "Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json() == {"error": "the request body is larger than 64 KB"}


def test_rate_limited_answer_carries_the_headers(corpus_settings, assistant, tmp_path):
    from assistant.server import create_app

    settings = server_settings(corpus_settings, tmp_path, rate_limit_per_minute=1)
    live = LiveServer(create_app(settings, assistant), free_port()).start()
    try:
        with httpx.Client(base_url=live.url, timeout=30) as http:
            statuses = [http.get("/api/v1/documents").status_code for _ in range(2)]
            limited = http.get("/api/v1/documents")
    finally:
        live.stop()
    assert statuses == [200, 429] and limited.status_code == 429
    assert limited.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in limited.headers["content-security-policy"]


def test_unexpected_error_is_a_bare_500_without_trace(settings, assistant, caplog):
    """The server log gets the trace; the client gets one sentence and the headers."""
    from assistant.server import create_app
    from assistant.service import Assistant

    broken = Assistant(settings, assistant.retriever, assistant.extractive)

    def explode(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("secret detail /srv/index/chroma.sqlite3 password=hunter2")

    broken.stream = explode  # type: ignore[method-assign]
    live = LiveServer(create_app(settings, broken), free_port()).start()
    try:
        with caplog.at_level(logging.ERROR, logger="assistant.api_errors"):
            response = httpx.post(
                f"{live.url}/api/v1/ask", json={"question": QUESTION}, headers=KEY, timeout=60
            )
    finally:
        live.stop()
    assert response.status_code == 500
    assert response.json() == {"error": "internal error; the server log has the details"}
    assert "hunter2" not in response.text and "Traceback" not in response.text
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors" in response.headers["content-security-policy"]
    assert "hunter2" in caplog.text, "the details go to the server log"


class LogLines(logging.Handler):
    """Every record of the root logger and uvicorn's (which do not propagate), traces too."""

    LOGGERS = ("", "uvicorn", "uvicorn.error", "uvicorn.access")

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []
        self._levels: dict[str, int] = {}

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def __enter__(self) -> LogLines:
        for name in self.LOGGERS:
            logger = logging.getLogger(name)
            self._levels[name] = logger.level
            logger.setLevel(logging.DEBUG)
            logger.addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        for name in self.LOGGERS:
            logger = logging.getLogger(name)
            logger.removeHandler(self)
            logger.setLevel(self._levels[name])


def assert_no_key_in(text: str, *keys: str) -> None:
    """Neither a key nor its plain SHA-256 (which a guess could be checked against)."""
    for key in keys:
        assert key not in text, f"key {key[:6]}… leaked"
        assert hashlib.sha256(key.encode()).hexdigest()[:16] not in text


def test_api_key_never_appears_in_logs(settings, assistant, capfd):
    """Every logger at DEBUG, uvicorn's access log on, a key in use, a limit hit, an
    unexpected error and a protocol error: the keys are in no log line at all.

    The capture must see the access log and the error's trace, or the test proves nothing.
    """
    from assistant.server import create_app
    from assistant.service import Assistant

    broken = Assistant(settings, assistant.retriever, assistant.extractive)

    def explode(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("the index exploded")

    broken.stream = explode  # type: ignore[method-assign]
    limited = settings.model_copy(update={"rate_limit_per_minute": 3})
    live = LiveServer(create_app(limited, broken), free_port())  # configures uvicorn's logging
    with LogLines() as logs:
        live.start()
        try:
            # a 500 makes uvicorn close the connection: one connection per request
            fresh = httpx.Limits(max_keepalive_connections=0)
            with httpx.Client(base_url=live.url, timeout=60, limits=fresh) as client:
                wrong = {"Authorization": f"Bearer {WRONG_KEY}"}
                answers = [
                    client.get("/api/v1/documents", headers=KEY),
                    client.post("/api/v1/ask", json={"question": QUESTION}, headers=KEY),
                    client.post("/api/v1/ask", content=b"{broken", headers={**KEY, **JSON_TYPE}),
                    client.get("/api/v1/documents", headers=KEY),  # JSON errors spend nothing
                    client.get("/api/v1/documents", headers=KEY),  # over the key's budget
                    client.get("/api/v1/documents", headers=wrong),
                    client.get("/api/v1/documents", headers={"Authorization": API_KEY}),
                    client.get("/api/v1/documents", headers=wrong),
                    client.get("/api/v1/documents", headers=wrong),  # over the address's
                    client.post("/api/v1/ask", content=b"x" * 70_000, headers=KEY),
                    client.get("/metrics"),
                ]
            host, port = live.url.removeprefix("http://").split(":")
            with socket.create_connection((host, int(port)), timeout=10) as sock:
                sock.sendall(
                    b"GET / HTTP/1.1\r\nAuthorization: Bearer " + API_KEY.encode() + b"\x00\r\n\r\n"
                )
                sock.recv(4096)
        finally:
            live.stop()
    out, err = capfd.readouterr()
    statuses = [answer.status_code for answer in answers]
    assert statuses == [200, 500, 400, 200, 429, 401, 401, 401, 429, 413, 200], statuses
    logged = logs.text + out + err
    assert '"GET /api/v1/documents HTTP/1.1" 429' in logs.text, "the access log was captured"
    assert "the index exploded" in logs.text and "Traceback" in logs.text, "traces too"
    assert "Invalid HTTP request" in logs.text
    assert_no_key_in(logged, API_KEY, WRONG_KEY)
    assert_no_key_in(answers[-1].text, API_KEY)


def test_keys_are_compared_as_digests_of_equal_length(settings, monkeypatch):
    """Constant time: every configured key is compared, always on 32-byte digests."""
    import assistant.api_access as access

    guard = access.ApiKeyGuard(settings.model_copy(update={"api_keys": [API_KEY, "second-k"]}))
    assert all(len(key) == 32 for key in guard.keys)
    assert API_KEY.encode() not in guard.keys, "plain keys are not kept"
    compared: list[tuple[int, int]] = []
    real = access.hmac.compare_digest

    def spy(a, b):  # noqa: ANN001, ANN202
        compared.append((len(a), len(b)))
        return real(a, b)

    monkeypatch.setattr(access.hmac, "compare_digest", spy)
    assert guard.key_matches(API_KEY)
    assert not guard.key_matches("x")
    assert not guard.key_matches("y" * 10_000)
    assert compared == [(32, 32)] * 6, "both keys compared on every call, no early exit"


# --- configured body limits, over real HTTP -------------------------------------------

API_LIMIT = 3000  # not a whole number of KB: the message then gives the bytes
PAGE_LIMIT = 8192


@pytest.fixture(scope="module")
def small_limits(settings, assistant) -> Iterator[LiveServer]:
    from assistant.server import create_app

    limits = {"max_request_bytes": API_LIMIT, "max_page_request_bytes": PAGE_LIMIT}
    live = LiveServer(create_app(settings.model_copy(update=limits), assistant), free_port())
    yield live.start()
    live.stop()


def padded(body: dict, size: int) -> bytes:
    """`body` as JSON followed by spaces (still valid JSON) to exactly `size` bytes."""
    raw = json.dumps(body).encode()
    assert len(raw) <= size
    return raw + b" " * (size - len(raw))


def post_raw(http: httpx.Client, path: str, raw: bytes, chunked: bool) -> httpx.Response:
    """With a Content-Length, or chunked (a generator body: no length up front)."""
    content = (raw[i : i + 1000] for i in range(0, len(raw), 1000)) if chunked else raw
    return http.post(path, content=content, headers={"Content-Type": "application/json"})


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_configured_api_body_limit_is_exact(small_limits, chunked):
    body = {"question": QUESTION}
    with httpx.Client(base_url=small_limits.url, headers=KEY, timeout=120) as http:
        at_limit = post_raw(http, "/api/v1/ask", padded(body, API_LIMIT), chunked)
        over = post_raw(http, "/api/v1/ask", padded(body, API_LIMIT + 1), chunked)
        health = http.get("/api/v1/health")
    assert at_limit.status_code == 200, at_limit.text[:300]
    assert at_limit.json()["citations"], "a body at the limit is answered"
    assert over.status_code == 413
    assert over.json() == {"error": f"the request body is larger than {API_LIMIT} bytes"}
    assert health.status_code == 200


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_configured_page_body_limit_is_exact(small_limits, chunked):
    """The web chat's calls have their own (larger) limit; an API body that size is refused."""
    join = {"fn_index": 0, "data": [], "session_hash": "limits"}
    with httpx.Client(base_url=small_limits.url, headers=KEY, timeout=120) as http:
        at_limit = post_raw(http, "/gradio_api/queue/join", padded(join, PAGE_LIMIT), chunked)
        over = post_raw(http, "/gradio_api/queue/join", padded(join, PAGE_LIMIT + 1), chunked)
        api = post_raw(http, "/api/v1/ask", padded({"question": QUESTION}, PAGE_LIMIT), chunked)
    assert at_limit.status_code == 200 and at_limit.json()["event_id"], at_limit.text[:300]
    assert over.status_code == 413 and "larger than 8 KB" in over.text
    assert over.headers["content-type"].startswith("application/json")
    assert api.status_code == 413 and f"{API_LIMIT} bytes" in api.text
    docs = httpx.get(f"{small_limits.url}/openapi.json", timeout=30).json()
    assert f"over {API_LIMIT} bytes are refused with 413" in docs["info"]["description"]


def test_limits_and_rate_limit_mode_are_read_from_the_environment(monkeypatch):
    from pydantic import ValidationError

    from assistant.settings import Settings

    monkeypatch.setenv("ASSISTANT_MAX_REQUEST_BYTES", "3000")
    monkeypatch.setenv("ASSISTANT_MAX_PAGE_REQUEST_BYTES", "1048576")
    monkeypatch.setenv("ASSISTANT_RATE_LIMIT_BY", "ip")
    read = Settings()
    assert (read.max_request_bytes, read.max_page_request_bytes) == (3000, 1048576)
    assert read.rate_limit_by == "ip"
    for name, value in [
        ("ASSISTANT_MAX_REQUEST_BYTES", "0"),
        ("ASSISTANT_MAX_PAGE_REQUEST_BYTES", "-1"),
        ("ASSISTANT_RATE_LIMIT_BY", "cookie"),
    ]:
        with monkeypatch.context() as bad:
            bad.setenv(name, value)
            with pytest.raises(ValidationError):
                Settings()


# --- no trace from the chat's Gradio routes, /docs, /openapi.json, /metrics, /embed -----

TRACE = re.compile(r'Traceback|File "|site-packages|\.py", line|/work/|/root/|/tmp/pytest')
JSON_TYPE = {"Content-Type": "application/json"}
BARE_500 = {"error": "internal error; the server log has the details"}
UNROUTED = {404, 405}
OUTSIDE_API = {
    "chat: join with broken JSON": ("POST", "/gradio_api/queue/join", b"{not json", {422}),
    "chat: join with a list": ("POST", "/gradio_api/queue/join", b"[1, 2]", {422}),
    "chat: join with invalid UTF-8": ("POST", "/gradio_api/queue/join", b"\xff\xfe", {422}),
    "chat: join with wrong types": (
        "POST",
        "/gradio_api/queue/join",
        b'{"fn_index": "a", "data": 5}',
        {422},
    ),
    "chat: join an unknown function": (
        "POST",
        "/gradio_api/queue/join",
        b'{"fn_index": 99999, "data": [], "session_hash": "x"}',
        {404, 422, 500},
    ),
    "chat: run an unknown API name": ("POST", "/gradio_api/run/predict", b'{"data": []}', {404}),
    "chat: call an unknown API name": ("POST", "/gradio_api/call/x", b'{"data": []}', {404}),
    "chat: queue data without session": ("GET", "/gradio_api/queue/data", None, {422}),
    "chat: garbage upload": ("POST", "/gradio_api/upload", b"garbage", {400}),
    "chat: file= outside the app": ("GET", "/gradio_api/file=/etc/passwd", None, {403}),
    "chat: file= traversal": ("GET", "/gradio_api/file=%2e%2e/%2e%2e/etc/passwd", None, {403}),
    "chat: proxy= another host": ("GET", "/gradio_api/proxy=http://evil.example/", None, {400}),
    "chat: component server broken JSON": ("POST", "/gradio_api/component_server", b"{", {400}),
    "chat: stream playlist nonsense": (
        "GET",
        "/gradio_api/stream/a/b/c/playlist.m3u8",
        None,
        {422},
    ),
    "chat: assets traversal": ("GET", "/assets/%2e%2e/%2e%2e/etc/passwd", None, {403, 404}),
    "chat: config with invalid UTF-8": ("GET", "/config?x=%ff%00", None, {200}),
    "chat: page with markup in the query": ("GET", "/?__theme=zq%3Cb%3E&lang=zq%22", None, {200}),
    "chat: DELETE on the page": ("DELETE", "/", None, UNROUTED),
    "chat: invalid UTF-8 path": ("GET", "/%ff%fe", None, {404}),
    "docs with markup in the query": ("GET", "/docs?x=zq%3Cb%3E", None, {200}),
    "docs POST": ("POST", "/docs", b"{}", UNROUTED),
    "docs subpath": ("GET", "/docs/%ff", None, {404}),
    "docs assets traversal": ("GET", "/docs-assets/%2e%2e%2f__init__.py", None, {404}),
    "openapi with junk query": ("GET", "/openapi.json?%ff=%00", None, {200}),
    "openapi POST": ("POST", "/openapi.json", b"{}", UNROUTED),
    "metrics with junk query": ("GET", "/metrics?name[]=%ff", None, {200}),
    "metrics POST of 1 MB": ("POST", "/metrics", b"x" * 1_000_000, UNROUTED),
    "embed with markup as language": ("GET", "/embed?lang=zq%3Cb%3E%00%ff", None, {200}),
    "embed POST": ("POST", "/embed", b"{}", UNROUTED),
    "embed assets traversal": ("GET", "/embed-assets/%2e%2e%2fapi.py", None, {404}),
}


@pytest.mark.parametrize(
    "method, path, body, statuses", OUTSIDE_API.values(), ids=OUTSIDE_API.keys()
)
def test_no_trace_outside_the_api_either(server, method, path, body, statuses):
    # a 500 makes uvicorn close the connection: one connection per request
    fresh = httpx.Limits(max_keepalive_connections=0)
    with httpx.Client(base_url=server.url, timeout=60, limits=fresh) as client:
        response = client.request(method, path, content=body, headers=JSON_TYPE if body else {})
        health = client.get("/api/v1/health")
    assert response.status_code in statuses, (response.status_code, response.text[:300])
    assert not TRACE.search(response.text), TRACE.search(response.text)
    assert "zq<b>" not in response.text and 'zq"' not in response.text, "nothing reflected"
    assert "root:x:" not in response.text
    assert response.headers["x-content-type-options"] == "nosniff"
    if response.status_code >= 500:
        assert response.json() == BARE_500
    if path.startswith("/gradio_api/run") or path.startswith("/gradio_api/call"):
        assert response.json() == {"error": "no such chat function"}
    assert health.json()["status"] == "ok"


@pytest.mark.parametrize("path", ["/", "/config", "/embed"])
def test_pages_leak_no_memory_address(client, path):
    """Gradio writes each State's callback repr into the page; ours has no address in it."""
    response = client.get(path)
    assert response.status_code == 200
    assert not re.search(r"\bat 0x[0-9a-fA-F]{6,}", response.text), path
