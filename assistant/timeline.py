"""Plan versus report: a topic's timeline across the plans, reports and work programme.

Staff ask "what did we plan on X, and what came of it?". The answer is not one passage but
one per document, in time order: what the jaarplan planned, what the jaarverslag of that
year reported, what the work programme programmes next. Each document is searched on its
own (the hybrid retriever with a file filter) and a passage is kept only if it actually
contains the topic (`TopicMatcher`): the retriever ranks every document, even one that
never names the topic, and a timeline padded with its best weak passages would claim
that the plan or report covered something it did not.

`plan_versus_outcome_answer` answers chat questions of that shape ("Wat was gepland voor
waterstof in 2024 en wat is er gerealiseerd?") from the timeline, citing the plan and the
report of the asked year.
"""

from __future__ import annotations

import copy
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import takewhile
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from assistant.answer_types import AnswerType, asked_type, holds_answer_type
from assistant.document_prior import speaks_of_outcome
from assistant.language import Language, detect_language
from assistant.models import AskResult, Chunk, Citation, Filters, ScoredChunk, joined_chunks
from assistant.query_expansion import RetrievalQuery, build_query
from assistant.text_analysis import fold, sentence_spans, stopwords, words
from assistant.topic_match import TopicMatcher

if TYPE_CHECKING:
    from assistant.lexical_index import LexicalIndex
    from assistant.protocols import Embedder
    from assistant.retrieval import HybridRetriever
    from assistant.service import Assistant

LABELS = {"jaarplan": "planned", "jaarverslag": "reported", "werkprogramma": "programmed"}
_KIND_ORDER = {"jaarplan": 0, "jaarverslag": 1, "werkprogramma": 2}
# Calibrated on the topics of tests/test_timeline.py: passages of documents that do not
# cover a topic reach at most 0.43 (e.g. 'erkenning' without 'diploma'), the weakest
# kept passage of a covering document 0.75 ('crisisbeheer' for 'crisisbeheersing').
MIN_COVERAGE = 0.6
# A chat question that names the plan and the report of a year asks about both; when one
# of them covers the topic, the other's best passage is read at this lower floor before
# the answer claims it has none. A document that does not cover the topic still says so:
# such documents reached at most 0.43 in the calibration above. On the gold and check sets
# the silent side's evidence passage had 0.47–0.58 in four of five such answers (the fifth
# side's best passage had 0.27 and is still reported silent).
PAIRED_COVERAGE = 0.45
MAX_TOPIC_CHARS = 200
MAX_PER_DOCUMENT = 10
_CANDIDATES = 20  # per document: enough to find every passage naming the topic
_EXCERPT_CHARS = 240
_ANSWER_CHARS = 450
_PROSE_WORDS = 8
_TYPED_SHARE = 0.5  # of the best sentence's topic coverage, for one holding the asked fact
# A chat question's topic must be specific: idf 1.0 means the word is in over a third of
# all passages ('Benelux', 'samenwerking'), so any passage would "cover" it.
_MIN_TOPIC_WEIGHT = 1.0


class TimelineEntry(BaseModel):
    """One document of the timeline; `covered` is false when no passage names the topic."""

    file: str
    title: str
    kind: str
    year: int | None
    label: str = Field(description="planned (jaarplan), reported (jaarverslag), programmed")
    covered: bool
    passages: list[Citation] = Field(default_factory=list)
    excerpts: list[str] = Field(
        default_factory=list,
        description="per passage, its sentence that best covers the topic (short displays)",
    )


class Timeline(BaseModel):
    """A topic's passages per document, in time order; `language` is how the topic was read."""

    topic: str
    language: Language
    entries: list[TimelineEntry]


@dataclass(frozen=True)
class _Document:
    file: str
    title: str
    kind: str
    year: int | None


def build_timeline(assistant: Assistant, topic: str, per_document: int = 3) -> Timeline:
    """Every document in year order (plan before report), with its passages on `topic`."""
    return _timeline(assistant, topic, per_document)[0]


