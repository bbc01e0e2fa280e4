"""Does a passage actually talk about a topic? Idf-weighted coverage of the topic's concepts.

Retrieval always returns *something* for every document, so "which documents cover the
topic" cannot be read off a ranking: a document that never names the Politieverdrag still
has its best-scoring passage. This module decides coverage from the passage itself: the
share of the topic's (idf-weighted) concepts the passage contains. Rare words decide
('gerechtshof' counts, 'benelux' hardly), so no per-topic word list is needed.

A concept is a content word of the topic, or an English/French glossary phrase with its
Dutch translation as an alternative wording ('hydrogen' → 'waterstof'). Only the first
Dutch term of a glossary entry is used: the others are related words that help retrieval
('schengen' → 'grenzen') but would make every passage about borders "cover" Schengen.

A word matches a passage exactly (same stem), through its compound parts
('fietsbeleid' ~ 'fiets' + 'Benelux-beleid'), as the head of a longer compound
('diploma' in 'hogeronderwijsdiploma'), or by character 5-gram similarity
('crisisbeheersing' ~ 'crisisbeheer'); the weaker matches earn partial credit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.language import Language
from assistant.lexical_index import LexicalIndex
from assistant.models import Chunk
from assistant.text_analysis import RESOURCES, stopwords, words

_PART_CREDIT = 0.8  # the compound's parts found apart (idf share of them), never the compound
_HEAD_CREDIT = 0.9  # the topic word ends a longer compound of the passage
_FUZZY_MIN = 0.7  # 5-gram Dice below this is a different word ('diploma' / 'diplomatieke')
_SECTION_CREDIT = 0.8  # named only in the section heading: about the topic, less directly
_MIN_HEAD_CHARS = 5
_NGRAM = 5

Wording = tuple[str, ...]


@dataclass(frozen=True)
class Concept:
    """One thing the topic names, in one or more wordings (folded content words)."""

    wordings: tuple[Wording, ...]
    weight: float


@dataclass(frozen=True)
class _Passage:
    terms: frozenset[str]
    words: frozenset[str]


class TopicMatcher:
    """Scores passages by how much of one topic they contain (0 = nothing, 1 = all)."""

    def __init__(self, lexical: LexicalIndex, topic: str, language: Language) -> None:
        self.lexical = lexical
        self._idf = lexical.term_weights
        phrases, self.translated_from = _phrases(topic, language)
        self.concepts = [self._concept(wordings) for wordings in phrases]
        self.concepts = [c for c in self.concepts if c.weight > 0]

    @property
    def empty(self) -> bool:
        return not self.concepts

    @property
    def weight(self) -> float:
        """Total idf of the topic: low for words most passages use ('Benelux', 'samenwerking')."""
        return sum(c.weight for c in self.concepts)

    def coverage(self, chunk: Chunk) -> float:
        """Share of the topic's weight found in the passage (its section counts a bit less)."""
        total = self.weight
        if not total:
            return 0.0
        body, heading = self._passage(chunk.text), self._passage(chunk.section)
        found = sum(
            c.weight * max(self._credit(c, body), _SECTION_CREDIT * self._credit(c, heading))
            for c in self.concepts
        )
        return found / total

    def text_coverage(self, text: str) -> float:
        """Coverage of a bare text (a sentence): picks the sentence to quote in an answer."""
        total = self.weight
        passage = self._passage(text)
        found = sum(c.weight * self._credit(c, passage) for c in self.concepts)
        return found / total if total else 0.0

    def _concept(self, wordings: tuple[Wording, ...]) -> Concept:
        """Weighted by the corpus wording (the last one): an unseen English word says nothing."""
        return Concept(wordings, self._wording_weight(wordings[-1]))

    def _wording_weight(self, wording: Wording) -> float:
        return sum(self._word_weight(word) for word in wording)

    def _word_weight(self, word: str) -> float:
        weights = self._idf(word)
        return next(iter(weights.values()), 0.0)

    def _passage(self, text: str) -> _Passage:
        analyzer = self.lexical.analyzer
        return _Passage(frozenset(analyzer.terms(text)), frozenset(words(text)))

    def _credit(self, concept: Concept, passage: _Passage) -> float:
        return max(self._wording_credit(wording, passage) for wording in concept.wordings)

    def _wording_credit(self, wording: Wording, passage: _Passage) -> float:
        total = self._wording_weight(wording)
        if not total:
            return 0.0
        found = sum(self._word_weight(w) * self._word_credit(w, passage) for w in wording)
        return found / total

    def _word_credit(self, word: str, passage: _Passage) -> float:
        terms = self.lexical.analyzer.terms(word)
        if not terms:
            return 0.0
        if terms[0] in passage.terms:
            return 1.0
        return max(
            self._parts_credit(terms[1:], passage),
            _head_credit(word, passage.words),
            _fuzzy_credit(word, passage.words),
        )

    def _parts_credit(self, parts: list[str], passage: _Passage) -> float:
        if not parts:
            return 0.0
        weights = {part: self._word_weight(part) for part in parts}
        total = sum(weights.values()) or 1.0
        return _PART_CREDIT * sum(w for p, w in weights.items() if p in passage.terms) / total


