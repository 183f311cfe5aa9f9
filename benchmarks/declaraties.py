"""Benchmark (geen test): de declaratiecontrole op 10^4 .. 10^7 regels van een realistische mix.

Gebruik: .venv/bin/python benchmarks/declaraties.py [--groottes 10000 100000 1000000 10000000] [--map /tmp/...]
         [--route snel|referentie] [--vorm json|csv] [--herhaal N] [--fasen] [--vloer] [--vies]

Per grootte: een synthetisch bestand (``proefbestand``: veel praktijken en verzekerden, alle codes, ~1% foute regels
en ~5% regels met een datum buiten de bekende perioden) wordt één keer gemaakt en bewaard in ``--map``; dan draait
``zorgcontract declaraties BESTAND --json --uitvoer /dev/null`` als eigen proces. Gemeten: wandkloktijd (het hele
proces, inclusief opstarten, lezen, oordelen en alle JSON-regels schrijven), regels per seconde, de CPU-tijd van
dat proces (gebruiker + systeem; op een gedeelde machine minder ruisig dan de wandklok) en het piekgeheugen
(maximale RSS, via wait4). Met ``--herhaal N`` de mediaan van N keer. ``--fasen`` meet daarnaast in een eigen
proces de fasen apart: importeren, lezen (en per regel controleren), oordelen (per verzekerde), schrijven (JSON)
met de samenvatting. ``--vloer``: wat alleen importeren, lezen en even veel schrijven met polars kost (zie ``vloer``).
``--vies``: hetzelfde bestand met vieze regels erdoor (``vies``: ~15% van de regels, elk met een eigen melding).
Draai 10^7 niet vaker dan nodig: het bestand is ~0,8 GB en de machine wordt gedeeld.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def maak(pad: Path, n: int) -> None:
    from zorgcontract.regels.zz.declaraties import proefbestand

    if pad.exists():
        return
    t0 = time.perf_counter()
    tijdelijk = pad.with_suffix(".deel")
    proefbestand.schrijf(tijdelijk, n, zaad=7)
    tijdelijk.rename(pad)
    print(f"  bestand {pad.name}: {pad.stat().st_size / 1e6:.0f} MB in {time.perf_counter() - t0:.1f} s", flush=True)


def vies(schoon: Path, pad: Path) -> None:
    """Het bestand ``schoon`` met vieze regels erdoor, zoals een controle ze erin kan mengen: elke 10e regel een veld
    te veel, elke 37e een veld te weinig, elke 53e een open aanhalingsteken, elke 71e met puntkomma's in plaats van
    komma's (de meldingen noemen het regelnummer: elke zo'n regel heeft een eigen melding). Samen ~15% van de regels."""
    if pad.exists():
        return
    tijdelijk = pad.with_suffix(".deel")
    with open(schoon, encoding="utf-8") as bron, open(tijdelijk, "w", encoding="utf-8") as uit:
        uit.write(next(bron))
        for nr, lijn in enumerate(bron, start=2):  # het regelnummer in het bestand (de kopregel is 1)
            lijn = lijn.rstrip("\n")
            if nr % 10 == 0:
                lijn += ",x"
            elif nr % 37 == 0:
                lijn = lijn.rsplit(",", 1)[0]
            elif nr % 53 == 0:
                lijn = '"' + lijn
            elif nr % 71 == 0:
                lijn = lijn.replace(",", ";")
            uit.write(lijn + "\n")
    tijdelijk.rename(pad)


def draai(pad: Path, route: str, vorm: str) -> tuple[float, float, int]:
    """Wandkloktijd, CPU-tijd (gebruiker + systeem) en piekgeheugen (bytes) van één proces."""
    cmd = [sys.executable, "-m", "zorgcontract", "declaraties", str(pad), f"--{vorm}", "--uitvoer", os.devnull,
           "--route", route, "--geen-voortgang"]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    uit = p.stdout.read()
    p.stderr.read()
    _, status, gebruik = os.wait4(p.pid, 0)
    tijd = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{pad}: exit {os.waitstatus_to_exitcode(status)}: {uit[:500]!r}")
    return tijd, gebruik.ru_utime + gebruik.ru_stime, gebruik.ru_maxrss * 1024


def fasen(pad: Path) -> dict[str, float]:
    """De fasen van de snelle route, gemeten in een eigen proces (zelfde allocatorinstelling als de CLI)."""
    code = f"""
