"""``zorgcontract praktijk PROFIEL.toml``: één praktijk door alle modules die het project kent."""

from __future__ import annotations

import contextlib
import json
import sys
from typing import Optional

import typer

from zorgcontract.cli.concept_optie import concept_optie
from zorgcontract.kern import concept as concept_kern
from zorgcontract.kern import nl
from zorgcontract.kern.fouten import ZorgcontractFout
from zorgcontract.praktijk import overzicht as ov
from zorgcontract.praktijk import profiel as pr

HELP = """Wat een praktijk per module krijgt: per verzekeraar en contractperiode, per kwartaal en per jaar.

PROFIEL.toml: alleen totalen (lijstgrootte, chronische groepen, uren, startdata, POH's in opleiding,
diensten, OAW-spreekuren); de vorm staat in examples/praktijk-de-linde.toml en
src/zorgcontract/praktijk/profiel.py. Totaal per kwartaal = bedrag per verzekerde per kwartaal ×
ingeschreven verzekerden van die verzekeraar; per jaar = som over de kwartalen waarin gedeclareerd mag
worden (I-ZZ26-POHS-PRAKTIJKTOTAAL, I-ZZ26-POHGGZ-PRAKTIJKTOTAAL, I-ZZ26-POHS-PRAKTIJKSTART).

JSON-sleutels (--json):
  concept          null, of titel/bestand/auteur/waarschuwing/parameters/perioden van het concept
  praktijk, jaar   naam uit het profiel en het rekenjaar
  verzekeraars     per verzekeraar: verzekeraar, bekende_perioden, periode (die in het jaar geldt, of null),
                   buiten_periode (melding als het project voor dat jaar geen contract kent), modules
  modules[]        verzekeraar, document, module (poh-s, poh-ggz, service-bereikbaarheid, zk-poh-ggz, zk-oaw),
                   titel, in_aanmerking (true/false/null = niet te toetsen), niet_vervulde_voorwaarden
                   [{tekst, bron}], verzekerden, per_verzekerde_per_kwartaal, per_verzekerde_per_jaar,
                   totaal_per_kwartaal, kwartalen [{kwartaal, vanaf, bedrag}], totaal_per_jaar,
                   prestatiecodes [{prestatiecode, per_verzekerde_per_kwartaal}], eerste_declaratie,
                   gegevens (uren, componenten, ...), opmerkingen, toelichting [{stap, berekening,
                   uitkomst, bron}]; onder een concept ook totaal_per_jaar_contract
  totaal_per_jaar  som van de bekende jaarbedragen
Bedragen als tekst met punt en twee decimalen; null = niet bekend (zie opmerkingen)."""


def _b(x) -> str:
    return "-" if x is None else nl.bedrag(x)


