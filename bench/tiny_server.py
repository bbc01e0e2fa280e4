"""Fallback server: `POST /api/v1/ask` and `GET /api/v1/health` around `Assistant.ask`.

Used only when `benelux-assistant serve` is not available (`--server tiny`, or `auto`
when the CLI has no `serve`). It has the product API's shape for these two routes and,
like it, plain `def` endpoints run in the thread pool; it has no web chat, so its
memory is a lower bound of the real server's.
"""

from __future__ import annotations

import argparse

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from assistant.settings import Settings, configure_offline_environment


class AskBody(BaseModel):
    question: str
    history: list[str] = Field(default_factory=list)
    k: int | None = None


def create_app(settings: Settings) -> FastAPI:
    from assistant.factory import build_assistant
    from assistant.service import InvalidQuestion

    assistant = build_assistant(settings)
    app = FastAPI()

    @app.get("/api/v1/health")
    def health() -> dict:
        return {"status": "ok", "chunks": len(assistant.retriever.chunks)}

    @app.post("/api/v1/ask")
    def ask(body: AskBody) -> dict:
        try:
            result = assistant.ask(body.question, body.history, None, body.k)
        except InvalidQuestion as exc:
            raise HTTPException(422, str(exc)) from exc
        return result.model_dump(mode="json")

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    configure_offline_environment()
    import uvicorn

    uvicorn.run(create_app(Settings()), host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
