"""`/docs` that works offline.

FastAPI's default `/docs` loads Swagger UI from a CDN, which an offline intranet cannot
reach. When the `fastapi-offline` package is installed its bundled Swagger UI files are
served from this server; otherwise `/docs` is a small local page listing the endpoints
with a link to `/openapi.json`.
"""

from __future__ import annotations

import html
import importlib.util
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS_URL = "/docs-assets"


def add_offline_docs(app: FastAPI) -> None:
    assets = swagger_assets()
    if assets is not None:
        app.mount(ASSETS_URL, StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if assets is None:
            return HTMLResponse(endpoint_list_page(app))
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="Benelux Assistant API",
            swagger_js_url=f"{ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS_URL}/favicon.png",
            swagger_ui_parameters={"validatorUrl": None},
        )


def swagger_assets() -> Path | None:
    """The Swagger UI bundle shipped inside `fastapi-offline`, found without importing it."""
    spec = importlib.util.find_spec("fastapi_offline")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "static"
    return folder if (folder / "swagger-ui-bundle.js").is_file() else None


def endpoint_list_page(app: FastAPI) -> str:
    rows = []
    for path, operations in app.openapi().get("paths", {}).items():
        for method, operation in operations.items():
            summary = html.escape(operation.get("summary", ""))
            rows.append(
                f"<tr><td><code>{method.upper()}</code></td>"
                f"<td><code>{html.escape(path)}</code></td><td>{summary}</td></tr>"
            )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        "<title>Benelux Assistant API</title><style>body{font-family:system-ui,sans-serif;"
        "margin:2rem}td{padding:.3rem .8rem;border-bottom:1px solid #ddd}</style></head><body>"
        '<h1 class="title">Benelux Assistant API</h1><p>Machine-readable description: '
        '<a href="/openapi.json">/openapi.json</a></p><table>'
        + "".join(rows)
        + "</table></body></html>"
    )
