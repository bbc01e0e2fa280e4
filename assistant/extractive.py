"""The default answerer: the best-supported sentences of the retrieved chunks, cited.

No LLM: every sentence of the answer is a sentence of a source, followed by its [n].
The answer is the best-matching sentence with the sentences that follow it in the same
passage (facts often sit right after the sentence that names the topic), plus strongly
supported sentences from other passages. It abstains when no passage covers the
question's key terms well enough, or when the question asks for an amount, count or date
that the best passages do not contain.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.answer_types import asked_type, holds_answer_type
from assistant.lexical_index import LexicalIndex
from assistant.messages import abstention, introduction
from assistant.models import ScoredChunk
from assistant.query_expansion import RetrievalQuery
from assistant.text_analysis import sentence_spans

_RANK_DECAY = 0.25
_CANDIDATE_CHUNKS = 5
_FOLLOWING = 2
_OTHERS_RELATIVE = 0.75
_MAX_CHARS = 900


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
    position: int
    text: str
    coverage: float
    score: float


class ExtractiveAnswerer:
    def __init__(self, lexical: LexicalIndex, threshold: float, max_sentences: int) -> None:
        self.lexical = lexical
        self.threshold = threshold
        self.max_sentences = max_sentences

    def answer(self, query: RetrievalQuery, question: str, chunks: list[ScoredChunk]) -> Draft:
        weights = self.lexical.term_weights(query.full)
        sentences = self._sentences(weights, chunks[:_CANDIDATE_CHUNKS])
        support = self.support(query, chunks)
        chosen = self._select(sentences)
        if support < self.threshold or not chosen or not _has_asked_fact(question, chosen):
            return Draft(text=abstention(query.language), abstained=True, support=support)
        return self._compose(query, chosen, chunks, support)

    def support(self, query: RetrievalQuery, chunks: list[ScoredChunk]) -> float:
        """Share of the question's term weight found in the best of the top passages."""
        weights = self.lexical.term_weights(f"{query.text} {query.expansion}")
        total = sum(weights.values())
        if not total:
            return 0.0
        best = 0.0
        for scored in chunks[:3]:
            terms = set(self.lexical.analyzer.terms(scored.chunk.index_text))
            best = max(best, sum(w for t, w in weights.items() if t in terms) / total)
        return best

    def _sentences(self, weights: dict[str, float], chunks: list[ScoredChunk]) -> list[_Sentence]:
        total = sum(weights.values()) or 1.0
        found: list[_Sentence] = []
        for rank, scored in enumerate(chunks):
            text = scored.chunk.text
            for position, (start, end) in enumerate(sentence_spans(text)):
                sentence = text[start:end].strip()
                terms = set(self.lexical.analyzer.terms(sentence))
                coverage = sum(w for term, w in weights.items() if term in terms) / total
                score = coverage / (1 + _RANK_DECAY * rank) if _is_prose(sentence) else 0.0
                found.append(_Sentence(rank, position, sentence, coverage, score))
        return found

    def _select(self, sentences: list[_Sentence]) -> list[_Sentence]:
        """Best sentence, the sentences after it, then strong sentences elsewhere."""
        if not sentences or max(s.score for s in sentences) <= 0:
            return []
        best = max(sentences, key=lambda s: s.score)
        chosen = [best, *_following(sentences, best)]
        for sentence in sorted(sentences, key=lambda s: -s.score):
            if len(chosen) >= self.max_sentences or sentence.score < best.score * _OTHERS_RELATIVE:
                break
            if sentence not in chosen and sentence.text not in {c.text for c in chosen}:
                chosen.append(sentence)
        return _within_length(chosen)

    def _compose(
        self,
        query: RetrievalQuery,
        chosen: list[_Sentence],
        chunks: list[ScoredChunk],
        support: float,
    ) -> Draft:
        ordered = sorted(chosen, key=lambda s: (s.chunk, s.position))
        cited = list(dict.fromkeys(s.chunk for s in ordered))
        parts = [f"{_terminated(s.text)} [{cited.index(s.chunk) + 1}]" for s in ordered]
        title = chunks[ordered[0].chunk].chunk.title
        text = f"{introduction(query.language, title)} " + " ".join(parts)
        return Draft(text=text, cited=cited, support=support)


def _following(sentences: list[_Sentence], best: _Sentence) -> list[_Sentence]:
    same = [s for s in sentences if s.chunk == best.chunk and s.position > best.position]
    return [s for s in same if _is_prose(s.text)][:_FOLLOWING]


def _within_length(chosen: list[_Sentence]) -> list[_Sentence]:
    kept: list[_Sentence] = []
    length = 0
    for sentence in chosen:
        if kept and length + len(sentence.text) > _MAX_CHARS:
            continue
        kept.append(sentence)
        length += len(sentence.text)
    return kept


def _is_prose(sentence: str) -> bool:
    """Headings and page furniture are not answers: too short or all capitals."""
    letters = [ch for ch in sentence if ch.isalpha()]
    return len(letters) >= 20 and not sentence.isupper()


def _has_asked_fact(question: str, chosen: list[_Sentence]) -> bool:
    answer_type = asked_type(question)
    return any(holds_answer_type(s.text, answer_type, question) for s in chosen)


def _terminated(sentence: str) -> str:
    return sentence if sentence[-1:] in ".!?:;" else sentence + "."
