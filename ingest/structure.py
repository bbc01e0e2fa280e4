"""Recover sections (heading path, character span, page range) from extracted text.

Citations must name document, section and page, but the texts are PDF extractions
whose page breaks are gone. Sections come from the document's own table of contents
where it has one (000, 002, 003, 004), else from heading patterns (001). Pages come,
best first, from the PDF itself (`page_offsets`), from the TOC (a section's start page;
its range runs to the next section's start page), or from page numbers printed alone
on a line (001) — or are unknown.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from ingest.headings import (
    Heading,
    Vocabulary,
    document_title,
    pattern_headings,
    printed_pages,
    split_lines,
)
from ingest.toc import find_toc, locate

PageSource = Literal["pdf", "printed", "toc", "none"]


@dataclass(frozen=True)
class Section:
    path: tuple[str, ...]  # heading titles, outer -> inner, cleaned for display; never empty
    char_start: int  # offset in the original text where the span starts (its heading line)
    char_end: int  # exclusive; sections tile the text
    page_start: int | None
    page_end: int | None
    page_source: PageSource


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    path: tuple[str, ...]
    page: int | None  # TOC start page of the heading, None for the preamble


def recover_sections(text: str, page_offsets: list[int] | None = None) -> list[Section]:
    """Sections tiling `text`: contiguous, the first at 0, the last ending at len(text).

    page_offsets: for PDFs, the char offset in `text` where each real page starts
    (page 1 = index 0). An empty text has no sections.
    """
    if not text:
        return []
    lines = split_lines(text)
    vocabulary = Vocabulary(text)
    toc = find_toc(lines)
    headings = locate(lines, toc, vocabulary) if toc else []
    from_toc = bool(headings)
    if not from_toc:
        headings = pattern_headings(lines, vocabulary)
    spans = _tile(len(text), headings, document_title(lines))
    if page_offsets:
        return _with_pdf_pages(spans, page_offsets)
    if from_toc:
        return _with_toc_pages(spans)
    return _with_printed_pages(spans, printed_pages(text))


def _tile(length: int, headings: list[Heading], preamble: str) -> list[_Span]:
    """Spans between consecutive heading offsets; paths from a rank stack.

    Headings at the same offset (a parent printed with its first child) yield one span
    whose path holds both.
    """
    ordered = sorted(headings, key=lambda h: (h.offset, h.rank))
    spans: list[_Span] = []
    first = ordered[0].offset if ordered else length
    if first > 0:
        spans.append(_Span(0, first, (preamble,), None))
    stack: list[Heading] = []
    for i, heading in enumerate(ordered):
        while stack and _closes(stack[-1], heading):
            stack.pop()
        stack.append(heading)
        end = ordered[i + 1].offset if i + 1 < len(ordered) else length
        if end > heading.offset:
            spans.append(_Span(heading.offset, end, tuple(h.title for h in stack), heading.page))
    return spans


def _closes(open_heading: Heading, new: Heading) -> bool:
    """Whether `new` ends `open_heading`: same or outer rank, or a number outside it
    (002 never prints "2. Veiligheid & samenleving", yet "2.1." is not part of "1.").
    """
    if open_heading.rank >= new.rank:
        return True
    parent, child = open_heading.number, new.number
    return bool(parent and child and child[: len(parent)] != parent)


def _with_pdf_pages(spans: list[_Span], page_offsets: list[int]) -> list[Section]:
    starts = sorted(page_offsets)

    def page_at(offset: int) -> int:
        return max(bisect_right(starts, offset), 1)

    return [
        Section(s.path, s.start, s.end, page_at(s.start), page_at(max(s.start, s.end - 1)), "pdf")
        for s in spans
    ]


def _with_toc_pages(spans: list[_Span]) -> list[Section]:
    """Start page from the TOC; the range ends at the next section's start page.

    The preamble (cover, colophon, the TOC itself) gets the pages before the first entry.
    """
    first_page = next((s.page for s in spans if s.page is not None), 1)
    sections: list[Section] = []
    following: int | None = None  # start page of the next section with a TOC page
    for span in reversed(spans):
        if span.page is None:
            start, end = 1, max(first_page - 1, 1)
        else:
            start, end = span.page, max(span.page, following or span.page)
            following = span.page
        sections.append(Section(span.path, span.start, span.end, start, end, "toc"))
    return sections[::-1]


def _with_printed_pages(spans: list[_Span], markers: list[tuple[int, int]]) -> list[Section]:
    """Bounds from printed page numbers: [page in force at the start, page before the next
    number after the end]; page_end is None when no number follows.
    """
    offsets = [offset for offset, _ in markers]
    sections: list[Section] = []
    for span in spans:
        low, high = _printed_bounds(span, markers, offsets)
        source: PageSource = "printed" if low is not None else "none"
        sections.append(Section(span.path, span.start, span.end, low, high, source))
    return sections


def _printed_bounds(
    span: _Span, markers: list[tuple[int, int]], offsets: list[int]
) -> tuple[int | None, int | None]:
    before = bisect_right(offsets, span.start) - 1
    after = bisect_right(offsets, span.end - 1)
    if before >= 0:
        low: int | None = markers[before][1]
    elif offsets and offsets[0] < span.end:
        low = markers[0][1]  # 001 prints "9" just under the chapter title of page 9
    else:
        return None, None
    high = markers[after][1] - 1 if after < len(markers) else None
    if high is not None and low is not None and high < low:
        high = low
    return low, high
