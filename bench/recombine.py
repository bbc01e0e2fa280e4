"""Deterministic synthetic documents made by recombining chapters of the real ones.

Each generated document takes whole chapters (a top-level heading with everything under
it) from several source documents, verbatim, behind a new title page and a table of
contents, so the product's structure recovery finds the same sections and pages work.
Verbatim chapters chunk into the same passages with the same section paths, so the
embedding cache (keyed by section path + passage) re-uses their vectors; only a sparse
share of paragraphs gets years shifted and names swapped, and only those are re-embedded.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from ingest.catalogue import DocumentInfo, load_catalogue
from ingest.headings import split_number
from ingest.structure import Section, recover_sections

GENERATOR_VERSION = 1  # bump when generation changes: corpora are regenerated on next use
CHANGE_SHARE = 0.10  # share of changeable body paragraphs that get new years / names
TARGET_CHARS = 55_000  # with the overshoot of the last chapter ≈ the mean real document
CHARS_PER_PAGE = 3_000
FRONT_PAGES = 2  # title page and the table of contents
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_NAMES = (
    ("Frans Weekers", "Jan Verbeke"),
    ("Gent", "Brugge"),
    ("Antwerpen", "Rotterdam"),
    ("Maastricht", "Venlo"),
    ("Luik", "Namen"),
    ("Eindhoven", "Tilburg"),
    ("Den Haag", "Utrecht"),
    ("Brussel", "Leuven"),
    ("Luxemburg-Stad", "Esch-sur-Alzette"),
    ("Aken", "Keulen"),
)
_NAME = re.compile(r"\b(" + "|".join(re.escape(old) for old, _ in _NAMES) + r")\b")
_RENAME = dict(_NAMES)
_BLOCK = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class Chapter:
    """A top-level section of a source document and every section nested in it."""

    source: str
    text: str
    headings: tuple[tuple[tuple[str, ...], int], ...]  # (section path, offset in text)

    @property
    def is_part(self) -> bool:
        """An unnumbered title above numbered chapters (002's "BELEIDSVELDEN" › "1. ...").

        The product nests those only when the TOC prints the part in bold, and a bold
        part swallows every later chapter, so parts go bold and last.
        """
        top = self.headings[0][0][0]
        children = [path[1] for path, _ in self.headings if len(path) > 1]
        numbered = [split_number(title)[0] for title in children]
        return split_number(top)[0] is None and any(n and len(n) == 1 for n in numbered)


@dataclass(frozen=True)
class Generated:
    name: str
    text: str
    info: DocumentInfo
    sources: tuple[str, ...]


def load_chapters(documents_dir: Path) -> list[Chapter]:
    """Every source document split at its top-level headings; the front matter is left out."""
    chapters: list[Chapter] = []
    for path in sorted(documents_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        chapters.extend(_split(path.name, text, recover_sections(text)))
    return chapters


def _split(source: str, text: str, sections: list[Section]) -> list[Chapter]:
    groups: list[list[Section]] = []
    for section in sections:
        if groups and groups[-1][0].path[0] == section.path[0]:
            groups[-1].append(section)
        else:
            groups.append([section])
    body = groups[1:] if len(groups) > 1 else groups  # groups[0] is the cover and contents
    return [_chapter(source, text, group) for group in body]


def _chapter(source: str, text: str, group: list[Section]) -> Chapter:
    start, end = group[0].char_start, group[-1].char_end
    headings = tuple((s.path, s.char_start - start) for s in group)
    return Chapter(source, text[start:end].rstrip("\n") + "\n\n", headings)


def generate(number: int, chapters: list[Chapter], catalogue: dict[str, DocumentInfo]) -> Generated:
    """Document `number`, the same on every machine (seeded by its number only)."""
    rng = random.Random(f"bench-corpus-{number}")
    picked = sorted(_pick(rng, chapters), key=lambda chapter: chapter.is_part)
    shift = rng.randint(1, 9)
    bodies = [_mutate(rng, chapter, shift) for chapter in picked]
    lead = catalogue.get(picked[0].source) or DocumentInfo(title="Document")
    year = (lead.year or 2024) + shift
    title = f"{lead.kind.upper()} {year} — BUNDEL {number:03d}"
    text = _assemble(title, picked, bodies)
    info = DocumentInfo(
        title=f"{lead.kind.capitalize()} {year} (bundel {number:03d})", kind=lead.kind, year=year
    )
    name = f"gen_{number:04d}_{lead.kind}_{year}.txt"
    return Generated(name, text, info, tuple(dict.fromkeys(c.source for c in picked)))


def _pick(rng: random.Random, chapters: list[Chapter]) -> list[Chapter]:
    """Chapters from at least three source documents, about TARGET_CHARS in all."""
    sources = sorted({c.source for c in chapters})
    wanted = set(rng.sample(sources, k=min(3, len(sources))))
    order = rng.sample(chapters, k=len(chapters))
    picked = [next(c for c in order if c.source == s) for s in sorted(wanted)]
    size = sum(len(c.text) for c in picked)
    for chapter in order:
        if size >= TARGET_CHARS:
            break
        if chapter not in picked:
            picked.append(chapter)
            size += len(chapter.text)
    return picked


def _mutate(rng: random.Random, chapter: Chapter, shift: int) -> str:
    """Shift years and swap names in a sparse share of body paragraphs.

    Heading lines are never touched (a changed heading would change the section path
    and with it every vector of the section); neither is the first block of a section.
    """
    headings = [offset for _, offset in chapter.headings]
    pieces: list[str] = []
    position = 0
    for match in _BLOCK.finditer(chapter.text):
        pieces.append(_maybe_changed(rng, chapter.text, position, match.start(), headings, shift))
        pieces.append(match.group())
        position = match.end()
    pieces.append(chapter.text[position:])
    return "".join(pieces)


def _maybe_changed(
    rng: random.Random, text: str, start: int, end: int, headings: list[int], shift: int
) -> str:
    block = text[start:end]
    holds_heading = any(start <= offset < end for offset in headings)
    if holds_heading or len(block) <= 80 or not _has_change(block):
        return block
    return _changed(block, shift) if rng.random() < CHANGE_SHARE else block


def _has_change(block: str) -> bool:
    return bool(_YEAR.search(block) or _NAME.search(block))


def _changed(block: str, shift: int) -> str:
    block = _YEAR.sub(lambda m: str(int(m.group()) + shift), block)
    return _NAME.sub(lambda m: _RENAME[m.group()], block)


def _assemble(title: str, chapters: list[Chapter], bodies: list[str]) -> str:
    """Title page, a "Title<TAB>page" table of contents (as in 003/004), then the body."""
    entries: list[str] = []
    offset = 0
    for chapter, body in zip(chapters, bodies, strict=True):
        seen: set[tuple[str, ...]] = set()
        for path, local in chapter.headings:
            page = FRONT_PAGES + 1 + (offset + local) // CHARS_PER_PAGE
            new = [i for i in range(len(path)) if path[: i + 1] not in seen]
            entries.extend(_toc_line(path[i], page, chapter.is_part and i == 0) for i in new)
            seen.update(path[: i + 1] for i in new)
        offset += len(body)
    front = f"{title}\n\nBENELUX UNIE\n\n\n\nInhoud\n\n" + "\n".join(entries) + "\n\n\n\n"
    return front + "".join(bodies)


def _toc_line(title: str, page: int, bold: bool) -> str:
    return f"**{title}**\t{page}" if bold else f"{title}\t{page}"


def source_catalogue(documents_dir: Path) -> dict[str, DocumentInfo]:
    return load_catalogue(documents_dir / "catalogue.yaml")
