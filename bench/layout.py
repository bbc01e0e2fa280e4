"""Where the benchmark keeps corpora, indexes and results (all under bench/).

One module owns the paths so `bench.corpus` builds exactly what `bench.run` re-uses.
"""

from __future__ import annotations

import sys
from pathlib import Path

from assistant.settings import PROJECT_ROOT

BENCH_DIR = PROJECT_ROOT / "bench"
CACHE_DIR = BENCH_DIR / "cache"
RESULTS_DIR = BENCH_DIR / "results"
SOURCE_DATA_DIR = PROJECT_ROOT / "data"
GOLD_PATH = SOURCE_DATA_DIR / "gold" / "dev.jsonl"
CHROMA_SERVER_DIR = CACHE_DIR / "chroma-server"
VENV_BIN = Path(sys.executable).parent

CHROMA_MODES = ("embedded", "server")


def data_dir(scale: int) -> Path:
    """ASSISTANT_DATA_DIR of a scale: the real data at 1x, a generated corpus above."""
    return SOURCE_DATA_DIR if scale == 1 else CACHE_DIR / f"corpus-{scale}x"


def index_dir(scale: int, chroma: str) -> Path:
    """One index per scale and store; the 1x one is rebuilt cold on every run."""
    return CACHE_DIR / f"index-{scale}x-{chroma}"


def collection(scale: int) -> str:
    """Collection name on the shared Chroma server (3-512 chars of [a-zA-Z0-9._-])."""
    return f"bench_{scale}x"


def build_record(scale: int, chroma: str) -> Path:
    """Cold-build figures of a generated corpus, written by `bench.corpus`."""
    return CACHE_DIR / f"build-{scale}x-{chroma}.json"
