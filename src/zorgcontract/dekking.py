"""De dekkingscontrole: zijn alle getoetste registeritems echt getoetst, en kloppen de tags?

Puur (geen pytest): leest de .feature-bestanden met de ene gherkin-lezer (``zorgcontract.kern.gherkin``), het
contract- en interpretatieregister en het uitslagenrecord (``zorgcontract.kern.uitslagen``), en geeft lijsten met
problemen terug. De pytest-plugin ``steps/dekking_controle.py`` past ``onbewezen`` toe op de lopende run;
``tests/test_dekking.py`` draait de statische controles; ``zorgcontract dekking`` vat alles samen.

Regels:
- elk scenario draagt ten minste één register-tag (``zz...`` of ``zk...``);
- elke register-tag noemt een bestaand registeritem, elke ``I-...``-tag een bestaande interpretatie;
- elk registeritem heeft een samenvatting en een status (en een reden als het niet ``getoetst`` is);
- elk ``getoetst`` item heeft ten minste één GESLAAGD scenario met zijn id als tag. Een scenario zonder uitslag
  in het record is *niet uitgevoerd*, nooit geslaagd.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Iterable, Mapping

from zorgcontract.kern.gherkin import Scenario, alle_scenarios
from zorgcontract.kern.register import Interpretatie, RegisterItem
from zorgcontract.kern.uitslagen import GESLAAGD, STATUSSEN as UITSLAGEN, Record

STATUSSEN = ("getoetst", "niet-formaliseerbaar", "open")


def is_registertag(tag: str) -> bool:
    return tag.startswith(("zz", "zk"))


def is_interpretatietag(tag: str) -> bool:
    return tag.startswith("I-")


def registertags(s: Scenario) -> set[str]:
    return {t for t in s.tags if is_registertag(t)}


def lees_scenarios(features: Path) -> list[Scenario]:
    """Alle scenario's (ook in een Regel, ook Abstract Scenario's) met hun eigen tags, via de ene lezer.
    Een ontbrekende of lege map of een onleesbaar bestand: LeesFout (nooit een lege lijst)."""
    return sorted(alle_scenarios(Path(features)), key=lambda s: s.sleutel)


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
    scenarios: Iterable[Scenario], register: Mapping[str, object], interpretaties: Mapping[str, object]
) -> list[str]:
    """Scenario's zonder register-tag, en tags die naar een onbekend register- of interpretatie-item wijzen."""
    fouten = []
    for s in scenarios:
        if not registertags(s):
            fouten.append(f"{s}: heeft geen register-tag (zz-... of zk-...)")
        for t in sorted(s.tags):
            if is_registertag(t) and t not in register:
                fouten.append(f"{s}: tag @{t} noemt geen bestaand registeritem")
            elif is_interpretatietag(t) and t not in interpretaties:
                fouten.append(f"{s}: tag @{t} noemt geen bestaande interpretatie")
    return fouten


def scenarios_per_id(scenarios: Iterable[Scenario]) -> dict[str, list[Scenario]]:
    uit: dict[str, list[Scenario]] = {}
    for s in scenarios:
        for t in s.tags:
            uit.setdefault(t, []).append(s)
    return uit


def onbewezen(
    register: Mapping[str, object], scenarios: Iterable[Scenario], geslaagd: Mapping[tuple[str, int], bool]
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


def _scenario_json(s: Scenario, record: Record) -> dict:
    per_rij = record.per_rij(s)
    d = {"bestand": s.bestand, "regel": s.regel, "naam": s.naam, "uitslag": record.totaal(s)}
    fout = next((x for x in per_rij if x.status != GESLAAGD), None)
    if fout is not None and (fout.stap or fout.melding):
        d["stap"] = fout.stap
        d["melding"] = fout.melding
    if s.is_sjabloon:
        d["rijen"] = [{"regel": r.regel, "waarden": r.als_dict, "uitslag": x.status,
                       **({"stap": x.stap, "melding": x.melding} if x.status != GESLAAGD and (x.stap or x.melding) else {})}
                      for r, x in zip(s.rijen, per_rij)]
    return d


def overzicht(
    register: Mapping[str, RegisterItem],
    interpretaties: Mapping[str, Interpretatie],
    scenarios: list[Scenario],
    record: Record | None = None,
) -> dict:
    """De gegevens achter ``zorgcontract dekking``: tellingen per document en status, per item zijn scenario's
    met hun uitslag uit het record (geslaagd, mislukt, fout in opzet, fout in afbouw, overgeslagen, niet
    uitgevoerd), en de getoetste items die in dit record niet bewezen zijn."""
    record = record or Record(False)
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
        regel["scenarios"] = [_scenario_json(s, record) for s in per_id.get(rid, [])]
        if item.status == "getoetst":
            regel["bewezen"] = any(s["uitslag"] == GESLAAGD for s in regel["scenarios"])
        items.append(regel)
    totaal = Counter()
    for c in tellingen.values():
        totaal.update(c)
    uitslagen = Counter()
    for s in scenarios:
        for x in record.per_rij(s):
            uitslagen[x.status] += 1
    geslaagd = {s.sleutel: record.totaal(s) == GESLAAGD for s in scenarios}
    return {
        "tellingen": {doc: {st: c.get(st, 0) for st in STATUSSEN} for doc, c in sorted(tellingen.items())},
        "totaal": {st: totaal.get(st, 0) for st in STATUSSEN},
        "aantal_scenarios": len(scenarios),
        "uitslagen_beschikbaar": record.gevonden,
        "uitslagenrecord": {"pad": record.pad, **{k: record.run.get(k) for k in ("begin", "commit", "volledig")}}
        if record.gevonden else None,
        "uitslagen_tellingen": {st: uitslagen.get(st, 0) for st in UITSLAGEN},
        "onbewezen": onbewezen(register, scenarios, geslaagd),
        "items": items,
        "problemen": register_problemen(register) + verwijzing_problemen(register) + tag_problemen(scenarios, register, interpretaties),
    }
