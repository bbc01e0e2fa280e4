"""A prior from what the question says about the document: its kind and its year.

"Volgens het jaarverslag 2021 ...", "in the 2024 annual plan", "in 2024": staff name
the document or year they mean; BM25 sees that only as two more words among many.
"""

from __future__ import annotations

import re

import numpy as np

from assistant.models import Chunk
from assistant.text_analysis import fold

# the plan by name, and a word that speaks of one ("Wat is er gepland …?")
_PLAN_NAMED = r"jaarplan\w*|annual plan\w*|plan annuel|plans annuels"
_KIND_CUES = {
    "jaarplan": rf"{_PLAN_NAMED}|planned|gepland",
    "jaarverslag": r"jaarverslag\w*|annual report\w*|rapport annuel|rapports annuels|verslag",
    "werkprogramma": r"werkprogramma\w*|work ?programme|work program|programme de travail|"
    r"programme commun|2025-2028",
}
_YEAR = re.compile(r"\b(20\d\d)(?:\s*[-–]\s*(20\d\d))?\b")


# With a year but no named kind, the verb says plan or report: "Wat wil de Benelux in
# 2021 doen …" asks the plan, "Wat werd er in 2024 gedaan …" the report.
_INTENTION = re.compile(
    r"\b(?:wil|willen|zal|zullen|moet|moeten|beoogt|beogen|plant|plannen|voornemens|streeft|"
    r"gepland|beoogd|voorgenomen|"
    r"will|intends?|plans?|planning|aims?|wants?|going to|va|vont|prevoit|compte|entend|vise"
    # what was to happen ("zou" is not here: "… zou een rol kunnen spelen" is a report's
    # conditional, eval/own9)
    r"|moest|moesten|wilde|wilden|should|was to|were to|intended|wanted|"
    r"devait|devaient|prevoyait|voulait|voulaient)\b"
)
# Past tense: simple past forms, and a Dutch perfect ("Hoe is in 2024 gewerkt aan …?",
# "Wat hebben ze bereikt?"): an auxiliary, then a "ge-" participle within a few words.
_OUTCOME = re.compile(
    r"\b(?:werd|werden|kreeg|kregen|gerealiseerd|bereikt|gedaan|gebeurde?|vond|vonden|"
    r"plaatsgevonden|did|achieved|was|were|happened|took place|has been|have been|"
    # Dutch simple past: "-eerde(n)" verbs and the common strong and weak pasts
    r"\w{3,}eerden?|(?:onder|deel)namen|(?:onder|deel)?nam|deden|deed|kwamen|kwam|gingen|ging|"
    r"hielden|hield|gaven|gaf|spraken|(?:be)?sprak|brachten|bracht|stonden|stond|"
    r"begonnen|begon|bleven|bleef|verliepen|verliep|(?:in|toe)?traden|(?:in|toe)?trad|"
    r"ontvingen|ontving|zagen|zag|kozen|koos|boden|bood|wonnen|won|schreven|schreef|"
    r"(?:be)?sloten|(?:be)?sloot|verschenen|verscheen|ontstonden|ontstond|"
    r"(?:onder)?steunden?|werkten?|maakten?|voerden?|leidden?|speelden?|behaalden?|"
    r"verkenden?|startten?|ondertekenden?|bereikten?|stelden?|legden?|zette|"
    r"a ete|ont ete|a eu lieu|s'est passe)\b"
    r"|\b(?:is|zijn|heeft|hebben|had|hadden|waren)\b(?:\s+\S+){0,6}?\s+"
    r"(?:(?:bijeen|samen|op|aan|uit|mee|door|af|voort|terug)?"
    r"ge(?!pland|beoogd)(?:\w{3,}(?:[dt]|en)|\w+aan)|begonnen)\b"
    # a French perfect with inversion: "Quelle candidature la Benelux a-t-elle soutenue ?"
    r"|\b(?:a-t-(?:il|elle|on)|ont-(?:ils|elles))\s+(?:\S+\s+){0,3}?\w+(?:e|es|i|is|u|us|ue|ues)\b"
)
# What came of a plan: "…, en wanneer is ze uiteindelijk gevalideerd?" asks a report.
_CAME_OF_IT = re.compile(
    r"\b(?:uiteindelijk|effectief|daadwerkelijk|werkelijk|terechtgekomen|gerealiseerd|"
    r"actually|eventually|finally|in the end|achieved|finalement|effectivement|reellement)\b"
)
# Whether something planned happened: "… doorgegaan?", "… did it take place?"
_HAPPENED = re.compile(
    r"\b(?:doorgegaan|doorging|plaatsgevonden|plaatsvond|take place|took place|happened|"
    r"a eu lieu|ont eu lieu|s'est tenue?)\b|\b(?:kwam|komt)\b[^?]*\ber\b[^?]*\b(?:niet|toch)\b"
)
_SENTENCE_END = re.compile(r"(?<=[.?!;])\s+")
_IMPLIED_SHARE = 0.2  # of the kind weight: eval/EXPERIMENTS.md, session 4
# With no year the tense still leans, more weakly, to every plan or to the reports (session 14)
_UNDATED_SHARE = 0.1
_PLANS = frozenset({"jaarplan", "werkprogramma"})


