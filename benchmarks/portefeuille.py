"""Meting (geen test): exacte praktijk-evaluaties per seconde in de portefeuilleroute (budgetcurve).

Een evaluatie = één praktijk × één parameterwaarde door de gehele-getallenkern van de module waartoe de
gevarieerde parameter hoort (kwartaaltarief op de cent + bijdrage aan het totaalbudget). Gemeten bij
10⁶ en 10⁷ evaluaties (10 000 praktijken × 100 en × 1 000 waarden), voor POH-S (uurtarief) en POH-GGZ
(maximale opslag), en het geheugen bij een groeiende portefeuille die in brokken gestroomd wordt.

    .venv/bin/python benchmarks/portefeuille.py [--snel]
"""

from __future__ import annotations

import argparse
import resource
import time
from decimal import Decimal

import numpy as np

from zorgcontract.portefeuille import rekenkern as kern

BROK = 20_000


def praktijken(aantal: int, seed: int) -> kern.Blok:
    rng = np.random.default_rng(seed)
    n = rng.integers(800, 12_000, aantal)
    groepen = {g.veld: (n * rng.uniform(0, 0.1, aantal)).astype(np.int64) for g in kern.GROEPEN}
    contract = rng.integers(0, 4000, aantal)  # honderdsten van een uur
    uren = rng.integers(0, 4000, aantal)
    afgesproken = rng.integers(0, 4000, aantal)
    heeft = rng.random(aantal) < 0.3
    return kern.Blok.maak(n, groepen, contract, 100, uren, 100, np.where(heeft, afgesproken, 0), 100, heeft)


def meet(module: str, rol: str, waarden: list[Decimal], aantal_praktijken: int) -> tuple[float, int]:
    namen = kern.pohs_namen(2026) if module == "poh-s" else kern.pohggz_namen(2026)
    p = kern.lees_parameters(namen, 2026)
    blokken = [praktijken(min(BROK, aantal_praktijken - i), i) for i in range(0, aantal_praktijken, BROK)]
    begin = time.perf_counter()
    totaal = [0] * len(waarden)
    for blok in blokken:
        for j, t in enumerate(kern.budget(blok, module, p, rol, waarden)):
            totaal[j] += t
    duur = time.perf_counter() - begin
    return duur, totaal[len(totaal) // 2]


def geheugen(aantal_praktijken: int, waarden: list[Decimal]) -> int:
    """Piek-RSS (kB) van het stromen: brokken worden gemaakt, doorgerekend en weggegooid."""
    p = kern.lees_parameters(kern.pohs_namen(2026), 2026)
    for i in range(0, aantal_praktijken, BROK):
        kern.budget(praktijken(min(BROK, aantal_praktijken - i), i), "poh-s", p, "uurtarief", waarden)
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def csv_route(aantal: int, waarden: int) -> tuple[float, float]:
    """De hele route vanaf een CSV (lezen, elke rij controleren met de invoermodellen, rekenen in brokken)."""
    import csv
    import tempfile

    from zorgcontract import portefeuille as pf

    rng = np.random.default_rng(1)
    with tempfile.TemporaryDirectory() as map_:
        pad = f"{map_}/p.csv"
        with open(pad, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["praktijk", "ingeschreven", "dm2", "cvrm", "copd", "astma", "contracturen", "uren"])
            for i in range(aantal):
                n = int(rng.integers(800, 12_000))
                w.writerow([f"p{i}", n, n // 20, n // 15, n // 60, n // 50, f"{rng.integers(0, 4000) / 100:.2f}",
                            f"{rng.integers(0, 3000) / 100:.2f}"])
        begin = time.perf_counter()
        pf.bereken(pad, 2026, details=False)
        een = time.perf_counter() - begin
        begin = time.perf_counter()
        pf.curve(pad, 2026, "zz26-pohs.a5.uurtarief", [Decimal("60") + i * Decimal("0.02") for i in range(waarden)])
        return een, time.perf_counter() - begin


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--snel", action="store_true", help="alleen 10⁶")
    args = ap.parse_args()
    print(f"{'module':8} {'parameter':22} {'praktijken':>10} {'waarden':>8} {'evaluaties':>12} {'tijd (s)':>9} {'per seconde':>14}")
    gevallen = [(10_000, 100)] + ([] if args.snel else [(10_000, 1_000)])
    for module, rol, basis, stap in [("poh-s", "uurtarief", Decimal("60"), Decimal("0.02")),
                                     ("poh-ggz", "maximum", Decimal("4"), Decimal("0.01"))]:
        for aantal, k in gevallen:
            waarden = [basis + i * stap for i in range(k)]
            duur, _ = meet(module, rol, waarden, aantal)
            evals = aantal * k
            print(f"{module:8} {rol:22} {aantal:>10} {k:>8} {evals:>12,} {duur:>9.2f} {evals / duur:>14,.0f}".replace(",", "."))
    aantal, k = (20_000, 100) if args.snel else (100_000, 100)
    een, sweep = csv_route(aantal, k)
    print(f"CSV-route: {aantal:,} rijen lezen + controleren + rekenen: {een:.2f} s ({aantal / een:,.0f} rijen/s); "
          f"budgetcurve met {k} waarden: {sweep:.2f} s ({aantal * k / sweep:,.0f} evaluaties/s, lezen inbegrepen)".replace(",", "."))
    waarden = [Decimal("60") + i * Decimal("0.1") for i in range(10)]
    for aantal in (100_000, 1_000_000) if not args.snel else (100_000,):
        print(f"geheugen: {aantal:,} praktijken × 10 waarden in brokken van {BROK:,}: piek-RSS {geheugen(aantal, waarden) / 1024:.0f} MB".replace(",", "."))


if __name__ == "__main__":
    main()
