"""The gold question format of /work/shared/gold/FORMAT.md, loaded and validated.

Validation happens once, here, so that a malformed line of any gold file fails with its line
number instead of surfacing later as a KeyError deep inside a metric.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import TypeAdapter, ValidationError

# pydantic validates TypedDicts only from typing_extensions before Python 3.12.
from typing_extensions import TypedDict

Language = Literal["nl", "en", "fr"]
QuestionType = Literal[
    "factoid", "numeric", "list", "explain", "summary", "cross-doc", "unanswerable"
]
UNANSWERABLE: QuestionType = "unanswerable"


class Evidence(TypedDict):
    """One passage of a source file that supports the gold answer."""

    doc: str
    quote: str
    section: str
    page: int | None


class GoldQuestion(TypedDict):
    id: str
    question: str
    language: Language
    history: list[str]
    type: QuestionType
    evidence: list[Evidence]
    answer: str
    key_facts: list[str]


_QUESTION = TypeAdapter(GoldQuestion)


def load_gold(path: str | Path) -> list[GoldQuestion]:
    """All questions of a JSON Lines gold file, in file order; blank lines are skipped."""
    questions = []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        if line.strip():
            questions.append(_parse_line(line, f"{path}:{number}"))
    _check_unique_ids(questions, path)
    return questions


def is_answerable(question: GoldQuestion) -> bool:
    return question["type"] != UNANSWERABLE


def _parse_line(line: str, where: str) -> GoldQuestion:
    try:
        raw: Any = json.loads(line)
        return _QUESTION.validate_python(raw)
    except (json.JSONDecodeError, ValidationError) as error:
        raise ValueError(f"{where}: not a gold question: {error}") from error


def _check_unique_ids(questions: list[GoldQuestion], path: str | Path) -> None:
    seen: set[str] = set()
    for question in questions:
        if question["id"] in seen:
            raise ValueError(f"{path}: duplicate question id {question['id']!r}")
        seen.add(question["id"])
