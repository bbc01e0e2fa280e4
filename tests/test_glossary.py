"""Checks for the bilingual query-expansion glossaries in assistant/resources/.

Standard library only. See assistant/resources/README.md for the file format.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "assistant" / "resources"
DOCUMENTS = ROOT / "data" / "documents"

HEADER = "source\tdutch"
GLOSSARIES = {
    "glossary_en_nl.tsv": 600,
    "glossary_fr_nl.tsv": 400,
}


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).lower()


@cache
def _documents() -> tuple[str, ...]:
    paths = sorted(DOCUMENTS.glob("*.txt"))
    assert paths, f"no documents found in {DOCUMENTS}"
    return tuple(_norm(p.read_text(encoding="utf-8")) for p in paths)


@cache
def _occurs(term: str) -> bool:
    return any(term in doc for doc in _documents())


def _read(name: str) -> list[str]:
    raw = (RESOURCES / name).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{name}: must not start with a BOM"
    assert b"\r" not in raw, f"{name}: use LF line endings"
    text = raw.decode("utf-8")  # strict: fails on invalid UTF-8
    assert text.endswith("\n"), f"{name}: missing final newline"
    return text.split("\n")[:-1]


def _entries(name: str) -> list[tuple[int, str, list[str]]]:
    lines = _read(name)
    assert lines, f"{name}: empty file"
    assert lines[0] == HEADER, f"{name}: header must be {HEADER!r}, got {lines[0]!r}"
    out = []
    for lineno, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        assert len(fields) == 2, f"{name}:{lineno}: expected 2 tab-separated fields: {line!r}"
        source, dutch = fields
        out.append((lineno, source, dutch.split("|")))
    return out


@pytest.mark.parametrize("name", sorted(GLOSSARIES))
def test_parses_and_is_well_formed(name: str) -> None:
    for lineno, source, terms in _entries(name):
        where = f"{name}:{lineno}"
        assert source, f"{where}: empty source term"
        assert source == source.strip(), f"{where}: source has surrounding whitespace"
        assert "  " not in source, f"{where}: source has double spaces"
        assert source == source.lower(), f"{where}: source must be lower-case: {source!r}"
        assert source == unicodedata.normalize("NFC", source), f"{where}: source not NFC"
        assert terms and all(terms), f"{where}: empty Dutch term in {terms!r}"
        for term in terms:
            assert term == term.strip(), f"{where}: Dutch term has surrounding whitespace"
            assert term == term.lower(), f"{where}: Dutch term must be lower-case: {term!r}"
        assert len(terms) == len(set(terms)), f"{where}: repeated Dutch term in {terms!r}"


@pytest.mark.parametrize("name", sorted(GLOSSARIES))
def test_no_duplicate_source_terms(name: str) -> None:
    seen: dict[str, int] = {}
    dupes = []
    for lineno, source, _ in _entries(name):
        if source in seen:
            dupes.append(f"{source!r} (lines {seen[source]} and {lineno})")
        seen.setdefault(source, lineno)
    assert not dupes, f"{name}: duplicate source terms: " + ", ".join(dupes)


@pytest.mark.parametrize("name", sorted(GLOSSARIES))
def test_every_dutch_term_occurs_in_the_documents(name: str) -> None:
    missing = [
        f"line {lineno}: {source!r} -> {term!r}"
        for lineno, source, terms in _entries(name)
        for term in terms
        if not _occurs(_norm(term))
    ]
    assert not missing, f"{name}: Dutch terms not found in {DOCUMENTS}:\n" + "\n".join(missing)


@pytest.mark.parametrize(("name", "minimum"), sorted(GLOSSARIES.items()))
def test_minimum_number_of_entries(name: str, minimum: int) -> None:
    count = len(_entries(name))
    assert count >= minimum, f"{name}: {count} entries, expected at least {minimum}"


@pytest.mark.parametrize(
    ("name", "source", "expected"),
    [
        ("glossary_en_nl.tsv", "hydrogen", "waterstof"),
        ("glossary_en_nl.tsv", "hydrogen network", "waterstofnetwerk"),
        ("glossary_en_nl.tsv", "consignment note", "vrachtbrief"),
        ("glossary_en_nl.tsv", "police treaty", "politieverdrag"),
        ("glossary_en_nl.tsv", "annual report", "jaarverslag"),
        ("glossary_en_nl.tsv", "vat", "btw"),
        ("glossary_en_nl.tsv", "north rhine-westphalia", "noordrijn-westfalen"),
        ("glossary_fr_nl.tsv", "hydrogène", "waterstof"),
        ("glossary_fr_nl.tsv", "lettre de voiture", "vrachtbrief"),
        ("glossary_fr_nl.tsv", "présidence", "voorzitterschap"),
        ("glossary_fr_nl.tsv", "tva", "btw"),
    ],
)
def test_core_terms_present(name: str, source: str, expected: str) -> None:
    table = {source: terms for _, source, terms in _entries(name)}
    assert source in table, f"{name}: missing source term {source!r}"
    assert expected in table[source], f"{name}: {source!r} should map to {expected!r}"
