from ingest.clean import clean_text


def _original_of(cleaned, original: str, word: str) -> str:
    start = cleaned.text.index(word)
    begin = cleaned.to_original(start)
    return original[begin : begin + len(word)]


def test_html_tags_and_entities_are_removed_but_offsets_point_into_the_original():
    original = "<b>1. Economie &amp; duurzaamheid</b>\t<b>8</b>\nDe tekst volgt."
    cleaned = clean_text(original)
    assert cleaned.text.startswith("1. Economie & duurzaamheid 8")
    assert "<b>" not in cleaned.text
    assert _original_of(cleaned, original, "duurzaamheid") == "duurzaamheid"
    assert _original_of(cleaned, original, "tekst") == "tekst"


def test_markdown_markup_and_rules_are_dropped():
    cleaned = clean_text("## Kop\n\n**vet** woord\n\n---\n\nVerder")
    assert cleaned.text == "Kop\n\nvet woord\n\nVerder"


def test_ocr_dot_leaders_and_digit_garbage_lines_are_dropped():
    original = "2.2. DUURZAAM TRANSPORT . . . . . . . . 18\nVS YIS 006006060006000000 ¢ 4\nTekst"
    cleaned = clean_text(original)
    assert "006006" not in cleaned.text
    assert ". . ." not in cleaned.text
    assert "DUURZAAM TRANSPORT" in cleaned.text and "Tekst" in cleaned.text


def test_words_hyphenated_across_wraps_are_joined_but_real_hyphens_stay():
    original = "de ini-\ntiatieven van klimaatmitigatie- \nen -adaptatie in de Benelux-\nlanden"
    cleaned = clean_text(original)
    assert "initiatieven" in cleaned.text
    assert "klimaatmitigatie- en -adaptatie" in cleaned.text
    assert "Benelux-landen" in cleaned.text
    assert _original_of(cleaned, original, "tiatieven") == "tiatieven"


def test_hard_wraps_inside_sentences_become_spaces_and_paragraphs_stay():
    cleaned = clean_text("een zin die\nverder gaat.\n\nNieuwe alinea\nKop")
    assert cleaned.text == "een zin die verder gaat.\n\nNieuwe alinea\nKop"


def test_base_offset_is_added():
    cleaned = clean_text("abc def", base_offset=100)
    assert cleaned.to_original(cleaned.text.index("def")) == 104


def test_empty_text():
    assert clean_text("").text == ""


def test_ocr_bullet_glyphs_read_as_letters_are_dropped():
    cleaned = clean_text("Plannen:\ne Het Secretariaat-generaal zal\n« Voortbouwend op de studie")
    assert " e " not in cleaned.text and "«" not in cleaned.text
    assert "Het Secretariaat-generaal zal" in cleaned.text
    assert cleaned.text.endswith("\nVoortbouwend op de studie")
