"""De dekkingscontrole: statische controles op het echte project, en bewijs dat de controle kan falen."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from zorgcontract import dekking
from zorgcontract.kern.register import RegisterItem, contractregister, interpretaties

PROJECT = Path(__file__).resolve().parents[1]
FEATURES = PROJECT / "features"


def _alle():
    return dekking.lees_scenarios(FEATURES)


# --- het echte project -------------------------------------------------------------------------------

def test_dekking_kent_geen_installatiepad():
    # de features komen uit een optie of de werkmap, nooit uit het pad van het geïnstalleerde pakket
    assert not hasattr(dekking, "FEATURES") and not hasattr(dekking, "CUCUMBER")


def test_elk_scenario_heeft_een_registertag():
    fouten = [f for f in dekking.tag_problemen(_alle(), contractregister(), interpretaties()) if "geen register-tag" in f]
    assert not fouten, "\n".join(fouten)


def test_elke_registertag_noemt_een_bestaand_item():
    fouten = [f for f in dekking.tag_problemen(_alle(), contractregister(), interpretaties()) if "registeritem" in f]
    assert not fouten, "\n".join(fouten)


def test_elke_interpretatietag_noemt_een_bestaande_interpretatie():
    fouten = [f for f in dekking.tag_problemen(_alle(), contractregister(), interpretaties()) if "interpretatie" in f]
    assert not fouten, "\n".join(fouten)


def test_elk_registeritem_heeft_samenvatting_en_status():
    assert not dekking.register_problemen(contractregister())


def test_zie_ook_en_vervangt_wijzen_naar_bestaande_items():
    fouten = dekking.verwijzing_problemen(contractregister())
    assert not fouten, "\n".join(fouten)


def test_elk_getoetst_item_heeft_minstens_een_scenario():
    # statisch deel van de dekking: de uitslagen controleert de plugin steps/dekking_controle.py
    alles_geslaagd = {s.sleutel: True for s in _alle()}
    fouten = dekking.onbewezen(contractregister(), _alle(), alles_geslaagd)
    assert not fouten, "\n".join(fouten)


def test_interpretaties_wijzen_naar_registeritems_van_mijn_documenten():
    register = contractregister()
    for i in interpretaties().values():
        if i.id.startswith(("I-ZZ26-FAQ-", "I-ZZ23-FAQ-")):
            assert i.register_ids and all(r in register for r in i.register_ids), i.id


def test_faq_register_een_item_per_vraag():
    ids = [r for r in contractregister() if r.startswith(("zz26-faq-", "zz23-faq-"))]
    # 14 vragen in de FAQ 2026-2028 (+1 open item voor de overige POH-Ouderen-staffels), 6 in de FAQ 2023-2025
    assert sum(r.startswith("zz26-faq-") for r in ids) == 15
    assert sum(r.startswith("zz23-faq-") for r in ids) == 6


# --- de controle kan falen ---------------------------------------------------------------------------

FEATURE = """\
# language: nl
Functionaliteit: proef
  Regel: proef

    @zz26-faq-proef-a1
    Scenario: goed getagd
      Gegeven iets

    @zz26-faq-bestaat-niet @I-ZZ26-FAQ-BESTAAT-NIET
    Scenario: verkeerde tags
      Gegeven iets

    Scenario: zonder tag
      Gegeven iets

    @zz26-faq-proef-a1 @I-ZZ26-FAQ-PROEF
    Abstract Scenario: met voorbeelden <x>
      Gegeven iets <x>

      Voorbeelden:
        | x |
        | 1 |
        | 2 |
