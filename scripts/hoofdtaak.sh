#!/usr/bin/env bash
# De hoofdtaak: alle scenario's draaien, het handboek genereren en bouwen (statische HTML).
# Ook als scenario's falen wordt het handboek gebouwd (en toont het die); de exit-status is dan niet 0.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/omgeving.sh || exit $?

# 1. De scenario's (serieel: met pytest-xdist schrijft --cucumberjson een lege lijst).
mkdir -p reports
rm -f reports/cucumber.json
.venv/bin/python -m pytest tests/test_scenarios.py --cucumberjson=reports/cucumber.json -q -p no:randomly
scenarios=$?
if [ "$scenarios" -ne 0 ]; then
  echo "hoofdtaak: de scenario's faalden (exit $scenarios); het handboek wordt toch gebouwd en toont de uitslagen." >&2
fi

# 2. De bronnen van het handboek (book/generated/: pagina's en inhoudsopgave), dan het boek bouwen:
#    jupyter-book build book --toc book/generated/_toc.yml -W --keep-going (zie zorgcontract/handboek/bouw.py).
#    -W: elke waarschuwing is een fout, ook een fout in een rekenvoorbeeld. Offline: geen thebe, binder,
#    analytics of webfonts (book/_config.yml).
.venv/bin/python -m zorgcontract.handboek --boek book --features features --cucumber reports/cucumber.json --html
boek=$?
if [ "$boek" -ne 0 ]; then
  echo "hoofdtaak: het handboek bouwen faalde (exit $boek)." >&2
  exit "$boek"
fi

html="$(pwd)/book/_build/html"
echo
echo "Het handboek staat in: $html/index.html"
echo "Bekijken in de browser:  .venv/bin/python -m http.server -d book/_build/html  (dan http://localhost:8000)"
exit "$scenarios"
