"""The web chat (Gradio Blocks) mounted at `/`: layout, wiring and offline theme.

Dutch by default; the browser language (or `?lang=en|fr|nl`, or the switch) picks English
or French labels. Citation chips live inside the chat's HTML; one document-level click
listener (set up by the source panel) sends the clicked chip to the server, which renders
the passage. No asset comes from outside the server: system fonts, no analytics, no CDN.
"""

from __future__ import annotations

from pathlib import Path

from assistant.settings import configure_offline_environment

configure_offline_environment()

import gradio as gr  # noqa: E402 - analytics must be off before gradio is imported

from assistant.chat_handlers import ChatHandlers, Turn, messages, source_hint, source_key  # noqa: E402
from assistant.timeline_ui import timeline_tab, wire_timeline  # noqa: E402
from assistant.ui_state import session_state  # noqa: E402
from assistant.ui_text import EXAMPLES, LANGUAGES, label, pick_language  # noqa: E402

STATIC = Path(__file__).parent / "static"

# Registered once per page; `window.bxTrigger` always points at the live source panel.
CHIP_LISTENER_JS = """
window.bxTrigger = trigger;
if (!window.bxChipListener) {
  window.bxChipListener = true;
  document.addEventListener('click', (event) => {
    const chip = event.target.closest('.bx-chip');
    if (!chip || chip.closest('.bx-source')) return;
    event.preventDefault();
    document.querySelectorAll('.bx-chip.bx-active').forEach(c => c.classList.remove('bx-active'));
    chip.classList.add('bx-active');
    window.bxTrigger('click', {turn: chip.dataset.turn, group: chip.dataset.group,
                               n: chip.dataset.n});
  });
}
watch('value', () => {
  const context = element.querySelector('.bx-context');
  const mark = context && context.querySelector('mark');
  if (mark) context.scrollTop = Math.max(0, mark.offsetTop - 48);
});
"""

DETECT_LANGUAGE_JS = """
() => {
  const asked = new URLSearchParams(window.location.search).get('lang');
  const offered = asked ? [asked] : (navigator.languages || [navigator.language || 'nl']);
  for (const tag of offered) {
    const code = (tag || '').slice(0, 2).toLowerCase();
    if (['nl', 'en', 'fr'].includes(code)) return code;
  }
  return 'nl';
}
"""


def theme() -> gr.themes.Base:
    """System fonts only: the default theme would load web fonts."""
    return gr.themes.Default(
        primary_hue="blue",
        font=["system-ui", "Segoe UI", "Helvetica", "Arial", "sans-serif"],
        font_mono=["ui-monospace", "Consolas", "monospace"],
    )


def mount_chat_ui(app, handlers: ChatHandlers, kinds: list[str], years: list[int]):  # noqa: ANN001, ANN201
    """Mount the chat at `/` on the FastAPI `app` (after every other route is added)."""
    demo = build_chat_ui(handlers, kinds, years)
    return gr.mount_gradio_app(
        app,
        demo,
        path="/",
        footer_links=[],
        run_history=False,
        show_error=False,
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        enable_monitoring=False,
        theme=theme(),
        css_paths=[STATIC / "chat.css"],
    )


def build_chat_ui(handlers: ChatHandlers, kinds: list[str], years: list[int]) -> gr.Blocks:
    with gr.Blocks(title="Benelux Assistent", analytics_enabled=False) as demo:
        ui = _layout(kinds, years)
        _wire(demo, ui, handlers)
    demo.queue(default_concurrency_limit=4)
    return demo


def _layout(kinds: list[str], years: list[int]) -> dict:
    ui: dict = {
        "turns": session_state([]),
        "source_key": session_state(None),
        "feedback_id": session_state(None),
    }
    _header_row(ui)
    _tabs(ui, kinds, years)
    return ui


def _header_row(ui: dict) -> None:
    with gr.Row(elem_id="bx-header"):
        ui["header"] = gr.HTML(_header("nl"), elem_id="bx-title")
        ui["language"] = gr.Radio(
            [(code.upper(), code) for code in LANGUAGES],
            value="nl",
            label=label("language", "nl"),
            elem_id="bx-language",
            scale=0,
            min_width=270,
        )


