"""The section-title bonus: a passage whose own heading the question spells out."""

from __future__ import annotations

import numpy as np
from chunk_factory import make_chunk

from assistant.lexical_index import LexicalIndex
from assistant.section_titles import SectionTitles

SECTIONS = [
    "3. DUURZAME ONTWIKKELING › 3.2. Waterstof",
    "3. DUURZAME ONTWIKKELING › 3.1. Windenergie",
    "2. INTERNE MARKT › b) Essentiële projecten",
    "3. DUURZAME ONTWIKKELING › 3.2. Waterstof",
]


def _titles() -> SectionTitles:
    chunks = [
        make_chunk("De Benelux werkt samen.", i, section=section, char_end=10)
        for i, section in enumerate(SECTIONS)
    ]
    index = LexicalIndex.build(chunks)
    return SectionTitles(index.chunks, index.analyzer)


def test_every_passage_under_a_heading_the_question_spells_out_gets_the_bonus():
    scores = _titles().scores("Welke rol wil de Benelux spelen bij waterstof?", 0.1)
    assert np.allclose(scores, [0.1, 0.0, 0.0, 0.1])


def test_a_heading_only_partly_in_the_question_or_its_outer_heading_gives_nothing():
    titles = _titles()
    # "Essentiële projecten": one of two words; "duurzame ontwikkeling" is an outer heading
    assert not titles.scores("Welke projecten lopen er rond duurzame ontwikkeling?", 0.1).any()
    # the numbering "3.2." is no word of the title
    assert not titles.scores("Wat staat er in 3.2?", 0.1).any()


def test_weight_zero_changes_nothing():
    assert not _titles().scores("Wat doet de Benelux rond waterstof?", 0.0).any()
