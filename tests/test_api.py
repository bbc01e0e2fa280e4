"""The REST API over real HTTP: uvicorn on a free port, httpx as the client.

One server for the module, configured with an API key and a CORS allow-list, so the
same requests also prove the key check and the CORS policy.
"""

from __future__ import annotations

import http.client
import json
import logging
import re

import httpx
import pytest
from conftest import free_port
from live_server import LiveServer, server_settings
from rapidfuzz import fuzz

API_KEY = "test-key-0123456789"
ALLOWED_ORIGIN = "https://intranet.example"
QUESTION = "Wat deed de Benelux in 2024 rond waterstof?"
CITATION_KEYS = {
    "n",
    "file",
    "title",
    "section",
    "page_start",
    "page_end",
    "page_source",
    "text",
    "score",
}


@pytest.fixture(scope="module")
def server(corpus_settings, assistant, tmp_path_factory):
    from assistant.server import create_app

    settings = server_settings(
        corpus_settings,
        tmp_path_factory.mktemp("api-data"),
        api_keys=[API_KEY],
        cors_origins=[ALLOWED_ORIGIN],
        rate_limit_per_minute=10_000,  # the limit has its own test below
    )
    live = LiveServer(create_app(settings, assistant), free_port()).start()
    yield live
    live.stop()


@pytest.fixture(scope="module")
def api(server):
    headers = {"Authorization": f"Bearer {API_KEY}"}
    with httpx.Client(base_url=server.url, headers=headers, timeout=60) as client:
        yield client


@pytest.fixture(scope="module")
def anonymous(server):
    with httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


@pytest.fixture(scope="module")
def answer(api) -> dict:
    response = api.post("/api/v1/ask", json={"question": QUESTION, "history": [], "k": 10})
    assert response.status_code == 200, response.text
    return response.json()


def test_ask_returns_the_design_shape(answer):
    assert {"question", "answer", "abstained", "citations", "retrieved", "timings_ms"} <= set(
        answer
    )
    assert answer["question"] == QUESTION
    assert answer["abstained"] is False
    assert answer["citations"], "a corpus question must be answered with citations"
    for citation in answer["citations"] + answer["retrieved"]:
        assert set(citation) >= CITATION_KEYS
        assert citation["page_source"] in {"pdf", "printed", "toc", "none"}
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer["answer"])}
    assert markers <= {c["n"] for c in answer["citations"]}
    assert {"retrieve", "answer", "total"} <= set(answer["timings_ms"])
    assert any("waterstof" in c["text"].lower() for c in answer["citations"])


def test_ask_accepts_history_and_filters(api):
    body = {
        "question": "En wat gebeurde er in dat jaar met de certificering?",
        "history": [QUESTION],
        "filters": {"kind": ["jaarplan"], "year": [2024], "file": []},
        "k": 5,
    }
    result = api.post("/api/v1/ask", json=body).json()
    assert len(result["retrieved"]) <= 5
    assert all(c["file"] == "000_23ffac28d6a1c9fd.txt" for c in result["retrieved"])


