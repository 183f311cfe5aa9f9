#!/usr/bin/env bash
# De testsuite: scenario's, unit-, eigenschap- en CLI-tests, de dekkingscontrole. Serieel (zie README).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/omgeving.sh
exec .venv/bin/python -m pytest "$@"
