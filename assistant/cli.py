"""`benelux-assistant`: ingest, ask, chat, serve, eval, feedback."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from assistant.settings import Settings, configure_offline_environment

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)


@app.callback()
def _startup(verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False) -> None:
    configure_offline_environment()
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


@app.command()
def ingest(
    paths: Annotated[list[Path] | None, typer.Argument(help="files or folders")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Index documents incrementally (default: data/documents)."""
    from assistant.embedding import load_embedder
    from assistant.vector_store import StoreUnavailable, open_vector_store
    from ingest.pipeline import IndexNotWritable, IngestBusy, not_writable
    from ingest.pipeline import ingest as run_ingest

    settings = Settings()
    missing = [str(p) for p in paths or [] if not p.exists()]
    if missing:
        _fail(f"no such file or folder: {', '.join(missing)}")
    try:
        summary = run_ingest(
            settings,
            open_vector_store(settings),
            lambda: load_embedder(settings.embed_model, settings.embed_batch_size),
            paths=paths or None,
            progress=not quiet,
        )
    except (IngestBusy, IndexNotWritable, StoreUnavailable) as exc:
        _fail(str(exc))
    except Exception as exc:
        # Opening the store can fail too (a read-only or full index dir): same message.
        error = not_writable(exc, settings.resolved_index_dir)
        if error is None:
            raise
        _fail(str(error))
    for name, message in summary.failed.items():
        typer.secho(f"skipped {name}: {message}", fg="yellow", err=True)
    for name, message in summary.warnings.items():
        typer.secho(f"warning {name}: {message}", fg="yellow", err=True)
    typer.echo(summary.line())


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="the question")],
    history: Annotated[list[str] | None, typer.Option("--history", help="earlier question")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the DESIGN.md JSON")] = False,
    k: Annotated[int | None, typer.Option("--k", help="chunks to retrieve")] = None,
    filter_: Annotated[
        list[str] | None, typer.Option("--filter", help="kind=…, year=… or file=…")
    ] = None,
) -> None:
    """Answer one question with numbered citations."""
    from assistant.service import InvalidQuestion

    assistant = _assistant()
    try:
        result = assistant.ask(question, history or [], _filters(filter_ or []), k)
    except InvalidQuestion as exc:
        _fail(str(exc))
    if as_json:
        _print_json(result.model_dump(exclude={"see_also", "notice", "language"}) | _extras(result))
    else:
        typer.echo(render_answer(result))


@app.command()
def chat() -> None:
    """A conversation in the terminal; an empty line or Ctrl-D ends it."""
    from assistant.service import InvalidQuestion

    assistant = _assistant()
    history: list[str] = []
    typer.echo("Benelux Assistant — stel uw vraag (lege regel om te stoppen).")
    while True:
        try:
            question = input("\n> ").strip()
        except (EOFError, KeyboardInterrupt):
            break
        if not question:
            break
        try:
            typer.echo(render_answer(assistant.ask(question, history)))
        except InvalidQuestion as exc:
            typer.secho(str(exc), fg="red")
            continue
        history.append(question)


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Option("--gold", help="gold JSONL file")],
    out: Annotated[Path, typer.Option("--out", help="output folder")],
    compare: Annotated[
        list[str] | None, typer.Option("--compare", help="also run: bm25, dense")
    ] = None,
) -> None:
    """Ask every gold question and write results.jsonl, metrics.json, report.md and plots."""
    from eval import run_eval

    if not gold.exists():
        _fail(f"no gold file at {gold}")
    unknown = set(compare or []) - {"bm25", "dense"}
    if unknown:
        _fail(f"unknown configuration(s) {sorted(unknown)}: use bm25 or dense")
    main = _assistant()

    def asker(assistant):  # noqa: ANN001, ANN202
        return lambda question, history: assistant.ask(question, history).model_dump(mode="json")

    others = {name: asker(_assistant(name)) for name in compare or []}
    metrics = run_eval(gold, out, asker(main), compare=others, name="hybrid")
    overall = metrics["overall"]
    keys = (
        "hit_at_5",
        "mrr_at_10",
        "hit_within_budget",
        "key_fact_recall",
        "abstention_accuracy",
        "citation_precision",
        "latency_p50_ms",
    )
    typer.echo("  ".join(f"{key} {overall.get(key)}" for key in keys))
    typer.echo(f"report: {out / 'report.md'}")


