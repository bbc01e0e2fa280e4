"""User-facing sentences of the answerers, in the question's language."""

from __future__ import annotations

_ABSTAIN = {
    "nl": "Ik vond hierover geen informatie in de documenten.",
    "en": "I found no information about this in the documents.",
    "fr": "Je n'ai trouvé aucune information à ce sujet dans les documents.",
}
_INTRO = {
    "nl": "Volgens het {title}:",
    "en": "According to the {title}:",
    "fr": "Selon le {title} :",
}
_LLM_FALLBACK = {
    "nl": "Het taalmodel was niet bereikbaar; dit antwoord is rechtstreeks uit de bronnen gehaald.",
    "en": "The language model did not answer; this answer is taken directly from the sources.",
    "fr": "Le modèle de langue n'a pas répondu ; réponse extraite directement des sources.",
}


def abstention(language: str) -> str:
    return _ABSTAIN.get(language, _ABSTAIN["nl"])


def introduction(language: str, title: str) -> str:
    return _INTRO.get(language, _INTRO["nl"]).format(title=title)


def llm_fallback_notice(language: str) -> str:
    return _LLM_FALLBACK.get(language, _LLM_FALLBACK["nl"])
