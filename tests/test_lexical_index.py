"""The lexical index's recent-query scores: the same arrays, never shared with callers."""

from __future__ import annotations

import numpy as np

from assistant.lexical_index import LexicalIndex
from assistant.models import Chunk

PASSAGES = [
    "Het waterstofnetwerk verbindt de havens van de drie landen.",
    "Het fietsbeleid wordt versterkt met nieuwe fietssnelwegen.",
    "De Benelux werkt samen aan verkeersveiligheid en waterstof.",
    "Grensarbeiders krijgen betere informatie over sociale zekerheid.",
]


def _index() -> LexicalIndex:
    chunks = [
        Chunk(
            id=f"doc.txt:{i}",
            file="doc.txt",
            title="Jaarplan 2024",
            kind="jaarplan",
            year=2024,
            section="Thema",
            page_start=None,
            page_end=None,
            page_source="none",
            char_start=0,
            char_end=len(text),
            content_hash=str(i),
            text=text,
            ordinal=i,
        )
        for i, text in enumerate(PASSAGES)
    ]
    return LexicalIndex.build(chunks)


def test_repeated_query_scores_are_equal_copies():
    index = _index()
    first = index.scores("waterstof havens")
    first_ngrams = index.ngram_scores("waterstof havens")
    assert first.argmax() == 0 and first[1] == 0
    first[:] = -1.0  # a caller changing its array changes nothing for the next one
    again = index.scores("waterstof havens")
    assert np.array_equal(again, _index().scores("waterstof havens"))
    assert np.array_equal(index.ngram_scores("waterstof havens"), first_ngrams)
    assert again is not index.scores("waterstof havens")


def test_many_distinct_queries_keep_only_a_few_recent_ones():
    index = _index()
    for word in (
        "waterstof",
        "fiets",
        "grensarbeiders",
        "benelux",
        "havens",
        "landen",
        "informatie",
        "zekerheid",
        "verkeersveiligheid",
        "samen",
    ):
        assert np.array_equal(index.scores(word), _index().scores(word))
    assert len(index._recent) <= 8
