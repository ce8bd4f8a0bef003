#!/usr/bin/env bash
# The full test suite, as `make test` and CI run it.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m pytest "$@"
