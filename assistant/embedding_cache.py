"""Vectors keyed by chunk content hash and model, so unchanged text is never re-embedded.

Re-issued documents with small edits, and recombined corpora, re-use what they share.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np


class EmbeddingCache:
    def __init__(self, path: Path, model: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=30)
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS vectors (model TEXT, hash TEXT, vector BLOB, "
            "PRIMARY KEY (model, hash))"
        )
        self.model = model

    def embed(
        self,
        hashes: Sequence[str],
        texts: Sequence[str],
        compute: Callable[[Sequence[str]], list[list[float]]],
    ) -> list[list[float]]:
        """Vectors for `texts`; only the ones not cached are computed (and then cached)."""
        found = self._lookup(hashes)
        first = {h: i for i, h in reversed(list(enumerate(hashes))) if h not in found}
        missing = sorted(first.values())  # each missing text once, even if repeated
        if missing:
            fresh = compute([texts[i] for i in missing])
            self._store([hashes[i] for i in missing], fresh)
            found.update({hashes[i]: vector for i, vector in zip(missing, fresh, strict=True)})
        return [found[h] for h in hashes]

    def _lookup(self, hashes: Sequence[str]) -> dict[str, list[float]]:
        found: dict[str, list[float]] = {}
        unique = list(dict.fromkeys(hashes))
        for start in range(0, len(unique), 500):
            part = unique[start : start + 500]
            marks = ",".join("?" * len(part))
            rows = self.db.execute(
                f"SELECT hash, vector FROM vectors WHERE model = ? AND hash IN ({marks})",
                [self.model, *part],
            )
            found.update({h: np.frombuffer(blob, dtype=np.float32).tolist() for h, blob in rows})
        return found

    def _store(self, hashes: Sequence[str], vectors: Sequence[Sequence[float]]) -> None:
        rows = [
            (self.model, h, np.asarray(v, dtype=np.float32).tobytes())
            for h, v in zip(hashes, vectors, strict=True)
        ]
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)", rows)

    def close(self) -> None:
        self.db.close()
