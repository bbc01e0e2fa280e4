"""Which language a question is in (nl, en, fr): decides expansion and the reply language."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from assistant.text_analysis import RESOURCES, fold, words

Language = Literal["nl", "en", "fr"]
_HINTS: dict[str, set[str]] = {
    "nl": {
        "wat",
        "welke",
        "hoe",
        "wanneer",
        "waarom",
        "hoeveel",
        "wie",
        "waar",
        "het",
        "de",
        "een",
        "van",
        "zijn",
        "werd",
        "wordt",
        "en",
        "ook",
        "nog",
        "daarvan",
        "gerealiseerd",
    },
    "en": {
        "what",
        "which",
        "how",
        "when",
        "why",
        "who",
        "where",
        "the",
        "of",
        "is",
        "was",
        "did",
        "does",
        "were",
        "according",
        "annual",
        "and",
        "many",
        "much",
    },
    "fr": {
        "quel",
        "quelle",
        "quels",
        "quelles",
        "comment",
        "quand",
        "pourquoi",
        "combien",
        "qui",
        "le",
        "la",
        "les",
        "des",
        "du",
        "est",
        "sont",
        "selon",
        "et",
        "au",
        "aux",
        "en",
    },
}


def detect_language(text: str) -> Language:
    """Stop-word vote; ties go to Dutch, the language of the documents."""
    tokens = words(text)
    votes = {lang: sum(1 for t in tokens if t in _vocabulary(lang)) for lang in ("nl", "en", "fr")}
    if any(ch in text for ch in "çàâêîôûœ") or "'" in text and votes["fr"] >= votes["en"]:
        votes["fr"] += 1
    best = max(votes, key=lambda lang: (votes[lang], lang == "nl"))
    return best if votes[best] > votes["nl"] else "nl"  # type: ignore[return-value]


@lru_cache(maxsize=3)
def _vocabulary(language: str) -> frozenset[str]:
    path = RESOURCES / f"stopwords_{language}.txt"
    listed = {fold(line.strip()) for line in path.read_text(encoding="utf-8").splitlines()}
    return frozenset(listed | _HINTS[language])