def render_answer(result) -> str:  # noqa: ANN001 - AskResult
    """Answer text, then one line per citation: [n] title, section, page."""
    lines = [result.answer]
    if result.notice:
        lines.insert(0, f"({result.notice})")
    sources = result.citations or result.see_also
    if sources:
        lines.append("" if result.citations else "\nZie ook:")
    for source in sources:
        page = f", p. {source.page_start}" if source.page_start is not None else ""
        lines.append(f"[{source.n}] {source.title} — {source.section}{page}")
    return "\n".join(lines)


def _extras(result) -> dict:  # noqa: ANN001
    extras: dict = {}
    if result.see_also:
        extras["see_also"] = [c.model_dump() for c in result.see_also]
    if result.notice:
        extras["notice"] = result.notice
    return extras


def _filters(pairs: list[str]):  # noqa: ANN202
    from assistant.models import Filters

    values: dict[str, list] = {"kind": [], "year": [], "file": []}
    for pair in pairs:
        key, _, value = pair.partition("=")
        if key not in values or not value:
            _fail(f"bad filter {pair!r}: use kind=…, year=… or file=…")
        if key == "year" and not value.isdigit():
            _fail(f"bad filter {pair!r}: year must be a number")
        values[key].append(int(value) if key == "year" else value)
    return Filters(**values)


def _assistant(mode: str = "hybrid"):  # noqa: ANN202
    from assistant.factory import IndexMissing, build_assistant

    try:
        return build_assistant(Settings(), mode)  # type: ignore[arg-type]
    except IndexMissing as exc:
        _fail(str(exc))


def _fail(message: str, code: int = 2) -> None:
    typer.secho(f"error: {message}", fg="red", err=True)
    raise typer.Exit(code)


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@app.command("timeline")
def timeline_command(
    topic: Annotated[str, typer.Argument(help="a topic: waterstof, Politieverdrag, hydrogen …")],
    as_json: Annotated[bool, typer.Option("--json", help="print the timeline as JSON")] = False,
    per_document: Annotated[
        int, typer.Option("--per-document", help="passages per document (1-10)")
    ] = 3,
) -> None:
    """What was planned, reported and programmed on a topic, document by document."""
    from assistant.service import InvalidQuestion
    from assistant.timeline import build_timeline, render_timeline

    assistant = _assistant()
    try:
        result = build_timeline(assistant, topic, per_document)
    except InvalidQuestion as exc:
        _fail(str(exc))
    if as_json:
        _print_json(result.model_dump(mode="json"))
    else:
        typer.echo(render_timeline(result))


@app.command()
def serve(
    host: Annotated[str | None, typer.Option("--host", help="default: ASSISTANT_HOST")] = None,
    port: Annotated[int | None, typer.Option("--port", help="default: ASSISTANT_PORT")] = None,
) -> None:
    """Web chat at /, REST API under /api/v1, OpenAPI at /docs, iframe chat at /embed."""
    from assistant.factory import IndexMissing
    from assistant.server import serve as run_server

    settings = Settings()
    try:
        run_server(settings, host or settings.host, port or settings.port)
    except IndexMissing as exc:
        _fail(str(exc))


feedback_app = typer.Typer(no_args_is_help=True, help="Thumbs up/down left in the web chat.")
app.add_typer(feedback_app, name="feedback")


@feedback_app.command("export")
def feedback_export(
    out: Annotated[Path | None, typer.Option("--out", help="file (.csv or .jsonl)")] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", help="csv or jsonl (default: from --out)")
    ] = None,
) -> None:
    """Write every feedback entry as CSV or JSONL (to stdout without --out)."""
    from assistant.feedback import FeedbackStore, export_format

    settings = Settings()
    try:
        chosen = export_format(out, fmt)
    except ValueError as exc:
        _fail(str(exc))
    store = FeedbackStore(settings.feedback_db)
    if out is None:
        store.export(sys.stdout, chosen)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        count = store.export(handle, chosen)
    typer.echo(f"{count} feedback entries written to {out} ({chosen})", err=True)
