"""latency_vs_size.png: ask latency against corpus size, per store.

Left: the server's own ask time (sequential, warm); right: what 8 concurrent clients
see. Log-scaled x so 1x, 10x and 100x are evenly spaced.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def plot_latency(configs: list[dict[str, Any]], out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2), sharex=True)
    for mode, marker, color in (("embedded", "o", "tab:blue"), ("server", "s", "tab:orange")):
        rows = sorted(
            (c for c in configs if c["chroma"] == mode and c.get("serve") and c.get("cold")),
            key=lambda c: c["cold"]["chunks"],
        )
        if not rows:
            continue
        chunks = [c["cold"]["chunks"] for c in rows]
        for axis, block, key in (
            (left, "sequential", "total_ms"),
            (right, "concurrent", "client_ms"),
        ):
            for stat, style in (("p50", "-"), ("p95", "--")):
                values = [c["serve"][block][key][stat] for c in rows]
                axis.plot(chunks, values, style, marker=marker, color=color, label=f"{mode} {stat}")
    _decorate(left, "sequential: server time per ask (ms)", [100, 250, 400])
    _decorate(right, "8 concurrent clients: client latency (ms)", [1500])
    figure.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out, dpi=110)
    plt.close(figure)


def _decorate(axis: Any, title: str, limits: list[float]) -> None:  # noqa: ANN401
    axis.set_xscale("log")
    axis.set_xlabel("chunks in the index")
    axis.set_title(title, fontsize=10)
    for limit in limits:
        axis.axhline(limit, color="grey", linewidth=0.6, linestyle=":")
    axis.set_ylim(bottom=0)
    axis.grid(True, which="both", alpha=0.3)
    axis.legend(fontsize=8)
