"""Evaluation of the assistant against a gold question set.

`run_eval` asks every gold question through an `ask(question, history) -> dict` callable and
writes results.jsonl, metrics.json, report.md and plots; `eval.metrics` holds the per-question
metrics as small pure functions.
"""

from eval.gold import Evidence, GoldQuestion, load_gold
from eval.runner import AskFn, run_eval
from eval.scoring import ScoredRun, score_question, summarize

__all__ = [
    "AskFn",
    "Evidence",
    "GoldQuestion",
    "ScoredRun",
    "load_gold",
    "run_eval",
    "score_question",
    "summarize",
]
