"""The lexical index's recent-query scores: the same arrays, never shared with callers."""

from __future__ import annotations

import numpy as np
from chunk_factory import make_chunk

from assistant.lexical_index import LexicalIndex

PASSAGES = [
    "Het waterstofnetwerk verbindt de havens van de drie landen.",
    "Het fietsbeleid wordt versterkt met nieuwe fietssnelwegen.",
    "De Benelux werkt samen aan verkeersveiligheid en waterstof.",
    "Grensarbeiders krijgen betere informatie over sociale zekerheid.",
]


def _index() -> LexicalIndex:
    chunks = [make_chunk(text, i) for i, text in enumerate(PASSAGES)]
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
