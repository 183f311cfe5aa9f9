"""Bindt de scenario's uit een features-map als pytest-tests, met de ene gherkin-lezer als bron.

In plaats van pytest-bdd's ``scenarios(".")`` leest ``bind_features`` de map met
``zorgcontract.kern.gherkin`` en maakt per scenario een test met pytest-bdd's publieke ``scenario()``. Elke
test krijgt de marker ``zorgcontract_scenario(bestand=..., regel=..., features=...)``: daarmee koppelt de
uitslagen-plugin (``steps/uitslagen_plugin.py``) elk pytest-item aan zijn scenario (bestand + regelnummer van
de kop) en, op volgorde, aan zijn voorbeeldrij, zonder private attributen van pytest-bdd.

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


def _python_naam(tekst: str) -> str:
    naam = re.sub(r"\W+", "_", tekst.lower(), flags=re.ASCII).strip("_")
    return naam or "scenario"


def bind_features(namespace: dict, features: Path | str) -> int:
    """Zet in ``namespace`` (de ``globals()`` van een testmodule) één test per scenario; geeft het aantal."""
    features = Path(features).resolve()
    try:
        functionaliteiten = lees_features(features)
    except LeesFout as e:
        raise pytest.Collector.CollectError(str(e)) from None
    n = 0
    for f in functionaliteiten:
        for s in f.scenarios:
            naam = basis = f"test_{_python_naam(s.naam)}"
            i = 0
            while naam in namespace:
                i += 1
                naam = f"{basis}_{i}"

            def _leeg() -> None:
                pass

            test = scenario(s.bestand, s.naam, features_base_dir=str(features))(_leeg)
            test = getattr(pytest.mark, MARKER)(bestand=s.bestand, regel=s.regel, features=str(features))(test)
            test.__name__ = naam
            namespace[naam] = test
            n += 1
    return n
