"""De stappen van de FAQ's van Zorg en Zekerheid zijn per document gescoped (issue 10 punt 6).

Een kleine synthetische featureset draait in een apart pytest-proces onder drie mappen met de echte conftests van
tests/scenarios/zz/zz26_faq, zz23_faq en zz26_pohs. Een stap van de FAQ 2026-2028 bestaat alleen bij die FAQ, een stap
van de FAQ 2023-2025 alleen bij die, een gedeelde FAQ-stap (steps/zz/faq.py) bij beide FAQ's en bij de bijlage POH-S
bij geen van de drie. Daarnaast de lezer van een opsomming (``nl.lees_komma_opsomming``) die de stappen gebruiken.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from zorgcontract.kern import nl

WORTEL = Path(__file__).resolve().parents[1]

FEATURE = """\
# language: nl
Functionaliteit: proef voor de scoping van de FAQ-stappen

  Scenario: een stap van de FAQ 2026-2028
    Als een vrij tarief van € 10,00 naar 2026 wordt geïndexeerd
    Dan is het geïndexeerde tarief € 10,61

  Scenario: een stap die beide FAQ's delen
    Als de uitspraak over "coulance" op 15 maart 2024 wordt opgezocht
    Dan komt de uitspraak uit het document "zz23-faq"

  Scenario: een stap van de FAQ 2023-2025
    Als de uitspraak over "lean-naast-accreditatie" op 1 oktober 2024 wordt opgezocht
    Dan mogen Lean en Praktijkscan volgens de uitspraak wel naast de NHG-praktijkaccreditatie
"""

SCENARIOS = {
    "een stap van de FAQ 2026-2028": "test_een_stap_van_de_faq_2026_2028",
    "een stap die beide FAQ's delen": "test_een_stap_die_beide_faq_s_delen",
    "een stap van de FAQ 2023-2025": "test_een_stap_van_de_faq_2023_2025",
}

# per map: welke scenario's hun stappen vinden (de rest mist een stapdefinitie)
VERWACHT = {
    "zz26_faq": {"een stap van de FAQ 2026-2028", "een stap die beide FAQ's delen"},
    "zz23_faq": {"een stap die beide FAQ's delen", "een stap van de FAQ 2023-2025"},
    "zz26_pohs": set(),
}


@pytest.fixture(scope="module")
def uitslag(tmp_path_factory) -> dict[str, dict[str, str | None]]:
    """Per map en per scenario: None als het slaagde, anders de melding van de mislukking."""
    map_ = tmp_path_factory.mktemp("scope_faq")
    (map_ / "features" / "proef").mkdir(parents=True)
    (map_ / "features" / "proef" / "proef.feature").write_text(FEATURE, encoding="utf-8")
    # alleen de algemene stappen globaal, zoals de conftest in de wortel van het project ze laadt
    (map_ / "conftest.py").write_text('pytest_plugins = ["steps.algemeen"]\n', encoding="utf-8")
    (map_ / "pytest.ini").write_text("[pytest]\naddopts = -p no:cacheprovider -p no:randomly\n", encoding="utf-8")
    for doc in VERWACHT:
        (map_ / doc).mkdir()
        (map_ / doc / "conftest.py").write_text(f"from tests.scenarios.zz.{doc}.conftest import *  # noqa: F401,F403\n",
                                                encoding="utf-8")
        (map_ / doc / f"test_{doc}.py").write_text(textwrap.dedent("""\
            from pathlib import Path
            from steps.binden import bind_features
            bind_features(globals(), Path(__file__).parents[1] / "features", submap="proef")
            """), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(WORTEL)}
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "--junitxml", str(map_ / "uit.xml")], cwd=map_,
                       capture_output=True, text=True, env=env, timeout=300)
    assert (map_ / "uit.xml").exists(), r.stdout + r.stderr
    uit: dict[str, dict[str, str | None]] = {doc: {} for doc in VERWACHT}
    for geval in ET.parse(map_ / "uit.xml").iter("testcase"):
        doc = geval.get("classname").split(".")[0]
        fout = geval.find("failure")
        if fout is None:
            fout = geval.find("error")
        uit[doc][geval.get("name")] = None if fout is None else (fout.get("message") or "") + (fout.text or "")
    return uit


@pytest.mark.parametrize("doc", sorted(VERWACHT))
def test_een_faq_stap_bestaat_alleen_bij_zijn_document(uitslag, doc):
    assert set(uitslag[doc]) == set(SCENARIOS.values()), uitslag[doc]
    for naam, test in SCENARIOS.items():
        melding = uitslag[doc][test]
        if naam in VERWACHT[doc]:
            assert melding is None, f"{doc}: '{naam}' had moeten slagen: {melding}"
        else:
            assert melding is not None, f"{doc}: '{naam}' vond een stap die bij dit document niet hoort"
            assert "StepDefinitionNotFoundError" in melding or "Step definition is not found" in melding, melding


@pytest.mark.parametrize("tekst, lijst", [("1, 2a, 2b", ["1", "2a", "2b"]), ("3", ["3"]), ("geen", []), (" Geen ", []),
                                          ("poh-s,poh-ggz", ["poh-s", "poh-ggz"])])
def test_lees_komma_opsomming(tekst, lijst):
    assert nl.lees_komma_opsomming(tekst) == lijst


@pytest.mark.parametrize("tekst", ["", " ", "1, , 2", "1,", ", 1"])
def test_lees_komma_opsomming_weigert_lege_onderdelen(tekst):
    with pytest.raises(nl.NotatieFout):
        nl.lees_komma_opsomming(tekst)
