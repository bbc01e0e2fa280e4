"""Query embedding: sentence-transformers' `encode` on torch's default threads vs the
product's `embed_query` (one intra-op thread), on the gold questions with their history.

`python -m bench.query_threads [--passes 3]`. Prints ms per query for both (the product's
query cache emptied before each pass) and whether the vectors are identical, bit for bit.
Run it on a quiet and on a busy machine: the difference is in how they degrade.
"""

from __future__ import annotations

import argparse
import os
import time

from bench import layout


def main(argv: list[str] | None = None) -> None:
    import torch

    from assistant.embedding import load_embedder
    from assistant.settings import configure_offline_environment
    from eval.gold import load_gold

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args(argv)
    configure_offline_environment()
    embedder = load_embedder("")
    questions = [" ".join([q["question"], *q["history"]]) for q in load_gold(layout.GOLD_PATH)]

    def encode(text: str) -> list[float]:
        return embedder.model.encode(
            [text],
            batch_size=32,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )[0].tolist()

    same = all(encode(q) == embedder.embed_query(q) for q in questions)
    load = "/".join(f"{value:.1f}" for value in os.getloadavg())
    print(
        f"{len(questions)} questions, load {load}, torch threads "
        f"{torch.get_num_threads()}, identical vectors: {same}"
    )
    for _ in range(args.passes):
        started = time.perf_counter()
        for question in questions:
            encode(question)
        default = (time.perf_counter() - started) * 1000 / len(questions)
        embedder.clear_query_cache()
        started = time.perf_counter()
        for question in questions:
            embedder.embed_query(question)
        product = (time.perf_counter() - started) * 1000 / len(questions)
        print(
            f"encode, default threads: {default:.1f} ms/query; "
            f"embed_query, one thread: {product:.1f} ms/query"
        )


if __name__ == "__main__":
    main()
