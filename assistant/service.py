"""The assistant: question (+ history, filters, k) in, cited answer out.

Composes retrieval and an answerer; the CLI, the REST API and the web chat all call
`Assistant.ask` / `Assistant.stream`, so they answer identically.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from assistant.document_prior import referred_documents
from assistant.extractive import Draft, ExtractiveAnswerer, question_parts
from assistant.language import detect_language
from assistant.messages import abstention
from assistant.models import AskResult, Citation, Filters, ScoredChunk
from assistant.query_expansion import RetrievalQuery, build_query
from assistant.retrieval import HybridRetriever
from assistant.settings import Settings

Mode = Literal["hybrid", "bm25", "dense"]
_SEE_ALSO = 3
_SEEN_DEPTH = 10  # the passages the answerer reads for each document a question names
_OTHER_DOCUMENT_AT = 3


class InvalidQuestion(ValueError):
    """A question the assistant refuses to process; the message is shown to the user."""


@dataclass
class StreamEvent:
    kind: Literal["token", "done"]
    text: str = ""
    result: AskResult | None = None


class Assistant:
    def __init__(self, settings: Settings, retriever: HybridRetriever, answerer, llm=None) -> None:  # noqa: ANN001
        self.settings = settings
        self.retriever = retriever
        self.extractive: ExtractiveAnswerer = answerer
        self.llm = llm

    def ask(
        self,
        question: str,
        history: list[str] | None = None,
        filters: Filters | None = None,
        k: int | None = None,
    ) -> AskResult:
        *_, last = self.stream(question, history, filters, k)
        assert last.result is not None
        return last.result

    def stream(
        self,
        question: str,
        history: list[str] | None = None,
        filters: Filters | None = None,
        k: int | None = None,
    ) -> Iterator[StreamEvent]:
        """Answer tokens as they come (LLM) or at once (extractive), then the full result."""
        question = self._validated(question)
        if filters is None or filters.empty:
            from assistant.timeline import across_documents_answer  # it imports this module

            planned = across_documents_answer(self, question, self._history(history))
            if planned is not None:
                yield StreamEvent("token", planned.answer)
                yield StreamEvent("done", result=planned)
                return
        started = time.perf_counter()
        query = self._query(question, self._history(history))
        retrieved = self._retrieve(query, question, self._k(k), filters or Filters())
        after_retrieval = time.perf_counter()
        draft: Draft | None = None
        for item in self._drafts(query, question, retrieved):
            if isinstance(item, str):
                yield StreamEvent("token", item)
            else:
                draft = item
        assert draft is not None
        if self.llm is None:
            yield StreamEvent("token", draft.text)
        timings = _timings(started, after_retrieval, time.perf_counter())
        yield StreamEvent("done", result=_result(question, query, draft, retrieved, timings))

    def _retrieve(
        self, query: RetrievalQuery, question: str, k: int, filters: Filters
    ) -> list[ScoredChunk]:
        """Each document a two-part question points to gets its best passage among the first.

        'Hoe wil het werkprogramma X, en wat werd daarvoor in 2021 al verkend?': the named
        work programme fills the whole ranking, so the 2021 report's passage is never read.
        """
        retrieved = self.retriever.retrieve(query, k, filters)
        if not filters.empty:
            return retrieved
        documents = referred_documents(question_parts(question))
        if len(documents) < 2:
            return retrieved
        for kind, year in sorted(documents, key=str):
            seen = retrieved[:_SEEN_DEPTH]
            if any(s.chunk.kind == kind and year in (None, s.chunk.year) for s in seen):
                continue
            scope = Filters(kind=[kind], year=[year] if year else [])
            best = self.retriever.retrieve(query, 1, scope)
            if best and best[0].chunk.id not in {s.chunk.id for s in retrieved}:
                retrieved.insert(_OTHER_DOCUMENT_AT, best[0])
        return retrieved[:k]

    def _query(self, question: str, history: list[str]) -> RetrievalQuery:
        """With an LLM a follow-up is condensed into a standalone question first."""
        language = detect_language(question)
        if self.llm is not None and history:
            standalone = self.llm.condense(question, history, language)
            if standalone:
                return build_query(standalone, [], language)
        return build_query(question, history, language)

    def _drafts(
        self, query: RetrievalQuery, question: str, retrieved: list[ScoredChunk]
    ) -> Iterator[str | Draft]:
        if self._out_of_scope(query):
            yield Draft(text=abstention(query.language), abstained=True)
            return
        extractive = self.extractive.answer(query, question, retrieved)
        if self.llm is None or extractive.abstained and not retrieved:
            yield extractive
            return
        yield from self.llm.stream(query, question, retrieved, fallback=extractive)

    def _out_of_scope(self, query: RetrievalQuery) -> bool:
        """Nothing in the documents is near the question: abstain, with or without an LLM."""
        if self.settings.min_similarity <= 0:
            return False
        similarity = self.retriever.closest_similarity(query)
        return similarity is not None and similarity < self.settings.min_similarity

    def _validated(self, question: str) -> str:
        if not isinstance(question, str) or not question.strip():
            raise InvalidQuestion("The question is empty.")
        if len(question) > self.settings.max_question_chars:
            raise InvalidQuestion(
                f"The question is longer than {self.settings.max_question_chars} characters."
            )
        if "\x00" in question:
            raise InvalidQuestion("The question contains a NUL character.")
        if not _is_encodable(question):
            raise InvalidQuestion("The question is not valid text (invalid UTF-8).")
        return question.strip()

    def _history(self, history: list[str] | None) -> list[str]:
        turns = [
            turn
            for turn in history or []
            if isinstance(turn, str) and turn.strip() and _is_encodable(turn)
        ]
        return [
            turn[: self.settings.max_question_chars]
            for turn in turns[-self.settings.max_history_turns :]
        ]

    def _k(self, k: int | None) -> int:
        if k is None:
            return self.settings.top_k
        if not 1 <= k <= 50:
            raise InvalidQuestion("k must be between 1 and 50.")
        return k


def _is_encodable(text: str) -> bool:
    """Invalid UTF-8 from argv/stdin arrives as lone surrogates, which the tokenizer rejects."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _timings(started: float, retrieved: float, finished: float) -> dict[str, float]:
    return {
        "retrieve": round((retrieved - started) * 1000, 2),
        "answer": round((finished - retrieved) * 1000, 2),
        "total": round((finished - started) * 1000, 2),
    }


def _result(
    question: str,
    query: RetrievalQuery,
    draft: Draft,
    retrieved: list[ScoredChunk],
    timings: dict[str, float],
) -> AskResult:
    citations = [Citation.from_scored(n, scored) for n, scored in enumerate(draft.cited, start=1)]
    ranked = [Citation.from_scored(n, scored) for n, scored in enumerate(retrieved, start=1)]
    return AskResult(
        question=question,
        answer=draft.text,
        abstained=draft.abstained,
        language=query.language,
        citations=[] if draft.abstained else citations,
        retrieved=ranked,
        see_also=ranked[:_SEE_ALSO] if draft.abstained else [],
        notice=draft.notice,
        timings_ms=timings,
    )
