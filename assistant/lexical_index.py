"""The lexical index: BM25 over Dutch-analysed terms, persisted next to the chunk store.

It holds every chunk's text and metadata too (chunks.jsonl), so retrieval reads chunks
from memory and only asks Chroma for the dense scores.
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.models import Chunk
from assistant.text_analysis import Analyzer, CompoundSplitter, words

_MIN_VOCAB_COUNT = 2


class LexicalIndex:
    def __init__(self, chunks: list[Chunk], bm25, analyzer: Analyzer) -> None:  # noqa: ANN001
        self.chunks = chunks
        self.bm25 = bm25
        self.analyzer = analyzer
        self._idf_cache: dict[str, float] | None = None

    @classmethod
    def build(cls, chunks: Sequence[Chunk]) -> LexicalIndex:
        import bm25s

        ordered = sorted(chunks, key=lambda c: (c.file, c.ordinal))
        analyzer = Analyzer(CompoundSplitter(_vocabulary(ordered)))
        bm25 = bm25s.BM25()
        if ordered:
            bm25.index([analyzer.terms(c.index_text) for c in ordered], show_progress=False)
        return cls(ordered, bm25, analyzer)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk, aligned with `self.chunks`."""
        terms = self.analyzer.terms(query)
        if not self.chunks or not terms:
            return np.zeros(len(self.chunks), dtype=np.float32)
        return np.asarray(self.bm25.get_scores(terms), dtype=np.float32)

    def term_weights(self, query: str) -> dict[str, float]:
        """IDF of each distinct query term: 'benelux' matters less than 'waterstof'."""
        return {term: self._idf().get(term, 0.0) for term in dict.fromkeys(self.analyzer.terms(query))}

    def _idf(self) -> dict[str, float]:
        if self._idf_cache is None:
            self._idf_cache = _idf_from_bm25(self.bm25, len(self.chunks))
        return self._idf_cache

    def save(self, directory: Path) -> None:
        """Write to a sibling folder, then swap: a crash never leaves half an index."""
        staging = directory.with_name(directory.name + ".staging")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        with (staging / "chunks.jsonl").open("w", encoding="utf-8") as out:
            for chunk in self.chunks:
                out.write(chunk.model_dump_json() + "\n")
        (staging / "vocabulary.json").write_text(json.dumps(sorted(self.analyzer.splitter.vocabulary)))
        if self.chunks:
            self.bm25.save(str(staging / "bm25"), show_progress=False)
        _swap(staging, directory)

    @classmethod
    def load(cls, directory: Path) -> LexicalIndex:
        import bm25s

        directory = _surviving(directory)
        chunks = [Chunk.model_validate_json(line) for line in _lines(directory / "chunks.jsonl")]
        vocabulary = json.loads((directory / "vocabulary.json").read_text())
        analyzer = Analyzer(CompoundSplitter(vocabulary))
        bm25 = bm25s.BM25()
        if chunks:
            bm25 = bm25s.BM25.load(str(directory / "bm25"), show_progress=False)
        return cls(chunks, bm25, analyzer)


def _idf_from_bm25(bm25, documents: int) -> dict[str, float]:  # noqa: ANN001
    """Document frequencies are the column lengths of bm25s's term-document matrix."""
    if not documents:
        return {}
    indptr = np.asarray(bm25.scores["indptr"])
    frequencies = np.diff(indptr)
    return {
        term: float(np.log(1 + (documents - df + 0.5) / (df + 0.5)))
        for term, column in bm25.vocab_dict.items()
        if (df := int(frequencies[column])) > 0
    }


def _vocabulary(chunks: Sequence[Chunk]) -> list[str]:
    """Corpus words seen at least twice: parts for compound splitting."""
    counts = Counter(word for chunk in chunks for word in words(chunk.text))
    return [word for word, count in counts.items() if count >= _MIN_VOCAB_COUNT and word.isalpha()]


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _surviving(directory: Path) -> Path:
    """A crash between the two renames of `_swap` leaves only the retired copy."""
    retired = directory.with_name(directory.name + ".old")
    return retired if not directory.exists() and retired.exists() else directory


def _swap(staging: Path, directory: Path) -> None:
    retired = directory.with_name(directory.name + ".old")
    shutil.rmtree(retired, ignore_errors=True)
    if directory.exists():
        os.replace(directory, retired)
    os.replace(staging, directory)
    shutil.rmtree(retired, ignore_errors=True)