def _tabs(ui: dict, kinds: list[str], years: list[int]) -> None:
    """The chat (selected) and the timeline; the language switch above serves both."""
    with gr.Tabs(elem_id="bx-tabs"):
        with gr.Tab(label("chat_tab", "nl"), id="chat", elem_id="bx-chat-tab") as ui["chat_tab"]:
            _chat_row(ui, kinds, years)
        with gr.Tab(label("timeline", "nl"), id="timeline", elem_id="bx-timeline-tab") as tab:
            ui["timeline_tab"] = tab
            timeline_tab(ui)


def _chat_row(ui: dict, kinds: list[str], years: list[int]) -> None:
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            _chat_column(ui)
        with gr.Column(scale=2, elem_id="bx-side"):
            _side_column(ui, kinds, years)


def _chat_column(ui: dict) -> None:
    ui["chat"] = gr.Chatbot(
        label=label("chat", "nl"),
        elem_id="bx-chat",
        height=520,
        sanitize_html=False,
        latex_delimiters=[],
        feedback_options=("Like", "Dislike"),
        buttons=["copy"],
        layout="bubble",
        render_markdown=True,
        autoscroll=True,
        placeholder=_placeholder("nl"),
    )
    with gr.Row(visible=False, elem_id="bx-feedback") as ui["feedback_row"]:
        ui["comment"] = gr.Textbox(
            label=label("feedback_prompt", "nl"), elem_id="bx-comment", scale=4, max_length=2000
        )
        ui["comment_send"] = gr.Button(label("feedback_send", "nl"), scale=1, size="sm")
    ui["feedback_status"] = gr.Markdown("", elem_id="bx-feedback-status")
    with gr.Row(elem_id="bx-ask-row"):
        ui["question"] = gr.Textbox(
            label=label("question", "nl"),
            placeholder=label("placeholder", "nl"),
            elem_id="bx-question",
            lines=1,
            max_lines=4,
            scale=5,
            max_length=4000,
        )
        ui["send"] = gr.Button(label("send", "nl"), variant="primary", elem_id="bx-send", scale=1)
    with gr.Row():
        ui["new"] = gr.Button(label("new", "nl"), elem_id="bx-new", size="sm", scale=0)
    ui["examples"] = gr.Dataset(
        components=[ui["question"]],
        samples=[[q] for q in EXAMPLES["nl"]],
        label=label("examples", "nl"),
        elem_id="bx-examples",
        layout="gallery",
    )


def _side_column(ui: dict, kinds: list[str], years: list[int]) -> None:
    with gr.Accordion(label("filters", "nl"), open=True, elem_id="bx-filters") as ui["filters"]:
        ui["kinds"] = gr.Dropdown(
            kinds, value=[], multiselect=True, label=label("kind", "nl"), elem_id="bx-kind"
        )
        ui["years"] = gr.Dropdown(
            [str(year) for year in years],
            value=[],
            multiselect=True,
            label=label("year", "nl"),
            elem_id="bx-year",
        )
    ui["source"] = gr.HTML(
        source_hint("nl"),
        elem_id="bx-source-panel",
        js_on_load=CHIP_LISTENER_JS,
        label=label("source", "nl"),
        show_label=True,
        container=True,
        padding=True,
    )


def _wire(demo: gr.Blocks, ui: dict, handlers: ChatHandlers) -> None:
    ask_inputs = [ui["question"], ui["turns"], ui["kinds"], ui["years"], ui["language"]]
    ask_outputs = [ui["chat"], ui["question"], ui["turns"]]
    for trigger in (ui["question"].submit, ui["send"].click):
        trigger(handlers.respond, ask_inputs, ask_outputs, show_progress="hidden")
    ui["examples"].click(lambda sample: sample[0], ui["examples"], ui["question"])
    reset = [ui["chat"], ui["question"], ui["turns"], ui["source"], ui["source_key"]]
    reset += [ui["feedback_row"], ui["feedback_status"]]
    ui["new"].click(_new_conversation, ui["language"], reset)
    ui["chat"].clear(_new_conversation, ui["language"], reset)  # the chat's own bin icon
    _wire_sources(ui, handlers)
    _wire_feedback(ui, handlers)
    _wire_language(demo, ui, handlers)
    wire_timeline(ui, handlers.assistant)


