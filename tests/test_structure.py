"""Section and page recovery on the five real documents, the gold set, and edge cases.

Citations must name the right section and page, so the assertions use passages from
the shipped documents (mostly gold evidence quotes) with the section heading and page
a reader would find in the PDF.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from ingest.structure import Section, recover_sections

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ROOT / "data" / "documents"
GOLD = ROOT / "data" / "gold" / "dev.jsonl"
TOC_DOCUMENTS = ["000", "002", "003", "004"]
ALL_DOCUMENTS = ["000", "001", "002", "003", "004"]


@cache
def document(prefix: str) -> str:
    (path,) = DOCUMENTS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@cache
def sections_of(prefix: str) -> list[Section]:
    return recover_sections(document(prefix))


def title_key(title: str) -> str:
    """Case-, accent-, spacing- and number-insensitive form ("2.2. DUURZAAM TRANSPORT")."""
    text = re.sub(r"^\s*\d+(?:\.\d+)*\.?\s*", "", title)
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if ch.isalnum())


def find(text: str, quote: str) -> int:
    """Offset of `quote` in `text`, whitespace runs matching any whitespace (gold rule)."""
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    match = re.search(pattern, text)
    assert match, f"passage not in document: {quote[:60]!r}"
    return match.start()


def section_at(sections: list[Section], offset: int) -> Section:
    return next(s for s in sections if s.char_start <= offset < s.char_end)


def locate(prefix: str, quote: str) -> Section:
    return section_at(sections_of(prefix), find(document(prefix), quote))


def is_lettered(title: str) -> bool:
    return bool(re.match(r"^[a-z]\)\s", title))


def numbered_title(section: Section) -> str:
    """Innermost heading that is not a lettered sub-heading ("a) Context")."""
    return next(t for t in reversed(section.path) if not is_lettered(t))


def assert_tiles(text: str, sections: list[Section]) -> None:
    assert sections[0].char_start == 0
    assert sections[-1].char_end == len(text)
    for before, after in zip(sections, sections[1:], strict=False):
        assert before.char_end == after.char_start
    assert all(s.char_start < s.char_end and s.path and all(s.path) for s in sections)


# ---------------------------------------------------------------------------------------
# Known passages: innermost section title and page
# ---------------------------------------------------------------------------------------

TOC_PASSAGES = [
    # 000 Jaarplan 2024 (OCR TOC)
    (
        "000",
        "Het internationale congres Velo-city 2024 zal in juni 2024 in Gent",
        "DUURZAAM TRANSPORT",
        18,
    ),
    (
        "000",
        "Digitale vrachtbrief: toewerkend naar de verplichte invoering",
        "DUURZAAM TRANSPORT",
        18,
    ),
    (
        "000",
        "In 2024 viert ook het Benelux-Gerechtshof zijn 50ste verjaardag",
        "PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP",
        8,
    ),
    ("000", "Voortbouwend op de resultaten van de Benelux-studie rond waterstof", "WATERSTOF", 23),
    (
        "000",
        "De Benelux is met zijn lage ligging en hoge bevolkingsdichtheid",
        "KLIMAAT EN KLIMAATADAPTATIE",
        26,
    ),
    (
        "000",
        "In 2023, het vijftiende jaar van het partnerschap van de Benelux met",
        "Noordrijn-Westfalen (NRW)",
        34,
    ),
    ("000", "Sinds enkele jaren werkt de Benelux samen met de Grande Région", "Grande Région", 36),
    # 000 prints these headings as images: placed from the TOC pages (toc._placed_by_page)
    (
        "000",
        "Penta zal worden verstevigd niet enkel als energie- maar ook als",
        "PENTA-SAMENWERKING",
        24,
    ),
    (
        "000",
        "Gas: leveringszekerheid is essentieel voor een goed functionerende gasmarkt",
        "ELEKTRICITEITSMARKTONTWERP EN GASPAKKET",
        24,
    ),
    (
        "000",
        "Grote waarde wordt gehecht aan de verkenning van de circulariteit",
        "CIRCULAIRE ECONOMIE",
        25,
    ),
    (
        "000",
        "De samenwerking en het overleg tussen de bevoegde overheden binnen de Benelux wordt "
        "versterkt",
        "VOEDSELVEILIGHEID EN DIERGEZONDHEID",
        28,
    ),
    # 002 Jaarverslag 2021 (markdown TOC)
    (
        "002",
        "Daarom hebben de Benelux-landen in oktober een administratieve overeenkomst",
        "ASIEL EN MIGRATIE",
        26,
    ),
    (
        "002",
        "Tijdens de bijeenkomst in het Egmontpaleis ondertekenden 20 delegaties",
        "CRISISBEHEERSING",
        24,
    ),
    (
        "002",
        "De focus wordt in eerste instantie gericht op vier specifieke prioriteiten",
        "POLITIESAMENWERKING",
        18,
    ),
    ("002", "De overbrenging van de griffie van Brussel naar Luxemburg", "COMITÉ VAN MINISTERS", 6),
    (
        "002",
        "In september lanceerden de Benelux-landen een",
        "HANDEL, DIGITALISERING EN CIRCULAIRE ECONOMIE",
        15,
    ),
    # 003 Gemeenschappelijk Werkprogramma 2025-2028
    (
        "003",
        "De Europese Unie erkent namelijk expliciet het recht van de drie landen",
        "INLEIDING",
        4,
    ),
    (
        "003",
        "De aanleg van dergelijke strategische voorraden moet bovendien",
        "Civiele veiligheid, crisisbeheer en een weerbare samenleving",
        7,
    ),
    (
        "003",
        "De strategische ligging van de belangrijkste Benelux-havens",
        "Gezamenlijke visie op slimme en duurzame mobiliteit",
        9,
    ),
    (
        "003",
        "Verder zal de Benelux Unie de samenwerking met de Grande Région verder",
        "DE BENELUX+ EN DAARBUITEN",
        13,
    ),
    # 004 Jaarverslag 2024
    (
        "004",
        "In 2024 zette de Benelux stappen om zich te positioneren als een strategische "
        "waterstofhub",
        "Waterstof",
        26,
    ),
    (
        "004",
        "Onder deze vlag vonden in 2024 vijf grote Étoile-controleacties",
        "Grensoverschrijdende integrale aanpak en gezamenlijke controleacties",
        10,
    ),
    ("004", "Er werd verder gebouwd op de *Benelux Bike Declaration*", "Duurzaam transport", 19),
    (
        "004",
        "De samenwerking tussen de Benelux en de Baltische staten kreeg in 2024",
        "Baltische Staten",
        36,
    ),
    (
        "004",
        "Want de Benelux is geen monument, maar een instrument.",
        "VOORWOORD VAN HET COLLEGE VAN SECRETARISSEN-GENERAAL",
        4,
    ),
]


@pytest.mark.parametrize(("prefix", "quote", "title", "page"), TOC_PASSAGES)
def test_toc_documents_place_known_passages(prefix: str, quote: str, title: str, page: int):
    section = locate(prefix, quote)
    assert title_key(section.path[-1]) == title_key(title)
    assert section.page_start == page
    assert section.page_source == "toc"


def test_hydrogen_passage_of_jaarverslag_2024_has_full_path():
    section = locate("004", "De werkgroep waterstof kwam in 2024 driemaal bijeen")
    assert section.path == ("DUURZAME ONTWIKKELING EN ENERGIE", "Waterstof")
    assert (section.page_start, section.page_end) == (26, 27)


def test_chapter_missing_from_body_still_names_its_sections():
    """002 prints no "2. Veiligheid & samenleving" heading; its 2.1.x sections keep it."""
    section = locate("002", "De focus wordt in eerste instantie gericht op vier specifieke")
    assert [title_key(t) for t in section.path] == [
        "beleidsvelden",
        "veiligheidsamenleving",
        "senningenoverleg",
        "politiesamenwerking",
    ]


def test_ocr_titles_are_repaired_for_display():
    titles = {title for s in sections_of("000") for title in s.path}
    assert "3.2. WATERSTOF" in titles  # TOC: "B 2 W ATERSTOF"
    assert "2.2. DUURZAAM TRANSPORT" in titles  # TOC: "DUURZAAM TRANS P O R T"
    assert "5.2. Noordse Raad" in titles  # TOC: "5.2, NOOIdSE RAad"
    assert "VOORWOORD" in titles  # TOC: "VOORW O ORD", body: " OORWOORD"
    assert not any(re.search(r"\.\s*\.|\bttt\b|\be e\b", t) for t in titles)


PATTERN_PASSAGES = [
    # 001 Jaarplan 2021: no TOC; (passage, numbered heading, lettered sub-heading or None)
    (
        "Daartoe willen zij een tweede consulaire dag organiseren",
        "2.1.3. Asiel en migratie",
        "b) Essentiële projecten",
    ),
    (
        "Strategisch overleg over een post-corona analyse grensarbeid",
        "2.4. Werken in de Benelux",
        "b) Essentiële projecten",
    ),
    (
        "Op 2 april 2019 kwamen de regeringsleiders van de Benelux",
        "2.1. Samenwerking met Noordrijn-Westfalen (NRW)",
        None,
    ),
    (
        "Oprichting BGTS North Sea Port District",
        "1. Benelux Kenniscentrum Grensoverschrijdende Samenwerking",
        "b) Essentiële projecten",
    ),
    (
        "Organiseren van digitale en fysieke bijeenkomsten van het Benelux",
        "1.1. Energie & klimaat",
        "d) Lopende activiteiten",
    ),
    (
        "namelijk het versterken van de band met de Europese Unie",
        "Prioriteiten van het Belgische voorzitterschap",
        None,
    ),
    (
        "Zo zal voor het eerst sinds lange tijd een heuse Benelux-dienst",
        "1. Economie & duurzaamheid in de interne markt",
        None,
    ),
]


@pytest.mark.parametrize(("quote", "heading", "lettered"), PATTERN_PASSAGES)
def test_heading_patterns_place_known_passages_of_001(quote: str, heading: str, lettered):
    section = locate("001", quote)
    assert title_key(numbered_title(section)) == title_key(heading)
    if lettered:
        assert section.path[-1] == lettered
        assert section.path[-2] == numbered_title(section)
    else:
        assert not is_lettered(section.path[-1])


def test_running_headers_of_001_are_not_new_sections():
    paths = [s.path for s in sections_of("001")]
    chapter_13 = [p for p in paths if any(t.startswith("1.3.") for t in p)]
    titles_13 = {next(t for t in p if t.startswith("1.3.")) for p in chapter_13}
    assert titles_13 == {"1.3. HANDEL, DIGITALISERING EN CIRCULAIRE ECONOMIE"}
    not_lettered = [p[-1] for p in paths if not is_lettered(p[-1])]
    assert len(not_lettered) == len(set(not_lettered))


def test_printed_page_numbers_of_001():
    """The lone "9" under chapter 1's title starts page 9 (gold g2-031); "26" starts p. 26."""
    chapter_1 = locate("001", "Zo zal voor het eerst sinds lange tijd een heuse Benelux-dienst")
    assert chapter_1.page_source == "printed"
    assert chapter_1.page_start == 9
    assert chapter_1.page_end is not None and chapter_1.page_start <= 9 <= chapter_1.page_end
    after_26 = locate("001", "Organisatie van een driedaagse conferentie in november in Antwerpen")
    assert after_26.page_start == 26 and after_26.page_source == "printed"
    preface = locate("001", "Het jaarplan is in de context van")
    assert (preface.page_start, preface.page_end, preface.page_source) == (None, None, "none")


