"""De stappen van het inkoopbeleid van Zilveren Kruis (steps/zk/zk22_inkoop) gelden alleen voor dat document.

- In een subproces draait pytest een kleine synthetische featureset twee keer: onder een map waarvan de conftest
  de ZK-stappen laadt (zoals tests/scenarios/zk/zk22_inkoop/conftest.py) slaagt het scenario; onder een map zonder
  die conftest is dezelfde stap onbekend (StepDefinitionNotFoundError).
- In het echte project laadt alleen de conftest van zk22-inkoop de ZK-stappen; geen globale plugin (steps/*.py)
  en geen conftest van een ander document doet dat.
- De vertaaltabellen kop -> veld (``KOPPEN``) noemen alleen velden die de invoer echt kent (anders zou pydantic
  een verkeerd gespelde kop stil negeren), en een onbekende of dubbele kop in een scenario is een AssertionError.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from steps.zk.zk22_inkoop import bijzondere_gebieden, gemeen, kwaliteit, poh_ggz, poh_s, praktijkmanagement, service
from steps.zk.zk22_inkoop import stoppen_met_roken, toekomstbestendig
from zorgcontract.regels.zk.inkoop import bijzondere_gebieden as r_bg
from zorgcontract.regels.zk.inkoop import kwaliteit as r_kwaliteit
from zorgcontract.regels.zk.inkoop import poh_ggz as r_poh_ggz
from zorgcontract.regels.zk.inkoop import poh_s as r_poh_s
from zorgcontract.regels.zk.inkoop import praktijkmanagement as r_pm
from zorgcontract.regels.zk.inkoop import service as r_service
from zorgcontract.regels.zk.inkoop import stoppen_met_roken as r_smr
from zorgcontract.regels.zk.inkoop import toekomstbestendig as r_thz

WORTEL = Path(__file__).resolve().parents[1]

# een stap die alleen het inkoopbeleid kent (startdatum: 1 januari 2023 − 28 dagen = 4 december 2022)
FEATURE = """\
# language: nl
Functionaliteit: scope van de ZK-stappen
  Scenario: startdatum van een aanvraag
    Gegeven een aanvraag voor de module "kwaliteit" op 4 december 2022
    Als de startdatum wordt bepaald
    Dan is de startdatum 1 januari 2023
