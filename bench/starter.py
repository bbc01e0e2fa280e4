"""The LlamaIndex starter pipeline, as the baseline: `python -m bench.starter --out FILE`.

SimpleDirectoryReader on data/documents (the .txt files; catalogue.yaml is not a
document), the default SentenceSplitter, an in-memory VectorStoreIndex with the same
packaged MiniLM, `Settings.llm = None`, and a top-10 retriever. It has no conversation
state, so each gold question is asked without its history, as a starter app would.
Runs in its own process so its peak RSS is its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path
from typing import Any

from assistant.settings import configure_offline_environment

TOP_K = 10
WARM_UP = 3


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", required=True)
    parser.add_argument("--gold", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    configure_offline_environment()
    report = run_starter(Path(args.documents), Path(args.gold))
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def run_starter(documents_dir: Path, gold_path: Path) -> dict[str, Any]:
    from eval.gold import load_gold

    load_seconds = _configure()
    started = time.perf_counter()
    index, nodes = _build_index(documents_dir)
    ingest_seconds = time.perf_counter() - started
    questions = load_gold(gold_path)
    retriever = index.as_retriever(similarity_top_k=TOP_K)
    for question in questions[:WARM_UP]:
        retriever.retrieve(question["question"])
    results = [_ask(retriever, question["question"]) for question in questions]
    return {
        "model_load_seconds": round(load_seconds, 2),
        "ingest_seconds": round(ingest_seconds, 2),
        "nodes": nodes,
        "nodes_per_s": round(nodes / ingest_seconds, 2),
        "query_ms": _latencies([r["timings_ms"]["total"] for r in results]),
        "quality": _quality(questions, results),
    }


def _configure() -> float:
    """The starter's global Settings: no LLM, the packaged MiniLM as embedder."""
    from llama_index.core import Settings
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    from assistant.embedding import packaged_model_path

    started = time.perf_counter()
    Settings.llm = None
    Settings.embed_model = HuggingFaceEmbedding(model_name=packaged_model_path())
    Settings.embed_model.get_text_embedding("opwarmen")
    return time.perf_counter() - started


def _build_index(documents_dir: Path) -> tuple[Any, int]:
    from llama_index.core import SimpleDirectoryReader, VectorStoreIndex

    documents = SimpleDirectoryReader(str(documents_dir), required_exts=[".txt"]).load_data()
    index = VectorStoreIndex.from_documents(documents)
    return index, len(index.docstore.docs)


def _ask(retriever: Any, question: str) -> dict[str, Any]:  # noqa: ANN401
    """A result in the `ask --json` shape, built from the retrieved nodes."""
    started = time.perf_counter()
    nodes = retriever.retrieve(question)
    elapsed = (time.perf_counter() - started) * 1000
    retrieved = [
        {
            "file": n.node.metadata.get("file_name"),
            "text": n.node.get_content(),
            "section": "",
            "page_start": None,
            "page_end": None,
            "score": n.score,
        }
        for n in nodes
    ]
    return {
        "question": question,
        "answer": "",
        "abstained": False,
        "citations": [],
        "retrieved": retrieved,
        "timings_ms": {"total": round(elapsed, 2)},
    }


def _quality(questions: list, results: list[dict[str, Any]]) -> dict[str, Any]:
    return retrieval_quality("starter", questions, results)


def retrieval_quality(name: str, questions: list, results: list[dict[str, Any]]) -> dict:
    """hit@1, hit@5, MRR@10 and hit within 6,000 chars: the only comparable metrics."""
    from eval.scoring import score_run

    overall = score_run(name, questions, results).summary["overall"]
    keys = ("hit_at_1", "hit_at_5", "mrr_at_10", "hit_within_budget")
    return {key: overall[key] for key in keys} | {"n_answerable": overall["n_answerable"]}


def _latencies(values: list[float]) -> dict[str, float]:
    import numpy as np

    return {
        "p50": round(float(np.percentile(values, 50)), 1),
        "p95": round(float(np.percentile(values, 95)), 1),
    }


if __name__ == "__main__":
    main()
