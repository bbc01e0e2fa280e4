"""What has been ingested: one entry per file with its content hash.

Written atomically after each file, so a killed ingest leaves a manifest that matches
what is fully indexed; the next run redoes only the file that was in progress.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from pydantic import BaseModel, Field


class FileEntry(BaseModel):
    content_hash: str
    chunks: int
    chunk_ids_hash: str = ""
    pipeline: str = ""
    source: str
    ingested_at: str
    warning: str | None = None


class Manifest(BaseModel):
    files: dict[str, FileEntry] = Field(default_factory=dict)
    lexical_stamp: str = ""

    @classmethod
    def load(cls, path: Path) -> Manifest:
        if not path.exists():
            return cls()
        return cls.model_validate_json(path.read_text(encoding="utf-8"))

    def save(self, path: Path) -> None:
        temporary = path.with_suffix(".tmp")
        temporary.write_text(self.model_dump_json(indent=1), encoding="utf-8")
        os.replace(temporary, path)

    def stamp(self) -> str:
        """Identifies the indexed chunks; the lexical index records the stamp it was built at.

        Chunk ids, not file hashes: a re-chunked file with unchanged bytes still changes it.
        """
        return json.dumps(sorted((name, e.chunk_ids_hash) for name, e in self.files.items()))
