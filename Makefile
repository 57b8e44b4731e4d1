# The two commands of the README: `make run` and `make test`. Both set up what they need first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501
# uv installs the pinned wheels in about 9 s where pip took 78 s (measured on a fresh venv, 2 cores);
# it is itself one wheel that pip fetches first.
UV := $(BIN)/uv
PIP := $(UV) pip install --quiet --python $(BIN)/python
# Bytecode is written by Python as modules are first imported. Where PYTHONDONTWRITEBYTECODE is set (as
# on our CI machines) nothing would write it, and every process would compile pandas, DuckDB and
# Streamlit from source again (`import pandas`: 2.6 s instead of 0.4 s): make's commands run without it.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: run test test-fast check lint typecheck bench demo screenshot screenshots clean
LINTED := kopdash pages app.py serve.py tests docs benchmarks deploy

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(UV): | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==0.13.10

$(VENV)/.run-deps: requirements.txt pyproject.toml | $(UV)
	$(PIP) -r requirements.txt
	$(PIP) --no-deps --editable .  # the `kopdash` command (python -m kopdash works without it)
	touch $@

$(VENV)/.test-deps: requirements.txt requirements-dev.txt pyproject.toml | $(UV)
	$(PIP) -r requirements.txt -r requirements-dev.txt
	$(PIP) --no-deps --editable .
	touch $@ $(VENV)/.run-deps

run: $(VENV)/.run-deps  ## set up, then start the app on the bundled demo (or KOPDASH_DATA_DIR)
	$(BIN)/python -m streamlit run serve.py --server.port $(PORT)

test: check  ## set up, check style and types, then run every test (browser tests need /usr/bin/chromium)
	$(BIN)/python -m pytest

check: $(VENV)/.test-deps  ## ruff's lint rules and formatter, and mypy: each its own step, nothing changed
	$(BIN)/python -m ruff check $(LINTED)
	$(BIN)/python -m ruff format --check $(LINTED)
	$(BIN)/python -m mypy

test-fast: $(VENV)/.test-deps  ## unit and AppTest tests only: no browser, no processes or servers
	$(BIN)/python -m pytest -m "not browser and not slow"

lint: $(VENV)/.test-deps  ## ruff's lint rules and formatter, fixing what they can
	$(BIN)/python -m ruff check --fix $(LINTED)
	$(BIN)/python -m ruff format $(LINTED)

typecheck: $(VENV)/.test-deps  ## mypy over the library (settings in pyproject.toml)
	$(BIN)/python -m mypy

bench: $(VENV)/.test-deps  ## the full bench on KOPDASH_DATA_DIR (e.g. the national demo store): not a test
	$(BIN)/python -m kopdash bench

demo: $(VENV)/.run-deps  ## regenerate the demo store into KOPDASH_DATA_DIR (default: data/)
	$(BIN)/python -m kopdash demo

screenshot: $(VENV)/.test-deps  ## refresh docs/screenshot.png from a running app
	$(BIN)/python docs/make_screenshot.py

screenshots: $(VENV)/.test-deps  ## the browser journeys, keeping each one's last screen in docs/journeys
	KOPDASH_SCREENSHOTS=docs/journeys $(BIN)/python -m pytest -q -n 2 tests/test_browser_journeys.py \
		tests/test_browser.py -k "mayor or official or analyst or officer or map_draws"

clean:
	rm -rf $(VENV) .pytest_cache
