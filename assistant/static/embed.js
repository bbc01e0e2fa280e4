// Compact chat for an <iframe>: streams answers from /api/v1/chat/stream, turns [n] into
// chips, and shows the cited passage (highlighted in its context) from the passage endpoint.
// All text is inserted with textContent, never innerHTML, so questions and document text
// cannot inject markup. Only same-origin requests are made.
"use strict";

(function () {
  const API = "/api/v1";
  const token = document.querySelector('meta[name="bx-embed-token"]').content;
  const LABELS = JSON.parse(document.getElementById("bx-labels").textContent);
  const log = document.getElementById("bx-log");
  const form = document.getElementById("bx-form");
  const input = document.getElementById("bx-input");
  const send = document.getElementById("bx-send");
  const panel = document.getElementById("bx-panel");
  const panelBody = document.getElementById("bx-panel-body");
  const langSelect = document.getElementById("bx-lang");
  let history = [];
  let language = pickLanguage();

  function pickLanguage() {
    const asked = new URLSearchParams(location.search).get("lang");
    const offered = asked ? [asked] : (navigator.languages || [navigator.language || "nl"]);
    for (const tag of offered) {
      const code = (tag || "").slice(0, 2).toLowerCase();
      if (LABELS[code]) return code;
    }
    return "nl";
  }

  function t(key) { return (LABELS[language] || LABELS.nl)[key] || key; }

  function applyLabels() {
    document.documentElement.lang = language;
    langSelect.value = language;
    document.querySelectorAll("[data-label]").forEach(el => { el.textContent = t(el.dataset.label); });
    input.placeholder = t("placeholder");
    langSelect.setAttribute("aria-label", t("language"));
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function headers() {
    return { "Content-Type": "application/json", "X-Embed-Token": token };
  }

  function pageText(c) {
    if (c.page_start === null || c.page_start === undefined) return t("page_unknown");
    const pages = c.page_end && c.page_end !== c.page_start ? `${c.page_start}–${c.page_end}` : `${c.page_start}`;
    const origin = (LABELS[language] || LABELS.nl)["page_source_" + c.page_source] || "";
    return origin ? `${pages} (${origin})` : pages;
  }

  function chip(citation) {
    const button = el("button", "bx-chip", String(citation.n));
    button.type = "button";
    button.title = `${citation.title} — ${citation.section}, p. ${pageText(citation)}`;
    button.addEventListener("click", () => showSource(citation, button));
    return button;
  }

  function renderAnswer(box, result) {
    box.textContent = "";
    if (result.notice) box.appendChild(el("div", "bx-notice", result.notice));
    const byNumber = new Map(result.citations.map(c => [c.n, c]));
    const body = el("div", "bx-answer-text");
    result.answer.split(/(\[\d{1,2}\])/).forEach(part => {
      const match = part.match(/^\[(\d{1,2})\]$/);
      const citation = match && byNumber.get(Number(match[1]));
      body.appendChild(citation ? chip(citation) : document.createTextNode(part));
    });
    box.appendChild(body);
    const sources = result.citations.length ? result.citations : (result.see_also || []);
    if (sources.length) {
      box.appendChild(el("strong", null, result.citations.length ? t("sources") : t("see_also")));
      const list = el("ul", "bx-sources");
      sources.forEach(c => {
        const item = el("li");
        item.appendChild(chip(c));
        item.appendChild(document.createTextNode(` ${c.title} — ${c.section}, p. ${pageText(c)}`));
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    box.appendChild(rating(result));
  }

  function rating(result) {
    const row = el("div", "bx-rate");
    [["👍", 1], ["👎", -1]].forEach(([symbol, value]) => {
      const button = el("button", null, symbol);
      button.type = "button";
      button.setAttribute("aria-label", value > 0 ? "like" : "dislike");
      button.addEventListener("click", () => {
        row.querySelectorAll("button").forEach(b => b.classList.remove("bx-chosen"));
        button.classList.add("bx-chosen");
        sendFeedback(result, value);
      });
      row.appendChild(button);
    });
    return row;
  }

  function sendFeedback(result, value) {
    const citations = result.citations.map(c => `[${c.n}] ${c.file} › ${c.section}`);
    fetch(`${API}/feedback`, {
      method: "POST", headers: headers(),
      body: JSON.stringify({ rating: value, question: result.question, answer: result.answer,
                             language: result.language, citations, channel: "embed" }),
    }).catch(() => {});
  }

  async function showSource(citation, button) {
    document.querySelectorAll(".bx-chip.bx-active").forEach(c => c.classList.remove("bx-active"));
    button.classList.add("bx-active");
    panelBody.textContent = "";
    panelBody.appendChild(el("h3", null, `[${citation.n}] ${citation.title}`));
    const meta = el("p", "bx-meta");
    meta.appendChild(el("span", "bx-section", `${t("section")}: ${citation.section}`));
    meta.appendChild(el("br"));
    meta.appendChild(el("span", "bx-page", `${t("page")}: ${pageText(citation)}`));
    panelBody.appendChild(meta);
    const context = el("div", "bx-context");
    panelBody.appendChild(context);
    panel.hidden = false;
    const query = `start=${citation.char_start}&end=${citation.char_end}`;
    const url = `${API}/documents/${encodeURIComponent(citation.file)}/passage?${query}`;
    try {
      const response = await fetch(url, { headers: headers() });
      if (!response.ok) throw new Error(String(response.status));
      const passage = await response.json();
      context.appendChild(document.createTextNode("…" + passage.text.slice(0, passage.passage_start)));
      context.appendChild(el("mark", null, passage.text.slice(passage.passage_start, passage.passage_end)));
      context.appendChild(document.createTextNode(passage.text.slice(passage.passage_end) + "…"));
      const mark = context.querySelector("mark");
      context.scrollTop = Math.max(0, mark.offsetTop - 30);
    } catch (error) {
      context.appendChild(el("p", "bx-notice", t("source_missing")));
      context.appendChild(el("mark", null, citation.text));
    }
  }

  function parseEvents(buffer, onEvent) {
    const blocks = buffer.split("\n\n");
    const rest = blocks.pop();
    blocks.forEach(block => {
      let name = "message";
      const data = [];
      block.split("\n").forEach(line => {
        if (line.startsWith("event:")) name = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
      });
      if (data.length) onEvent(name, JSON.parse(data.join("\n")));
    });
    return rest;
  }

  async function ask(question) {
    log.appendChild(el("div", "bx-msg bx-user", question));
    const box = el("div", "bx-msg bx-bot", t("thinking"));
    log.appendChild(box);
    log.scrollTop = log.scrollHeight;
    send.disabled = true;
    let text = "";
    try {
      const response = await fetch(`${API}/chat/stream`, {
        method: "POST", headers: headers(),
        body: JSON.stringify({ question, history }),
      });
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        throw new Error(problem.error || t("error"));
      }
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer = parseEvents(buffer + decoder.decode(value, { stream: true }), (name, data) => {
          if (name === "token") { text += data.text; box.textContent = text; }
          else if (name === "done") { renderAnswer(box, data); history.push(question); }
          else if (name === "error") throw new Error(data.error || t("error"));
        });
        log.scrollTop = log.scrollHeight;
      }
    } catch (error) {
      box.className = "bx-msg bx-error";
      box.textContent = error.message || t("error");
    } finally {
      send.disabled = false;
    }
  }

  form.addEventListener("submit", event => {
    event.preventDefault();
    const question = input.value.trim();
    if (!question) return;
    input.value = "";
    ask(question);
  });
  document.getElementById("bx-new").addEventListener("click", () => {
    history = [];
    log.textContent = "";
    panel.hidden = true;
    input.focus();
  });
  document.getElementById("bx-panel-close").addEventListener("click", () => { panel.hidden = true; });
  langSelect.addEventListener("change", () => { language = langSelect.value; applyLabels(); });
  applyLabels();
})();
