#!/usr/bin/env bash
# De hoofdtaak: alle scenario's draaien, het handboek genereren en bouwen (statische HTML).
# Ook als scenario's falen wordt het handboek gebouwd (en toont het die); de exit-status is dan niet 0:
# zodra één scenario of voorbeeldrij niet *geslaagd* is (mislukt, fout in opzet/afbouw, overgeslagen of
# niet uitgevoerd), volgens het uitslagenrecord reports/uitslagen.json.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/omgeving.sh || exit $?

# 1. De scenario's (serieel). Het uitslagenrecord (reports/uitslagen.json) schrijft de plugin
#    steps/uitslagen_plugin.py uit pytest's rapporten over opzet, uitvoering en afbouw; het vorige record
#    blijft bewaard als reports/uitslagen-vorige.json (voor 'Verschil met de vorige run').
#    reports/cucumber.json is alleen een export voor andere programma's; niets hier leest het.
mkdir -p reports
if [ -f reports/uitslagen.json ]; then
  mv -f reports/uitslagen.json reports/uitslagen-vorige.json
fi
rm -f reports/cucumber.json
.venv/bin/python -m pytest tests/scenarios --uitslagen=reports/uitslagen.json \
  --cucumberjson=reports/cucumber.json -q -p no:randomly
scenarios=$?
if [ "$scenarios" -ne 0 ]; then
  echo "hoofdtaak: de scenario's faalden (exit $scenarios); het handboek wordt toch gebouwd en toont de uitslagen." >&2
fi

# 2. Is elk scenario uit features/ geslaagd volgens het record? (pytest zelf eindigt met 0 bij een
#    overgeslagen scenario; dat is hier geen geslaagd scenario.)
.venv/bin/zorgcontract uitslagen controleer --features features --uitslagen reports/uitslagen.json >/dev/null
controle=$?
if [ "$controle" -ne 0 ]; then
  echo "hoofdtaak: niet elk scenario is geslaagd (zie: .venv/bin/zorgcontract uitslagen controleer)." >&2
fi

# 3. De bronnen van het handboek (book/generated/: pagina's en inhoudsopgave), dan het boek bouwen:
#    jupyter-book build book --toc book/generated/_toc.yml -W --keep-going (zie zorgcontract/handboek/bouw.py).
#    -W: elke waarschuwing is een fout, ook een fout in een rekenvoorbeeld. Offline: geen thebe, binder,
#    analytics of webfonts (book/_config.yml).
vorige=()
if [ -f reports/uitslagen-vorige.json ]; then
  vorige=(--vorige reports/uitslagen-vorige.json)
fi
.venv/bin/python -m zorgcontract.handboek --boek book --features features --uitslagen reports/uitslagen.json \
  "${vorige[@]}" --html
boek=$?
if [ "$boek" -ne 0 ]; then
  echo "hoofdtaak: het handboek bouwen faalde (exit $boek)." >&2
  exit "$boek"
fi

# 4. Het handboek als één PDF (book/_build/zorgcontract.pdf, met de reviewvragen als bijlage): een single-page-
#    bouw, afgedrukt door Debian's Chromium (headless, offline). Ontbreekt Chromium, dan wordt het hier
#    geïnstalleerd (apt-get, als root); lukt dat niet, dan meldt de hoofdtaak het en eindigt met een foutstatus.
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "hoofdtaak: Chromium ontbreekt; installeren met apt-get (voor de PDF)." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-dejavu-core >/dev/null \
      || { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-dejavu-core >/dev/null; } \
      || echo "hoofdtaak: apt-get kon Chromium niet installeren." >&2
  fi
fi
.venv/bin/python -m zorgcontract.handboek.pdf --boek book
pdf=$?
if [ "$pdf" -ne 0 ]; then
  echo "hoofdtaak: de PDF van het handboek bouwen faalde (exit $pdf); de HTML staat er wel." >&2
fi

html="$(pwd)/book/_build/html"
echo
echo "Het handboek staat in: $html/index.html"
echo "Bekijken in de browser:  .venv/bin/python -m http.server -d book/_build/html  (dan http://localhost:8000)"
[ -f book/_build/zorgcontract.pdf ] && echo "Als één PDF:            $(pwd)/book/_build/zorgcontract.pdf"
if [ "$scenarios" -ne 0 ]; then exit "$scenarios"; fi
if [ "$controle" -ne 0 ]; then exit "$controle"; fi
exit "$pdf"

