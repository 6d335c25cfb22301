# The two commands of the README: `make run` and `make test`. Both set themselves up.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bench-dask docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/kg build -o out/thanh-hoa-qpan-2020.ttl
	$(BIN)/kg viz --data out/thanh-hoa-qpan-2020.ttl -o out/graph.html

test: $(STAMP)
	$(BIN)/ruff check kg scripts tests
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python scripts/bench_corpus.py

# The ontology's HTML reference, generated offline from ontology/vnr.ttl (commit the result).
docs: $(STAMP)
	$(BIN)/pip install -q -e '.[docs]'
	$(BIN)/pylode --sort -o docs/ontology/index.html ontology/vnr.ttl

bench-dask: $(STAMP)
	nice $(BIN)/python scripts/bench_dask.py

clean:
	rm -rf out $(VENV)
