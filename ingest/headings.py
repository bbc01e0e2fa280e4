"""Heading text helpers and the heading-pattern fallback for documents without a TOC.

The source texts are PDF extractions: headings carry markdown `#` and HTML debris (002),
OCR noise such as spaced letters and split words (000), and in 001 a two-column layout
whose side titles are extracted after the text they belong to. Everything here works
line by line so a very large text stays linear.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

MAX_HEADING_CHARS = 200  # longer lines are prose; regexes never see them (no backtracking)
VOCABULARY_CHARS = 4_000_000  # word counts come from this prefix so 50 MB stays fast
LETTERED_RANK = 99  # "a) Context" is always the innermost level

_MARKUP_HINT = re.compile(r"[<&*_#]")
_TAG = re.compile(r"</?[a-zA-Z][^<>\n]{0,200}>")
_EMPHASIS = re.compile(r"\*\*|__")
_MD_PREFIX = re.compile(r"^\s*#{1,6}\s*")
_NUMBER = re.compile(r"^\s*(\d{1,2}(?:[.,]\d{1,2})+|\d{1,2}(?=[.,]))[.,]?\s*(?=[^\W\d_])")
_OCR_NUMBER = re.compile(r"^\s*(?:[0-9LIlBDSA]{1,2}[\s.,]+){1,3}(?=[^\W\d_])")
_SPACED_LETTERS = re.compile(r"(?<!\S)(?:[^\W\d_] ){2,}[^\W\d_](?=[\s:;,.]|$)")
_WORD = re.compile(r"[^\W\d_]+")
_PAGE_LINE = re.compile(r"^\s*(\d{1,3})\s*$")
_PAGE_LINES = re.compile(r"^[ \t]*(\d{1,3})[ \t\r]*$", re.MULTILINE)
_PART_LINE = re.compile(r"^\s*(?:deel|part|partie)\s+(?:\d+|[ivx]+)\s*[:.\-–]", re.IGNORECASE)
_ANNEX = re.compile(r"^(?:bijlage|bijlagen|annex|annexe|appendix)\b", re.IGNORECASE)
_LETTERED = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*)?([a-z])\)\s+([A-ZÀ-Ý][^.;:\n]{1,60}?)(?:\*\*)?\s*$"
)
_MARKDOWN = re.compile(r"^\s*(#{1,6})\s+(\S.*)$")
_BOX_START = re.compile(r"^ [^\s•\-–]")


@dataclass(frozen=True)
class Heading:
    """A located heading: where its section starts, how deep it nests, what to display."""

    offset: int
    rank: int  # smaller is outer; equal ranks are siblings
    title: str
    page: int | None = None
    number: tuple[int, ...] | None = None  # "2.1." nests only under "2.", never under "1."


class Line(NamedTuple):
    offset: int
    text: str


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    offset = 0
    for raw in text.split("\n"):
        lines.append(Line(offset, raw))
        offset += len(raw) + 1
    return lines


def strip_markup(text: str) -> str:
    """Remove the markdown/HTML debris of 002 (`## **Title**`, `<b>`, `&amp;`)."""
    if not _MARKUP_HINT.search(text):
        return text.strip()
    text = html.unescape(_TAG.sub("", text))
    return _MD_PREFIX.sub("", _EMPHASIS.sub("", text)).strip()


def match_key(text: str) -> str:
    """Comparison key: lower case, no accents, no spaces or punctuation.

    Dropping spaces makes OCR splits ("TRANS P O R T", "KLIMA AT") disappear.
    """
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if ch.isalnum())


def split_number(title: str) -> tuple[tuple[int, ...] | None, str]:
    """Split "2.1.3. Asiel" / "1.2, CRISISBEHEER" / "3.DUURZAME" into number and text.

    A single number needs its dot ("27 inzake ..." is a wrapped prose line, not heading 27).
    """
    match = _NUMBER.match(title)
    if not match:
        return None, title.strip()
    parts = tuple(int(p) for p in re.split(r"[.,]", match.group(1)) if p)
    return parts, title[match.end() :].strip()


def strip_ocr_number(title: str) -> str:
    """Drop an OCR-mangled number ("B 2 W ATERSTOF", "LA, JUSTITIE", "L VEILIGHEID")."""
    return _OCR_NUMBER.sub("", title, count=1).strip()


def format_number(number: tuple[int, ...]) -> str:
    return ".".join(str(n) for n in number) + "."


def collapse_spaced_letters(text: str) -> str:
    """'B I J L A G E:  B E O O G D E' -> 'BIJLAGE: BEOOGDE' (letter-spaced display type)."""
    text = _SPACED_LETTERS.sub(lambda m: m.group().replace(" ", ""), text)
    return re.sub(r"\s+", " ", text).strip()


def tidy(text: str) -> str:
    """Display form: markup gone, spacing normalised, '( NRW )' -> '(NRW)'."""
    text = collapse_spaced_letters(strip_markup(text))
    text = re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", text))
    return text.strip(" .,;:-–\t")


def is_upper_title(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


class Vocabulary:
    """Word counts of the document, used to tell OCR noise from real words.

    A word the document uses at least twice is "known": "ARBEIDSMOBILITEIT" is,
    the TOC's typo "ARBEIDSMOBILITIET" is not.
    """

    def __init__(self, text: str) -> None:
        sample = text[:VOCABULARY_CHARS].lower()
        self.counts = Counter(_WORD.findall(sample))

    def known(self, word: str) -> bool:
        if len(word) < 2 or re.search(r"[a-zà-ÿ][A-ZÀ-Ý]", word):
            return False  # "BaltisChe", "HaULS": case flips inside a word are OCR noise
        return self.counts[word.lower()] >= 2

    def quality(self, title: str) -> float:
        words = _WORD.findall(title)
        return sum(self.known(w) for w in words) / len(words) if words else 0.0

    def repair(self, title: str) -> str:
        """Rejoin words split by extraction ("KLIMA AT", "ONTWIKKE- LING") when the joined
        word is more common in the document than its pieces (running headers repeat the
        broken pieces, so "known" alone is not enough).
        """
        out: list[str] = []
        for token in title.split(" "):
            if out and self._should_join(out[-1], token):
                out[-1] = out[-1].rstrip("-") + token
            else:
                out.append(token)
        return " ".join(out)

    def _should_join(self, left: str, right: str) -> bool:
        if not (left and right and right[0].isalpha() and left.rstrip("-")[-1:].isalpha()):
            return False
        joined = left.rstrip("-") + right
        if not _WORD.fullmatch(joined) or not self.known(joined):
            return False
        pieces = max(self.counts[left.rstrip("-").lower()], self.counts[right.lower()])
        return left.endswith("-") or self.counts[joined.lower()] > pieces


def join_single_letters(text: str) -> str:
    """'VOORW O ORD' -> 'VOORWOORD': OCR splits letters off words in 000's TOC."""
    tokens = text.split()
    out: list[str] = []
    glue = False
    for token in tokens:
        single = len(token) == 1 and token.isalpha()
        if out and (single or glue):
            out[-1] += token
        else:
            out.append(token)
        glue = single
    return " ".join(out)


