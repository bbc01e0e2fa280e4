"""PNG plots of an evaluation: metrics per configuration, hit@k curve, latency histogram.

Figures are built with `matplotlib.figure.Figure` directly rather than pyplot, so nothing
touches matplotlib's global backend state: it renders headless (Agg) on a server or in CI.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

from eval.metrics import CONTEXT_BUDGET_CHARS
from eval.scoring import ScoredRun

PLOT_FILES = {
    "metrics": "metrics.png",
    "hit_at_k": "hit_at_k.png",
    "latency": "latency.png",
}
PLOTTED_METRICS = {
    "hit_at_1": "hit@1",
    "hit_at_5": "hit@5",
    "mrr_at_10": "MRR@10",
    "hit_within_budget": f"hit@{CONTEXT_BUDGET_CHARS // 1000}k chars",
    "all_evidence_found": "all evidence",
    "key_fact_recall": "key facts",
    "abstention_accuracy": "abstention",
    "citation_precision": "cit. precision",
    "section_accuracy": "section acc.",
    "page_accuracy": "page acc.",
}


def write_plots(runs: Sequence[ScoredRun], out_dir: Path) -> dict[str, Path]:
    """Writes the three plots into out_dir and returns their paths by kind."""
    paths = {kind: out_dir / file for kind, file in PLOT_FILES.items()}
    _save(plot_metrics(runs), paths["metrics"])
    _save(plot_hit_curve(runs), paths["hit_at_k"])
    _save(plot_latency(runs), paths["latency"])
    return paths


def plot_metrics(runs: Sequence[ScoredRun]) -> Figure:
    """Grouped bars: one group per metric, one bar per configuration."""
    figure = Figure(figsize=(11, 4.5))
    axes = figure.subplots()
    positions = np.arange(len(PLOTTED_METRICS))
    width = 0.8 / max(len(runs), 1)
    for index, run in enumerate(runs):
        values = [_or_nan(run.summary["overall"][key]) for key in PLOTTED_METRICS]
        axes.bar(positions + index * width, values, width, label=run.name)
    axes.set_xticks(positions + width * (len(runs) - 1) / 2, list(PLOTTED_METRICS.values()))
    axes.tick_params(axis="x", labelrotation=30)
    axes.set_ylim(0, 1.05)
    axes.set_title("Metrics per configuration")
    axes.legend()
    return figure


def plot_hit_curve(runs: Sequence[ScoredRun]) -> Figure:
    """Hit@k against k: how deep retrieval must go before the evidence shows up."""
    figure = Figure(figsize=(6, 4))
    axes = figure.subplots()
    for run in runs:
        curve = run.summary["hit_at_k"]
        ks = [int(k) for k in curve]
        axes.plot(ks, [_or_nan(curve[str(k)]) for k in ks], marker="o", label=run.name)
    axes.set_xlabel("k (retrieved chunks)")
    axes.set_ylabel("hit@k")
    axes.set_ylim(0, 1.05)
    axes.set_title("Hit@k over answerable questions")
    axes.legend()
    return figure


def plot_latency(runs: Sequence[ScoredRun]) -> Figure:
    """Histogram of total time per question, one overlaid series per configuration."""
    figure = Figure(figsize=(6, 4))
    axes = figure.subplots()
    series = {run.name: _latencies(run) for run in runs}
    pooled = [value for values in series.values() for value in values]
    # Shared bin edges, so overlaid configurations are compared bar for bar.
    edges = np.histogram_bin_edges(pooled, bins=20) if pooled else 20
    for name, latencies in series.items():
        if latencies:
            axes.hist(latencies, bins=edges, alpha=0.5, label=name)
    axes.set_xlabel("total time per question (ms)")
    axes.set_ylabel("questions")
    axes.set_title("Latency")
    if axes.get_legend_handles_labels()[0]:
        axes.legend()
    return figure


def _latencies(run: ScoredRun) -> list[float]:
    return [s["latency_ms"] for s in run.scores if s["latency_ms"] is not None]


def _save(figure: Figure, path: Path) -> None:
    figure.tight_layout()
    figure.savefig(path, dpi=100)


def _or_nan(value: float | None) -> float:
    return math.nan if value is None else value
