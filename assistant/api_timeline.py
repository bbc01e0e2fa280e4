"""`GET /api/v1/timeline`: a topic's passages per document, plan before report, in year order.

Guarded like every other `/api` route (API key, rate limit). A bad topic or `per_document`
raises `InvalidQuestion` in `build_timeline`, which the app's error handlers turn into a
422 `{"error": ...}`. The router must be included before `build_router`'s catch-all JSON
404, and the metrics middleware labels it by its template like any other route.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from assistant.api import PREFIX, ApiParts
from assistant.timeline import MAX_PER_DOCUMENT, MAX_TOPIC_CHARS, Timeline, build_timeline

TOPIC_HELP = f"a few words, e.g. 'waterstof' or 'hydrogen' (at most {MAX_TOPIC_CHARS} characters)"
PER_DOCUMENT_HELP = f"passages kept per document (1–{MAX_PER_DOCUMENT})"


def build_timeline_router(parts: ApiParts) -> APIRouter:
    """One key-protected route; validation is `build_timeline`'s, so the rules live once."""
    router = APIRouter(prefix=PREFIX)
    guarded = [Depends(parts.guard), Depends(parts.limiter)]

    @router.get(
        "/timeline",
        response_model=Timeline,
        dependencies=guarded,
        summary="Plan versus report: a topic's passages per document, in year order",
        response_description="every document, uncovered ones with `covered: false`",
    )
    def timeline(
        topic: str = Query(description=TOPIC_HELP),
        per_document: int = Query(3, description=PER_DOCUMENT_HELP),
    ) -> Timeline:
        return build_timeline(parts.assistant, topic, per_document)

    return router
