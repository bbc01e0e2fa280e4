"""Generative answerer over any OpenAI-compatible endpoint (vLLM, Ollama, llama.cpp).

The model sees numbered sources and must cite them as [n]. Its output is not trusted:
markers that point at no given source are dropped, an answer citing nothing counts as
an abstention, and any error or timeout falls back to the extractive answer with a notice.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from assistant.extractive import Draft
from assistant.messages import abstention, llm_fallback_notice
from assistant.models import ScoredChunk
from assistant.prompts import load_prompt, localized
from assistant.query_expansion import RetrievalQuery
from assistant.settings import Settings

log = logging.getLogger(__name__)
_MARKER = re.compile(r"\[(\d{1,3})\]")
_SOURCES = 6
_PASSAGE_CHARS = 1200


class LLMAnswerer:
    def __init__(self, settings: Settings) -> None:
        from llama_index.llms.openai_like import OpenAILike

        self.llm = OpenAILike(
            model=settings.llm_model,
            api_base=settings.llm_url,
            api_key=settings.llm_api_key or "none",
            is_chat_model=True,
            timeout=settings.llm_timeout_s,
            max_retries=0,
            temperature=0.0,
            max_tokens=512,
        )

    def condense(self, question: str, history: list[str], language: str) -> str | None:
        """A standalone version of a follow-up, or None when the model fails."""
        prompt = localized("condense", language).format(
            history="\n".join(history[-4:]), question=question
        )
        try:
            rewritten = self.llm.complete(prompt).text.strip().splitlines()
        except Exception as exc:  # noqa: BLE001 - any client/server failure means "no rewrite"
            log.warning("condense failed: %s", exc)
            return None
        return rewritten[0].strip() if rewritten and rewritten[0].strip() else None

    def stream(
        self,
        query: RetrievalQuery,
        question: str,
        chunks: list[ScoredChunk],
        fallback: Draft,
    ) -> Iterator[str | Draft]:
        """Yield text deltas as they arrive, then the checked Draft."""
        sources = chunks[:_SOURCES]
        pieces: list[str] = []
        try:
            for response in self.llm.stream_chat(self._messages(query.language, question, sources)):
                delta = response.delta or ""
                pieces.append(delta)
                yield delta
        except Exception as exc:  # noqa: BLE001 - network, HTTP and parse errors alike
            log.warning("LLM answer failed, falling back to extractive: %s", exc)
            yield _with_notice(fallback, query.language)
            return
        if not "".join(pieces).strip():
            log.warning("LLM returned no text, falling back to extractive")
            yield _with_notice(fallback, query.language)
            return
        yield checked_draft("".join(pieces), sources, query.language)

    def _messages(self, language: str, question: str, sources: list[ScoredChunk]) -> list:
        from llama_index.core.llms import ChatMessage

        user = load_prompt("answer_user").format(sources=_numbered(sources), question=question)
        return [
            ChatMessage(role="system", content=localized("answer_system", language)),
            ChatMessage(role="user", content=user),
        ]


def checked_draft(text: str, sources: list[ScoredChunk], language: str) -> Draft:
    """Keep only markers of given sources, renumbered in order of first use."""
    used: list[int] = []

    def renumber(match: re.Match[str]) -> str:
        source = int(match.group(1))
        if not 1 <= source <= len(sources):
            return ""
        if source not in used:
            used.append(source)
        return f"[{used.index(source) + 1}]"

    cleaned = re.sub(r"[ \t]+([.,;:])", r"\1", _MARKER.sub(renumber, text)).strip()
    if not used or not cleaned:
        return Draft(text=abstention(language), abstained=True)
    return Draft(text=cleaned, cited=[sources[source - 1] for source in used])


def _with_notice(fallback: Draft, language: str) -> Draft:
    fallback.notice = llm_fallback_notice(language)
    return fallback


def _numbered(sources: list[ScoredChunk]) -> str:
    blocks = []
    for n, scored in enumerate(sources, start=1):
        chunk = scored.chunk
        page = f", p. {chunk.page_start}" if chunk.page_start is not None else ""
        blocks.append(f"[{n}] {chunk.title} — {chunk.section}{page}\n{chunk.text[:_PASSAGE_CHARS]}")
    return "\n\n".join(blocks)
