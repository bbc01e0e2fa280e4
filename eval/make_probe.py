"""A probe for writing a new check set: one item per paragraph of each document.

Run `eval/own3/validate_gold.py` on its output: the WARN/FAIL lines, keyed by probe id
(`p-<doc>-<paragraph>`), show which paragraphs earlier sets already quote, so a new set can
keep to unused ones. The probe is thrown away; the writers of own7-own10 used copies of it.

Usage: python eval/make_probe.py /tmp/probe.jsonl [--documents data/documents]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

_QUOTE_CHARS = 400  # the validator compares quotes of at most this length
_MIN_CHARS = 40


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, whitespace collapsed, as a quote would be."""
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text)]


def probe_items(documents: Path) -> list[dict]:
    items = []
    for path in sorted(documents.glob("*.txt")):
        for i, paragraph in enumerate(paragraphs(path.read_text(encoding="utf-8"))):
            if len(paragraph) < _MIN_CHARS:
                continue
            quote = paragraph[:_QUOTE_CHARS]
            evidence = [{"doc": path.name, "quote": quote, "section": "x", "page": None}]
            items.append(
                {
                    "id": f"p-{path.name[:3]}-{i}",
                    "question": "x",
                    "language": "nl",
                    "history": [],
                    "type": "factoid",
                    "evidence": evidence,
                    "answer": "x",
                    "key_facts": [paragraph[:10]],
                }
            )
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--documents", type=Path, default=Path("data/documents"))
    args = parser.parse_args()
    items = probe_items(args.documents)
    with args.out.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(len(items))


if __name__ == "__main__":
    main()
