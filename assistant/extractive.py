"""The default answerer: the best-supported sentences of the retrieved chunks, cited.

No LLM: every sentence of the answer is a sentence of a source, followed by its [n].
It abstains when no passage covers the question's key terms well enough, or when the
question asks for an amount, count or date that the best passages do not contain.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.answer_types import asked_type, holds_answer_type
from assistant.lexical_index import LexicalIndex
from assistant.messages import abstention, introduction
from assistant.models import ScoredChunk
from assistant.query_expansion import RetrievalQuery
from assistant.text_analysis import sentence_spans

_RANK_DECAY = 0.12
_CANDIDATE_CHUNKS = 6
_MIN_RELATIVE = 0.55


@dataclass
class Draft:
    """An answer before citation numbering: `cited` indexes the chunks given."""

    text: str
    cited: list[int] = field(default_factory=list)
    abstained: bool = False
    notice: str | None = None
    support: float = 0.0


@dataclass(frozen=True)
class _Sentence:
    chunk: int
    start: int
    text: str
    score: float


class ExtractiveAnswerer:
    def __init__(self, lexical: LexicalIndex, threshold: float, max_sentences: int) -> None:
        self.lexical = lexical
        self.threshold = threshold
        self.max_sentences = max_sentences

    def answer(self, query: RetrievalQuery, question: str, chunks: list[ScoredChunk]) -> Draft:
        weights = self.lexical.term_weights(query.full)
        sentences = self._scored_sentences(weights, chunks[:_CANDIDATE_CHUNKS])
        chosen = self._select(sentences)
        support = chosen[0].score if chosen else 0.0
        if support < self.threshold or not self._has_asked_fact(question, chosen):
            return Draft(text=abstention(query.language), abstained=True, support=support)
        return self._compose(query, chosen, chunks, support)

    def _scored_sentences(
        self, weights: dict[str, float], chunks: list[ScoredChunk]
    ) -> list[_Sentence]:
        total = sum(weights.values()) or 1.0
        found: list[_Sentence] = []
        for rank, scored in enumerate(chunks):
            text = scored.chunk.text
            for start, end in sentence_spans(text):
                terms = set(self.lexical.analyzer.terms(text[start:end]))
                coverage = sum(w for term, w in weights.items() if term in terms) / total
                score = coverage / (1 + _RANK_DECAY * rank)
                found.append(_Sentence(rank, start, text[start:end].strip(), score))
        return found

    def _select(self, sentences: list[_Sentence]) -> list[_Sentence]:
        ranked = sorted(sentences, key=lambda s: -s.score)
        if not ranked:
            return []
        floor = ranked[0].score * _MIN_RELATIVE
        chosen: list[_Sentence] = []
        for sentence in ranked:
            if sentence.score < floor or len(chosen) >= self.max_sentences:
                break
            if len(sentence.text) > 25 and all(sentence.text != c.text for c in chosen):
                chosen.append(sentence)
        return chosen

    def _has_asked_fact(self, question: str, chosen: list[_Sentence]) -> bool:
        answer_type = asked_type(question)
        return any(holds_answer_type(s.text, answer_type, question) for s in chosen)

    def _compose(
        self, query: RetrievalQuery, chosen: list[_Sentence], chunks: list[ScoredChunk], support: float
    ) -> Draft:
        ordered = sorted(chosen, key=lambda s: (s.chunk, s.start))
        cited = list(dict.fromkeys(s.chunk for s in ordered))
        parts = [f"{_terminated(s.text)} [{cited.index(s.chunk) + 1}]" for s in ordered]
        title = chunks[ordered[0].chunk].chunk.title
        return Draft(
            text=f"{introduction(query.language, title)} " + " ".join(parts),
            cited=cited, support=support,
        )


def _terminated(sentence: str) -> str:
    return sentence if sentence[-1:] in ".!?:;" else sentence + "."
