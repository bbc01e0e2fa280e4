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

import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from assistant.language import Language, detect_language
from assistant.models import AskResult, Chunk, Citation, Filters, ScoredChunk
from assistant.query_expansion import RetrievalQuery, build_query
from assistant.text_analysis import fold, sentence_spans, stopwords, words
from assistant.topic_match import TopicMatcher

if TYPE_CHECKING:
    from assistant.retrieval import HybridRetriever
    from assistant.service import Assistant

LABELS = {"jaarplan": "planned", "jaarverslag": "reported", "werkprogramma": "programmed"}
_KIND_ORDER = {"jaarplan": 0, "jaarverslag": 1, "werkprogramma": 2}
MIN_COVERAGE = 0.6  # calibrated on the topics of tests/test_timeline.py
MAX_TOPIC_CHARS = 200
MAX_PER_DOCUMENT = 10
_CANDIDATES = 20  # per document: enough to find every passage naming the topic
_EXCERPT_CHARS = 240


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
    topic = _validated_topic(topic, per_document)
    retriever = assistant.retriever
    detected = detect_language(topic)
    matcher = TopicMatcher(retriever.lexical, topic, detected)
    language = _topic_language(detected, matcher)
    query = build_query(topic, [], language)
    entries: list[TimelineEntry] = []
    for document in documents(retriever.chunks):
        hits = [] if matcher.empty else _passages(retriever, query, matcher, document)
        entries.append(_entry(document, hits[:per_document], matcher))
    return Timeline(topic=topic, language=language, entries=_numbered(entries))


def documents(chunks: list[Chunk]) -> list[_Document]:
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


def _topic_language(detected: Language, matcher: TopicMatcher) -> Language:
    """A stop-word vote on two or three words is noise: trust the glossary instead.

    'hydrogen' has no stop word (detected as Dutch) but is an English glossary phrase;
    "erkenning van diploma's" looks French by its apostrophe but translates nothing.
    """
    if matcher.translated_from is not None:
        return matcher.translated_from
    return "nl" if detected != "nl" else detected


def _passages(
    retriever: HybridRetriever, query: RetrievalQuery, matcher: TopicMatcher, document: _Document
) -> list[ScoredChunk]:
    """The document's candidates that contain the topic, best (score × coverage) first."""
    hits = retriever.retrieve(query, _CANDIDATES, Filters(file=[document.file]))
    covered = [(matcher.coverage(hit.chunk), hit) for hit in hits]
    kept = [(coverage, hit) for coverage, hit in covered if coverage >= MIN_COVERAGE]
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


def best_sentence(text: str, matcher: TopicMatcher, limit: int = _EXCERPT_CHARS) -> str:
    """The passage's sentence that names the topic best (earliest on ties), shortened."""
    sentences = [text[start:end].strip() for start, end in sentence_spans(text)]
    sentences = [s for s in sentences if sum(ch.isalpha() for ch in s) >= 20] or [text.strip()]
    best = max(sentences, key=lambda s: (matcher.text_coverage(s), -sentences.index(s)))
    best = " ".join(best.split())
    return best if len(best) <= limit else best[: limit - 1].rsplit(" ", 1)[0] + " …"


# --- plan versus outcome in the chat -------------------------------------------------------

_PLAN_CUES = (
    r"gepland\w*|planning|plannen|voorgenomen|beoogd\w*|voornemens?|jaarplan\w*|"
    r"planned|plans?|intended|prevu\w*|planifie\w*|envisage\w*|plan annuel"
)
_OUTCOME_CUES = (
    r"gerealiseerd\w*|verwezenlijkt\w*|bereikt|behaald|terechtgekomen|uitgevoerd|"
    r"resultaa?t\w*|jaarverslag\w*|achieved|reali[sz]ed|accomplished|delivered|outcomes?|"
    r"results?|annual report|came of|become of|realise\w*|accompli\w*|atteint\w*|abouti\w*"
)
_PLAN = re.compile(rf"\b(?:{_PLAN_CUES})\b")
_OUTCOME = re.compile(rf"\b(?:{_OUTCOME_CUES})\b")
_YEAR = re.compile(r"\b(20\d\d)\b")
_SCAFFOLD = re.compile(
    r"\b(?:gekomen|geworden|gebeurd|daarvan|uiteindelijk|welke|rond|come|became|become|"
    r"happened|quoi|concerning|regarding|eventually|finalement|advenu|devenu|jaar|year|"
    r"annee|versus|vs|tegenover|annual|report|rapport|verslag|werkelijk|effectief)\b"
)
_HEADINGS = {
    "nl": {"planned": "Gepland", "reported": "Gerealiseerd"},
    "en": {"planned": "Planned", "reported": "Achieved"},
    "fr": {"planned": "Prévu", "reported": "Réalisé"},
}
_NOTHING = {
    "nl": "{title} bevat geen passage over dit onderwerp.",
    "en": "The {title} has no passage on this topic.",
    "fr": "Le {title} ne contient aucun passage sur ce sujet.",
}


