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
    def __init__(self, features, bestand, regel, submap=None):
        self.kw = {"features": str(features.resolve()), "bestand": bestand, "regel": regel, "submap": submap}

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
    # Deze test draait in dezelfde sessie als tests/scenarios wanneer de hele suite loopt;
    # de eigenlijke bewaking zit in conftest.pytest_collection_modifyitems.
    verwacht, fouten = verwacht_per_bestand(Path(request.config.rootpath) / "features")
    assert fouten == [] and all(n > 0 for n in verwacht.values())



def test_een_document_apart_draaien_toetst_alleen_dat_document(tmp_path):
    (tmp_path / "zz" / "a").mkdir(parents=True)
    (tmp_path / "zz" / "b").mkdir(parents=True)
    (tmp_path / "zz" / "a" / "x.feature").write_text(GOED, encoding="utf-8")
    (tmp_path / "zz" / "b" / "y.feature").write_text(GOED, encoding="utf-8")
    # regel 4 = 'Scenario: een', regel 7 = 'Abstract Scenario: twee' (één voorbeeldrij)
    compleet_a = [_Item(tmp_path, "zz/a/x.feature", 4, "zz/a"), _Item(tmp_path, "zz/a/x.feature", 7, "zz/a")]
    assert controleer_verzameling(tmp_path, compleet_a) == []
    # binnen het gekozen document ziet de controle nog steeds een ontbrekend scenario
    assert controleer_verzameling(tmp_path, compleet_a[:1]) == ["zz/a/x.feature: 2 scenario's in het bestand, 1 verzameld"]


def test_elk_document_heeft_een_binding_met_eigen_stappen(request):
    """Elke documentmap features/<vz>/<document>/ heeft tests/scenarios/<vz>/<document>/ met een binding van
    precies die map en een conftest.py (de stappen van dat document)."""
    wortel = Path(request.config.rootpath)
    documenten = sorted({p.parent.relative_to(wortel / "features").as_posix() for p in (wortel / "features").rglob("*.feature")})
    assert documenten, "geen feature-bestanden gevonden"
    ontbreekt = []
    for d in documenten:
        vz, doc = d.split("/")
        map_ = wortel / "tests" / "scenarios" / vz / doc.replace("-", "_")
        binding = map_ / "test_scenarios.py"
        if not binding.is_file() or f'submap="{d}"' not in binding.read_text(encoding="utf-8"):
            ontbreekt.append(f"{d}: geen binding in {binding.relative_to(wortel)}")
        if not (map_ / "conftest.py").is_file():
            ontbreekt.append(f"{d}: geen conftest.py met de stappen in {map_.relative_to(wortel)}")
    assert ontbreekt == []
