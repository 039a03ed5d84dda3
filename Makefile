# Quick start: `make run` builds the warehouse from seeds/, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LINTED := etl tests migrations bench scripts

.PHONY: setup run test lint browser clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/warehouse run

# The briefing page's test drives a real browser: Debian's chromium, installed here when it is
# missing and this user can (root with apt-get). Where it cannot be installed, that one test is
# skipped and says why; nothing else needs it.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "make browser: could not install chromium; the browser test will be skipped"; \
	  else \
	    echo "make browser: chromium is not installed (as root: apt-get install chromium); the browser test will be skipped"; \
	  fi; }

test: $(STAMP) browser
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/mypy

clean:
	rm -rf warehouse.duckdb warehouse.duckdb.wal warehouse-work warehouse-marts reports/output dbt_project/target dbt_project/logs