def _wire_sources(ui: dict, handlers: ChatHandlers) -> None:
    def on_chip(turns: list[Turn], language: str, event: gr.EventData):  # noqa: ANN202
        key = source_key(getattr(event, "_data", None))
        return handlers.show_source(key, turns, language), key

    ui["source"].click(
        on_chip,
        [ui["turns"], ui["language"]],
        [ui["source"], ui["source_key"]],
        show_progress="hidden",
    )


def _wire_feedback(ui: dict, handlers: ChatHandlers) -> None:
    def on_like(turns: list[Turn], language: str, like: gr.LikeData):  # noqa: ANN202
        feedback_id = handlers.record_like(turns, _index(like.index), like.liked)
        visible = feedback_id is not None
        return feedback_id, gr.Row(visible=visible), ""

    def on_comment(feedback_id: int | None, comment: str, language: str):  # noqa: ANN202
        if feedback_id is not None and comment.strip():
            handlers.feedback.add_comment(feedback_id, comment)
        return "", gr.Row(visible=False), label("feedback_saved", language)

    ui["chat"].like(
        on_like,
        [ui["turns"], ui["language"]],
        [ui["feedback_id"], ui["feedback_row"], ui["feedback_status"]],
    )
    comment_inputs = [ui["feedback_id"], ui["comment"], ui["language"]]
    comment_outputs = [ui["comment"], ui["feedback_row"], ui["feedback_status"]]
    ui["comment_send"].click(on_comment, comment_inputs, comment_outputs)
    ui["comment"].submit(on_comment, comment_inputs, comment_outputs)


def _wire_language(demo: gr.Blocks, ui: dict, handlers: ChatHandlers) -> None:
    def relabel(language: str, turns: list[Turn], key):  # noqa: ANN001, ANN202
        language = pick_language(language)
        return (
            _header(language),
            gr.Radio(label=label("language", language)),
            gr.Chatbot(
                label=label("chat", language),
                value=messages(turns),
                placeholder=_placeholder(language),
            ),
            gr.Textbox(
                label=label("question", language), placeholder=label("placeholder", language)
            ),
            gr.Button(label("send", language)),
            gr.Button(label("new", language)),
            gr.Dataset(
                samples=[[q] for q in EXAMPLES[language]], label=label("examples", language)
            ),
            gr.Accordion(label=label("filters", language)),
            gr.Dropdown(label=label("kind", language)),
            gr.Dropdown(label=label("year", language)),
            gr.HTML(handlers.show_source(key, turns, language), label=label("source", language)),
            gr.Textbox(label=label("feedback_prompt", language)),
            gr.Button(label("feedback_send", language)),
            gr.Tab(label=label("chat_tab", language)),
        )

    names = [
        "header",
        "language",
        "chat",
        "question",
        "send",
        "new",
        "examples",
        "filters",
        "kinds",
        "years",
        "source",
        "comment",
        "comment_send",
        "chat_tab",
    ]
    ui["language"].change(
        relabel,
        [ui["language"], ui["turns"], ui["source_key"]],
        [ui[name] for name in names],
        show_progress="hidden",
    )
    demo.load(None, None, ui["language"], js=DETECT_LANGUAGE_JS)


def _new_conversation(language: str) -> tuple:
    """Forget the turns (the follow-up history) as well as what is on screen."""
    return [], "", [], source_hint(language), None, gr.Row(visible=False), ""


def _placeholder(language: str) -> str:
    return f'<div class="bx-placeholder">{label("source_hint_empty", language)}</div>'


def _header(language: str) -> str:
    return (
        f'<div class="bx-title"><h1>{label("title", language)}</h1>'
        f"<p>{label('subtitle', language)}</p></div>"
    )


def _index(index: int | tuple | list) -> int:
    return index[0] if isinstance(index, tuple | list) else int(index)
