#!/usr/bin/env bash
# De testsuite: scenario's, unit-, eigenschap-, fuzz- en CLI-tests, de dekkingscontrole, de handboektest en de
# browsertests van de rekenhulpen. Serieel (zie README). Installeert zelf wat nodig is: .venv uit pyproject.toml,
# en Debian's chromium (apt-get, als root) voor de browsertests - nooit een browserdownload.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/omgeving.sh
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium >/dev/null) \
      || echo "tests: chromium kon niet geïnstalleerd worden; de browsertests falen daarom" >&2
  fi
fi
exec .venv/bin/python -m pytest "$@"
