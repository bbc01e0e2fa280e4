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
from collections.abc import Callable

from fastapi import HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security.utils import get_authorization_scheme_param

from assistant.settings import Settings

EMBED_TOKEN_HEADER = "X-Embed-Token"
EMBED_TOKEN_SECONDS = 12 * 3600
EMBED_PATH = "/embed"

# JSON and text answers need no script, style or frame: deny everything.
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
# As strict as Gradio allows (checked in Chromium: each relaxation below is needed): its
# page configures itself in inline <script>s, compiles the app's `js=` snippets from
# strings ('unsafe-eval') and sets inline styles. Everything else comes from this origin
# only, and no other site may frame it.
PAGE_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)
_COMMON_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


class ApiKeyGuard:
    """A FastAPI dependency: with keys configured, every `/api` call needs one of them."""

    def __init__(self, settings: Settings) -> None:
        # Only digests are kept: equal lengths make the comparison's time independent of
        # the key's length, and the plain keys never sit in this object to be logged.
        self.keys = [_digest(key) for key in settings.api_keys if key]
        self._secret = secrets.token_bytes(32)
        # Called before a 401 (the server lets a failed attempt spend the caller's
        # rate-limit budget, so guessing keys is as limited as asking questions).
        self.on_reject: Callable[[Request], None] | None = None

    @property
    def enabled(self) -> bool:
        return bool(self.keys)

    def __call__(self, request: Request) -> None:
        if not self.enabled:
            return
        if self.key_label(request) is not None:
            return
        if self.token_valid(request.headers.get(EMBED_TOKEN_HEADER, "")):
            return
        if self.on_reject is not None:
            self.on_reject(request)
        raise HTTPException(
            status_code=401,
            detail="missing or invalid API key: send 'Authorization: Bearer <key>'",
            headers={"WWW-Authenticate": "Bearer"},
        )

    def key_label(self, request: Request) -> str | None:
        """An opaque name for the valid API key `request` carries; None without one.

        Rate-limit budgets are kept under this name. It is an HMAC of the key's digest
        under the per-process secret: neither the key nor anything a guess could be
        checked against is stored, and the name means nothing outside this process.
        """
        if not self.enabled:
            return None
        scheme, credentials = get_authorization_scheme_param(request.headers.get("Authorization"))
        if scheme.lower() != "bearer" or not self.key_matches(credentials):
            return None
        label = hmac.new(self._secret, _digest(credentials), hashlib.sha256).hexdigest()
        return f"key:{label[:16]}"

    def key_matches(self, candidate: str) -> bool:
        given = _digest(candidate)
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


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).digest()


def security_headers(path: str) -> list[tuple[bytes, bytes]]:
    """Headers for a response to `path`; `/embed` brings its own CSP (the frame allow-list).

    X-Frame-Options backs up `frame-ancestors` for old browsers, except on `/embed`, which
    other (allow-listed) origins may frame.
    """
    if path == EMBED_PATH:
        return list(_COMMON_HEADERS)
    api = path.startswith("/api/") or path in ("/openapi.json", "/metrics")
    framing = b"DENY" if api else b"SAMEORIGIN"
    csp = API_CSP if api else PAGE_CSP
    return [
        (b"content-security-policy", csp.encode()),
        (b"x-frame-options", framing),
        *_COMMON_HEADERS,
    ]


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
