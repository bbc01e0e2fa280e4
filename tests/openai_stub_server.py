"""A small OpenAI-compatible chat server on 127.0.0.1 for the LLM answerer's tests.

It answers from the sources in the prompt it receives (first sentence of source 1, cited
[1], plus a marker [9] for a source that was never given), so the answerer's checks run
against real HTTP, streaming included. The model name selects a behaviour: "echo",
"nocite", "slow" (sleeps past the client's timeout) and "garbage" (invalid JSON).
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class StubLLM:
    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> StubLLM:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server naming
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                stub.requests.append(body)
                model = body.get("model", "echo")
                if model == "slow":
                    time.sleep(5)
                if model == "garbage":
                    self._send(200, b"this is not json", "application/json")
                    return
                text = _reply(body["messages"], model)
                if body.get("stream"):
                    self._stream(text, model)
                else:
                    self._send(
                        200, json.dumps(_completion(text, model)).encode(), "application/json"
                    )

            def _send(self, status: int, payload: bytes, kind: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def _stream(self, text: str, model: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                for piece in re.findall(r"\S+\s*", text):
                    chunk = {
                        "id": "x",
                        "object": "chat.completion.chunk",
                        "created": 0,
                        "model": model,
                        "choices": [
                            {"index": 0, "delta": {"content": piece}, "finish_reason": None}
                        ],
                    }
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                self.wfile.write(b"data: [DONE]\n\n")

        return Handler


def _reply(messages: list[dict], model: str) -> str:
    user = messages[-1]["content"]
    if "Standalone question" in user or "Op zichzelf staande vraag" in user:
        history = re.search(r":\n(.+?)\n\n", user, re.S)
        last = re.search(r"(?:Last question|Laatste vraag): (.+)", user)
        return f"{last.group(1) if last else ''} ({history.group(1).strip() if history else ''})"
    first = re.search(r"\[1\] [^\n]*\n([^\n]{10,80}\w)", user)
    if model == "nocite" or not first:
        return "Ik weet het niet."
    return f"Volgens de bron: {first.group(1).strip()} [1]. Meer staat in een andere bron [9]."


def _completion(text: str, model: str) -> dict:
    return {
        "id": "x",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }
