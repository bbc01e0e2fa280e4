"""The command line as a user runs it: real subprocesses over a real index."""

from __future__ import annotations

import json
import os
import subprocess
import sys

CITATION_KEYS = {
    "n",
    "file",
    "title",
    "section",
    "page_start",
    "page_end",
    "page_source",
    "text",
    "score",
}


def _run(settings, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "ASSISTANT_DATA_DIR": str(settings.data_dir),
        "ASSISTANT_INDEX_DIR": str(settings.resolved_index_dir),
    }
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_ask_json_has_the_design_shape(corpus_settings):
    done = _run(
        corpus_settings,
        "ask",
        "Wat deed de Benelux in 2024 rond waterstof?",
        "--json",
        "--k",
        "5",
        "--filter",
        "kind=jaarverslag",
        "--filter",
        "year=2024",
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert {"question", "answer", "abstained", "citations", "retrieved", "timings_ms"} <= set(
        result
    )
    assert set(result["timings_ms"]) == {"retrieve", "answer", "total"}
    assert result["citations"]
    assert set(result["citations"][0]) >= CITATION_KEYS
    assert len(result["retrieved"]) <= 5
    assert {c["title"] for c in result["retrieved"]} == {"Jaarverslag 2024"}


def test_ask_with_history_and_plain_output(corpus_settings):
    done = _run(
        corpus_settings,
        "ask",
        "En welke regio's horen daarbij?",
        "--history",
        "Met welke regio's werkt de Benelux samen in de Grande Région?",
    )
    assert done.returncode == 0, done.stderr
    assert "[1]" in done.stdout and "Grande" in done.stdout


def test_bad_input_gets_a_message_not_a_traceback(corpus_settings):
    for args in (
        ["ask", ""],
        ["ask", "waterstof", "--filter", "colour=red"],
        ["ask", "waterstof", "--k", "0"],
        ["ingest", "/no/such/file.txt"],
    ):
        done = _run(corpus_settings, *args)
        assert done.returncode == 2, args
        assert "error:" in done.stderr and "Traceback" not in done.stderr


def test_chat_keeps_the_conversation(corpus_settings):
    done = _run(
        corpus_settings,
        "chat",
        stdin="Hoeveel Étoile-acties waren er in 2024?\nEn welke zaken kwamen daaruit voort?\n\n",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("[1]") >= 2
