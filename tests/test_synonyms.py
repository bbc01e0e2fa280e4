"""Checks for the Dutch query-expansion thesaurus assistant/resources/synonyms_nl.tsv.

Standard library only. See assistant/resources/README.md for the file format.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
THESAURUS = ROOT / "assistant" / "resources" / "synonyms_nl.tsv"
DOCUMENTS = ROOT / "data" / "documents"

HEADER = "term\trelated"
MINIMUM_ENTRIES = 300


def _fold(text: str) -> str:
    """Lower-case and strip accents (NFKD, combining marks removed)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _tokens(text: str) -> str:
    """What a consumer that folds and splits on anything but [a-z0-9] looks up."""
    return " ".join(re.findall(r"[a-z0-9]+", _fold(text)))


@cache
def _documents() -> tuple[str, ...]:
    paths = sorted(DOCUMENTS.glob("*.txt"))
    assert paths, f"no documents found in {DOCUMENTS}"
    return tuple(_fold(p.read_text(encoding="utf-8")) for p in paths)


@cache
def _occurs(term: str) -> bool:
    folded = _fold(term)
    return any(folded in doc for doc in _documents())


@cache
def _lines() -> tuple[str, ...]:
    raw = THESAURUS.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "synonyms_nl.tsv must not start with a BOM"
    assert b"\r" not in raw, "synonyms_nl.tsv: use LF line endings"
    text = raw.decode("utf-8")  # strict: fails on invalid UTF-8
    assert text.endswith("\n"), "synonyms_nl.tsv: missing final newline"
    return tuple(text.split("\n")[:-1])


@cache
def _entries() -> tuple[tuple[int, str, tuple[str, ...]], ...]:
    lines = _lines()
    assert lines, "synonyms_nl.tsv is empty"
    out = []
    for lineno, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        assert len(fields) == 2, f"line {lineno}: expected 2 tab-separated fields: {line!r}"
        term, related = fields
        out.append((lineno, term, tuple(related.split("|"))))
    return tuple(out)


def test_header() -> None:
    assert _lines()[0] == HEADER, f"header must be {HEADER!r}, got {_lines()[0]!r}"


def test_parses_and_is_well_formed() -> None:
    for lineno, term, related in _entries():
        where = f"line {lineno}"
        assert term, f"{where}: empty term"
        assert term == term.strip(), f"{where}: term has surrounding whitespace"
        assert "  " not in term, f"{where}: term has double spaces"
        assert term == term.lower(), f"{where}: term must be lower-case: {term!r}"
        assert term == _fold(term), f"{where}: term must be written without accents: {term!r}"
        assert _tokens(term), f"{where}: term has no letters or digits: {term!r}"
        assert related and all(related), f"{where}: empty related term in {related!r}"
        for other in related:
            assert other == other.strip(), f"{where}: related term has surrounding whitespace"
            assert other == other.lower(), f"{where}: related term must be lower-case: {other!r}"
            assert other == unicodedata.normalize("NFC", other), f"{where}: {other!r} not NFC"
            assert _tokens(other) != _tokens(term), f"{where}: {term!r} is related to itself"
        assert len(related) == len(set(related)), f"{where}: repeated related term in {related!r}"


def test_no_duplicate_terms() -> None:
    seen: dict[str, int] = {}
    dupes = []
    for lineno, term, _ in _entries():
        if term in seen:
            dupes.append(f"{term!r} (lines {seen[term]} and {lineno})")
        seen.setdefault(term, lineno)
    assert not dupes, "duplicate terms: " + ", ".join(dupes)


def test_no_terms_that_fold_to_the_same_lookup_key() -> None:
    """'eu-landen' and 'eu landen' would be merged by the consumer: keep one line."""
    seen: dict[str, str] = {}
    clashes = []
    for _, term, _ in _entries():
        key = _tokens(term)
        if key in seen:
            clashes.append(f"{seen[key]!r} / {term!r}")
        seen.setdefault(key, term)
    assert not clashes, "terms with the same lookup key: " + ", ".join(clashes)


def test_every_related_term_occurs_in_the_documents() -> None:
    missing = [
        f"line {lineno}: {term!r} -> {other!r}"
        for lineno, term, related in _entries()
        for other in related
        if not _occurs(other)
    ]
    assert not missing, f"related terms not found in {DOCUMENTS}:\n" + "\n".join(missing)


def test_minimum_number_of_entries() -> None:
    count = len(_entries())
    assert count >= MINIMUM_ENTRIES, f"{count} entries, expected at least {MINIMUM_ENTRIES}"


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("getekend", "ondertekend"),
        ("tekende", "ondertekening"),
        ("grensarbeiders", "grenswerkers"),
        ("topambtenaren", "directeuren-generaal"),
        ("eu-landen", "lidstaten"),
        ("pentalaterale", "penta"),
        ("cybercrimethema's", "cybercriminaliteit"),
        ("cybercrimethema's", "phishing"),
        ("jubileum", "verjaardag"),
        ("fietscongres", "velo-city"),
        ("vergaderingen", "overleggen"),
        ("vergaderingen", "bijeenkomsten"),
        ("gerealiseerd", "bereikt"),
        ("gerealiseerd", "resultaten"),
    ],
)
def test_core_mappings_present(term: str, expected: str) -> None:
    table = {term: related for _, term, related in _entries()}
    assert term in table, f"missing term {term!r}"
    assert expected in table[term], f"{term!r} should map to {expected!r}, got {table[term]!r}"
