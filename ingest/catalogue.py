"""Document metadata (title, kind, year) from data/documents/catalogue.yaml.

Files missing from the catalogue still ingest: their title is the file name and the
year is read from the name when it holds one.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from pydantic import BaseModel

# libyaml's parser with the safe constructor: the same result as `yaml.safe_load`, about
# five times faster (the 100x catalogue: 0.24 s → 0.05 s).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DocumentInfo(BaseModel):
    title: str
    kind: str = "document"
    year: int | None = None
    published: str | None = None


def load_catalogue(path: Path) -> dict[str, DocumentInfo]:
    if not path.exists():
        return {}
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER) or {}
    return {name: DocumentInfo(**_stringify_dates(entry)) for name, entry in raw.items()}


def describe(file_name: str, catalogue: dict[str, DocumentInfo]) -> DocumentInfo:
    if file_name in catalogue:
        return catalogue[file_name]
    year = re.search(r"(19|20)\d{2}", file_name)
    return DocumentInfo(title=Path(file_name).stem, year=int(year.group()) if year else None)


def _stringify_dates(entry: dict) -> dict:
    """YAML reads 2024-01-15 as a date; the catalogue keeps published dates as text."""
    published = entry.get("published")
    return {**entry, "published": None if published is None else str(published)}
