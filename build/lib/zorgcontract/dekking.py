"""De dekkingscontrole: zijn alle getoetste registeritems echt getoetst, en kloppen de tags?

Puur: leest .feature-bestanden (met de parser van pytest-bdd) en het contract- en interpretatieregister,
en geeft lijsten met problemen terug. De pytest-plugin ``steps/dekking_controle.py`` voegt de uitslagen
van de scenario's toe; ``tests/test_dekking.py`` draait de statische controles;
``zorgcontract dekking`` vat alles samen.

Regels:
- elk scenario draagt ten minste één register-tag (``zz...`` of ``zk...``);
- elke register-tag noemt een bestaand registeritem, elke ``I-...``-tag een bestaande interpretatie;
- elk registeritem heeft een samenvatting en een status (en een reden als het niet ``getoetst`` is);
- elk ``getoetst`` item heeft ten minste één GESLAAGD scenario met zijn id als tag.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

from zorgcontract.kern.register import Interpretatie, RegisterItem

FEATURES = Path(__file__).resolve().parents[2] / "features"
CUCUMBER = Path(__file__).resolve().parents[2] / "reports" / "cucumber.json"
STATUSSEN = ("getoetst", "niet-formaliseerbaar", "open")


def is_registertag(tag: str) -> bool:
    return tag.startswith(("zz", "zk"))


def is_interpretatietag(tag: str) -> bool:
    return tag.startswith("I-")


@dataclass(frozen=True)
class ScenarioInfo:
    bestand: str  # pad ten opzichte van de features-map, met '/'
    naam: str
    regel: int  # regelnummer van de scenariokop
    tags: frozenset[str] = field(default_factory=frozenset)

    @property
    def sleutel(self) -> tuple[str, int]:
        return (self.bestand, self.regel)

    @property
    def registertags(self) -> set[str]:
        return {t for t in self.tags if is_registertag(t)}

    def __str__(self) -> str:
        return f"{self.bestand}:{self.regel} '{self.naam}'"


def lees_scenarios(features: Path | None = None) -> list[ScenarioInfo]:
    """Alle scenario's (ook in een Regel, ook Abstract Scenario's) met hun eigen tags."""
    from pytest_bdd.parser import FeatureParser

    features = Path(features or FEATURES)
    uit: list[ScenarioInfo] = []
    for f in sorted(features.rglob("*.feature")):
        rel = f.relative_to(features).as_posix()
        feature = FeatureParser(str(features), rel).parse()
        for s in feature.scenarios.values():
            uit.append(ScenarioInfo(bestand=rel, naam=s.name, regel=s.line_number, tags=frozenset(s.tags)))
    return sorted(uit, key=lambda s: s.sleutel)


def _veld(item, naam):
    return item.get(naam) if isinstance(item, Mapping) else getattr(item, naam, None)


def register_problemen(register: Mapping[str, RegisterItem | Mapping]) -> list[str]:
    """Items zonder samenvatting, zonder (geldige) status, of zonder reden waar die nodig is."""
    fouten = []
    for rid, item in sorted(register.items()):
        if not str(_veld(item, "samenvatting") or "").strip():
            fouten.append(f"registeritem {rid}: samenvatting ontbreekt")
        status = _veld(item, "status")
        if status not in STATUSSEN:
            fouten.append(f"registeritem {rid}: status ontbreekt of is onbekend ({status!r}); kies uit {', '.join(STATUSSEN)}")
        elif status != "getoetst" and not str(_veld(item, "reden") or "").strip():
            fouten.append(f"registeritem {rid}: status {status} vraagt een reden")
    return fouten


def verwijzing_problemen(register: Mapping[str, RegisterItem]) -> list[str]:
    """``zie_ook`` en ``vervangt`` moeten naar bestaande items wijzen."""
    fouten = []
    for rid, item in sorted(register.items()):
        for soort in ("zie_ook", "vervangt"):
            for doel in _veld(item, soort) or []:
                if doel not in register:
                    fouten.append(f"registeritem {rid}: {soort} noemt onbekend item {doel}")
    return fouten


def tag_problemen(
    scenarios: Iterable[ScenarioInfo], register: Mapping[str, object], interpretaties: Mapping[str, object]
) -> list[str]:
    """Scenario's zonder register-tag, en tags die naar een onbekend register- of interpretatie-item wijzen."""
    fouten = []
    for s in scenarios:
        if not s.registertags:
            fouten.append(f"{s}: heeft geen register-tag (zz-... of zk-...)")
        for t in sorted(s.tags):
            if is_registertag(t) and t not in register:
                fouten.append(f"{s}: tag @{t} noemt geen bestaand registeritem")
            elif is_interpretatietag(t) and t not in interpretaties:
                fouten.append(f"{s}: tag @{t} noemt geen bestaande interpretatie")
    return fouten


