"""A penalty for the colophon page, unless the question asks about the publication.

Every document's colophon names "Secretariaat-generaal van de Benelux Unie" three times,
so a question about the Secretariat-General in the work programme ("Welke waarden hanteert
het Secretariaat-generaal volgens het werkprogramma?") found the cover page first and quoted
its address lines. Questions about the publication itself (its publisher, its date, its
table of contents) still find it (eval/EXPERIMENTS.md, session 10).
"""

from __future__ import annotations

import re

import numpy as np

from assistant.models import Chunk
from assistant.text_analysis import fold

# The colophon's own wording; a passage holding it is the cover page of its document.
_COLOPHON = re.compile(r"verantwoordelijke uitgever|beschermd door auteursrecht")
# What a question about the publication asks for: publisher, date, layout, contents.
_ASKS_PUBLICATION = re.compile(
    r"\b(?:uitgever\w*|uitgegeven|uitgave|publicatie\w*|colofon|redactie|lay-?out|"
    r"gepubliceerd|inhoud\w*|opbouw|hoofdstuk\w*|publisher|published|publication|editor\w*|contents|"
    r"outline|chapters?|editeur|edite\w*|sommaire|chapitres?)\b"
)


class FrontMatter:
    """Which chunks are colophon pages, found once when the index is loaded."""

    def __init__(self, chunks: list[Chunk]) -> None:
        self.rows = np.array(
            [i for i, chunk in enumerate(chunks) if _COLOPHON.search(fold(chunk.text))],
            dtype=np.int64,
        )
        self.size = len(chunks)

    def scores(self, question: str, weight: float) -> np.ndarray:
        """-`weight` for each colophon chunk, unless the question asks about the publication."""
        penalty = np.zeros(self.size, dtype=np.float32)
        if weight > 0 and not asks_about_publication(question):
            penalty[self.rows] = -weight
        return penalty


def asks_about_publication(question: str) -> bool:
    return bool(_ASKS_PUBLICATION.search(fold(question)))
