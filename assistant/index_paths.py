"""Where each part of an index lives inside the index directory."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class IndexPaths:
    root: Path

    @property
    def manifest(self) -> Path:
        return self.root / "manifest.json"

    @property
    def lexical(self) -> Path:
        return self.root / "lexical"

    @property
    def texts(self) -> Path:
        return self.root / "texts"

    @property
    def embedding_cache(self) -> Path:
        return self.root / "embeddings.sqlite"

    @property
    def lock(self) -> Path:
        return self.root / "ingest.lock"

    def text_path(self, file: str) -> Path:
        """The extracted text that chunk offsets point into (for PDFs, not the PDF)."""
        return self.texts / f"{Path(file).name}.txt"

    def store_text(self, file: str, text: str) -> None:
        self.texts.mkdir(parents=True, exist_ok=True)
        temporary = self.text_path(file).with_suffix(".tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, self.text_path(file))

    def remove_text(self, file: str) -> None:
        self.text_path(file).unlink(missing_ok=True)
