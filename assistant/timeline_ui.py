"""The web chat's "Tijdlijn" tab: a topic's passages per document, plan before report.

`timeline_html` renders a `Timeline` as one block per document (year, label, title, then
each passage's section, page and excerpt); every text from a user or a document goes
through `html.escape`. The last timeline is kept in a `gr.State`, so switching the
language relabels it without searching again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from html import escape

from assistant.settings import configure_offline_environment

configure_offline_environment()

import gradio as gr  # noqa: E402 - analytics must be off before gradio is imported

from assistant.answer_html import page_text  # noqa: E402
from assistant.models import Citation  # noqa: E402
from assistant.service import Assistant, InvalidQuestion  # noqa: E402
from assistant.timeline import (  # noqa: E402
    MAX_TOPIC_CHARS,
    Timeline,
    TimelineEntry,
    build_timeline,
)
from assistant.ui_state import session_state  # noqa: E402
from assistant.ui_text import label, pick_language  # noqa: E402

log = logging.getLogger(__name__)


@dataclass
class TimelineView:
    """What the tab does when asked: build the timeline, or say why not."""

    assistant: Assistant

    def show(self, topic: str, language: str) -> tuple[str, Timeline | None]:
        """(HTML for the result panel, the timeline to remember for relabelling)."""
        if not (topic or "").strip():
            return notice_html(label("timeline_empty_topic", language)), None
        try:
            timeline = build_timeline(self.assistant, topic)
        except InvalidQuestion as exc:
            return notice_html(str(exc)), None
        except Exception:  # noqa: BLE001 - the user gets a message, the log the trace
            log.exception("web timeline failed")
            return notice_html(label("error", language)), None
        return timeline_html(timeline, language), timeline


def timeline_tab(ui: dict) -> None:
    """The tab's components, in Dutch; `wire_timeline` relabels them with the language."""
    ui["timeline_state"] = session_state(None)
    with gr.Row(elem_id="bx-tl-ask-row"):
        ui["timeline_topic"] = gr.Textbox(
            label=label("timeline_topic", "nl"),
            placeholder=label("timeline_placeholder", "nl"),
            elem_id="bx-tl-topic",
            lines=1,
            max_lines=1,
            scale=5,
            max_length=MAX_TOPIC_CHARS,
        )
        ui["timeline_show"] = gr.Button(
            label("timeline_show", "nl"), variant="primary", elem_id="bx-tl-show", scale=1
        )
    ui["timeline_result"] = gr.HTML(hint_html("nl"), elem_id="bx-tl-result")


def wire_timeline(ui: dict, assistant: Assistant) -> None:
    view = TimelineView(assistant)
    inputs = [ui["timeline_topic"], ui["language"]]
    outputs = [ui["timeline_result"], ui["timeline_state"]]
    for trigger in (ui["timeline_topic"].submit, ui["timeline_show"].click):
        trigger(view.show, inputs, outputs)
    ui["language"].change(
        relabel_timeline,
        [ui["language"], ui["timeline_state"]],
        [ui["timeline_tab"], ui["timeline_topic"], ui["timeline_show"], ui["timeline_result"]],
        show_progress="hidden",
    )


def relabel_timeline(language: str, timeline: Timeline | None) -> tuple:
    language = pick_language(language)
    result = hint_html(language) if timeline is None else timeline_html(timeline, language)
    return (
        gr.Tab(label=label("timeline", language)),
        gr.Textbox(
            label=label("timeline_topic", language),
            placeholder=label("timeline_placeholder", language),
        ),
        gr.Button(label("timeline_show", language)),
        result,
    )


# --- HTML ------------------------------------------------------------------------------------


def timeline_html(timeline: Timeline, language: str) -> str:
    """A heading, then one block per document in the timeline's (year) order."""
    heading = f"{label('timeline', language)}: {escape(timeline.topic)}"
    blocks = "".join(entry_html(entry, language) for entry in timeline.entries)
    return f'<div class="bx-timeline"><h3 class="bx-tl-heading">{heading}</h3>{blocks}</div>'


def entry_html(entry: TimelineEntry, language: str) -> str:
    covered = "bx-tl-covered" if entry.covered else "bx-tl-uncovered"
    head = (
        f'<div class="bx-tl-head"><span class="bx-tl-year">{entry.year or "—"}</span>'
        f'<span class="bx-tl-label bx-tl-{escape(entry.label)}">'
        f"{escape(entry_label(entry, language))}</span>"
        f'<span class="bx-tl-title">{escape(entry.title)}</span></div>'
    )
    if entry.covered:
        items = "".join(
            passage_html(passage, excerpt, language)
            for passage, excerpt in zip(entry.passages, entry.excerpts, strict=True)
        )
        body = f'<ol class="bx-tl-passages">{items}</ol>'
    else:
        body = f'<p class="bx-tl-none">{label("timeline_none", language)}</p>'
    return (
        f'<section class="bx-tl-entry {covered}" data-file="{escape(entry.file)}"'
        f' data-kind="{escape(entry.kind)}">{head}{body}</section>'
    )


def passage_html(passage: Citation, excerpt: str, language: str) -> str:
    return (
        f'<li class="bx-tl-passage"><div class="bx-tl-meta">[{passage.n}] '
        f'<span class="bx-tl-section">{label("section", language)}: '
        f"{escape(passage.section)}</span> · "
        f'<span class="bx-tl-page">{label("page", language)}: '
        f"{escape(page_text(passage, language))}</span></div>"
        f'<div class="bx-tl-excerpt">{escape(excerpt)}</div></li>'
    )


def entry_label(entry: TimelineEntry, language: str) -> str:
    """planned / reported / programmed in the page's language."""
    key = f"timeline_{entry.label}"
    return label(key if key in _LABEL_KEYS else "timeline_other", language)


def hint_html(language: str) -> str:
    return f'<div class="bx-tl-hint">{label("timeline_hint", language)}</div>'


def notice_html(text: str) -> str:
    return f'<div class="bx-tl-notice">{escape(text)}</div>'


_LABEL_KEYS = {"timeline_planned", "timeline_reported", "timeline_programmed"}