# ---------------------------------------------------------------------------------------
# Whole documents
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ALL_DOCUMENTS)
def test_sections_tile_each_document(prefix: str):
    assert_tiles(document(prefix), sections_of(prefix))


@pytest.mark.parametrize("prefix", TOC_DOCUMENTS)
def test_every_section_of_toc_documents_has_toc_pages(prefix: str):
    sections = sections_of(prefix)
    assert len(sections) >= 20
    for section in sections:
        assert section.page_source == "toc"
        assert section.page_start is not None and section.page_end is not None
        assert section.page_start <= section.page_end
    starts = [s.page_start for s in sections]
    assert starts == sorted(starts), "TOC pages must not go backwards in reading order"
    assert sections[0].page_start == 1  # cover, colophon and the TOC itself


def gold_evidence() -> list[dict]:
    with GOLD.open(encoding="utf-8") as handle:
        return [ev for line in handle if line.strip() for ev in json.loads(line)["evidence"]]


def gold_rates() -> dict[str, float]:
    strict = lenient = in_range = with_page = 0
    evidence = gold_evidence()
    for ev in evidence:
        prefix = ev["doc"][:3]
        section = locate(prefix, ev["quote"])
        strict += title_key(section.path[-1]) == title_key(ev["section"])
        lenient += title_key(numbered_title(section)) == title_key(ev["section"])
        if ev["page"] is not None:
            with_page += 1
            end = section.page_end if section.page_end is not None else section.page_start
            in_range += section.page_start is not None and section.page_start <= ev["page"] <= end
    return {
        "innermost": strict / len(evidence),
        "innermost_not_lettered": lenient / len(evidence),
        "page_in_range": in_range / with_page,
    }


