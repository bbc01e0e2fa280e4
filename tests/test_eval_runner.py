"""run_eval end to end on a hand-made gold file and a tiny word-overlap assistant.

The assistant below is a real (if naive) retriever over a few passages: it ranks them by the
number of shared words with the question and its history, abstains when the best overlap is
weak, and answers with the best passage. The expected metrics follow from that by hand.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eval import run_eval
from eval.gold import load_gold

PASSAGES = [
    {
        "file": "a.txt",
        "title": "Jaarplan",
        "section": "Energie › 1.1. Waterstof",
        "page_start": 3,
        "page_end": 4,
        "text": "De Benelux werkt aan een gezamenlijke waterstofstrategie tot 2030.",
    },
    {
        "file": "a.txt",
        "title": "Jaarplan",
        "section": "Energie › 1.2. Windenergie",
        "page_start": 5,
        "page_end": 5,
        "text": "Offshore windparken op de Noordzee leveren in 2030 samen 20 gigawatt.",
    },
    {
        "file": "b.txt",
        "title": "Jaarverslag",
        "section": "Mobiliteit › Fietsen",
        "page_start": None,
        "page_end": None,
        "text": "Het fietscongres Velo-city vond in juni plaats in Gent.",
    },
    {
        "file": "b.txt",
        "title": "Jaarverslag",
        "section": "Mobiliteit › Treinen",
        "page_start": 7,
        "page_end": 8,
        "text": "De nachttrein tussen Brussel en Amsterdam rijdt drie keer per week.",
    },
]
MIN_OVERLAP = 2
TOP_K = 3


def content_words(text: str) -> set[str]:
    """Lower-cased words longer than three letters: a crude stop-word filter."""
    return {word for word in re.findall(r"\w+", text.lower()) if len(word) > 3}


def overlap_ask(question: str, history: list[str]) -> dict:
    """Ranks PASSAGES by shared content words with the conversation; answers from the best."""
    query = content_words(" ".join([*history, question]))
    scored = [(len(query & content_words(p["text"])), p) for p in PASSAGES]
    ranked = sorted((pair for pair in scored if pair[0] > 0), key=lambda pair: -pair[0])
    retrieved = [as_citation(n, p, score) for n, (score, p) in enumerate(ranked[:TOP_K], 1)]
    abstained = not ranked or ranked[0][0] < MIN_OVERLAP
    answer = "Dat staat niet in de documenten." if abstained else retrieved[0]["text"] + " [1]"
    return {
        "question": question,
        "answer": answer,
        "abstained": abstained,
        "citations": [] if abstained else retrieved[:1],
        "retrieved": retrieved,
        "timings_ms": {"retrieve": 5.0, "answer": 0.0, "total": 5.0 + 100.0 * len(retrieved)},
    }


def forgetful_ask(question: str, history: list[str]) -> dict:
    """The same assistant without conversation memory, as a configuration to compare."""
    return overlap_ask(question, [])


def as_citation(n: int, passage: dict, score: int) -> dict:
    return {"n": n, **passage, "page_source": "toc", "score": float(score)}


GOLD = [
    {
        "id": "t-1",
        "question": "Welke waterstofstrategie heeft de Benelux tot 2030?",
        "language": "nl",
        "history": [],
        "type": "cross-doc",
        "evidence": [
            {
                "doc": "a.txt",
                "quote": "werkt aan een  gezamenlijke\n**waterstofstrategie**",
                "section": "1.1 WATERSTOF",
                "page": 3,
            },
            {"doc": "b.txt", "quote": "De nachttrein tussen Brussel", "section": "", "page": 7},
        ],
        "answer": "Een gezamenlijke waterstofstrategie tot 2030.",
        "key_facts": ["waterstofstrategie", "2030"],
    },
    {
        "id": "t-2",
        "question": "How many gigawatt will the North Sea wind farms deliver?",
        "language": "en",
        "history": [],
        "type": "numeric",
        "evidence": [
            {"doc": "a.txt", "quote": "samen 20 gigawatt", "section": "Windenergie", "page": 5}
        ],
        "answer": "20 gigawatt by 2030.",
        "key_facts": ["20 gigawatt"],
    },
    {
        "id": "t-3",
        "question": "En in welke maand was dat?",
        "language": "nl",
        "history": ["Waar vond het fietscongres Velo-city plaats?"],
        "type": "list",
        "evidence": [
            {
                "doc": "b.txt",
                "quote": "Velo-city vond in juni plaats",
                "section": "Fietsbeleid",
                "page": None,
            }
        ],
        "answer": "In juni.",
        "key_facts": ["juni"],
    },
    {
        "id": "t-4",
        "question": "Quel est le budget de la défense?",
        "language": "fr",
        "history": [],
        "type": "unanswerable",
        "evidence": [],
        "answer": "Les documents ne le disent pas.",
        "key_facts": [],
    },
    {
        "id": "t-5",
        "question": "Rijdt de nachttrein naar Gent, waar het fietscongres plaats vond?",
        "language": "nl",
        "history": [],
        "type": "explain",
        "evidence": [
            {
                "doc": "b.txt",
                # punctuation differs from the passage: found by the 60%-of-words rule
                "quote": "nachttrein tussen Brussel en Amsterdam rijdt, drie keer per week",
                "section": "Treinen",
                "page": 7,
            }
        ],
        "answer": "Nee, de nachttrein rijdt drie keer per week tussen Brussel en Amsterdam.",
        "key_facts": ["drie keer per week"],
    },
]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(item) + "\n" for item in GOLD), encoding="utf-8")
    return path


@pytest.fixture
def evaluation(gold_file: Path, tmp_path: Path) -> tuple[dict, Path]:
    out = tmp_path / "out"
    document = run_eval(gold_file, out, overlap_ask, compare={"forgetful": forgetful_ask})
    return document, out


def test_writes_results_metrics_report_and_plots(evaluation: tuple[dict, Path]) -> None:
    _, out = evaluation
    for name in ["results.jsonl", "metrics.json", "report.md", "forgetful/results.jsonl"]:
        assert (out / name).is_file(), name
    for plot in ["metrics.png", "hit_at_k.png", "latency.png"]:
        assert (out / plot).read_bytes().startswith(b"\x89PNG"), plot


def test_results_hold_the_ask_shape_and_id_in_gold_order(evaluation: tuple[dict, Path]) -> None:
    _, out = evaluation
    lines = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == [g["id"] for g in GOLD]
    assert {"question", "answer", "abstained", "citations", "retrieved", "timings_ms"} <= set(
        records[0]
    )
    assert records[2]["retrieved"][0]["file"] == "b.txt"  # the follow-up used its history


def test_overall_metrics(evaluation: tuple[dict, Path]) -> None:
    document, out = evaluation
    assert json.loads((out / "metrics.json").read_text(encoding="utf-8")) == document
    overall = document["overall"]
    assert overall["n_questions"] == 5 and overall["n_answerable"] == 4
    assert overall["hit_at_1"] == 0.75  # t-5 finds its evidence at rank 2
    assert overall["hit_at_5"] == 1.0
    assert overall["mrr_at_10"] == 0.875
    assert overall["hit_within_budget"] == 1.0
    assert overall["all_evidence_found"] == 0.75  # t-1 misses its second document
    assert overall["key_fact_recall"] == 0.5  # t-2 abstained, t-5 answered the wrong passage
    assert overall["abstention_accuracy"] == 0.8
    assert overall["false_abstention_rate"] == 0.25
    assert overall["citation_precision"] == 0.6667
    assert overall["section_accuracy"] == 0.5  # t-3's gold section is "Fietsbeleid"
    assert overall["page_accuracy"] == 1.0  # t-3 has no page; t-5 cites nothing relevant
    assert overall["latency_p50_ms"] == 105.0
    assert overall["latency_p95_ms"] == 205.0
    assert overall["errors"] == 0


def test_breakdowns_and_hit_curve(evaluation: tuple[dict, Path]) -> None:
    document, _ = evaluation
    assert set(document["by_language"]) == {"en", "fr", "nl"}
    assert document["by_language"]["en"]["false_abstention_rate"] == 1.0
    assert document["by_language"]["fr"]["n_answerable"] == 0
    assert document["by_language"]["fr"]["hit_at_1"] is None
    assert document["by_language"]["nl"]["mrr_at_10"] == pytest.approx(2.5 / 3, abs=1e-4)
    assert document["by_type"]["explain"]["hit_at_1"] == 0.0
    assert document["by_type"]["unanswerable"]["abstention_accuracy"] == 1.0
    assert document["hit_at_k"]["1"] == 0.75
    assert document["hit_at_k"]["2"] == document["hit_at_k"]["10"] == 1.0


def test_compared_configuration_side_by_side(evaluation: tuple[dict, Path]) -> None:
    document, out = evaluation
    forgetful = document["compare"]["forgetful"]["overall"]
    assert forgetful["hit_at_1"] == 0.5  # without history the follow-up retrieves nothing
    assert forgetful["false_abstention_rate"] == 0.5
    lines = (out / "forgetful" / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[2])["abstained"] is True
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "## Configurations side by side" in report
    assert "| metric | default | forgetful |" in report


def test_report_lists_failed_questions(evaluation: tuple[dict, Path]) -> None:
    _, out = evaluation
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "## Failed questions (2 of 5)" in report
    assert "### t-2 · en · numeric" in report
    assert "abstained although answerable" in report
    assert "### t-5 · nl · explain" in report
    assert "missing key facts: drie keer per week" in report
    assert "### t-1" not in report and "### t-4" not in report
    assert "## By language" in report and "## By question type" in report


def test_a_failing_question_is_recorded_not_fatal(gold_file: Path, tmp_path: Path) -> None:
    def flaky_ask(question: str, history: list[str]) -> dict:
        if "défense" in question:
            raise TimeoutError("model did not answer")
        return overlap_ask(question, history)

    document = run_eval(gold_file, tmp_path / "out", flaky_ask)
    assert document["overall"]["errors"] == 1
    records = (tmp_path / "out" / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(records[3])["error"] == "TimeoutError: model did not answer"


def test_a_configuration_failing_everywhere_stops_the_run(gold_file: Path, tmp_path: Path) -> None:
    def broken_ask(question: str, history: list[str]) -> dict:
        raise FileNotFoundError("no index")

    with pytest.raises(RuntimeError, match="no index"):
        run_eval(gold_file, tmp_path / "out", broken_ask)


def test_comparison_names_must_be_plain_directory_names(gold_file: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="comparison name"):
        run_eval(gold_file, tmp_path / "out", overlap_ask, compare={"../x": overlap_ask})


def test_load_gold_reports_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(GOLD[0]) + "\n\n" + '{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:3"):
        load_gold(path)