def test_stream_sends_tokens_then_a_done_event_with_citations(api):
    with api.stream("POST", "/api/v1/chat/stream", json={"question": QUESTION}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        events = parse_sse("".join(response.iter_text()))
    names = [name for name, _ in events]
    assert names[0] == "token" and names[-1] == "done"
    assert set(names) == {"token", "done"}
    streamed = "".join(data["text"] for name, data in events if name == "token")
    done = events[-1][1]
    assert streamed.strip() == done["answer"].strip()
    assert done["citations"] and set(done["citations"][0]) >= CITATION_KEYS


def test_stream_rejects_bad_input_before_streaming(api):
    response = api.post("/api/v1/chat/stream", json={"question": "  "})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/json")
    assert "empty" in response.json()["error"]


def test_api_key_is_required_when_configured(anonymous, server):
    body = {"question": QUESTION}
    assert anonymous.post("/api/v1/ask", json=body).status_code == 401
    wrong = anonymous.post("/api/v1/ask", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert wrong.json() == {"error": wrong.json()["error"]}
    assert "Bearer" in wrong.headers["www-authenticate"]
    assert anonymous.get("/api/v1/documents").status_code == 401
    good = anonymous.post("/api/v1/ask", json=body, headers={"Authorization": f"Bearer {API_KEY}"})
    assert good.status_code == 200
    assert anonymous.get("/api/v1/health").status_code == 200, "probes need no key"


def test_embed_page_token_passes_the_key_check_and_forged_ones_do_not(anonymous):
    page = anonymous.get("/embed")
    assert page.status_code == 200
    token = re.search(r'name="bx-embed-token" content="([^"]+)"', page.text).group(1)
    ok = anonymous.get("/api/v1/documents", headers={"X-Embed-Token": token})
    assert ok.status_code == 200
    expiry = token.split(".")[0]
    forged = anonymous.get("/api/v1/documents", headers={"X-Embed-Token": f"{expiry}.00"})
    assert forged.status_code == 401


def test_cors_headers_only_for_the_allowed_origin(api):
    allowed = api.get("/api/v1/health", headers={"Origin": ALLOWED_ORIGIN})
    assert allowed.headers.get("access-control-allow-origin") == ALLOWED_ORIGIN
    other = api.get("/api/v1/health", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers
    preflight = {
        "Origin": ALLOWED_ORIGIN,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type",
    }
    response = api.options("/api/v1/ask", headers=preflight)
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == ALLOWED_ORIGIN
    denied = api.options("/api/v1/ask", headers={**preflight, "Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in denied.headers


def test_embed_page_may_only_be_framed_by_the_allow_list(anonymous):
    csp = anonymous.get("/embed").headers["content-security-policy"]
    assert f"frame-ancestors 'self' {ALLOWED_ORIGIN};" in csp
    assert "connect-src 'self'" in csp
    chat_csp = anonymous.get("/").headers["content-security-policy"]
    assert "frame-ancestors 'self'" in chat_csp and ALLOWED_ORIGIN not in chat_csp


BAD_BODIES = {
    "empty question": {"question": ""},
    "blank question": {"question": "   \n "},
    "too long": {"question": "waterstof " * 500},
    "question is a number": {"question": 42},
    "question missing": {"history": []},
    "history is a string": {"question": QUESTION, "history": "earlier"},
    "history holds numbers": {"question": QUESTION, "history": [1, 2]},
    "k is text": {"question": QUESTION, "k": "ten"},
    "k is zero": {"question": QUESTION, "k": 0},
    "k too large": {"question": QUESTION, "k": 51},
    "k negative": {"question": QUESTION, "k": -3},
    "year is text": {"question": QUESTION, "filters": {"year": ["2024a"]}},
    "filters is a list": {"question": QUESTION, "filters": ["jaarplan"]},
    "body is a list": [QUESTION],
    "NUL in question": {"question": "water\u0000stof"},
}


@pytest.mark.parametrize("body", BAD_BODIES.values(), ids=BAD_BODIES.keys())
@pytest.mark.parametrize("path", ["/api/v1/ask", "/api/v1/chat/stream"])
def test_bad_input_is_a_json_4xx(api, path, body):
    assert_json_error(api.post(path, json=body), {422})
    assert api.get("/api/v1/health").json()["status"] == "ok"


@pytest.mark.parametrize(
    "raw",
    ["{not json", '{"question": "x",}', "", "\x00\x01"],
    ids=["broken", "trailing", "empty", "binary"],
)
def test_invalid_json_is_a_400(api, raw):
    response = api.post(
        "/api/v1/ask", content=raw.encode(), headers={"Content-Type": "application/json"}
    )
    assert_json_error(response, {400, 422})
    assert api.get("/api/v1/health").json()["status"] == "ok"


def test_passage_around_a_citation(api, answer):
    citation = answer["citations"][0]
    response = api.get(
        f"/api/v1/documents/{citation['file']}/passage",
        params={"start": citation["char_start"], "end": citation["char_end"]},
    )
    assert response.status_code == 200
    passage = response.json()
    cited = passage["text"][passage["passage_start"] : passage["passage_end"]]
    # the citation shows cleaned text (joined lines, repaired hyphens); the source is raw
    assert fuzz.ratio(_words(cited), _words(citation["text"])) > 90
    assert 600 <= passage["passage_start"] <= 640, "~600 chars, extended to a word boundary"
    assert len(passage["text"]) - passage["passage_end"] <= 640
    assert passage["title"] == citation["title"]


@pytest.mark.parametrize(
    ("path", "statuses"),
    [
        ("/api/v1/documents/nope.txt/passage?start=0&end=10", {404}),
        ("/api/v1/documents/..%2F..%2Fetc%2Fpasswd/passage?start=0&end=10", {400, 404}),
        ("/api/v1/documents/..%5Cmanifest.json/passage?start=0&end=10", {400, 404}),
        ("/api/v1/documents/..manifest.json/passage?start=0&end=10", {400}),
        ("/api/v1/documents/%2Fetc%2Fpasswd/passage?start=0&end=10", {400, 404}),
        ("/api/v1/documents/000_23ffac28d6a1c9fd.txt/passage?start=10&end=5", {422}),
        ("/api/v1/documents/000_23ffac28d6a1c9fd.txt/passage?start=-1&end=5", {422}),
        ("/api/v1/documents/000_23ffac28d6a1c9fd.txt/passage?start=0&end=99999999", {422}),
        ("/api/v1/documents/000_23ffac28d6a1c9fd.txt/passage?start=a&end=5", {422}),
        ("/api/v1/documents/000_23ffac28d6a1c9fd.txt/passage", {422}),
    ],
)
def test_passage_rejects_unknown_files_traversal_and_bad_offsets(api, path, statuses):
    response = api.get(path)
    assert_json_error(response, statuses)
    assert "root:" not in response.text
    assert api.get("/api/v1/health").json()["status"] == "ok"


def test_raw_dot_dot_path_does_not_escape(server):
    """httpx would normalise `..`; http.client sends the path exactly as written."""
    connection = http.client.HTTPConnection(server.url.removeprefix("http://"), timeout=30)
    connection.request(
        "GET",
        "/api/v1/documents/../../../etc/passwd/passage?start=0&end=10",
        headers={"Authorization": f"Bearer {API_KEY}"},
    )
    response = connection.getresponse()
    body = response.read().decode()
    connection.close()
    assert response.status in {400, 404}
    assert "error" in json.loads(body) and "root:" not in body


def test_documents_lists_the_catalogue_with_chunk_counts(api):
    listing = api.get("/api/v1/documents").json()
    files = {doc["file"]: doc for doc in listing["documents"]}
    assert len(files) == 5
    assert files["004_93b1f14f67b4112b.txt"]["title"] == "Jaarverslag 2024"
    assert files["004_93b1f14f67b4112b.txt"]["kind"] == "jaarverslag"
    assert all(doc["chunks"] > 0 and doc["ingested_at"] for doc in files.values())
    assert listing["chunks"] == sum(doc["chunks"] for doc in files.values())
    assert listing["last_ingest"] == max(doc["ingested_at"] for doc in files.values())
    assert listing["kinds"] == ["jaarplan", "jaarverslag", "werkprogramma"]


def test_health(anonymous):
    health = anonymous.get("/api/v1/health").json()
    assert health["status"] == "ok"
    assert health["documents"] == 5 and health["chunks"] > 100
    assert health["api_keys_required"] is True


def test_feedback_is_stored(api, answer):
    body = {"rating": 1, "question": QUESTION, "answer": answer["answer"], "comment": "klopt"}
    response = api.post("/api/v1/feedback", json=body)
    assert response.status_code == 201 and response.json()["id"] >= 1
    assert_json_error(api.post("/api/v1/feedback", json={**body, "rating": 5}), {422})


def test_unknown_api_path_is_a_json_404(api):
    assert_json_error(api.get("/api/v1/nothing/here"), {404})


def test_metrics_count_requests_by_route(api, answer):
    api.get("/api/v1/health")
    text = api.get("/metrics").text
    assert 'assistant_http_requests_total{method="POST",route="/api/v1/ask",status="200"}' in text
    assert 'route="/api/v1/health",status="200"' in text
    assert 'assistant_http_request_duration_seconds_bucket{le="0.5",method="POST",' in text
    assert re.search(r'assistant_answers_total\{[^}]*channel="api"[^}]*\} [1-9]', text)
    assert "/etc/passwd" not in text, "raw paths never become labels"


def test_openapi_and_docs_work_offline(anonymous):
    from assistant.api_docs import swagger_assets

    spec = anonymous.get("/openapi.json").json()
    assert {"/api/v1/ask", "/api/v1/chat/stream", "/api/v1/documents"} <= set(spec["paths"])
    docs = anonymous.get("/docs")
    assert docs.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', docs.text)
    assert assets and all(asset.startswith("/") for asset in assets), assets
    assert all(anonymous.get(asset).status_code == 200 for asset in assets)
    if swagger_assets() is not None:
        assert "/docs-assets/swagger-ui-bundle.js" in assets
    else:  # without fastapi-offline: the local endpoint list
        assert "/api/v1/chat/stream" in docs.text


def test_docs_fallback_page_lists_endpoints_escaped():
    from fastapi import FastAPI

    from assistant.api_docs import endpoint_list_page

    app = FastAPI()
    app.add_api_route("/api/v1/ask", lambda: None, methods=["POST"], summary="Ask <b>now</b>")
    page = endpoint_list_page(app)
    assert "<code>POST</code>" in page and "<code>/api/v1/ask</code>" in page
    assert "Ask &lt;b&gt;now&lt;/b&gt;" in page and 'href="/openapi.json"' in page


def test_rate_limit_answers_429_with_retry_after(corpus_settings, assistant, tmp_path):
    from assistant.server import create_app

    settings = server_settings(corpus_settings, tmp_path, rate_limit_per_minute=3)
    live = LiveServer(create_app(settings, assistant), free_port()).start()
    try:
        with httpx.Client(base_url=live.url, timeout=30) as client:
            statuses = [client.get("/api/v1/documents").status_code for _ in range(4)]
            limited = client.get("/api/v1/documents")
            health = client.get("/api/v1/health")
    finally:
        live.stop()
    assert statuses == [200, 200, 200, 429]
    assert_json_error(limited, {429})
    assert 1 <= int(limited.headers["retry-after"]) <= 60
    assert health.status_code == 200, "probes are not rate limited"


SECOND_KEY = "test-key-second-9876543210"


def _from(url: str, address: str, key: str | None = None) -> httpx.Client:
    """A client whose connections leave from `address` (any 127.x.y.z is this machine)."""
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    transport = httpx.HTTPTransport(local_address=address)
    return httpx.Client(base_url=url, headers=headers, transport=transport, timeout=30)


def _statuses(client: httpx.Client, n: int, path: str = "/api/v1/documents") -> list[int]:
    return [client.get(path).status_code for _ in range(n)]


@pytest.fixture
def keyed_limit(corpus_settings, assistant, tmp_path):
    """A server with two keys, three calls a minute, budgets per key (the default)."""
    from assistant.server import create_app

    settings = server_settings(
        corpus_settings, tmp_path, api_keys=[API_KEY, SECOND_KEY], rate_limit_per_minute=3
    )
    assert settings.rate_limit_by == "key"
    live = LiveServer(create_app(settings, assistant), free_port()).start()
    yield live
    live.stop()


def test_each_key_has_its_own_budget_and_other_callers_keep_theirs(keyed_limit, caplog):
    url = keyed_limit.url
    caplog.set_level(logging.DEBUG)
    with (
        _from(url, "127.0.0.1", API_KEY) as first,
        _from(url, "127.0.0.1", SECOND_KEY) as second,
        _from(url, "127.0.0.2", API_KEY) as first_elsewhere,
        _from(url, "127.0.0.1") as embed,
        _from(url, "127.0.0.3", "wrong-key") as guesser,
    ):
        spent = _statuses(first, 3)
        limited = first.get("/api/v1/documents")
        other_key = _statuses(second, 3)
        other_key_limited = second.get("/api/v1/documents")
        same_key_elsewhere = first_elsewhere.get("/api/v1/documents")
        token = re.search(r'name="bx-embed-token" content="([^"]+)"', embed.get("/embed").text)
        embed.headers["X-Embed-Token"] = token.group(1)
        same_address_without_key = _statuses(embed, 3)
        guesses = _statuses(guesser, 4)
        health = [client.get("/api/v1/health").status_code for client in (first, guesser)]
    assert spent == [200, 200, 200]
    assert_json_error(limited, {429})
    assert limited.json()["error"] == "too many requests: at most 3 per minute for this API key"
    assert 1 <= int(limited.headers["retry-after"]) <= 60
    assert other_key == [200, 200, 200], "a second key has its own budget"
    assert other_key_limited.status_code == 429
    assert same_key_elsewhere.status_code == 429, "a key's budget follows the key"
    assert same_address_without_key == [200, 200, 200], "keys did not spend the address's"
    assert guesses == [401, 401, 401, 429], "wrong keys spend the guesser's address budget"
    assert health == [200, 200], "health is never limited"
    assert API_KEY not in caplog.text and SECOND_KEY not in caplog.text


def test_rate_limit_by_ip_shares_one_budget_per_address(corpus_settings, assistant, tmp_path):
    from assistant.server import create_app

    settings = server_settings(
        corpus_settings,
        tmp_path,
        api_keys=[API_KEY, SECOND_KEY],
        rate_limit_per_minute=3,
        rate_limit_by="ip",
    )
    live = LiveServer(create_app(settings, assistant), free_port()).start()
    try:
        with (
            _from(live.url, "127.0.0.1", API_KEY) as first,
            _from(live.url, "127.0.0.1", SECOND_KEY) as second,
            _from(live.url, "127.0.0.2", SECOND_KEY) as elsewhere,
        ):
            statuses = _statuses(first, 2) + _statuses(second, 2)
            limited = second.get("/api/v1/documents")
            other_address = _statuses(elsewhere, 3)
    finally:
        live.stop()
    assert statuses == [200, 200, 200, 429], "both keys spend one address's budget"
    assert limited.json()["error"] == "too many requests: at most 3 per minute for this address"
    assert other_address == [200, 200, 200], "another address is not affected"


def test_key_budgets_are_named_without_the_key(corpus_settings):
    """The limiter's table holds an HMAC label per key: not the key, not its plain digest."""
    import hashlib

    from starlette.requests import Request

    from assistant.api_access import ApiKeyGuard
    from assistant.rate_limit import RateLimiter, budget_owner

    guard = ApiKeyGuard(corpus_settings.model_copy(update={"api_keys": [API_KEY, SECOND_KEY]}))
    limiter = RateLimiter(5, budget_owner("key", guard))

    def request(key: str, host: str = "10.0.0.7") -> Request:
        headers = [(b"authorization", f"Bearer {key}".encode())]
        return Request({"type": "http", "headers": headers, "client": (host, 1234)})

    for key in (API_KEY, SECOND_KEY, "wrong", API_KEY):
        limiter(request(key))
    owners = set(limiter._calls)
    assert len(owners) == 3 and "ip:10.0.0.7" in owners, owners
    table = repr(limiter._calls)
    for key in (API_KEY, SECOND_KEY):
        assert key not in table and hashlib.sha256(key.encode()).hexdigest()[:16] not in table
    assert budget_owner("ip", guard)(request(API_KEY)) == "ip:10.0.0.7"


def test_rate_limiter_window_slides():
    from assistant.rate_limit import RateLimiter

    now = [0.0]
    limiter = RateLimiter(2, clock=lambda: now[0])
    assert limiter.wait_seconds("a") == 0 and limiter.wait_seconds("a") == 0
    assert limiter.wait_seconds("a") == 60
    assert limiter.wait_seconds("b") == 0, "budgets are per client"
    now[0] = 60.5
    assert limiter.wait_seconds("a") == 0
    assert RateLimiter(0).wait_seconds("a") == 0, "0 turns the limit off"


def assert_json_error(response: httpx.Response, statuses: set[int]) -> None:
    assert response.status_code in statuses, (response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert isinstance(body["error"], str) and body["error"]
    assert "Traceback" not in response.text


def parse_sse(text: str) -> list[tuple[str, dict]]:
    events = []
    for block in text.strip().split("\n\n"):
        lines = block.splitlines()
        name = next(line[6:].strip() for line in lines if line.startswith("event:"))
        data = "\n".join(line[5:].strip() for line in lines if line.startswith("data:"))
        events.append((name, json.loads(data)))
    return events


def _words(text: str) -> str:
    return " ".join(text.split())
