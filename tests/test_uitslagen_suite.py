"""Bewijs op kapotte invoer: pytest draait (in een subproces) een kleine synthetische featureset met elke
faalsoort, en de status van elk scenario moet kloppen in het uitslagenrecord, op de handboekpagina (gegenereerde
MyST) en in ``zorgcontract dekking --json``; ``zorgcontract uitslagen controleer`` (de hoofdtaak) eindigt niet-nul.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from zorgcontract.handboek.bouw import genereer
from zorgcontract.handboek.gherkin import lees_features
from zorgcontract.handboek.paginas import Handboek
from zorgcontract.handboek.uitslagen import lees_run
from zorgcontract.kern.register import contractregister, interpretaties

WORTEL = Path(__file__).resolve().parents[1]
TAG = "zz26-faq-scen"  # een bestaand registeritem, zodat de scenario's in dekking en handboek verschijnen

FEATURE = f"""\
# language: nl
Functionaliteit: proef met elke faalsoort
  Regel: elke faalsoort

    # 2 = 2
    @{TAG}
    Scenario: slaagt gewoon
      Gegeven het getal 2
      Dan is het getal 2

    @{TAG}
    Scenario: stap zonder definitie
      Gegeven het getal 2
      Als er iets gebeurt dat niemand kent
      Dan is het getal 2

    @{TAG}
    Scenario: assert in de Dan-stap
      Gegeven het getal 2
      Dan is het getal 3

    @{TAG} @opzet_kapot
    Scenario: fixture faalt in de opzet
      Gegeven het getal 2
      Dan is het getal 2

    @{TAG} @afbouw_kapot
    Scenario: fixture faalt in de afbouw
      Gegeven het getal 2
      Dan is het getal 2

    @{TAG}
    Scenario: stap slaat over
      Gegeven het getal 2
      Dan wordt deze stap overgeslagen
      En is het getal 2

    @{TAG}
    Abstract Scenario: rijen met <getal>
      Gegeven het getal <getal>
      Dan is het getal <verwacht>

      Voorbeelden:
        | getal | verwacht |
        | 1     | 1        |
        | 2     | 3        |
        | 3     | 3        |

    @{TAG}
    Scenario: nooit gedraaid
      Gegeven het getal 2
      Dan is het getal 2
