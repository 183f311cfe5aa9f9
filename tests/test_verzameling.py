"""De verzamelcontrole van conftest.py moet kunnen falen: bewijs dat ze stil overgeslagen scenario's ziet."""

from pathlib import Path

from steps.verzameling import controleer_verzameling, verwacht_per_bestand

GOED = """# language: nl
Functionaliteit: f
  @zz26-pohs-a5-l7
  Scenario: een
    Gegeven iets
  @zz26-pohs-a5-l7
  Abstract Scenario: twee
    Gegeven <x>
    Voorbeelden:
      | x |
      | 1 |
"""

SJABLOON = """# language: nl
Functionaliteit: f
  @zz26-pohs-a5-l7
  Scenariosjabloon: wordt door pytest-bdd als tekst gelezen
    Gegeven <x>
"""


def _features(tmp_path: Path, **bestanden) -> Path:
    for naam, tekst in bestanden.items():
        (tmp_path / f"{naam}.feature").write_text(tekst, encoding="utf-8")
    return tmp_path


def test_telt_scenario_en_abstract_scenario(tmp_path):
    verwacht, fouten = verwacht_per_bestand(_features(tmp_path, a=GOED))
    assert verwacht == {"a.feature": 2} and fouten == []


def test_ziet_scenariosjabloon_en_leeg_bestand(tmp_path):
    _, fouten = verwacht_per_bestand(_features(tmp_path, s=SJABLOON, leeg="# language: nl\nFunctionaliteit: leeg\n"))
    assert any("s.feature, regel 4" in f and "Abstract Scenario" in f for f in fouten), fouten
    assert any(f == "leeg.feature: bevat geen enkel scenario" for f in fouten), fouten


def test_ziet_lege_map_en_dubbele_namen(tmp_path):
    _, fouten = verwacht_per_bestand(tmp_path)
    assert fouten and "geen enkel .feature-bestand" in fouten[0]
    dubbel = GOED.replace("Abstract Scenario: twee", "Abstract Scenario: een")
    _, fouten = verwacht_per_bestand(_features(tmp_path, d=dubbel))
    assert any("scenarionaam 'een' staat ook op regel 4" in f for f in fouten), fouten


class _Item:
    def __init__(self, features, bestand, regel):
        self.kw = {"features": str(features.resolve()), "bestand": bestand, "regel": regel}

    def get_closest_marker(self, naam):
        return type("M", (), {"kwargs": self.kw})() if naam == "zorgcontract_scenario" else None


def test_ziet_ontbrekende_voorbeeldrij(tmp_path):
    f = _features(tmp_path, a=GOED)
    assert controleer_verzameling(f, [_Item(f, "a.feature", 4), _Item(f, "a.feature", 7)]) == []
    fouten = controleer_verzameling(f, [_Item(f, "a.feature", 4)])
    assert fouten == ["a.feature: 2 scenario's in het bestand, 1 verzameld"]
    twee_rijen = GOED + "      | 2 |\n"
    f2 = _features(tmp_path / "b", b=twee_rijen) if (tmp_path / "b").mkdir() is None else None
    fouten = controleer_verzameling(f2, [_Item(f2, "b.feature", 4), _Item(f2, "b.feature", 7)])
    assert fouten == ["b.feature:7 'twee': 2 uitvoeringen verwacht (voorbeeldrijen), 1 verzameld"]


def test_ziet_niet_verzamelde_scenarios(tmp_path):
    fouten = controleer_verzameling(_features(tmp_path, a=GOED), items=[])
    assert fouten == ["a.feature: 2 scenario's in het bestand, 0 verzameld"]


def test_echte_features_zijn_compleet_verzameld(request):
    # Deze test draait in dezelfde sessie als tests/test_scenarios.py wanneer de hele suite loopt;
    # de eigenlijke bewaking zit in conftest.pytest_collection_modifyitems.
    verwacht, fouten = verwacht_per_bestand(Path(request.config.rootpath) / "features")
    assert fouten == [] and all(n > 0 for n in verwacht.values())
