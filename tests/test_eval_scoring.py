"""Per-question scores and their aggregation: denominators, percentiles and breakdowns."""

from __future__ import annotations

from eval.gold import GoldQuestion
from eval.scoring import group_metrics, hit_curve, mean, percentile, score_question, summarize

QUOTE = "Het internationale congres Velo-city 2024 zal in juni 2024 in Gent plaatsvinden."
CHUNK = {
    "n": 1,
    "file": "a.txt",
    "title": "Jaarplan",
    "section": "Transport › 2.2. Duurzaam transport",
    "page_start": 18,
    "page_end": 19,
    "page_source": "toc",
    "text": QUOTE,
    "score": 0.9,
}
OTHER = {**CHUNK, "text": "Over iets anders.", "section": "Inleiding"}


def question(qid: str, qtype: str = "factoid", language: str = "nl") -> GoldQuestion:
    unanswerable = qtype == "unanswerable"
    item = {"doc": "a.txt", "quote": QUOTE, "section": "2.2. DUURZAAM TRANSPORT", "page": 18}
    return {
        "id": qid,
        "question": "Waar is Velo-city?",
        "language": language,
        "history": [],
        "type": qtype,
        "evidence": [] if unanswerable else [item],
        "answer": "In Gent.",
        "key_facts": [] if unanswerable else ["Gent", "juni 2024"],
    }


def result(answer: str, retrieved: list, abstained: bool = False, total: float = 10.0) -> dict:
    return {
        "question": "Waar is Velo-city?",
        "answer": answer,
        "abstained": abstained,
        "citations": [] if abstained else retrieved[:1],
        "retrieved": retrieved,
        "timings_ms": {"retrieve": 1.0, "answer": 1.0, "total": total},
    }


def test_score_of_a_good_answer() -> None:
    score = score_question(question("q1"), result("In Gent, in juni 2024 [1].", [CHUNK, OTHER]))
    assert score["rank"] == 1
    assert score["hit_at_1"] == score["hit_at_5"] == score["mrr_at_10"] == 1.0
    assert score["key_fact_recall"] == 1.0
    assert score["abstention_accuracy"] == 1.0
    assert score["false_abstention_rate"] == 0.0
    assert score["citation_precision"] == 1.0
    assert score["section_accuracy"] == 1.0
    assert score["page_accuracy"] == 1.0
    assert score["latency_ms"] == 10.0


def test_score_of_an_unanswerable_question_skips_retrieval_and_citations() -> None:
    score = score_question(question("q2", "unanswerable"), result("Niet gevonden.", [], True))
    assert score["hit_at_1"] is None and score["mrr_at_10"] is None
    assert score["key_fact_recall"] is None
    assert score["false_abstention_rate"] is None
    assert score["citation_precision"] is None
    assert score["abstention_accuracy"] == 1.0


def test_score_of_a_false_abstention() -> None:
    score = score_question(question("q3"), result("Niet gevonden.", [OTHER, CHUNK], True))
    assert score["rank"] == 2 and score["hit_at_1"] == 0.0 and score["mrr_at_10"] == 0.5
    assert score["false_abstention_rate"] == 1.0
    assert score["abstention_accuracy"] == 0.0
    assert score["key_fact_recall"] == 0.0
    assert score["citation_precision"] is None


def test_group_metrics_use_each_metrics_own_denominator() -> None:
    scores = [
        score_question(question("a"), result("Gent [1]", [CHUNK], total=10.0)),
        score_question(question("b"), result("?", [OTHER], total=30.0)),
        score_question(question("c", "unanswerable"), result("Nee.", [], True, total=20.0)),
    ]
    overall = group_metrics(scores)
    assert overall["n_questions"] == 3 and overall["n_answerable"] == 2
    assert overall["hit_at_1"] == 0.5  # over the two answerable questions only
    assert overall["key_fact_recall"] == 0.25  # (1/2 + 0) / 2
    assert overall["abstention_accuracy"] == 1.0
    assert overall["citation_precision"] == 0.5
    assert overall["section_accuracy"] == 1.0  # the irrelevant citation is not judged
    assert overall["latency_p50_ms"] == 20.0
    assert overall["latency_p95_ms"] == 29.0
    assert overall["errors"] == 0


def test_summarize_breaks_down_by_language_and_type() -> None:
    scores = [
        score_question(question("a", language="en"), result("Gent", [CHUNK])),
        score_question(question("b", "unanswerable", "fr"), result("Non.", [], True)),
    ]
    summary = summarize(scores)
    assert set(summary["by_language"]) == {"en", "fr"}
    assert summary["by_language"]["fr"]["hit_at_5"] is None
    assert summary["by_type"]["factoid"]["hit_at_5"] == 1.0
    assert summary["by_type"]["unanswerable"]["abstention_accuracy"] == 1.0


def test_hit_curve_rises_with_k() -> None:
    scores = [
        score_question(question("a"), result("", [CHUNK])),
        score_question(question("b"), result("", [OTHER, OTHER, CHUNK])),
        score_question(question("c"), result("", [OTHER])),
    ]
    curve = hit_curve(scores, depth=4)
    assert curve == {"1": 0.3333, "2": 0.3333, "3": 0.6667, "4": 0.6667}


def test_mean_and_percentile_of_nothing_are_none() -> None:
    assert mean([None, None]) is None
    assert mean([1.0, None, 0.0]) == 0.5
    assert percentile([], 50) is None
