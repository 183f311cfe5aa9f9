"""Benchmark (geen test): hoe lang duurt de hele scenariosuite, en een koude CLI-aanroep?

Gebruik: .venv/bin/python benchmarks/suite_en_cli.py [--herhaal N]
Meet wandkloktijd met time.perf_counter over N herhalingen en meldt minimum en mediaan.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def meet(cmd: list[str], herhaal: int) -> list[float]:
    tijden = []
    for _ in range(herhaal):
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, capture_output=True, check=False)
        tijden.append(time.perf_counter() - t0)
    return tijden


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--herhaal", type=int, default=3)
    n = ap.parse_args().herhaal
    metingen = {
        "scenariosuite (pytest tests/scenarios)": [sys.executable, "-m", "pytest", "tests/scenarios", "-q", "-p", "no:randomly"],
        "volledige testsuite (pytest)": [sys.executable, "-m", "pytest", "-q"],
        "koude CLI: zorgcontract poh-s --json": [sys.executable, "-m", "zorgcontract", "poh-s", "--ingeschreven", "2350",
                                               "--dm2", "150", "--contracturen", "16", "--json"],
        "kale python-start (ter vergelijking)": [sys.executable, "-c", "pass"],
    }
    for naam, cmd in metingen.items():
        t = meet(cmd, n)
        print(f"{naam:55s} min {min(t):6.2f} s   mediaan {statistics.median(t):6.2f} s   (n={n})")
    uit = subprocess.run([sys.executable, "-m", "pytest", "tests/scenarios", "-q", "--co"], cwd=ROOT, capture_output=True, text=True).stdout
    print("verzamelde scenario-items:", uit.strip().splitlines()[-1] if uit.strip() else "?")


if __name__ == "__main__":
    main()
