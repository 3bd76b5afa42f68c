# Mali Atlas — `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
PORT ?= 8501
PYTEST_ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help setup setup-dev setup-browser data run test test-fast test-browser lint fmt eval bench reference-data clean

## help: list the targets
help:
	@grep -E '^## ' $(MAKEFILE_LIST) | sed 's/^## //' | awk -F': ' '{printf "  %-16s %s\n", $$1, $$2}'

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.stamp-runtime: requirements.txt | $(VENV)/bin/python
	$(PIP) install -r requirements.txt
	@touch $@

$(VENV)/.stamp-dev: requirements.txt requirements-dev.txt $(VENV)/.stamp-runtime
	$(PIP) install -r requirements-dev.txt
	@touch $@

## setup: create .venv and install the runtime dependencies
setup: $(VENV)/.stamp-runtime

## setup-dev: install the test and lint tools as well
setup-dev: $(VENV)/.stamp-dev

## setup-browser: install Debian's chromium for browser tests (needs root; never downloads a browser)
setup-browser:
	@if command -v chromium >/dev/null 2>&1; then \
		echo "chromium: $$(command -v chromium)"; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing Debian chromium with apt-get..."; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
			|| echo "WARNING: apt-get could not install chromium"; \
	else \
		echo "########################################################################"; \
		echo "## WARNING: chromium is not installed and cannot be installed here     ##"; \
		echo "## (not root or no apt-get). Browser tests will be SKIPPED.            ##"; \
		echo "## Install it with:  sudo apt-get install chromium                      ##"; \
		echo "########################################################################"; \
	fi

## data: build data/build/ from the seeds and the catalogue
data: setup
	$(PY) -m geo build

## run: set up, build the data and start the dashboard on http://localhost:8501
run: data
	$(PY) -m streamlit run dashboard.py --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

## test: set up (dev tools and chromium) and run the whole suite
test: setup-dev setup-browser
	$(PY) -m pytest $(PYTEST_ARGS)

## test-fast: the suite without browser tests
test-fast: setup-dev
	$(PY) -m pytest -m "not browser" $(PYTEST_ARGS)

## test-browser: only the browser tests
test-browser: setup-dev setup-browser
	$(PY) -m pytest -m browser $(PYTEST_ARGS)

## lint: ruff check, format check and mypy (run by CI after the tests)
lint: setup-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

## fmt: apply ruff fixes and formatting
fmt: setup-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## eval: geoparser and extractor precision/recall against tests/gold
eval: setup
	$(PY) -m geo eval

## bench: performance figures (printed and written to bench-results/)
bench: setup-dev setup-browser
	$(PY) scripts/bench.py

## reference-data: regenerate data/gazetteer.csv, the GeoNames fallback and the basemap
reference-data: setup-dev
	$(PIP) install -r requirements-refdata.txt
	$(PY) scripts/make_reference_data.py

## clean: remove the virtualenv, caches and build outputs
clean:
	rm -rf $(VENV) data/build data/cache static/vendor .pytest_cache .ruff_cache .hypothesis test-results bench-results
