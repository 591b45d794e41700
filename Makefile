# Two-command setup: `make demo` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CORPUS ?= ../shared/corpus
DEMO_DB ?= archive.db

.PHONY: demo test lint format eval eval-own eval-tune eval-tune2 eval-tune3 eval-tune4 eval-blind bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/archive --db $(DEMO_DB) import examples/
	$(BIN)/archive --db $(DEMO_DB) stats
	$(BIN)/archive --db $(DEMO_DB) meetings list

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy archive
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy archive

format: $(VENV)/.installed-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Extraction quality on the dev corpus: import into a fresh database, export, score.
eval: $(VENV)/.installed
	rm -f /tmp/archive-eval.db /tmp/archive-eval.db-wal /tmp/archive-eval.db-shm
	$(BIN)/archive --db /tmp/archive-eval.db import $(CORPUS)/dev.jsonl --quiet
	$(BIN)/archive --db /tmp/archive-eval.db export -o export.jsonl
	$(PYTHON) $(CORPUS)/score.py $(CORPUS)/dev export.jsonl

# The same on the project's own annotated articles: eval/own and eval/tune* check
# that rules generalise; eval/blind is never used for tuning, only for measuring.
eval-own eval-tune eval-tune2 eval-tune3 eval-tune4 eval-blind: eval-%: $(VENV)/.installed
	rm -f /tmp/archive-$*.db /tmp/archive-$*.db-wal /tmp/archive-$*.db-shm
	$(BIN)/python scripts/corpus_jsonl.py eval/$* > /tmp/archive-$*.jsonl
	$(BIN)/archive --db /tmp/archive-$*.db import /tmp/archive-$*.jsonl --quiet
	$(BIN)/archive --db /tmp/archive-$*.db export -o export-$*.jsonl
	$(PYTHON) $(CORPUS)/score.py eval/$* export-$*.jsonl

bench: $(VENV)/.installed-test
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_import.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache export.jsonl
