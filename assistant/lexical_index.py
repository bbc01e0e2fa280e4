"""The lexical index: BM25 over Dutch-analysed terms and over character n-grams.

Word terms (stemmed, compounds split) carry most of the signal; the n-gram index catches
rewordings that share a stem but not a token ('pentalaterale' ~ 'Penta',
'grensarbeiders' ~ 'grensarbeid'). It also holds every chunk's text and metadata
(chunks.jsonl), so retrieval reads chunks from memory and asks Chroma only for vectors.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
from collections import Counter, OrderedDict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.models import Chunk
from assistant.text_analysis import Analyzer, CompoundSplitter, char_ngrams, words

_MIN_VOCAB_COUNT = 2
_MODELS = ("words", "ngrams")
# Score arrays of the last few distinct queries. One request can score the same query
# many times (a timeline searches it once per document); a few entries cover that, and
# are too few for repeated requests to skip the work.
_RECENT_QUERIES = 8


class LexicalIndex:
    def __init__(self, chunks: list[Chunk], models: dict, analyzer: Analyzer) -> None:
        self.chunks = chunks
        self.models = models
        self.analyzer = analyzer
        self._idf_cache: dict[str, float] | None = None
        self._position = {chunk.id: i for i, chunk in enumerate(chunks)}
        self._at = {(chunk.file, chunk.char_start): chunk for chunk in chunks}
        self._recent: OrderedDict[tuple[str, tuple[str, ...]], np.ndarray] = OrderedDict()
        self._recent_lock = threading.Lock()

    @classmethod
    def build(cls, chunks: Sequence[Chunk]) -> LexicalIndex:
        ordered = sorted(chunks, key=lambda c: (c.file, c.ordinal))
        analyzer = Analyzer(CompoundSplitter(_vocabulary(ordered)))
        corpora = {
            "words": [analyzer.terms(c.index_text) for c in ordered],
            "ngrams": [char_ngrams(c.index_text) for c in ordered],
        }
        return cls(ordered, {name: _bm25(corpus) for name, corpus in corpora.items()}, analyzer)

    def scores(self, query: str) -> np.ndarray:
        """Word-level BM25 score of every chunk, aligned with `self.chunks`."""
        return self._scores("words", self.analyzer.terms(query))

    def scores_for_terms(self, terms: list[str]) -> np.ndarray:
        return self._scores("words", terms)

    def ngram_scores(self, query: str) -> np.ndarray:
        return self._scores("ngrams", char_ngrams(query))

    def _scores(self, model: str, terms: list[str]) -> np.ndarray:
        if not self.chunks or not terms:
            return np.zeros(len(self.chunks), dtype=np.float32)
        key = (model, tuple(terms))
        with self._recent_lock:
            recent = self._recent.get(key)
            if recent is not None:
                self._recent.move_to_end(key)
                return recent.copy()
        scores = np.asarray(self.models[model].get_scores(terms), dtype=np.float32)
        with self._recent_lock:
            self._recent[key] = scores.copy()
            while len(self._recent) > _RECENT_QUERIES:
                self._recent.popitem(last=False)
        return scores

    def chunk_at(self, file: str, char_start: int) -> Chunk | None:
        """The chunk a citation was made from (citations carry file and span, not ids)."""
        return self._at.get((file, char_start))

    def previous_in_section(self, chunk: Chunk) -> Chunk | None:
        """The chunk before `chunk` in its document, if it is in the same section."""
        return self._neighbour_in_section(chunk, -1)

    def next_in_section(self, chunk: Chunk) -> Chunk | None:
        """The chunk after `chunk` in its document, if it is in the same section."""
        return self._neighbour_in_section(chunk, 1)

    def _neighbour_in_section(self, chunk: Chunk, step: int) -> Chunk | None:
        position = self._position.get(chunk.id)
        if position is None or not 0 <= position + step < len(self.chunks):
            return None
        neighbour = self.chunks[position + step]
        same = neighbour.file == chunk.file and neighbour.section == chunk.section
        return neighbour if same else None

    def term_weights(self, query: str) -> dict[str, float]:
        """IDF of each distinct query term: 'benelux' matters less than 'waterstof'.

        A term the corpus never uses gets the highest weight: a question about it is
        one the documents cannot answer, so it must count against support.
        """
        idf = self._idf()
        unseen = self.unseen_weight
        return {term: idf.get(term, unseen) for term in dict.fromkeys(self.analyzer.terms(query))}

    @property
    def unseen_weight(self) -> float:
        """The weight of a term no chunk has: the highest any term can get."""
        return float(np.log(1 + (len(self.chunks) + 0.5) / 0.5))

    def _idf(self) -> dict[str, float]:
        if self._idf_cache is None:
            self._idf_cache = _idf_from_bm25(self.models["words"], len(self.chunks))
        return self._idf_cache

    def save(self, directory: Path) -> None:
        """Write to a sibling folder, then swap: a crash never leaves half an index."""
        staging = directory.with_name(directory.name + ".staging")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        with (staging / "chunks.jsonl").open("w", encoding="utf-8") as out:
            for chunk in self.chunks:
                out.write(chunk.model_dump_json() + "\n")
        vocabulary = sorted(self.analyzer.splitter.vocabulary)
        (staging / "vocabulary.json").write_text(json.dumps(vocabulary))
        if self.chunks:
            for name in _MODELS:
                self.models[name].save(str(staging / name), show_progress=False)
        _swap(staging, directory)

    @classmethod
    def load(cls, directory: Path) -> LexicalIndex:
        bm25s = _bm25s()
        directory = _surviving(directory)
        chunks = [Chunk.model_validate_json(line) for line in _lines(directory / "chunks.jsonl")]
        vocabulary = json.loads((directory / "vocabulary.json").read_text())
        models = {
            name: bm25s.BM25.load(str(directory / name), show_progress=False)
            if chunks
            else bm25s.BM25()
            for name in _MODELS
        }
        return cls(chunks, models, Analyzer(CompoundSplitter(vocabulary)))


def _bm25s():  # noqa: ANN202 - bm25s has no stubs
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import
    return bm25s


def _bm25(corpus: list[list[str]]):  # noqa: ANN202
    model = _bm25s().BM25()
    if corpus:
        model.index(corpus, show_progress=False)
    return model


def _idf_from_bm25(bm25, documents: int) -> dict[str, float]:  # noqa: ANN001
    """Document frequencies are the column lengths of bm25s's term-document matrix."""
    if not documents:
        return {}
    frequencies = np.diff(np.asarray(bm25.scores["indptr"]))
    return {
        term: float(np.log(1 + (documents - df + 0.5) / (df + 0.5)))
        for term, column in bm25.vocab_dict.items()
        if column < len(frequencies) and (df := int(frequencies[column])) > 0
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