class DocumentPrior:
    """The prior for one set of chunks, computed per document and spread over its chunks.

    A corpus has a handful of documents and tens of thousands of chunks: deciding per
    document keeps the prior off the per-question cost at 100x the corpus.
    """

    def __init__(self, chunks: list[Chunk]) -> None:
        self.size = len(chunks)
        groups: dict[tuple[str, int | None], list[int]] = {}
        for i, chunk in enumerate(chunks):
            groups.setdefault((chunk.kind, chunk.year), []).append(i)
        self.documents = {key: np.array(rows, dtype=np.int64) for key, rows in groups.items()}

    def scores(
        self, question: str, kind_weight: float, year_weight: float, named_weight: float = 0.0
    ) -> np.ndarray:
        """Per chunk: kind_weight if its kind is named, year_weight if its year is named, and
        named_weight more when kind and year are named together ("het jaarverslag 2021").

        A kind or a year alone is a hint (plans and reports of a year speak of the same
        topics); both together name one document, and the user asked about that one. A
        year and a verb of intention or outcome imply one document too: the lean goes to
        that year's plan or report, not to every plan or report (eval/EXPERIMENTS.md,
        session 5). Without a year the verb still leans, half as much, to all plans
        ("Waarom willen de landen …?") or all reports (session 14).
        """
        text = fold(question)
        kinds = _kinds(text)
        years = _years(text)
        prior = np.zeros(self.size, dtype=np.float32)
        implied = _implied_kind(text) if not kinds else None
        if not kinds and not years and not implied:
            return prior
        named = _named_documents(text) if named_weight else set()
        leaned = _PLANS if implied == "jaarplan" else {implied}
        for (kind, year), rows in self.documents.items():
            prior[rows] = (
                kind_weight * (kind in kinds)
                + _IMPLIED_SHARE * kind_weight * (kind == implied and year in years)
                + _UNDATED_SHARE * kind_weight * (not years and kind in leaned)
                + year_weight * (year in years)
                + named_weight * ((kind, year) in named)
            )
        return prior


def speaks_of_outcome(text: str) -> bool:
    """Past tense or a Dutch perfect: the text asks what happened, not what is planned."""
    return bool(_OUTCOME.search(fold(text)))


def _implied_kind(text: str) -> str | None:
    """'jaarplan' for an intention, 'jaarverslag' for an outcome; None if both or neither."""
    if _HAPPENED.search(text):
        return "jaarverslag"
    intention, outcome = bool(_INTENTION.search(text)), bool(_OUTCOME.search(text))
    if intention == outcome:
        return None
    return "jaarplan" if intention else "jaarverslag"


def named_documents(question: str) -> set[tuple[str, int]]:
    """The (kind, year) documents a question names: "het jaarverslag 2021" → jaarverslag 2021."""
    return _named_documents(fold(question))


def referred_documents(parts: list[str]) -> set[tuple[str, int | None]]:
    """The documents each part of a question points to: named ones ("het jaarplan 2024"),
    a kind alone ("het werkprogramma"), those a year and a tense imply ("… werd daarvoor in
    2021 al verkend?" → the report of 2021), and the reports for a part that asks what
    came of a named plan ("…, en wanneer is ze uiteindelijk gevalideerd?"). A kind alone
    gives way to a dated document of that kind.

    Each sentence of a part counts on its own: "The 2021 annual plan wanted X. What was
    signed in 2021?" names the plan in one sentence and implies the report in the next.
    """
    referred: set[tuple[str, int | None]] = set()
    silent: list[str] = []
    for part in parts:
        found = set().union(*(_referred_in(s) for s in _SENTENCE_END.split(part)))
        referred |= found
        if not found:
            silent.append(part)
    if any(kind == "jaarplan" for kind, _ in referred) and any(
        _CAME_OF_IT.search(fold(part)) for part in silent
    ):
        referred.add(("jaarverslag", None))
    dated = {kind for kind, year in referred if year is not None}
    return {(kind, year) for kind, year in referred if year is not None or kind not in dated}


def _referred_in(sentence: str) -> set[tuple[str, int | None]]:
    """A kind named with one year is that document; with a range ("het werkprogramma
    2025-2028") or several years it is the kind alone."""
    text = fold(sentence)
    named = _named_documents(text)
    kinds = _kinds(text)
    single = {kind for kind in kinds if sum(k == kind for k, _ in named) == 1}
    return (
        {(kind, year) for kind, year in named if kind in single}
        | {(kind, None) for kind in kinds - single}
        | implied_documents(sentence)
    )


def implied_documents(question: str) -> set[tuple[str, int | None]]:
    """The plan or report a year and a tense point to when no kind of document is named:
    "Wat werd er in 2021 …" → the 2021 report, "Wat wil de Benelux in 2024 …" → the 2024 plan."""
    text = fold(question)
    years = _years(text)
    implied = _implied_kind(text) if years and not _kinds(text) else None
    return {(implied, year) for year in years} if implied else set()


def _kinds(text: str) -> set[str]:
    """The kinds of document a text names. "Is het geplande bezoek doorgegaan?" names no
    plan: it asks whether the planned thing happened, which a report tells."""
    kinds = {kind for kind, cue in _KIND_CUES.items() if re.search(cue, text)}
    if "jaarplan" in kinds and _HAPPENED.search(text) and not re.search(_PLAN_NAMED, text):
        kinds.discard("jaarplan")
    return kinds


def document_years(text: str) -> set[int]:
    """The years a text names, a range counting each year in it ('2025-2028')."""
    return _years(fold(text))


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
