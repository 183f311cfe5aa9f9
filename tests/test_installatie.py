"""Het runtimepakket op eigen benen: na ``pip install`` zonder extras (geen pytest, pytest-bdd of Jupyter Book)
werkt elke ``zorgcontract``-subopdracht met geldige invoer, en ``dekking`` vindt de features in de werkmap of via
``--features``, nooit via het installatiepad.

Marker ``installatie`` (ca. 20-60 s: een verse venv en de pakketten uit de pip-cache); overslaan met
``-m 'not installatie'``. Een nieuwe subopdracht zonder regel in ``GELDIG`` laat deze test falen: voeg dan een
aanroep met geldige invoer toe.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

WORTEL = Path(__file__).resolve().parents[1]

# Per subopdracht één aanroep met geldige invoer ({wortel} wordt de projectmap, {record} een uitslagenrecord).
GELDIG: dict[str, list[str]] = {
    "poh-s": ["--ingeschreven", "2350", "--dm2", "150", "--cvrm", "200", "--copd", "40", "--astma", "60",
              "--contracturen", "16", "--json"],
    "poh-ggz": ["--ingeschreven", "3000", "--uren", "25", "--afgesproken-uren", "25", "--json"],
    "declaratiestart": ["--start-overeenkomst", "2026-04-01", "--json"],
    "coulance": ["--functie", "poh-s", "--start-opleiding", "2026-02-15", "--opleidingsduur-maanden", "24", "--json"],
    "indexering": ["--tarief", "12,35", "--json"],
    "poh-ouderen": ["--ingeschreven", "2000", "--75plus", "200", "--json"],
    "service-bereikbaarheid": ["--dienst", "spraak-naar-tekst", "--datum", "2026-02-01", "--json"],
    "faq-uitspraak": ["--onderwerp", "coulance", "--datum", "2026-03-15", "--json"],
    "declaraties": ["{wortel}/tests/data/declaraties-voorbeeld.csv", "--json"],
    "zk-startdatum": ["--module", "poh-ggz", "--aanvraag", "2022-09-03", "--json"],
    "zk-poh-ggz": ["--ingeschreven", "4700", "--json"],
    "fgv": ["--conform", "601", "--totaal", "1000", "--grenzen", "60,70,80", "--json"],
    "oaw-uren": ["--ingeschreven", "3000", "--json"],
    "zk-oaw-toets": ["--ingeschreven", "3000", "--spreekuur", "di 17:00-19:00", "--spreekuur", "za 09:00-09:30",
                     "--weken", "45", "--json"],
    "zk-poh-s-aanvulling": ["--uren", "20", "--uurkosten", "50", "--kwetsbare-ouderen", "2", "--toekomstbestendig", "1",
                            "--ketenzorg", "8", "--json"],
    "praktijk": ["{wortel}/examples/praktijk-de-linde.toml", "--json"],
    "portefeuille": ["{wortel}/examples/portefeuille.csv", "--json"],
    "dekking": ["--json"],  # features uit de werkmap (cwd = projectmap)
    "uitslagen vergelijk": ["{record}", "{record}", "--json"],
    "uitslagen controleer": ["--uitslagen", "{record}", "--json"],
}


def _subopdrachten(zorgcontract: Path) -> set[str]:
    """De subopdrachten volgens ``--help`` (groepen zoals ``uitslagen`` met hun eigen subopdrachten)."""
    from zorgcontract.cli import app
    import typer.main

    groep = typer.main.get_command(app)
    namen = set()
    for naam, cmd in groep.commands.items():
        if getattr(cmd, "commands", None):
            namen |= {f"{naam} {sub}" for sub in cmd.commands}
        else:
            namen.add(naam)
    return namen


@pytest.fixture(scope="module")
def kale_venv(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("installatie")
    bron = tmp / "bron"
    bron.mkdir()
    shutil.copy(WORTEL / "pyproject.toml", bron / "pyproject.toml")
    shutil.copytree(WORTEL / "src", bron / "src", ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    py = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    r = subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(bron)],
                       capture_output=True, text=True, timeout=300, env=env)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    return venv, env


@pytest.mark.installatie
def test_geen_test_of_boekpakketten_in_de_kale_installatie(kale_venv):
    venv, env = kale_venv
    # matplotlib mag: de budgetcurve van 'portefeuille --plot' is een runtimefunctie (issue 13).
    for module in ("pytest", "pytest_bdd", "jupyter_book", "myst_nb", "sphinx"):
        r = subprocess.run([str(venv / "bin" / "python"), "-c", f"import {module}"], capture_output=True, text=True,
                           env=env, cwd="/")
        assert r.returncode != 0, f"{module} is importeerbaar in de kale installatie"
    r = subprocess.run([str(venv / "bin" / "python"), "-c", "import gherkin, zorgcontract; print(zorgcontract.__file__)"],
                       capture_output=True, text=True, env=env, cwd="/")
    assert r.returncode == 0 and str(venv) in r.stdout, r.stderr


@pytest.mark.installatie
def test_elke_subopdracht_werkt_zonder_extras(kale_venv, tmp_path):
    venv, env = kale_venv
    zc = venv / "bin" / "zorgcontract"
    assert set(GELDIG) == _subopdrachten(zc), (
        "nieuwe of verdwenen subopdracht: voeg een aanroep met geldige invoer toe aan GELDIG in tests/test_installatie.py"
    )
    record = tmp_path / "uitslagen.json"
    record.write_text(json.dumps({"versie": 1, "run": {}, "scenarios": []}), encoding="utf-8")
    for naam, args in GELDIG.items():
        args = [a.format(wortel=WORTEL, record=record) for a in args]
        r = subprocess.run([str(zc), *naam.split(), *args], capture_output=True, text=True, cwd=WORTEL, env=env, timeout=60)
        verwacht = 1 if naam == "uitslagen controleer" else 0  # leeg record: niets geslaagd
        assert r.returncode == verwacht, (naam, r.returncode, r.stderr[-2000:])
        assert "Traceback" not in r.stderr, (naam, r.stderr)
        if naam == "declaraties":  # --json stroomt: één JSON-object per regel (en een samenvatting)
            assert all(json.loads(regel) is not None for regel in r.stdout.splitlines() if regel.strip())
        else:
            json.loads(r.stdout)


@pytest.mark.installatie
def test_dekking_vindt_features_in_de_werkmap_of_via_de_optie(kale_venv, tmp_path):
    venv, env = kale_venv
    zc = str(venv / "bin" / "zorgcontract")
    uit_werkmap = json.loads(subprocess.run([zc, "dekking", "--json"], capture_output=True, text=True, cwd=WORTEL,
                                            env=env, timeout=60).stdout)
    via_optie = json.loads(subprocess.run([zc, "dekking", "--json", "--features", str(WORTEL / "features")],
                                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60).stdout)
    assert uit_werkmap["aantal_scenarios"] == via_optie["aantal_scenarios"] > 100
    # buiten het project zonder --features: een Nederlandse fout, niet de features van het installatiepad
    r = subprocess.run([zc, "dekking", "--json"], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60)
    assert r.returncode == 2 and "werkmap" in json.loads(r.stdout)["fout"]


@pytest.mark.installatie
def test_handboek_genereren_zonder_jupyter_book(kale_venv, tmp_path):
    venv, env = kale_venv
    boek = tmp_path / "book"
    (boek / "rekenvoorbeelden").mkdir(parents=True)
    r = subprocess.run([str(venv / "bin" / "python"), "-m", "zorgcontract.handboek", "--boek", str(boek), "--features",
                        str(WORTEL / "features"), "--uitslagen", str(tmp_path / "geen.json")],
                       capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert (boek / "generated" / "dekking.md").exists()
