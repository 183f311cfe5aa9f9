"""Benchmark (geen test): wat kost onze scenariosuite per scenario boven de vloer van pytest-bdd, en hoe groeit
het matchen van stappen met het aantal stapdefinities?

Gebruik: .venv/bin/python benchmarks/stappen.py [--herhaal N] [--snel]

1. Overhead per scenario. 'ons' is ``pytest tests/scenarios`` (met binder, uitslagen-plugin en de echte
   stappen). De 'vloer' is een synthetisch project met dezelfde vorm: evenveel feature-bestanden, scenario's,
   voorbeeldrijen en stappen per scenario, en evenveel stapdefinities als steps/ heeft, maar stappen die niets
   doen (vaste tekst, pytest-bdd's eigen ``scenarios(".")``, geen plugin). Daartussen: de vloer met onze binder
   en uitslagen-plugin (wat kost het record?). Overhead per scenario = (ons − vloer) / aantal uitgevoerde items.
2. Groei van het matchen. Een vast aantal scenario's (200 × 4 stappen) met K = 25 … 1600 stapdefinities, per
   soort (vaste tekst, ``parsers.re``, ``parsers.parse``). pytest-bdd zoekt per stap lineair door alle
   definities; de helling (ms per stap per 100 definities) laat zien wat een soort kost.

Gemeten (2 kernen, 6 sessies tegelijk; zie het rapport bij issue 10): de helling is voor alle drie de soorten
gelijk (ca. 0,28-0,30 ms per stap per 100 definities). Die kost zit in pytest-bdd's eigen zoektocht (per
definitie een fixture-opzoeking voor het item), niet in de parser; ``parsers.parse`` vervangen door
``parsers.re`` of vaste tekst wint daarom niets meetbaars, en onze suite groeit zo snel als de vloer.

Gemeten na de indeling per document (issue 10 punt 6, 1 december 2026, 14:15 UTC, belasting ~1): 188
stapdefinities in steps/ (149 parsers.re, 39 vaste tekst, 0 parsers.parse), waarvan een scenario er per document
27 (zz23-faq) tot 73 (zk22-inkoop) ziet; 424 items in 4,7-4,8 s pytest-tijd tegen 5,5 s voor 406 items met de
oude globale stappen op dezelfde code. Overhead boven de vloer (188 no-op stappen, alle zichtbaar): 12 ms per item,
waarvan 0,5 ms binder en record en 8 ms het rekenwerk in de stappen zelf (invoer valideren, documenten en
parameters opzoeken, uitleg bouwen).

Wandkloktijd van een subproces (time.perf_counter), minimum en mediaan over N herhalingen.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(WORTEL / "src"))

from zorgcontract.kern.gherkin import lees_features  # noqa: E402

_DEF = re.compile(r"@(given|when|then|step)\(\s*(parsers\.(parse|re|cfparse)\()?", re.M)
# (een stapdefinitie is een decorator @given/@when/@then/@step; de soort volgt uit de parser erin)


def _tel(paden) -> dict[str, int]:
    soorten = {"tekst": 0, "re": 0, "parse": 0}
    for p in paden:
        for m in _DEF.finditer(p.read_text(encoding="utf-8")):
            soorten["tekst" if not m.group(3) else ("re" if m.group(3) == "re" else "parse")] += 1
    return soorten


def stapdefinities() -> dict[str, int]:
    """Aantal stapdefinities in steps/ (alle documenten samen) per soort (vaste tekst, re, parse)."""
    return _tel(sorted((WORTEL / "steps").rglob("*.py")))


def zichtbaar_per_document() -> dict[str, int]:
    """Per document: hoeveel stapdefinities een scenario van dat document ziet (de algemene in steps/*.py plus
    wat de conftest van het document laadt). Dat aantal bepaalt de kosten van het matchen, niet het totaal."""
    algemeen = sum(_tel(sorted((WORTEL / "steps").glob("*.py"))).values())
    uit = {}
    for conftest in sorted((WORTEL / "tests" / "scenarios").glob("*/*/conftest.py")):
        modules = re.findall(r"^from (steps\.[\w.]+) import \*", conftest.read_text(encoding="utf-8"), re.M)
        paden = []
        for m in modules:
            p = WORTEL / Path(*m.split("."))
            paden += sorted(p.rglob("*.py")) if p.is_dir() else [p.with_suffix(".py")]
        uit[conftest.parent.relative_to(WORTEL / "tests" / "scenarios").as_posix()] = algemeen + sum(_tel(paden).values())
    return uit


def meet(cmd: list[str], cwd: Path, herhaal: int, env=None) -> list[float]:
    tijden = []
    for _ in range(herhaal):
        t0 = time.perf_counter()
        r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
        tijden.append(time.perf_counter() - t0)
        if r.returncode not in (0, 1):
            raise SystemExit(f"meting faalde ({r.returncode}): {' '.join(cmd)}\n{r.stdout[-2000:]}{r.stderr[-2000:]}")
    return tijden


def _ini(map_: Path) -> None:
    (map_ / "pytest.ini").write_text("[pytest]\nbdd_features_base_dir = features\naddopts = -p no:cacheprovider\n"
                                     "filterwarnings = ignore::pytest.PytestUnknownMarkWarning\n", encoding="utf-8")


def _stappen_module(k: int, soort: str) -> str:
    regels = ["from pytest_bdd import parsers, step", ""]
    for i in range(k):
        if soort == "tekst":
            patroon = f'"stap nummer {i} doet niets"'
        elif soort == "re":
            patroon = f'parsers.re(r"stap nummer {i} doet (?P<wat>niets)")'
        else:
            patroon = f'parsers.parse("stap nummer {i} doet {{wat}}")'
        arg = "" if soort == "tekst" else "wat"
        regels += [f"@step({patroon})", f"def stap_{i}({arg}):", "    pass", ""]
    return "\n".join(regels)


def vloer_project(map_: Path, k: int, soort: str = "tekst", met_plugin: bool = False,
                  vorm: list | None = None) -> int:
    """Een synthetisch project. ``vorm``: per bestand een lijst (aantal stappen, aantal rijen of 0) per scenario."""
    features = map_ / "features"
    features.mkdir(parents=True)
    n = 0
    teller = 0
    for fi, bestand in enumerate(vorm):
        regels = ["# language: nl", f"Functionaliteit: vloer {fi}", ""]
        for si, (stappen, rijen) in enumerate(bestand):
            kop = "Abstract Scenario" if rijen else "Scenario"
            regels.append(f"  {kop}: scenario {si}")
            for _ in range(stappen):
                regels.append(f"    Gegeven stap nummer {teller % k} doet niets")
                teller += 7  # verspreid over alle definities
            if rijen:
                regels += ["", "    Voorbeelden:", "      | x |", *(f"      | {r} |" for r in range(rijen))]
            regels.append("")
            n += rijen or 1
        (features / f"f{fi}.feature").write_text("\n".join(regels), encoding="utf-8")
    (map_ / "vloerstappen.py").write_text(_stappen_module(k, soort), encoding="utf-8")
    plugins = ['"vloerstappen"'] + (['"steps.uitslagen_plugin"'] if met_plugin else [])
    (map_ / "conftest.py").write_text(f"pytest_plugins = [{', '.join(plugins)}]\n", encoding="utf-8")
    if met_plugin:
        binden = 'from pathlib import Path\nfrom steps.binden import bind_features\nbind_features(globals(), Path(__file__).parent / "features")\n'
    else:
        binden = 'from pytest_bdd import scenarios\nscenarios(".")\n'
    (map_ / "test_vloer.py").write_text(binden, encoding="utf-8")
    _ini(map_)
    return n


def onze_vorm() -> tuple[list, int]:
    vorm, items = [], 0
    for f in lees_features(WORTEL / "features"):
        bestand = []
        for s in f.scenarios:
            bestand.append((len(s.achtergrond) + len(s.stappen), len(s.rijen)))
            items += len(s.rijen) or 1
        vorm.append(bestand)
    return vorm, items


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--herhaal", type=int, default=3)
    ap.add_argument("--snel", action="store_true", help="kleinere groeimeting (K tot 400)")
    ap.add_argument("--zonder-groei", action="store_true", help="alleen deel 1 (overhead per scenario)")
    args = ap.parse_args()
    n = args.herhaal
    env = {**os.environ, "PYTHONPATH": str(WORTEL)}
    py = sys.executable
    soorten = stapdefinities()
    k = sum(soorten.values())
    vorm, items = onze_vorm()
    stappen = sum(s for b in vorm for s, r in b for _ in range(max(r, 1)))
    print(f"onze suite: {len(vorm)} feature-bestanden, {sum(len(b) for b in vorm)} scenario's, {items} uitgevoerde items, "
          f"{stappen} uitgevoerde stappen; {k} stapdefinities ({soorten['tekst']} vaste tekst, {soorten['re']} parsers.re, "
          f"{soorten['parse']} parsers.parse)")
    zichtbaar = zichtbaar_per_document()
    print("zichtbare stapdefinities per document (algemeen + eigen): "
          + ", ".join(f"{d} {n}" for d, n in zichtbaar.items()))
    tmp = Path(tempfile.mkdtemp(prefix="stappen-bench-"))
    try:
        record = tmp / "u.json"
        ons = meet([py, "-m", "pytest", "tests/scenarios", "-q", f"--uitslagen={record}"], WORTEL, n)
        ons_verz = meet([py, "-m", "pytest", "tests/scenarios", "-q", "--co"], WORTEL, n)
        ons_call = sum(s.get("duur", 0) for s in json.loads(record.read_text())["scenarios"])
        kaal = tmp / "vloer"
        n_vloer = vloer_project(kaal, k, "tekst", vorm=vorm)
        plug = tmp / "vloer-plugin"
        vloer_project(plug, k, "tekst", met_plugin=True, vorm=vorm)
        assert n_vloer == items
        vloer = meet([py, "-m", "pytest", "-q"], kaal, n, env)
        vloer_plugin = meet([py, "-m", "pytest", "-q", "--uitslagen=u.json"], plug, n, env)
        plug_call = sum(s.get("duur", 0) for s in json.loads((plug / "u.json").read_text())["scenarios"])
        leeg = meet([py, "-c", "import pytest, pytest_bdd"], WORTEL, n)

        def rij(naam, t):
            print(f"  {naam:<58} min {min(t):6.2f} s  mediaan {statistics.median(t):6.2f} s")

        print("\n1. Overhead per scenario (n=%d)" % n)
        rij("python + import pytest, pytest_bdd", leeg)
        rij(f"vloer: pytest-bdd, {items} items, {k} no-op stappen (vaste tekst)", vloer)
        rij("vloer + onze binder en uitslagen-plugin (record)", vloer_plugin)
        rij("ons: alleen verzamelen (--co)", ons_verz)
        rij("ons: tests/scenarios met record", ons)
        per = (min(ons) - min(vloer)) / items * 1000
        per_plugin = (min(vloer_plugin) - min(vloer)) / items * 1000
        print(f"  overhead ons boven de vloer: {per:.2f} ms per uitgevoerd item "
              f"(waarvan binder + plugin: {per_plugin:.2f} ms)")
        print(f"  som van de itemduren (opzet+uitvoering+afbouw) in het record: ons {ons_call:.2f} s, "
              f"vloer+plugin {plug_call:.2f} s → {(ons_call - plug_call) / items * 1000:.2f} ms per item in de stappen zelf")

        if args.zonder_groei:
            return
        print("\n2. Groei van het matchen met het aantal stapdefinities (200 scenario's × 4 stappen)")
        groei_vorm = [[(4, 0)] * 20 for _ in range(10)]
        ks = [25, 100, 400] if args.snel else [25, 100, 400, 1600]
        print("  " + f"{'K':>6}" + "".join(f"{s:>14}" for s in ("tekst", "parsers.re", "parsers.parse")) + "   (ms per stap, min)")
        resultaten: dict[str, list[float]] = {"tekst": [], "re": [], "parse": []}
        for kk in ks:
            cellen = []
            for soort in ("tekst", "re", "parse"):
                m = tmp / f"groei-{soort}-{kk}"
                vloer_project(m, kk, soort, vorm=groei_vorm)
                t = min(meet([py, "-m", "pytest", "-q"], m, max(2, n - 1), env))
                basis = min(meet([py, "-m", "pytest", "-q", "--co"], m, max(2, n - 1), env))  # zonder uitvoeren
                per_stap = (t - basis) / 800 * 1000
                resultaten[soort].append(per_stap)
                cellen.append(f"{per_stap:14.3f}")
            print(f"  {kk:>6}" + "".join(cellen))
        for soort, waarden in resultaten.items():
            helling = (waarden[-1] - waarden[0]) / (ks[-1] - ks[0]) * 100
            print(f"  helling {soort:<6}: {helling:.3f} ms per stap per 100 definities")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
