"""A bonus for passages whose own section heading the question spells out.

"Welke rol wil de Benelux spelen in de Europese waterstofeconomie?" is answered under
"3.2. Waterstof": when every word of a passage's innermost heading is in the question,
the heading says what the passage is about. Whole-title BM25 fusion lost recall
(eval/EXPERIMENTS.md, session 2); this all-words match moved only questions that gained
(session 9).
"""

from __future__ import annotations

import re

import numpy as np

from assistant.models import Chunk
from assistant.text_analysis import Analyzer

# "2.6. OVERIGE", "b) Essentiële projecten": the numbering is no word of the title.
_NUMBERING = re.compile(r"^\s*(?:[a-z]\)|\d+(?:\.\d+)*\.?)\s*")


class SectionTitles:
    """Chunks grouped by the terms of their innermost heading, so a question checks each
    distinct heading once, not each of the corpus's (up to tens of thousands of) chunks."""

    def __init__(self, chunks: list[Chunk], analyzer: Analyzer) -> None:
        self.size = len(chunks)
        self.analyzer = analyzer
        groups: dict[frozenset[str], list[int]] = {}
        terms_of: dict[str, frozenset[str]] = {}
        for i, chunk in enumerate(chunks):
            heading = chunk.headings[-1] if chunk.headings else ""
            if heading not in terms_of:
                terms_of[heading] = frozenset(analyzer.terms(_NUMBERING.sub("", heading)))
            if terms_of[heading]:
                groups.setdefault(terms_of[heading], []).append(i)
        self.groups = {terms: np.array(rows, dtype=np.int64) for terms, rows in groups.items()}

    def scores(self, question: str, weight: float) -> np.ndarray:
        """`weight` for each chunk whose heading's terms all occur in the question."""
        bonus = np.zeros(self.size, dtype=np.float32)
        if weight <= 0:
            return bonus
        asked = set(self.analyzer.terms(question))
        for terms, rows in self.groups.items():
            if terms <= asked:
                bonus[rows] = weight
        return bonus
