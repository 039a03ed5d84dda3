# Quick start: `make run` builds the warehouse from seeds/, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/warehouse run

test: $(STAMP)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check etl tests migrations scripts
	$(BIN)/ruff format --check etl tests migrations scripts

clean:
	rm -rf warehouse.duckdb warehouse.duckdb.wal warehouse-work warehouse-marts reports/output dbt_project/target dbt_project/logs
