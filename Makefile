# newsmon: `make run` and `make test` do everything on a fresh machine with Python 3.11.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export DO_NOT_TRACK ?= 1

.PHONY: install install-dev run test lint eval bench clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; install Python 3.11 or run make PYTHON=python3" >&2; exit 1; }
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -qq --upgrade pip

# Pinned, hashed dependencies. `make install` installs the project itself as a regular package (setuptools
# warns about every editable mode), again whenever a source file changes; `make install-dev` installs
# it editable for development. `-qq` keeps pip to errors: its warnings here are about the machine's own pip
# configuration (e.g. missing find-links folders), not about newsmon.
SOURCES := $(shell find flows extractors warehouse seeds -type f -not -path '*/__pycache__/*' 2>/dev/null)

$(VENV)/.installed: requirements.lock pyproject.toml $(SOURCES) | $(BIN)/python
	@echo "installing the pinned dependencies and newsmon into $(VENV) (about a minute the first time)"
	@$(BIN)/python -m pip install -qq --require-hashes -r requirements.lock
	@[ -f $(VENV)/.installed-dev ] || { $(BIN)/python -m pip install -qq --no-deps . && rm -rf build; }
	@touch $@

$(VENV)/.installed-dev: requirements-dev.lock pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

run: install
	@$(BIN)/newsmon run

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint
	$(BIN)/python -m pytest -q -n 2

eval: install-dev
	$(BIN)/python -m evaluation

bench: install-dev
	$(BIN)/python -m bench --record BENCHMARKS.md

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
