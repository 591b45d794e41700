# Two-command setup: `make demo` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CORPUS ?= ../shared/corpus
DEMO_DB ?= archive.db
# Scratch files of the eval targets live in the checkout, so parallel checkouts never collide.
EVAL_TMP := .eval

.PHONY: demo test test-install lint format eval bench clean

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
	scripts/check_install.sh

# A plain `pip install .` in a throw-away venv (no test extras) imports every format.
test-install:
	scripts/check_install.sh

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy archive

format: $(VENV)/.installed-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Extraction quality on the dev corpus: import into a fresh database, export, score.
eval: $(VENV)/.installed
	mkdir -p $(EVAL_TMP) && rm -f $(EVAL_TMP)/dev.db*
	$(BIN)/archive --db $(EVAL_TMP)/dev.db import $(CORPUS)/dev.jsonl --quiet
	$(BIN)/archive --db $(EVAL_TMP)/dev.db export -o export.jsonl
	$(PYTHON) $(CORPUS)/score.py $(CORPUS)/dev export.jsonl

# The same on any annotated folder eval/<name> (make eval-own, eval-tune, eval-blind…):
# eval/own and eval/tune* check that rules generalise; eval/blind* are never used
# for tuning, only for measuring.
eval-%: $(VENV)/.installed
	test -d eval/$*
	mkdir -p $(EVAL_TMP) && rm -f $(EVAL_TMP)/$*.db*
	$(BIN)/python scripts/corpus_jsonl.py eval/$* > $(EVAL_TMP)/$*.jsonl
	$(BIN)/archive --db $(EVAL_TMP)/$*.db import $(EVAL_TMP)/$*.jsonl --quiet
	$(BIN)/archive --db $(EVAL_TMP)/$*.db export -o export-$*.jsonl
	$(PYTHON) $(CORPUS)/score.py eval/$* export-$*.jsonl

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	touch $@ $(VENV)/.installed $(VENV)/.installed-test

bench: $(VENV)/.installed-bench
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_import.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache export.jsonl