def is_plan_versus_outcome(question: str, history: list[str] | None = None) -> bool:
    """A plan cue and an outcome cue: 'gepland … gerealiseerd', 'planned … achieved', …

    The plan cue may sit in the previous turn ("Wat was gepland voor waterstof?" →
    "En wat is er gerealiseerd?"); the outcome cue must be in the question itself.
    """
    asked = fold(question)
    earlier = fold(" ".join((history or [])[-1:]))
    return bool(_OUTCOME.search(asked)) and bool(_PLAN.search(f"{asked} {earlier}"))


def plan_versus_outcome_answer(
    assistant: Assistant, question: str, history: list[str] | None = None
) -> AskResult | None:
    """The plan's and the report's best passage of the asked year, cited; None if not such
    a question, or if neither document of that year covers the topic (normal flow then)."""
    if not is_plan_versus_outcome(question, history):
        return None
    started = time.perf_counter()
    topic = _topic_of(question, history)
    if not topic:
        return None
    timeline = build_timeline(assistant, topic)
    plan, report = _plan_and_report(timeline, _years(question, history))
    if plan is None or report is None or not (plan.covered or report.covered):
        return None
    language = detect_language(question)
    return _answer(question, language, timeline, plan, report, started)


def _topic_of(question: str, history: list[str] | None) -> str:
    """The question without its plan/outcome cues, years and scaffolding words."""
    text = question if _topic_words(question) else f"{(history or [''])[-1]} {question}"
    return _topic_words(text)[:MAX_TOPIC_CHARS].strip()


def _topic_words(text: str) -> str:
    kept = " ".join(t for t in re.findall(r"[\w'’-]+", text) if not _is_cue(fold(t)))
    return kept if any(w not in stopwords() for w in words(kept)) else ""


def _is_cue(token: str) -> bool:
    return any(p.fullmatch(token) for p in (_PLAN, _OUTCOME, _YEAR, _SCAFFOLD))


def _years(question: str, history: list[str] | None) -> list[int]:
    found = [int(y) for y in _YEAR.findall(question)]
    return found or [int(y) for y in _YEAR.findall(" ".join((history or [])[-1:]))]


def _plan_and_report(
    timeline: Timeline, years: list[int]
) -> tuple[TimelineEntry | None, TimelineEntry | None]:
    """Plan of the first asked year, report of the last; no year: the latest year that has
    a plan and a report on the topic (else the latest with either)."""
    plans = {e.year: e for e in timeline.entries if e.kind == "jaarplan"}
    reports = {e.year: e for e in timeline.entries if e.kind == "jaarverslag"}
    if years:
        return plans.get(years[0]), reports.get(years[-1])
    common = [y for y in plans if y in reports]
    both = [y for y in common if plans[y].covered and reports[y].covered]
    either = [y for y in common if plans[y].covered or reports[y].covered]
    year = max(both or either, default=None, key=lambda y: y or 0)
    return plans.get(year), reports.get(year)


def _answer(
    question: str,
    language: Language,
    timeline: Timeline,
    plan: TimelineEntry,
    report: TimelineEntry,
    started: float,
) -> AskResult:
    headings = _HEADINGS[language]
    parts: list[str] = []
    cited: list[Citation] = []
    for entry in (plan, report):
        heading = f"{headings[entry.label]} ({entry.title}):"
        if not entry.covered:
            parts.append(f"{heading} {_NOTHING[language].format(title=entry.title)}")
            continue
        cited.append(entry.passages[0].model_copy(update={"n": len(cited) + 1}))
        parts.append(f"{heading} {_terminated(entry.excerpts[0])} [{len(cited)}]")
    retrieved = [p for e in timeline.entries for p in e.passages]
    elapsed = round((time.perf_counter() - started) * 1000, 2)
    return AskResult(
        question=question,
        answer="\n".join(parts),
        abstained=False,
        language=language,
        citations=cited,
        retrieved=retrieved,
        timings_ms={"retrieve": elapsed, "answer": 0.0, "total": elapsed},
    )


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
