"""The web chat and the /embed page in a real headless Chromium against a real server.

One uvicorn server (session assistant, API keys on, a CORS/frame allow-list) and one
browser for the module. Every test records the browser's requests and fails if any
leaves the loopback interface: the product must work on an offline intranet.
Screenshots land in tests/artifacts/ for a person to look at.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import free_port
from live_server import LiveServer, server_settings
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
QUESTION = "Wat deed de Benelux in 2024 rond waterstof?"
LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}
ANSWER_TIMEOUT_MS = 90_000
# Gradio translates its own button labels by browser locale
LIKE_BUTTON = "#bx-chat button[aria-label='Like'], #bx-chat button[aria-label='Vind ik leuk']"


@pytest.fixture(scope="module")
def host_port() -> int:
    """The port of the intranet page that embeds the chat (another origin)."""
    return free_port()


@pytest.fixture(scope="module")
def settings(corpus_settings, tmp_path_factory, host_port):
    return server_settings(
        corpus_settings,
        tmp_path_factory.mktemp("web-data"),
        api_keys=["browser-test-key"],
        cors_origins=[f"http://localhost:{host_port}"],
    )


@pytest.fixture(scope="module")
def server(settings, assistant) -> Iterator[LiveServer]:
    from assistant.server import create_app

    live = LiveServer(create_app(settings, assistant), free_port()).start()
    yield live
    live.stop()


@pytest.fixture(scope="module")
def intranet_page(server, host_port) -> Iterator[None]:
    """A second tiny HTTP server: an 'intranet' page with the chat in an <iframe>."""
    page = (
        "<!doctype html><html><head><meta charset='utf-8'><title>Intranet</title></head>"
        "<body style='font-family:sans-serif;background:#eef2f7;margin:20px'>"
        "<h2>Intranet — Beleid</h2><p>Vragen over de Benelux-documenten:</p>"
        f"<iframe id='bx-frame' src='{server.url}/embed' title='Benelux Assistent'"
        " style='width:520px;height:620px;border:1px solid #99a'></iframe></body></html>"
    ).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args) -> None:  # noqa: ANN002
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", host_port), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def requests_seen() -> list[str]:
    return []


@pytest.fixture
def open_page(browser, requests_seen):
    """A page factory (locale per test); asserts afterwards that nothing left loopback."""
    contexts = []

    def open_page(locale: str = "nl-NL"):  # noqa: ANN202
        context = browser.new_context(locale=locale, viewport={"width": 1360, "height": 980})
        context.on("request", lambda request: requests_seen.append(request.url))
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
    outside = [url for url in requests_seen if not _loopback(url)]
    assert not outside, f"requests left the server's origin: {outside}"
    assert requests_seen, "the recorder saw no request at all"


def test_chat_answers_with_chips_and_shows_the_highlighted_source(
    server, open_page, requests_seen, artifacts
):
    page = open_page()
    page.goto(server.url + "/")
    ask(page, QUESTION)
    answer = page.locator("#bx-chat .bx-answer[data-turn]").last
    chips = answer.locator(".bx-chip")
    assert chips.count() >= 1
    assert "waterstof" in answer.inner_text().lower()
    assert page.locator("#bx-chat .bx-question").last.inner_text().strip() == QUESTION
    page.screenshot(path=artifacts / "web_chat_answer.png")

    chips.first.click()
    panel = page.locator("#bx-source-panel .bx-source")
    panel.locator("mark").wait_for(timeout=30_000)
    meta = panel.locator(".bx-source-meta").inner_text()
    assert "Hoofdstuk:" in meta and "WATERSTOF" in meta.upper()
    assert re.search(r"Pagina: \d+", meta), meta
    title = panel.locator(".bx-source-title").inner_text()
    assert re.match(r"\[1\] (Jaarplan|Jaarverslag) 2024", title), title
    context = panel.locator(".bx-context").inner_text()
    marked = panel.locator("mark").inner_text()
    assert len(context) > len(marked) + 600, "the passage is shown inside its surrounding text"
    assert "waterstof" in marked.lower()
    page.screenshot(path=artifacts / "web_chat_source.png")
    assert any("/gradio_api/" in url for url in requests_seen), "answers come from the server"


def test_labels_follow_the_browser_language_and_the_switch(server, open_page, artifacts):
    page = open_page(locale="en-US")
    page.goto(server.url + "/")
    send = page.locator("#bx-send")
    send.filter(has_text="Ask").wait_for(timeout=30_000)
    assert page.locator("#bx-new").inner_text().strip() == "New conversation"
    assert "Benelux Assistant" in page.locator("#bx-title").inner_text()
    page.screenshot(path=artifacts / "web_chat_english.png")

    page.locator("#bx-language label", has_text="FR").click()
    send.filter(has_text="Demander").wait_for(timeout=15_000)
    assert page.locator("#bx-new").inner_text().strip() == "Nouvelle conversation"
    page.locator("#bx-language label", has_text="NL").click()
    send.filter(has_text="Vraag").wait_for(timeout=15_000)


def test_thumbs_with_comment_is_stored_and_new_conversation_clears(
    server, settings, open_page, artifacts
):
    from assistant.feedback import FeedbackStore

    page = open_page()
    page.goto(server.url + "/")
    page.locator("#bx-examples").get_by_text("Welk internationaal fietscongres").click()
    expect(page.locator("#bx-question textarea")).to_have_value(re.compile("fietscongres"))
    page.locator("#bx-send").click()
    wait_for_answer(page, 1)
    page.locator(LIKE_BUTTON).last.click()
    comment = page.locator("#bx-comment textarea")
    comment.wait_for(timeout=15_000)
    comment.fill("Duidelijk antwoord, met de juiste bron.")
    page.locator("#bx-feedback button").click()
    page.locator("#bx-feedback-status").filter(has_text="opgeslagen").wait_for(timeout=15_000)
    page.screenshot(path=artifacts / "web_chat_feedback.png")
    rows = list(FeedbackStore(settings.feedback_db).rows())
    assert rows[-1]["rating"] == 1 and rows[-1]["channel"] == "web"
    assert rows[-1]["comment"] == "Duidelijk antwoord, met de juiste bron."
    assert "fietscongres" in rows[-1]["question"]

    page.locator("#bx-new").click()
    page.locator("#bx-chat .bx-question").first.wait_for(state="detached", timeout=15_000)
    assert page.locator("#bx-question textarea").input_value() == ""


def test_html_in_a_question_is_shown_as_text(server, open_page):
    page = open_page()
    page.goto(server.url + "/")
    hostile = '<img src=x onerror="window.bxPwned=1"><b>vet</b> waterstof 2024?'
    ask(page, hostile, wait_for_chip=False)
    assert page.locator("#bx-chat .bx-question").last.inner_text().strip() == hostile
    assert page.locator("#bx-chat img[src='x'], #bx-chat .bx-question b").count() == 0
    assert page.evaluate("window.bxPwned") is None


def test_embed_in_an_iframe_of_another_origin(
    server, intranet_page, host_port, open_page, requests_seen, artifacts
):
    page = open_page()
    page.goto(f"http://localhost:{host_port}/")
    frame = page.frame_locator("#bx-frame")
    frame.locator("#bx-send").filter(has_text="Vraag").wait_for(timeout=30_000)
    frame.locator("#bx-input").fill(QUESTION)
    frame.locator("#bx-send").click()
    chips = frame.locator(".bx-msg.bx-bot .bx-chip")
    chips.first.wait_for(timeout=ANSWER_TIMEOUT_MS)
    assert "waterstof" in frame.locator(".bx-msg.bx-bot").last.inner_text().lower()
    chips.first.click()
    mark = frame.locator("#bx-panel mark")
    mark.wait_for(timeout=30_000)
    assert "waterstof" in mark.inner_text().lower()
    assert "WATERSTOF" in frame.locator("#bx-panel .bx-section").inner_text().upper()
    page.screenshot(path=artifacts / "embed_iframe.png")
    api_calls = [url for url in requests_seen if "/api/v1/" in url]
    assert any(url.endswith("/api/v1/chat/stream") for url in api_calls)
    assert any("/passage?" in url for url in api_calls)


def test_embed_refuses_a_frame_from_an_origin_not_allow_listed(
    server, intranet_page, host_port, open_page, artifacts
):
    page = open_page()
    page.goto(f"http://127.0.0.1:{host_port}/")  # same server, origin not in the list
    page.wait_for_timeout(1500)
    embedded = [frame for frame in page.frames if frame != page.main_frame]
    assert embedded, "the iframe element exists"
    assert all(frame.locator("#bx-form").count() == 0 for frame in embedded)
    page.screenshot(path=artifacts / "embed_refused.png")


def test_api_docs_render_offline(server, open_page, artifacts):
    """Swagger UI from local files (fastapi-offline), or the local endpoint list without it."""
    page = open_page(locale="en-US")
    page.goto(server.url + "/docs")
    title = page.locator(".swagger-ui .info .title, h1.title").first
    title.wait_for(timeout=30_000)
    assert "Benelux Assistant API" in title.inner_text()
    page.get_by_text("/api/v1/chat/stream").first.wait_for()
    page.screenshot(path=artifacts / "api_docs.png")


def test_chat_filters_reach_retrieval(assistant, settings):
    """The kind/year dropdowns' values (years arrive as strings) filter what is retrieved."""
    from assistant.chat_handlers import ChatHandlers
    from assistant.document_library import DocumentLibrary
    from assistant.feedback import FeedbackStore
    from assistant.metrics import Metrics

    handlers = ChatHandlers(
        assistant, DocumentLibrary(settings), FeedbackStore(settings.feedback_db), Metrics()
    )
    *_, (chat, textbox, turns) = handlers.respond(
        "Wat gebeurde er rond waterstof?", [], ["jaarverslag"], ["2021"], "nl"
    )
    result = turns[-1].result
    assert result is not None and result.retrieved
    assert {c.file for c in result.retrieved} == {"002_68ccab70ba53b511.txt"}
    assert textbox == "" and len(chat) == 2


def ask(page, question: str, wait_for_chip: bool = True) -> None:
    textbox = page.locator("#bx-question textarea")
    textbox.wait_for(timeout=30_000)
    before = page.locator("#bx-chat .bx-answer[data-turn]").count()
    textbox.fill(question)
    page.locator("#bx-send").click()
    wait_for_answer(page, before + 1)
    if wait_for_chip:
        page.locator("#bx-chat .bx-answer[data-turn] .bx-chip").first.wait_for()


def wait_for_answer(page, count: int) -> None:
    """Final answers carry data-turn; pending (streaming) ones do not."""
    page.locator("#bx-chat .bx-answer[data-turn]").nth(count - 1).wait_for(
        timeout=ANSWER_TIMEOUT_MS
    )


def _loopback(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https", "ws", "wss"):
        return True  # data:, blob:, about: never leave the browser
    return (parts.hostname or "") in LOOPBACK
