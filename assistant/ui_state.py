"""Per-browser state for the Gradio pages, without leaking a memory address.

Gradio writes each `gr.State`'s delete callback into the page config with its `repr`;
the default callback's repr is "<function ... at 0x7f…>", a process memory address in
every page we serve. A callback object with a plain repr keeps it out.
"""

from __future__ import annotations

from typing import Any

from assistant.settings import configure_offline_environment

configure_offline_environment()

import gradio as gr  # noqa: E402 - analytics must be off before gradio is imported


class _Discard:
    """Nothing to release when a browser session ends: the state is plain data."""

    def __call__(self, value: Any) -> None:
        return None

    def __repr__(self) -> str:
        return "discard"


_DISCARD = _Discard()


def session_state(value: Any = None) -> gr.State:
    return gr.State(value, delete_callback=_DISCARD)
