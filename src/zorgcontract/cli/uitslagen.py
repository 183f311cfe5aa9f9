"""``zorgcontract uitslagen``: het uitslagenrecord van de scenario's lezen (``reports/uitslagen.json``).

- ``vergelijk OUD.json NIEUW.json``: wat veranderde tussen twee runs (nieuw falend, nieuw geslaagd, toegevoegd,
  verwijderd, gewijzigde waarden in voorbeeldrijen); dit leest een contractauteur na het bewerken van scenario's.
- ``controleer``: is elk scenario uit de features in het record *geslaagd*? Exit 0 als ja, 1 als nee (de
  hoofdtaak gebruikt dit: een overgeslagen of niet uitgevoerd scenario is geen geslaagd scenario).
"""

from __future__ import annotations

from typing import Optional

import typer

from zorgcontract.cli.dekking import FEATURES_HULP, UITSLAGEN_HULP, features_map, uitslagen_pad
from zorgcontract.cli.gemeenschappelijk import JSON_OPTIE, opdracht, toon
from zorgcontract.kern.gherkin import alle_scenarios
from zorgcontract.kern.uitslagen import GESLAAGD, STATUSSEN, lees_bestand, lees_record, vergelijk, vergelijk_regels


def registreer(app: typer.Typer) -> None:
    sub = typer.Typer(name="uitslagen", no_args_is_help=True, add_completion=False,
                      help="Het uitslagenrecord van de scenario's (reports/uitslagen.json): vergelijken en controleren.")
    app.add_typer(sub, name="uitslagen")

    @sub.command(
        "vergelijk",
        help=("Wat veranderde tussen twee uitslagenrecords: nieuw falend, nieuw geslaagd, anders niet geslaagd, "
              "toegevoegd, verwijderd, gewijzigde voorbeeldrijen. Scenario's worden gekoppeld op bestand en naam. "
              "JSON-sleutels: oud, nieuw, nieuw_falend, nieuw_geslaagd, anders_niet_geslaagd, toegevoegd, verwijderd, "
              "gewijzigde_voorbeelden, ongewijzigd."),
    )
    @opdracht
    def vergelijk_opdracht(
        oud: str = typer.Argument(..., metavar="OUD.json", help="het oudere uitslagenrecord"),
        nieuw: str = typer.Argument(..., metavar="NIEUW.json", help="het nieuwere uitslagenrecord"),
        als_json: bool = JSON_OPTIE,
    ):
        v = vergelijk(lees_bestand(oud), lees_bestand(nieuw))
        toon(als_json, v, vergelijk_regels(v))

    @sub.command(
        "controleer",
        help=("Is elk scenario (en elke voorbeeldrij) uit de features geslaagd volgens het record? Exit 0 als "
              "alles geslaagd is, 1 als iets mislukt, fout, overgeslagen of niet uitgevoerd is, 2 bij foute invoer. "
              "JSON-sleutels: record, tellingen, alles_geslaagd, niet_geslaagd (bestand, regel, naam, uitslag, stap, "
              "melding, rij)."),
    )
    @opdracht
    def controleer(
        features: Optional[str] = typer.Option(None, "--features", help=FEATURES_HULP),
        uitslagen: Optional[str] = typer.Option(None, "--uitslagen", help=UITSLAGEN_HULP),
        als_json: bool = JSON_OPTIE,
    ):
        map_ = features_map(features)
        pad, _ = uitslagen_pad(uitslagen)
        scenarios = alle_scenarios(map_)
        record = lees_record(pad)
        tellingen = {s: 0 for s in STATUSSEN}
        niet = []
        for s in scenarios:
            for i, x in enumerate(record.per_rij(s)):
                tellingen[x.status] += 1
                if x.status != GESLAAGD:
                    niet.append({"bestand": s.bestand, "regel": s.regel, "naam": s.naam, "uitslag": x.status,
                                 "stap": x.stap, "melding": x.melding,
                                 "rij": s.rijen[i].regel if s.is_sjabloon else None})
        data = {"record": str(pad) if record.gevonden else None, "tellingen": tellingen,
                "alles_geslaagd": not niet, "niet_geslaagd": niet}
        regels = [f"Uitslagen in {pad}" if record.gevonden else f"Geen uitslagenrecord in {pad}: alles niet uitgevoerd",
                  "  " + ", ".join(f"{n} {s}" for s, n in tellingen.items() if n)]
        if niet:
            regels += ["", "Niet geslaagd:"]
            for x in niet:
                waar = f"{x['bestand']}:{x['rij'] or x['regel']} '{x['naam']}'"
                regels.append(f"  {waar}: {x['uitslag']}" + (f" bij '{x['stap']}'" if x["stap"] else "")
                              + (f" ({x['melding'].splitlines()[0][:200]})" if x["melding"] else ""))
        else:
            regels.append("Alle scenario's geslaagd.")
        toon(als_json, data, regels)
        if niet:
            raise typer.Exit(1)
