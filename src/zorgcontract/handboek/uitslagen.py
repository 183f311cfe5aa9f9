"""De uitslagen van de laatste run (``reports/cucumber.json`` van pytest-bdd), per scenario en per
voorbeeldregel.

pytest-bdd schrijft per uitgevoerd scenario (en per voorbeeldrij van een Abstract Scenario) één element
met de regel van de scenariokop en de ingevulde stappen. Een voorbeeldrij vinden we terug door de
stapteksten van het sjabloon met die rij in te vullen; lukt dat niet, dan telt de volgorde.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from zorgcontract.handboek.gherkin import Functionaliteit, Scenario, vul_in

GESLAAGD, MISLUKT, OVERGESLAGEN, NIET_UITGEVOERD = "geslaagd", "mislukt", "overgeslagen", "niet uitgevoerd"


@dataclass
class Uitslag:
    status: str  # een van de vier constanten hierboven
    mislukte_stap: str | None = None  # de tekst van de stap die faalde (ingevuld)


@dataclass
class Run:
    gevonden: bool  # bestond cucumber.json en was het leesbaar?
    elementen: dict[tuple[str, int], list[dict]]

    def _status(self, element: dict, verwacht: list[str] | None = None) -> Uitslag:
        stappen = element.get("steps") or []
        if not stappen:
            return Uitslag(NIET_UITGEVOERD)
        for s in stappen:
            if (s.get("result") or {}).get("status") == "failed":
                return Uitslag(MISLUKT, f"{s.get('keyword', '').strip()} {s.get('name', '')}".strip())
        if any((s.get("result") or {}).get("status") == "skipped" for s in stappen):
            return Uitslag(OVERGESLAGEN)
        # pytest-bdd laat een stap zonder stapdefinitie (en alles erna) weg en meldt de rest als geslaagd:
        # minder stappen dan het scenario heeft, is dus mislukt.
        if verwacht is not None and len(stappen) < len(verwacht):
            return Uitslag(MISLUKT, f"{verwacht[len(stappen)]} (geen stapdefinitie gevonden of niet uitgevoerd)")
        return Uitslag(GESLAAGD)

    def _elementen_van(self, scenario: Scenario) -> list[dict]:
        """Elementen op (bestand, regel). Sinds de indeling features/<verzekeraar>/<document>/ noemt pytest-bdd het
        bestand zonder de verzekeraarsmap ('zk22-inkoop/fgv.feature'): dan op het einde van het pad zoeken."""
        bestand, regel = scenario.sleutel
        if (bestand, regel) in self.elementen:
            return self.elementen[(bestand, regel)]
        for (uri, r), els in self.elementen.items():
            if r == regel and uri and bestand.endswith("/" + uri):
                return els
        return []

    def per_rij(self, scenario: Scenario) -> list[Uitslag]:
        """Eén uitslag per voorbeeldrij (of één voor een gewoon scenario)."""
        elementen = list(self._elementen_van(scenario))
        stappen = scenario.achtergrond + scenario.stappen
        if not scenario.is_sjabloon:
            if not elementen:
                return [Uitslag(NIET_UITGEVOERD)]
            # bij een herhaalde run telt de laatste
            return [self._status(elementen[-1], [f"{s.sleutelwoord} {s.tekst}" for s in stappen])]
        rijen = scenario.voorbeeldrijen()
        uit: list[Uitslag | None] = [None] * len(rijen)
        verwacht = [[vul_in(s.tekst, rij) for s in stappen] for rij in rijen]
        volledig = [[f"{s.sleutelwoord} {vul_in(s.tekst, rij)}" for s in stappen] for rij in rijen]
        # eerst precies gelijke stappen, dan een beginstuk (pytest-bdd laat een stap zonder definitie en
        # alles erna weg)
        over: list[dict] = elementen
        for precies in (True, False):
            rest: list[dict] = []
            for el in over:
                namen = [s.get("name", "") for s in el.get("steps") or []]
                for i, v in enumerate(verwacht):
                    if uit[i] is None and namen and (namen == v if precies else namen == v[:len(namen)]):
                        uit[i] = self._status(el, volledig[i])
                        break
                else:
                    rest.append(el)
            over = rest
        # niet herkend (bijv. dubbele rijen): op volgorde in de lege plaatsen
        for i in range(len(uit)):
            if uit[i] is None and over:
                uit[i] = self._status(over.pop(0), volledig[i])
        return [u or Uitslag(NIET_UITGEVOERD) for u in uit]

    def totaal(self, scenario: Scenario) -> str:
        """Samengevat: mislukt als er één rij mislukt, niet uitgevoerd als er geen rij draaide."""
        statussen = [u.status for u in self.per_rij(scenario)]
        if MISLUKT in statussen:
            return MISLUKT
        if all(s == NIET_UITGEVOERD for s in statussen):
            return NIET_UITGEVOERD
        if NIET_UITGEVOERD in statussen or OVERGESLAGEN in statussen:
            return OVERGESLAGEN if OVERGESLAGEN in statussen else NIET_UITGEVOERD
        return GESLAAGD


def lees_run(pad: Path | None) -> Run:
    if pad is None or not pad.exists():
        return Run(False, {})
    try:
        data = json.loads(pad.read_text(encoding="utf-8") or "[]")
    except json.JSONDecodeError:
        return Run(False, {})
    elementen: dict[tuple[str, int], list[dict]] = {}
    for feature in data:
        uri = str(feature.get("uri", "")).replace("\\", "/")
        for el in feature.get("elements", []):
            elementen.setdefault((uri, int(el.get("line", 0))), []).append(el)
    return Run(True, elementen)


def tel(features: list[Functionaliteit], run: Run) -> dict[str, int]:
    uit = {GESLAAGD: 0, MISLUKT: 0, OVERGESLAGEN: 0, NIET_UITGEVOERD: 0}
    for f in features:
        for s in f.scenarios:
            for u in run.per_rij(s):
                uit[u.status] += 1
    return uit
