"""Dutch-aware analysis shared by indexing and querying: folding, stemming, compounds.

Both sides must analyse identically, so this is the only tokenizer of the lexical index.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

RESOURCES = Path(__file__).parent / "resources"
_WORD = re.compile(r"[a-z0-9]+")
_MIN_PART = 4


def fold(text: str) -> str:
    """Lower-case and strip accents: 'Coördinatie' and 'Codrdinatie'-style OCR agree more."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Dutch, English and French function words: questions come in all three."""
    found: set[str] = set()
    for name in (
        "stopwords_nl",
        "stopwords_en",
        "stopwords_fr",
        "question_words",
        "conversation_words",
    ):
        path = RESOURCES / f"{name}.txt"
        found.update(fold(line.strip()) for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(word for word in found if word)


@lru_cache(maxsize=1)
def _stemmer():  # noqa: ANN202 - PyStemmer has no stubs
    import Stemmer

    return Stemmer.Stemmer("dutch")


def stem_all(tokens: Iterable[str]) -> list[str]:
    return _stemmer().stemWords(list(tokens))


_NGRAM = 5
_MIN_PARTICIPLE = 8


def char_ngrams(text: str) -> list[str]:
    """Character 5-grams of content words, word boundaries marked.

    Shares evidence between inflections and compounds that stemming and splitting miss.
    """
    grams: list[str] = []
    for word in words(text):
        if word in stopwords() or len(word) < 3:
            continue
        padded = f"_{word}_"
        if len(padded) <= _NGRAM:
            grams.append(padded)
            continue
        grams.extend(padded[i : i + _NGRAM] for i in range(len(padded) - _NGRAM + 1))
    return grams


class CompoundSplitter:
    """Split Dutch compounds against a vocabulary ('waterstofnetwerk' → waterstof + netwerk).

    Dutch writes compounds as one word, so 'veiligheid' does not match
    'verkeersveiligheid' in plain BM25 (OFFLINE.md); adding the parts fixes that.
    """

    def __init__(self, vocabulary: Iterable[str]) -> None:
        self.vocabulary = frozenset(w for w in vocabulary if len(w) >= _MIN_PART)

    def parts(self, word: str) -> list[str]:
        if len(word) < 2 * _MIN_PART:
            return []
        best: list[str] = []
        for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
            head, tail = word[:cut], word[cut:]
            head = head[:-1] if head.endswith("s") and head[:-1] in self.vocabulary else head
            if head in self.vocabulary and tail in self.vocabulary:
                candidate = [head, tail]
                if len(tail) > len(best[-1] if best else ""):
                    best = candidate
        return best


class Analyzer:
    """Turns text into index terms: stems of content words plus stems of compound parts."""

    def __init__(self, splitter: CompoundSplitter | None = None) -> None:
        self.splitter = splitter or CompoundSplitter(())
        self._cache: dict[str, list[str]] = {}

    def terms(self, text: str) -> list[str]:
        terms: list[str] = []
        for word in words(text):
            terms.extend(self._word_terms(word))
        return terms

    def heads(self, text: str) -> set[str]:
        """The terms of the words as written, without the parts split off compounds.

        'samenwerking' holds the part 'werking' for retrieval, but it does not say 'in
        werking': a wording that must be found as such is looked up among these.
        """
        return self.terms_and_heads(text)[1]

    def terms_and_heads(self, text: str) -> tuple[list[str], set[str]]:
        """`terms` and `heads` in one pass over the words (sentence scoring needs both)."""
        terms: list[str] = []
        heads: set[str] = set()
        for word in words(text):
            found = self._word_terms(word)
            if found:
                terms.extend(found)
                heads.add(found[0])
        return terms, heads

    def compound_parts(self, text: str) -> dict[str, tuple[str, ...]]:
        """Each compound's term with the terms of its parts, for the compounds of `text`.

        A passage that has the whole compound ('werkgroepen') has its parts too, even
        where its own spelling was not split: coverage must not count them as missing.
        """
        found: dict[str, tuple[str, ...]] = {}
        for word in words(text):
            terms = self._word_terms(word)
            if len(terms) > 1:
                found[terms[0]] = tuple(terms[1:])
        return found

    def _word_terms(self, word: str) -> list[str]:
        cached = self._cache.get(word)
        if cached is None:
            cached = [] if word in stopwords() else self._expand(word)
            self._cache[word] = cached
        return cached

    def _expand(self, word: str) -> list[str]:
        pieces = [word, *self.splitter.parts(word)]
        if _is_participle(word):
            pieces.append(word[2:])
        return stem_all(pieces)


def _is_participle(word: str) -> bool:
    """'gelanceerd', 'geratificeerd': Snowball keeps the 'ge-', so they miss 'lanceerden'.

    The form without 'ge-' is added as a second term (eval/EXPERIMENTS.md, session 4).
    """
    return len(word) >= _MIN_PARTICIPLE and word.startswith("ge") and word[-1] in "dt"


_BOUNDARY = re.compile(r"[.!?;:](?=\s)|\n+")
_ABBREVIATIONS = frozenset(
    {
        "art",
        "nr",
        "nrs",
        "bijv",
        "blz",
        "ca",
        "dhr",
        "mevr",
        "mr",
        "dr",
        "prof",
        "st",
        "o.a",
        "e.a",
        "i.e",
        "e.g",
        "vs",
        "p",
        "pp",
        "zgn",
        "incl",
        "excl",
        "resp",
        "jl",
        "vgl",
        "enz",
        "etc",
        "m.b.t",
        "t.a.v",
        "i.v.m",
    }
)
_HEADING_CHARS = 80
# A line ending in one of these words is cut mid-sentence, not a heading.
_DANGLING = frozenset(
    [
        "de",
        "het",
        "een",
        "van",
        "en",
        "of",
        "dat",
        "die",
        "door",
        "voor",
        "met",
        "te",
        "in",
        "op",
        "om",
        "aan",
        "bij",
        "naar",
        "als",
        "tot",
        "uit",
        "over",
        "zijn",
        "is",
        "wordt",
        "worden",
        "werd",
        "zal",
        "zullen",
        "the",
        "of",
        "and",
        "to",
        "for",
        "by",
        "with",
    ]
)
_BULLET = re.compile(r"\s*(?:[•\-–*]|\(?\d{1,2}[.)]|[a-z]\))\s")
# Bullets as OCR read them: 'e ' and '« ' for '•', "V' " and "\\' " for '✓' (with the square
# '▪', answers show them as '•'), and all bullets as printed. Answers split on them too;
# chunking keeps _BULLET, so chunk ids do not change.
OCR_BULLET_MARK = r"(?:[▪¢«°©®]|e|V'|\\')"
BULLET_MARK = rf"(?:[•\-–*]|{OCR_BULLET_MARK})"
_ANY_BULLET = re.compile(rf"\s*(?:{BULLET_MARK}|\(?\d{{1,2}}[.)]|[a-z]\))\s")


def sentence_spans(text: str, join_fragments: bool = False) -> list[tuple[int, int]]:
    """Sentence spans; short lines (headings, bullets, table rows) stand on their own.

    Extracted PDF text breaks lines mid-sentence, so a newline ends a sentence only
    after terminal punctuation, after a short line, or before a bullet. With
    `join_fragments`, a short line that cannot end a sentence (it ends in "het", "van",
    or the next line goes on in lower case: an OCR page break) does not end it either;
    answers quote whole sentences that way. Chunking keeps the plain rule, so chunk ids
    do not depend on it.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = (
            match.end()
            if match.group() != "\n" and not match.group().startswith("\n")
            else match.start()
        )
        if _is_boundary(text, start, match, join_fragments):
            if text[start:end].strip():
                spans.append((start, end))
            start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def is_cut_off(sentence: str) -> bool:
    """A sentence that stops on "het", "van", a comma: the chunk ended mid-sentence."""
    stripped = sentence.rstrip()
    last = stripped.rsplit(None, 1)[-1].lower() if stripped else ""
    return bool(stripped) and (last in _DANGLING or stripped[-1] in ",-(")


def _is_fragment(line: str, next_char: str) -> bool:
    return bool(line) and (next_char.islower() or is_cut_off(line))


def _ends_in_abbreviation(line: str) -> bool:
    """'... de strijd tegen o.a.' ends a line, not the sentence: 'de georganiseerde ...'."""
    last = _last_word(line)
    return last.endswith(".") and last[:-1] in _ABBREVIATIONS


def _last_word(text: str) -> str:
    pieces = text.rsplit(None, 1)
    return pieces[-1].lstrip("(").lower() if pieces else ""


def _is_boundary(text: str, start: int, match: re.Match[str], join_fragments: bool) -> bool:
    if match.group().startswith("\n"):
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()].strip()
        next_char = text[match.end() : match.end() + 1]
        if join_fragments and _ends_in_abbreviation(line) and next_char.islower():
            return False
        bullet = _ANY_BULLET if join_fragments else _BULLET
        if line[-1:] in ".!?;:" or bullet.match(text, match.end()):
            return True
        if join_fragments and _is_fragment(line, next_char):
            return False
        return len(line) <= _HEADING_CHARS
    following = text[match.end() : match.end() + 2].lstrip()
    if not following or following[0].islower() or following[0] in ",)":
        return False
    word = _last_word(text[: match.start()])
    return match.group() != "." or (len(word) > 1 and word not in _ABBREVIATIONS)
