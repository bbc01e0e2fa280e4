"""Hand-made cases for every evaluation metric, including the ones that must come out False."""

from __future__ import annotations

import pytest

from eval import metrics
from eval.gold import Evidence
from eval.normalize import innermost_section, normalize_section, normalize_text, words

QUOTE = "De Benelux werkt aan een gezamenlijke waterstofstrategie met de buurlanden."


def evidence(
    quote: str = QUOTE, doc: str = "a.txt", section: str = "1.1. Waterstof", page: int | None = 3
) -> Evidence:
    return {"doc": doc, "quote": quote, "section": section, "page": page}


def chunk(
    text: str,
    file: str = "a.txt",
    section: str = "Energie › 1.1. Waterstof",
    page_start: int | None = 3,
    page_end: int | None = 4,
) -> dict:
    return {
        "file": file,
        "text": text,
        "section": section,
        "page_start": page_start,
        "page_end": page_end,
    }


FILLER = chunk("Iets heel anders over treinen en fietsen in de grensregio, " * 20)
RELEVANT = chunk("Inleiding. " + QUOTE + " Verder niets.")


# --- normalisation -------------------------------------------------------------------------


def test_normalize_collapses_whitespace_and_case() -> None:
    assert normalize_text("  De\n\tBENELUX   werkt ") == "de benelux werkt"


def test_normalize_strips_html_tags_and_entities() -> None:
    assert normalize_text("<b>Energie &amp; klimaat</b>") == "energie & klimaat"


def test_normalize_strips_markdown_markers() -> None:
    assert normalize_text("## Colofon\nHet **Project Management Office** en *SME Envoys*") == (
        "colofon het project management office en sme envoys"
    )


def test_normalize_strips_ocr_dot_leaders() -> None:
    assert normalize_text("4.1. VERDRAG ................. 30") == "4.1. verdrag 30"
    assert normalize_text("INLEIDING . . . . . 4") == "inleiding 4"


def test_normalize_keeps_hash_inside_a_word() -> None:
    assert normalize_text("C# en #1") == "c# en #1"


def test_words_are_lowercased_tokens() -> None:
    assert words("Velo-city, in **Gent**!") == ["velo", "city", "in", "gent"]


def test_section_normalisation_drops_numbering_punctuation_and_case() -> None:
    assert normalize_section("2.1.3. ASIEL EN MIGRATIE") == "asiel en migratie"
    assert normalize_section("1.1 Energie &amp; klimaat") == "energie klimaat"
    assert normalize_section("a) Context") == "context"
    assert normalize_section("1. COMITÉ VAN MINISTERS") == normalize_section("Comite van ministers")


def test_section_normalisation_keeps_distinct_titles_distinct() -> None:
    assert normalize_section("2.1.2. Crisisbeheersing") != normalize_section("2.1.3. Asiel")


def test_innermost_section_takes_last_path_element() -> None:
    assert innermost_section("Beleidsvelden › 2. Veiligheid › 2.1.3. Asiel") == "2.1.3. Asiel"
    assert innermost_section("Inleiding") == "Inleiding"


# --- relevance -----------------------------------------------------------------------------


def test_relevant_when_chunk_contains_the_quote() -> None:
    assert metrics.is_relevant(RELEVANT, evidence())


def test_relevant_despite_whitespace_and_case() -> None:
    text = "de benelux WERKT aan een\n gezamenlijke   waterstofstrategie met de buurlanden."
    assert metrics.is_relevant(chunk(text), evidence())


def test_relevant_when_quote_has_markup_the_cleaned_chunk_lost() -> None:
    raw_quote = "Het **Project Management Office** van het Pentilateraal Energie Forum &amp; meer"
    cleaned = "Zo werd het Project Management Office van het Pentilateraal Energie Forum & meer."
    assert metrics.is_relevant(chunk(cleaned), evidence(raw_quote))


def test_not_relevant_from_another_file() -> None:
    assert not metrics.is_relevant(chunk(QUOTE, file="b.txt"), evidence())


def test_not_relevant_without_the_quote() -> None:
    assert not metrics.is_relevant(FILLER, evidence())


def test_not_relevant_with_empty_quote() -> None:
    assert not metrics.is_relevant(RELEVANT, evidence(quote=" ** "))


def test_quote_word_share_counts_distinct_words() -> None:
    # distinct quote words: een, twee, drie, vier, vijf (the repeated "een" counts once)
    assert metrics.quote_word_share("een een twee drie vier vijf", "EEN, twee en drie") == 0.6


def test_relevant_at_exactly_sixty_percent_of_words() -> None:
    quote = "alpha beta gamma delta epsilon"
    assert metrics.is_relevant(chunk("gamma ... beta; ALPHA zeta"), evidence(quote))


def test_not_relevant_below_sixty_percent_of_words() -> None:
    quote = "alpha beta gamma delta epsilon"
    assert not metrics.is_relevant(chunk("alpha beta zeta eta"), evidence(quote))


def test_word_share_needs_whole_words() -> None:
    # "waterstofstrategie" does not contain the word "water"
    assert metrics.quote_word_share("water strategie", "waterstofstrategie") == 0.0


# --- retrieval -----------------------------------------------------------------------------


def test_first_relevant_rank_is_one_based() -> None:
    assert metrics.first_relevant_rank([FILLER, RELEVANT], [evidence()]) == 2
    assert metrics.first_relevant_rank([FILLER], [evidence()]) is None
    assert metrics.first_relevant_rank([], [evidence()]) is None


def test_first_relevant_rank_accepts_any_evidence_item() -> None:
    other = evidence(quote="treinen en fietsen in de grensregio")
    assert metrics.first_relevant_rank([FILLER, RELEVANT], [evidence(), other]) == 1