def _timeline(
    assistant: Assistant,
    topic: str,
    per_document: int,
    documents: Sequence[_Document] | None = None,
    min_coverage: float = MIN_COVERAGE,
) -> tuple[Timeline, TopicMatcher]:
    """The timeline over `documents`, by default every indexed document."""
    topic = _validated_topic(topic, per_document)
    retriever = assistant.retriever
    detected = detect_language(topic)
    matcher = TopicMatcher(retriever.lexical, topic, detected)
    language = _topic_language(matcher)
    query = build_query(topic, [], language)
    retriever = _embedding_once(retriever)
    entries: list[TimelineEntry] = []
    for document in documents if documents is not None else _documents(retriever.chunks):
        hits = [] if matcher.empty else _passages(retriever, query, matcher, document, min_coverage)
        entries.append(_entry(document, hits[:per_document], matcher))
    return Timeline(topic=topic, language=language, entries=_numbered(entries)), matcher


class _QueryMemo:
    """An embedder that embeds each query text once: five searches, one topic."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self.dimension = embedder.dimension
        self._vectors: dict[str, list[float]] = {}

    def embed_query(self, text: str) -> list[float]:
        if text not in self._vectors:
            self._vectors[text] = self.embedder.embed_query(text)
        return self._vectors[text]

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        return self.embedder.embed_documents(texts)


def _embedding_once(retriever: HybridRetriever) -> HybridRetriever:
    """A shallow copy for this call only, so the shared retriever is never mutated."""
    if retriever.embedder is None:
        return retriever
    clone = copy.copy(retriever)
    clone.embedder = _QueryMemo(retriever.embedder)
    return clone


def _documents(chunks: list[Chunk]) -> list[_Document]:
    """The indexed documents by year, plan before report before programme within a year."""
    found = {c.file: _Document(c.file, c.title, c.kind, c.year) for c in chunks}
    return sorted(
        found.values(),
        key=lambda d: (d.year is None, d.year or 0, _KIND_ORDER.get(d.kind, 9), d.file),
    )


def _validated_topic(topic: str, per_document: int) -> str:
    from assistant.service import InvalidQuestion

    if not isinstance(topic, str) or not topic.strip():
        raise InvalidQuestion("The topic is empty.")
    if len(topic) > MAX_TOPIC_CHARS or "\x00" in topic:
        raise InvalidQuestion(f"A topic is a few words, at most {MAX_TOPIC_CHARS} characters.")
    if not 1 <= per_document <= MAX_PER_DOCUMENT:
        raise InvalidQuestion(f"per_document must be between 1 and {MAX_PER_DOCUMENT}.")
    return " ".join(topic.split())


def _topic_language(matcher: TopicMatcher) -> Language:
    """A stop-word vote on two or three words is noise: trust the glossary instead.

    'hydrogen' has no stop word (detected as Dutch) but is an English glossary phrase;
    "erkenning van diploma's" looks French by its apostrophe but translates nothing.
    """
    return matcher.translated_from or "nl"


def _passages(
    retriever: HybridRetriever,
    query: RetrievalQuery,
    matcher: TopicMatcher,
    document: _Document,
    min_coverage: float,
) -> list[ScoredChunk]:
    """The document's candidates that contain the topic, best (score × coverage) first."""
    hits = retriever.retrieve(query, _CANDIDATES, Filters(file=[document.file]))
    covered = [(matcher.coverage(hit.chunk), hit) for hit in hits]
    kept = [(coverage, hit) for coverage, hit in covered if coverage >= min_coverage]
    kept.sort(key=lambda pair: -pair[0] * pair[1].score)
    return [hit for _, hit in kept]


def _entry(document: _Document, hits: list[ScoredChunk], matcher: TopicMatcher) -> TimelineEntry:
    return TimelineEntry(
        file=document.file,
        title=document.title,
        kind=document.kind,
        year=document.year,
        label=LABELS.get(document.kind, "other"),
        covered=bool(hits),
        passages=[Citation.from_scored(0, hit) for hit in hits],
        excerpts=[best_sentence(hit.chunk.text, matcher) for hit in hits],
    )


