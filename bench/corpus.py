"""Build the 10x / 100x corpora and their indexes once: `python -m bench.corpus`.

`corpus-10x` holds the five real documents plus 45 recombined ones, `corpus-100x` the
five plus 495 (documents 0-44 are the same in both, so 100x starts from 10x's vectors).
Each cold build starts from the embedding cache of the scale below it and records how
many chunks were embedded and how many re-used; `bench.run` re-uses the indexes.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from bench import layout
from bench.procs import chroma_server, exit_on_sigterm, run_child

REAL_DOCUMENTS = 5
_regenerated: set[int] = set()  # --rebuild regenerates a corpus once per process, not per store


def main(argv: list[str] | None = None) -> None:
    from assistant.settings import configure_offline_environment

    configure_offline_environment()
    exit_on_sigterm()
    args = _parser().parse_args(argv)
    scales = [int(s) for s in args.scales.split(",")]
    modes = args.chroma.split(",")
    with ExitStack() as stack:
        url = ""
        if "server" in modes:
            url = stack.enter_context(chroma_server(layout.CHROMA_SERVER_DIR))["url"]
        for scale in scales:
            for mode in modes:
                record = ensure_index(scale, mode, url, rebuild=args.rebuild)
                print(f"{scale}x {mode}: {_describe(record)}", flush=True)


def ensure_index(scale: int, chroma: str, url: str = "", rebuild: bool = False) -> dict:
    """The corpus of `scale` on disk and its index built; cold-build figures returned."""
    if scale > 1:
        ensure_corpus(scale, rebuild)
    record_path = layout.build_record(scale, chroma)
    if not rebuild and record_path.exists() and _index_intact(scale, chroma, url):
        return json.loads(record_path.read_text(encoding="utf-8"))
    return build_index(scale, chroma, url)


def build_index(scale: int, chroma: str, url: str = "", seed: Path | None = None) -> dict:
    """Cold ingest into a fresh index dir, starting from the nearest smaller cache."""
    seed = seed or _seed_cache(scale, chroma)
    args = child_args(scale, chroma, url) + ["--fresh"]
    if seed is not None:
        args += ["--seed-cache", str(seed)]
    if scale == 1 and seed is None:
        args.append("--raw")
    record = run_child("bench.ingest_child", args)
    record.update(
        _corpus_stats(scale),
        scale=scale,
        chroma=chroma,
        seeded_from=str(seed) if seed else None,
        built_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    layout.build_record(scale, chroma).write_text(json.dumps(record, indent=2) + "\n")
    return record


def child_args(scale: int, chroma: str, url: str = "") -> list[str]:
    args = [
        "--data-dir",
        str(layout.data_dir(scale)),
        "--index-dir",
        str(layout.index_dir(scale, chroma)),
    ]
    if chroma == "server":
        args += ["--chroma-url", url, "--collection", layout.collection(scale)]
    return args


def ensure_corpus(scale: int, rebuild: bool = False) -> dict[str, Any]:
    """Generate the corpus once and keep it: generation follows the product's section
    recovery, which keeps changing, and a corpus that changed under its index would turn
    the no-op ingest into a re-ingest. `--rebuild` or a new GENERATOR_VERSION regenerates.
    """
    from bench.recombine import GENERATOR_VERSION

    stamp_path = layout.data_dir(scale) / "corpus.json"
    expected = {"version": GENERATOR_VERSION, "documents": REAL_DOCUMENTS * scale}
    if rebuild and scale in _regenerated:
        rebuild = False
    if not rebuild and stamp_path.exists():
        stamp = json.loads(stamp_path.read_text(encoding="utf-8"))
        if all(stamp.get(key) == value for key, value in expected.items()):
            return stamp
    stamp = write_corpus(scale) | expected
    _regenerated.add(scale)
    stamp["written_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    stamp_path.write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
    return stamp


def write_corpus(scale: int) -> dict[str, Any]:
    """Generate the corpus of `scale` (deterministic); rewrite only files that changed."""
    from bench.recombine import generate, load_chapters, source_catalogue

    started = time.perf_counter()
    source = layout.SOURCE_DATA_DIR / "documents"
    target = layout.data_dir(scale) / "documents"
    target.mkdir(parents=True, exist_ok=True)
    catalogue = source_catalogue(source)
    chapters = load_chapters(source)
    files = {p.name: p.read_text(encoding="utf-8") for p in sorted(source.glob("*.txt"))}
    entries = {name: info.model_dump(exclude_none=True) for name, info in catalogue.items()}
    for number in range(REAL_DOCUMENTS * scale - REAL_DOCUMENTS):
        document = generate(number, chapters, catalogue)
        files[document.name] = document.text
        entries[document.name] = document.info.model_dump(exclude_none=True)
    _sync(target, files, yaml.safe_dump(entries, allow_unicode=True, sort_keys=True))
    return {"generated_documents": len(files), "seconds": round(time.perf_counter() - started, 2)}


def _sync(target: Path, files: dict[str, str], catalogue: str) -> None:
    files = {**files, "catalogue.yaml": catalogue}
    for stale in set(p.name for p in target.iterdir()) - set(files):
        (target / stale).unlink()
    for name, text in files.items():
        path = target / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


def _corpus_stats(scale: int) -> dict[str, Any]:
    documents = sorted((layout.data_dir(scale) / "documents").glob("*.txt"))
    return {"documents": len(documents), "chars": sum(p.stat().st_size for p in documents)}


def _seed_cache(scale: int, chroma: str) -> Path | None:
    """Embedded: the next smaller scale's cache, so the build embeds what is new at this
    scale. Server: the same scale's embedded cache first (it times Chroma, not the model).
    The embedded 1x index is never seeded: it is the cold baseline.
    """
    smaller = {1: None, 10: 1, 100: 10}.get(scale, 1)
    candidates = [layout.index_dir(scale, "embedded")] if chroma == "server" else []
    if smaller:
        candidates += [layout.index_dir(smaller, mode) for mode in layout.CHROMA_MODES]
    for index in candidates:
        cache = index / "embeddings.sqlite"
        if cache.exists() and (index / "manifest.json").exists():
            return cache
    return None


def _index_intact(scale: int, chroma: str, url: str) -> bool:
    """Manifest, lexical index and (for a server) the collection all present."""
    index = layout.index_dir(scale, chroma)
    if not (index / "manifest.json").exists() or not (index / "lexical").exists():
        return False
    if chroma != "server":
        return True
    return _collection_count(url, layout.collection(scale)) == _manifest_chunks(index)


def _collection_count(url: str, name: str) -> int:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    host, port = url.removeprefix("http://").split(":")
    client = chromadb.HttpClient(
        host=host, port=int(port), settings=ChromaSettings(anonymized_telemetry=False)
    )
    try:
        return client.get_collection(name).count()
    except Exception:  # noqa: BLE001 - any failure means "rebuild"
        return -1


def _manifest_chunks(index: Path) -> int:
    manifest = json.loads((index / "manifest.json").read_text(encoding="utf-8"))
    return sum(entry["chunks"] for entry in manifest["files"].values())


def _describe(record: dict) -> str:
    reused = record["chunks"] - record["embedded"]
    return (
        f"{record['documents']} documents, {record['chunks']} chunks, embedded "
        f"{record['embedded']}, re-used {reused}, {record['seconds']:.0f} s "
        f"(embedding {record['embed_seconds']:.0f} s)"
    )


def clean(scale: int) -> None:
    """Remove a generated corpus and its indexes (not used by the run; for hand use)."""
    shutil.rmtree(layout.data_dir(scale), ignore_errors=True)
    for mode in layout.CHROMA_MODES:
        shutil.rmtree(layout.index_dir(scale, mode), ignore_errors=True)
        layout.build_record(scale, mode).unlink(missing_ok=True)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", default="1,10,100", help="1 is the real corpus (cache seed)")
    parser.add_argument("--chroma", default="embedded,server", help="embedded and/or server")
    parser.add_argument("--rebuild", action="store_true", help="cold-build even if present")
    return parser


if __name__ == "__main__":
    main()