def test_gold_evidence_sections_and_pages(capsys):
    """One miss is known: 004's "OVERLEGGEN IN 2024" is not in its TOC (000's "3.3.
    PENTA-SAMENWERKING", printed as an image, is placed from the TOC pages since session 5).
    001's lettered sub-headings make the strict innermost rate lower than the numbered one.
    """
    rates = gold_rates()
    with capsys.disabled():
        print("\ngold structure rates:", {k: round(v, 3) for k, v in rates.items()})
    assert rates["page_in_range"] >= 0.95
    assert rates["innermost_not_lettered"] >= 0.9
    assert rates["innermost"] >= 0.8


# ---------------------------------------------------------------------------------------
# Edge cases and synthetic texts
# ---------------------------------------------------------------------------------------


def test_empty_text_has_no_sections():
    assert recover_sections("") == []


def test_text_without_headings_is_one_section():
    text = "gewoon wat lopende tekst zonder enige structuur.\nnog een regel tekst hier.\n"
    (section,) = recover_sections(text)
    assert section.path == ("Document",)
    assert (section.char_start, section.char_end) == (0, len(text))
    assert (section.page_start, section.page_end, section.page_source) == (None, None, "none")


def test_whitespace_only_text_is_one_section():
    (section,) = recover_sections("  \n\n\t ")
    assert section.path == ("Document",)