def _numbered(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """Citations numbered through the whole timeline, so [n] is unique on one page."""
    n = 0
    for entry in entries:
        for passage in entry.passages:
            n += 1
            passage.n = n
    return entries


def best_sentence(
    text: str,
    matcher: TopicMatcher,
    limit: int = _EXCERPT_CHARS,
    following: int = 0,
    question: str = "",
) -> str:
    """The passage's sentence that names the topic best, plus `following` sentences."""
    sentences = _sentences(text)
    return _quote(sentences, _best(sentences, matcher, question), following, limit)


def _sentences(text: str) -> list[str]:
    found = [" ".join(text[a:b].split()) for a, b in sentence_spans(text, join_fragments=True)]
    return [s for s in found if sum(ch.isalpha() for ch in s) >= 20] or [text]


def _best(sentences: list[str], matcher: TopicMatcher, question: str = "") -> int:
    """Prose beats headings on ties ('VERDRAG ROND SOCIALE FRAUDE' names the topic but says
    nothing), then the earliest wins; the facts usually follow the naming sentence. When
    `question` asks for a count, date or amount, a sentence that names the topic fairly
    well and holds one wins over a better-naming sentence without ('Hoe vaak kwam de
    werkgroep samen?' is answered by 'kwam vier keer bijeen', not by the topic's name).
    """
    coverage = [matcher.text_coverage(s) for s in sentences]
    ranked = sorted(
        range(len(sentences)),
        key=lambda i: (-coverage[i], not _is_prose(sentences[i]), i),
    )
    return _typed(ranked, sentences, coverage, question) if question else ranked[0]


def _quote(sentences: list[str], best: int, following: int, limit: int) -> str:
    sequel = list(takewhile(_goes_on, sentences[best + 1 : best + 1 + following]))
    chosen = " ".join(_terminated(s) for s in [sentences[best], *sequel])
    return chosen if len(chosen) <= limit else chosen[: limit - 1].rsplit(" ", 1)[0] + " …"


def _typed(ranked: list[int], sentences: list[str], coverage: list[float], question: str) -> int:
    """The best-naming sentence that holds the asked kind of fact, if one names enough."""
    answer_type: AnswerType = asked_type(question)
    if answer_type == "any":
        return ranked[0]
    floor = coverage[ranked[0]] * _TYPED_SHARE
    return next(
        (
            i
            for i in ranked
            if coverage[i] >= floor and holds_answer_type(sentences[i], answer_type, question)
        ),
        ranked[0],
    )


def _is_prose(sentence: str) -> bool:
    return len(sentence.split()) >= _PROSE_WORDS and not sentence.isupper()


def _goes_on(sentence: str) -> bool:
    """A sentence after the quoted one, not a heading: a quote skips nothing in between
    ('Dit OAP is door de landen goedgekeurd.' is short, but it is the passage's text)."""
    return _is_prose(sentence) or (
        sentence.rstrip().endswith((".", "!", "?", ";")) and not sentence.isupper()
    )


# --- plan versus outcome in the chat -------------------------------------------------------

_PLAN_CUES = (
    r"gepland\w*|planning|plannen|plande|planden|voorgenomen|beoogd\w*|voornemens?|jaarplan\w*|"
    r"planned|plans?|intended|prevu\w*|planifie\w*|envisage\w*|plan annuel"
)
_OUTCOME_CUES = (
    r"gerealiseerd\w*|verwezenlijkt\w*|bereikt|behaald|terechtgekomen|uitgevoerd|gelukt|"
    r"geslaagd|plaatsgevonden|doorgegaan|succe\w+|took place|reussi\w*|eu lieu|"
    r"resultaa?t\w*|jaarverslag\w*|achieved|reali[sz]ed|accomplished|delivered|outcomes?|"
    r"results?|annual report|came of|become of|realise\w*|accompli\w*|atteint\w*|abouti\w*"
)
_PLAN = re.compile(rf"\b(?:{_PLAN_CUES})\b")
# "Is het verdrag ondertekend, zoals het jaarplan beoogde?": did what was planned happen?
_AS_PLANNED = (
    r"zoals\b.{0,40}\b(?:beoogd\w*|gepland\w*|voorzien|jaarplan\w*)"
    r"|as (?:planned|intended)|comme prevu"
)
_OUTCOME = re.compile(rf"\b(?:{_OUTCOME_CUES})\b|{_AS_PLANNED}")
_YEAR = re.compile(r"\b(20\d\d)\b")
# "… iets gekomen van het plan om X?": X is the topic
_PLAN_TO = re.compile(
    r"\b(?:het plan|de plannen|het voornemen|the plans?|the intention|le projet|le plan|"
    r"l'intention)\s+(?:om|to|de|d')\s+(.+)"
)
# a strong participle ('is die samengekomen', 'is dat er gekomen'), a strong simple past
# that `speaks_of_outcome` does not know ('kwam', 'ging', 'hield' … it does) or 'ook
# echt', 'actually'
_DONE = re.compile(
    r"\b(?:is|zijn|heeft|hebben)\b(?:\s+\S+){0,6}?\s+\w*ge\w{2,}en\b"
    r"|\b(?:namen|zag|zagen|liep|liepen|bleef|bleven|trok|trokken)\b"
    r"|\b(?:echt|werkelijk|daadwerkelijk|actually|really|vraiment|concre\w*)\b"
)
# the verbs that tell a plan ('kondigde … aan', 'wilde', 'expected'): never the topic
_TELLING = re.compile(
    r"\b(?:kondigde\w*|aangekondigd|wilde|wou|voorzag|beoogde|volgens|zou|zouden|expected|"
    r"announced|wanted|foresaw|envisaged|according|annon\w+|prevoyait|voulait|selon)\b"
)
_SCAFFOLD = re.compile(  # question words that are not stop words: never the topic
    r"\b(?:gekomen|geworden|gebeurd\w*|daarvan|ervan|uiteindelijk|welke|rond|stond(?:en)?|"
    r"sta(?:at|an)|vermeld\w*|zegt|zeggen|zei|kwam|come|came|became|become|happened|say|says|said|"
    r"mention\w*|quoi|concerning|regarding|eventually|finalement|advenu|devenu|dit|disait|"
    r"jaar|year|annee|versus|vs|tegenover|annual|annuel|report|rapport|verslag|werkelijk|"
    r"effectief|actually|really|sinds|sedert|since|depuis|(?:ge)?evolueerd|veranderd|"
    r"gewijzigd|evolved|changed|evolue\w*|change)\b"
)
# 'Heeft die bijeenkomst ook plaatsgevonden?': the topic is the one of the turn before
_POINTS_BACK = re.compile(
    r"\b(?:die|dat|deze|dit|daarvan|ervan|daarvoor|this|that|these|those|it|ce|cette|ces|cela)\b"
)
_HEADINGS = {
    "nl": {"planned": "Gepland", "reported": "Gerealiseerd"},
    "en": {"planned": "Planned", "reported": "Achieved"},
    "fr": {"planned": "Prévu", "reported": "Réalisé"},
}
_NOTHING = {
    "nl": "Het {title} bevat geen passage over dit onderwerp.",
    "en": "The {title} has no passage on this topic.",
    "fr": "Le {title} ne contient aucun passage sur ce sujet.",
}


def is_plan_versus_outcome(question: str, history: list[str] | None = None) -> bool:
    """A plan cue and an outcome cue: 'gepland … gerealiseerd', 'planned … achieved', …

    The plan cue may sit in the previous turn ("Wat was gepland voor waterstof?" →
    "En wat is er gerealiseerd?"); the outcome cue must be in the question itself. A plan
    stated, then asked after in the past tense, is the same question
    (`stated_plan`).
    """
    asked = fold(question)
    earlier = fold(" ".join((history or [])[-1:]))
    cued = bool(_OUTCOME.search(asked)) and bool(_PLAN.search(f"{asked} {earlier}"))
    return cued or stated_plan(question) is not None


def stated_plan(question: str) -> str | None:
    """What the question says was planned, when it then asks what became of it.

    'Het jaarplan 2021 wilde X. Is dat er ook gekomen?', 'The 2024 annual plan expected X.
    When was it actually done?', 'Is er iets gekomen van het plan om X?': the plan is told,
    not asked, and the past tense asks for the outcome (eval/EXPERIMENTS.md, session 6).
    """
    text = fold(question)
    plan_to = _PLAN_TO.search(text)
    if plan_to and _asks_outcome(text[: plan_to.start()]):
        return plan_to.group(1)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    if len(sentences) < 2:
        return None
    told, asked = " ".join(sentences[:-1]), sentences[-1]
    if not _PLAN.search(told) or not _asks_outcome(asked):
        return None
    return _TELLING.sub(" ", told)


def _asks_outcome(text: str) -> bool:
    return bool(_OUTCOME.search(text) or _DONE.search(text)) or speaks_of_outcome(text)


def across_documents_answer(
    assistant: Assistant, question: str, history: list[str] | None = None
) -> AskResult | None:
    """Questions whose answer spans documents by design: plan versus outcome, 'since 2021'."""
    return plan_versus_outcome_answer(assistant, question, history) or since_answer(
        assistant, question, history
    )


def plan_versus_outcome_answer(
    assistant: Assistant, question: str, history: list[str] | None = None
) -> AskResult | None:
    """The plan's and the report's best passage of the asked year, cited.

    None when the question is not of that shape, or when neither the plan nor the report
    of that year covers the topic: the normal answer (or abstention) then applies.
    """
    if not is_plan_versus_outcome(question, history):
        return None
    started = time.perf_counter()
    topic = topic_of(question, history)
    if not topic:
        return None
    found = _covered_pair(assistant, topic, _years(question, history))
    if found is None:
        return None
    _, matcher, plan, report = found
    headings = _HEADINGS[detect_language(question)]
    pair = [(headings[entry.label], entry, matcher) for entry in (plan, report)]
    result = _answer(question, pair, assistant.retriever.lexical)
    elapsed = round((time.perf_counter() - started) * 1000, 2)
    result.timings_ms = {"retrieve": elapsed, "answer": 0.0, "total": elapsed}
    return result


# "Wat is er sinds 2021 gebeurd met …?": what the documents of that year say, then the latest.
_SINCE = re.compile(r"\b(?:sinds|sedert|since|depuis)\s+(20\d\d)\b")
_SINCE_HEADINGS = {
    "nl": ("In {year}", "Daarna"),
    "en": ("In {year}", "Since then"),
    "fr": ("En {year}", "Depuis"),
}
# reports say what happened; a plan of the year only when its report is silent
_SINCE_KINDS = {"jaarverslag": 0, "jaarplan": 1, "werkprogramma": 2}


def since_answer(
    assistant: Assistant, question: str, history: list[str] | None = None
) -> AskResult | None:
    """'Sinds 2021': the best passage of that year's documents, then of the latest later one.

    A question about what became of something since a year spans documents: the normal
    answer quotes only the best-ranked one. None when the question is not of that shape
    or either end has no passage on the topic (the normal answer applies then).
    """
    match = _SINCE.search(fold(question))
    if match is None:
        return None
    started = time.perf_counter()
    topic = topic_of(question, history)
    year = int(match.group(1))
    documents = sorted(
        (d for d in _documents(assistant.retriever.chunks) if d.year and d.kind in _SINCE_KINDS),
        key=lambda d: (_SINCE_KINDS[d.kind], -(d.year or 0)),
    )
    then = _first_covering(assistant, topic, [d for d in documents if d.year == year])
    later = _first_covering(assistant, topic, [d for d in documents if (d.year or 0) > year])
    if then is None or later is None:
        return None
    language = detect_language(question)
    first, after = _SINCE_HEADINGS[language]
    result = _answer(
        question,
        [(first.format(year=year), *then), (after, *later)],
        assistant.retriever.lexical,
        following=2,
    )
    elapsed = round((time.perf_counter() - started) * 1000, 2)
    result.timings_ms = {"retrieve": elapsed, "answer": 0.0, "total": elapsed}
    return result


def _first_covering(
    assistant: Assistant, topic: str, documents: list[_Document]
) -> tuple[TimelineEntry, TopicMatcher] | None:
    """The first of `documents` with a passage on the topic, searched one at a time."""
    if not topic:
        return None
    for document in documents:
        timeline, matcher = _timeline(assistant, topic, 3, documents=[document])
        if matcher.weight < _MIN_TOPIC_WEIGHT:
            return None
        if timeline.entries[0].covered:
            return timeline.entries[0], matcher
    return None


def topic_of(question: str, history: list[str] | None = None) -> str:
    """The question without its plan/outcome cues, years and question scaffolding.

    A bare follow-up ("En wat is er gerealiseerd?") takes its topic from the turn before.
    """
    stated = stated_plan(question)
    topic = _topic_words(stated if stated is not None else question)
    if history and (not topic or _POINTS_BACK.search(fold(question))):
        topic = f"{_topic_words(history[-1])} {topic}"
    return topic[:MAX_TOPIC_CHARS].strip()


def _topic_words(text: str) -> str:
    """Drop cues; trim stop words at both ends but keep inner ones ('gestion de crise')."""
    tokens = [t for t in re.findall(r"[\w'’-]+", text) if not _is_cue(fold(t))]
    content = [i for i, t in enumerate(tokens) if _is_content(t)]
    return " ".join(tokens[content[0] : content[-1] + 1]) if content else ""


def _is_content(token: str) -> bool:
    return any(w not in stopwords() for w in words(token))


def _is_cue(token: str) -> bool:
    return any(p.fullmatch(token) for p in (_PLAN, _OUTCOME, _YEAR, _SCAFFOLD))


def _years(question: str, history: list[str] | None) -> list[int]:
    found = [int(y) for y in _YEAR.findall(question)]
    return found or [int(y) for y in _YEAR.findall(" ".join((history or [])[-1:]))]


_Found = tuple[Timeline, TopicMatcher, TimelineEntry, TimelineEntry]


def _covered_pair(assistant: Assistant, topic: str, years: list[int]) -> _Found | None:
    """Plan of the first asked year and report of the last; no year: the latest year whose
    plan and report both cover the topic (else the latest where either does).

    Only those two documents are searched, a year at a time: with hundreds of documents a
    whole timeline per chat question would take seconds to minutes.
    """
    fallback: _Found | None = None
    for pair in _candidate_pairs(assistant.retriever.chunks, years):
        timeline, matcher = _timeline(assistant, topic, 3, documents=pair)
        if matcher.weight < _MIN_TOPIC_WEIGHT:
            return None
        plan, report = timeline.entries
        if plan.covered != report.covered:
            plan, report = _silent_side_read_again(assistant, topic, pair, plan, report)
        if plan.covered and report.covered:
            return timeline, matcher, plan, report
        if fallback is None and (plan.covered or report.covered):
            fallback = timeline, matcher, plan, report
    return fallback


def _silent_side_read_again(
    assistant: Assistant,
    topic: str,
    pair: tuple[_Document, _Document],
    plan: TimelineEntry,
    report: TimelineEntry,
) -> tuple[TimelineEntry, TimelineEntry]:
    """The uncovered one of a plan and report searched again at `PAIRED_COVERAGE`.

    'Het jaarplan wilde extra aandacht voor drugshandel via koeriersdiensten …': the plan
    writes 'handel in (synthetische) drugs via post- en koerierdiensten' and covers 0.55 of
    the topic's weight, so at the timeline's floor the answer said it had no passage.
    """
    silent = 0 if report.covered else 1
    again, _ = _timeline(assistant, topic, 3, [pair[silent]], PAIRED_COVERAGE)
    entries = [plan, report]
    entries[silent] = again.entries[0]
    return entries[0], entries[1]


def _candidate_pairs(chunks: list[Chunk], years: list[int]) -> list[tuple[_Document, _Document]]:
    """(plan, report) of the asked years, or of every year that has both, latest first."""
    documents = _documents(chunks)
    plans = {d.year: d for d in documents if d.kind == "jaarplan"}
    reports = {d.year: d for d in documents if d.kind == "jaarverslag"}
    if years:
        plan, report = plans.get(years[0]), reports.get(years[-1])
        return [(plan, report)] if plan and report else []
    common = sorted((y for y in plans if y in reports), key=lambda y: y or 0, reverse=True)
    return [(plans[y], reports[y]) for y in common]


def _answer(
    question: str,
    parts: list[tuple[str, TimelineEntry, TopicMatcher]],
    lexical: LexicalIndex,
    following: int = 1,
) -> AskResult:
    """'Gepland (Jaarplan 2024): … [1]' and 'Gerealiseerd (Jaarverslag 2024): … [2]'."""
    language = detect_language(question)
    lines: list[str] = []
    cited: list[Citation] = []
    for label, entry, matcher in parts:
        heading = f"{label} ({entry.title}):"
        if not entry.covered:
            lines.append(f"{heading} {_NOTHING[language].format(title=entry.title)}")
            continue
        passage = entry.passages[0]
        sentences = _sentences(passage.text)
        best = _best(sentences, matcher, question)
        if best + following >= len(sentences):
            passage, sentences = _read_on(lexical, passage, sentences)
        cited.append(passage.model_copy(update={"n": len(cited) + 1}))
        quote = _quote(sentences, best, following, _ANSWER_CHARS)
        lines.append(f"{heading} {quote} [{len(cited)}]")
    return AskResult(
        question=question,
        answer="\n".join(lines),
        abstained=False,
        language=language,
        citations=cited,
        retrieved=[p for _, entry, _ in parts for p in entry.passages],
        timings_ms={},
    )


def _read_on(
    lexical: LexicalIndex, passage: Citation, sentences: list[str]
) -> tuple[Citation, list[str]]:
    """A quote that ends its chunk goes on into the section's next chunk, cited as one.

    Chunks end where the token budget does: 'De werkgroep kwam vier keer bijeen.' ends one
    and 'Ze werkte aan een no-regrets-document …' opens the next.
    """
    chunk = lexical.chunk_at(passage.file, passage.char_start)
    after = lexical.next_in_section(chunk) if chunk is not None else None
    if chunk is None or after is None:
        return passage, sentences
    scored = ScoredChunk(chunk=joined_chunks([chunk, after]), score=passage.score)
    joined = Citation.from_scored(passage.n, scored)
    return joined, [*sentences, *_sentences(after.text)]


def _terminated(sentence: str) -> str:
    return sentence if sentence[-1:] in ".!?:;…" else sentence + "."


# --- terminal rendering --------------------------------------------------------------------


def render_timeline(timeline: Timeline) -> str:
    """One block per document: label, title, then each passage's section, page, excerpt."""
    lines = [f"Tijdlijn: {timeline.topic}"]
    for entry in timeline.entries:
        lines.append(f"\n{entry.year or '—'} · {entry.label} · {entry.title}")
        if not entry.covered:
            lines.append("  — geen passages over dit onderwerp")
        for passage, excerpt in zip(entry.passages, entry.excerpts, strict=True):
            page = f", {_page(passage)}" if passage.page_start is not None else ""
            lines.append(f"  [{passage.n}] {passage.section}{page}")
            lines.append(f"      {excerpt}")
    return "\n".join(lines)


def _page(citation: Citation) -> str:
    start, end = citation.page_start, citation.page_end
    return f"p. {start}" if end is None or end == start else f"p. {start}–{end}"