def registreer(app: typer.Typer) -> None:
    @app.command("praktijk", help=HELP)
    def praktijk(
        profiel: Optional[str] = typer.Argument(None, metavar="PROFIEL.toml", help="Praktijkprofiel (TOML, alleen totalen)."),
        jaar: Optional[str] = typer.Option("2026", "--jaar", help="Het jaar waarvoor gerekend wordt."),
        concept: Optional[str] = concept_optie(),
        als_json: bool = typer.Option(False, "--json", help="Uitvoer als JSON (sleutels: zie boven)."),
    ):
        c = None
        concept = concept or concept_kern.pad_uit_omgeving()  # een concept uit de omgeving wordt ook gemeld
        with contextlib.ExitStack() as stapel:  # de uitvoer ontstaat binnen het concept (bronnen van een nieuwe periode)
            try:
                if not profiel:
                    raise ZorgcontractFout("ongeldige waarde voor 'PROFIEL': geef een praktijkprofiel (TOML)")
                try:
                    j = int(str(jaar).strip())
                except ValueError:
                    raise ZorgcontractFout(f"ongeldige waarde voor 'jaar': '{jaar}' is geen geheel getal") from None
                if not 1900 <= j <= 2200:
                    raise ZorgcontractFout(f"ongeldige waarde voor 'jaar': {j} ligt buiten 1900-2200")
                p = pr.lees(profiel)
                oud = {}
                if concept:
                    try:
                        with concept_kern.zonder():
                            contract = ov.overzicht(p, j)
                            oud = {(v.verzekeraar, m.module): m.totaal_per_jaar for v in contract.verzekeraars for m in v.modules}
                    except ZorgcontractFout:
                        oud = {}
                    try:
                        c = stapel.enter_context(concept_kern.actief(concept))
                    except concept_kern.ConceptFout as e:
                        raise ZorgcontractFout(f"ongeldige waarde voor 'concept': {e}") from None
                o = ov.overzicht(p, j)
            except ZorgcontractFout as e:
                print(f"fout: {e}", file=sys.stderr)
                if als_json:
                    print(json.dumps({"concept": c.als_json() if c else None, "fout": str(e)}, ensure_ascii=False))
                raise typer.Exit(2)
            if als_json:
                data = {"concept": c.als_json() if c else None, **o.als_json()}
                if c is not None:
                    for v, vj in zip(o.verzekeraars, data["verzekeraars"]):
                        for m, mj in zip(v.modules, vj["modules"]):
                            x = oud.get((v.verzekeraar, m.module))
                            mj["totaal_per_jaar_contract"] = None if x is None else str(x)
                print(json.dumps(data, ensure_ascii=False, indent=2))
                return
            _toon(o, c, oud)


def _toon(o: ov.Overzicht, c, oud: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 200, highlight=False)
    if c is not None:
        console.print(c.kop, markup=False)
    console.print(f"Praktijk: {o.praktijk} — jaar {o.jaar}", markup=False)
    for v in o.verzekeraars:
        console.print()
        if v.buiten_periode:
            console.print(f"{v.verzekeraar}: {v.buiten_periode}", markup=False)
            continue
        t = Table(title=f"{v.verzekeraar} {v.periode}", title_justify="left")
        koppen = ["module", "in aanmerking", "per verzekerde/kwartaal", "verzekerden", "per kwartaal", "per jaar",
                  "prestatiecodes", "eerste declaratie"]
        if c is not None:
            koppen.append("contract per jaar")
        for k in koppen:
            t.add_column(k, justify="right" if k.startswith("per") or k in ("verzekerden", "contract per jaar") else "left")
        for m in v.modules:
            ja = {True: "ja", False: "nee", None: "niet te toetsen"}[m.in_aanmerking]
            codes = ", ".join(f"{code} {_b(x)}" for code, x in m.prestatiecodes) or "-"
            per_v = _b(m.per_verzekerde_per_kwartaal) if m.per_verzekerde_per_kwartaal is not None else (
                f"{_b(m.per_verzekerde_per_jaar)} per jaar" if m.per_verzekerde_per_jaar is not None else "-")
            rij = [m.titel, ja, per_v, str(m.verzekerden or "-"), _b(m.totaal_per_kwartaal), _b(m.totaal_per_jaar), codes,
                   nl.datum(m.eerste_declaratie) if m.eerste_declaratie else "-"]
            if c is not None:
                rij.append(_b(oud.get((v.verzekeraar, m.module))))
            t.add_row(*rij)
        console.print(t)
        for m in v.modules:
            regels = [f"  niet vervuld: {r}" for r in m.niet_vervuld] + [f"  let op: {x}" for x in m.opmerkingen]
            console.print(f"{m.titel} ({m.document}):", markup=False)
            for r in regels:
                console.print(r, markup=False)
            console.print("  Toelichting:", markup=False)
            for r in m.uitleg.als_tekst():
                console.print(f"    {r}", markup=False)
    console.print()
    console.print(f"Totaal per jaar (bekende bedragen): {nl.bedrag(o.totaal_per_jaar())}", markup=False)
