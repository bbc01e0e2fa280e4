"""Thumbs up/down with an optional comment, kept in SQLite and exported as CSV or JSONL.

SQLite because feedback arrives from several server threads and must survive restarts
without a database server; each call opens its own connection, so no connection is
shared across threads.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Literal

from pydantic import BaseModel, Field

ExportFormat = Literal["csv", "jsonl"]
MAX_COMMENT_CHARS = 2000
_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    channel TEXT NOT NULL,
    rating INTEGER NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT '',
    citations TEXT NOT NULL DEFAULT '[]'
)
"""
FIELDS = (
    "id",
    "created_at",
    "channel",
    "rating",
    "comment",
    "question",
    "answer",
    "language",
    "citations",
)


class FeedbackEntry(BaseModel):
    """One judgement of one answer; `citations` lists "file › section (p. n)" strings."""

    rating: Literal[1, -1]
    question: str = Field(max_length=8000)
    answer: str = Field(max_length=20000)
    comment: str = Field("", max_length=MAX_COMMENT_CHARS)
    language: str = Field("", max_length=8)
    citations: list[str] = Field(default_factory=list, max_length=50)
    channel: Literal["web", "embed", "api"] = "api"


class FeedbackStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def add(self, entry: FeedbackEntry) -> int:
        """Store one entry and return its id."""
        with closing(self._connect()) as db, db:
            cursor = db.execute(
                "INSERT INTO feedback (created_at, channel, rating, comment, question, answer,"
                " language, citations) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    datetime.now(UTC).isoformat(timespec="seconds"),
                    entry.channel,
                    entry.rating,
                    entry.comment.strip(),
                    entry.question,
                    entry.answer,
                    entry.language,
                    json.dumps(entry.citations, ensure_ascii=False),
                ),
            )
            return int(cursor.lastrowid or 0)

    def add_comment(self, feedback_id: int, comment: str) -> bool:
        """Attach a comment to an earlier thumbs up/down (the UI asks for it afterwards)."""
        with closing(self._connect()) as db, db:
            cursor = db.execute(
                "UPDATE feedback SET comment = ? WHERE id = ?",
                (comment.strip()[:MAX_COMMENT_CHARS], feedback_id),
            )
            return cursor.rowcount == 1

    def rows(self) -> Iterator[dict]:
        if not self.path.exists():
            return
        with closing(self._connect()) as db:
            db.row_factory = sqlite3.Row
            for row in db.execute(f"SELECT {', '.join(FIELDS)} FROM feedback ORDER BY id"):
                yield {**dict(row), "citations": json.loads(row["citations"])}

    def export(self, out: IO[str], fmt: ExportFormat) -> int:
        """Write every entry to `out`; returns how many were written."""
        rows = list(self.rows())
        if fmt == "csv":
            writer = csv.DictWriter(out, fieldnames=FIELDS)
            writer.writeheader()
            for row in rows:
                writer.writerow({**row, "citations": " | ".join(row["citations"])})
        else:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return len(rows)

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=10)
        db.execute(_SCHEMA)
        return db


def export_format(out: Path | None, requested: str | None) -> ExportFormat:
    """An explicit format wins; else the file suffix decides; stdout defaults to JSONL."""
    if requested:
        if requested not in ("csv", "jsonl"):
            raise ValueError("format must be csv or jsonl")
        return requested  # type: ignore[return-value]
    if out is not None and out.suffix.lower() == ".csv":
        return "csv"
    return "jsonl"


def citation_labels(citations: list) -> list[str]:  # noqa: ANN001 - list[Citation]
    """Short, human-readable references for the export (the full passages stay in the index)."""
    labels = []
    for citation in citations:
        page = f" (p. {citation.page_start})" if citation.page_start is not None else ""
        labels.append(f"[{citation.n}] {citation.file} › {citation.section}{page}")
    return labels
