"""Every label of the web chat and the embed page, in Dutch (default), English and French."""

from __future__ import annotations

from typing import Literal

Language = Literal["nl", "en", "fr"]
LANGUAGES: tuple[Language, ...] = ("nl", "en", "fr")
DEFAULT_LANGUAGE: Language = "nl"

LABELS: dict[str, dict[Language, str]] = {
    "title": {
        "nl": "Benelux Assistent",
        "en": "Benelux Assistant",
        "fr": "Assistant Benelux",
    },
    "subtitle": {
        "nl": "Vragen over de jaarplannen, jaarverslagen en het werkprogramma van de "
        "Benelux Unie, met bronvermelding.",
        "en": "Questions about the Benelux Union's annual plans, annual reports and work "
        "programme, with sources.",
        "fr": "Questions sur les plans annuels, rapports annuels et le programme de travail "
        "de l'Union Benelux, avec sources.",
    },
    "question": {"nl": "Uw vraag", "en": "Your question", "fr": "Votre question"},
    "placeholder": {
        "nl": "Stel uw vraag…",
        "en": "Type your question…",
        "fr": "Posez votre question…",
    },
    "send": {"nl": "Vraag", "en": "Ask", "fr": "Demander"},
    "new": {"nl": "Nieuw gesprek", "en": "New conversation", "fr": "Nouvelle conversation"},
    "chat": {"nl": "Gesprek", "en": "Conversation", "fr": "Conversation"},
    "filters": {"nl": "Filters", "en": "Filters", "fr": "Filtres"},
    "kind": {"nl": "Soort document", "en": "Document type", "fr": "Type de document"},
    "year": {"nl": "Jaar", "en": "Year", "fr": "Année"},
    "examples": {"nl": "Voorbeeldvragen", "en": "Example questions", "fr": "Exemples"},
    "language": {"nl": "Taal", "en": "Language", "fr": "Langue"},
    "source": {"nl": "Bron", "en": "Source", "fr": "Source"},
    "sources": {"nl": "Bronnen", "en": "Sources", "fr": "Sources"},
    "see_also": {"nl": "Zie ook", "en": "See also", "fr": "Voir aussi"},
    "source_hint": {
        "nl": "Klik op een bronnummer [n] in een antwoord om de passage te zien.",
        "en": "Click a source number [n] in an answer to see the passage.",
        "fr": "Cliquez sur un numéro de source [n] dans une réponse pour voir le passage.",
    },
    "source_hint_empty": {
        "nl": "Stel hieronder een vraag of kies een voorbeeldvraag. Elk antwoord vermeldt "
        "document, hoofdstuk en pagina.",
        "en": "Ask a question below or pick an example. Every answer names document, "
        "section and page.",
        "fr": "Posez une question ci-dessous ou choisissez un exemple. Chaque réponse cite "
        "document, section et page.",
    },
    "section": {"nl": "Hoofdstuk", "en": "Section", "fr": "Section"},
    "page": {"nl": "Pagina", "en": "Page", "fr": "Page"},
    "page_unknown": {"nl": "onbekend", "en": "unknown", "fr": "inconnue"},
    "page_source_pdf": {"nl": "uit de pdf", "en": "from the PDF", "fr": "du PDF"},
    "page_source_printed": {
        "nl": "gedrukt paginanummer",
        "en": "printed page number",
        "fr": "numéro imprimé",
    },
    "page_source_toc": {
        "nl": "volgens de inhoudsopgave",
        "en": "from the table of contents",
        "fr": "selon la table des matières",
    },
    "page_source_none": {"nl": "", "en": "", "fr": ""},
    "source_missing": {
        "nl": "De brontekst is niet (meer) beschikbaar.",
        "en": "The source text is not available.",
        "fr": "Le texte source n'est pas disponible.",
    },
    "feedback_prompt": {
        "nl": "Bedankt! Wilt u een toelichting geven? (optioneel)",
        "en": "Thank you! Would you like to add a comment? (optional)",
        "fr": "Merci ! Voulez-vous ajouter un commentaire ? (facultatif)",
    },
    "feedback_send": {"nl": "Verstuur toelichting", "en": "Send comment", "fr": "Envoyer"},
    "feedback_saved": {
        "nl": "Toelichting opgeslagen.",
        "en": "Comment saved.",
        "fr": "Commentaire enregistré.",
    },
    "thinking": {
        "nl": "Zoeken in de documenten…",
        "en": "Searching the documents…",
        "fr": "Recherche dans les documents…",
    },
    "error": {
        "nl": "Er ging iets mis. Probeer het opnieuw.",
        "en": "Something went wrong. Please try again.",
        "fr": "Une erreur s'est produite. Veuillez réessayer.",
    },
    # --- the timeline tab (plan versus report) ---
    "chat_tab": {"nl": "Gesprek", "en": "Chat", "fr": "Conversation"},
    "timeline": {"nl": "Tijdlijn", "en": "Timeline", "fr": "Chronologie"},
    "timeline_topic": {"nl": "Onderwerp", "en": "Topic", "fr": "Sujet"},
    "timeline_placeholder": {
        "nl": "Bijvoorbeeld: waterstof, Politieverdrag, fietsbeleid",
        "en": "For example: hydrogen, cycling policy",
        "fr": "Par exemple : hydrogène, politique cyclable",
    },
    "timeline_show": {"nl": "Toon tijdlijn", "en": "Show timeline", "fr": "Afficher"},
    "timeline_hint": {
        "nl": "Geef een onderwerp op: per document, van oud naar nieuw, ziet u wat er gepland, "
        "gerapporteerd en geprogrammeerd is.",
        "en": "Enter a topic: per document, oldest first, you see what was planned, reported "
        "and programmed.",
        "fr": "Indiquez un sujet : par document, du plus ancien au plus récent, vous voyez ce "
        "qui a été prévu, rapporté et programmé.",
    },
    "timeline_empty_topic": {
        "nl": "Geef eerst een onderwerp op.",
        "en": "Please enter a topic first.",
        "fr": "Indiquez d'abord un sujet.",
    },
    "timeline_none": {
        "nl": "geen passages over dit onderwerp",
        "en": "no passages on this topic",
        "fr": "aucun passage sur ce sujet",
    },
    "timeline_planned": {"nl": "gepland", "en": "planned", "fr": "prévu"},
    "timeline_reported": {"nl": "gerapporteerd", "en": "reported", "fr": "rapporté"},
    "timeline_programmed": {"nl": "geprogrammeerd", "en": "programmed", "fr": "programmé"},
    "timeline_other": {"nl": "overig", "en": "other", "fr": "autre"},
}

