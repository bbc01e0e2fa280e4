"""A prior from what the question says about the document: its kind and its year.

"Volgens het jaarverslag 2021 ...", "in the 2024 annual plan", "in 2024": staff name
the document or year they mean; BM25 sees that only as two more words among many.
"""

from __future__ import annotations

import re

import numpy as np

from assistant.models import Chunk
from assistant.text_analysis import fold

_KIND_CUES = {
    "jaarplan": r"jaarplan\w*|annual plan\w*|plan annuel|plans annuels|planned|gepland",
    "jaarverslag": r"jaarverslag\w*|annual report\w*|rapport annuel|rapports annuels|verslag",
    "werkprogramma": r"werkprogramma\w*|work ?programme|work program|programme de travail|"
    r"programme commun|2025-2028",
}
_YEAR = re.compile(r"\b(20\d\d)(?:\s*[-–]\s*(20\d\d))?\b")


def document_prior(
    question: str,
    chunks: list[Chunk],
    kind_weight: float,
    year_weight: float,
    named_weight: float = 0.0,
) -> np.ndarray:
    """Per chunk: kind_weight if its kind is named, year_weight if its year is named, and
    named_weight more when kind and year are named together ("het jaarverslag 2021").

    A kind or a year alone is a hint (plans and reports of a year speak of the same
    topics); both together name one document, and the user asked about that one.
    """
    text = fold(question)
    kinds = {kind for kind, cue in _KIND_CUES.items() if re.search(cue, text)}
    years = _years(text)
    prior = np.zeros(len(chunks), dtype=np.float32)
    if not kinds and not years:
        return prior
    named = _named_documents(text) if named_weight else set()
    for i, chunk in enumerate(chunks):
        prior[i] = (
            kind_weight * (chunk.kind in kinds)
            + year_weight * (chunk.year in years)
            + named_weight * ((chunk.kind, chunk.year) in named)
        )
    return prior


def _named_documents(text: str) -> set[tuple[str, int]]:
    """(kind, year) pairs written next to each other: "jaarplan 2024", "the 2021 annual report"."""
    named: set[tuple[str, int]] = set()
    for kind, cue in _KIND_CUES.items():
        for pattern in (
            rf"\b(?:{cue})\W+(?:(?:van|voor|over|of|for|de|du|pour)\W+)?(?P<years>{_YEAR.pattern})",
            rf"(?P<years>{_YEAR.pattern})\W+(?:{cue})",
        ):
            for match in re.finditer(pattern, text):
                named.update((kind, year) for year in _years(match.group("years")))
    return named


def without_document_names(text: str) -> str:
    """The question minus the words that name a kind of document.

    Every chunk of the Werkprogramma carries its title, so 'werkprogramma' in a question
    would outweigh its topic in BM25; the prior above accounts for it instead.
    """
    folded = fold(text)
    for cue in _KIND_CUES.values():
        folded = re.sub(rf"\b(?:{cue})\b", " ", folded)
    return folded


def _years(text: str) -> set[int]:
    years: set[int] = set()
    for match in _YEAR.finditer(text):
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) else first
        years.update(range(first, min(last, first + 10) + 1))
    return years