SYNTHETIC = """JAARVERSLAG 2030

Inhoud
VOORWOORD . . . . . . . . . . . . 3
1. EERSTE HOOFDSTUK . . . . . . . 5
1.1. Een paragraaf . . . . . . . . 6
1.2. Ontbrekende paragraaf . . . . 7
1.3. Derde paragraaf . . . . . . . 8
2. TWEEDE HOOFDSTUK . . . . . . . 10

# VOORWOORD

Dit is het voorwoord.

## 1. EERSTE HOOFDSTUK

Inleidende tekst van het eerste hoofdstuk.

### 1.1. EEN PARAGRAAF

Tekst van de eerste paragraaf.

### 1.3. DERDE PARAGRAAF

Tekst van de derde paragraaf.

## 2. TWEEDE HOOFDSTUK

Slot.
"""


def test_synthetic_toc_gives_paths_and_page_ranges():
    sections = recover_sections(SYNTHETIC)
    assert_tiles(SYNTHETIC, sections)
    summary = [(s.path, s.page_start, s.page_end) for s in sections]
    assert summary == [
        (("JAARVERSLAG 2030",), 1, 2),
        (("VOORWOORD",), 3, 5),
        (("1. EERSTE HOOFDSTUK",), 5, 6),
        (("1. EERSTE HOOFDSTUK", "1.1. Een paragraaf"), 6, 8),  # 1.2 is not in the body
        (("1. EERSTE HOOFDSTUK", "1.3. Derde paragraaf"), 8, 10),
        (("2. TWEEDE HOOFDSTUK",), 10, 10),
    ]
    assert {s.page_source for s in sections} == {"toc"}
    assert section_at(sections, SYNTHETIC.index("derde paragraaf.")).path[-1].startswith("1.3.")


def test_pdf_page_offsets_take_precedence():
    offsets = [0, 150, 300]
    sections = recover_sections(SYNTHETIC, page_offsets=offsets)
    assert_tiles(SYNTHETIC, sections)
    assert {s.page_source for s in sections} == {"pdf"}
    for section in sections:
        expected_start = sum(1 for o in offsets if o <= section.char_start)
        expected_end = sum(1 for o in offsets if o <= section.char_end - 1)
        assert (section.page_start, section.page_end) == (expected_start, expected_end)


def test_printed_page_numbers_without_toc():
    """A lone number starts its page; a range ends before the next number after the span,
    and stays open (None) when no number follows.
    """
    text = (
        "Inleiding\n\nEerste tekst.\n\n4\n\n1. EERSTE DEEL\n\nTekst.\n\n5\n\n"
        "a) Context\n\nMeer tekst.\n\n6\n\n2. TWEEDE DEEL\n\nSlot.\n\n7\n\nEinde.\n"
    )
    sections = recover_sections(text)
    assert_tiles(text, sections)
    pages = {s.path: (s.page_start, s.page_end, s.page_source) for s in sections}
    assert pages[("1. EERSTE DEEL",)] == (4, 5, "printed")
    assert pages[("1. EERSTE DEEL", "a) Context")] == (5, 6, "printed")
    assert pages[("2. TWEEDE DEEL",)] == (6, None, "printed")


def test_numbering_never_goes_backwards():
    text = "1. EERSTE\n\ntekst\n\n2. TWEEDE\n\ntekst\n\n1. EERSTE\n\nherhaalde kop\n"
    titles = [s.path[-1] for s in recover_sections(text)]
    assert titles == ["1. EERSTE", "2. TWEEDE"]


@pytest.mark.parametrize("prefix", ["000", "001"])
def test_fifty_megabytes_finish_in_seconds(prefix: str):
    text = document(prefix) * (50_000_000 // len(document(prefix)) + 1)
    started = time.perf_counter()
    sections = recover_sections(text)
    elapsed = time.perf_counter() - started
    assert_tiles(text, sections)
    assert elapsed < 30, f"{elapsed:.1f} s for {len(text) / 1e6:.0f} MB"