"""

STAPPEN = '''\
import pytest
from pytest_bdd import given, parsers, then


@pytest.fixture(autouse=True)
def _kapot(request):
    if request.node.get_closest_marker("opzet_kapot"):
        raise RuntimeError("opzet kapot")
    yield
    if request.node.get_closest_marker("afbouw_kapot"):
        raise RuntimeError("afbouw kapot")


@given(parsers.re(r"het getal (?P<n>\\d+)"), target_fixture="getal")
def getal(n):
    return int(n)


@then(parsers.re(r"is het getal (?P<n>\\d+)"))
def is_getal(getal, n):
    assert getal == int(n), f"verwacht {n}, gevonden {getal}"


@then("wordt deze stap overgeslagen")
def overslaan():
    pytest.skip("bewust overgeslagen in de stap")
'''

VERWACHT = {
    "slaagt gewoon": ("geslaagd", None),
    "stap zonder definitie": ("mislukt", "Als er iets gebeurt dat niemand kent"),
    "assert in de Dan-stap": ("mislukt", "Dan is het getal 3"),
    "fixture faalt in de opzet": ("fout in opzet", None),
    "fixture faalt in de afbouw": ("fout in afbouw", None),
    "stap slaat over": ("overgeslagen", "Dan wordt deze stap overgeslagen"),
    "rijen met <getal>": ("mislukt", "Dan is het getal 3"),
    "nooit gedraaid": ("niet uitgevoerd", None),
}
RIJEN = ["geslaagd", "mislukt", "geslaagd"]


def maak_project(map_: Path, feature: str = FEATURE) -> Path:
    (map_ / "features" / "proef").mkdir(parents=True)
    (map_ / "features" / "proef" / "kapot.feature").write_text(feature, encoding="utf-8")
    (map_ / "proefstappen.py").write_text(STAPPEN, encoding="utf-8")
    (map_ / "conftest.py").write_text('pytest_plugins = ["steps.uitslagen_plugin", "proefstappen"]\n', encoding="utf-8")
    (map_ / "test_proef.py").write_text(textwrap.dedent("""\
        from pathlib import Path
        from steps.binden import bind_features
        bind_features(globals(), Path(__file__).parent / "features")
        """), encoding="utf-8")
    (map_ / "pytest.ini").write_text(textwrap.dedent("""\
        [pytest]
        bdd_features_base_dir = features
        addopts = -p no:cacheprovider
        filterwarnings = ignore::pytest.PytestUnknownMarkWarning
        """), encoding="utf-8")
    return map_


def draai(map_: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(WORTEL)}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", *args], cwd=map_, capture_output=True, text=True,
                          env=env, timeout=120)


def cli(*args: str, cwd: Path = WORTEL) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zorgcontract", *args], capture_output=True, text=True, cwd=cwd, timeout=60)


@pytest.fixture(scope="module")
def kapot(tmp_path_factory):
    map_ = maak_project(tmp_path_factory.mktemp("kapot"))
    record = map_ / "reports" / "uitslagen.json"
    r = draai(map_, "--uitslagen", str(record), "-k", "not nooit_gedraaid", "--cucumberjson", str(map_ / "c.json"))
    assert record.exists(), r.stdout + r.stderr
    return map_, record, r


@pytest.mark.suite
def test_pytest_eindigt_niet_nul(kapot):
    _, _, r = kapot
    assert r.returncode == 1, r.stdout


@pytest.mark.suite
def test_record_status_per_scenario_en_rij(kapot):
    _, record, _ = kapot
    data = json.loads(record.read_text(encoding="utf-8"))
    assert data["versie"] == 1 and data["run"]["begin"] and "commit" in data["run"]
    assert data["run"]["volledig"] is False  # 'nooit gedraaid' is gedeselecteerd
    per_naam = {s["naam"]: s for s in data["scenarios"]}
    assert set(per_naam) == set(VERWACHT)
    for naam, (status, stap) in VERWACHT.items():
        s = per_naam[naam]
        assert s["status"] == status, (naam, s)
        assert (s["stap"] or {}).get("tekst") == stap, (naam, s)
        if status not in ("geslaagd", "niet uitgevoerd"):
            assert s["melding"], (naam, s)
        assert isinstance(s["duur"], (int, float))
    assert "opzet kapot" in per_naam["fixture faalt in de opzet"]["melding"]
    assert per_naam["fixture faalt in de opzet"]["fase"] == "opzet"
    assert "afbouw kapot" in per_naam["fixture faalt in de afbouw"]["melding"]
    assert "geen stapdefinitie" in per_naam["stap zonder definitie"]["melding"]
    assert "verwacht 3, gevonden 2" in per_naam["assert in de Dan-stap"]["melding"]
    assert "bewust overgeslagen" in per_naam["stap slaat over"]["melding"]
    rijen = per_naam["rijen met <getal>"]["rijen"]
    assert [r["status"] for r in rijen] == RIJEN
    assert [r["waarden"]["getal"] for r in rijen] == ["1", "2", "3"]
    [f] = lees_features(record.parent.parent / "features")
    sjabloon = [s for s in f.scenarios if s.is_sjabloon][0]
    assert [r["regel"] for r in rijen] == [r.regel for r in sjabloon.rijen]
    assert data["tellingen"] == {"geslaagd": 3, "mislukt": 3, "fout in opzet": 1, "fout in afbouw": 1,
                                 "overgeslagen": 1, "niet uitgevoerd": 1}


@pytest.mark.suite
def test_cucumber_json_had_dit_als_geslaagd_gezien(kapot):
    """Waarom het record nodig is: in de Cucumber-export staan de ongedefinieerde stap en de overgeslagen stap
    niet als 'failed'."""
    map_, _, _ = kapot
    data = json.loads((map_ / "c.json").read_text(encoding="utf-8"))
    el = {e["name"]: e for f in data for e in f["elements"]}
    assert all(s["result"]["status"] != "failed" for s in el["stap zonder definitie"]["steps"])
    assert all(s["result"]["status"] != "failed" for s in el["stap slaat over"]["steps"])


@pytest.mark.suite
def test_handboekpagina_toont_elke_status(kapot, tmp_path):
    map_, record, _ = kapot
    features = map_ / "features"
    hb = Handboek(lees_features(features), lees_run(record), contractregister(), interpretaties())
    woord = {"geslaagd": "✔ geslaagd", "mislukt": "✘ mislukt", "fout in opzet": "✘ fout in opzet",
             "fout in afbouw": "✘ fout in afbouw", "overgeslagen": "overgeslagen", "niet uitgevoerd": "niet uitgevoerd"}
    for s in hb.features[0].scenarios:
        status, stap = VERWACHT[s.naam]
        blok = hb.scenario_md(s, 3, None)
        kopregel = blok.splitlines()[2]
        assert woord[status] in kopregel, (s.naam, kopregel)
        if stap:
            assert stap.split(" ", 1)[1] in blok, (s.naam, blok)
        if status != "geslaagd":
            assert "✔ geslaagd" not in kopregel
    sjabloon = [s for s in hb.features[0].scenarios if s.is_sjabloon][0]
    blok = hb.scenario_md(sjabloon, 3, None)
    assert "| 1 | 1 | {bdg-success}`✔ geslaagd` |" in blok and "| 2 | 3 | {bdg-danger}`✘ mislukt` |" in blok
    # de gegenereerde pagina van het registeritem en de dekkingspagina
    boek = tmp_path / "book"
    (boek / "rekenvoorbeelden").mkdir(parents=True)
    genereer(boek, features, record)
    pagina = (boek / f"{hb.pagina_van[TAG].docname}.md").read_text(encoding="utf-8")
    for naam in VERWACHT:
        assert naam.replace("<", "\\<").replace(">", "\\>").lower() in pagina.lower(), naam
    assert "✘ fout in afbouw" in pagina and "✘ fout in opzet" in pagina and "overgeslagen" in pagina
    dekking = (boek / "generated" / "dekking.md").read_text(encoding="utf-8")
    assert "niet alle scenario's zijn uitgevoerd" in dekking


@pytest.mark.suite
def test_dekking_json_toont_elke_status(kapot):
    map_, record, _ = kapot
    r = cli("dekking", "--json", "--features", str(map_ / "features"), "--uitslagen", str(record))
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    [item] = [i for i in data["items"] if i["id"] == TAG]
    per_naam = {s["naam"]: s for s in item["scenarios"]}
    for naam, (status, stap) in VERWACHT.items():
        assert per_naam[naam]["uitslag"] == status, (naam, per_naam[naam])
        if stap:
            assert per_naam[naam]["stap"] == stap
    assert [r["uitslag"] for r in per_naam["rijen met <getal>"]["rijen"]] == RIJEN
    assert data["uitslagen_tellingen"]["fout in afbouw"] == 1


@pytest.mark.suite
def test_controle_van_de_hoofdtaak_eindigt_niet_nul(kapot, tmp_path):
    map_, record, _ = kapot
    r = cli("uitslagen", "controleer", "--features", str(map_ / "features"), "--uitslagen", str(record), "--json")
    assert r.returncode == 1
    data = json.loads(r.stdout)
    assert not data["alles_geslaagd"] and len(data["niet_geslaagd"]) == 7
    # alleen het overgeslagen scenario draaien: pytest zegt 0, de controle niet
    los = maak_project(tmp_path / "los")
    rec = los / "u.json"
    r = draai(los, "--uitslagen", str(rec), "-k", "stap_slaat_over")
    assert r.returncode == 0, r.stdout
    r = cli("uitslagen", "controleer", "--features", str(los / "features"), "--uitslagen", str(rec))
    assert r.returncode == 1 and "overgeslagen" in r.stdout


@pytest.mark.suite
def test_alles_geslaagd_is_exit_nul(tmp_path):
    goed = FEATURE.split("    @" + TAG + "\n    Scenario: stap zonder definitie")[0]
    map_ = maak_project(tmp_path, goed)
    r = draai(map_, "--uitslagen", "u.json")
    assert r.returncode == 0, r.stdout
    r = cli("uitslagen", "controleer", "--features", str(map_ / "features"), "--uitslagen", str(map_ / "u.json"))
    assert r.returncode == 0, r.stdout
    assert json.loads((map_ / "u.json").read_text())["run"]["volledig"] is True


@pytest.mark.suite
def test_onleesbaar_feature_bestand_is_een_nederlandse_verzamelfout(tmp_path):
    map_ = maak_project(tmp_path)
    (map_ / "features" / "proef" / "latin1.feature").write_bytes("# language: nl\nFunctionaliteit: caf\u00e9\n".encode("latin-1"))
    r = draai(map_, "--uitslagen", "u.json")
    assert r.returncode != 0
    uit = r.stdout + r.stderr
    assert "proef/latin1.feature: geen geldige UTF-8-tekst" in uit and "Traceback" not in uit, uit
    assert json.loads((map_ / "u.json").read_text())["scenarios"] == []  # niets geslaagd
