"""The benchmark: `python -m bench.run [--scales 1,10,100] [--chroma embedded,server]
[--skip-starter]`.

Per corpus size and store: cold ingest (1x rebuilt every run; 10x/100x built once by
`bench.corpus`), a no-op re-ingest, then warm ask latency (sequential and 8 concurrent
clients) and peak RSS of a `serve` process. Once per run: the raw embedder ceiling, the
LlamaIndex starter baseline and a pyinstrument profile. Writes bench/results/<date>.json,
latency_vs_size.png, profile-<date>.txt, prints the markdown table and puts it in
bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from contextlib import ExitStack
from datetime import datetime
from typing import Any

import psutil

from bench import layout
from bench.corpus import build_index, child_args, ensure_index
from bench.plot import plot_latency
from bench.procs import ChildFailed, chroma_server, exit_on_sigterm, run_child
from bench.report import check_targets, render
from bench.serve_bench import measure_serve, serve_available

README = layout.BENCH_DIR / "README.md"
TABLE_START, TABLE_END = "<!-- bench:table:start -->", "<!-- bench:table:end -->"


def main(argv: list[str] | None = None) -> None:
    from assistant.settings import configure_offline_environment

    configure_offline_environment()
    exit_on_sigterm()
    args = _parser().parse_args(argv)
    results = _start(args)
    with ExitStack() as stack:
        chroma = None
        if "server" in args.chroma:
            chroma = stack.enter_context(chroma_server(layout.CHROMA_SERVER_DIR))
        for scale in args.scales:
            for mode in args.chroma:
                results["configs"].append(_guarded(args, results, scale, mode, chroma))
                _save(results)  # a crash later still leaves what was measured
        _once_per_run(args, results, chroma["url"] if chroma else "")
    _finish(args, results)


def _guarded(
    args: argparse.Namespace, results: dict, scale: int, mode: str, chroma: dict | None
) -> dict[str, Any]:
    """One configuration; a failure is recorded in the results and the run goes on."""
    try:
        return _config(args, results, scale, mode, chroma)
    except ChildFailed as exc:
        _progress(f"{scale}x {mode}: FAILED {exc}")
        return {"scale": scale, "chroma": mode, "error": str(exc)[-1500:]}


def _config(
    args: argparse.Namespace, results: dict, scale: int, mode: str, chroma: dict | None
) -> dict[str, Any]:
    url = chroma["url"] if chroma else ""
    _progress(f"{scale}x {mode}: ingest")
    cold = _cold(scale, mode, url)
    if scale == 1 and mode == "embedded" and cold.get("raw"):
        results["raw_embedder"] = cold["raw"]
    catch_up = _catch_up(scale, mode, url)
    noop = run_child("bench.ingest_child", child_args(scale, mode, url))
    _progress(f"{scale}x {mode}: serve ({results['server']})")
    if chroma:
        chroma["rss"].peak = 0
    serve, first_pass = measure_serve(
        scale, mode, url, results["server"], results["_gold"], args.repeats, args.clients
    )
    if chroma and mode == "server":
        serve["chroma_server_peak_rss_mb"] = chroma["rss"].peak_mb
    if scale == 1 and mode == "embedded":
        results["ours_1x"] = _ours(cold, serve, first_pass, results["_questions"])
    _progress(f"{scale}x {mode}: ask p50/p95 {serve['sequential']['total_ms']}")
    return {
        "scale": scale,
        "chroma": mode,
        "cold": cold,
        "catch_up": catch_up,
        "noop": noop,
        "serve": serve,
    }


def _cold(scale: int, mode: str, url: str) -> dict[str, Any]:
    """1x: a fresh cold ingest now; larger corpora: the figures recorded when built."""
    if scale == 1:
        return build_index(1, mode, url)
    return ensure_index(scale, mode, url)


def _catch_up(scale: int, mode: str, url: str) -> dict[str, Any] | None:
    """Bring a kept index up to date before the no-op is timed.

    Product changes (chunking, cleaning, pipeline version) re-chunk files; that work is
    recorded here, not passed off as the no-op figure.
    """
    if scale == 1:
        return None  # just built cold
    report = run_child("bench.ingest_child", child_args(scale, mode, url))
    return report if report["files_ingested"] or report["files_removed"] else None


def _ours(cold: dict, serve: dict, first_pass: list, questions: list) -> dict[str, Any]:
    from bench.starter import retrieval_quality

    results = [s.result or {"error": s.error, "retrieved": []} for s in first_pass]
    return {
        "ingest_seconds": cold.get("seconds"),
        "nodes": cold.get("chunks"),
        "query_ms": serve["sequential"]["total_ms"],
        "peak_rss_mb": serve["peak_rss_mb"],
        "quality": retrieval_quality("ours", questions, results),
    }


def _once_per_run(args: argparse.Namespace, results: dict[str, Any], url: str) -> None:
    if not args.skip_starter:
        _progress("LlamaIndex starter")
        results["starter"] = run_child(
            "bench.starter",
            [
                "--documents",
                str(layout.SOURCE_DATA_DIR / "documents"),
                "--gold",
                str(layout.GOLD_PATH),
            ],
        )
    if args.skip_profile:
        return
    results["profile"] = {}
    top = max(args.scales)
    runs = [(1, "embedded"), (top, "embedded")] + ([(top, "server")] if url else [])
    for scale, mode in dict.fromkeys(runs):
        if (layout.index_dir(scale, mode) / "lexical").exists():
            _progress(f"profile {scale}x {mode}")
            key = f"{scale}x" + ("" if mode == "embedded" else f"-{mode}")
            results["profile"][key] = _guarded_profile(scale, mode, url, results["date"])


def _guarded_profile(scale: int, mode: str, url: str, date: str) -> dict[str, Any]:
    try:
        return _profile(scale, mode, url, date)
    except ChildFailed as exc:
        return {"error": str(exc)[-1500:]}


def _profile(scale: int, mode: str, url: str, date: str) -> dict[str, Any]:
    """50 warm in-process asks under pyinstrument, on the index of `scale` and `mode`."""
    suffix = ("" if scale == 1 else f"-{scale}x") + ("" if mode == "embedded" else f"-{mode}")
    profile = layout.RESULTS_DIR / f"profile-{date}{suffix}.txt"
    args = [
        "--data-dir",
        str(layout.data_dir(scale)),
        "--index-dir",
        str(layout.index_dir(scale, mode)),
        "--gold",
        str(layout.GOLD_PATH),
        "--profile",
        str(profile),
    ]
    if mode == "server":
        args += ["--chroma-url", url, "--collection", layout.collection(scale)]
    report = run_child("bench.profile_child", args)
    report["file"] = str(profile.relative_to(layout.BENCH_DIR.parent))
    return report


def _start(args: argparse.Namespace) -> dict[str, Any]:
    from eval.gold import load_gold

    questions = load_gold(layout.GOLD_PATH)
    server = args.server
    if server == "auto":
        server = "cli" if serve_available() else "tiny"
    return {
        "date": datetime.now().strftime("%Y-%m-%d"),
        "started_at": datetime.now().isoformat(timespec="seconds"),
        "command": _command(args),
        "machine": _machine(args.note),
        "product": _product_version(),
        "server": server,
        "configs": [],
        "_questions": questions,
        "_gold": [{"question": q["question"], "history": q["history"]} for q in questions],
    }


def _finish(args: argparse.Namespace, results: dict[str, Any]) -> None:
    results["machine"]["load_end"] = _load()
    results["targets"] = check_targets(results)
    plot_latency(results["configs"], layout.RESULTS_DIR / "latency_vs_size.png")
    table = render(results)
    path = _save(results)
    (layout.RESULTS_DIR / f"{results['date']}.md").write_text(table, encoding="utf-8")
    if not args.no_readme:
        _update_readme(table)
    print(table)
    print(f"results: {path.relative_to(layout.BENCH_DIR.parent)}", file=sys.stderr)


def _save(results: dict[str, Any]) -> Any:  # noqa: ANN401 - Path
    layout.RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = layout.RESULTS_DIR / f"{results['date']}.json"
    public = {k: v for k, v in results.items() if not k.startswith("_")}
    path.write_text(json.dumps(public, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _update_readme(table: str) -> None:
    """Replace the table between the markers in bench/README.md (left alone if absent)."""
    if not README.exists():
        return
    text = README.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(TABLE_START) + ".*?" + re.escape(TABLE_END), re.DOTALL)
    if pattern.search(text):
        block = f"{TABLE_START}\n{table}\n{TABLE_END}"
        README.write_text(pattern.sub(lambda _: block, text), encoding="utf-8")


def _machine(note: str) -> dict[str, Any]:
    memory = psutil.virtual_memory().total / 2**30
    return {
        "cpus": os.cpu_count(),
        "memory_gb": round(memory, 1),
        "load_start": _load(),
        "note": note,
    }


def _product_version() -> str:
    """Commit of the measured code, "+dirty" when files outside bench/ are modified."""
    import subprocess

    def git(*command: str) -> str:
        done = subprocess.run(
            ["git", *command], cwd=layout.BENCH_DIR.parent, capture_output=True, text=True
        )
        return done.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    changed = [
        line
        for line in git("status", "--porcelain").splitlines()
        if not line[3:].startswith("bench/")
    ]
    return commit + ("+dirty" if changed else "")


def _load() -> str:
    return "/".join(f"{value:.1f}" for value in os.getloadavg())


def _command(args: argparse.Namespace) -> str:
    return (
        "python -m bench.run " + " ".join(sys.argv[1:]) if sys.argv[1:] else "python -m bench.run"
    )


def _progress(message: str) -> None:
    print(f"[bench] {datetime.now():%H:%M:%S} {message}", file=sys.stderr, flush=True)


def _csv(kind: type) -> Any:  # noqa: ANN401
    return lambda text: [kind(part) for part in text.split(",") if part]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scales", type=_csv(int), default=[1, 10, 100])
    parser.add_argument("--chroma", type=_csv(str), default=["embedded", "server"])
    parser.add_argument("--skip-starter", action="store_true")
    parser.add_argument("--skip-profile", action="store_true")
    parser.add_argument(
        "--server",
        choices=["auto", "cli", "tiny"],
        default="auto",
        help="cli: `benelux-assistant serve`; tiny: bench.tiny_server",
    )
    parser.add_argument("--repeats", type=int, default=2, help="sequential passes measured")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--note", default="", help="e.g. 'quiet machine'")
    parser.add_argument("--no-readme", action="store_true", help="do not touch bench/README.md")
    return parser


if __name__ == "__main__":
    try:
        main()
    except ChildFailed as exc:
        sys.exit(f"bench: {exc}")