EXAMPLES: dict[Language, list[str]] = {
    "nl": [
        "Wat deed de Benelux in 2024 rond waterstof?",
        "Wat zijn de prioriteiten van het Gemeenschappelijk Werkprogramma 2025-2028?",
        "Welk internationaal fietscongres vindt in 2024 in België plaats?",
    ],
    "en": [
        "What did the Benelux do on hydrogen in 2024?",
        "What are the priorities of the joint work programme 2025-2028?",
        "Which international cycling congress takes place in Belgium in 2024?",
    ],
    "fr": [
        "Qu'a fait le Benelux pour l'hydrogène en 2024 ?",
        "Quelles sont les priorités du programme de travail commun 2025-2028 ?",
        "Quel congrès international du vélo a lieu en Belgique en 2024 ?",
    ],
}


def label(key: str, language: str) -> str:
    """The label in `language`, falling back to Dutch for unknown languages."""
    texts = LABELS[key]
    return texts.get(language, texts[DEFAULT_LANGUAGE])  # type: ignore[call-overload]


def pick_language(requested: str | None) -> Language:
    """`en-GB`, `fr_BE`, `FR` → en / fr; anything else (or nothing) → Dutch."""
    prefix = (requested or "").strip().lower()[:2]
    return prefix if prefix in LANGUAGES else DEFAULT_LANGUAGE  # type: ignore[return-value]


def labels_for(language: str) -> dict[str, str]:
    return {key: label(key, language) for key in LABELS}
