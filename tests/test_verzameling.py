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
    _, fouten = verwacht_per_bestand(_features(tmp_path, s=SJABLOON))
    assert any("Abstract Scenario" in f for f in fouten)
    assert any("geen enkel scenario" in f for f in fouten)


def test_ziet_niet_verzamelde_scenarios(tmp_path):
    fouten = controleer_verzameling(_features(tmp_path, a=GOED), items=[])
    assert fouten == ["a.feature: 2 scenario's in het bestand, 0 verzameld"]


def test_echte_features_zijn_compleet_verzameld(request):
    # Deze test draait in dezelfde sessie als tests/test_scenarios.py wanneer de hele suite loopt;
    # de eigenlijke bewaking zit in conftest.pytest_collection_modifyitems.
    verwacht, fouten = verwacht_per_bestand(Path(request.config.rootpath) / "features")
    assert fouten == [] and all(n > 0 for n in verwacht.values())
