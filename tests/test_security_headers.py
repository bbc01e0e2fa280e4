"""Security headers on every response, size limits, key handling, no stack traces.

One server (API key and CORS allow-list on) answers pages, API calls, errors of every
kind and static files; each response must carry the headers. The key must never show
up in any log line written while requests with right and wrong keys are served.
"""

from __future__ import annotations

import logging
import re
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


def test_api_key_never_appears_in_logs(client, server, caplog, capfd):
    """Every logger at DEBUG, uvicorn's access log on: the key is in no line at all."""
    access = logging.getLogger("uvicorn.access")
    level = access.level
    access.setLevel(logging.INFO)
    caplog.set_level(logging.DEBUG)
    try:
        client.post("/api/v1/ask", json={"question": QUESTION}, headers=KEY)
        client.get("/api/v1/documents", headers={"Authorization": f"Bearer {WRONG_KEY}"})
        client.get("/api/v1/documents", headers={"Authorization": API_KEY})  # no scheme
        client.post("/api/v1/ask", json={"question": ""}, headers=KEY)
        client.post("/api/v1/ask", content=b"{broken", headers=KEY)
        client.get("/api/v1/nothing", headers=KEY)
        client.get("/metrics")
    finally:
        access.setLevel(level)
    out, err = capfd.readouterr()
    logged = caplog.text + out + err
    assert API_KEY not in logged and WRONG_KEY not in logged
    assert API_KEY not in client.get("/metrics").text


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
