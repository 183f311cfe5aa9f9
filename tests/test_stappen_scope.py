"""Stappen gelden per document: de conftest van een document laadt alleen zijn eigen stappen (en de algemene).

Bewezen met een echte pytest-run in een subproces over een klein project: hetzelfde POH-S-scenario slaagt
onder een conftest met de POH-S-stappen en faalt met "Step definition is not found" onder een conftest met
alleen de POH-GGZ-stappen.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[1]

SCENARIO = """# language: nl
Functionaliteit: proef
  Scenario: een POH-S-stap
    Gegeven een praktijk met 1000 ingeschreven verzekerden
    En een POH-S met 2 contracturen per week
    Als de vergoeding POH-S voor 2026 wordt berekend
    Dan is het maximum per jaar 120,00 uur
"""


def _document(map_: Path, stappen: str) -> None:
    map_.mkdir(parents=True)
    (map_ / "proef.feature").write_text(SCENARIO, encoding="utf-8")
    (map_ / "conftest.py").write_text(f"from steps.algemeen import *  # noqa\nfrom {stappen} import *  # noqa\n", encoding="utf-8")
    (map_ / f"test_{map_.name}.py").write_text("from pytest_bdd import scenarios\nscenarios('proef.feature')\n", encoding="utf-8")


def test_een_stap_van_het_ene_document_bestaat_bij_het_andere_niet(tmp_path):
    _document(tmp_path / "pohs", "steps.zz.zz26_pohs")
    _document(tmp_path / "pohggz", "steps.zz.zz26_pohggz")
    omgeving = {**os.environ, "PYTHONPATH": f"{WORTEL}{os.pathsep}{WORTEL / 'src'}"}
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", "-rA",
                        "--rootdir", str(tmp_path), "-c", os.devnull, str(tmp_path)],
                       cwd=tmp_path, env=omgeving, capture_output=True, text=True, timeout=300)
    uit = r.stdout + r.stderr
    assert "PASSED pohs/test_pohs.py::test_een_pohsstap" in uit, uit[-3000:]
    assert "FAILED pohggz/test_pohggz.py::test_een_pohsstap" in uit, uit[-3000:]
    assert 'Step definition is not found: Given "een praktijk met 1000 ingeschreven verzekerden"' in uit, uit[-3000:]
