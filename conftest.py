"""Laadt de stapdefinities en plugins, en bewaakt dat elk scenario uit features/ ook echt verzameld wordt.

De scenario's worden per document gebonden door ``steps/binden.py`` (vanuit
tests/scenarios/<vz>/<document>/test_scenarios.py) met de ene gherkin-lezer; ``controleer_verzameling`` vergelijkt daarna per scenario en per voorbeeldrij wat de lezer
zag met wat pytest verzamelde. Een verschil breekt de run af. Het uitslagenrecord schrijft
``steps/uitslagen_plugin.py`` (``--uitslagen reports/uitslagen.json``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from steps.verzameling import controleer_verzameling

# Elke module direct in steps/ (behalve hulpmodules met _ , binden en verzameling) is een plugin: de algemene
# stappen en de plugins voor uitslagen en concepten. De stappen van één document (steps/<vz>/<document>.py) laadt
# alleen de conftest van dat document (tests/scenarios/<vz>/<document>/conftest.py).
_STAPPEN = Path(__file__).parent / "steps"
_GEEN_PLUGIN = {"verzameling", "binden"}
pytest_plugins = sorted(
    f"steps.{p.stem}" for p in _STAPPEN.glob("*.py") if not p.stem.startswith("_") and p.stem not in _GEEN_PLUGIN
)

FEATURES = Path(__file__).parent / "features"


def pytest_collection_modifyitems(session, config, items):
    bdd = [i for i in items if i.get_closest_marker("zorgcontract_scenario") is not None]
    if not bdd:
        return  # alleen andere tests gekozen
    if config.getoption("-k") or config.getoption("-m"):
        return  # bewuste selectie: niet alles hoeft er te zijn
    fouten = controleer_verzameling(FEATURES, bdd)
    if fouten:
        raise pytest.UsageError("Scenario's niet verzameld:\n  " + "\n  ".join(fouten))
