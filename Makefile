# Two entry points for users (see README): `make demo` and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-test assets system-deps lint typecheck bench docs

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 nodig ($(PYTHON) niet gevonden); zet PYTHON=pad/naar/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python assets
	$(BIN)/python -m pip install --quiet -e '.[pdf,charts]'

install-test: $(BIN)/python assets
	$(BIN)/python -m pip install --quiet -e '.[test]'

# NL Design System CSS and axe-core from npm, shipped with every built site (works offline).
assets:
	@if [ -f package.json ]; then npm ci --no-audit --no-fund --loglevel=error; fi

# PostgreSQL, Chromium and poppler for the tests; installs only what is missing (needs root + apt).
system-deps:
	bash scripts/install-system-deps.sh

demo: install
	$(BIN)/trendbeeld demo
	@echo ""
	@echo "De demo openen in de werkbank (eenmalig: $(BIN)/python -m pip install -e '.[web]'):"
	@echo "  $(BIN)/trendbeeld users add analist --rol analist --toegang vertrouwelijk --db out/demo/trendbeeld.db"
	@echo "  $(BIN)/trendbeeld serve --db out/demo/trendbeeld.db --taxonomy regionaal"
	@echo "  en ga naar http://127.0.0.1:8000/ (log in als analist)."

test: install-test system-deps
	bash scripts/run-tests.sh

lint:
	$(BIN)/ruff check src tests bench

typecheck:
	$(BIN)/mypy src/trendbeeld

bench: install-test
	for script in bench/bench_*.py; do $(BIN)/python $$script || exit 1; done

docs: install-test
	$(BIN)/cog -r docs/cli.md docs/data-model.md
