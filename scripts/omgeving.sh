#!/usr/bin/env bash
# Maakt of ververst de virtuele omgeving .venv uit pyproject.toml. Alleen pakketten uit het register;
# niets anders wordt gedownload.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
.venv/bin/python -m pip install --quiet -e ".[dev,book]"