def scenarios_per_id(scenarios: Iterable[ScenarioInfo]) -> dict[str, list[ScenarioInfo]]:
    uit: dict[str, list[ScenarioInfo]] = {}
    for s in scenarios:
        for t in s.tags:
            uit.setdefault(t, []).append(s)
    return uit


def onbewezen(
    register: Mapping[str, object], scenarios: Iterable[ScenarioInfo], geslaagd: Mapping[tuple[str, int], bool]
) -> list[str]:
    """Getoetste items zonder één geslaagd scenario. ``geslaagd`` per scenario-sleutel (bestand, regel):
    True als alle uitvoeringen (alle voorbeeldrijen) slaagden; ontbrekend = niet gedraaid = niet geslaagd."""
    per_id = scenarios_per_id(scenarios)
    fouten = []
    for rid, item in sorted(register.items()):
        if _veld(item, "status") != "getoetst":
            continue
        kandidaten = per_id.get(rid, [])
        if not kandidaten:
            fouten.append(f"{rid} heet getoetst, maar geen enkel scenario draagt de tag @{rid}")
        elif not any(geslaagd.get(s.sleutel) for s in kandidaten):
            namen = "; ".join(str(s) for s in kandidaten)
            fouten.append(f"{rid} heet getoetst, maar geen van zijn scenario's is geslaagd ({namen})")
    return fouten


def lees_cucumber(pad: Path | None = None, features: Path | None = None) -> dict[tuple[str, int], str]:
    """Laatste uitslag per scenario uit pytest-bdd's ``--cucumberjson``: 'passed', 'failed' of 'skipped'.
    Een Abstract Scenario is 'failed' als één voorbeeldrij faalde. Ontbreekt het bestand: leeg."""
    pad = Path(pad or CUCUMBER)
    if not pad.is_file():
        return {}
    try:
        data = json.loads(pad.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    naam_map = Path(features or FEATURES).name
    uit: dict[tuple[str, int], str] = {}
    for feature in data if isinstance(data, list) else []:
        uri = str(feature.get("uri", "")).replace("\\", "/")
        rel = uri.split(naam_map + "/", 1)[1] if uri.startswith(naam_map + "/") else uri
        for el in feature.get("elements", []):
            statussen = {st.get("result", {}).get("status") for st in el.get("steps", [])}
            status = "failed" if "failed" in statussen else ("passed" if statussen == {"passed"} else "skipped")
            sleutel = (rel, int(el.get("line", 0)))
            if uit.get(sleutel) == "failed":
                continue
            uit[sleutel] = status
    return uit


def overzicht(
    register: Mapping[str, RegisterItem],
    interpretaties: Mapping[str, Interpretatie],
    scenarios: list[ScenarioInfo],
    uitslagen: Mapping[tuple[str, int], str] | None = None,
) -> dict:
    """De gegevens achter ``zorgcontract dekking``: tellingen per document en status, en per item zijn scenario's."""
    uitslagen = uitslagen or {}
    per_id = scenarios_per_id(scenarios)
    tellingen: dict[str, Counter] = {}
    items = []
    for rid, item in sorted(register.items(), key=lambda kv: (kv[1].document, kv[0])):
        tellingen.setdefault(item.document, Counter())[item.status] += 1
        regel = {
            "id": rid, "document": item.document, "locatie": item.locatie, "samenvatting": item.samenvatting,
            "status": item.status,
        }
        if item.status != "getoetst":
            regel["reden"] = item.reden
        if item.zie_ook:
            regel["zie_ook"] = list(item.zie_ook)
        if item.vervangt:
            regel["vervangt"] = list(item.vervangt)
        regel["interpretaties"] = sorted(i.id for i in interpretaties.values() if rid in i.register_ids)
        regel["scenarios"] = [
            {"bestand": s.bestand, "regel": s.regel, "naam": s.naam, **({"uitslag": uitslagen[s.sleutel]} if s.sleutel in uitslagen else {})}
            for s in per_id.get(rid, [])
        ]
        items.append(regel)
    totaal = Counter()
    for c in tellingen.values():
        totaal.update(c)
    return {
        "tellingen": {doc: {st: c.get(st, 0) for st in STATUSSEN} for doc, c in sorted(tellingen.items())},
        "totaal": {st: totaal.get(st, 0) for st in STATUSSEN},
        "aantal_scenarios": len(scenarios),
        "uitslagen_beschikbaar": bool(uitslagen),
        "items": items,
        "problemen": register_problemen(register) + verwijzing_problemen(register) + tag_problemen(scenarios, register, interpretaties),
    }
