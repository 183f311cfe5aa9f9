"""``zorgcontract dekking``: hoeveel van de contracten is getoetst, niet formaliseerbaar of open, en wat de
scenario's in de laatste run deden (uit het uitslagenrecord, nooit uit Cucumber-JSON)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from zorgcontract import dekking as dekking_module
from zorgcontract.cli.gemeenschappelijk import JSON_OPTIE, opdracht, toon
from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.kern.register import contractregister, interpretaties
from zorgcontract.kern.uitslagen import GESLAAGD, lees_record

FEATURES_HULP = "Map met .feature-bestanden (standaard: features/ in de werkmap)."
UITSLAGEN_HULP = "Uitslagenrecord van pytest (standaard: reports/uitslagen.json in de werkmap)."


def features_map(features: str | None) -> Path:
    """De features-map uit de optie of de werkmap; nooit het installatiepad van het pakket."""
    if features is not None:
        map_ = Path(features)
        if not map_.is_dir():
            raise InvoerFout("--features", f"'{features}' is geen bestaande map", "dekkingscontrole")
        return map_
    map_ = Path.cwd() / "features"
    if not map_.is_dir():
        raise InvoerFout("--features", f"geen map 'features' in de werkmap {Path.cwd()}; geef --features MAP",
                         "dekkingscontrole")
    return map_


def uitslagen_pad(uitslagen: str | None) -> tuple[Path, bool]:
    """(pad, expliciet gegeven?). Een expliciet gegeven record moet bestaan."""
    if uitslagen is not None:
        pad = Path(uitslagen)
        if not pad.exists():
            raise InvoerFout("--uitslagen", f"'{uitslagen}' bestaat niet", "uitslagenrecord")
        return pad, True
    return Path.cwd() / "reports" / "uitslagen.json", False


def registreer(app: typer.Typer) -> None:
    @app.command(
        "dekking",
        help=(
            "Dekking van het contractregister: aantallen per document en status, per item de scenario's die "
            "het toetsen met hun uitslag uit het uitslagenrecord (reports/uitslagen.json, geschreven door "
            "bash scripts/hoofdtaak.sh of pytest --uitslagen PAD). Een scenario zonder uitslag is 'niet "
            "uitgevoerd'. JSON-sleutels: tellingen, totaal, aantal_scenarios, uitslagen_beschikbaar, "
            "uitslagenrecord, uitslagen_tellingen, onbewezen, items (id, document, locatie, samenvatting, status, "
            "reden, zie_ook, vervangt, interpretaties, bewezen, scenarios met uitslag, stap, melding, rijen), problemen."
        ),
    )
    @opdracht
    def dekking(
        features: Optional[str] = typer.Option(None, "--features", help=FEATURES_HULP),
        uitslagen: Optional[str] = typer.Option(None, "--uitslagen", help=UITSLAGEN_HULP),
        cucumber: Optional[str] = typer.Option(None, "--cucumber", hidden=True,
                                               help="Vervallen: Cucumber-JSON is alleen export; gebruik --uitslagen."),
        als_json: bool = JSON_OPTIE,
    ):
        if cucumber is not None:
            raise InvoerFout("--cucumber", "Cucumber-JSON wordt niet meer gelezen (ze kent alleen de uitvoering van "
                             "stappen, niet opzet, afbouw of ontbrekende stappen); geef het uitslagenrecord met "
                             "--uitslagen reports/uitslagen.json", "dekkingscontrole")
        map_ = features_map(features)
        pad, _ = uitslagen_pad(uitslagen)
        scenarios = dekking_module.lees_scenarios(map_)
        record = lees_record(pad)
        data = dekking_module.overzicht(contractregister(), interpretaties(), scenarios, record)
        regels = ["Dekking van het contractregister", ""]
        regels.append(f"  {'document':<18} {'getoetst':>9} {'niet-form.':>11} {'open':>5}")
        for doc, c in data["tellingen"].items():
            regels.append(f"  {doc:<18} {c['getoetst']:>9} {c['niet-formaliseerbaar']:>11} {c['open']:>5}")
        t = data["totaal"]
        regels.append(f"  {'totaal':<18} {t['getoetst']:>9} {t['niet-formaliseerbaar']:>11} {t['open']:>5}")
        regels.append(f"  scenario's: {data['aantal_scenarios']}")
        if not data["uitslagen_beschikbaar"]:
            regels.append(f"  (geen uitslagenrecord in {pad}: alle scenario's 'niet uitgevoerd')")
        else:
            run = data["uitslagenrecord"]
            regels.append(f"  laatste run: {run.get('begin') or '?'}, commit {(run.get('commit') or '?')[:10]}")
        regels.append("  uitvoeringen: " + ", ".join(f"{n} {s}" for s, n in data["uitslagen_tellingen"].items() if n))
        niet_getoetst = [i for i in data["items"] if i["status"] != "getoetst"]
        if niet_getoetst:
            regels += ["", "Niet getoetst:"]
            regels += [f"  {i['id']} ({i['status']}): {i['reden']}" for i in niet_getoetst]
        niet_geslaagd = [(i["id"], s) for i in data["items"] for s in i["scenarios"] if s["uitslag"] != GESLAAGD]
        if niet_geslaagd and data["uitslagen_beschikbaar"]:
            regels += ["", "Niet geslaagde scenario's in de laatste run:"]
            for rid, s in niet_geslaagd:
                regel = f"  {rid}: {s['bestand']}:{s['regel']} '{s['naam']}': {s['uitslag']}"
                if s.get("stap"):
                    regel += f" bij '{s['stap']}'"
                if s.get("melding"):
                    regel += f" ({s['melding'].splitlines()[0][:200]})"
                regels.append(regel)
        if data["onbewezen"]:
            regels += ["", "Getoetst maar niet bewezen:", *(f"  - {p}" for p in data["onbewezen"])]
        if data["problemen"]:
            regels += ["", "Problemen:", *(f"  - {p}" for p in data["problemen"])]
        toon(als_json, data, regels)
