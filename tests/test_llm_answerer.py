"""The generative answerer against a real OpenAI-compatible HTTP server on loopback."""

from __future__ import annotations

import pytest
from conftest import free_port
from openai_stub_server import StubLLM

from assistant.factory import build_assistant
from assistant.llm_answerer import checked_draft

QUESTION = "Wat deed de Benelux in 2024 rond waterstof?"


@pytest.fixture(scope="module")
def stub():
    with StubLLM() as server:
        yield server


def _assistant(corpus_settings, url: str, model: str = "echo"):
    settings = corpus_settings.model_copy(
        update={"llm_url": url, "llm_model": model, "llm_timeout_s": 2.0}
    )
    return build_assistant(settings)


def test_answer_cites_given_sources_and_drops_invented_markers(corpus_settings, stub):
    result = _assistant(corpus_settings, stub.url).ask(QUESTION)
    assert not result.abstained and result.notice is None
    assert "[1]" in result.answer and "[9]" not in result.answer
    assert len(result.citations) == 1
    assert result.citations[0].text.split()[0] in result.answer
    sent = stub.requests[-1]
    assert sent["stream"] is True
    assert "[1]" in sent["messages"][-1]["content"] and QUESTION in sent["messages"][-1]["content"]


def test_stream_yields_tokens_before_the_result(corpus_settings, stub):
    events = list(_assistant(corpus_settings, stub.url).stream(QUESTION))
    tokens = [e for e in events if e.kind == "token"]
    assert len(tokens) > 3
    assert events[-1].kind == "done" and events[-1].result.citations


def test_answer_without_valid_citation_is_an_abstention(corpus_settings, stub):
    result = _assistant(corpus_settings, stub.url, "nocite").ask(QUESTION)
    assert result.abstained and result.citations == []
    assert result.answer == "Ik vond hierover geen informatie in de documenten."


@pytest.mark.parametrize("model", ["slow", "garbage"])
def test_slow_or_garbage_endpoint_falls_back_to_extractive(corpus_settings, stub, model):
    result = _assistant(corpus_settings, stub.url, model).ask(QUESTION)
    assert result.notice and "bronnen" in result.notice
    assert result.citations and "[1]" in result.answer


def test_endpoint_down_falls_back_to_extractive(corpus_settings):
    result = _assistant(corpus_settings, f"http://127.0.0.1:{free_port()}/v1").ask(QUESTION)
    assert result.notice and result.citations


def test_follow_up_is_condensed_by_the_model(corpus_settings, stub):
    history = ["Wat is de rol van de Benelux in de Penta-samenwerking?"]
    result = _assistant(corpus_settings, stub.url).ask("En wat gebeurde daar in 2024?", history)
    condense = [r for r in stub.requests if "Op zichzelf staande vraag" in str(r["messages"])]
    assert condense, "no condense request reached the server"
    assert any("Penta" in c.text or "Penta" in c.section for c in result.retrieved[:5])


def test_checked_draft_renumbers_in_order_of_use(corpus_chunks):
    from assistant.models import ScoredChunk

    sources = [ScoredChunk(chunk=c, score=1.0) for c in corpus_chunks[:3]]
    draft = checked_draft("A [3]. B [1][3]. C [7].", sources, "nl")
    assert draft.text == "A [1]. B [2][1]. C."
    assert [s.chunk.id for s in draft.cited] == [corpus_chunks[2].id, corpus_chunks[0].id]
