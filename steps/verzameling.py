"""Vergelijkt de scenario's in de .feature-bestanden met wat pytest-bdd verzamelde."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

SCENARIO_KOP = re.compile(r"^\s*(Scenario|Abstract Scenario|Voorbeeld)\s*:", re.M)
VERBODEN = re.compile(r"^\s*(Scenariosjabloon|Scenario Outline|Scenario Template)\s*:", re.M)
VOORBEELDRIJ = re.compile(r"^\s*Voorbeelden\s*:", re.M)


def verwacht_per_bestand(features: Path) -> tuple[dict[str, int], list[str]]:
    """Aantal scenariokoppen per bestand, en bestanden met een kop die de parser negeert."""
    verwacht, fouten = {}, []
    for f in sorted(features.rglob("*.feature")):
        tekst = f.read_text(encoding="utf-8")
        rel = f.relative_to(features).as_posix()
        if VERBODEN.search(tekst):
            fouten.append(f"{rel}: gebruikt een scenariokop die pytest-bdd (nl) niet kent; gebruik 'Abstract Scenario:'")
        verwacht[rel] = len(SCENARIO_KOP.findall(tekst))
        if verwacht[rel] == 0:
            fouten.append(f"{rel}: bevat geen enkel scenario")
    return verwacht, fouten


def _scenario_van(item):
    """Het scenario achter een verzameld pytest-item (pytest-bdd houdt een register per testfunctie bij)."""
    from pytest_bdd.scenario import scenario_wrapper_template_registry

    functie = getattr(item, "obj", None)
    return scenario_wrapper_template_registry.get(functie) if functie is not None else None


def controleer_verzameling(features: Path, items) -> list[str]:
    verwacht, fouten = verwacht_per_bestand(features)
    gevonden: Counter[str] = Counter()
    gezien: set[tuple[str, str]] = set()
    for item in items:
        scenario = _scenario_van(item)
        if scenario is None:
            continue
        pad = Path(scenario.feature.filename).resolve()
        try:
            rel = pad.relative_to(features.resolve()).as_posix()
        except ValueError:
            continue
        sleutel = (rel, scenario.name)
        if sleutel not in gezien:  # een Abstract Scenario levert een item per voorbeeldrij
            gezien.add(sleutel)
            gevonden[rel] += 1
    for rel, n in verwacht.items():
        if gevonden[rel] != n:
            fouten.append(f"{rel}: {n} scenario's in het bestand, {gevonden[rel]} verzameld")
    return fouten
