"""Turn a user turn into a retrieval query: follow-ups and English/French questions.

Without an LLM, a follow-up ("En wat werd daarvan gerealiseerd?") is resolved by
carrying the earlier questions' content words; an en/fr question is expanded with the
Dutch terms of a curated glossary of the corpus (resources/glossary_*_nl.tsv); any
question, once in Dutch, is expanded with the words the documents use for what the user
typed (resources/synonyms_nl.tsv: 'getekend' → 'ondertekend').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.language import Language
from assistant.text_analysis import RESOURCES, stopwords, words

_MAX_HISTORY_TURNS = 2


@dataclass(frozen=True)
class RetrievalQuery:
    text: str
    language: Language
    expansion: str = ""
    synonyms: str = ""
    # the earlier turns as asked: their year and tense name the document a follow-up means
    context: str = ""

    @property
    def full(self) -> str:
        return f"{self.text} {self.expansion}".strip()


def build_query(question: str, history: list[str], language: Language) -> RetrievalQuery:
    context = _history_terms(question, history)
    text = f"{question} {context}".strip()
    expansion = translate_terms(text, language) if language != "nl" else ""
    synonyms = _phrase_lookup(f"{text} {expansion}", "synonyms_nl")
    return RetrievalQuery(
        text=text,
        language=language,
        expansion=expansion,
        synonyms=synonyms,
        context=" ".join(history[-_MAX_HISTORY_TURNS:]),
    )


def _history_terms(question: str, history: list[str]) -> str:
    """Content words of the last turns that the follow-up does not already contain."""
    own = set(words(question))
    carried: list[str] = []
    for turn in history[-_MAX_HISTORY_TURNS:]:
        carried.extend(w for w in words(turn) if w not in own and w not in stopwords())
    return " ".join(dict.fromkeys(carried))


def translate_terms(text: str, language: Language) -> str:
    """Dutch glossary terms for the English/French phrases found in `text`."""
    return _phrase_lookup(text, f"glossary_{language}_nl")


@lru_cache(maxsize=1024)
def synonym_phrases(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each phrase of `text` that the thesaurus lists, with the document words for it.

    Cached: an answer asks for the same question's phrases several times.
    """
    found: dict[str, tuple[str, ...]] = {}
    for phrase, related in _phrase_matches(text, "synonyms_nl"):
        found.setdefault(phrase, tuple(related))
    return tuple(found.items())


def _phrase_lookup(text: str, table: str) -> str:
    """Values of every key phrase of `table` found in `text`, longest phrases first."""
    found = [value for _, related in _phrase_matches(text, table) for value in related]
    return " ".join(dict.fromkeys(found))


def _phrase_matches(text: str, table: str) -> list[tuple[str, list[str]]]:
    """(phrase of `text`, its values) for every key phrase of `table`, longest first."""
    glossary = _glossary(table)
    if not glossary:
        return []
    tokens = words(text)
    matches: list[tuple[str, list[str]]] = []
    longest = max(len(key.split()) for key in glossary)
    for size in range(longest, 0, -1):
        for start in range(len(tokens) - size + 1):
            phrase = " ".join(tokens[start : start + size])
            related = _lookup(glossary, phrase)
            if related:
                matches.append((phrase, related))
    return matches


def _lookup(glossary: dict[str, list[str]], phrase: str) -> list[str]:
    for candidate in (phrase, _singular(phrase)):
        if candidate in glossary:
            return glossary[candidate]
    return []


def _singular(phrase: str) -> str:
    return re.sub(r"(ies)$", "y", phrase) if phrase.endswith("ies") else re.sub(r"s$", "", phrase)


@lru_cache(maxsize=4)
def _glossary(table: str) -> dict[str, list[str]]:
    path = RESOURCES / f"{table}.tsv"
    if not path.exists():
        return {}
    entries: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        source, _, dutch = line.partition("\t")
        if source.strip() and dutch.strip():
            key = " ".join(words(source))
            entries.setdefault(key, []).extend(t.strip() for t in dutch.split("|") if t.strip())
    return entries
