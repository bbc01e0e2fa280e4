"""Read source files (txt, md, pdf, docx, html) into text, with real pages when known.

A file that cannot be read raises `LoadError` with a message a person can act on;
the pipeline reports it and goes on with the other files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SUPPORTED_SUFFIXES = {".txt", ".md", ".pdf", ".docx", ".html", ".htm"}


class LoadError(Exception):
    """A file that cannot be ingested; the message says why."""


@dataclass(frozen=True)
class LoadedText:
    text: str
    page_offsets: list[int] | None = None  # char offset where each real (PDF) page starts
    warning: str | None = None


def load_document(path: Path, max_bytes: int) -> LoadedText:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise LoadError(f"unsupported file type {suffix or '(none)'}")
    size = path.stat().st_size
    if size == 0:
        raise LoadError("empty file (0 bytes)")
    if size > max_bytes:
        raise LoadError(
            f"file is {size / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:.0f} MB "
            "(ASSISTANT_MAX_FILE_MB)"
        )
    loaded = _LOADERS[suffix](path)
    if not loaded.text.strip():
        raise LoadError("no text found in the file")
    return loaded


def _load_plain(path: Path) -> LoadedText:
    raw = path.read_bytes()
    if _looks_binary(raw):
        raise LoadError("binary content, not text (wrong file extension?)")
    try:
        return LoadedText(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return LoadedText(
            raw.decode("cp1252", errors="replace"), warning="not UTF-8; read as cp1252"
        )


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
    return control > len(sample) * 0.05


def _load_pdf(path: Path) -> LoadedText:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise LoadError(f"corrupt or unreadable PDF ({exc.__class__.__name__}: {exc})") from exc
    if not any(page.strip() for page in pages):
        raise LoadError("PDF has no text layer (scanned image?); run OCR first")
    return _join_pages(pages)


def _join_pages(pages: list[str]) -> LoadedText:
    offsets, parts, length = [], [], 0
    for page in pages:
        offsets.append(length)
        parts.append(page)
        length += len(page) + 2
    return LoadedText("\n\n".join(parts), page_offsets=offsets)


def _load_docx(path: Path) -> LoadedText:
    import zipfile

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise LoadError(f"corrupt or unreadable DOCX ({exc})") from exc
    lines = [_docx_line(p.style.name if p.style else "", p.text) for p in document.paragraphs]
    return LoadedText("\n\n".join(line for line in lines if line.strip()))


def _docx_line(style: str, text: str) -> str:
    """Word heading styles become markdown headings so structure recovery sees them."""
    level = re.match(r"Heading (\d)", style)
    return f"{'#' * int(level.group(1))} {text}" if level else text


def _load_html(path: Path) -> LoadedText:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_load_plain(path).text, "html.parser")
    for junk in soup(["script", "style", "nav", "footer"]):
        junk.decompose()
    for heading in soup.find_all(re.compile(r"^h[1-6]$")):
        heading.insert_before("\n\n" + "#" * int(heading.name[1]) + " ")
        heading.insert_after("\n\n")
    return LoadedText(soup.get_text())


_LOADERS = {
    ".txt": _load_plain,
    ".md": _load_plain,
    ".pdf": _load_pdf,
    ".docx": _load_docx,
    ".html": _load_html,
    ".htm": _load_html,
}
