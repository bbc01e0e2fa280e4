"""Cost of the document prior per question as the corpus grows (the ingested index × N).

The prior used to loop over every chunk in Python on each question; it is now decided per
document and spread over the chunks with numpy. This times both over the same chunks:

    .venv/bin/python -m bench.prior_cost --times 105
"""

from __future__ import annotations

import argparse
import re
import time

import numpy as np

from assistant.document_prior import _KIND_CUES, DocumentPrior, _named_documents, _years
from assistant.index_paths import IndexPaths
from assistant.lexical_index import LexicalIndex
from assistant.models import Chunk
from assistant.settings import Settings
from assistant.text_analysis import fold

QUESTION = "Wat staat er in het jaarverslag 2021 over de samenwerking met Noordrijn-Westfalen?"


def per_chunk(question: str, chunks: list[Chunk]) -> np.ndarray:
    """The former per-chunk loop (kind 2.5, year 0.2, named 2.0), kept here to compare."""
    text = fold(question)
    kinds = {kind for kind, cue in _KIND_CUES.items() if re.search(cue, text)}
    years, named = _years(text), _named_documents(text)
    prior = np.zeros(len(chunks), dtype=np.float32)
    for i, chunk in enumerate(chunks):
        prior[i] = (
            2.5 * (chunk.kind in kinds)
            + 0.2 * (chunk.year in years)
            + 2.0 * ((chunk.kind, chunk.year) in named)
        )
    return prior


def _milliseconds(call, repeats: int) -> float:  # noqa: ANN001
    start = time.perf_counter()
    for _ in range(repeats):
        call()
    return (time.perf_counter() - start) * 1000 / repeats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--times", type=int, default=105, help="copies of the ingested index")
    args = parser.parse_args()
    chunks = LexicalIndex.load(IndexPaths(Settings().resolved_index_dir).lexical).chunks
    chunks = chunks * args.times
    prior = DocumentPrior(chunks)
    assert np.array_equal(prior.scores(QUESTION, 2.5, 0.2, 2.0), per_chunk(QUESTION, chunks))
    new = _milliseconds(lambda: prior.scores(QUESTION, 2.5, 0.2, 2.0), 100)
    old = _milliseconds(lambda: per_chunk(QUESTION, chunks), 5)
    print(f"{len(chunks)} chunks: per document {new:.2f} ms, per chunk {old:.1f} ms per question")


if __name__ == "__main__":
    main()
