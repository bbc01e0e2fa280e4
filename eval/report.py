"""The human-readable markdown report of an evaluation.

It is written for someone deciding what to fix next: headline numbers first, then where they
come from (language, question type, other configurations), then every failed question with
what was expected and what the assistant actually said and cited.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from eval.gold import GoldQuestion, is_answerable
from eval.metrics import CONTEXT_BUDGET_CHARS, missing_key_facts
from eval.plots import PLOT_FILES
from eval.scoring import QuestionScore, ScoredRun

METRIC_DESCRIPTIONS = {
    "hit_at_1": ("hit@1", "a relevant chunk is retrieved first"),
    "hit_at_5": ("hit@5", "a relevant chunk is in the top 5"),
    "mrr_at_10": ("MRR@10", "mean reciprocal rank of the first relevant chunk, top 10"),
    "hit_within_budget": (
        "hit@budget",
        f"a relevant chunk starts within the first {CONTEXT_BUDGET_CHARS:,} retrieved characters",
    ),
    "all_evidence_found": ("all evidence", "every evidence item has a relevant chunk in top 10"),
    "key_fact_recall": ("key-fact recall", "share of gold key facts found in the answer"),
    "abstention_accuracy": ("abstention accuracy", "abstained exactly on unanswerable questions"),
    "false_abstention_rate": ("false abstention", "abstained on an answerable question"),
    "citation_precision": ("citation precision", "share of citations that hold gold evidence"),
    "section_accuracy": ("section accuracy", "relevant citations with the gold section"),
    "page_accuracy": ("page accuracy", "relevant citations whose pages include the gold page"),
    "latency_p50_ms": ("latency p50 (ms)", "median total time per question"),
    "latency_p95_ms": ("latency p95 (ms)", "95th percentile of total time per question"),
    "errors": ("errors", "questions whose ask call raised an exception"),
}
BREAKDOWN_METRICS = (
    "n_questions",
    "hit_at_5",
    "mrr_at_10",
    "key_fact_recall",
    "abstention_accuracy",
    "citation_precision",
    "latency_p50_ms",
)
COUNT_KEYS = {"n_questions", "n_answerable", "errors"}
ANSWER_PREVIEW_CHARS = 500


def render_report(
    gold_path: str,
    questions: Sequence[GoldQuestion],
    main: ScoredRun,
    others: Sequence[ScoredRun] = (),
) -> str:
    """The whole report.md for the main configuration and any compared ones."""
    parts = [
        _title(gold_path, main),
        _headline(main),
        _side_by_side([main, *others]) if others else "",
        _breakdown(main, "by_language", "Language"),
        _breakdown(main, "by_type", "Question type"),
        _plots(),
        _failures(questions, main),
    ]
    return "\n\n".join(part for part in parts if part) + "\n"


def failure_reasons(
    question: GoldQuestion, result: Mapping[str, Any], score: QuestionScore
) -> list[str]:
    """Why a question counts as failed; empty when it did not fail."""
    if score["error"]:
        return [f"error: {result.get('error')}"]
    reasons = []
    if not score["abstention_accuracy"]:
        answerable = is_answerable(question)
        reasons.append("abstained although answerable" if answerable else "answered, not abstained")
    if is_answerable(question):
        reasons += _answerable_failures(question, result, score)
    return reasons


def format_value(key: str, value: Any) -> str:
    if value is None:
        return "–"
    if key in COUNT_KEYS:
        return str(value)
    if key.endswith("_ms"):
        return f"{value:,.0f}"
    return f"{value:.3f}"


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = [_row(header), _row(["---"] * len(header))]
    return "\n".join(lines + [_row(row) for row in rows])


def _title(gold_path: str, main: ScoredRun) -> str:
    overall = main.summary["overall"]
    answerable, total = overall["n_answerable"], overall["n_questions"]
    return (
        f"# Evaluation report: {main.name}\n\n"
        f"Gold file `{gold_path}`: {total} questions, {answerable} answerable, "
        f"{total - answerable} unanswerable. Retrieval metrics are over answerable questions; "
        "citation metrics over answered questions with citations."
    )


def _headline(run: ScoredRun) -> str:
    overall = run.summary["overall"]
    rows = [
        [label, format_value(key, overall[key]), meaning]
        for key, (label, meaning) in METRIC_DESCRIPTIONS.items()
    ]
    return "## Headline\n\n" + markdown_table(["metric", run.name, "what it measures"], rows)


def _side_by_side(runs: Sequence[ScoredRun]) -> str:
    rows = [
        [label, *(format_value(key, run.summary["overall"][key]) for run in runs)]
        for key, (label, _) in METRIC_DESCRIPTIONS.items()
    ]
    table = markdown_table(["metric", *(run.name for run in runs)], rows)
    return "## Configurations side by side\n\n" + table


def _breakdown(run: ScoredRun, field: str, heading: str) -> str:
    groups: dict[str, dict[str, Any]] = run.summary[field]
    header = [heading.lower(), *(_label(key) for key in BREAKDOWN_METRICS)]
    rows = [
        [group, *(format_value(key, values[key]) for key in BREAKDOWN_METRICS)]
        for group, values in groups.items()
    ]
    return f"## By {heading.lower()}\n\n" + markdown_table(header, rows)


def _plots() -> str:
    images = [f"![{kind}]({file})" for kind, file in PLOT_FILES.items()]
    return "## Plots\n\n" + "\n\n".join(images)


def _failures(questions: Sequence[GoldQuestion], run: ScoredRun) -> str:
    blocks = []
    for question, result, score in zip(questions, run.results, run.scores, strict=True):
        reasons = failure_reasons(question, result, score)
        if reasons:
            blocks.append(_failure_block(question, result, score, reasons))
    heading = f"## Failed questions ({len(blocks)} of {len(questions)})"
    return "\n\n".join([heading, *blocks]) if blocks else heading + "\n\nNone."


def _answerable_failures(
    question: GoldQuestion, result: Mapping[str, Any], score: QuestionScore
) -> list[str]:
    reasons = []
    if not score["hit_at_5"]:
        rank = score["rank"]
        reasons.append(
            f"evidence first retrieved at rank {rank}" if rank else "evidence not retrieved"
        )
    missing = missing_key_facts(result.get("answer") or "", question["key_facts"])
    if missing and not result.get("abstained"):
        reasons.append("missing key facts: " + ", ".join(missing))
    if score["citation_precision"] == 0:
        reasons.append("no citation holds the evidence")
    return reasons


def _failure_block(
    question: GoldQuestion, result: Mapping[str, Any], score: QuestionScore, reasons: list[str]
) -> str:
    lines = [
        f"### {question['id']} · {question['language']} · {question['type']}",
        "",
        f"*Why:* {'; '.join(reasons)}",
        "",
        f"- **Question:** {_one_line(question['question'])}",
    ]
    if question["history"]:
        lines.append(f"- **History:** {' → '.join(map(_one_line, question['history']))}")
    lines += [
        f"- **Expected:** {_expected(question)}",
        f"- **Evidence:** {_evidence(question)}",
        f"- **Got:** {_got(result)}",
        f"- **Cited:** {_cited(result)}",
        f"- **First relevant retrieved rank:** {score['rank'] or 'none'}",
    ]
    return "\n".join(lines)


def _expected(question: GoldQuestion) -> str:
    if not is_answerable(question):
        return "abstention (unanswerable)"
    facts = ", ".join(question["key_facts"])
    return f"{_one_line(question['answer'])} *(key facts: {facts})*"


def _evidence(question: GoldQuestion) -> str:
    items = question["evidence"]
    if not items:
        return "none"
    return "; ".join(f"`{e['doc']}` › {e['section']}, p. {e['page'] or '?'}" for e in items)


def _got(result: Mapping[str, Any]) -> str:
    answer = _one_line(result.get("answer") or "")
    if len(answer) > ANSWER_PREVIEW_CHARS:
        answer = answer[:ANSWER_PREVIEW_CHARS] + " …"
    return ("(abstained) " if result.get("abstained") else "") + (answer or "(empty)")


def _cited(result: Mapping[str, Any]) -> str:
    citations = result.get("citations") or []
    if not citations:
        return "nothing"
    return "; ".join(_citation_label(citation) for citation in citations)


def _citation_label(citation: Mapping[str, Any]) -> str:
    start, end = citation.get("page_start"), citation.get("page_end")
    pages = "" if start is None else f", p. {start}" + (f"–{end}" if end and end != start else "")
    return f"[{citation.get('n')}] `{citation.get('file')}` › {citation.get('section')}{pages}"


def _label(key: str) -> str:
    return "n" if key == "n_questions" else METRIC_DESCRIPTIONS[key][0]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"
