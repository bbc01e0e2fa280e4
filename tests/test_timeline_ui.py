"""The timeline over real HTTP (`GET /api/v1/timeline`) and in the web chat's "Tijdlijn" tab.

One uvicorn server for the module with an API key configured, so the same requests prove
the key check. Which documents cover a topic is settled in tests/test_timeline.py (read
from the documents themselves); here: the JSON shape, order, errors and the rendering.
Files: 001 Jaarplan 2021, 002 Jaarverslag 2021, 000 Jaarplan 2024, 004 Jaarverslag 2024,
003 Gemeenschappelijk Werkprogramma 2025-2028.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from conftest import free_port
from live_server import LiveServer, server_settings

API_KEY = "timeline-test-key"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ORDER = [
    "001_d2ddd7b07eceb66e.txt",
    "002_68ccab70ba53b511.txt",
    "000_23ffac28d6a1c9fd.txt",
    "004_93b1f14f67b4112b.txt",
    "003_3c9be9ba5f64d8e1.txt",
]
YEARS = [2021, 2021, 2024, 2024, 2025]
LABELS = ["planned", "reported", "planned", "reported", "programmed"]
NL_LABELS = ["gepland", "gerapporteerd", "gepland", "gerapporteerd", "geprogrammeerd"]
NO_TOC = "001_d2ddd7b07eceb66e.txt"  # no table of contents: some passages lack a page
LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}
SEARCH_TIMEOUT_MS = 90_000


@pytest.fixture(scope="module")
def server(corpus_settings, assistant, tmp_path_factory) -> Iterator[LiveServer]:
    from assistant.server import create_app

    settings = server_settings(
        corpus_settings, tmp_path_factory.mktemp("timeline-data"), api_keys=[API_KEY]
    )
    live = LiveServer(create_app(settings, assistant), free_port()).start()
    yield live
    live.stop()


@pytest.fixture(scope="module")
def api(server) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {API_KEY}"}
    with httpx.Client(base_url=server.url, headers=headers, timeout=60) as client:
        yield client


@pytest.fixture(scope="module")
def anonymous(server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


# --- the API ---------------------------------------------------------------------------------


def test_timeline_api_lists_every_document_in_year_order(api, assistant):
    from assistant.timeline import build_timeline

    response = api.get("/api/v1/timeline", params={"topic": "waterstof", "per_document": 3})
    assert response.status_code == 200, response.text
    data = response.json()
    assert data == build_timeline(assistant, "waterstof", 3).model_dump(mode="json")
    assert (data["topic"], data["language"]) == ("waterstof", "nl")
    entries = data["entries"]
    assert [e["file"] for e in entries] == ORDER
    assert [e["year"] for e in entries] == YEARS
    assert [e["label"] for e in entries] == LABELS
    assert all(e["covered"] for e in entries), "all five documents name waterstof"
    for entry in entries:
        assert_passages_cited(entry)


def assert_passages_cited(entry: dict) -> None:
    passages = entry["passages"]
    assert 1 <= len(passages) <= 3 and len(entry["excerpts"]) == len(passages)
    for passage, excerpt in zip(passages, entry["excerpts"], strict=True):
        assert passage["file"] == entry["file"] and passage["section"].strip()
        assert "waterstof" in f"{passage['section']} {passage['text']}".lower()
        assert excerpt.strip()
        if entry["file"] != NO_TOC:
            assert isinstance(passage["page_start"], int), passage
    assert any(isinstance(p["page_start"], int) for p in passages)


def test_per_document_limits_the_passages(api):
    data = api.get("/api/v1/timeline", params={"topic": "waterstof", "per_document": 1}).json()
    assert [len(e["passages"]) for e in data["entries"]] == [1] * 5
    numbers = [p["n"] for e in data["entries"] for p in e["passages"]]
    assert numbers == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    "params",
    [
        {"topic": ""},
        {"topic": "   "},
        {"topic": "x" * 201},
        {"topic": "waterstof", "per_document": 0},
        {"topic": "waterstof", "per_document": 11},
        {"topic": "waterstof", "per_document": "drie"},
        {},
    ],
    ids=["empty", "blank", "too-long", "zero", "eleven", "not-a-number", "missing"],
)
def test_bad_topics_are_a_json_422(api, params):
    response = api.get("/api/v1/timeline", params=params)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert isinstance(response.json()["error"], str) and response.json()["error"]


def test_empty_topic_says_why(api):
    response = api.get("/api/v1/timeline", params={"topic": ""})
    assert response.json() == {"error": "The topic is empty."}


def test_api_key_is_required(anonymous):
    response = anonymous.get("/api/v1/timeline", params={"topic": "waterstof"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "API key" in response.json()["error"]
    wrong = {"Authorization": "Bearer not-the-key"}
    response = anonymous.get("/api/v1/timeline", params={"topic": "waterstof"}, headers=wrong)
    assert response.status_code == 401


def test_timeline_is_in_the_metrics_and_the_openapi_spec(api, anonymous):
    api.get("/api/v1/timeline", params={"topic": "vuurwerk"})
    api.get("/api/v1/timeline", params={"topic": ""})
    text = anonymous.get("/metrics").text
    assert 'route="/api/v1/timeline",status="200"' in text
    assert 'route="/api/v1/timeline",status="422"' in text
    spec = anonymous.get("/openapi.json").json()
    operation = spec["paths"]["/api/v1/timeline"]["get"]
    assert {p["name"] for p in operation["parameters"]} == {"topic", "per_document"}


# --- the HTML --------------------------------------------------------------------------------


def test_uncovered_documents_say_so(assistant):
    from assistant.timeline import build_timeline
    from assistant.timeline_ui import timeline_html

    html = timeline_html(build_timeline(assistant, "Schengen"), "nl")
    assert html.count("bx-tl-entry") == 5
    assert html.count("geen passages over dit onderwerp") == 3
    english = timeline_html(build_timeline(assistant, "Schengen"), "en")
    assert english.count("no passages on this topic") == 3 and ">planned<" in english


def test_document_and_user_text_is_escaped():
    from assistant.models import Citation
    from assistant.timeline import Timeline, TimelineEntry
    from assistant.timeline_ui import timeline_html

    hostile = '<img src=x onerror="alert(1)">'
    citation = Citation(
        n=1, file="f.txt", title=hostile, section=hostile, page_start=3, page_end=None,
        page_source="toc", text=hostile, score=1.0, char_start=0, char_end=10,
    )  # fmt: skip
    entry = TimelineEntry(
        file="f.txt", title=hostile, kind="jaarplan", year=2024, label="planned",
        covered=True, passages=[citation], excerpts=[hostile],
    )  # fmt: skip
    html = timeline_html(Timeline(topic=hostile, language="nl", entries=[entry]), "fr")
    assert "<img" not in html and html.count("&lt;img") == 4
    assert ">prévu<" in html and "Page: 3 (selon la table des matières)" in html


# --- the browser -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.mark.browser
def test_timeline_tab_shows_one_block_per_document(server, browser, artifacts):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1360, "height": 980})
    seen: list[str] = []
    context.on("request", lambda request: seen.append(request.url))
    page = context.new_page()
    try:
        page.goto(server.url + "/")
        page.locator("#bx-question textarea").wait_for(timeout=30_000)  # the chat is first
        page.get_by_role("tab", name="Tijdlijn").click()
        topic = page.locator("#bx-tl-topic").locator("textarea, input").first
        topic.fill("Politieverdrag")
        topic.press("Enter")
        entries = page.locator("#bx-tl-result .bx-tl-entry")
        entries.nth(4).wait_for(timeout=SEARCH_TIMEOUT_MS)
        assert_blocks(entries)
        page.screenshot(path=artifacts / "timeline_tab.png", full_page=True)
        assert_french_relabels(page)
    finally:
        context.close()
    assert seen and all(_loopback(url) for url in seen), seen


def assert_blocks(entries) -> None:  # noqa: ANN001 - a Playwright locator
    assert entries.count() == 5
    assert [entries.nth(i).get_attribute("data-file") for i in range(5)] == ORDER
    heads = [entries.nth(i).locator(".bx-tl-head").inner_text() for i in range(5)]
    for head, year, label in zip(heads, YEARS, NL_LABELS, strict=True):
        assert head.startswith(str(year)) and label in head, head
    assert "Jaarplan 2021" in heads[0] and "Werkprogramma" in heads[4]
    for i in range(5):
        passages = entries.nth(i).locator(".bx-tl-passage")
        assert passages.count() >= 1, heads[i]
        shown = [passages.nth(j).inner_text() for j in range(passages.count())]
        for text in shown:
            assert re.search(r"Hoofdstuk: \S", text) and re.search(r"Pagina: \d+", text), text
        # An excerpt is one sentence: a passage may name the topic only in a heading of its
        # text (not shown), so ask that the block as a whole shows it.
        assert "politie" in " ".join(shown).lower(), shown


def assert_french_relabels(page) -> None:  # noqa: ANN001 - a Playwright page
    """The switch relabels the tabs and the shown timeline without searching again."""
    page.locator("#bx-language label", has_text="FR").click()
    page.get_by_role("tab", name="Chronologie").wait_for(timeout=15_000)
    result = page.locator("#bx-tl-result")
    result.locator(".bx-tl-label", has_text="prévu").first.wait_for(timeout=15_000)
    assert "Chronologie: Politieverdrag" in result.locator(".bx-tl-heading").inner_text()
    page.get_by_role("tab", name="Conversation").click()
    page.locator("#bx-send").filter(has_text="Demander").wait_for(timeout=15_000)


def _loopback(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https", "ws", "wss"):
        return True
    return (parts.hostname or "") in LOOPBACK