"""


def _item(id_, status="getoetst", samenvatting="een samenvatting in eigen woorden", reden=None, **kw):
    return RegisterItem(id=id_, document="zz26-faq", locatie="proef", samenvatting=samenvatting, status=status, reden=reden, **kw)


@pytest.fixture
def proefmap(tmp_path):
    (tmp_path / "proef").mkdir()
    (tmp_path / "proef" / "a.feature").write_text(FEATURE, encoding="utf-8")
    return tmp_path


def test_parser_leest_tags_per_scenario(proefmap):
    s = dekking.lees_scenarios(proefmap)
    assert [x.naam for x in s] == ["goed getagd", "verkeerde tags", "zonder tag", "met voorbeelden <x>"]
    assert s[0].tags == ["zz26-faq-proef-a1"] and s[2].tags == []
    assert set(s[3].tags) == {"zz26-faq-proef-a1", "I-ZZ26-FAQ-PROEF"}
    assert [r.regel for r in s[3].rijen] == [22, 23] and s[3].voorbeeldrijen() == [{"x": "1"}, {"x": "2"}]


def test_onbekende_tags_en_ongetagde_scenarios_worden_gemeld(proefmap):
    fouten = dekking.tag_problemen(dekking.lees_scenarios(proefmap), {"zz26-faq-proef-a1": _item("zz26-faq-proef-a1")}, {"I-ZZ26-FAQ-PROEF": object()})
    assert any("@zz26-faq-bestaat-niet noemt geen bestaand registeritem" in f for f in fouten)
    assert any("@I-ZZ26-FAQ-BESTAAT-NIET noemt geen bestaande interpretatie" in f for f in fouten)
    assert any("'zonder tag': heeft geen register-tag" in f for f in fouten)
    assert len(fouten) == 3


def test_getoetst_item_zonder_scenario_wordt_gemeld(proefmap):
    register = {"zz26-faq-proef-a1": _item("zz26-faq-proef-a1"), "zz26-faq-proef-a2": _item("zz26-faq-proef-a2")}
    scenarios = dekking.lees_scenarios(proefmap)
    alles = {s.sleutel: True for s in scenarios}
    assert dekking.onbewezen(register, scenarios, alles) == [
        "zz26-faq-proef-a2 heet getoetst, maar geen enkel scenario draagt de tag @zz26-faq-proef-a2"
    ]


def test_getoetst_item_met_alleen_gezakte_scenarios_wordt_gemeld(proefmap):
    register = {"zz26-faq-proef-a1": _item("zz26-faq-proef-a1")}
    scenarios = dekking.lees_scenarios(proefmap)
    getagd = [s for s in scenarios if "zz26-faq-proef-a1" in s.tags]
    assert dekking.onbewezen(register, scenarios, {s.sleutel: False for s in getagd})[0].startswith(
        "zz26-faq-proef-a1 heet getoetst, maar geen van zijn scenario's is geslaagd"
    )
    # niet gedraaid telt als niet geslaagd
    assert dekking.onbewezen(register, scenarios, {})
    # één geslaagd scenario volstaat
    assert dekking.onbewezen(register, scenarios, {getagd[0].sleutel: True, getagd[1].sleutel: False}) == []


def test_open_en_niet_formaliseerbaar_hoeven_geen_scenario(proefmap):
    register = {"zz26-faq-open": _item("zz26-faq-open", status="open", reden="welke staffel?")}
    assert dekking.onbewezen(register, dekking.lees_scenarios(proefmap), {}) == []


def test_registeritem_zonder_samenvatting_of_status_wordt_gemeld():
    fouten = dekking.register_problemen({
        "zz26-faq-a": {"samenvatting": "  ", "status": "getoetst"},
        "zz26-faq-b": {"samenvatting": "iets", "status": None},
        "zz26-faq-c": {"samenvatting": "iets", "status": "open"},
        "zz-d": {"samenvatting": "iets", "status": "getoetst"},
    })
    assert fouten == [
        "registeritem zz26-faq-a: samenvatting ontbreekt",
        "registeritem zz26-faq-b: status ontbreekt of is onbekend (None); kies uit getoetst, niet-formaliseerbaar, open",
        "registeritem zz26-faq-c: status open vraagt een reden",
    ]


def test_verwijzing_naar_onbekend_item_wordt_gemeld():
    register = {"zz26-faq-a": _item("zz26-faq-a", zie_ook=["zz26-faq-b"], vervangt=["zz26-faq-c"]), "zz26-faq-b": _item("zz26-faq-b")}
    assert dekking.verwijzing_problemen(register) == ["registeritem zz26-faq-a: vervangt noemt onbekend item zz26-faq-c"]


# --- de plugin breekt een volledige run af ----------------------------------------------------------

def test_plugin_controleert_alleen_volledige_runs():
    """Alleen een volledige, niet-gefilterde run (elk scenario en elke rij uitgevoerd) mag op ontbrekende
    uitslagen falen."""
    import steps.dekking_controle as plugin

    class Config:
        def getoption(self, naam):
            return None

    record = {"run": {"volledig": True}, "scenarios": [{"bestand": "x.feature", "regel": 3, "status": "geslaagd"}]}
    assert plugin.volledige_run(Config(), record)
    assert not plugin.volledige_run(Config(), None)  # scenariomodule niet gedraaid
    assert not plugin.volledige_run(Config(), {**record, "run": {"volledig": False}})  # afgebroken (-x) of gedeselecteerd

    class Gekozen(Config):
        def getoption(self, naam):
            return "iets" if naam == "-k" else None

    assert not plugin.volledige_run(Gekozen(), record)


# --- de CLI --------------------------------------------------------------------------------------------

def _cli(*args):
    return subprocess.run([sys.executable, "-m", "zorgcontract", *args], capture_output=True, text=True, cwd=PROJECT)


def test_cli_dekking_json():
    r = _cli("dekking", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    items = {i["id"]: i for i in data["items"]}
    staffels = items["zz26-faq-poh-ouderen-staffels"]
    assert staffels["status"] == "open" and staffels["reden"]
    assert {"id", "document", "locatie", "samenvatting", "status", "scenarios"} <= set(items["zz26-faq-scen"])
    assert items["zz26-faq-scen"]["scenarios"], "zz26-faq-scen heeft scenario's"
    assert data["tellingen"]["zz23-faq"]["niet-formaliseerbaar"] == 2
    assert sum(data["totaal"].values()) == len(data["items"])


def _record_met(scenario, status, pad):
    """Een klein record met één uitslag voor ``scenario`` (alle rijen dezelfde status)."""
    d = {"bestand": scenario.bestand, "regel": scenario.regel, "naam": scenario.naam, "vingerafdruk": scenario.vingerafdruk,
         "status": status, "stap": {"regel": scenario.regel + 1, "tekst": "Dan iets"}, "melding": "AssertionError: nee"}
    if scenario.is_sjabloon:
        d["rijen"] = [{"regel": r.regel, "waarden": r.als_dict, "status": status} for r in scenario.rijen]
    pad.write_text(json.dumps({"versie": 1, "run": {"begin": "2026-01-01T00:00:00+00:00"}, "scenarios": [d]}), encoding="utf-8")
    return pad


def test_cli_dekking_tekst_en_uitslagen(tmp_path):
    s = [x for x in _alle() if "zz26-faq-scen" in x.tags][0]
    pad = _record_met(s, "mislukt", tmp_path / "u.json")
    r = _cli("dekking", "--uitslagen", str(pad))
    assert r.returncode == 0, r.stderr
    assert "zz26-faq" in r.stdout and "Niet geslaagde scenario's" in r.stdout and "zz26-faq-scen" in r.stdout
    r = _cli("dekking", "--json", "--uitslagen", str(pad))
    data = json.loads(r.stdout)
    items = {i["id"]: i for i in data["items"]}
    [x] = [x for x in items["zz26-faq-scen"]["scenarios"] if x["regel"] == s.regel]
    assert x["uitslag"] == "mislukt" and x["melding"] == "AssertionError: nee"
    # alles wat niet in het record staat, is niet uitgevoerd: nooit geslaagd
    assert all(y["uitslag"] == "niet uitgevoerd" for i in data["items"] for y in i["scenarios"] if y["regel"] != s.regel
               or y["bestand"] != s.bestand)
    assert data["uitslagen_tellingen"]["geslaagd"] == 0 and data["onbewezen"]


def test_cli_dekking_uitslag_van_een_gewijzigd_scenario_telt_niet(tmp_path):
    s = [x for x in _alle() if "zz26-faq-scen" in x.tags][0]
    pad = _record_met(s, "geslaagd", tmp_path / "u.json")
    data = json.loads(pad.read_text())
    data["scenarios"][0]["vingerafdruk"] = "anders"  # het scenario veranderde na de run
    pad.write_text(json.dumps(data))
    items = {i["id"]: i for i in json.loads(_cli("dekking", "--json", "--uitslagen", str(pad)).stdout)["items"]}
    assert {x["uitslag"] for x in items["zz26-faq-scen"]["scenarios"]} == {"niet uitgevoerd"}


def test_cli_dekking_zonder_record_en_met_kapot_record(tmp_path):
    # zonder record in de werkmap: alles niet uitgevoerd
    r = subprocess.run([sys.executable, "-m", "zorgcontract", "dekking", "--json", "--features", str(FEATURES)],
                       capture_output=True, text=True, cwd=tmp_path)
    data = json.loads(r.stdout)
    assert r.returncode == 0 and not data["uitslagen_beschikbaar"]
    assert {x["uitslag"] for i in data["items"] for x in i["scenarios"]} == {"niet uitgevoerd"}
    # een kapot record is een fout, niet 'geen uitslagen'
    (tmp_path / "kapot.json").write_text("[1, 2, 3]")
    r = _cli("dekking", "--json", "--uitslagen", str(tmp_path / "kapot.json"))
    assert r.returncode == 2 and "Traceback" not in r.stderr and json.loads(r.stdout)["fout"]
    r = _cli("dekking", "--cucumber", str(tmp_path / "kapot.json"))
    assert r.returncode == 2 and "--uitslagen" in r.stderr


def test_cli_dekking_leest_features_uit_de_werkmap(tmp_path):
    r = subprocess.run([sys.executable, "-m", "zorgcontract", "dekking", "--json"], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 2 and "werkmap" in r.stderr and json.loads(r.stdout)["fout"]


@pytest.mark.parametrize("geval", ["leeg", "map", "utf8", "dubbelepunt"])
def test_cli_dekking_kapotte_features_nooit_alles_getoetst(tmp_path, geval):
    f = tmp_path / "features"
    f.mkdir()
    if geval == "map":
        (f / "x.feature").mkdir()
    elif geval == "utf8":
        (f / "a.feature").write_bytes("# language: nl\nFunctionaliteit: caf\u00e9\n".encode("latin-1"))
    elif geval == "dubbelepunt":
        (f / "a.feature").write_text("# language: nl\nFunctionaliteit: f\n  @zz26-faq-scen\n  Scenario zonder punt\n"
                                     "    Gegeven iets\n", encoding="utf-8")
    r = _cli("dekking", "--json", "--features", str(f))
    assert r.returncode == 2, r.stdout
    assert "Traceback" not in r.stderr
    fout = json.loads(r.stdout)["fout"]
    verwacht = {"leeg": "geen enkel .feature-bestand", "map": "x.feature: is een map", "utf8": "a.feature: geen geldige UTF-8",
                "dubbelepunt": "a.feature, regel 4"}[geval]
    assert verwacht in fout, fout


def test_cli_dekking_onbekende_map():
    r = _cli("dekking", "--json", "--features", "/bestaat/niet")
    assert r.returncode == 2
    assert "features" in r.stderr and json.loads(r.stdout)["fout"]
