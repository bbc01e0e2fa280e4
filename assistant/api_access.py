"""Who may call `/api`: API keys, short-lived embed-page tokens, CORS and framing rules.

Keys are compared with `hmac.compare_digest` (no timing leak) and never logged. The
`/embed` page runs in other sites' iframes and must call the API without holding a key,
so the server signs a short-lived token into that page instead: it proves the caller
loaded `/embed` from this server recently, nothing more, which is the same trust the
web chat at `/` grants any visitor.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time

from fastapi import HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security.utils import get_authorization_scheme_param

from assistant.settings import Settings

EMBED_TOKEN_HEADER = "X-Embed-Token"
EMBED_TOKEN_SECONDS = 12 * 3600


class ApiKeyGuard:
    """A FastAPI dependency: with keys configured, every `/api` call needs one of them."""

    def __init__(self, settings: Settings) -> None:
        self.keys = [key.encode() for key in settings.api_keys if key]
        self._secret = secrets.token_bytes(32)

    @property
    def enabled(self) -> bool:
        return bool(self.keys)

    def __call__(self, request: Request) -> None:
        if not self.enabled:
            return
        scheme, credentials = get_authorization_scheme_param(request.headers.get("Authorization"))
        if scheme.lower() == "bearer" and self.key_matches(credentials):
            return
        if self.token_valid(request.headers.get(EMBED_TOKEN_HEADER, "")):
            return
        raise HTTPException(
            status_code=401,
            detail="missing or invalid API key: send 'Authorization: Bearer <key>'",
            headers={"WWW-Authenticate": "Bearer"},
        )

    def key_matches(self, candidate: str) -> bool:
        given = candidate.encode()
        # Compare against every key, without stopping early, so timing reveals nothing.
        matches = [hmac.compare_digest(given, key) for key in self.keys]
        return any(matches)

    def embed_token(self, now: float | None = None) -> str:
        """`expiry.signature`, signed with a per-process secret (a restart invalidates it)."""
        expiry = str(int((now or time.time()) + EMBED_TOKEN_SECONDS))
        return f"{expiry}.{self._sign(expiry)}"

    def token_valid(self, token: str, now: float | None = None) -> bool:
        expiry, _, signature = token.partition(".")
        if not expiry.isdigit() or not hmac.compare_digest(signature, self._sign(expiry)):
            return False
        return int(expiry) > (now or time.time())

    def _sign(self, expiry: str) -> str:
        return hmac.new(self._secret, expiry.encode(), hashlib.sha256).hexdigest()


def add_cors(app, settings: Settings) -> None:  # noqa: ANN001 - FastAPI
    """Only the allow-listed origins get CORS headers; no list means same-origin only."""
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=["Authorization", "Content-Type", EMBED_TOKEN_HEADER],
        max_age=600,
    )


def frame_ancestors(settings: Settings) -> str:
    """The CSP that lets only this server and the allow-listed origins frame `/embed`."""
    origins = " ".join(origin for origin in settings.cors_origins if _plain_origin(origin))
    return f"frame-ancestors 'self' {origins}".strip()


def _plain_origin(origin: str) -> bool:
    """Keep CSP injection out: an origin is scheme://host[:port] without spaces or quotes."""
    return origin.startswith(("http://", "https://")) and not any(
        char in origin for char in " ;,'\"\n"
    )
