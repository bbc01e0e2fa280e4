"""Feedback: stored in SQLite, comment added afterwards, exported as CSV or JSONL by the CLI."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from assistant.feedback import FeedbackEntry, FeedbackStore, export_format


def entry(rating: int = 1, **overrides) -> FeedbackEntry:
    values = {
        "rating": rating,
        "question": "Wat deed de Benelux in 2024 rond waterstof?",
        "answer": 'Een "draaischijf", met <b>havens</b>, [1]',
        "language": "nl",
        "citations": ["[1] 000_23ffac28d6a1c9fd.txt › 3.2. WATERSTOF (p. 23)"],
        "channel": "web",
    }
    return FeedbackEntry(**(values | overrides))


def test_entries_and_later_comments_are_stored(tmp_path):
    store = FeedbackStore(tmp_path / "sub" / "feedback.db")
    first = store.add(entry(1))
    second = store.add(entry(-1, comment="  mist de bron  "))
    assert store.add_comment(first, "Duidelijk, dank u")
    assert not store.add_comment(999, "no such entry")
    rows = list(store.rows())
    assert [row["id"] for row in rows] == [first, second]
    assert rows[0]["comment"] == "Duidelijk, dank u"
    assert rows[1]["rating"] == -1 and rows[1]["comment"] == "mist de bron"
    assert rows[0]["citations"] == entry().citations
    assert rows[0]["created_at"].endswith("+00:00")


def test_an_empty_store_exports_nothing(tmp_path):
    out = io.StringIO()
    assert FeedbackStore(tmp_path / "none.db").export(out, "jsonl") == 0
    assert out.getvalue() == ""


def test_csv_export_quotes_commas_quotes_and_newlines(tmp_path):
    store = FeedbackStore(tmp_path / "feedback.db")
    store.add(entry(comment='regel 1\nregel 2, met "aanhalingstekens"'))
    out = io.StringIO()
    assert store.export(out, "csv") == 1
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["comment"] == 'regel 1\nregel 2, met "aanhalingstekens"'
    assert rows[0]["answer"] == entry().answer
    assert rows[0]["rating"] == "1"


@pytest.mark.parametrize(
    ("out", "requested", "expected"),
    [
        (None, None, "jsonl"),
        ("f.csv", None, "csv"),
        ("f.CSV", None, "csv"),
        ("f.jsonl", None, "jsonl"),
        ("f.txt", "csv", "csv"),
        ("f.csv", "jsonl", "jsonl"),
    ],
)
def test_export_format(tmp_path, out, requested, expected):
    assert export_format(out and tmp_path / out, requested) == expected


def test_unknown_format_is_refused():
    with pytest.raises(ValueError):
        export_format(None, "xml")


def test_rejects_out_of_range_ratings():
    with pytest.raises(ValueError):
        entry(rating=5)


def test_cli_feedback_export(tmp_path):
    from assistant.cli import app
    from assistant.settings import Settings

    settings = Settings(data_dir=tmp_path)
    store = FeedbackStore(settings.feedback_db)
    store.add(entry(1, comment="goed"))
    store.add(entry(-1, channel="embed"))
    runner = CliRunner()
    env = {"ASSISTANT_DATA_DIR": str(tmp_path)}

    result = runner.invoke(app, ["feedback", "export", "--out", str(tmp_path / "f.csv")], env=env)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader((tmp_path / "f.csv").open(encoding="utf-8")))
    assert [row["rating"] for row in rows] == ["1", "-1"]
    assert rows[1]["channel"] == "embed"

    result = runner.invoke(app, ["feedback", "export"], env=env)
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["comment"] for line in lines] == ["goed", ""]

    result = runner.invoke(app, ["feedback", "export", "--format", "xml"], env=env)
    assert result.exit_code == 2
