"""Table of contents: find it, parse it, and locate each entry's heading in the body.

The TOCs differ per document: 000 is OCR ("B 2 W ATERSTOF .ttt e e e 23", dotted and
letter leaders, broken numbers), 002 is markdown with `<b>` parents and `&amp;`,
003/004 are "Title<TAB>page" with upper-case chapters and mixed-case subsections.
Entries are matched to body lines with rapidfuzz on space-free keys, strictly in TOC
order, searching a window forward from the previous match; an entry that is not
found is skipped rather than guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import fuzz

from ingest.headings import (
    MAX_HEADING_CHARS,
    Heading,
    Line,
    Vocabulary,
    display_title,
    is_upper_title,
    join_single_letters,
    match_key,
    split_number,
    strip_markup,
    strip_ocr_number,
    tidy,
)

STRONG = 90.0  # first body line at least this close is taken at once
WEAK = 80.0  # between two strong matches, the best line at least this close is taken
MIN_ENTRIES = 3
DEFAULT_CHARS_PER_PAGE = 4000

_LEADER_CHARS = " \t.·…_"
_LEADER = re.compile(r"\s\.|\.\s*\.|\s[«»•]|…|\t")
_LETTER_LEADER = re.compile(r"(?:\b[a-z]\b\s){3,}")
_BOLD = re.compile(r"<b>|<strong>|\*\*", re.IGNORECASE)


@dataclass(frozen=True)
class TocEntry:
    title: str  # as printed in the TOC, markup and leaders removed
    page: int
    bold: bool
    keys: tuple[str, ...]  # match keys: without the number, strict and OCR-lenient


@dataclass
class Toc:
    entries: list[TocEntry]
    end_line: int  # index of the first line after the TOC: the body starts here
    ocr: bool  # leaders full of OCR noise (000): prefer cleaner body headings for display


@dataclass
class _Located:
    entry: TocEntry
    line: int  # index of the body line where the heading starts
    pos: int  # its position among the body's heading-sized lines
    n_lines: int  # how many lines the heading spans there
    number: tuple[int, ...] | None = None
    rank: int = 1
    offset: int = -1  # set with the rank; may move up to a parent printed just below


# ---------------------------------------------------------------------------------------
# Finding and parsing the TOC
# ---------------------------------------------------------------------------------------


class _Raw(NamedTuple):
    page: int
    title: str  # leaders still attached
    bold: bool


def find_toc(lines: list[Line]) -> Toc | None:
    """The longest run of "title … page" lines whose pages (almost) never decrease.

    004's meeting statistics ("Werkgroepen<TAB>272", "Strategische overleggen<TAB>16")
    also look like TOC lines, but their numbers jump around, so they lose.
    """
    best: tuple[list[_Raw], int] | None = None
    for run, end in _runs(lines):
        if _monotone([raw.page for raw in run]) and (best is None or len(run) > len(best[0])):
            best = (run, end)
    if best is None:
        return None
    run, end = best
    entries = [_entry(raw) for raw in run if _readable(_cut_leader(raw.title))]
    if len(entries) < MIN_ENTRIES:
        return None
    return Toc(entries, end, _is_ocr(run))


def _runs(lines: list[Line]) -> Iterator[tuple[list[_Raw], int]]:
    """Maximal runs of TOC-looking lines (blank lines do not break a run)."""
    run: list[_Raw] = []
    for i, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        parsed = _parse_line(text)
        if parsed is None:
            if len(run) >= MIN_ENTRIES:
                yield run, i
            run = []
            continue
        run.append(parsed)
    if len(run) >= MIN_ENTRIES:
        yield run, len(lines)


def _parse_line(text: str) -> _Raw | None:
    if len(text) > MAX_HEADING_CHARS or text[-1] not in "0123456789>*" or text.isdigit():
        return None
    split = _split_page(strip_markup(text))
    if split is None:
        return None
    return _Raw(split[1], split[0], bool(_BOLD.search(text)))


def _split_page(line: str) -> tuple[str, int] | None:
    """'Title . . . 12' -> ('Title . . .', 12); a plain scan, no backtracking regex."""
    end = len(line)
    start = end
    while start > 0 and line[start - 1].isdigit():
        start -= 1
    if not 1 <= end - start <= 3 or start == 0 or line[start - 1] not in _LEADER_CHARS:
        return None
    title = line[:start].rstrip(_LEADER_CHARS)
    if not any(ch.isalpha() for ch in title):
        return None
    return title, int(line[start:end])


def _cut_leader(title: str) -> str:
    """'2.2. DUURZAAM TRANS P O R T . L ot ittt e e' -> '2.2. DUURZAAM TRANS P O R T'."""
    match = _LEADER.search(title)
    return (title[: match.start()] if match else title).strip(" .,\t")


def _readable(title: str) -> bool:
    """Reject OCR garbage such as '700 O U 1 I = P' or 'VS YIS RV PN 6 66 0060…'."""
    letters = sum(ch.isalpha() for ch in title)
    digits = sum(ch.isdigit() for ch in title)
    longest = max((len(w) for w in re.findall(r"[^\W\d_]+", title)), default=0)
    return letters >= 4 and longest >= 3 and digits <= letters


def _entry(raw: _Raw) -> TocEntry:
    title = _cut_leader(raw.title)
    _, text = split_number(title)
    keys = {match_key(text), match_key(strip_ocr_number(title))}
    return TocEntry(tidy(title), raw.page, raw.bold, tuple(k for k in keys if len(k) >= 4))


def _monotone(pages: list[int]) -> bool:
    pairs = list(zip(pages, pages[1:], strict=False))
    rising = sum(b >= a for a, b in pairs)
    return bool(pairs) and rising >= 0.9 * len(pairs)


def _is_ocr(run: list[_Raw]) -> bool:
    """000's TOC lines end in letter leaders ("ottt e e e"); clean TOCs use dots or tabs."""
    noisy = sum(bool(_LETTER_LEADER.search(raw.title)) for raw in run)
    return noisy >= max(2, len(run) // 4)


# ---------------------------------------------------------------------------------------
# Locating entries in the body
# ---------------------------------------------------------------------------------------


class _Body:
    """Heading-sized body lines with cached match keys."""

    def __init__(self, lines: list[Line], start: int) -> None:
        self.lines = lines
        self.index = [
            i
            for i in range(start, len(lines))
            if 0 < len(lines[i].text.strip()) <= MAX_HEADING_CHARS
        ]
        self._full: dict[int, str] = {}
        self._bare: dict[int, str] = {}

    def full(self, i: int) -> str:
        if i not in self._full:
            self._full[i] = match_key(strip_markup(self.lines[i].text))
        return self._full[i]

    def bare(self, i: int) -> str:
        """Key without the heading number (numbers are OCR-broken in 000's TOC)."""
        if i not in self._bare:
            _, text = split_number(strip_markup(self.lines[i].text))
            self._bare[i] = match_key(text)
        return self._bare[i]

    def variants(self, pos: int) -> list[tuple[int, str]]:
        """(line count, key) for the heading alone and wrapped over 2-3 lines."""
        i = self.index[pos]
        out = [(1, self.bare(i))]
        key, last, count = self.bare(i), i, 1
        for nxt in self.index[pos + 1 : pos + 3]:
            if nxt - last > 2 or len(self.lines[nxt].text.strip()) > 100:
                break
            key, last, count = key + self.full(nxt), nxt, count + 1
            out.append((nxt - i + 1, key))
        return out

    def score(self, entry: TocEntry, pos: int, cutoff: float) -> tuple[float, int]:
        best = (0.0, 1)
        for n_lines, key in self.variants(pos):
            for target in entry.keys:
                if len(key) > 2 * len(target) + 10:
                    continue
                value = fuzz.ratio(target, key, score_cutoff=cutoff)
                if value > best[0]:
                    best = (value, n_lines)
        return best


def locate(lines: list[Line], toc: Toc, vocabulary: Vocabulary) -> list[Heading]:
    """Headings for the TOC entries found in the body, in document order."""
    body = _Body(lines, toc.end_line)
    found = _anchor(body, toc.entries)
    found = _fill_gaps(body, toc.entries, found)
    located = [found[i] for i in sorted(found)]
    _assign_ranks(located, lines, has_parts=_has_parts(toc.entries))
    _pull_children_forward(body, located)
    headings = [_heading(loc, lines, toc.ocr, vocabulary) for loc in located]
    placed = _placed_by_page(lines, toc, found, vocabulary)
    return headings + _unprinted_parents(toc.entries, found, vocabulary) + placed


def _placed_by_page(
    lines: list[Line], toc: Toc, found: dict[int, _Located], vocabulary: Vocabulary
) -> list[Heading]:
    """Numbered TOC sections whose heading the body lacks (000 prints some as images).

    Without a heading, its text would be filed under the section before it: "3.3.
    Penta-samenwerking" under "3.2. Waterstof". The start is estimated from the TOC pages
    of the located headings around it, then moved to the nearest paragraph that names
    a word of the title (else the nearest paragraph). A parent whose children are
    located is left to `_unprinted_parents`.
    """
    located = sorted(found)
    starts = _paragraph_starts(lines, toc.end_line)
    placed: list[Heading] = []
    floor = -1
    for k, entry in enumerate(toc.entries):
        number, text = split_number(entry.title)
        if k in found:
            floor = found[k].offset
            continue
        before = [found[j] for j in located if j < k]
        after = [found[j] for j in located if j > k]
        if not number or not before or not after or _extends(after[0].number, number):
            continue
        estimate = _estimate(before[-1], after[0], entry.page)
        if estimate is None:
            continue
        low = max(floor + 1, _after_first_paragraph(lines, starts, before[-1].offset))
        offset = _nearest_start(lines, starts, estimate, low, after[0].offset, text)
        if offset is None:
            continue
        floor = offset
        title = display_title(number, join_single_letters(text), vocabulary)
        placed.append(Heading(offset, len(number), title, entry.page, number))
    return placed


def _estimate(before: _Located, after: _Located, page: int) -> tuple[int, int] | None:
    """(estimated offset, chars per page) from the located headings' offsets and pages."""
    pages = after.entry.page - before.entry.page
    if pages <= 0 or not before.entry.page <= page <= after.entry.page:
        return None
    per_page = (after.offset - before.offset) // pages
    return before.offset + per_page * (page - before.entry.page), per_page


def _after_first_paragraph(lines: list[Line], starts: list[int], heading: int) -> int:
    """Just past the first paragraph after a heading: a section keeps at least that one."""
    later = [lines[i].offset for i in starts if lines[i].offset > heading]
    return later[0] + 1 if later else heading + 1


def _paragraph_starts(lines: list[Line], start: int) -> list[int]:
    """Lines that open a paragraph: after a blank line, with a letter first."""
    return [
        i
        for i in range(max(start, 1), len(lines))
        if not lines[i - 1].text.strip() and lines[i].text.strip()[:1].isalpha()
    ]


def _nearest_start(
    lines: list[Line],
    starts: list[int],
    estimate: tuple[int, int],
    low: int,
    high: int,
    title: str,
) -> int | None:
    """The paragraph start within a page of the estimate, naming the title if one does."""
    guess, per_page = estimate
    words = re.findall(r"\w{5,}", title.lower())
    near = [i for i in starts if low <= lines[i].offset < high]
    near = [i for i in near if abs(lines[i].offset - guess) <= per_page]
    naming = [i for i in near if any(w[:6] in _opening(lines, i) for w in words)]
    pool = naming or near
    if not pool:
        return None
    return min((lines[i].offset for i in pool), key=lambda offset: abs(offset - guess))


def _opening(lines: list[Line], i: int, chars: int = 300) -> str:
    """The first characters of the paragraph that starts at line i, lower-cased."""
    text = ""
    while i < len(lines) and lines[i].text.strip() and len(text) < chars:
        text += " " + lines[i].text
        i += 1
    return text[:chars].lower()


def _unprinted_parents(
    entries: list[TocEntry], found: dict[int, _Located], vocabulary: Vocabulary
) -> list[Heading]:
    """TOC chapters whose heading the body lacks still name their located children.

    002 never prints "2. Veiligheid & samenleving"; its "2.1." sections get it in their
    path through a zero-length heading at the first child's offset.
    """
    extra: list[Heading] = []
    located = sorted(found)
    for k, entry in enumerate(entries):
        number, text = split_number(entry.title)
        later = located[bisect_right(located, k) :]
        if k in found or not number or not later:
            continue
        child = found[later[0]]
        if _extends(child.number, number):
            title = display_title(number, text, vocabulary)
            extra.append(Heading(child.offset, len(number), title, entry.page, number))
    return extra


def _extends(child: tuple[int, ...] | None, parent: tuple[int, ...]) -> bool:
    return bool(child) and len(child) > len(parent) and child[: len(parent)] == parent


def _anchor(body: _Body, entries: list[TocEntry]) -> dict[int, _Located]:
    """Strong matches in TOC order, each searched in a window after the previous one.

    The window is a few pages long (chars per page estimated from the matches so far);
    if that finds too little (very long pages), it is widened and the pass repeated,
    at most twice, so the work stays linear in the text.
    """
    found: dict[int, _Located] = {}
    for scale in (1, 8, 64):
        found = _anchor_pass(body, entries, DEFAULT_CHARS_PER_PAGE * scale)
        if 2 * len(found) >= len(entries):
            break
    return found


def _anchor_pass(body: _Body, entries: list[TocEntry], chars_per_page: int) -> dict[int, _Located]:
    found: dict[int, _Located] = {}
    pos = 0
    last_page, last_offset = 0, body.lines[body.index[0]].offset if body.index else 0
    first: tuple[int, int] | None = None
    for k, entry in enumerate(entries):
        if not entry.keys:
            continue
        limit = last_offset + chars_per_page * (max(entry.page - last_page, 0) + 3) + 10_000
        hit = _first_strong(body, entry, pos, limit)
        if hit is None:
            continue
        pos, n_lines = hit
        found[k] = _Located(entry, body.index[pos], pos, n_lines)
        last_page, last_offset = entry.page, body.lines[body.index[pos]].offset
        first = first or (last_page, last_offset)
        if first[0] < last_page:
            chars_per_page = max(500, (last_offset - first[1]) // (last_page - first[0]))
        pos += 1
    return found


def _first_strong(body: _Body, entry: TocEntry, pos: int, limit: int) -> tuple[int, int] | None:
    for p in range(pos, len(body.index)):
        if body.lines[body.index[p]].offset > limit:
            return None
        score, n_lines = body.score(entry, p, STRONG)
        if score >= STRONG:
            return p, n_lines
    return None


def _fill_gaps(
    body: _Body, entries: list[TocEntry], found: dict[int, _Located]
) -> dict[int, _Located]:
    """Weaker matches, only between the strong matches before and after the entry."""
    result = dict(found)
    anchors = sorted(found)
    lower = 0
    for k, entry in enumerate(entries):
        if k in result:
            lower = result[k].pos + 1
            continue
        if not entry.keys:
            continue
        after = bisect_right(anchors, k)
        upper = found[anchors[after]].pos if after < len(anchors) else len(body.index)
        hit = _best_between(body, entry, lower, upper)
        if hit:
            result[k] = _Located(entry, body.index[hit[0]], hit[0], hit[1])
            lower = hit[0] + 1
    return result


def _best_between(body: _Body, entry: TocEntry, lower: int, upper: int) -> tuple[int, int] | None:
    best: tuple[float, int, int] | None = None
    for p in range(lower, min(upper, lower + 5000)):
        score, n_lines = body.score(entry, p, WEAK)
        if score >= WEAK and (best is None or score > best[0]):
            best = (score, p, n_lines)
    return (best[1], best[2]) if best else None


def _has_parts(entries: list[TocEntry]) -> bool:
    """002 marks parents in bold; unnumbered bold entries are then parts above chapters."""
    return any(e.bold for e in entries) and not all(e.bold for e in entries)


def _assign_ranks(located: list[_Located], lines: list[Line], has_parts: bool) -> None:
    """Nesting: by number where there is one (the body's number is cleaner than 000's
    OCR TOC: "3. WINDENERGIE" is "3.1. WINDENERGIE" in the body); otherwise parts (bold,
    002) above upper-case chapters above mixed-case subsections (003, 004).
    """
    for loc in located:
        body_number, _ = split_number(strip_markup(lines[loc.line].text))
        toc_number, _ = split_number(loc.entry.title)
        loc.number = body_number or toc_number
        loc.offset = lines[loc.line].offset
        if loc.number:
            loc.rank = len(loc.number)
        elif has_parts and loc.entry.bold:
            loc.rank = 0
        else:
            loc.rank = 1 if is_upper_title(loc.entry.title) else 2


def _pull_children_forward(body: _Body, located: list[_Located]) -> None:
    """A child printed just above its parent (002: "## 1.1. ENERGIE & KLIMAAT" right
    before "### 1. ECONOMIE ...") starts with the parent, not at its next running header.
    """
    for parent, child in zip(located, located[1:], strict=False):
        if child.rank <= parent.rank:
            continue
        for p in range(max(parent.pos - 3, 0), parent.pos):
            if parent.offset - body.lines[body.index[p]].offset > 400:
                continue
            if body.score(child.entry, p, STRONG)[0] >= STRONG:
                child.offset = parent.offset = body.lines[body.index[p]].offset
                break


def _heading(loc: _Located, lines: list[Line], ocr: bool, vocabulary: Vocabulary) -> Heading:
    """Display title: the TOC's text unless the body heading reads cleaner (000's OCR)."""
    printed = " ".join(lines[i].text.strip() for i in range(loc.line, loc.line + loc.n_lines))
    _, body_text = split_number(strip_markup(printed))
    toc_number, toc_text = split_number(loc.entry.title)
    if ocr:
        toc_text = join_single_letters(toc_text if toc_number else strip_ocr_number(toc_text))
    body_clean = vocabulary.repair(tidy(body_text))
    toc_clean = vocabulary.repair(tidy(toc_text))
    better = vocabulary.quality(body_clean) > vocabulary.quality(toc_clean)
    title = display_title(loc.number, body_clean if better else toc_clean, vocabulary)
    return Heading(loc.offset, loc.rank, title, loc.entry.page, loc.number)