def test_hit_at_k() -> None:
    assert metrics.hit_at(1, 1)
    assert metrics.hit_at(5, 5)
    assert not metrics.hit_at(6, 5)
    assert not metrics.hit_at(None, 10)


def test_reciprocal_rank_within_depth() -> None:
    assert metrics.reciprocal_rank(1) == 1.0
    assert metrics.reciprocal_rank(4) == 0.25
    assert metrics.reciprocal_rank(10) == 0.1
    assert metrics.reciprocal_rank(11) == 0.0
    assert metrics.reciprocal_rank(None) == 0.0


def test_hit_within_budget_counts_where_the_chunk_starts() -> None:
    before = chunk("x" * 5999)
    assert metrics.hit_within_budget([before, RELEVANT], [evidence()])
    exhausted = chunk("x" * 6000)
    assert not metrics.hit_within_budget([exhausted, RELEVANT], [evidence()])


def test_hit_within_budget_false_without_relevant_chunk() -> None:
    assert not metrics.hit_within_budget([FILLER], [evidence()])
    assert metrics.hit_within_budget([RELEVANT], [evidence()], budget_chars=1)


def test_all_evidence_found() -> None:
    second = evidence(quote="treinen en fietsen in de grensregio")
    assert metrics.all_evidence_found([RELEVANT, FILLER], [evidence(), second])
    assert not metrics.all_evidence_found([RELEVANT], [evidence(), second])
    assert not metrics.all_evidence_found([RELEVANT], [])


def test_all_evidence_found_only_looks_at_top_depth() -> None:
    second = evidence(quote="treinen en fietsen in de grensregio")
    retrieved = [RELEVANT] + [chunk("niets")] * 9 + [FILLER]
    assert not metrics.all_evidence_found(retrieved, [evidence(), second])
    assert metrics.all_evidence_found(retrieved, [evidence(), second], depth=11)


# --- answer --------------------------------------------------------------------------------


def test_key_fact_recall_is_case_and_whitespace_insensitive() -> None:
    answer = "Velo-city vond plaats in JUNI\n2024 in Gent."
    assert metrics.key_fact_recall(answer, ["velo-city", "juni 2024", "Gent"]) == 1.0


def test_key_fact_recall_counts_missing_facts() -> None:
    answer = "Het congres vond plaats in Gent."
    assert metrics.key_fact_recall(answer, ["Velo", "juni 2024", "Gent", "2024"]) == 0.25
    assert metrics.missing_key_facts(answer, ["Velo", "Gent"]) == ["Velo"]


def test_key_fact_recall_none_without_key_facts() -> None:
    assert metrics.key_fact_recall("wat dan ook", []) is None


def test_abstention_correct() -> None:
    assert metrics.abstention_correct("unanswerable", True)
    assert metrics.abstention_correct("factoid", False)
    assert not metrics.abstention_correct("unanswerable", False)
    assert not metrics.abstention_correct("numeric", True)


def test_false_abstention() -> None:
    assert metrics.false_abstention("list", True) is True
    assert metrics.false_abstention("list", False) is False
    assert metrics.false_abstention("unanswerable", True) is None


def test_citation_precision() -> None:
    assert metrics.citation_precision([RELEVANT, FILLER], [evidence()]) == 0.5
    assert metrics.citation_precision([RELEVANT], [evidence()]) == 1.0
    assert metrics.citation_precision([FILLER], [evidence()]) == 0.0


def test_citation_precision_none_without_citations_or_evidence() -> None:
    assert metrics.citation_precision([], [evidence()]) is None
    assert metrics.citation_precision([RELEVANT], []) is None


def test_section_matches_innermost_heading() -> None:
    assert metrics.section_matches(RELEVANT, evidence(section="1.1. WATERSTOF"))
    assert not metrics.section_matches(RELEVANT, evidence(section="Energie"))
    assert not metrics.section_matches(chunk(QUOTE, section=""), evidence(section=""))


@pytest.mark.parametrize(
    ("page", "start", "end", "expected"),
    [
        (3, 3, 4, True),
        (4, 3, 4, True),
        (5, 3, 4, False),
        (2, 3, 4, False),
        (3, 3, None, True),
        (4, 3, None, False),
        (3, None, None, False),
        (None, 3, 4, False),
    ],
)
def test_page_matches(page: int | None, start: int | None, end: int | None, expected: bool) -> None:
    found = chunk(QUOTE, page_start=start, page_end=end)
    assert metrics.page_matches(found, evidence(page=page)) is expected


def test_section_accuracy_only_judges_relevant_citations() -> None:
    wrong_section = chunk(QUOTE, section="Energie › 1.2. Windenergie")
    assert metrics.section_accuracy([RELEVANT, FILLER], [evidence()]) == 1.0
    assert metrics.section_accuracy([RELEVANT, wrong_section], [evidence()]) == 0.5
    assert metrics.section_accuracy([FILLER], [evidence()]) is None


def test_page_accuracy_skips_evidence_without_page() -> None:
    wrong_pages = chunk(QUOTE, page_start=10, page_end=12)
    assert metrics.page_accuracy([RELEVANT, wrong_pages], [evidence()]) == 0.5
    assert metrics.page_accuracy([RELEVANT], [evidence(page=None)]) is None


def test_page_accuracy_matches_the_evidence_the_chunk_holds() -> None:
    # The chunk holds the first quote only, so the second item's page 3 must not rescue it.
    first = evidence(page=9)
    second = evidence(quote="treinen en fietsen in de grensregio", page=3)
    assert metrics.page_accuracy([RELEVANT], [first, second]) == 0.0
