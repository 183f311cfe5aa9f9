"""De bundel van de rekenhulpen: Pyodide en de wielen die de pagina's in de browser laden.

Alles komt uit de registers, met vaste versies, en wordt gecontroleerd:

- de Pyodide-runtime uit npm (``package.json`` + ``package-lock.json`` in de projectmap; ``npm ci`` als
  ``node_modules/pyodide`` ontbreekt of een andere versie heeft);
- de afhankelijkheden als wielen van PyPI (``pip download --no-deps --only-binary=:all:``; pydantic-core
  als ``pyemscripten_2026_0_wasm32``-wiel, de rest ``py3-none-any``), elk met zijn SHA-256 hieronder;
- het eigen pakket, tijdens het bouwen als wiel gebouwd (``pip wheel --no-deps``), met de YAML-gegevens als
  JSON erbij (``zorgcontract/data/_yaml.json``, zie ``kern/yaml_json.py``): PyYAML heeft geen wiel voor Pyodide.

Babel brengt de gegevens van ruim duizend locales mee (11 MB); de pagina's gebruiken alleen ``nl_NL``.
Het babel-wiel in de bundel is daarom hetzelfde wiel van PyPI met alleen de locale-bestanden ``root``, ``nl*``
en ``en``/``en_US`` (de code is onveranderd). De typer-CLI laadt ``rich`` niet zolang het niet
geïnstalleerd is; het zit dus niet in de bundel.

Python compileert elk bronbestand bij de eerste import; in de browser kost dat bij elke lading seconden. Daarom
krijgen de wielen en de stdlib-zip van Pyodide bij het bouwen hun bytecode erbij (``.pyc``, 'unchecked-hash'),
gemaakt door dezelfde Pyodide in node (``pyc_compileer.mjs``; node hoort bij npm), voor de modules die de
rekenhulpen met hun voorbeelden (``proef``) importeren; de rest compileert Python zo nodig in de browser. De bronbestanden blijven erin
(voor de regels in een traceback); de code is onveranderd.

Alles wordt in ``<projectmap>/.bundel/`` bewaard (op inhoud: het eigen wiel wordt alleen opnieuw gebouwd als
broncode of gegevens veranderen) en bij elke boekbouw naar ``<html>/_rekenhulpen/`` gekopieerd
(``zorgcontract.handboek.sphinx_rekenhulpen``). Netwerk is alleen nodig de eerste keer (npm en PyPI).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import zorgcontract

WORTEL = Path(zorgcontract.__file__).resolve().parents[2]
CACHE = Path(os.environ.get("ZORGCONTRACT_BUNDEL_CACHE", WORTEL / ".bundel"))
DOELMAP = "_rekenhulpen"

PYODIDE_VERSIE = "314.0.7"
PYODIDE_BESTANDEN = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
PLATFORM = "pyemscripten_2026_0_wasm32"


@dataclass(frozen=True)
class Wiel:
    naam: str
    versie: str
    bestand: str
    sha256: str
    platform: str | None = None  # None: py3-none-any


AFHANKELIJKHEDEN = (
    Wiel("pydantic", "2.14.4", "pydantic-2.14.4-py3-none-any.whl",
         "653a2ad9f6d8858529c77c72717d0ea991d6c6837fe683246b2f4b2bbfc3fadc"),
    Wiel("pydantic-core", "2.50.5", "pydantic_core-2.50.5-cp314-cp314-pyemscripten_2026_0_wasm32.whl",
         "b2910ec0fa5aeb9bef70156f2b79f4783978fdcfaa7b2f1b5d1814458d2e79a1", platform=PLATFORM),
    Wiel("annotated-types", "0.8.0", "annotated_types-0.8.0-py3-none-any.whl",
         "f072f4d804ea359e4eaf198b1af7a8b0943881a87f31bb764f8bf219bb9419e0"),
    Wiel("typing-extensions", "4.16.0", "typing_extensions-4.16.0-py3-none-any.whl",
         "481caa481374e813c1b176ada14e97f1f67a4539ce9cfeb3f350d78d6370c2e8"),
    Wiel("typing-inspection", "0.4.5", "typing_inspection-0.4.5-py3-none-any.whl",
         "bc210535442b39e1bf2805e0c7a17dfd6a4ace760c84c7f7d16245d23a6b1c39"),
    Wiel("babel", "2.19.0", "babel-2.19.0-py3-none-any.whl",
         "6d49734aed1d595b2c065d012174df8c83964692f26fc461702281634dd7555b"),
    Wiel("typer", "0.29.2", "typer-0.29.2-py3-none-any.whl",
         "f30731f8ca758368b836b3714872e58e395cef8fcaff918c853b1969ed5274e7"),
    Wiel("shellingham", "1.5.4", "shellingham-1.5.4-py2.py3-none-any.whl",
         "7ecfff8f2fd72616f7481040475a65b2bf8af90a56c89140852d1120324e8686"),
    Wiel("annotated-doc", "0.0.7", "annotated_doc-0.0.7-py3-none-any.whl",
         "6bc31bbbec6dfaaedc1676dbc11dbda96fe22a2b5c400e9ebad113fec44a9dc6"),
)
BABEL_LOCALES = ("root", "nl", "nl_NL", "en", "en_001", "en_US", "en_US_POSIX")


class BundelFout(RuntimeError):
    pass


def _sha256(pad: Path) -> str:
    return hashlib.sha256(pad.read_bytes()).hexdigest()


def _draai(opdracht: list[str], cwd: Path | None = None) -> None:
    r = subprocess.run(opdracht, cwd=cwd, capture_output=True, text=True, check=False)
    if r.returncode != 0:
        raise BundelFout(f"{' '.join(opdracht)} faalde (exit {r.returncode}):\n{r.stdout[-2000:]}\n{r.stderr[-4000:]}")


# ---------------------------------------------------------------------------------------------- Pyodide
def pyodide_map() -> Path:
    """``node_modules/pyodide`` in de vastgepinde versie (``npm ci`` uit de lock-file als dat nodig is)."""
    map_ = WORTEL / "node_modules" / "pyodide"
    pkg = map_ / "package.json"
    if not pkg.is_file() or json.loads(pkg.read_text())["version"] != PYODIDE_VERSIE:
        if not (WORTEL / "package-lock.json").is_file():
            raise BundelFout(f"package-lock.json ontbreekt in {WORTEL}")
        npm = shutil.which("npm")
        if not npm:
            raise BundelFout("npm ontbreekt: nodig om Pyodide uit het npm-register te halen (apt-get install npm)")
        _draai([npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"], cwd=WORTEL)
    versie = json.loads(pkg.read_text())["version"]
    if versie != PYODIDE_VERSIE:
        raise BundelFout(f"node_modules/pyodide is versie {versie}, verwacht {PYODIDE_VERSIE} (package-lock.json)")
    for naam in PYODIDE_BESTANDEN:
        if not (map_ / naam).is_file():
            raise BundelFout(f"Pyodide-bestand ontbreekt: {map_ / naam}")
    return map_


# ---------------------------------------------------------------------------------------------- wielen
def _pypi_wiel(w: Wiel) -> Path:
    map_ = CACHE / "pypi"
    pad = map_ / w.bestand
    if not pad.is_file():
        map_.mkdir(parents=True, exist_ok=True)
        opdracht = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
                    "--python-version", "3.14", "-d", str(map_), f"{w.naam}=={w.versie}"]
        if w.platform:
            opdracht[5:5] = ["--platform", w.platform, "--implementation", "cp", "--abi", "cp314"]
        _draai(opdracht)
    if not pad.is_file():
        raise BundelFout(f"pip download gaf niet {w.bestand}")
    if _sha256(pad) != w.sha256:
        raise BundelFout(f"{w.bestand}: SHA-256 {_sha256(pad)} wijkt af van de vastgepinde {w.sha256}")
    return pad


def _herpak(bron: Path, doel: Path, houd, extra: dict[str, bytes] | None = None) -> None:
    """Schrijf wiel ``bron`` als ``doel`` met alleen de namen waarvoor ``houd(naam)`` waar is, plus ``extra``;
    RECORD wordt opnieuw opgesteld (naam, sha256, grootte), zodat het wiel geldig blijft."""
    import base64

    extra = extra or {}
    with zipfile.ZipFile(bron) as z:
        namen = [n for n in z.namelist() if houd(n) and not n.endswith(".dist-info/RECORD")]
        record = next(n for n in z.namelist() if n.endswith(".dist-info/RECORD"))
        inhoud = {n: z.read(n) for n in namen}
    inhoud.update(extra)
    regels = []
    for n, data in inhoud.items():
        h = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        regels.append(f"{n},sha256={h},{len(data)}")
    regels.append(f"{record},,")
    tmp = doel.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in inhoud.items():
            z.writestr(zipfile.ZipInfo(n, date_time=(2020, 2, 2, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo(record, date_time=(2020, 2, 2, 0, 0, 0)), "\n".join(regels) + "\n",
                   zipfile.ZIP_DEFLATED)
    tmp.replace(doel)


def _babel_slank(origineel: Path) -> Path:
    doel = CACHE / "slank" / origineel.name
    stempel = doel.with_suffix(".bron")
    sleutel = f"{_sha256(origineel)} {' '.join(BABEL_LOCALES)}"
    if doel.is_file() and stempel.is_file() and stempel.read_text() == sleutel:
        return doel
    doel.parent.mkdir(parents=True, exist_ok=True)

    def houd(n: str) -> bool:
        if "/locale-data/" not in n:
            return True
        return Path(n).stem in BABEL_LOCALES

    _herpak(origineel, doel, houd)
    stempel.write_text(sleutel)
    return doel


def _bron_vingerafdruk() -> str:
    h = hashlib.sha256()
    for p in [WORTEL / "pyproject.toml", *sorted((WORTEL / "src" / "zorgcontract").rglob("*"))]:
        if p.is_file() and "__pycache__" not in p.parts and p.suffix in (".py", ".yaml", ".toml", ".json"):
            h.update(p.relative_to(WORTEL).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def eigen_wiel() -> Path:
    """Het wiel van ``zorgcontract`` uit de huidige broncode, met ``data/_yaml.json``."""
    from zorgcontract.kern import yaml_json

    if not (WORTEL / "pyproject.toml").is_file():
        raise BundelFout(f"geen pyproject.toml in {WORTEL}: het eigen wiel kan alleen vanuit de projectmap gebouwd worden")
    vinger = _bron_vingerafdruk()
    map_ = CACHE / "eigen" / vinger
    klaar = sorted(map_.glob("zorgcontract-*.whl")) if map_.is_dir() else []
    if klaar:
        return klaar[0]
    with tempfile.TemporaryDirectory(prefix="zorgcontract-wiel-") as tmp:
        tmp = Path(tmp)
        # bouwen in een kopie: geen build/ of egg-info in de werkmap
        shutil.copy(WORTEL / "pyproject.toml", tmp / "pyproject.toml")
        shutil.copytree(WORTEL / "src", tmp / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        if (WORTEL / "README.md").is_file():
            shutil.copy(WORTEL / "README.md", tmp / "README.md")
        uit = tmp / "uit"
        opdracht = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(uit), str(tmp)]
        try:  # eerst met de setuptools van de omgeving (snel, offline); anders geïsoleerd (setuptools van PyPI)
            _draai([*opdracht[:6], "--no-build-isolation", *opdracht[6:]])
        except BundelFout:
            _draai(opdracht)
        gebouwd = sorted(uit.glob("zorgcontract-*.whl"))
        if not gebouwd:
            raise BundelFout("pip wheel gaf geen zorgcontract-wiel")
        index = yaml_json.maak_index(WORTEL / "src" / "zorgcontract" / "data")
        map_.mkdir(parents=True, exist_ok=True)
        doel = map_ / gebouwd[0].name
        # de handboekgenerator en de tests horen niet in de browser; de rest van het pakket wel
        _herpak(gebouwd[0], doel, lambda n: not n.startswith("zorgcontract/handboek/"),
                {f"zorgcontract/data/{yaml_json.BESTAND}": json.dumps(index, ensure_ascii=False).encode()})
    for oud in (CACHE / "eigen").iterdir():
        if oud.name != vinger:
            shutil.rmtree(oud, ignore_errors=True)
    return doel


def wielen() -> list[Path]:
    uit = []
    for w in AFHANKELIJKHEDEN:
        pad = _pypi_wiel(w)
        uit.append(_babel_slank(pad) if w.naam == "babel" else pad)
    uit.append(eigen_wiel())
    return uit


# ---------------------------------------------------------------------------------------------- bytecode
PYC_SCRIPT = Path(__file__).with_name("pyc_compileer.mjs")


def _pyc_sleutel(archieven: list[Path], proef: str) -> str:
    """Op de inhoud van álle archieven samen: welke modules de proef importeert, hangt van elk wiel af."""
    h = hashlib.sha256()
    for deel in (*(a.read_bytes() for a in archieven), PYC_SCRIPT.read_bytes(), proef.encode(), PYODIDE_VERSIE.encode()):
        h.update(hashlib.sha256(deel).digest())
    return h.hexdigest()[:16]


def proef() -> str:
    """Python voor ``pyc_compileer.mjs``: elke rekenhulp met haar voorbeeld, met foute invoer en met een
    declaratiebestand, zodat ook de modules van de foutmeldingen en de declaratiecontrole een .pyc krijgen."""
    from zorgcontract.handboek.rekenhulp_paginas import REKENHULPEN

    voorbeelden = [[r.subopdracht, r.voorbeeld] for r in REKENHULPEN if r.voorbeeld]
    csv = ("regel,praktijk,verzekerde,prestatiecode,datum,uitvoerder,context,tarief\n"
           "1,P1,V1,13029,2026-02-10,huisarts,poh-s-module,12.50\n2,P1,V1,13029,2026-03-10,huisarts,,\n"
           "3,P1,V2,99999,2026-03-10,huisarts,,\n4,P2,V2,11201,2026-04-01,praktijk,start-overeenkomst=2026-02-10,\n")
    return "\n".join([
        "import json, os",
        "import zorgcontract.cli, zorgcontract.rekenhulp as r",
        f"voorbeelden = json.loads({json.dumps(json.dumps(voorbeelden))})",
        "for sub, opties in voorbeelden:",
        "    r.bereken_json(sub, json.dumps(opties))",
        "    r.bereken_json(sub, json.dumps({k: 'x' for k in opties}))",
        "os.makedirs('/tmp/proef', exist_ok=True)",
        f"open('/tmp/proef/d.csv', 'w', encoding='utf-8').write({csv!r})",
        "os.chdir('/tmp/proef')",
        "r.bereken_json('declaraties', json.dumps({'bestand': 'd.csv'}))",
        "r.bereken_json('declaraties', json.dumps({'bestand': 'ontbreekt.csv'}))",
    ])


def met_pyc(archieven: list[Path], pyodide: Path, wielen_: list[Path] | None = None, proef_: str = "") -> dict[Path, Path]:
    """Elk archief (een wiel, of de stdlib-zip van Pyodide) met bytecode erbij, voor de modules die ``proef_``
    importeert nadat ``wielen_`` geladen zijn (zonder proef: voor alle modules). Bewaard op inhoud, zodat node
    alleen draait als er iets veranderde. Geeft {origineel: archief met pyc}."""
    map_ = CACHE / "pyc" / _pyc_sleutel(archieven, proef_)
    uit = {a: map_ / a.name for a in archieven}
    if all(p.is_file() for p in uit.values()):
        return uit
    node = shutil.which("node") or shutil.which("nodejs")
    if not node:
        raise BundelFout("node ontbreekt: nodig om de bytecode voor de browser te maken (apt-get install nodejs npm)")
    with tempfile.TemporaryDirectory(prefix="zorgcontract-pyc-") as tmp:
        werk = Path(tmp) / "werk"
        for a in archieven:
            with zipfile.ZipFile(a) as z:
                for n in z.namelist():
                    if n.endswith(".py"):
                        (werk / a.name / n).parent.mkdir(parents=True, exist_ok=True)
                        (werk / a.name / n).write_bytes(z.read(n))
        opdracht = [node, str(PYC_SCRIPT), str(pyodide), str(werk)]
        if proef_:
            (Path(tmp) / "proef.json").write_text(json.dumps({"wielen": [str(w) for w in wielen_ or []], "proef": proef_}))
            opdracht.append(str(Path(tmp) / "proef.json"))
        _draai(opdracht)
        map_.mkdir(parents=True, exist_ok=True)
        for a in archieven:
            wortel = werk / a.name
            pyc = {p.relative_to(wortel).as_posix(): p.read_bytes() for p in sorted(wortel.rglob("*.pyc"))}
            if a.suffix == ".whl":
                _herpak(a, uit[a], lambda n: True, pyc)
            else:
                _zip_erbij(a, uit[a], pyc)
    for oud in (CACHE / "pyc").iterdir():
        if oud != map_:
            shutil.rmtree(oud, ignore_errors=True)
    return uit


def _zip_erbij(bron: Path, doel: Path, extra: dict[str, bytes]) -> None:
    """Een zip (zonder RECORD) met ``extra`` erbij."""
    tmp = doel.with_suffix(".tmp")
    with zipfile.ZipFile(bron) as z, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as uit:
        for info in z.infolist():
            uit.writestr(info, z.read(info), zipfile.ZIP_DEFLATED)
        for n, data in extra.items():
            uit.writestr(zipfile.ZipInfo(n, date_time=(2020, 2, 2, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    tmp.replace(doel)


# ---------------------------------------------------------------------------------------------- schrijven
def schrijf(html: Path) -> dict:
    """Kopieer runtime en wielen naar ``<html>/_rekenhulpen/`` en schrijf ``bundel.json`` (wat erin zit)."""
    doel = Path(html) / DOELMAP
    py = pyodide_map()
    stdlib = py / "python_stdlib.zip"
    origineel = wielen()
    pyc = met_pyc([*origineel, stdlib], py, origineel, proef())
    alle = [pyc[w] for w in pyc if w != stdlib]
    runtime = {naam: pyc[stdlib] if naam == stdlib.name else py / naam for naam in PYODIDE_BESTANDEN}
    (doel / "pyodide").mkdir(parents=True, exist_ok=True)
    (doel / "wielen").mkdir(parents=True, exist_ok=True)
    for naam, bron in runtime.items():
        _kopie(bron, doel / "pyodide" / naam)
    for w in alle:
        _kopie(w, doel / "wielen" / w.name)
    namen = {w.name for w in alle}
    for oud in (doel / "wielen").iterdir():
        if oud.name not in namen:
            oud.unlink()
    manifest = {
        "pyodide": PYODIDE_VERSIE,
        "wielen": [w.name for w in alle],
        "bytes": {w.name: w.stat().st_size for w in alle} | {f"pyodide/{n}": p.stat().st_size for n, p in runtime.items()},
    }
    (doel / "bundel.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def _kopie(bron: Path, doel: Path) -> None:
    if doel.is_file() and doel.stat().st_size == bron.stat().st_size and doel.stat().st_mtime >= bron.stat().st_mtime:
        return
    shutil.copy2(bron, doel)


if __name__ == "__main__":
    m = schrijf(Path(sys.argv[1]) if len(sys.argv) > 1 else WORTEL / "book" / "_build" / "html")
    print(json.dumps(m, indent=1))
