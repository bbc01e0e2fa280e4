"""Checks a helper-written gold file: format, verbatim quotes, key facts, mix, no reuse.

Usage: python eval/own3/validate_gold.py eval/own3/own3.jsonl eval/own4/own4.jsonl
"""

import collections
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
D = f"{ROOT}/data/documents/"


def col(s):
    return re.sub(r"\s+", " ", s).strip()


DOCS = {f: col(Path(D + f).read_text()) for f in os.listdir(D) if f.endswith(".txt")}
RAW = {f: Path(D + f).read_text() for f in DOCS}
FIELDS = ["id", "question", "language", "history", "type", "evidence", "answer", "key_facts"]
TYPES = {"factoid", "numeric", "list", "explain", "summary", "cross-doc", "unanswerable"}
WANT_T = {
    "numeric": 9,
    "factoid": 8,
    "list": 7,
    "explain": 6,
    "summary": 3,
    "cross-doc": 3,
    "unanswerable": 4,
}
WANT_L = {"nl": 30, "en": 7, "fr": 3}


def load(p):
    return [json.loads(line) for line in Path(p).read_text().splitlines() if line.strip()]


def norm(s):
    return col(s).lower()


def grams(s, n=40):
    s = norm(s)
    return {s[i : i + n] for i in range(max(0, len(s) - n + 1))}


ok = True


def err(*a):
    global ok
    ok = False
    print("FAIL", *a)


# Every earlier gold file is off limits: dev and each eval/own*/own*.jsonl not being checked now.
checked = {Path(a).resolve() for a in sys.argv[1:]}
used_files = [f"{ROOT}/data/gold/dev.jsonl"] + [
    str(p) for p in sorted(ROOT.glob("eval/own*/own*.jsonl")) if p.resolve() not in checked
]
used_quotes = [
    (e["doc"], e["quote"], os.path.basename(f))
    for f in used_files
    for o in load(f)
    for e in o["evidence"]
]
used_grams = set()
for _, q, _ in used_quotes:
    used_grams |= grams(q)


# paragraph index: blank-line separated blocks of raw text; map used quotes to paragraphs
def para_spans(raw):
    spans = []
    pos = 0
    for m in re.finditer(r"\n\s*\n", raw):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(raw)))
    return spans


def locate(raw, quote):
    # find quote in raw allowing whitespace runs
    pat = r"\s+".join(re.escape(w) for w in col(quote).split(" "))
    m = re.search(pat, raw, re.I)
    return (m.start(), m.end()) if m else None


def paras_of(doc, quote):
    raw = RAW[doc]
    loc = locate(raw, quote)
    if not loc:
        return set()
    return {i for i, (a, b) in enumerate(para_spans(raw)) if a < loc[1] and b > loc[0]}


used_paras = collections.defaultdict(set)
for d, q, _ in used_quotes:
    used_paras[d] |= paras_of(d, q)

sets = {}
for path in sys.argv[1:]:
    items = load(path)
    name = os.path.basename(path)
    print("==", name, len(items), "items")
    ids = set()
    for o in items:
        if list(o.keys()) != FIELDS:
            err(o.get("id"), "fields", list(o.keys()))
        if o["id"] in ids:
            err(o["id"], "dup id")
        ids.add(o["id"])
        if o["type"] not in TYPES:
            err(o["id"], "type")
        if o["language"] not in WANT_L:
            err(o["id"], "lang")
        if not isinstance(o["history"], list):
            err(o["id"], "history")
        if not o["answer"].strip():
            err(o["id"], "no answer")
        if o["type"] == "unanswerable":
            if o["evidence"] or o["key_facts"]:
                err(o["id"], "unanswerable with evidence/keys")
            continue
        if not o["evidence"]:
            err(o["id"], "no evidence")
        if not (1 <= len(o["key_facts"]) <= 4):
            err(o["id"], "key_facts count")
        for e in o["evidence"]:
            if set(e.keys()) != {"doc", "quote", "section", "page"}:
                err(o["id"], "evidence fields")
            if e["doc"] not in DOCS:
                err(o["id"], "doc", e["doc"])
                continue
            q = col(e["quote"])
            if not (40 <= len(q) <= 400):
                err(o["id"], "quote length", len(q))
            if q not in DOCS[e["doc"]]:
                err(o["id"], "quote not in doc", q[:60])
            if not e["section"]:
                err(o["id"], "no section")
            if e["page"] is not None and not isinstance(e["page"], int):
                err(o["id"], "page type")
            g = grams(q) & used_grams
            if g:
                err(o["id"], "40-char overlap with dev/own/own2:", next(iter(g)))
            if not paras_of(e["doc"], q):
                print("  WARN", o["id"], "could not locate paragraph")
            if paras_of(e["doc"], q) & used_paras[e["doc"]]:
                print("  WARN", o["id"], "quote shares a paragraph with a used quote")
        qs = " || ".join(norm(e["quote"]) for e in o["evidence"])
        for k in o["key_facts"]:
            if norm(k) not in qs:
                err(o["id"], "key fact not in quotes:", k)
        if o["type"] == "cross-doc" and len({e["doc"] for e in o["evidence"]}) < 2:
            err(o["id"], "cross-doc needs 2 docs")
    t = collections.Counter(o["type"] for o in items)
    langs = collections.Counter(o["language"] for o in items)
    fu = sum(1 for o in items if o["history"])
    docs = collections.Counter(e["doc"][:3] for o in items for e in o["evidence"])
    print("  types", dict(t))
    print("  langs", dict(langs))
    print("  follow-ups", fu)
    print("  evidence per doc", dict(sorted(docs.items())))
    if dict(t) != WANT_T:
        err(name, "type mix", dict(t))
    if len(items) != 40:
        err(name, "count")
    if not (29 <= langs["nl"] <= 31 and 6 <= langs["en"] <= 8 and langs["fr"] == 3):
        err(name, "language mix", dict(langs))
    if fu != 3:
        err(name, "follow-ups", fu)
    sets[name] = items
# cross-file overlap and shared paragraphs
names = list(sets)
for i in range(len(names)):
    for j in range(i + 1, len(names)):
        A = [(o["id"], e) for o in sets[names[i]] for e in o["evidence"]]
        B = [(o["id"], e) for o in sets[names[j]] for e in o["evidence"]]
        for ia, ea in A:
            ga = grams(ea["quote"])
            for ib, eb in B:
                if ea["doc"] == eb["doc"]:
                    if ga & grams(eb["quote"]):
                        err(ia, ib, "40-char overlap between files")
                    if paras_of(ea["doc"], ea["quote"]) & paras_of(eb["doc"], eb["quote"]):
                        print("  WARN", ia, ib, "same paragraph across files")
print("RESULT:", "OK" if ok else "FAILURES")
