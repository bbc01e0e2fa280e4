"""Runs a gold set through one or more assistant configurations and writes the evaluation.

The assistant is passed in as a plain `ask(question, history) -> dict` callable returning the
`ask --json` shape, so the evaluation needs no knowledge of retrieval or answering internals
and any configuration (another retriever, another answerer) can be compared side by side.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from tqdm import tqdm

from eval.gold import GoldQuestion, load_gold
from eval.metrics import CONTEXT_BUDGET_CHARS, MRR_DEPTH, QUOTE_WORD_SHARE
from eval.plots import write_plots
from eval.report import render_report
from eval.scoring import ScoredRun, score_run

AskFn = Callable[[str, list[str]], Any]


def run_eval(
    gold_path: str | Path,
    out_dir: str | Path,
    ask: AskFn,
    compare: Mapping[str, AskFn] | None = None,
    name: str = "default",
) -> dict[str, Any]:
    """Asks every gold question, writes results, metrics.json, report.md and plots to out_dir.

    The main configuration's answers go to `out_dir/results.jsonl`; each configuration in
    `compare` gets `out_dir/<its name>/results.jsonl` and a "compare" entry in metrics.json.
    Returns the metrics.json document.
    """
    extras = dict(compare or {})
    _check_names(name, extras)
    questions = load_gold(gold_path)
    out = Path(out_dir)
    main = run_configuration(name, questions, ask, out)
    others = [run_configuration(extra, questions, fn, out / extra) for extra, fn in extras.items()]
    document = metrics_document(gold_path, main, others)
    write_json(out / "metrics.json", document)
    write_plots([main, *others], out)
    report = render_report(str(gold_path), questions, main, others)
    (out / "report.md").write_text(report, encoding="utf-8")
    return document


def run_configuration(
    name: str, questions: Sequence[GoldQuestion], ask: AskFn, out_dir: Path
) -> ScoredRun:
    """Asks all questions with one configuration and writes its results.jsonl to out_dir."""
    results = ask_all(name, questions, ask)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_jsonl(out_dir / "results.jsonl", results)
    return score_run(name, questions, results)


def ask_all(name: str, questions: Sequence[GoldQuestion], ask: AskFn) -> list[dict[str, Any]]:
    """One result per question, in gold order; a question whose ask fails records the error.

    One failing question should not lose a long run, but if every question fails the
    configuration itself is broken (no index, say) and a report of it would mislead.
    """
    results = [ask_one(question, ask) for question in tqdm(questions, desc=name, unit="q")]
    if results and all(result.get("error") for result in results):
        raise RuntimeError(
            f"configuration {name!r} failed on every question: {results[0]['error']}"
        )
    return results


def ask_one(question: GoldQuestion, ask: AskFn) -> dict[str, Any]:
    """The `ask --json` dict for one gold question, with the gold "id" added."""
    try:
        answer = _as_dict(ask(question["question"], list(question["history"])))
    except Exception as error:  # noqa: BLE001 - recorded in the results and the report
        tqdm.write(f"{question['id']}: {type(error).__name__}: {error}")
        answer = _error_result(question, error)
    record = {"id": question["id"], **answer}
    record["id"] = question["id"]
    return record


def metrics_document(
    gold_path: str | Path, main: ScoredRun, others: Sequence[ScoredRun]
) -> dict[str, Any]:
    """The metrics.json content: the main configuration's summary plus one per comparison."""
    return {
        "name": main.name,
        "gold": str(gold_path),
        "settings": {
            "context_budget_chars": CONTEXT_BUDGET_CHARS,
            "quote_word_share": QUOTE_WORD_SHARE,
            "mrr_depth": MRR_DEPTH,
        },
        **main.summary,
        "compare": {run.name: run.summary for run in others},
    }


def write_json(path: Path, document: Mapping[str, Any]) -> None:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_jsonl(path: Path, records: Iterable[Mapping[str, Any]]) -> None:
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def _as_dict(result: Any) -> dict[str, Any]:
    """Accepts the pydantic AskResult as well as a plain dict."""
    if hasattr(result, "model_dump"):
        return result.model_dump(mode="json")
    return dict(result)


def _error_result(question: GoldQuestion, error: Exception) -> dict[str, Any]:
    return {
        "question": question["question"],
        "answer": "",
        "abstained": False,
        "citations": [],
        "retrieved": [],
        "timings_ms": {},
        "error": f"{type(error).__name__}: {error}",
    }


def _check_names(name: str, compare: Mapping[str, AskFn]) -> None:
    """Comparison names become directory names next to the main results."""
    for extra in compare:
        if extra == name or extra in {"", ".", ".."} or Path(extra).name != extra:
            raise ValueError(f"invalid comparison name {extra!r}: must be a plain directory name")