"""


@pytest.mark.suite
def test_een_zk_stap_bestaat_alleen_onder_de_conftest_die_de_zk_stappen_laadt(tmp_path):
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "scope.feature").write_text(FEATURE, encoding="utf-8")
    binding = 'from pytest_bdd import scenarios\n\nscenarios("../scope.feature")\n'
    for map_, conftest in (("met_zk", "from steps.zk.zk22_inkoop import *  # noqa: F401,F403\n"), ("zonder_zk", "")):
        (tmp_path / map_).mkdir()
        (tmp_path / map_ / "conftest.py").write_text(conftest)
        (tmp_path / map_ / f"test_{map_}.py").write_text(binding)
    omgeving = dict(os.environ, PYTHONPATH=os.pathsep.join([str(WORTEL), os.environ.get("PYTHONPATH", "")]))
    omgeving.pop("ZORGCONTRACT_CONCEPT", None)
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:randomly", "-p", "no:cacheprovider",
                          "-c", str(tmp_path / "pytest.ini"), "--rootdir", str(tmp_path), str(tmp_path)],
                         cwd=tmp_path, env=omgeving, capture_output=True, text=True, timeout=120)
    uit = run.stdout + run.stderr
    assert re.search(r"PASSED met_zk/test_met_zk\.py::test_startdatum_van_een_aanvraag", uit), uit
    assert re.search(r"FAILED zonder_zk/test_zonder_zk\.py::test_startdatum_van_een_aanvraag", uit), uit
    assert 'StepDefinitionNotFoundError: Step definition is not found: Given "een aanvraag voor de module' in uit, uit
    assert "1 failed, 1 passed" in uit, uit


def test_alleen_de_conftest_van_zk22_inkoop_laadt_de_zk_stappen():
    laadt = sorted(str(p.relative_to(WORTEL)) for p in (WORTEL / "tests").rglob("conftest.py")
                   if "steps.zk" in p.read_text(encoding="utf-8"))
    assert laadt == ["tests/scenarios/zk/zk22_inkoop/conftest.py"]
    # de globale plugins (elke module direct in steps/, geladen door de conftest van het project) importeren ze niet
    for p in (WORTEL / "steps").glob("*.py"):
        assert "steps.zk" not in p.read_text(encoding="utf-8"), f"{p.name} laadt de ZK-stappen voor alle documenten"
    assert "steps.zk" not in (WORTEL / "conftest.py").read_text(encoding="utf-8")


# (vertaaltabel, de modellen die haar velden samen kennen)
TABELLEN = [
    (poh_s.KOPPEN_AANVULLING, [r_poh_s.ZkPohSAanvulling]),
    (poh_s.KOPPEN_VOORWAARDEN, [r_poh_s.ZkPohS]),
    (poh_ggz.KOPPEN, [r_poh_ggz.ZkPohGgz]),
    (praktijkmanagement.KOPPEN, [r_pm.ZkPraktijkmanager]),
    (toekomstbestendig.KOPPEN, [r_thz.ZkToekomstbestendig]),
    (service.KOPPEN, [r_service.ZkModuleA, r_service.ZkModuleB]),
    (kwaliteit.KOPPEN_ACCREDITATIE, [r_kwaliteit.ZkAccreditatie]),
    (kwaliteit.KOPPEN_SPIEGEL, [r_kwaliteit.ZkSpiegelinformatie]),
    (stoppen_met_roken.KOPPEN_AANBOD, [r_smr.ZkSmrAanbod]),
    (stoppen_met_roken.KOPPEN_DECLARATIE, [r_smr.ZkSmrDeclaratie]),
    (bijzondere_gebieden.KOPPEN, [r_bg.ZkGebiedA, r_bg.ZkGebiedB, r_bg.ZkGebiedC, r_bg.ZkGebiedD]),
]


@pytest.mark.parametrize("koppen, modellen", TABELLEN)
def test_elke_kop_noemt_een_veld_dat_de_invoer_kent(koppen, modellen):
    bekend = {veld for m in modellen for veld in m.model_fields}
    onbekend = {kop: veld for kop, (veld, _) in koppen.items() if veld not in bekend}
    assert not onbekend, f"koppen met een veld dat geen model kent: {onbekend}"
    velden = [veld for veld, _ in koppen.values()]
    assert len(velden) == len(set(velden)), "twee koppen voor hetzelfde veld"
    assert all(not re.search(r"_[a-z]", kop) for kop in koppen), "een kop is een Python-veldnaam"


def _tabel(*rijen):
    return [["gegeven", "waarde"], *(list(r) for r in rijen)]


def test_lees_tabel_vertaalt_koppen_en_leest_waarden_met_de_lezer_van_de_kop():
    velden = gemeen.lees_tabel(_tabel(("werkt in het HIS of KIS", "ja"), ("dienstverband", "gedetacheerd")),
                               poh_s.KOPPEN_VOORWAARDEN, "de POH-S")
    assert velden == {"werkt_in_his_of_kis": True, "dienstverband": "gedetacheerd"}
    assert gemeen.namen(poh_s.KOPPEN_VOORWAARDEN)["werkt_in_his_of_kis"] == "werkt in het HIS of KIS"


@pytest.mark.parametrize("rijen, melding", [
    ((("werkt_in_his_of_kis", "ja"),), "onbekende kop 'werkt_in_his_of_kis'"),
    ((("werkt in het HIS of KIS", "ja"), ("werkt in het HIS of KIS", "nee")), "twee keer"),
    ((("veld", "waarde"),), "onbekende kop 'veld'"),  # een tweede kopregel, zoals die van de oude tabellen
    ((("werkt in het HIS of KIS", "ja", "extra"),), "twee kolommen"),
])
def test_lees_tabel_weigert_onbekende_dubbele_en_scheve_rijen(rijen, melding):
    with pytest.raises(AssertionError, match=re.escape(melding)):
        gemeen.lees_tabel(_tabel(*rijen), poh_s.KOPPEN_VOORWAARDEN, "de POH-S")


@pytest.mark.parametrize("tabel", [
    [["werkt in het HIS of KIS", "ja"]],  # zonder kopregel: het handboek zou de eerste rij als kop tonen
    [["veld", "waarde"], ["werkt in het HIS of KIS", "ja"]],  # de kopregel van de oude tabellen met veldnamen
    [],
])
def test_lees_tabel_vraagt_de_kopregel_gegeven_waarde(tabel):
    with pytest.raises(AssertionError, match=re.escape("begint met de kopregel | gegeven | waarde |")):
        gemeen.lees_tabel(tabel, poh_s.KOPPEN_VOORWAARDEN, "de POH-S")


def test_een_waarde_die_de_lezer_niet_kent_is_een_fout_geen_stille_nee():
    from zorgcontract.kern.nl import NotatieFout

    with pytest.raises(NotatieFout):
        gemeen.lees_tabel(_tabel(("werkt in het HIS of KIS", "misschien")), poh_s.KOPPEN_VOORWAARDEN, "de POH-S")


def test_de_synthetische_feature_is_echt_een_scenario_van_het_document():
    # de stap in FEATURE staat letterlijk zo in de scenario's van zk22-inkoop (anders bewijst de proef niets)
    tekst = (WORTEL / "features/zk/zk22-inkoop/startdatum.feature").read_text(encoding="utf-8")
    for regel in textwrap.dedent(FEATURE).splitlines()[3:]:
        stap = regel.strip().split(" ", 1)[1]
        assert re.sub(r'"[^"]+"|\d+ \w+ \d{4}', "…", stap) in re.sub(r'"[^"]+"|<\w+>|\d+ \w+ \d{4}', "…", tekst), stap
