"""Scores for one question, and their means and breakdowns over a gold set.

A question's score is a flat dict whose metric values are floats, or None when the metric does
not apply to it (retrieval on an unanswerable question, citations of an abstention). A mean
over the non-None values then gives every metric its own proper denominator, so that e.g.
retrieval metrics are averaged over answerable questions only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from eval import metrics
from eval.gold import UNANSWERABLE, GoldQuestion, is_answerable

QuestionScore = dict[str, Any]

RETRIEVAL_METRICS = (
    "hit_at_1",
    "hit_at_5",
    "mrr_at_10",
    "hit_within_budget",
    "all_evidence_found",
)
ANSWER_METRICS = (
    "key_fact_recall",
    "abstention_accuracy",
    "false_abstention_rate",
    "citation_precision",
    "section_accuracy",
    "page_accuracy",
)
METRICS = RETRIEVAL_METRICS + ANSWER_METRICS
HIT_CURVE_DEPTH = 10


@dataclass(frozen=True)
class ScoredRun:
    """One configuration's pass over the gold set: its answers, their scores and the summary."""

    name: str
    results: list[dict[str, Any]]
    scores: list[QuestionScore]
    summary: dict[str, Any]


def score_run(
    name: str, questions: Sequence[GoldQuestion], results: list[dict[str, Any]]
) -> ScoredRun:
    """Scores every result against its gold question (same order) and summarises them."""
    scores = [score_question(q, r) for q, r in zip(questions, results, strict=True)]
    return ScoredRun(name, results, scores, summarize(scores))


def score_question(question: GoldQuestion, result: Mapping[str, Any]) -> QuestionScore:
    """All metrics of one answered gold question, plus what the breakdowns group by."""
    rank = metrics.first_relevant_rank(result.get("retrieved") or [], question["evidence"])
    return {
        "id": question["id"],
        "language": question["language"],
        "type": question["type"],
        "rank": rank,
        "latency_ms": (result.get("timings_ms") or {}).get("total"),
        "error": bool(result.get("error")),
        **_retrieval_scores(question, result, rank),
        **_answer_scores(question, result),
    }


def summarize(scores: Sequence[QuestionScore]) -> dict[str, Any]:
    """Overall metrics, breakdowns by language and by type, and the hit@k curve."""
    return {
        "overall": group_metrics(scores),
        "by_language": _breakdown(scores, "language"),
        "by_type": _breakdown(scores, "type"),
        "hit_at_k": hit_curve(scores),
    }


def group_metrics(scores: Sequence[QuestionScore]) -> dict[str, Any]:
    """Means of every metric over the questions it applies to, counts and latency percentiles."""
    latencies = [s["latency_ms"] for s in scores if s["latency_ms"] is not None]
    return {
        "n_questions": len(scores),
        "n_answerable": sum(s["type"] != UNANSWERABLE for s in scores),
        **{name: mean([s[name] for s in scores]) for name in METRICS},
        "latency_p50_ms": percentile(latencies, 50),
        "latency_p95_ms": percentile(latencies, 95),
        "errors": sum(s["error"] for s in scores),
    }


def hit_curve(scores: Sequence[QuestionScore], depth: int = HIT_CURVE_DEPTH) -> dict[str, Any]:
    """Hit@k for k = 1..depth over answerable questions (keys are strings, as in JSON)."""
    answerable = [s for s in scores if s["type"] != UNANSWERABLE]
    return {
        str(k): mean([float(metrics.hit_at(s["rank"], k)) for s in answerable])
        for k in range(1, depth + 1)
    }


def mean(values: Sequence[float | None]) -> float | None:
    """Mean of the values that apply; None when none does."""
    present = [value for value in values if value is not None]
    return round(float(np.mean(present)), 4) if present else None


def percentile(values: Sequence[float], q: float) -> float | None:
    return round(float(np.percentile(values, q)), 1) if values else None


def _retrieval_scores(
    question: GoldQuestion, result: Mapping[str, Any], rank: int | None
) -> dict[str, Any]:
    if not is_answerable(question):
        return dict.fromkeys(RETRIEVAL_METRICS)
    retrieved, evidence = result.get("retrieved") or [], question["evidence"]
    return {
        "hit_at_1": float(metrics.hit_at(rank, 1)),
        "hit_at_5": float(metrics.hit_at(rank, 5)),
        "mrr_at_10": metrics.reciprocal_rank(rank, metrics.MRR_DEPTH),
        "hit_within_budget": float(metrics.hit_within_budget(retrieved, evidence)),
        "all_evidence_found": float(metrics.all_evidence_found(retrieved, evidence)),
    }


def _answer_scores(question: GoldQuestion, result: Mapping[str, Any]) -> dict[str, Any]:
    abstained = bool(result.get("abstained"))
    answerable = is_answerable(question)
    # An abstention cites nothing by contract; judging its citations would only add noise.
    citations = [] if abstained else result.get("citations") or []
    evidence = question["evidence"]
    return {
        "key_fact_recall": metrics.key_fact_recall(
            result.get("answer") or "", question["key_facts"] if answerable else []
        ),
        "abstention_accuracy": float(metrics.abstention_correct(question["type"], abstained)),
        "false_abstention_rate": _as_float(metrics.false_abstention(question["type"], abstained)),
        "citation_precision": metrics.citation_precision(citations, evidence),
        "section_accuracy": metrics.section_accuracy(citations, evidence),
        "page_accuracy": metrics.page_accuracy(citations, evidence),
    }


def _breakdown(scores: Sequence[QuestionScore], field: str) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[QuestionScore]] = {}
    for score in scores:
        groups.setdefault(score[field], []).append(score)
    return {key: group_metrics(groups[key]) for key in sorted(groups)}


def _as_float(value: bool | None) -> float | None:
    return None if value is None else float(value)
