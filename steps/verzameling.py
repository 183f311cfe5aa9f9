"""Vergelijkt de scenario's in de .feature-bestanden (volgens de ene gherkin-lezer) met wat pytest verzamelde:
per bestand het aantal scenario's, per Abstract Scenario het aantal voorbeeldrijen."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from zorgcontract.kern.gherkin import LeesFout, lees_features

MARKER = "zorgcontract_scenario"


def verwacht_per_bestand(features: Path) -> tuple[dict[str, int], list[str]]:
    """Aantal scenario's per bestand, en de leesfouten (onleesbaar bestand, kop die de parser negeert, ...)."""
    try:
        functionaliteiten = lees_features(features)
    except LeesFout as e:
        return {}, list(e.fouten)
    return {f.bestand: len(f.scenarios) for f in functionaliteiten}, []


def controleer_verzameling(features: Path, items) -> list[str]:
    try:
        functionaliteiten = lees_features(features)
    except LeesFout as e:
        return list(e.fouten)
    basis = str(Path(features).resolve())
    per_scenario: Counter[tuple[str, int]] = Counter()
    submappen: set[str | None] = set()
    for item in items:
        m = item.get_closest_marker(MARKER)
        if m is not None and m.kwargs.get("features") == basis:
            per_scenario[(m.kwargs["bestand"], m.kwargs["regel"])] += 1
            submappen.add(m.kwargs.get("submap"))
    # Wie één document draait (pytest tests/scenarios/zz/zz26_pohs), toetst alleen dat document volledig; dat
    # elk document een binding heeft, bewaakt tests/test_verzameling.py.
    if submappen and None not in submappen:
        functionaliteiten = [f for f in functionaliteiten
                             if any(f.bestand.startswith(f"{m.strip('/')}/") for m in submappen)]
    fouten = []
    for f in functionaliteiten:
        gevonden = sum(1 for s in f.scenarios if per_scenario[s.sleutel])
        if gevonden != len(f.scenarios):
            fouten.append(f"{f.bestand}: {len(f.scenarios)} scenario's in het bestand, {gevonden} verzameld")
            continue
        for s in f.scenarios:
            verwacht = len(s.rijen) if s.is_sjabloon else 1
            if per_scenario[s.sleutel] != verwacht:
                fouten.append(f"{s}: {verwacht} uitvoeringen verwacht (voorbeeldrijen), {per_scenario[s.sleutel]} verzameld")
    return fouten
