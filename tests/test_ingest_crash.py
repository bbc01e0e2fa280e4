"""An ingest killed halfway (SIGKILL) leaves a usable index; the rerun completes it."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import DOCUMENTS

from assistant.index_paths import IndexPaths
from assistant.lexical_index import LexicalIndex
from assistant.settings import Settings
from assistant.vector_store import open_vector_store

FILES = ("000_23ffac28d6a1c9fd.txt", "002_68ccab70ba53b511.txt", "004_93b1f14f67b4112b.txt")


def _ingest_command(root: Path) -> tuple[list[str], dict[str, str]]:
    env = {
        **os.environ,
        "ASSISTANT_DATA_DIR": str(root),
        "ASSISTANT_INDEX_DIR": str(root / "index"),
    }
    command = [sys.executable, "-m", "assistant", "ingest", "--quiet"]
    return command, env


def _wait_for_first_file(manifest: Path, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if manifest.exists() and json.loads(manifest.read_text())["files"]:
            return
        time.sleep(0.05)
    raise AssertionError("the ingest never finished its first file")


def test_killed_ingest_is_completed_by_the_next_run(tmp_path):
    (tmp_path / "documents").mkdir()
    for name in FILES:
        shutil.copy(DOCUMENTS / name, tmp_path / "documents" / name)
    command, env = _ingest_command(tmp_path)
    paths = IndexPaths(tmp_path / "index")

    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _wait_for_first_file(paths.manifest, process, timeout=300)
    process.send_signal(signal.SIGKILL)
    process.wait()
    done_before = set(json.loads(paths.manifest.read_text())["files"])
    assert 1 <= len(done_before) < len(FILES), "the kill came too late to test anything"

    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"skipped {len(done_before)}" in rerun.stdout

    settings = Settings(data_dir=tmp_path, index_dir=tmp_path / "index")
    manifest = json.loads(paths.manifest.read_text())["files"]
    stored = [c.id for c in open_vector_store(settings).all_chunks()]
    lexical = LexicalIndex.load(paths.lexical).chunks
    assert set(manifest) == set(FILES)
    assert len(stored) == len(set(stored)), "duplicate chunks after the rerun"
    assert set(stored) == {c.id for c in lexical}
    assert len(stored) == sum(entry["chunks"] for entry in manifest.values())