def display_title(number: tuple[int, ...] | None, text: str, vocabulary: Vocabulary) -> str:
    clean = vocabulary.repair(tidy(text))
    return f"{format_number(number)} {clean}".strip() if number else clean


def document_title(lines: list[Line]) -> str:
    """Path for text before the first heading: the first line if it reads as a title."""
    for i, line in enumerate(lines[:50]):
        if len(line.text) > MAX_HEADING_CHARS:
            break
        text = tidy(line.text)
        if not text:
            continue
        followed_by_blank = i + 1 >= len(lines) or not lines[i + 1].text.strip()
        if len(text) <= 80 and followed_by_blank and not text.endswith((".", ",", ";")):
            return text
        break
    return "Document"


def printed_pages(text: str) -> list[tuple[int, int]]:
    """(offset, page) of lines holding only a page number, kept only while increasing.

    In 001 such a number starts its page: "9" sits right under the chapter title on
    page 9 and the text after it is on page 9 (gold g2-031).
    """
    markers = [(m.start(), int(m.group(1))) for m in _PAGE_LINES.finditer(text)]
    return _increasing([(offset, page) for offset, page in markers if page > 0])


def _increasing(markers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest strictly increasing run of page numbers (drops stray numbers in tables);
    patience sorting, so a text of millions of number lines stays O(n log n).
    """
    tails: list[int] = []  # page number ending the best chain of each length
    tail_index: list[int] = []
    previous: list[int] = []
    for i, (_, page) in enumerate(markers):
        k = bisect_left(tails, page)
        previous.append(tail_index[k - 1] if k else -1)
        if k == len(tails):
            tails.append(page)
            tail_index.append(i)
        else:
            tails[k], tail_index[k] = page, i
    chain: list[tuple[int, int]] = []
    i = tail_index[-1] if tail_index else -1
    while i >= 0:
        chain.append(markers[i])
        i = previous[i]
    return chain[::-1]


# ---------------------------------------------------------------------------------------
# Fallback: headings from patterns (001 has no TOC)
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    line: int  # index of the first line
    end_line: int  # index after the last line (titles may wrap)
    kind: str  # "number", "letter", "upper", "markdown", "annex"
    number: tuple[int, ...] | None
    text: str
    level: int = 0  # markdown '#' count


def pattern_headings(lines: list[Line], vocabulary: Vocabulary) -> list[Heading]:
    """Headings of a document without a TOC, in reading order, with 001's layout undone."""
    candidates = _candidates(lines)
    accepted = _accept(candidates)
    return _place(accepted, lines, vocabulary)


def _candidates(lines: list[Line]) -> list[_Candidate]:
    found: list[_Candidate] = []
    i = 0
    while i < len(lines):
        candidate = _candidate_at(lines, i)
        if candidate:
            found.append(candidate)
            i = candidate.end_line
        else:
            i += 1
    return found


def _candidate_at(lines: list[Line], i: int) -> _Candidate | None:
    raw = lines[i].text
    head = raw.lstrip()[:2]
    if len(raw) > MAX_HEADING_CHARS or not head or (head[0].islower() and head[1:] != ")"):
        return None  # prose (most lines of a big text) leaves here
    text = strip_markup(raw)
    if raw.upper() == raw.lower() or _PART_LINE.match(text):
        return None  # no letters at all, or a "Deel 1: ..." running label
    if match := _LETTERED.match(raw):
        return _Candidate(i, i + 1, "letter", None, f"{match.group(1)}) {match.group(2).strip()}")
    markdown = _MARKDOWN.match(raw)
    number, rest = split_number(text)
    if number and _looks_like_title(rest):
        end, full = _wrapped(lines, i, rest)
        return _Candidate(i, end, "number", number, full)
    if markdown and _looks_like_title(text):
        return _Candidate(i, i + 1, "markdown", None, text, len(markdown.group(1)))
    return _upper_candidate(lines, i)


def _looks_like_title(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 14
        and len(text) <= 100
        and text[:1].isupper()
        and not text.rstrip().endswith((".", ",", ";"))
    )


def _wrapped(lines: list[Line], i: int, first: str) -> tuple[int, str]:
    """Join a title's wrapped continuation ("1.3. HANDEL, DIGITALISERING / EN CIRCUL AIRE")."""
    if i + 1 >= len(lines):
        return i + 1, first
    nxt = lines[i + 1].text.strip()
    blank_after = i + 2 >= len(lines) or not lines[i + 2].text.strip()
    if not nxt or len(nxt) > 60 or _is_structural(nxt) or nxt.endswith((".", ",", ";", ":")):
        return i + 1, first
    continues = (
        (is_upper_title(first) and is_upper_title(nxt))
        or nxt[0].islower()
        or (blank_after and len(nxt.split()) <= 5 and not is_upper_title(nxt))
    )
    return (i + 2, f"{first} {nxt}") if continues else (i + 1, first)


def _is_structural(text: str) -> bool:
    return bool(
        _PART_LINE.match(text)
        or _LETTERED.match(text)
        or split_number(text)[0]
        or _PAGE_LINE.match(text)
    )


def _upper_candidate(lines: list[Line], i: int) -> _Candidate | None:
    """Upper-case titles, possibly over up to three lines ("PRIORITEITEN / VAN HET ...")."""
    parts: list[str] = []
    j = i
    while j < len(lines) and len(parts) < 3 and _is_upper_line(lines[j].text):
        parts.append(collapse_spaced_letters(strip_markup(lines[j].text)))
        j += 1
    if not parts:
        return None
    text = " ".join(parts)
    if sum(ch.isalpha() for ch in text) < 6:
        return None
    kind = "annex" if _ANNEX.match(text) else "upper"
    return _Candidate(i, j, kind, None, text)


def _is_upper_line(raw: str) -> bool:
    if len(raw) > 2 * MAX_HEADING_CHARS or raw != raw.upper() or raw == raw.lower():
        return False
    text = strip_markup(raw)
    if not text or len(text) > 80 or _is_structural(text) or text[0] in "•-–*·":
        return False
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 2 and letters >= 0.5 * len(text.replace(" ", "")) and is_upper_title(text)


def _accept(candidates: list[_Candidate]) -> list[tuple[_Candidate, int]]:
    """Drop running headers and give ranks; numbering may only go forward or restart at 1.

    001 repeats its side titles ("1.3. HANDEL, DIGITALISERING" twice, "PRIORITEITEN ..."
    twice); a repeat, or any number not after the current one, is not a new section.
    A new title numbered "1." restarts the numbering (DEEL 2, the annex).
    """
    accepted: list[tuple[_Candidate, int]] = []
    current: tuple[int, ...] | None = None
    seen: set[str] = set()
    for cand in candidates:
        if cand.kind == "letter":
            accepted.append((cand, LETTERED_RANK))
            continue
        key = match_key(cand.text)
        if key in seen or _goes_backwards(cand.number, current):
            continue
        if cand.kind in ("number", "annex"):
            current = cand.number
        seen.add(key)
        accepted.append((cand, _rank(cand, current)))
    return accepted


def _goes_backwards(number: tuple[int, ...] | None, current: tuple[int, ...] | None) -> bool:
    return bool(number and current and number <= current and number != (1,))


def _rank(cand: _Candidate, current: tuple[int, ...] | None) -> int:
    """Numbers nest by depth, an annex is outermost, an unnumbered upper-case title sits
    one level below the current number (001's banner inside chapter 1).
    """
    if cand.number:
        return len(cand.number)
    if cand.kind == "annex":
        return 0
    if cand.kind == "markdown":
        return cand.level
    return 1 + (len(current) if current else 0)


def _place(
    accepted: list[tuple[_Candidate, int]], lines: list[Line], vocabulary: Vocabulary
) -> list[Heading]:
    """Offsets for accepted headings, moving 001's late side titles back to their text.

    In the two-column layout a section's title is extracted in the middle of its own
    text (after "a) Context" and "b) Essentiële projecten"), and an upper-case side
    title after the text box it labels. A numbered sub-heading therefore moves back to
    the last "a)" if that "a)" opened after the previous section; a parent and its
    child printed together ("2.1. SENNINGENOVERLEG" + "2.1.1. Politiesamenwerking") move
    together.
    """
    headings: list[Heading] = []
    previous_start = -1
    last_a = -1
    parent: tuple[_Candidate, int] | None = None  # last non-lettered (candidate, offset)
    for cand, rank in accepted:
        offset = lines[cand.line].offset
        if cand.kind == "letter":
            if cand.text.startswith("a)"):
                last_a = offset
        else:
            offset = _relocated(cand, offset, lines, previous_start, last_a, parent)
            previous_start = offset
            parent = (cand, offset)
        title = display_title(cand.number, cand.text, vocabulary)
        headings.append(Heading(offset, rank, title, number=cand.number))
    return sorted(headings, key=lambda h: (h.offset, h.rank))


def _relocated(
    cand: _Candidate,
    offset: int,
    lines: list[Line],
    previous_start: int,
    last_a: int,
    parent: tuple[_Candidate, int] | None,
) -> int:
    """Where a heading's section really starts in 001's extraction order.

    An upper-case side title comes out after the text box it labels (the next line opens
    a new box), so it moves back to the first line of that box.
    """
    if parent and _is_child_in_same_cluster(parent[0], cand, lines):
        return parent[1]
    if cand.kind == "number" and cand.number and len(cand.number) >= 2 and last_a > previous_start:
        return last_a
    if cand.kind == "upper" and _followed_by_box_start(lines, cand.end_line):
        box = _last_box_start(lines, cand.line)
        if box is not None and box > previous_start:
            return box
    return offset


def _is_child_in_same_cluster(parent: _Candidate, child: _Candidate, lines: list[Line]) -> bool:
    if not (parent.number and child.number and len(child.number) > len(parent.number)):
        return False
    if child.number[: len(parent.number)] != parent.number:
        return False
    between = lines[parent.end_line : child.line]
    return len(between) <= 4 and all(
        not ln.text.strip() or _PART_LINE.match(ln.text.strip()) for ln in between
    )


def _followed_by_box_start(lines: list[Line], j: int) -> bool:
    while j < len(lines) and not lines[j].text.strip():
        j += 1
    return j < len(lines) and bool(_BOX_START.match(lines[j].text))


def _last_box_start(lines: list[Line], i: int, max_back: int = 120) -> int | None:
    """Offset of the latest line that opens a text box (001 starts each with a space)."""
    for j in range(i - 1, max(i - max_back, 0) - 1, -1):
        if _BOX_START.match(lines[j].text):
            return lines[j].offset
    return None
