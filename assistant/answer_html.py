"""HTML for answers (citation markers as clickable chips) and for a cited passage.

Everything that came from a user or a document goes through `html.escape` here, so the
chat can render this HTML unsanitised without letting a question or a passage inject
markup. The output has no blank lines: Markdown then treats it as one HTML block and
leaves `*`, `_` or `#` in document text alone.
"""

from __future__ import annotations

import re
from html import escape

from assistant.document_library import Passage
from assistant.models import AskResult, Citation
from assistant.ui_text import label

_MARKER = re.compile(r"\[(\d{1,2})\]")


def question_html(question: str) -> str:
    return f'<div class="bx-question">{_lines(escape(question))}</div>'


def pending_html(text: str) -> str:
    """A partial answer while tokens stream in: markers stay plain until citations arrive."""
    return f'<div class="bx-answer bx-pending">{_lines(escape(text))}</div>'


def answer_html(result: AskResult, turn: int, language: str) -> str:
    """The final answer: chips for [n], then the list of sources (or 'see also')."""
    by_number = {citation.n: citation for citation in result.citations}
    body = _MARKER.sub(
        lambda m: _chip_for(m, by_number, turn, language), _lines(escape(result.answer))
    )
    parts = [f'<div class="bx-answer" data-turn="{turn}">']
    if result.notice:
        parts.append(f'<p class="bx-notice">{escape(result.notice)}</p>')
    parts.append(f"<p>{body}</p>")
    parts.append(_source_list(result, turn, language))
    parts.append("</div>")
    return "".join(parts)


def chip(citation: Citation, turn: int, group: str = "c", language: str = "nl") -> str:
    """A button carrying what the source panel needs to find the citation again."""
    title = escape(f"{citation.title} — {citation.section}, p. {page_text(citation, language)}")
    return (
        f'<button type="button" class="bx-chip" data-turn="{turn}" data-group="{group}"'
        f' data-n="{citation.n}" title="{title}">{citation.n}</button>'
    )


def passage_html(citation: Citation, passage: Passage | None, language: str) -> str:
    """Title, section and page, then the passage marked inside its surrounding text."""
    header = (
        f'<div class="bx-source" data-file="{escape(citation.file)}">'
        f'<h3 class="bx-source-title">[{citation.n}] {escape(citation.title)}</h3>'
        f'<p class="bx-source-meta"><span class="bx-source-section">{label("section", language)}:'
        f' {escape(citation.section)}</span><br><span class="bx-source-page">'
        f"{label('page', language)}: {escape(page_text(citation, language))}</span></p>"
    )
    if passage is None:
        body = f'<p class="bx-missing">{label("source_missing", language)}</p>'
        body += f"<blockquote><mark>{_lines(escape(citation.text))}</mark></blockquote>"
    else:
        body = f'<div class="bx-context">{marked_passage(passage)}</div>'
    return header + body + "</div>"


def marked_passage(passage: Passage) -> str:
    """The context text with the cited span inside <mark>, each part escaped separately."""
    text = passage.text
    before = escape(text[: passage.passage_start])
    cited = escape(text[passage.passage_start : passage.passage_end])
    after = escape(text[passage.passage_end :])
    return _lines(f"…{before}<mark>{cited}</mark>{after}…")


def page_text(citation: Citation, language: str) -> str:
    if citation.page_start is None:
        return label("page_unknown", language)
    pages = str(citation.page_start)
    if citation.page_end is not None and citation.page_end != citation.page_start:
        pages = f"{citation.page_start}–{citation.page_end}"
    origin = label(f"page_source_{citation.page_source}", language)
    return f"{pages} ({origin})" if origin else pages


def _source_list(result: AskResult, turn: int, language: str) -> str:
    sources, group, heading = result.citations, "c", label("sources", language)
    if not sources:
        sources, group, heading = result.see_also, "s", label("see_also", language)
    if not sources:
        return ""
    items = "".join(
        f"<li>{chip(source, turn, group, language)} {escape(source.title)} — "
        f"{escape(source.section)}, p. {escape(page_text(source, language))}</li>"
        for source in sources
    )
    return f'<div class="bx-sources"><strong>{heading}</strong><ul>{items}</ul></div>'


def _chip_for(match: re.Match, by_number: dict[int, Citation], turn: int, language: str) -> str:
    citation = by_number.get(int(match.group(1)))
    return chip(citation, turn, "c", language) if citation else match.group(0)


def _lines(text: str) -> str:
    return text.strip().replace("\r\n", "\n").replace("\n", "<br>")
