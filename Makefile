# Two commands do everything on a fresh machine:
#   make demo   set up, ingest examples/papers into papers.db, serve on http://127.0.0.1:8001
#   make test   set up and run the whole test suite (what CI runs)
#   make test-fast   the suite without the tests marked slow, for development
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= papers.db
PORT ?= 8001

.PHONY: setup demo ingest serve test test-fast bench eval clean

$(BIN)/committee-papers: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup: $(BIN)/committee-papers

ingest: setup
	$(BIN)/committee-papers ingest examples/papers --db $(DB)

demo: ingest
	$(BIN)/committee-papers serve --db $(DB) --port $(PORT)

test: setup
	$(BIN)/python -m pytest

test-fast: setup
	$(BIN)/python -m pytest -m "not slow"

bench: setup
	$(BIN)/python bench/ingest_bench.py
	$(BIN)/python bench/search_bench.py

# Extraction scored on every labelled set (needs ../shared beside the checkout).
eval: setup
	$(BIN)/python bench/score_sets.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm tests/artifacts
