"""Schemathesis against `/openapi.json` of a live server: no generated request gets a 5xx.

The CLI runs its coverage and fuzzing phases (schema-valid and invalid inputs) against
every operation with a bounded number of examples, as a client holding a valid key, with
the rate limit off. Only `not_a_server_error` decides the outcome: the stricter checks
(status codes and constraints the schema does not document) are reported by hand when
someone wants them. Its summary is written to tests/artifacts/schemathesis.txt.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import free_port
from live_server import LiveServer, server_settings

API_KEY = "fuzz-key-0c4d7e"
MAX_EXAMPLES = 30
SEED = 20240601


@pytest.fixture(scope="module")
def server(corpus_settings, assistant, tmp_path_factory) -> Iterator[LiveServer]:
    from assistant.server import create_app

    settings = server_settings(
        corpus_settings,
        tmp_path_factory.mktemp("fuzz-data"),
        api_keys=[API_KEY],
        rate_limit_per_minute=0,
    )
    live = LiveServer(create_app(settings, assistant), free_port()).start()
    yield live
    live.stop()


def test_no_generated_request_gets_a_server_error(server, artifacts, tmp_path):
    schemathesis = Path(sys.executable).parent / "schemathesis"
    command = [
        str(schemathesis),
        "run",
        f"{server.url}/openapi.json",
        "--checks",
        "not_a_server_error",
        "--phases",
        "examples,coverage,fuzzing",
        "--max-examples",
        str(MAX_EXAMPLES),
        "--seed",
        str(SEED),
        "--header",
        f"Authorization: Bearer {API_KEY}",
        "--request-timeout",
        "60",
        "--generation-database",
        "none",
        "--no-color",
        "--report",
        "junit",
        "--report-dir",
        str(tmp_path),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=tmp_path)
    summary = done.stdout[done.stdout.find("SUMMARY") :] if "SUMMARY" in done.stdout else ""
    (artifacts / "schemathesis.txt").write_text(done.stdout + done.stderr)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    generated = re.search(r"(\d+) generated, (\d+) passed", summary)
    assert generated and generated.group(1) == generated.group(2), summary
    assert int(generated.group(1)) > 100, "the run must actually exercise the API"
