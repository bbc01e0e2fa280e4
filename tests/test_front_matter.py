"""The colophon page: found for questions about the publication, not for its address lines."""

from __future__ import annotations

import numpy as np
import pytest
from chunk_factory import make_chunk

from assistant.extractive import _sentence_texts
from assistant.front_matter import FrontMatter, asks_about_publication

COLOPHON = (
    "Colofon\nVerantwoordelijke uitgever:\nDe heer Frans Weekers\n"
    "Secretaris-generaal van de Benelux Unie\nRegentschapsstraat 39 BE-1000 Brussel\n"
    "Datum:\nJanuari 2025\nDeze publicatie is beschermd door auteursrecht.\n"
)


def _chunk(i: int, text: str):
    return make_chunk(
        text,
        i,
        title="Gemeenschappelijk Werkprogramma 2025-2028",
        kind="werkprogramma",
        year=2025,
        section="INLEIDING",
        char_start=i * 100,
        char_end=i * 100 + len(text),
    )


def test_only_the_colophon_chunk_is_penalised_and_only_for_other_questions():
    front = FrontMatter([_chunk(0, COLOPHON), _chunk(1, "Het Secretariaat-generaal werkt.")])
    values = front.scores("Welke waarden hanteert het Secretariaat-generaal?", 0.5)
    assert values.tolist() == [-0.5, 0.0]
    publisher = front.scores("Wie is de verantwoordelijke uitgever van het werkprogramma?", 0.5)
    assert np.all(publisher == 0)
    assert np.all(front.scores("Welke waarden hanteert het Secretariaat-generaal?", 0.0) == 0)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Who is the responsible publisher of the 2021 annual report?", True),
        ("Welke hoofdstukken heeft het werkprogramma?", True),
        ("Quand le programme de travail a-t-il été publié ?", False),
        ("Welke waarden hanteert het Secretariaat-generaal?", False),
    ],
)
def test_questions_about_the_publication(question, asks):
    assert asks_about_publication(question) is asks


def test_a_colophon_field_is_read_with_its_value():
    """'De heer Frans Weekers' alone is no sentence to quote; with its field name it is."""
    texts = _sentence_texts(COLOPHON)
    assert "Verantwoordelijke uitgever: De heer Frans Weekers" in texts
    assert "Datum: Januari 2025" in texts
    assert "Deze publicatie is beschermd door auteursrecht." in texts


def test_a_numbered_heading_or_a_sentence_after_a_colon_is_no_field():
    texts = _sentence_texts(
        "Deel 2:\nWerking Benelux Unie\n\nNoordrijn-Westfalen stelt voor:\n"
        "het proefproject uit te breiden tot België en Luxemburg.\n"
    )
    assert "Deel 2:" in texts
    assert "Noordrijn-Westfalen stelt voor:" in texts


def test_a_question_about_the_secretariat_general_does_not_quote_the_colophon(assistant):
    result = assistant.ask(
        "Wat zijn volgens het werkprogramma 2025-2028 de waarden van het Secretariaat-generaal?"
    )
    assert result.citations[0].section == "MISSIE - VISIE - WAARDEN"
    assert "Regentschapsstraat" not in result.answer


def test_a_question_about_the_publisher_is_answered_from_the_colophon(assistant):
    result = assistant.ask("Wie is de verantwoordelijke uitgever van het werkprogramma 2025-2028?")
    assert not result.abstained
    assert "Verantwoordelijke uitgever: De heer Frans Weekers" in result.answer
