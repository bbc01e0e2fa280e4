"""Clean extracted text for indexing while keeping offsets into the original.

The source texts carry PDF-extraction debris: OCR dot leaders and digit garbage (000),
HTML tags and entities and markdown markup (002), words hyphenated across hard line
wraps (001). The index sees clean text; a citation must still point at the original
passage, so every cleaned character maps back to an original offset.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass

_PATTERNS = [
    ("tag", r"</?[a-zA-Z][^<>\n]{0,200}>"),
    ("entity", r"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"),
    ("garbage_line", r"^[^\n]*\d{8,}[^\n]*$"),
    ("md_heading", r"^[ \t]*#{1,6}[ \t]+"),
    ("ocr_bullet", r"^[ \t]*[e«°¢©®][ \t]+(?=[A-ZÀ-Ý])"),
    ("md_rule", r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$"),
    ("md_emphasis", r"\*\*|__"),
    ("leader", r"(?:[ \t]*\.){4,}|(?:\b[a-z]\b[ \t]){4,}"),
    ("hyphen_wrap", r"(?<=[a-zà-ÿ])-[ \t]*\n[ \t]*(?=[a-zà-ÿ])"),
    ("space", r"\s+"),
]
_REGEX = re.compile("|".join(f"(?P<{name}>{body})" for name, body in _PATTERNS), re.MULTILINE)
_KEEP_HYPHEN_BEFORE = {"en", "of", "tot", "maar", "noch"}


@dataclass(frozen=True)
class CleanText:
    """Cleaned text plus the runs that map it back to the original."""

    text: str
    clean_starts: list[int]
    orig_starts: list[int]

    def to_original(self, clean_offset: int) -> int:
        """Original offset of a cleaned offset (end offsets map to the run's end)."""
        i = max(bisect_right(self.clean_starts, clean_offset) - 1, 0)
        return self.orig_starts[i] + (clean_offset - self.clean_starts[i])


def clean_text(original: str, base_offset: int = 0) -> CleanText:
    """Clean `original`; offsets returned are `base_offset` + position in `original`."""
    builder = _Builder(base_offset)
    position = 0
    for match in _REGEX.finditer(original):
        builder.copy(original, position, match.start())
        builder.emit(_replacement(match, original), base_offset + match.start())
        position = match.end()
    builder.copy(original, position, len(original))
    return builder.build()


def _replacement(match: re.Match[str], original: str) -> str:
    kind = match.lastgroup
    value = match.group()
    if kind == "entity":
        return html.unescape(value)
    if kind == "hyphen_wrap":
        return _join_wrapped_word(original, match)
    if kind == "space":
        return _collapse_space(value, original, match.end())
    if kind == "leader":
        return " "
    return ""


def _join_wrapped_word(original: str, match: re.Match[str]) -> str:
    """'ini-\\ntiatieven' is one word; 'klimaatmitigatie-\\nen' and 'Benelux-\\nlanden' keep '-'."""
    next_word = re.match(r"[a-zà-ÿ]+", original[match.end() :])
    word_start = original.rfind(" ", 0, match.start()) + 1
    left = original[word_start : match.start()].lstrip("\n(")
    if next_word and next_word.group() in _KEEP_HYPHEN_BEFORE:
        return "- "
    if left[:1].isupper():
        return "-"
    return ""


def _collapse_space(value: str, original: str, end: int) -> str:
    """Keep line structure only where it means something: paragraphs and headings.

    A single newline before a lower-case letter is a hard wrap inside a sentence.
    """
    newlines = value.count("\n")
    if newlines == 0:
        return " "
    if newlines >= 2:
        return "\n\n"
    next_char = original[end : end + 1]
    return " " if next_char.islower() else "\n"


class _Builder:
    """Accumulates cleaned pieces and the clean→original offset runs."""

    def __init__(self, base_offset: int) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.clean_starts: list[int] = []
        self.orig_starts: list[int] = []
        self.base = base_offset

    def copy(self, original: str, start: int, end: int) -> None:
        if end > start:
            self.emit(original[start:end], self.base + start)

    def emit(self, piece: str, orig_start: int) -> None:
        if not piece:
            return
        if self.parts and piece.isspace() and self.parts[-1][-1:].isspace():
            return  # never two whitespace runs in a row
        if not self.parts and piece.isspace():
            return
        self.clean_starts.append(self.length)
        self.orig_starts.append(orig_start)
        self.parts.append(piece)
        self.length += len(piece)

    def build(self) -> CleanText:
        text = "".join(self.parts)
        stripped = text.rstrip()
        return CleanText(stripped, self.clean_starts or [0], self.orig_starts or [self.base])
