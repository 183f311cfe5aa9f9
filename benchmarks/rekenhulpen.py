"""Snelheid van de rekenhulpen in de browser: bytes gedownload, tijd van navigatie tot eerste uitkomst, tijd
per herberekening. Chromium (Debian, headless, via Playwright), koude cache (een nieuwe context per pagina),
het gebouwde handboek lokaal geserveerd (zoals ``python -m http.server -d book/_build/html``).

    .venv/bin/python benchmarks/rekenhulpen.py [--html book/_build/html] [--herhaal 20] [--rondes 3] [--details] [pagina ...]

Eerst ``bash scripts/hoofdtaak.sh`` (dan staat het boek in book/_build/html). Doelen (issue 12): eerste
uitkomst ≤ 6 s, herberekening ≤ 150 ms, totale payload < 30 MB. Alle pagina's, ook ``declaraties`` (daar is de eerste
uitkomst die van het eerste gekozen bestand, gekozen direct na de navigatie). Per pagina de mediaan van
``--rondes`` koude ladingen, met de fasen uit de pagina (ms sinds de navigatie: module = het script draait, wiel =
Pyodide en de wielen klaar, impo = het pakket geïmporteerd, eers = de eerste uitkomst staat er) en de belasting
van de machine ervoor en erna (een gedeelde machine meet trager).

- bytes: de som van de lichamen van alle antwoorden die de pagina kreeg (``Network.loadingFinished``:
  ``encodedDataLength``, dus wat over de lijn ging), met de grootste bestanden apart;
- eerste uitkomst: van ``page.goto`` (met de invoer in de URL; declaraties: met het bestand erna) tot de uitkomst
  in de DOM staat;
- herberekening: één veld wijzigen (declaraties: een ander bestand kiezen) tot de nieuwe uitkomst er staat, gemeten in de pagina
  (``performance.now()`` rond het input-event tot de DOM bijgewerkt is), mediaan en maximum.
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[1]
VLAGGEN = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run"]

PAGINAS = {
    "poh-ggz": ("ingeschreven=2350&uren=16&afgesproken-uren=20&jaar=2026", "uren", ["12", "16,5", "18", "20", "24"]),
    "poh-s": ("ingeschreven=2350&dm2=150&cvrm=200&copd=40&astma=60&contracturen=16", "contracturen",
              ["8", "12", "16", "20,5", "30"]),
    "declaratiestart": ("start-overeenkomst=2026-04-01", "start-overeenkomst",
                        ["2026-05-01", "2026-07-15", "2027-01-01", "2028-03-31", "2026-10-02"]),
    "coulance": ("functie=poh-s&start-opleiding=2026-02-15&opleidingsduur-maanden=24", "start-opleiding",
                 ["2026-03-01", "2026-06-15", "2027-01-10", "2026-09-30", "2026-11-11"]),
    "zk-poh-ggz": ("ingeschreven=3000&uren=16&jaar=2022", "uren", ["6", "12", "14,5", "20", "30"]),
    "oaw-uren": ("ingeschreven=3000&jaar=2022", "ingeschreven", ["2400", "2399", "5000", "800", "12000"]),
    "zk-oaw-toets": ("ingeschreven=3000&spreekuur=di+17%3A00-19%3A00&spreekuur=za+09%3A00-10%3A00&weken=46",
                     "weken", ["44", "45", "46", "50", "52"]),
    # geen invoer in de URL (het bestand blijft op de schijf van de lezer): de eerste uitkomst is die van het
    # eerste gekozen bestand, gekozen direct na de navigatie; een herberekening is een ander bestand kiezen
    "declaraties": (None, "bestand", None),
}


def declaratiebestanden() -> list[tuple[str, str]]:
    """Kleine declaratiebestanden (10-40 regels, ook foute) zoals een praktijk ze kiest."""
    voorbeeld = (WORTEL / "tests" / "data" / "declaraties-voorbeeld.csv").read_text(encoding="utf-8")
    kop, *regels = voorbeeld.strip().splitlines()
    uit = []
    for i in range(5):
        gekozen = (regels * 4)[i: i + 10 + 6 * i] + ["99,99999,2026-03-01,huisarts,,,,"]
        uit.append((f"decl-{i}.csv", "\n".join([kop, *gekozen]) + "\n"))
    return uit


class _Stil(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def meet(browser, basis: str, naam: str, herhaal: int) -> dict:
    query, veld, waarden = PAGINAS[naam]
    ctx = browser.new_context()  # koude cache
    page = ctx.new_page()
    cdp = ctx.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    grootte: dict[str, int] = {}
    urls: dict[str, str] = {}
    cdp.on("Network.responseReceived", lambda e: urls.__setitem__(e["requestId"], e["response"]["url"]))
    cdp.on("Network.loadingFinished",
           lambda e: grootte.__setitem__(urls.get(e["requestId"], e["requestId"]), int(e["encodedDataLength"])))
    bestanden = declaratiebestanden() if query is None else []
    t0 = time.perf_counter()
    if query is None:
        page.goto(f"{basis}/rekenhulpen/{naam}.html", wait_until="commit")
        eerste_naam, eerste_tekst = bestanden[0]
        page.set_input_files('[name="bestand"]', files=[{"name": eerste_naam, "mimeType": "text/csv",
                                                          "buffer": eerste_tekst.encode()}])
    else:
        page.goto(f"{basis}/rekenhulpen/{naam}.html?{query}", wait_until="commit")
    page.wait_for_function("() => ['ok','invoerfout','intern'].includes(document.querySelector('.rekenhulp')?.dataset.status)",
                           timeout=120_000, polling=10)
    eerste = time.perf_counter() - t0
    status = page.evaluate("() => document.querySelector('.rekenhulp').dataset.status")
    fasen = page.evaluate("() => window.__rekenhulpFasen || {laden: window.__rekenhulpLaadtijdMs}")
    tijden = []
    for i in range(herhaal):
        if query is None:
            bnaam, btekst = bestanden[(i + 1) % len(bestanden)]
            ms = page.evaluate(
                """([naam, tekst]) => new Promise((klaar) => {
                    const wortel = document.querySelector('.rekenhulp');
                    const el = document.querySelector('form.rekenhulp-formulier [name="bestand"]');
                    const voor = wortel.dataset.berekening;
                    const t = performance.now();
                    const dt = new DataTransfer();
                    dt.items.add(new File([tekst], naam, {type: 'text/csv'}));
                    el.files = dt.files;
                    el.dispatchEvent(new Event('change', {bubbles: true}));
                    const kijk = () => wortel.dataset.berekening !== voor && wortel.dataset.status !== 'bezig'
                        ? klaar(performance.now() - t) : setTimeout(kijk, 0);
                    kijk();
                })""", [bnaam, btekst])
        else:
            w = waarden[i % len(waarden)]
            ms = page.evaluate(
                """([veld, w]) => new Promise((klaar) => {
                    const wortel = document.querySelector('.rekenhulp');
                    const el = document.querySelector(`form.rekenhulp-formulier [name="${veld}"]`);
                    const voor = wortel.dataset.berekening;
                    const t = performance.now();
                    el.value = w;
                    el.dispatchEvent(new Event('input', {bubbles: true}));
                    const kijk = () => wortel.dataset.berekening !== voor && wortel.dataset.status !== 'bezig'
                        ? klaar(performance.now() - t) : setTimeout(kijk, 0);
                    kijk();
                })""", [veld, w])
        tijden.append(ms)
    status_na = page.evaluate("() => document.querySelector('.rekenhulp').dataset.status")
    ctx.close()
    return {"naam": naam, "status": status, "status_na": status_na, "eerste_s": eerste, "fasen": fasen,
            "bytes": sum(grootte.values()), "grootste": sorted(grootte.items(), key=lambda kv: -kv[1])[:6],
            "herberekening_ms": tijden, "verzoeken": len(grootte)}


def main() -> int:
    a = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    a.add_argument("--html", type=Path, default=WORTEL / "book" / "_build" / "html")
    a.add_argument("--herhaal", type=int, default=20, help="herberekeningen per pagina")
    a.add_argument("--rondes", type=int, default=3, help="koude ladingen per pagina (de mediaan telt)")
    a.add_argument("--chromium", default="/usr/bin/chromium")
    a.add_argument("--details", action="store_true", help="ook de grootste bestanden per pagina")
    a.add_argument("paginas", nargs="*", default=list(PAGINAS))
    args = a.parse_args()
    if not (args.html / "rekenhulpen").is_dir():
        print(f"geen gebouwd handboek in {args.html}: eerst bash scripts/hoofdtaak.sh", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    srv = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Stil, directory=str(args.html)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    basis = f"http://127.0.0.1:{srv.server_address[1]}"
    doelen_gehaald = True
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=args.chromium, args=VLAGGEN, headless=True)
        print(f"belasting vooraf (1/5/15 min): {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {os.cpu_count()} kernen")
        print(f"{'pagina':<16} {'MB':>6} {'verz.':>5} {'eerste uitkomst (rondes)':>30} {'fasen (ms)':>34} "
              f"{'herber. mediaan':>16} {'max':>8}")
        for naam in args.paginas:
            rondes = [meet(browser, basis, naam, args.herhaal) for _ in range(args.rondes)]
            eerste = statistics.median(r["eerste_s"] for r in rondes)
            alle = [t for r in rondes for t in r["herberekening_ms"]]
            med, mx = statistics.median(alle), max(alle)
            r = rondes[len(rondes) // 2]
            f = r["fasen"] or {}
            fasen = " ".join(f"{k[:4]}={v:.0f}" for k, v in f.items() if isinstance(v, (int, float)))
            per_ronde = " ".join(f"{x['eerste_s']:.2f}" for x in rondes)
            print(f"{naam:<16} {r['bytes'] / 1e6:6.2f} {r['verzoeken']:5d} {eerste:6.2f} s ({per_ronde}) "
                  f"{fasen:>34} {med:13.1f} ms {mx:6.1f} ms  "
                  f"({r['status']}/{r['status_na']})")
            if args.details:
                for url, n in r["grootste"]:
                    print(f"{'':<18}{n / 1e6:6.2f} MB  {url.replace(basis, '')}")
            doelen_gehaald &= eerste <= 6 and med <= 150 and r["bytes"] < 30e6
        browser.close()
    srv.shutdown()
    print(f"belasting na afloop (1/5/15 min): {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("doelen (eerste ≤ 6 s, herberekening ≤ 150 ms, payload < 30 MB):", "gehaald" if doelen_gehaald else "NIET gehaald")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
