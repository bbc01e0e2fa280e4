"""`/embed`: a compact chat page meant for an <iframe> on intranet pages.

It is one static HTML page plus a script and a stylesheet from this server (no external
assets). The page may only be framed by this server and the CORS allow-list
(`frame-ancestors`), and its script may only talk to this server (`connect-src 'self'`).
"""

from __future__ import annotations

import json
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from assistant.api_access import ApiKeyGuard, frame_ancestors
from assistant.settings import Settings
from assistant.ui_text import LANGUAGES, labels_for

STATIC = Path(__file__).parent / "static"
ASSETS_URL = "/embed-assets"


def add_embed_page(app: FastAPI, settings: Settings, guard: ApiKeyGuard) -> None:
    app.mount(ASSETS_URL, StaticFiles(directory=STATIC), name="embed-assets")
    template = (STATIC / "embed.html").read_text(encoding="utf-8")
    labels = _script_safe(json.dumps({code: labels_for(code) for code in LANGUAGES}))
    headers = {
        "Content-Security-Policy": embed_csp(settings),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
        "Cache-Control": "no-store",
    }

    @app.get("/embed", include_in_schema=False)
    def embed() -> HTMLResponse:
        page = template.replace("__LABELS__", labels).replace("__EMBED_TOKEN__", _token(guard))
        return HTMLResponse(page, headers=headers)


def embed_csp(settings: Settings) -> str:
    return "; ".join(
        [
            frame_ancestors(settings),
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "connect-src 'self'",
            "img-src 'self' data:",
            "base-uri 'none'",
            "form-action 'self'",
        ]
    )


def _token(guard: ApiKeyGuard) -> str:
    """Only needed (and only minted) when API keys are configured."""
    return guard.embed_token() if guard.enabled else ""


def _script_safe(json_text: str) -> str:
    """JSON inside <script type="application/json">: `</` must not close the tag."""
    return json_text.replace("</", "<\\/")
