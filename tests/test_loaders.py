from pathlib import Path

import pytest

from ingest.loaders import LoadError, load_document

LIMIT = 20_000_000


def make_pdf(path: Path, pages: list[str]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    pdf.output(str(path))
    return path


def test_pdf_pages_come_from_the_pdf(tmp_path):
    pdf = make_pdf(
        tmp_path / "plan.pdf", ["1. INLEIDING\nEerste pagina.", "2. WATERSTOF\nTweede.", "Derde."]
    )
    loaded = load_document(pdf, LIMIT)
    assert loaded.page_offsets is not None and len(loaded.page_offsets) == 3
    second = loaded.text[loaded.page_offsets[1] : loaded.page_offsets[2]]
    assert "WATERSTOF" in second and "Eerste" not in second


def test_docx_headings_become_markdown_headings(tmp_path):
    from docx import Document

    document = Document()
    document.add_heading("Waterstof", level=1)
    document.add_paragraph("De Benelux werkt aan een waterstofnetwerk.")
    document.save(tmp_path / "nota.docx")
    loaded = load_document(tmp_path / "nota.docx", LIMIT)
    assert loaded.text.startswith("# Waterstof")
    assert "waterstofnetwerk" in loaded.text


def test_html_text_without_scripts(tmp_path):
    page = tmp_path / "pagina.html"
    page.write_text(
        "<html><script>alert(1)</script><h2>Fiets</h2><p>Velo-city &amp; Gent</p></html>"
    )
    loaded = load_document(page, LIMIT)
    assert "## Fiets" in loaded.text and "Velo-city & Gent" in loaded.text
    assert "alert" not in loaded.text


def test_cp1252_text_is_read_with_a_warning(tmp_path):
    path = tmp_path / "oud.txt"
    path.write_bytes("Coördinatie en samenwerking – één".encode("cp1252"))
    loaded = load_document(path, LIMIT)
    assert loaded.text == "Coördinatie en samenwerking – één"
    assert "cp1252" in loaded.warning


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("leeg.txt", b"", "empty"),
        ("binair.txt", bytes(range(256)) * 40, "binary"),
        ("kapot.pdf", b"%PDF-1.4\n garbage \x00\x01 not a pdf", "PDF"),
        ("nul.pdf", b"", "empty"),
        ("kapot.docx", b"PK\x03\x04 not really a zip", "DOCX"),
        ("spaties.md", b"   \n\n  \t ", "no text"),
        ("data.xlsx", b"x", "unsupported"),
    ],
)
def test_bad_files_raise_a_clear_error(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LoadError, match=message):
        load_document(path, LIMIT)


def test_a_50_mb_text_file_is_refused_over_the_limit(tmp_path):
    path = tmp_path / "groot.txt"
    line = "De Benelux werkt samen aan grensoverschrijdende projecten.\n"
    path.write_text(line * (50_000_000 // len(line) + 1))
    with pytest.raises(LoadError, match="over the limit"):
        load_document(path, LIMIT)
