"""What the web chat does on each event: answer, show a source, reset, record feedback.

Kept apart from the Gradio layout (`web_ui.py`) so the behaviour reads as plain Python.
The conversation lives in a per-browser `gr.State` list of `Turn`s; the Chatbot's value
is always rebuilt from it, so what the server cites and what the user sees never drift.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field

from assistant.answer_html import answer_html, passage_html, pending_html, question_html
from assistant.document_library import BadPassageRange, DocumentLibrary, UnknownDocument
from assistant.feedback import FeedbackEntry, FeedbackStore, citation_labels
from assistant.metrics import Metrics
from assistant.models import AskResult, Citation, Filters
from assistant.service import Assistant, InvalidQuestion
from assistant.ui_text import label

log = logging.getLogger(__name__)


@dataclass
class Turn:
    question: str
    html: str
    result: AskResult | None = None


@dataclass
class SourceKey:
    """Which chip was clicked: the turn, the list (c = citations, s = see also) and n."""

    turn: int
    group: str
    n: int


@dataclass
class ChatHandlers:
    assistant: Assistant
    library: DocumentLibrary
    feedback: FeedbackStore
    metrics: Metrics
    channel: str = field(default="web")

    def respond(
        self, question: str, turns: list[Turn], kinds: list[str], years: list, language: str
    ) -> Iterator[tuple[list[dict], str, list[Turn]]]:
        """Stream one answer: (chat messages, textbox value, turns) after every token."""
        question = (question or "").strip()
        if not question:
            yield messages(turns), "", turns
            return
        history = [turn.question for turn in turns if turn.result is not None]
        turn = Turn(question, pending_html(label("thinking", language)))
        turns = [*turns, turn]
        yield messages(turns), "", turns
        for text, result in self._answer(question, history, _filters(kinds, years), language):
            turn.html = answer_html(result, len(turns) - 1, language) if result else text
            turn.result = result
            yield messages(turns), "", turns

    def show_source(self, key: SourceKey | None, turns: list[Turn], language: str) -> str:
        citation = find_citation(turns, key)
        if citation is None:
            return source_hint(language)
        try:
            passage = self.library.passage(citation.file, citation.char_start, citation.char_end)
        except (UnknownDocument, BadPassageRange, ValueError):
            passage = None
        return passage_html(citation, passage, language)

    def record_like(self, turns: list[Turn], message_index: int, liked: object) -> int | None:
        """Store a thumbs up/down for the answer at `message_index`; returns the feedback id."""
        turn_index = message_index // 2
        if liked not in (True, False) or not 0 <= turn_index < len(turns):
            return None
        turn = turns[turn_index]
        if turn.result is None:
            return None
        rating = 1 if liked else -1
        self.metrics.count_feedback(self.channel, rating)
        return self.feedback.add(
            FeedbackEntry(
                rating=rating,
                question=turn.question,
                answer=turn.result.answer,
                language=turn.result.language,
                citations=citation_labels(turn.result.citations),
                channel="web",
            )
        )

    def _answer(
        self, question: str, history: list[str], filters: Filters, language: str
    ) -> Iterator[tuple[str, AskResult | None]]:
        text = ""
        try:
            for event in self.assistant.stream(question, history, filters):
                if event.kind == "token":
                    text += event.text
                    yield pending_html(text), None
                elif event.result is not None:
                    self.metrics.count_answer(self.channel, event.result.abstained)
                    yield "", event.result
        except InvalidQuestion as exc:
            yield pending_html(str(exc)), None
        except Exception:  # noqa: BLE001 - the user gets a message, the log the trace
            log.exception("web chat answer failed")
            yield pending_html(label("error", language)), None


def messages(turns: list[Turn]) -> list[dict]:
    chat: list[dict] = []
    for turn in turns:
        chat.append({"role": "user", "content": question_html(turn.question)})
        chat.append({"role": "assistant", "content": turn.html})
    return chat


def find_citation(turns: list[Turn], key: SourceKey | None) -> Citation | None:
    if key is None or not 0 <= key.turn < len(turns):
        return None
    result = turns[key.turn].result
    if result is None:
        return None
    sources = result.citations if key.group == "c" else result.see_also
    return next((source for source in sources if source.n == key.n), None)


def source_key(data: object) -> SourceKey | None:
    """The chip's data attributes as sent by the browser; anything malformed is ignored."""
    if not isinstance(data, dict):
        return None
    try:
        key = SourceKey(int(data["turn"]), str(data.get("group", "c")), int(data["n"]))
    except (KeyError, TypeError, ValueError):
        return None
    return key if key.group in ("c", "s") else None


def source_hint(language: str) -> str:
    return f'<div class="bx-source-hint">{label("source_hint", language)}</div>'


def _filters(kinds: list[str] | None, years: list | None) -> Filters:
    return Filters(kind=list(kinds or []), year=[int(year) for year in years or []])
