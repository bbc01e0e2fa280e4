"""Text normalisation shared by every comparison the evaluation makes.

Gold quotes are copied verbatim from the raw source files, which contain HTML tags and
entities (002), markdown `**`/`#` markers (002, 004) and OCR dot leaders (000). Chunk text
has been cleaned of all of these by ingestion. Comparing the two sides only works when both
go through the same normalisation, so every comparison in `eval` goes through this module.
"""

from __future__ import annotations

import html
import re
import unicodedata

SECTION_SEPARATOR = " › "

_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_HEADING_MARK = re.compile(r"(^|\s)#+(?=\s|$)")
_EMPHASIS_MARK = re.compile(r"\*+|__+")
# Runs of three or more dots (possibly spaced, or as "…"): OCR table-of-contents leaders.
_DOT_LEADER = re.compile(r"(?:[.…·]\s*){3,}|…")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\ufeff]")
_WHITESPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_LEADING_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[a-z]\))\s+")
_PUNCTUATION = re.compile(r"[^\w\s]|_")


def normalize_text(text: str) -> str:
    """Markup-free, whitespace-collapsed, case-folded text, for substring comparisons."""
    text = unicodedata.normalize("NFC", html.unescape(text))
    text = _INVISIBLE.sub("", text)
    text = _HTML_TAG.sub(" ", text)
    text = _HEADING_MARK.sub(r"\1", text)
    text = _EMPHASIS_MARK.sub("", text)
    text = _DOT_LEADER.sub(" ", text)
    return _WHITESPACE.sub(" ", text).strip().casefold()


def words(text: str) -> list[str]:
    """Word tokens of normalised text, in order (duplicates kept)."""
    return _WORD.findall(normalize_text(text))


def innermost_section(section_path: str) -> str:
    """The last heading of an "outer › inner" section path: the one a gold item names."""
    return section_path.split(SECTION_SEPARATOR)[-1]


def normalize_section(title: str) -> str:
    """A heading reduced to its words, so "2.1.3. ASIEL EN MIGRATIE" equals "Asiel en migratie".

    Numbering is dropped because documents number the same heading differently in their table
    of contents and body; accents are dropped because the OCR text of 000 loses some of them.
    """
    text = _LEADING_NUMBERING.sub("", normalize_text(title))
    text = _strip_accents(_PUNCTUATION.sub(" ", text))
    return _WHITESPACE.sub(" ", text).strip()


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))