def _head_credit(word: str, passage_words: frozenset[str]) -> float:
    """Dutch compounds end in their head: 'hogeronderwijsdiploma' is a kind of 'diploma'."""
    if len(word) < _MIN_HEAD_CHARS:
        return 0.0
    found = any(len(other) > len(word) and other.endswith(word) for other in passage_words)
    return _HEAD_CREDIT if found else 0.0


def _fuzzy_credit(word: str, passage_words: frozenset[str]) -> float:
    """Derivations stemming misses ('crisisbeheersing' ~ 'crisisbeheer'), by 5-gram Dice.

    Only between words that begin alike: a derivation keeps its stem's start, while a
    word that merely ends alike is the bare head of the compound, missing exactly the
    part that names the topic ('criminaliteit' is not 'cybercriminaliteit').
    """
    mine = _grams(word)
    best = 0.0
    for other in passage_words:
        if other[:_NGRAM] != word[:_NGRAM] or abs(len(other) - len(word)) > len(word) // 2:
            continue
        theirs = _grams(other)
        best = max(best, 2 * len(mine & theirs) / (len(mine) + len(theirs)))
    return best if best >= _FUZZY_MIN else 0.0


@lru_cache(maxsize=65536)
def _grams(word: str) -> frozenset[str]:
    padded = f"_{word}_"
    return frozenset(padded[i : i + _NGRAM] for i in range(max(1, len(padded) - _NGRAM + 1)))


def _phrases(topic: str, language: Language) -> tuple[list[tuple[Wording, ...]], Language | None]:
    """The topic's concepts as wordings, and the glossary language a phrase came from.

    Longest glossary phrases first, without overlap; the question's own language is
    tried first, then English and French (a one-word topic such as 'hydrogen' has no
    stop words to detect its language by). Digits are dropped: a year picks documents,
    it is not something a passage is about.
    """
    tokens = words(topic)
    languages = [lang for lang in dict.fromkeys([language, "en", "fr"]) if lang != "nl"]
    concepts: list[tuple[Wording, ...]] = []
    translated_from: Language | None = None
    start = 0
    while start < len(tokens):
        size, dutch, source = _longest_match(tokens, start, languages)
        phrase = _content(tokens[start : start + size])
        if dutch is not None and phrase:
            translation = _content(words(dutch))
            foreign = not set(phrase) & set(translation)
            concepts.append((phrase, translation) if translation != phrase else (phrase,))
            translated_from = translated_from or (source if foreign else None)
        elif phrase:
            concepts.extend(((word,),) for word in phrase)
        start += size
    return concepts, translated_from


def _longest_match(
    tokens: list[str], start: int, languages: list[str]
) -> tuple[int, str | None, Language | None]:
    for size in range(min(len(tokens) - start, 6), 0, -1):
        phrase = " ".join(tokens[start : start + size])
        for language in languages:
            found = _translation(language, phrase)
            if found and _content(phrase.split()):
                return size, found, language  # type: ignore[return-value]
    return 1, None, None


def _translation(language: str, phrase: str) -> str | None:
    """The first Dutch term of the phrase's glossary entry (plural keys tried singular)."""
    glossary = _primary_translations(language)
    singular = re.sub(r"ies$", "y", phrase) if phrase.endswith("ies") else re.sub(r"s$", "", phrase)
    return glossary.get(phrase) or glossary.get(singular)


@lru_cache(maxsize=4)
def _primary_translations(language: str) -> dict[str, str]:
    """resources/glossary_{language}_nl.tsv: 'source<TAB>dutch|related|…' → source: dutch.

    Read here rather than through query_expansion, which merges all Dutch terms of an
    entry for retrieval; coverage needs the translation alone.
    """
    path = RESOURCES / f"glossary_{language}_nl.tsv"
    if not path.exists():
        return {}
    entries: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        source, _, dutch = line.partition("\t")
        first = dutch.split("|", 1)[0].strip()
        if source.strip() and first:
            entries.setdefault(" ".join(words(source)), first)
    return entries


def _content(tokens: list[str]) -> Wording:
    return tuple(t for t in tokens if t not in stopwords() and not t.isdigit())