import json, os, time
t0 = time.perf_counter()
os.environ.setdefault("_RJEM_MALLOC_CONF", "dirty_decay_ms:500,muzzy_decay_ms:0")
from zorgcontract.regels.zz.declaraties import bestand, snel, uitvoer
t = {{"importeren": time.perf_counter() - t0}}
res = snel.lees_bytes_stukken(bestand.open_veilig({str(pad)!r}).stukken(is_ascii=snel.is_ascii), tijden=t)
t1 = time.perf_counter()
with open(os.devnull, "wb") as f:  # zoals de CLI (cli/declaraties.py)
    uitvoer.schrijf(res.delen(), res.oordelen, f, "json", som=uitvoer.samenvatting_later(res)).als_json()
t["schrijven"] = time.perf_counter() - t1
print(json.dumps(t))
"""
    uit = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    return json.loads(uit.stdout.strip().splitlines()[-1])


def vloer(pad: Path) -> dict[str, float]:
    """Wat polars op deze machine minimaal kost, zonder enige controle: importeren, het bestand lezen (alle kolommen
    als tekst, zoals de snelle route het leest) en een even grote JSON-uitvoer schrijven (de velden van de invoer plus
    per regel een staart van dezelfde lengte als die van de echte uitvoer, als categorie, met ``write_csv``: de
    techniek van de JSON-schrijver zonder het werk per stuk). Eén proces, dezelfde allocatorinstelling als de CLI."""
    code = f"""
import json, os, time
t0 = time.perf_counter()
os.environ.setdefault("_RJEM_MALLOC_CONF", "dirty_decay_ms:500,muzzy_decay_ms:0")
import polars as pl
t = {{"importeren": time.perf_counter() - t0}}
t1 = time.perf_counter()
df = pl.read_csv({str(pad)!r}, infer_schema=False, quote_char=None, truncate_ragged_lines=True)
t["lezen"] = time.perf_counter() - t1
staart = "x" * 470  # de gemiddelde staart (oordeel, reden, bron, redenen, eenheden, bedrag) van de echte uitvoer
t2 = time.perf_counter()
with open(os.devnull, "wb") as f:
    for i in range(0, df.height, 200_000):
        d = df.slice(i, 200_000)
        d.with_columns(s=pl.Series([staart], dtype=pl.Enum([staart])).gather(pl.Series([0] * d.height, dtype=pl.UInt32))).write_csv(
            f, include_header=False, quote_style="never", separator='"')
t["schrijven"] = time.perf_counter() - t2
print(json.dumps(t))
"""
    uit = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(uit.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--groottes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--map", type=Path, default=Path("/tmp/zorgcontract-bench-declaraties"))
    ap.add_argument("--route", default="snel")
    ap.add_argument("--vorm", default="json", choices=["json", "csv"])
    ap.add_argument("--herhaal", type=int, default=1)
    ap.add_argument("--fasen", action="store_true")
    ap.add_argument("--vloer", action="store_true", help="ook de vloer: alleen importeren, lezen en schrijven met polars")
    ap.add_argument("--vies", action="store_true", help="met ~15%% vieze regels erdoor (zie vies)")
    a = ap.parse_args()
    a.map.mkdir(parents=True, exist_ok=True)
    print(f"{'regels':>12} {'tijd (s)':>9} {'regels/s':>12} {'cpu (s)':>8} {'piek (MiB)':>11}"
          + ("   fasen (s): importeren / lezen / oordelen / schrijven" if a.fasen else "")
          + ("   vloer (s): importeren / lezen / schrijven" if a.vloer else ""))
    for n in a.groottes:
        pad = a.map / f"declaraties-{n}.csv"
        maak(pad, n)
        if a.vies:
            schoon, pad = pad, a.map / f"declaraties-{n}-vies.csv"
            vies(schoon, pad)
        metingen = [draai(pad, a.route, a.vorm) for _ in range(a.herhaal)]
        tijd = statistics.median(m[0] for m in metingen)
        cpu = statistics.median(m[1] for m in metingen)
        piek = statistics.median(m[2] for m in metingen)
        regel = f"{n:>12,} {tijd:>9.2f} {n / tijd:>12,.0f} {cpu:>8.2f} {piek / 2**20:>11,.0f}"
        if a.fasen:
            f = fasen(pad)
            regel += "   " + " / ".join(f"{f[k]:.2f}" for k in ("importeren", "lezen", "oordelen", "schrijven"))
        if a.vloer:
            v = vloer(pad)
            regel += "   " + " / ".join(f"{v[k]:.2f}" for k in ("importeren", "lezen", "schrijven"))
        print(regel, flush=True)


if __name__ == "__main__":
    main()
