"""Benchmark (geen test): de declaratiecontrole op 10^4 .. 10^7 regels van een realistische mix.

Gebruik: .venv/bin/python benchmarks/declaraties.py [--groottes 10000 100000 1000000 10000000] [--map /tmp/...]
         [--route snel|referentie] [--vorm json|csv]

Per grootte: een synthetisch bestand (``proefbestand``: veel praktijken en verzekerden, alle codes, ~1% foute regels)
wordt één keer gemaakt en bewaard in ``--map``; dan draait ``zorgcontract declaraties BESTAND --json --uitvoer
/dev/null`` als eigen proces. Gemeten: wandkloktijd (het hele proces, inclusief opstarten, lezen, oordelen en alle
JSON-regels schrijven), regels per seconde, en het piekgeheugen (maximale RSS van dat proces, via wait4).
Draai 10^7 niet vaker dan nodig: het bestand is ~0,8 GB en de machine wordt gedeeld.
"""

from __future__ import annotations

import argparse
import os
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


def draai(pad: Path, route: str, vorm: str) -> tuple[float, int, int]:
    cmd = [sys.executable, "-m", "zorgcontract", "declaraties", str(pad), f"--{vorm}", "--uitvoer", os.devnull,
           "--route", route, "--geen-voortgang"]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    uit = p.stdout.read()
    p.stderr.read()
    _, status, gebruik = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    tijd = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit(f"{pad}: exit {p.returncode}: {uit[:500]!r}")
    return tijd, gebruik.ru_maxrss * 1024, p.returncode


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--groottes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--map", type=Path, default=Path("/tmp/zorgcontract-bench-declaraties"))
    ap.add_argument("--route", default="snel")
    ap.add_argument("--vorm", default="json", choices=["json", "csv"])
    a = ap.parse_args()
    a.map.mkdir(parents=True, exist_ok=True)
    print(f"{'regels':>12} {'tijd (s)':>9} {'regels/s':>12} {'piek (MiB)':>11}")
    for n in a.groottes:
        pad = a.map / f"declaraties-{n}.csv"
        maak(pad, n)
        tijd, piek, _ = draai(pad, a.route, a.vorm)
        print(f"{n:>12,} {tijd:>9.2f} {n / tijd:>12,.0f} {piek / 2**20:>11,.0f}", flush=True)


if __name__ == "__main__":
    main()
