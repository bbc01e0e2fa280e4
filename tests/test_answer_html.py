"""The chat's HTML: citation chips, escaping of questions and passages, the marked passage."""

from __future__ import annotations

from assistant.answer_html import answer_html, marked_passage, passage_html, question_html
from assistant.api_access import ApiKeyGuard, frame_ancestors
from assistant.chat_handlers import source_key
from assistant.document_library import Passage, UnsafeFileName, check_file_name
from assistant.models import AskResult, Citation
from assistant.settings import Settings


def citation(n: int = 1, **overrides) -> Citation:
    values = {
        "n": n,
        "file": "000_23ffac28d6a1c9fd.txt",
        "title": "Jaarplan 2024",
        "section": "3. ENERGIE › 3.2. WATERSTOF",
        "page_start": 23,
        "page_end": 26,
        "page_source": "toc",
        "text": "De <Benelux> & waterstof.",
        "score": 1.0,
        "char_start": 100,
        "char_end": 125,
    }
    return Citation(**(values | overrides))


def result(answer: str, citations: list[Citation], **overrides) -> AskResult:
    values = {
        "question": "q",
        "answer": answer,
        "abstained": False,
        "citations": citations,
        "retrieved": citations,
        "timings_ms": {},
    }
    return AskResult(**(values | overrides))


def test_markers_become_chips_for_known_citations_only():
    html = answer_html(result("Waterstof [1] en meer [7].", [citation()]), turn=3, language="nl")
    assert html.count('class="bx-chip"') == 2  # the marker and the source list entry
    assert 'data-turn="3" data-group="c" data-n="1"' in html
    assert "[7]" in html, "an unknown marker stays plain text"
    assert "Bronnen" in html and "p. 23–26 (volgens de inhoudsopgave)" in html


def test_answer_and_question_text_is_escaped():
    html = answer_html(result("<script>alert(1)</script> [1]", [citation()]), 0, "nl")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img" not in question_html('<img src=x onerror="alert(1)">')


def test_abstention_lists_see_also_chips():
    see_also = [citation(1), citation(2, page_start=None, page_end=None, page_source="none")]
    html = answer_html(
        result("Dat staat niet in de documenten.", [], abstained=True, see_also=see_also),
        0,
        "en",
    )
    assert "See also" in html and 'data-group="s"' in html and "p. unknown" in html


def test_passage_is_marked_inside_escaped_context():
    passage = Passage(
        file="f.txt",
        title="T",
        start=10,
        end=20,
        context_start=0,
        context_end=30,
        document_length=30,
        text="<b>before</b>CITED & <x>after",
        passage_start=13,
        passage_end=21,
    )
    html = marked_passage(passage)
    assert "<mark>CITED &amp; </mark>" in html
    assert "&lt;b&gt;before&lt;/b&gt;" in html and "<x>" not in html


def test_source_panel_shows_title_section_page_and_falls_back_to_the_chunk_text():
    html = passage_html(citation(), None, "fr")
    assert "[1] Jaarplan 2024" in html and "3.2. WATERSTOF" in html
    assert "Page: 23–26 (selon la table des matières)" in html
    assert "<mark>De &lt;Benelux&gt; &amp; waterstof.</mark>" in html


def test_chip_data_from_the_browser_is_validated():
    assert source_key({"turn": "2", "group": "c", "n": "1"}).n == 1
    for bad in [None, "x", {"turn": "a", "n": 1}, {"turn": 1}, {"turn": 1, "n": 1, "group": "z"}]:
        assert source_key(bad) is None


def test_file_names_with_traversal_are_refused():
    check_file_name("004_93b1f14f67b4112b.txt")
    for bad in ["../etc/passwd", "..", "a/b.txt", "a\\b.txt", "/etc/passwd", "", ".hidden"]:
        try:
            check_file_name(bad)
        except UnsafeFileName:
            continue
        raise AssertionError(f"{bad!r} was accepted")


def test_embed_tokens_expire_and_cannot_be_forged():
    guard = ApiKeyGuard(Settings(api_keys=["k1", "k2"]))
    token = guard.embed_token(now=1000)
    assert guard.token_valid(token, now=1001)
    assert not guard.token_valid(token, now=1000 + 13 * 3600), "expired"
    expiry, _, signature = token.partition(".")
    assert not guard.token_valid(f"{int(expiry) + 10**6}.{signature}", now=1001)
    assert not ApiKeyGuard(Settings(api_keys=["k1"])).token_valid(token, now=1001)
    assert guard.key_matches("k2") and not guard.key_matches("k3")


def test_frame_ancestors_drop_malformed_origins():
    settings = Settings(cors_origins=["https://intranet.example", "x; script-src *", "'none'"])
    assert frame_ancestors(settings) == "frame-ancestors 'self' https://intranet.example"
