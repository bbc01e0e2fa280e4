"""Per-question metrics as small pure functions over gold evidence and `ask --json` chunks.

A chunk is a dict of the `ask --json` citation shape ("file", "text", "section", "page_start",
"page_end", ...); an evidence item is {"doc", "quote", "section", "page"} from the gold file.
Every function here looks at one question only; means and breakdowns live in `scoring`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from eval.gold import UNANSWERABLE, Evidence
from eval.normalize import innermost_section, normalize_section, normalize_text, words

Chunk = Mapping[str, Any]
ChunkMatch = Callable[[Chunk, Evidence], bool]

# A quote may straddle two chunks or lose words to OCR noise and cleaning; 60% of its distinct
# words in one chunk from the right file is strong enough evidence that the chunk holds it.
QUOTE_WORD_SHARE = 0.6
# Roughly what an answerer can put in front of a small model: about 1,500 tokens of context.
CONTEXT_BUDGET_CHARS = 6000
MRR_DEPTH = 10


def is_relevant(chunk: Chunk, evidence: Evidence) -> bool:
    """True when the chunk comes from the evidence's file and holds its quote."""
    if chunk.get("file") != evidence["doc"]:
        return False
    quote = normalize_text(evidence["quote"])
    if not quote:
        return False
    text = chunk.get("text") or ""
    if quote in normalize_text(text):
        return True
    return quote_word_share(evidence["quote"], text) >= QUOTE_WORD_SHARE


def quote_word_share(quote: str, text: str) -> float:
    """Fraction of the quote's distinct words that occur as words in the text."""
    quote_words = set(words(quote))
    if not quote_words:
        return 0.0
    return len(quote_words & set(words(text))) / len(quote_words)


def is_relevant_to_any(chunk: Chunk, evidence: Sequence[Evidence]) -> bool:
    return any(is_relevant(chunk, item) for item in evidence)


def first_relevant_rank(retrieved: Sequence[Chunk], evidence: Sequence[Evidence]) -> int | None:
    """1-based rank of the first retrieved chunk relevant to any evidence item, or None.

    Any one evidence item counts: for a cross-document question, finding one source already
    puts the answerer on the right track; `all_evidence_found` measures the rest.
    """
    for rank, chunk in enumerate(retrieved, start=1):
        if is_relevant_to_any(chunk, evidence):
            return rank
    return None


def hit_at(rank: int | None, k: int) -> bool:
    return rank is not None and rank <= k


def reciprocal_rank(rank: int | None, depth: int = MRR_DEPTH) -> float:
    """1/rank within the top `depth`, else 0 (MRR@depth for one question)."""
    return 1.0 / rank if hit_at(rank, depth) else 0.0


def hit_within_budget(
    retrieved: Sequence[Chunk],
    evidence: Sequence[Evidence],
    budget_chars: int = CONTEXT_BUDGET_CHARS,
) -> bool:
    """True when a relevant chunk starts before `budget_chars` of retrieved text are used up.

    Ranks alone flatter a retriever that returns long chunks; this asks whether the evidence
    would fit in a fixed context window filled in retrieval order.
    """
    used = 0
    for chunk in retrieved:
        if used >= budget_chars:
            return False
        if is_relevant_to_any(chunk, evidence):
            return True
        used += len(chunk.get("text") or "")
    return False


def all_evidence_found(
    retrieved: Sequence[Chunk], evidence: Sequence[Evidence], depth: int = MRR_DEPTH
) -> bool:
    """True when every evidence item has a relevant chunk within the top `depth`."""
    top = retrieved[:depth]
    return bool(evidence) and all(any(is_relevant(c, item) for c in top) for item in evidence)


def missing_key_facts(answer: str, key_facts: Sequence[str]) -> list[str]:
    """The key facts that the answer does not contain (case- and whitespace-insensitive)."""
    text = normalize_text(answer)
    return [fact for fact in key_facts if normalize_text(fact) not in text]


def key_fact_recall(answer: str, key_facts: Sequence[str]) -> float | None:
    """Fraction of key facts present in the answer; None when the gold lists none."""
    if not key_facts:
        return None
    return 1.0 - len(missing_key_facts(answer, key_facts)) / len(key_facts)


def abstention_correct(question_type: str, abstained: bool) -> bool:
    """An assistant should abstain exactly on the unanswerable questions."""
    return (question_type == UNANSWERABLE) == abstained


def false_abstention(question_type: str, abstained: bool) -> bool | None:
    """True when the assistant gave up on an answerable question; None for unanswerable ones."""
    if question_type == UNANSWERABLE:
        return None
    return abstained


def citation_precision(citations: Sequence[Chunk], evidence: Sequence[Evidence]) -> float | None:
    """Fraction of citations relevant to some evidence item; None with nothing to judge.

    Needs both citations and evidence: an abstention cites nothing, and an unanswerable
    question has no evidence to be precise about (abstention metrics cover it).
    """
    if not citations or not evidence:
        return None
    relevant = sum(is_relevant_to_any(chunk, evidence) for chunk in citations)
    return relevant / len(citations)


def section_matches(chunk: Chunk, evidence: Evidence) -> bool:
    """The chunk's innermost heading names the evidence's section (numbering, case ignored)."""
    chunk_section = normalize_section(innermost_section(chunk.get("section") or ""))
    return bool(chunk_section) and chunk_section == normalize_section(evidence["section"])


def page_matches(chunk: Chunk, evidence: Evidence) -> bool:
    """The evidence's page lies within the chunk's page range."""
    page, start = evidence["page"], chunk.get("page_start")
    if page is None or start is None:
        return False
    end = chunk.get("page_end")
    return start <= page <= (start if end is None else end)


def section_accuracy(citations: Sequence[Chunk], evidence: Sequence[Evidence]) -> float | None:
    """Among relevant cited chunks, the fraction whose section matches an evidence it holds."""
    return _accuracy_of_relevant(citations, evidence, section_matches)


def page_accuracy(citations: Sequence[Chunk], evidence: Sequence[Evidence]) -> float | None:
    """Among relevant cited chunks, the fraction whose pages hold an evidence's page.

    Evidence with a null page is skipped: the document gives no way to know its page.
    """
    paged = [item for item in evidence if item["page"] is not None]
    return _accuracy_of_relevant(citations, paged, page_matches)


def _accuracy_of_relevant(
    citations: Sequence[Chunk], evidence: Sequence[Evidence], matches: ChunkMatch
) -> float | None:
    """Share of relevant citations for which `matches(chunk, item)` holds for a relevant item."""
    judged = correct = 0
    for chunk in citations:
        held = [item for item in evidence if is_relevant(chunk, item)]
        if held:
            judged += 1
            correct += any(matches(chunk, item) for item in held)
    return correct / judged if judged else None
