"""Benchmark (geen test): een diepe fuzz-run over de opdrachtregel, met tellingen per soort schending.

Gebruik: .venv/bin/python benchmarks/fuzz_cli.py [--per-subopdracht N] [--seed S]
Maakt met de strategieën uit tests/fuzz_hulp.py N argumentenlijsten per subopdracht (willekeurige seed, of
``--seed``), roept ze in het proces aan en telt: tracebacks, hangs, ontbrekende JSON-fout, ten onrechte
geaccepteerd, Engelse/afwijkende melding, exit-status buiten 0/2, niet-UTF-8-uitvoer. Meldt aanroepen per
seconde en de eerste voorbeelden per soort.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402

from tests.fuzz_hulp import SUBOPDRACHTEN, aanroepen, controleer  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-subopdracht", type=int, default=400)
    ap.add_argument("--seed", type=int, default=None)
    ns = ap.parse_args()
    s = ns.seed if ns.seed is not None else random.randrange(2**32)
    tel: collections.Counter = collections.Counter()
    voorbeelden: dict[str, list] = {}
    uitkomsten: collections.Counter = collections.Counter()
    aantal = 0
    t0 = time.perf_counter()
    per_sub: dict[str, tuple[int, float]] = {}
    for sub in sorted(SUBOPDRACHTEN):
        voor, t_sub = aantal, time.perf_counter()
        @seed(s)
        @settings(max_examples=ns.per_subopdracht, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(aanroepen((sub,)))
        def run(a):
            nonlocal aantal
            u, fouten = controleer(a)
            aantal += 1
            uitkomsten[(u.code, a.moet_weigeren)] += 1
            for f in fouten:
                tel[f] += 1
                voorbeelden.setdefault(f, []).append((a.args, a.redenen, u.code, u.stderr[:200]))
        run()
        per_sub[sub] = (aantal - voor, time.perf_counter() - t_sub)
    dt = time.perf_counter() - t0
    print(f"seed {s}: {aantal} aanroepen in {dt:.1f} s = {aantal / dt:.0f} per seconde")
    print(f"  exit 0: {sum(v for (c, _), v in uitkomsten.items() if c == 0)}, exit 2: {sum(v for (c, _), v in uitkomsten.items() if c == 2)}, "
          f"waarvan moest weigeren: {sum(v for (c, w), v in uitkomsten.items() if w)}")
    print("  per subopdracht (aanroepen per seconde): " + ", ".join(f"{k} {n / t:.0f}" for k, (n, t) in per_sub.items()))
    for soort in ("traceback", "hang", "json", "geaccepteerd", "engels", "exit", "codering"):
        print(f"  {soort:<13} {tel.get(soort, 0)}")
    for soort, lijst in voorbeelden.items():
        for v in lijst[:3]:
            print(f"    {soort}: {v}")


if __name__ == "__main__":
    main()
