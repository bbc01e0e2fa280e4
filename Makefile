# Fresh machine: `make serve` (install, ingest, web chat) or `make test` (install, run tests).
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 7860

.PHONY: setup system-deps ingest serve chat test lint eval bench bench-corpus clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# Debian's chromium for the browser tests (Playwright drives /usr/bin/chromium).
system-deps:
	@if ! command -v chromium >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			chromium >/dev/null; \
	fi

ingest: setup
	$(BIN)/benelux-assistant ingest

serve: ingest
	$(BIN)/benelux-assistant serve --host $(HOST) --port $(PORT)

chat: ingest
	$(BIN)/benelux-assistant chat

test: setup system-deps
	$(BIN)/pytest -q

lint: setup
	$(BIN)/ruff check assistant ingest eval bench tests

eval: ingest
	$(BIN)/benelux-assistant eval --gold data/gold/dev.jsonl --out eval/results/dev --compare bm25 --compare dense

bench: ingest
	$(BIN)/python -m bench.run

# Once: the 10x / 100x corpora and their indexes in bench/cache (about an hour cold).
bench-corpus: setup
	$(BIN)/python -m bench.corpus

clean:
	rm -rf data/index .pytest_cache
