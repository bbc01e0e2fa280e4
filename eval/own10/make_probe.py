# Probe for own10: one item per blank-line paragraph of each document, written to /tmp/probe10.jsonl, to learn from the
# validator (WARN/FAIL lines keyed by probe id) which paragraphs earlier sets already use. Adapted from eval/own8/make_probe.py.
import json, re, os
D = "/work/main/data/documents/"
def col(s): return re.sub(r"\s+", " ", s).strip()
out = []
for f in sorted(os.listdir(D)):
    if not f.endswith(".txt"): continue
    raw = open(D+f).read()
    pos = 0; spans = []
    for m in re.finditer(r"\n\s*\n", raw):
        spans.append((pos, m.start())); pos = m.end()
    spans.append((pos, len(raw)))
    for i,(a,b) in enumerate(spans):
        t = col(raw[a:b])
        if len(t) < 40: continue
        out.append({"id": f"p-{f[:3]}-{i}", "question": "x", "language": "nl", "history": [], "type": "factoid",
                    "evidence": [{"doc": f, "quote": t[:400] if len(t)<=400 else t[:400], "section": "x", "page": None}],
                    "answer": "x", "key_facts": [t[:10]]})
with open("/tmp/probe10.jsonl","w") as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
