#!/usr/bin/env bash
# The full check, as `make test` and CI run it: lint, types, then the test suite.
# Arguments go to pytest (e.g. `bash scripts/run-tests.sh tests/extract -q`).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "ruff: src tests bench"
.venv/bin/ruff check src tests bench
echo "mypy: src/trendbeeld"
.venv/bin/mypy src/trendbeeld
exec .venv/bin/python -m pytest "$@"
