"""Padded token slots the embedder computes for the 1x chunks, per batching strategy.

`python -m bench.padding [--index-dir bench/cache/index-1x-embedded]`. Each batch of 32 is
padded to its longest text (in wordpieces, at most 256), so ordering texts by length before
batching, and ordering many at once, decides how much of the work is padding. Counts only:
no model run, no timing.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path

from bench import layout

BATCH = 32


def main(argv: list[str] | None = None) -> None:
    from assistant.embedding import load_embedder
    from assistant.models import Chunk
    from assistant.settings import configure_offline_environment
    from ingest.pipeline import EMBED_GROUP_CHUNKS

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index-dir", default=str(layout.index_dir(1, "embedded")))
    args = parser.parse_args(argv)
    configure_offline_environment()
    lines = (Path(args.index_dir) / "lexical" / "chunks.jsonl").read_text().splitlines()
    chunks = [Chunk.model_validate_json(line) for line in lines if line.strip()]
    texts = [chunk.embedding_text for chunk in chunks]
    features = load_embedder("").model.preprocess(texts)
    tokens = features["attention_mask"].sum(dim=1).tolist()
    files: dict[str, list[int]] = {}
    for i, chunk in enumerate(chunks):
        files.setdefault(chunk.file, []).append(i)

    def by_chars(i: int) -> int:
        return -len(texts[i])

    def by_tokens(i: int) -> int:
        return -tokens[i]

    every = [list(range(len(texts)))]
    rows = [
        ("per file, by characters (ingest before)", list(files.values()), by_chars),
        ("one call, by characters (raw before)", every, by_chars),
        (
            f"groups of >= {EMBED_GROUP_CHUNKS}, by tokens (ingest now)",
            _groups(list(files.values()), EMBED_GROUP_CHUNKS),
            by_tokens,
        ),
        ("one call, by tokens (raw now)", every, by_tokens),
    ]
    print(f"{len(texts)} chunks, {sum(tokens)} tokens without padding")
    for name, calls, key in rows:
        print(f"{name}: {_slots(calls, key, tokens)} padded token slots")


def _groups(files: list[list[int]], size: int) -> list[list[int]]:
    """Whole files gathered until at least `size` chunks, as the pipeline does."""
    groups: list[list[int]] = [[]]
    for rows in files:
        groups[-1].extend(rows)
        if len(groups[-1]) >= size:
            groups.append([])
    return [group for group in groups if group]


def _slots(calls: list[list[int]], key: Callable[[int], int], tokens: Sequence[int]) -> int:
    total = 0
    for call in calls:
        ordered = sorted(call, key=key)
        for start in range(0, len(ordered), BATCH):
            batch = ordered[start : start + BATCH]
            total += len(batch) * max(tokens[i] for i in batch)
    return total


if __name__ == "__main__":
    main()
