"""Tijden van het handboek: een koude volledige bouw en een herbouw na het aanraken van één .feature-bestand.

    .venv/bin/python benchmarks/handboek.py

Bouwt in een tijdelijke kopie van book/ (book/_build blijft onaangeroerd); de scenario's draaien eenmaal
vooraf (die tijd staat er apart bij). 'Aanraken' = in een kopie van features/ één stap van één
.feature-bestand wijzigen en de generator opnieuw draaien: alleen pagina's waarvan de tekst verandert,
worden herschreven, en Sphinx leest alleen die opnieuw (de rekenvoorbeelden worden niet opnieuw
uitgevoerd zolang het pakket niet verandert).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(WORTEL / "src"))

from zorgcontract.handboek.bouw import genereer, jupyter_book_opdracht, kopieer_boekbronnen  # noqa: E402


def _klok(naam: str, f) -> float:
    t = time.perf_counter()
    r = f()
    d = time.perf_counter() - t
    print(f"{naam:<48} {d:6.1f} s" + ("" if r in (None, 0) else f"  (exit {r})"))
    return d


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="handboek-bench-"))
    boek = kopieer_boekbronnen(WORTEL / "book", tmp)
    record = tmp / "uitslagen.json"
    features = tmp / "features"
    shutil.copytree(WORTEL / "features", features)

    def scenarios():
        return subprocess.run([sys.executable, "-m", "pytest", "tests/scenarios", f"--uitslagen={record}",
                               "-q", "-p", "no:cacheprovider"], cwd=WORTEL, capture_output=True).returncode

    def bouw():
        opdracht = [a for a in jupyter_book_opdracht(boek) if a != "-q"]
        r = subprocess.run(opdracht, cwd=WORTEL, capture_output=True, text=True)
        gelezen = r.stdout.count("reading sources...")
        uitgevoerd = r.stdout.count("Executing notebook") + r.stderr.count("Executing notebook")
        print(f"  ({gelezen} pagina's gelezen, {uitgevoerd} rekenvoorbeelden uitgevoerd)")
        return r.returncode

    try:
        _klok("scenario's (pytest, uitslagenrecord)", scenarios)
        _klok("genereren (koud)", lambda: genereer(boek, features, record) and None)
        koud = _klok("jupyter-book build (koud, 3 rekenvoorbeelden)", bouw)
        eerste = sorted(features.rglob("*.feature"))[0]
        tekst = eerste.read_text(encoding="utf-8")
        i = tekst.index("Gegeven ")
        j = tekst.index("\n", i)
        eerste.write_text(tekst[:j] + " (gewijzigd)" + tekst[j:], encoding="utf-8")
        gen = _klok(f"genereren na wijziging in {eerste.relative_to(features)}",
                    lambda: print(genereer(boek, features, record)))
        warm = _klok("jupyter-book build (herbouw)", bouw)
        print(f"\nkoude bouw {koud:.1f} s, herbouw na één feature-bestand {warm:.1f} s ({os.cpu_count()} cores)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
