"""Bindt de scenario's van één document (of van een hele features-map) als pytest-tests, met de ene gherkin-lezer
als bron.

Per document staat er een map ``tests/scenarios/<vz>/<document>/`` met een ``conftest.py`` die de stappen van
dat document laadt (``steps/<vz>/<document>.py``; pytest-bdd zoekt stappen via de conftest-hiërarchie, dus een
stap van het ene document is bij het andere onzichtbaar) en een ``test_scenarios.py`` die deze functie aanroept.

``bind_features`` leest de map met ``zorgcontract.kern.gherkin`` en maakt per scenario een test met pytest-bdd's
publieke ``scenario()``. Elke test krijgt de marker ``zorgcontract_scenario(bestand=..., regel=..., features=...)``
(bestand relatief aan de hele features-map): daarmee koppelt de uitslagen-plugin (``steps/uitslagen_plugin.py``)
elk pytest-item aan zijn scenario (bestand + regelnummer van de kop) en, op volgorde, aan zijn voorbeeldrij,
zonder private attributen van pytest-bdd.

Is een feature-bestand niet te lezen, dan wordt dat een verzamelfout met de Nederlandse melding van de lezer
(geen traceback); de run eindigt dan niet-nul.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytest_bdd import scenario

from zorgcontract.kern.gherkin import LeesFout, lees_features

MARKER = "zorgcontract_scenario"
FEATURES = Path(__file__).resolve().parents[1] / "features"


def _python_naam(tekst: str) -> str:
    naam = re.sub(r"\W+", "_", tekst.lower(), flags=re.ASCII).strip("_")
    return naam or "scenario"


def bind_features(namespace: dict, features: Path | str = FEATURES, submap: str | None = None) -> int:
    """Zet in ``namespace`` (de ``globals()`` van een testmodule) één test per scenario onder ``features/submap``;
    geeft het aantal."""
    features = Path(features).resolve()
    try:
        functionaliteiten = lees_features(features / submap if submap else features)
    except LeesFout as e:
        raise pytest.Collector.CollectError(str(e)) from None
    n = 0
    for f in functionaliteiten:
        bestand_vanaf_basis = f"{submap.strip('/')}/{f.bestand}" if submap else f.bestand
        for s in f.scenarios:
            naam = basis = f"test_{_python_naam(s.naam)}"
            i = 0
            while naam in namespace:
                i += 1
                naam = f"{basis}_{i}"

            def _leeg() -> None:
                pass

            test = scenario(bestand_vanaf_basis, s.naam, features_base_dir=str(features))(_leeg)
            test = getattr(pytest.mark, MARKER)(bestand=bestand_vanaf_basis, regel=s.regel, features=str(features),
                                                submap=submap)(test)
            test.__name__ = naam
            namespace[naam] = test
            n += 1
    return n
