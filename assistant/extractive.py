"""The default answerer: the best-supported sentences of the retrieved chunks, cited.

No LLM: every sentence of the answer is a sentence of a source, followed by its [n].
The answer is the best-matching sentence with the sentences that follow it in the same
passage (facts often sit right after the sentence that names the topic), plus strongly
supported sentences from other passages. It abstains when no passage covers the
question's key terms well enough, or when the question asks for an amount, count or date
that the best passages do not contain.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import takewhile

from assistant.answer_types import (
    AnswerType,
    asked_type,
    holds_answer_type,
    holds_asked_day,
    is_day_line,
)
from assistant.document_prior import (
    document_years,
    implied_documents,
    named_documents,
    referred_documents,
    without_document_names,
)
from assistant.lexical_index import LexicalIndex
from assistant.messages import abstention, introduction
from assistant.models import Chunk, ScoredChunk, joined_chunks
from assistant.query_expansion import RetrievalQuery, synonym_phrases
from assistant.text_analysis import (
    BULLET_MARK,
    OCR_BULLET_MARK,
    Analyzer,
    fold,
    is_cut_off,
    sentence_spans,
    words,
)

_RANK_DECAY = 0.8  # eval/EXPERIMENTS.md, sessions 3 and 13
_CARRIED_WEIGHT = 0.35
_OWN_BONUS = 0.5  # a follow-up sentence holding all of the new question's own words
_TYPED_FLOOR = 0.5
_DATE_LINE_CHARS = 24
_CANDIDATE_CHUNKS = 5
_FOLLOWING = 3
_TYPED_BONUS = 1.0
_REASON_SENTENCES = 2
# an OCR reading of a bullet at the start of a sentence or after ':', ';', '.'
_OCR_BULLET = re.compile(rf"(^|[:;.]\s){OCR_BULLET_MARK}\s")
# "d) Lopende activiteiten", "2.4. Werken in de Benelux": a heading, unless it goes on as prose.
_NUMBERED_HEADING = re.compile(r"^(?:[a-z]\)|\d+(?:\.\d+)*\.?)\s+[^.!?]{0,80}$")
_OTHERS_RELATIVE = 0.75
_TOPIC_SHARE = 0.15  # of the topic's weight, for a named document's own sentence
_FIGURE = re.compile(r"^\W{0,3}\d")  # a line that opens with a figure: '29.664.912'
_RECORD_FIGURES = 2
_RECORD_LABEL_WORDS = 4
_ENTRY_LINES = 3  # upper-case lines of one timeline entry
_FIELD_VALUE_WORDS = 8  # 'Strategische Coördinatie van het Secretariaat-generaal …'
_ITEM = re.compile(rf"^{BULLET_MARK}\s")  # a list item: '- Uitvoeren van de begroting;'
_ITEM_TITLE = re.compile(rf"^{BULLET_MARK}\s*(?:\S+\s+){{0,5}}\S+$")
_MAX_CHARS = 900
_NAME_WEIGHT = 0.5  # of a document-naming word in sentence choice: EXPERIMENTS.md, session 14
_SUMMARY_CUES = (
    r"vat\w* samen|samen te vatten|samenvatt\w*|overzicht|summar\w*|overview|r[eé]sum\w*"
)
# "Vat samen …", "Waarom …", "Hoe …", "… en wat …?": the answer is a passage, not a fact.
_BROAD = re.compile(
    rf"\b(?:{_SUMMARY_CUES}|"
    r"waarom|why|pourquoi|hoe|how|comment|waar(?:voor|toe) dien\w*|a quoi ser\w+)\b|"
    r"\b(?:en|and|et) (?:wat|wie|hoe|waarom|wanneer|welke|what|who|how|why|when|which|"
    r"quoi|qui|comment|pourquoi|quand|quel\w*)\b"
)
_SUMMARY = re.compile(rf"\b(?:{_SUMMARY_CUES}|apercu)\b")
# "…, en wie zaten er aan tafel?": the second question of a two-part question.
_SECOND_QUESTION = re.compile(
    r",?\s+(?:en|and|et)\s+(?=(?:op |in |met |voor |over |by |in |on |from |sur |de |a )?"
    r"(?:wat|wie|hoe|waarom|wanneer|welke?|hoeveel|waar\w*|what|who|how|why|when|which|"
    r"where|quoi|que|qui|comment|pourquoi|quand|quel\w*|combien|ou)\b)"
    # a yes/no question after a comma: '…, en kan het instrumentarium daarbij helpen?'
    r"|,\s+(?:en|and|et)\s+(?=(?:kan|kon|is|zijn|was|waren|heeft|hebben|had|wordt|werd|"
    r"zal|zullen|moet|moeten|wil|willen|komt|kwam|gaat|ging|can|could|is|are|was|were|has|"
    r"have|had|does|do|did|will|would|est-ce|a-t-il|peut)\b)"
)
_BROAD_FOLLOWING = 4
_READ_ON_DEPTH = 10
_FOREIGN_UNSEEN = 0.5
_BROAD_CHARS = 1300
# a preposition and a demonstrative: the sentence points back to the one before it
_POINTING = re.compile(
    r"(?:tijdens|vanuit|in|op|met|na|naast|door|voor|bij|uit|ondanks|dankzij|via|tot|"
    r"during|in|at|with|after|from|for|by|through|"
    r"pendant|dans|avec|apres|par|pour|lors)\s+(?:dit|deze|die|dat|this|these|that|those|"
    r"ce|cet|cette|ces)\b"
)
# 'In het verlengde daarvan …', 'Daarbij …', 'Op basis hiervan …': a pronominal adverb in
# the first words points at the sentence before
_POINTING_ADVERB = re.compile(
    r"(?:[\w-]+,?\s+){0,3}?(?:daar|hier)(?:van|bij|op|na|mee|door|om|voor|in|uit|"
    r"tegen|aan|over|toe|onder|binnen)\b"
)
_CONNECTIVES = frozenset(
    {
        "daarom",
        "dit",
        "deze",
        "dat",
        "daardoor",
        "hierdoor",
        "zo",
        "daarmee",
        "hiermee",
        "therefore",
        "this",
        "these",
        "thus",
    }
)


@dataclass
class Draft:
    """An answer whose markers [n] refer to `cited[n - 1]`."""

    text: str
    cited: list[ScoredChunk] = field(default_factory=list)
    abstained: bool = False
    notice: str | None = None
    support: float = 0.0


# (terms that, all found in a sentence, also cover, these question terms)
_Equivalent = tuple[frozenset[str], tuple[str, ...]]


@dataclass(frozen=True)
class _Sentence:
    chunk: int
    position: int
    text: str
    coverage: float
    score: float
    answers: bool = True  # holds a fact of the asked type (any sentence, if none is asked)
    # its passage names the question's rarest word the first passage names
    on_topic: bool = field(default=True, compare=False)


class ExtractiveAnswerer:
    def __init__(self, lexical: LexicalIndex, threshold: float, max_sentences: int) -> None:
        self.lexical = lexical
        self.threshold = threshold
        self.max_sentences = max_sentences

    def answer(self, query: RetrievalQuery, question: str, chunks: list[ScoredChunk]) -> Draft:
        weights = self._weights(query, question)
        equivalents = self._equivalents(query)
        support = self.support(query, chunks, equivalents)
        follow_up = query.text.strip() != question.strip()  # earlier turns' words carried
        scope = (
            f"{query.context} {question}"
            if follow_up and not document_years(question)
            else question
        )
        passages = _of_named_document(list(chunks[:_CANDIDATE_CHUNKS]), scope)
        chosen = self._choose(weights, equivalents, question, passages, follow_up)
        if chosen and not _about_the_year(scope, chosen, passages):
            passages = _of_the_year(chunks[:_READ_ON_DEPTH], scope)
            chosen = (
                self._choose(weights, equivalents, question, passages, follow_up)
                if passages
                else []
            )
        chosen = _within_the_year(scope, chosen, passages)
        chosen = self._from_each_named(chosen, weights, equivalents, question, passages, chunks)
        if support < self.threshold or not chosen or not _has_asked_fact(question, chosen):
            return Draft(text=abstention(query.language), abstained=True, support=support)
        chosen = self._read_back(chosen, passages)
        read = (
            self._read_on(chosen, passages, chunks[:_READ_ON_DEPTH])
            if _is_broad(question)
            else chosen
        )
        if read == chosen:  # not broad, or retrieval found no more of it: read on as facts do
            read = self._read_on(chosen, passages, None, _FOLLOWING)
        return self._compose(query, read, passages, support)

    def _choose(
        self,
        weights: dict[str, float],
        equivalents: list[_Equivalent],
        question: str,
        passages: list[ScoredChunk],
        follow_up: bool = False,
    ) -> list[_Sentence]:
        """The sentences to quote from `passages`, before reading on or back."""
        answer_type = asked_type(question)
        sentences = self._sentences(
            weights, equivalents, passages, answer_type, question, follow_up
        )
        continuation = _continuations(passages)
        chosen = self._select(sentences, _is_broad(question), continuation)
        if not chosen:
            return []
        if _SUMMARY.search(fold(question)):
            chosen = self._most_informative(chosen, sentences, continuation)
        chosen = self._with_other_parts(chosen, weights, equivalents, question, passages)
        sentences = _on_topic(sentences, chosen)
        if answer_type == "date":
            sentences = sentences + self._entries_across(passages, weights, equivalents)
        return _with_asked_fact(chosen, sentences, answer_type, question)

    def _entries_across(
        self,
        passages: list[ScoredChunk],
        weights: dict[str, float],
        equivalents: list[_Equivalent],
    ) -> list[_Sentence]:
        """Timeline entries whose day line ended the previous chunk ('17 MEI' | 'BENELUX-
        VERKLARING …'): the chunk border cut the entry from its date, so it is read with it."""
        total = sum(weights.values()) or 1.0
        found = []
        for index, scored in enumerate(passages):
            texts = _sentence_texts(scored.chunk.text)
            previous = self.lexical.previous_in_section(scored.chunk)
            if not texts or not _is_entry_line(texts[0]) or previous is None:
                continue
            before = _sentence_texts(previous.text)
            if not before or not is_day_line(before[-1]):
                continue
            lines = list(takewhile(_is_event_line, texts[:_ENTRY_LINES]))
            text = f"{before[-1]}: {' '.join(lines)}"
            terms = _covered(self.lexical.analyzer, text, equivalents)
            coverage = _coverage(terms, weights, total)
            found.append(_Sentence(index, 0, text, coverage, 0.0, True))
        return found

    def _weights(self, query: RetrievalQuery, question: str) -> dict[str, float]:
        """Terms carried over from earlier turns name the topic; the new question's own
        terms say what is asked about it, so they choose the sentence. The words that name
        a document ('het werkprogramma 2025-2028') weigh half: the document's introduction
        names itself and would otherwise win the sentence choice (eval/EXPERIMENTS.md,
        session 14)."""
        weights = self.lexical.term_weights(query.full)
        own = set(self.lexical.analyzer.terms(f"{question} {query.expansion}"))
        topic = set(self.lexical.analyzer.terms(without_document_names(query.full)))
        return {
            t: w * (1.0 if t in own else _CARRIED_WEIGHT) * (1.0 if t in topic else _NAME_WEIGHT)
            for t, w in weights.items()
        }

    def _most_informative(
        self, chosen: list[_Sentence], sentences: list[_Sentence], continuation: dict[int, int]
    ) -> list[_Sentence]:
        """A summary: from the quoted passages, the sentences that add the most new facts.

        'Vat samen …' is answered by a section's several facts (a date, a name, a group),
        not by the best sentence and the ones that happen to follow it. Starting from the
        best sentence, each next one adds the most idf-weighted words not yet quoted,
        weighed by how much of the question it covers (eval/EXPERIMENTS.md, session 6).
        """
        best = max(chosen, key=lambda s: s.score)
        chunks = {s.chunk for s in chosen}
        chunks |= {after for before, after in continuation.items() if before in chunks}
        chunks |= {before for before, after in continuation.items() if after in chunks}
        pool = [s for s in sentences if s.chunk in chunks and _is_prose(s.text) and s is not best]
        weights = {id(s): self.lexical.term_weights(s.text) for s in pool}
        picked, covered = [best], set(self.lexical.analyzer.terms(best.text))
        while len(picked) < self._broad_limit and pool:
            gains = [_new_weight(weights[id(s)], covered) * (1 + s.coverage) for s in pool]
            top = max(range(len(pool)), key=gains.__getitem__)
            if gains[top] <= 0:
                break
            picked.append(pool.pop(top))
            covered |= weights[id(picked[-1])].keys()
        ordered = sorted(picked, key=lambda s: (s.chunk, s.position))
        return _within_length(ordered, _BROAD_CHARS)

    def _with_other_parts(
        self,
        chosen: list[_Sentence],
        full: dict[str, float],
        equivalents: list[_Equivalent],
        question: str,
        passages: list[ScoredChunk],
    ) -> list[_Sentence]:
        """A two-part question gets the best sentence for each part, not two for the first.

        Each part is scored on its own words, with the rest of the question as context at
        a lower weight ('…, en wie zaten er aan tafel?' names no topic itself). A part the
        chosen sentences already answer nearly as well adds nothing: 'Hoe vaak kwam het
        Gasplatform bijeen …' is answered by its passage, not by another group that 'kwam
        tweemaal bijeen'. From another passage, a part's sentence must name the part's
        rarest word.
        """
        parts = question_parts(question)
        if len(parts) < 2:
            return chosen
        kept = list(chosen)
        for part in parts:
            own = set(self.lexical.analyzer.terms(part))
            if not own:
                continue
            weights = {t: w if t in own else w * _CARRIED_WEIGHT for t, w in full.items()}
            found = self._sentences(weights, equivalents, passages, asked_type(part), part)
            best = max(found, key=lambda s: s.score, default=None)
            if best is None or best.score <= 0 or best.text in {k.text for k in kept}:
                continue
            if _answered(found, kept) >= best.score * _OTHERS_RELATIVE and any(
                self._names(k, own, weights, equivalents) for k in kept
            ):
                continue
            if best.chunk in {k.chunk for k in kept} or self._names(
                best, own, weights, equivalents
            ):
                kept.append(best)
        limit = self._broad_limit
        extra = len(kept) - len(chosen)
        return kept if len(kept) <= limit else [*chosen[: limit - extra], *kept[len(chosen) :]]

    def _from_each_named(
        self,
        chosen: list[_Sentence],
        weights: dict[str, float],
        equivalents: list[_Equivalent],
        question: str,
        passages: list[ScoredChunk],
        retrieved: list[ScoredChunk],
    ) -> list[_Sentence]:
        """'Hoe omschrijven het werkprogramma en het jaarverslag 2024 …?' names two documents:
        each gets its best sentence, not only the one that matched the words best, if that
        sentence is about the question's topic (not only about 'het werkprogramma').
        """
        documents = referred_documents(question_parts(question))
        if len(documents) < 2 or not chosen:
            return chosen
        quoted = {
            (passages[s.chunk].chunk.kind, passages[s.chunk].chunk.year)
            for s in chosen
            if s.chunk < len(passages)
        }
        added: list[_Sentence] = []
        topic = set(self.lexical.analyzer.terms(without_document_names(question)))
        for kind, year in sorted(documents, key=str):
            if any(k == kind and year in (None, y) for k, y in quoted):
                continue
            found = [
                p
                for p in retrieved[:_READ_ON_DEPTH]
                if p.chunk.kind == kind and year in (None, p.chunk.year) and p.score >= 0
            ]
            if not found:
                continue
            start = len(passages)
            passages.extend(found)
            sentences = self._sentences(weights, equivalents, passages, "any", question)
            best = max(
                (x for x in sentences if x.chunk >= start), key=lambda x: x.score, default=None
            )
            if (
                best is None
                or best.score <= 0
                or not self._on_topic(best, topic, weights, equivalents)
            ):
                del passages[start:]
                continue
            added += [*_preceding(sentences, best), best, *_following(sentences, best, 1)]
        return _trimmed([*chosen, *added], self._broad_limit)

    def _on_topic(
        self,
        sentence: _Sentence,
        topic: set[str],
        weights: dict[str, float],
        equivalents: list[_Equivalent],
    ) -> bool:
        """Does the sentence hold a fair share of the topic's weight (the question's terms
        without the names of documents)?"""
        total = sum(w for t, w in weights.items() if t in topic)
        terms = _covered(self.lexical.analyzer, sentence.text, equivalents)
        found = sum(w for t, w in weights.items() if t in topic and t in terms)
        return total > 0 and found >= _TOPIC_SHARE * total

    def _names(
        self,
        sentence: _Sentence,
        own: set[str],
        weights: dict[str, float],
        equivalents: list[_Equivalent],
    ) -> bool:
        """Does a sentence of another passage name the part's rarest word, its topic?"""
        topic = max((t for t in own if t in weights), key=lambda t: weights[t], default=None)
        return topic is None or topic in _covered(self.lexical.analyzer, sentence.text, equivalents)

    def _read_on(
        self,
        chosen: list[_Sentence],
        passages: list[ScoredChunk],
        retrieved: list[ScoredChunk] | None,
        wanted: int = _BROAD_FOLLOWING,
    ) -> list[_Sentence]:
        """An answer whose passage ends early reads on into the section's next chunk.

        Chunks end where the token budget does: 'Waarom …?' answered by the last
        sentences of a chunk finds its reason in the first sentences of the next. A broad
        answer reads on only into a next chunk that retrieval also found for the question
        (`retrieved`): otherwise it goes on about something else (eval/EXPERIMENTS.md,
        session 4). A fact answer (`retrieved` None) reads on when it quotes its chunk to
        the end, so that it gets the sentences after its best one as it would mid-chunk:
        'En welk ander thema …?' is the sentence the boundary cut off (session 9), and so
        does a broad answer whose next chunk retrieval did not find (session 14). A list
        the best sentence announces is read on to its last item ('… voortzetten en
        intensiveren:' | '… SENN-POST.' | '¢ … POL-CYBER …', session 11).
        """
        best = max(chosen, key=lambda s: s.score)
        if best.chunk >= len(passages) or passages[best.chunk].score < 0:
            return chosen
        after = [s for s in chosen if s.chunk == best.chunk and s.position > best.position]
        listing = _ends_in_colon(best.text)
        if listing:
            wanted = max(wanted, self._broad_limit - 1)
        missing = min(wanted - len(after), self._room(chosen))
        left = _count_after(passages[best.chunk].chunk.text, best)
        if missing <= 0 or len(after) < left:
            return chosen
        following = self.lexical.next_in_section(passages[best.chunk].chunk)
        if following is None:
            return chosen
        if retrieved is not None and following.id not in {s.chunk.id for s in retrieved}:
            return chosen
        seen = " ".join(passages[best.chunk].chunk.text.split())
        quoted = {s.text for s in chosen}
        index = next((i for i, p in enumerate(passages) if p.chunk.id == following.id), None)
        texts = _sentence_texts(following.text)
        if listing:  # the list's items, up to the heading after them
            texts = list(takewhile(_is_prose, texts))
        elif not _announces_list(best, after):
            texts = _same_item(texts, max(after or [best], key=lambda s: s.position).text)
        more = [
            _Sentence(len(passages) if index is None else index, position, text, 0.0, 0.0)
            for position, text in enumerate(texts)
            if _is_prose(text) and text not in seen and text not in quoted
        ][:missing]
        if not more:
            return chosen
        if index is None:
            passages.append(ScoredChunk(chunk=following, score=-1.0))
        return _within_length([*chosen, *more], _BROAD_CHARS)

    def _list_after(
        self,
        sentences: list[_Sentence],
        best: _Sentence,
        sequel: list[_Sentence],
        continuation: dict[int, int],
    ) -> list[_Sentence]:
        """The sentences after `best` when it, or the last of `sequel`, announces a list.

        '… De focus wordt gericht op de volgende punten:' a few sentences after the best
        one: its items are the answer, so the sentences in between give way to them
        (eval/EXPERIMENTS.md, session 9). An announcement with no items after it in the
        passage keeps the sentences it may point back to.
        """
        room = self._broad_limit - 1
        if _ends_in_colon(best.text) or not sequel:
            return _following(sentences, best, room, continuation)
        announcer = sequel[-1]
        items = _following(sentences, announcer, room - 1, continuation)
        if not items:
            return _following(sentences, best, room, continuation)
        return [announcer, *items]

    def _room(self, chosen: list[_Sentence]) -> int:
        return self._broad_limit - len(chosen)

    @property
    def _broad_limit(self) -> int:
        """Sentences a broad answer may have: the best one and all it reads on to."""
        return max(self.max_sentences, 1 + _BROAD_FOLLOWING)

    def _equivalents(self, query: RetrievalQuery) -> list[_Equivalent]:
        """(terms that, all found in a sentence, also cover, these question terms).

        A compound found whole covers its split parts ('werkgroepen' ~ werk + groep); a
        thesaurus wording covers the question's words ('EU-lidstaten' ~ 'EU-landen').
        """
        analyzer = self.lexical.analyzer
        found = [
            (frozenset([whole]), parts)
            for whole, parts in analyzer.compound_parts(query.full).items()
        ]
        for phrase, related in synonym_phrases(query.full):
            covered = tuple(analyzer.terms(phrase))
            for wording in related:
                terms = frozenset(analyzer.heads(wording))
                if terms and covered:
                    found.append((terms, covered))
        return found

    def _read_back(self, chosen: list[_Sentence], passages: list[ScoredChunk]) -> list[_Sentence]:
        """'Daarom …', 'Dit strategisch kader …' opening a chunk lean on the chunk before it.

        Chunks end where the token budget does, not where an argument does; the reason
        for a 'why' question, or what 'dit' points to, often sits just across that boundary.
        """
        kept = list(chosen)
        for sentence in chosen:
            if sentence.position > 0 or not _leans_on_previous(sentence.text):
                continue
            if sentence.chunk >= len(passages):
                continue
            quoted = {k.text for k in kept}
            reasons = self._before(passages, passages[sentence.chunk].chunk, quoted)
            at = kept.index(sentence)
            kept[at:at] = reasons
        return _trimmed(kept, self._broad_limit)

    def _before(
        self, passages: list[ScoredChunk], chunk: Chunk, quoted: set[str]
    ) -> list[_Sentence]:
        """The last sentences of the section's previous chunk, back to one that stands alone;
        none if the answer quotes them already."""
        previous = self.lexical.previous_in_section(chunk)
        if previous is None:
            return []
        texts = _sentence_texts(previous.text)
        reasons: list[_Sentence] = []
        index = len(passages)
        for position in range(len(texts) - 1, max(len(texts) - 1 - _REASON_SENTENCES, -1), -1):
            if not _is_prose(texts[position]) or texts[position] in quoted:
                break
            reasons.insert(0, _Sentence(index, position, texts[position], 0.0, 0.0))
            if not _leans_on_previous(texts[position]):
                break
        if reasons:
            passages.append(ScoredChunk(chunk=previous, score=-1.0))
        return reasons

    def support(
        self, query: RetrievalQuery, chunks: list[ScoredChunk], equivalents: list[_Equivalent]
    ) -> float:
        """Share of the question's term weight found in the best of the top passages.

        In an English or French question, a word the corpus never uses is as likely a
        verb the glossary does not list ('become', 'foresee') as a missing topic: it
        counts half (out-of-scope questions are caught by Assistant._out_of_scope).
        """
        weights = self.lexical.term_weights(f"{query.text} {query.expansion}")
        if query.language != "nl":
            unseen = self.lexical.unseen_weight
            weights = {t: w * _FOREIGN_UNSEEN if w >= unseen else w for t, w in weights.items()}
        total = sum(weights.values())
        if not total:
            return 0.0
        best = 0.0
        for scored in chunks[:3]:
            terms = _covered(self.lexical.analyzer, scored.chunk.index_text, equivalents)
            best = max(best, _coverage(terms, weights, total))
        return best

    def _sentences(
        self,
        weights: dict[str, float],
        equivalents: list[_Equivalent],
        chunks: list[ScoredChunk],
        answer_type: AnswerType,
        question: str,
        follow_up: bool = False,
    ) -> list[_Sentence]:
        """Every sentence of the passages, scored by its coverage of the question's terms.

        A sentence that holds the kind of fact asked for (an amount, a count, a date) is
        preferred: 'Wanneer ...?' is answered by the sentence with the date in it. In a
        follow-up, a sentence with all of the new question's own words is preferred: 'En
        wat is na die opleiding de bedoeling?' is answered by 'Na deze opleiding is het de
        bedoeling …', not by the earlier turn's best passage.
        """
        total = sum(weights.values()) or 1.0
        found: list[_Sentence] = []
        ranks = _passage_ranks(chunks)
        own = set(self.lexical.analyzer.terms(question)) & weights.keys()
        on_topic = self._on_topic_passages(chunks, own, weights, equivalents)
        for index, scored in enumerate(chunks):
            rank = ranks[index]
            headings = _headings(scored.chunk)
            for position, sentence in enumerate(_sentence_texts(scored.chunk.text)):
                terms = _covered(self.lexical.analyzer, sentence, equivalents)
                coverage = _coverage(terms, weights, total)
                prose = _is_prose(sentence) and _words(sentence) not in headings
                score = coverage / (1 + _RANK_DECAY * rank) if prose else 0.0
                if follow_up and own and own <= terms:
                    score *= 1 + _OWN_BONUS
                answers = answer_type == "any" or holds_answer_type(sentence, answer_type, question)
                if (
                    answer_type != "any"
                    and answers
                    and index in on_topic
                    and holds_asked_day(sentence, question)
                ):
                    score *= 1 + _TYPED_BONUS
                found.append(
                    _Sentence(
                        index, position, sentence, coverage, score, answers, index in on_topic
                    )
                )
        return found

    def _on_topic_passages(
        self,
        chunks: list[ScoredChunk],
        own: set[str],
        weights: dict[str, float],
        equivalents: list[_Equivalent],
    ) -> set[int]:
        """The passages that name the question's rarest word the first passage names.

        'Hoe vaak kwam het Gasplatform bijeen …?': another group's 'kwamen tweemaal bijeen'
        holds a count, but its passage never names the Gas platform; a count there is no
        answer worth preferring (eval/EXPERIMENTS.md, session 10).
        """
        terms = [_covered(self.lexical.analyzer, c.chunk.text, equivalents) for c in chunks]
        named = [t for t in own if terms and t in terms[0]]
        if not named:
            return set(range(len(chunks)))
        rarest = max(sorted(named), key=lambda t: weights[t])  # sorted: ties the same each run
        return {i for i, found in enumerate(terms) if rarest in found}

    def _select(
        self,
        sentences: list[_Sentence],
        broad: bool = False,
        continuation: dict[int, int] | None = None,
    ) -> list[_Sentence]:
        """Best sentence, the sentences after it, then strong sentences elsewhere.

        A broad question (summary, why, how, two questions in one) reads on further in
        the best passage: its answer is the passage's next few sentences, not one fact.
        """
        if not sentences or max(s.score for s in sentences) <= 0:
            return []
        best = max(sentences, key=lambda s: s.score)
        following = _BROAD_FOLLOWING if broad else _FOLLOWING
        limit = self._broad_limit if broad else self.max_sentences
        sequel = _following(sentences, best, following, continuation)
        before = _preceding(sentences, best)
        if _is_item(best.text):
            limit = self._broad_limit
            before = _items_before(sentences, best)[-(limit // 2) :]
            sequel = _following(sentences, best, limit - 1 - len(before), continuation)
        elif _announces_list(best, sequel):
            limit = self._broad_limit
            sequel = self._list_after(sentences, best, sequel, continuation)
        chosen = [*before, best, *sequel][:limit]
        for sentence in sorted(sentences, key=lambda s: -s.score):
            if len(chosen) >= limit or sentence.score < best.score * _OTHERS_RELATIVE:
                break
            if not sentence.answers:
                continue
            if sentence in chosen or sentence.text in {c.text for c in chosen}:
                continue
            # 'Dit kan bijdragen aan …' is quoted with the sentence 'Dit' points back to
            group = [*(p for p in _preceding(sentences, sentence) if p not in chosen), sentence]
            if len(chosen) + len(group) <= limit:
                chosen.extend(group)
        return _within_length(chosen, _BROAD_CHARS if broad else _MAX_CHARS)

    def _compose(
        self,
        query: RetrievalQuery,
        chosen: list[_Sentence],
        chunks: list[ScoredChunk],
        support: float,
    ) -> Draft:
        ordered = sorted(chosen, key=lambda s: (self._reading_order(chunks, s), s.position))
        groups = _passages(list(dict.fromkeys(s.chunk for s in ordered)), chunks)
        number = {i: n for n, group in enumerate(groups, start=1) for i in group}
        parts = [f"{_terminated(_readable(s.text))} [{number[s.chunk]}]" for s in ordered]
        title = chunks[ordered[0].chunk].chunk.title
        text = f"{introduction(query.language, title)} " + " ".join(parts)
        cited = [_joined([chunks[i] for i in group]) for group in groups]
        return Draft(text=text, cited=cited, support=support)

    @staticmethod
    def _reading_order(chunks: list[ScoredChunk], sentence: _Sentence) -> tuple[str, int]:
        chunk = chunks[sentence.chunk].chunk
        return chunk.file, chunk.ordinal


def _of_the_year(passages: list[ScoredChunk], question: str) -> list[ScoredChunk]:
    """The passages that are of, or mention, a year the question names; best first."""
    years = document_years(question)
    return [p for p in passages if years & _years_of(p.chunk)][:_CANDIDATE_CHUNKS]


def _years_of(chunk: Chunk) -> set[int]:
    """A document covers its own year and the years of its title ('Werkprogramma 2025-2028')."""
    return {chunk.year} | document_years(chunk.title) | document_years(chunk.text)


def _about_the_year(question: str, chosen: list[_Sentence], passages: list[ScoredChunk]) -> bool:
    """'… en 2026 ?' is not answered from passages that neither are of 2026 nor mention it.

    The best sentence must be of the year: the sentences quoted with it read on from it,
    so when it is dropped, the year's own passages are read afresh (eval/EXPERIMENTS.md,
    session 7).
    """
    best = max(chosen, key=lambda s: s.score)
    return not document_years(question) or bool(_from_the_year(question, [best], passages))


def _within_the_year(
    question: str, chosen: list[_Sentence], passages: list[ScoredChunk]
) -> list[_Sentence]:
    """A question about 2024 quotes no sentence from a passage that neither is of 2024 nor
    mentions it, even beside sentences that are (the answer is introduced by the first)."""
    return _from_the_year(question, chosen, passages) or chosen


def _from_the_year(
    question: str, chosen: list[_Sentence], passages: list[ScoredChunk]
) -> list[_Sentence]:
    """The chosen sentences whose passage is of, or mentions, a year the question names."""
    years = document_years(question)
    return [s for s in chosen if years & _years_of(passages[s.chunk].chunk)]


def _of_named_document(passages: list[ScoredChunk], question: str) -> list[ScoredChunk]:
    """'According to the 2024 annual plan …': quote that document when it is among them.

    Retrieval puts the named document first, but a sentence of another document may still
    match the words better; the user asked what this document says. A year and a tense
    name a document too ("Wat werd er in 2021 …?" asks the 2021 report): retrieval's lean
    to it is small, the answer's is not (eval/EXPERIMENTS.md, session 9).
    """
    named = named_documents(question) or implied_documents(question)
    if not named:
        return passages
    kept = [p for p in passages if (p.chunk.kind, p.chunk.year) in named]
    return kept or passages


def _on_topic(sentences: list[_Sentence], chosen: list[_Sentence]) -> list[_Sentence]:
    """The sentences a missing date or count may be taken from: the chosen passages' and
    those of passages on the question's topic (`_Sentence.on_topic`).

    'Hoe vaak kwam de werkgroep LEV's bijeen?' is a near miss: the report says what the
    LEV group worked on, and 'De werkgroep elektrische luchtvaart kwam vier keer bijeen'
    is another group's count (eval/EXPERIMENTS.md, session 11).
    """
    quoted = {s.chunk for s in chosen}
    return [s for s in sentences if s.on_topic or s.chunk in quoted]


def _coverage(terms: set[str], weights: dict[str, float], total: float) -> float:
    """The share of the question's weight (out of `total`) that `terms` cover."""
    return sum(w for term, w in weights.items() if term in terms) / total


def _new_weight(weights: dict[str, float], covered: set[str]) -> float:
    return sum(w for term, w in weights.items() if term not in covered)


def _answered(found: list[_Sentence], chosen: list[_Sentence]) -> float:
    """How well the chosen sentences answer a part: the best score one of them has for it."""
    places = {(s.chunk, s.position) for s in chosen}
    return max(
        (s.score for s in found if (s.chunk, s.position) in places and s.answers), default=0.0
    )


def _passages(cited: list[int], chunks: list[ScoredChunk]) -> list[list[int]]:
    """Quoted chunks that follow each other in one section are one passage, one citation.

    Chunk ends are where the token budget ran out, not where the text changes subject:
    an answer that reads on across one quotes a single passage of the document.
    """
    groups: list[list[int]] = []
    for i in cited:
        if groups and _follows(chunks[groups[-1][-1]].chunk, chunks[i].chunk):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _continuations(chunks: list[ScoredChunk]) -> dict[int, int]:
    """Chunk index → index of the chunk that continues it in its section, if retrieved."""
    return {
        i: j
        for i, before in enumerate(chunks)
        for j, after in enumerate(chunks)
        if _follows(before.chunk, after.chunk)
    }


def _headings(chunk: Chunk) -> set[str]:
    """The chunk's section headings, as words: 'Versterking van de interne markt' printed
    as a line of the passage is its title, not a sentence that answers."""
    return {_words(heading) for heading in chunk.headings}


def _words(text: str) -> str:
    return " ".join(words(text))


def _passage_ranks(chunks: list[ScoredChunk]) -> list[int]:
    """Each chunk's rank, or that of the better-ranked chunk it continues (one step).

    A passage cut in two by the token budget is one source: its second half is not a
    weaker witness than its first (eval/EXPERIMENTS.md, session 5).
    """
    ranks = list(range(len(chunks)))
    for before, after in _continuations(chunks).items():
        ranks[after] = min(ranks[after], before)
    return ranks


def _follows(before: Chunk, after: Chunk) -> bool:
    return (
        before.file == after.file
        and before.section == after.section
        and after.ordinal == before.ordinal + 1
    )


def _joined(parts: list[ScoredChunk]) -> ScoredChunk:
    """One citation for consecutive chunks: their text, and the span from first to last."""
    if len(parts) == 1:
        return parts[0]
    chunk = joined_chunks([p.chunk for p in parts])
    return ScoredChunk(chunk=chunk, score=max(p.score for p in parts))


def _count_after(text: str, best: _Sentence) -> int:
    """Sentences after `best` in its chunk (prose or not): is the chunk used up?"""
    return max(len(_sentence_texts(text)) - 1 - best.position, 0)


def _sentence_texts(text: str) -> list[str]:
    """A passage's sentences as quoted: whole across line breaks, whitespace collapsed."""
    texts = [" ".join(text[a:b].split()) for a, b in sentence_spans(text, join_fragments=True)]
    return _records(texts)


def _records(texts: list[str]) -> list[str]:
    """A key-figures table ('BEVOLKING' / '29.664.912' / '6,6% van de EU-bevolking') is
    read as records: a label line with the figure lines under it, one sentence. So is a
    colophon's field ('Verantwoordelijke uitgever:' / 'De heer Frans Weekers'), and a
    timeline entry: its day line and the upper-case lines of the event under it ('22 JULI'
    / 'BELGISCH-NEDERLANDSE POLITIESAMENWERKING' / 'IN KNOKKE')."""
    found: list[str] = []
    i = 0
    while i < len(texts):
        j = i + 1
        if is_day_line(texts[i]):
            while j < len(texts) and j - i <= _ENTRY_LINES and _is_entry_line(texts[j]):
                j += 1
            found.append(f"{texts[i]}: {' '.join(texts[i + 1 : j])}" if j > i + 1 else texts[i])
            i = j
            continue
        if _is_label(texts[i]):
            while j < len(texts) and j - i <= _RECORD_FIGURES and _is_figure(texts[j]):
                j += 1
        elif _is_field_name(texts[i]) and j < len(texts) and _is_field_value(texts[j]):
            j += 1  # a colophon's 'Datum:' / 'Januari 2025'
        found.append(" ".join(texts[i:j]))
        i = j
    return found


def _is_field_name(text: str) -> bool:
    """'Datum:', 'Verantwoordelijke uitgever:'; 'Deel 2:' is a heading, not a field."""
    return (
        text.endswith(":")
        and len(text.split()) <= _RECORD_LABEL_WORDS
        and not any(ch.isdigit() for ch in text)
    )


def _is_field_value(text: str) -> bool:
    """A short line without a full stop: a name, a date, an office; not a sentence."""
    return len(text.split()) <= _FIELD_VALUE_WORDS and text[-1:] not in ".:;!?"


def _is_event_line(text: str) -> bool:
    """An upper-case line of an entry whose day is above it, not the next dated entry."""
    return _is_entry_line(text) and not _is_timeline_entry(text)


def _is_entry_line(text: str) -> bool:
    return text.isupper() and not is_day_line(text)


def _is_label(text: str) -> bool:
    return text.isupper() and len(text.split()) <= _RECORD_LABEL_WORDS and not _FIGURE.match(text)


def _is_figure(text: str) -> bool:
    """'29.664.912' is a table's figure; '5 SEPTEMBER' is the date of a timeline's next entry."""
    return bool(_FIGURE.match(text)) and not is_day_line(text)


def _covered(analyzer: Analyzer, text: str, equivalents: list[_Equivalent]) -> set[str]:
    """The text's terms, plus the question terms that an equivalent written in it covers.

    An equivalent must stand in the text as words of their own: the part 'werking' of
    'samenwerking' is no 'in werking' (eval/EXPERIMENTS.md, session 5).
    """
    terms, heads = analyzer.terms_and_heads(text)
    found = set(terms)
    for needed, covered in equivalents:
        if needed <= heads:
            found.update(covered)
    return found


def question_parts(question: str) -> list[str]:
    """'Wat kondigde het jaarplan aan, en wat is er gebeurd?' → its two questions."""
    return [part for part in _SECOND_QUESTION.split(fold(question)) if part.strip()]


def _with_asked_fact(
    chosen: list[_Sentence], sentences: list[_Sentence], answer_type: AnswerType, question: str
) -> list[_Sentence]:
    """'Wanneer …?' answered without a date: the best line that has one leads the answer.

    Dates of events often stand only in a heading or a timeline line ('12 MAART
    INTERNATIONAAL SYMPOSIUM …'); those are not prose, so the answer missed them.
    """
    if answer_type in ("any", "place"):  # another meeting's city is no answer
        return chosen
    if _has_asked_fact(question, chosen, every=True):
        return _with_timeline_entry(chosen, sentences, answer_type, question)
    floor = chosen[0].coverage * _TYPED_FLOOR
    candidates = [
        s
        for s in _with_dated_lines(sentences)
        if s.coverage >= floor
        and not is_cut_off(s.text)
        and holds_answer_type(s.text, answer_type, question)
        and holds_asked_day(s.text, question, deadline=False)
    ]
    if not candidates:
        return chosen
    best = max(candidates, key=_decayed_coverage)
    return chosen if best in chosen else _led_by(best, chosen, question)


def _with_timeline_entry(
    chosen: list[_Sentence], sentences: list[_Sentence], answer_type: AnswerType, question: str
) -> list[_Sentence]:
    """'Wanneer stond X in de kijker?' is answered by the timeline's 'DAG: X' entry when
    it covers more of the question than the prose that happens to hold some date."""
    if answer_type != "date":
        return chosen
    best = max(s.coverage for s in chosen)
    entries = [
        s
        for s in sentences
        if _is_timeline_entry(s.text)
        and s.coverage > best
        and holds_asked_day(s.text, question, deadline=False)
    ]
    if not entries:
        return chosen
    entry = max(entries, key=_decayed_coverage)
    return chosen if entry in chosen else _led_by(entry, chosen, question)


def _decayed_coverage(sentence: _Sentence) -> float:
    """Coverage with the rank decay of its passage: the earlier passage wins a near tie."""
    return sentence.coverage / (1 + _RANK_DECAY * sentence.chunk)


def _led_by(entry: _Sentence, chosen: list[_Sentence], question: str) -> list[_Sentence]:
    """A timeline entry that holds every asked fact ('5 SEPTEMBER: BENELUX-DAG: 80 JAAR
    …' for 'Hoeveel jaar …, en op welke datum?') is the answer: prose of another passage
    after it is about the same event at best. Not when a part asks something else too
    ('…, en wie zaten er aan tafel?')."""
    asks_facts_only = all(asked_type(part) != "any" for part in question_parts(question))
    if not (
        asks_facts_only
        and _is_timeline_entry(entry.text)
        and _has_asked_fact(question, [entry], every=True)
    ):
        return [entry, *chosen]
    return [entry, *(s for s in chosen if s.chunk == entry.chunk)]


def _is_timeline_entry(text: str) -> bool:
    day, _, event = text.partition(": ")
    return bool(event) and is_day_line(day) and event.isupper()


def _with_dated_lines(sentences: list[_Sentence]) -> list[_Sentence]:
    """A timeline gives the date on its own line ('12 MAART') above the event's line."""
    by_place = {(s.chunk, s.position): s for s in sentences}
    joined = []
    for s in sentences:
        before = by_place.get((s.chunk, s.position - 1))
        if before is not None and len(before.text) <= _DATE_LINE_CHARS:
            text = f"{before.text.rstrip('.')}: {s.text}"
            joined.append(_Sentence(s.chunk, s.position, text, s.coverage, s.score, True))
        else:
            joined.append(s)
    return joined


def _is_broad(question: str) -> bool:
    return bool(_BROAD.search(fold(question)))


def _following(
    sentences: list[_Sentence],
    best: _Sentence,
    count: int,
    continuation: dict[int, int] | None = None,
) -> list[_Sentence]:
    """Sentences after the best one in its passage: facts often follow the topic sentence.

    They stop at the passage's end, unless retrieval also found the chunk that continues
    it (`continuation`: chunk index → index of the next chunk of its section): a chunk
    that retrieval did not find seldom holds the asked fact (eval/EXPERIMENTS.md).
    They stop at the title of a list's next item too, unless the sentence before
    announces that list ('… de volgende prioriteiten:').
    """
    later = sorted(
        (s for s in sentences if s.chunk == best.chunk and s.position > best.position),
        key=lambda s: s.position,
    )
    if continuation is not None and best.chunk in continuation:
        after = continuation[best.chunk]
        later += sorted((s for s in sentences if s.chunk == after), key=lambda s: s.position)
    found: list[_Sentence] = []
    for sentence in later:
        announced = _announces_list(best, found) or _is_item(best.text)
        if len(found) == count or _is_item_title(sentence.text) and not announced:
            break
        if _is_prose(sentence.text):
            found.append(sentence)
    return found


def _same_item(texts: list[str], last: str) -> list[str]:
    """The next chunk's sentences up to where the next item of a list begins, as
    `_following` stops mid-chunk; after prose, any bullet does: '- Verbeteren van de
    samenwerking inzake …' after the report's prose on screening is the next project."""
    if _ITEM.match(last):
        return list(takewhile(lambda text: not _is_item_title(text), texts))
    return list(takewhile(lambda text: not _ITEM.match(text), texts))


def _is_item(sentence: str) -> bool:
    """An item of an enumeration ('- Uitvoeren van de begroting;'), not a bulleted paragraph
    on a topic of its own ('• Faciliteren van een proefproject … .')."""
    return bool(_ITEM.match(sentence)) and (
        sentence.rstrip().endswith((";", ",")) or _is_item_title(sentence)
    )


def _items_before(sentences: list[_Sentence], best: _Sentence) -> list[_Sentence]:
    """The items of best's list before it: '- Voorbereiden van het jaarplan …;' answers
    'Welke taken …?' as much as the item that matched best."""
    earlier = sorted(
        (s for s in sentences if s.chunk == best.chunk and s.position < best.position),
        key=lambda s: -s.position,
    )
    items = list(takewhile(lambda s: _is_item(s.text), earlier))
    return items[::-1]


def _announces_list(best: _Sentence, after: list[_Sentence]) -> bool:
    """'Het betreft afspraken over:' — the items that follow are the answer. The best
    sentence announces them itself, or the last of the sentences read after it does."""
    return any(_ends_in_colon(s.text) for s in (best, *after[-1:]))


def _ends_in_colon(sentence: str) -> bool:
    return sentence.rstrip().endswith(":")


def _is_item_title(sentence: str) -> bool:
    """'- Informatievoorziening voor grenswerkers.': the next item of a list starts."""
    return bool(_ITEM_TITLE.match(sentence))


def _leans_on_previous(sentence: str) -> bool:
    """'Daarom …', 'Dit …', and 'Tijdens dit evenement …', 'Vanuit deze optiek …'."""
    first = sentence.split(None, 2)
    if not first:
        return False
    if first[0].lower().strip(",") in _CONNECTIVES:
        return True
    if _POINTING_ADVERB.match(sentence.lower()):
        return True
    return len(first) > 1 and bool(_POINTING.match(" ".join(first[:2]).lower()))


def _preceding(sentences: list[_Sentence], best: _Sentence) -> list[_Sentence]:
    """'Daarom ...', 'Dit ...' lean on the sentence before: quote it too. So does a question
    the document asks itself ('Welke lessen zijn er te leren …?'): the sentence before it
    states what is to be done about it."""
    if not _leans_on_previous(best.text) and not best.text.rstrip().endswith("?"):
        return []
    before = [s for s in sentences if s.chunk == best.chunk and s.position == best.position - 1]
    return [s for s in before if _is_prose(s.text)]


def _trimmed(chosen: list[_Sentence], limit: int) -> list[_Sentence]:
    """At most `limit` sentences: the last of the longest passage's quote goes first.

    Its tail was read on from its best sentence; the other document's sentence or the
    reason read back before a 'Dit …' are what the longer quote would crowd out.
    """
    kept = list(chosen)
    while len(kept) > limit:
        counts = Counter(s.chunk for s in kept)
        longest = max(counts, key=counts.__getitem__)
        kept.remove(max((s for s in kept if s.chunk == longest), key=lambda s: s.position))
    return kept


def _within_length(chosen: list[_Sentence], max_chars: int) -> list[_Sentence]:
    kept: list[_Sentence] = []
    length = 0
    for sentence in chosen:
        if kept and length + len(sentence.text) > max_chars:
            continue
        kept.append(sentence)
        length += len(sentence.text)
    return kept


def _is_prose(sentence: str) -> bool:
    """Headings, page furniture, OCR debris and sentences cut by a chunk end are not answers."""
    letters = [ch for ch in sentence if ch.isalpha()]
    tokens = sentence.split()
    single = sum(1 for token in tokens if len(token) == 1)
    return (
        len(letters) >= 20
        and not sentence.isupper()
        and single <= 0.3 * len(tokens)
        and not _NUMBERED_HEADING.match(sentence)
        and not is_cut_off(sentence)
    )


def _has_asked_fact(question: str, chosen: list[_Sentence], every: bool = False) -> bool:
    """'Op welke datum …?' is not answered by 'in 2024' alone: the asked day must be there.

    Each part of a two-part question asks its own fact ('Hoeveel jaar …, en op welke dag
    …?'), which a sentence of its own may hold: one of them found is an answer (`every`
    False); `every` asks whether each of them is quoted.
    """
    parts = [part for part in question_parts(question) if asked_type(part) != "any"]
    found = (_holds_asked_fact(part, chosen) for part in parts or [question])
    return all(found) if every else any(found)


def _holds_asked_fact(question: str, chosen: list[_Sentence]) -> bool:
    answer_type = asked_type(question)
    return any(
        holds_answer_type(s.text, answer_type, question, strict=True)
        and holds_asked_day(s.text, question, deadline=False)
        for s in chosen
    )


def _readable(sentence: str) -> str:
    """OCR read the printed bullets as letters ('e samenwerken …', "V' Uitvoeren …"): the
    answer shows them as the bullets they are."""
    return _OCR_BULLET.sub(r"\1• ", sentence)


def _terminated(sentence: str) -> str:
    return sentence if sentence[-1:] in ".!?:;" else sentence + "."
