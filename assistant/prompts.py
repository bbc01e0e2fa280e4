"""Prompt files from prompts/: a header of '#' lines says where each is used."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from assistant.settings import PROJECT_ROOT

PROMPTS_DIR = PROJECT_ROOT / "prompts"


@lru_cache(maxsize=32)
def load_prompt(name: str, directory: Path = PROMPTS_DIR) -> str:
    lines = (directory / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if not line.startswith("#")]
    return "\n".join(body).strip()


def localized(name: str, language: str) -> str:
    """`answer_system` + 'fr' → prompts/answer_system_fr.txt, Dutch when missing."""
    path = PROMPTS_DIR / f"{name}_{language}.txt"
    return load_prompt(f"{name}_{language}" if path.exists() else f"{name}_nl")
