"""``zorgcontract dekking``: hoeveel van de contracten is getoetst, niet formaliseerbaar of open."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from zorgcontract import dekking as dekking_module
from zorgcontract.cli.gemeenschappelijk import JSON_OPTIE, opdracht, toon
from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.kern.register import contractregister, interpretaties


def registreer(app: typer.Typer) -> None:
    @app.command(
        "dekking",
        help=(
            "Dekking van het contractregister: aantallen per document en status, per item de scenario's die "
            "het toetsen. Staat er een reports/cucumber.json (pytest --cucumberjson=reports/cucumber.json), "
            "dan ook de laatste uitslag per scenario. JSON-sleutels: tellingen, totaal, aantal_scenarios, "
            "uitslagen_beschikbaar, items (id, document, locatie, samenvatting, status, reden, zie_ook, "
            "vervangt, interpretaties, scenarios), problemen."
        ),
    )
    @opdracht
    def dekking(
        features: Optional[str] = typer.Option(None, "--features", help="Map met .feature-bestanden (standaard: features/ van het project)."),
        cucumber: Optional[str] = typer.Option(None, "--cucumber", help="Cucumber-JSON van pytest-bdd (standaard: reports/cucumber.json)."),
        als_json: bool = JSON_OPTIE,
    ):
        map_ = Path(features) if features else dekking_module.FEATURES
        if not map_.is_dir():
            raise InvoerFout("features", f"'{map_}' is geen bestaande map", "dekkingscontrole")
        scenarios = dekking_module.lees_scenarios(map_)
        uitslagen = dekking_module.lees_cucumber(Path(cucumber) if cucumber else None, map_)
        data = dekking_module.overzicht(contractregister(), interpretaties(), scenarios, uitslagen)
        regels = ["Dekking van het contractregister", ""]
        regels.append(f"  {'document':<18} {'getoetst':>9} {'niet-form.':>11} {'open':>5}")
        for doc, c in data["tellingen"].items():
            regels.append(f"  {doc:<18} {c['getoetst']:>9} {c['niet-formaliseerbaar']:>11} {c['open']:>5}")
        t = data["totaal"]
        regels.append(f"  {'totaal':<18} {t['getoetst']:>9} {t['niet-formaliseerbaar']:>11} {t['open']:>5}")
        regels.append(f"  scenario's: {data['aantal_scenarios']}")
        if not data["uitslagen_beschikbaar"]:
            regels.append("  (geen reports/cucumber.json: uitslagen van scenario's onbekend)")
        niet_getoetst = [i for i in data["items"] if i["status"] != "getoetst"]
        if niet_getoetst:
            regels += ["", "Niet getoetst:"]
            regels += [f"  {i['id']} ({i['status']}): {i['reden']}" for i in niet_getoetst]
        if uitslagen:
            gezakt = [(i["id"], s) for i in data["items"] for s in i["scenarios"] if s.get("uitslag") == "failed"]
            if gezakt:
                regels += ["", "Laatst gezakte scenario's:"]
                regels += [f"  {rid}: {s['bestand']}:{s['regel']} '{s['naam']}'" for rid, s in gezakt]
        if data["problemen"]:
            regels += ["", "Problemen:", *(f"  - {p}" for p in data["problemen"])]
        toon(als_json, data, regels)
