"""pyinstrument over warm asks, in its own process: `python -m bench.profile_child ...`.

In-process (no HTTP) so the profile shows retrieval and answering only. The questions are
asked once to warm up, then profiled with the query-embedding cache emptied. Writes the top
of the call tree and a flat self-time list; the hot spots are read from those.
"""

from __future__ import annotations

import argparse
import json
import time
from itertools import cycle, islice
from pathlib import Path

from assistant.settings import Settings, configure_offline_environment

TREE_LINES = 120
FLAT_LINES = 40


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--index-dir", required=True)
    parser.add_argument("--gold", required=True)
    parser.add_argument("--chroma-url", default="", help="a Chroma server (default: embedded)")
    parser.add_argument("--collection", default="benelux_chunks")
    parser.add_argument("--asks", type=int, default=50)
    parser.add_argument("--profile", required=True, help="text file for the profile")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    configure_offline_environment()
    report = profile(args)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def profile(args: argparse.Namespace) -> dict:
    from pyinstrument import Profiler

    from assistant.factory import build_assistant
    from eval.gold import load_gold

    settings = Settings(
        data_dir=args.data_dir,
        index_dir=args.index_dir,
        chroma_url=args.chroma_url or None,
        collection=args.collection,
        answer_mode="extractive",
    )
    assistant = build_assistant(settings)
    questions = load_gold(args.gold)
    for question in questions:  # warm: lazy imports, caches, first torch pass
        assistant.ask(question["question"], question["history"])
    # Profile the questions as new ones: their query vectors are computed again.
    clear = getattr(assistant.retriever.embedder, "clear_query_cache", None)
    if clear is not None:
        clear()
    asks = list(islice(cycle(questions), args.asks))
    profiler = Profiler(interval=0.0005)
    started = time.perf_counter()
    profiler.start()
    for question in asks:
        assistant.ask(question["question"], question["history"])
    profiler.stop()
    seconds = time.perf_counter() - started
    Path(args.profile).write_text(_render(profiler, len(asks), seconds), encoding="utf-8")
    return {
        "asks": len(asks),
        "seconds": round(seconds, 2),
        "ms_per_ask": round(seconds * 1000 / len(asks), 1),
    }


def _render(profiler: object, asks: int, seconds: float) -> str:
    tree = profiler.output_text(unicode=True, color=False).splitlines()  # type: ignore[attr-defined]
    flat = profiler.output_text(unicode=True, color=False, flat=True)  # type: ignore[attr-defined]
    header = f"{asks} warm asks in {seconds:.2f} s ({seconds * 1000 / asks:.1f} ms per ask)\n"
    return (
        header
        + f"\n== call tree (top {TREE_LINES} lines) ==\n"
        + "\n".join(tree[:TREE_LINES])
        + f"\n\n== flat, self time (top {FLAT_LINES} lines) ==\n"
        + "\n".join(flat.splitlines()[:FLAT_LINES])
        + "\n"
    )


if __name__ == "__main__":
    main()
