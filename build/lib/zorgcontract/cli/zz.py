"""Zorg en Zekerheid 2026-2028: poh-s, poh-ggz, declaratiestart, coulance."""

from __future__ import annotations

from typing import Optional

import typer

from zorgcontract.kern import nl
from zorgcontract.cli.gemeenschappelijk import JSON_OPTIE, datum, geheel, getal, opdracht, toon
from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.kern.invoer import valideer
from zorgcontract.kern.rekenen import bedrag_tekst, rond_centen_half_op, uren_tekst
from zorgcontract.regels.zz import coulance as coulance_regel
from zorgcontract.regels.zz import declaratiestart as start_regel
from zorgcontract.regels.zz.pohggz import artikel_6 as zz_poh_ggz
from zorgcontract.regels.zz.pohs import artikel_5 as zz_poh_s

R_POHS = "ZZ POH-S 2026-2028, art. 5"


def registreer(app: typer.Typer) -> None:
    @app.command("poh-s", help="Vergoeding module POH-S (Zorg en Zekerheid 2026-2028, art. 5-6).")
    @opdracht
    def poh_s(
        ingeschreven: Optional[str] = typer.Option(None, "--ingeschreven", help="Aantal ingeschreven verzekerden."),
        dm2: Optional[str] = typer.Option("0", "--dm2"),
        cvrm: Optional[str] = typer.Option("0", "--cvrm"),
        copd: Optional[str] = typer.Option("0", "--copd"),
        astma: Optional[str] = typer.Option("0", "--astma"),
        contracturen: Optional[str] = typer.Option(None, "--contracturen", help="Contracturen POH-S per week."),
        keten_dbc: list[str] = typer.Option([], "--keten-dbc", help="Groep onder een keten-dbc (DM2, CVRM, COPD, Astma); herhaalbaar."),
        jaar: Optional[str] = typer.Option("2026", "--jaar"),
        als_json: bool = JSON_OPTIE,
    ):
        groepen = {g.value.lower(): g for g in zz_poh_s.ChronischeGroep}
        keten = set()
        for g in keten_dbc:
            if g.strip().lower() not in groepen:
                raise InvoerFout("keten-dbc", f"'{g}' is geen chronische groep (DM2, CVRM, COPD, Astma)", f"{R_POHS} lid 4")
            keten.add(groepen[g.strip().lower()])
        praktijk = valideer(
            zz_poh_s.PohSPraktijk, {"ingeschreven_verzekerden": "ingeschreven", "contracturen_per_week": "contracturen"},
            ingeschreven_verzekerden=geheel("ingeschreven", ingeschreven, f"{R_POHS} lid 7a"),
            dm2=geheel("dm2", dm2, f"{R_POHS} lid 5"),
            cvrm=geheel("cvrm", cvrm, f"{R_POHS} lid 5"),
            copd=geheel("copd", copd, f"{R_POHS} lid 5"),
            astma=geheel("astma", astma, f"{R_POHS} lid 5"),
            contracturen_per_week=getal("contracturen", contracturen, f"{R_POHS} lid 8"),
            keten_dbc=frozenset(keten),
            jaar=geheel("jaar", jaar),
        )
        r = zz_poh_s.bereken(praktijk)
        toon(als_json, {
            "max_uren_per_jaar": uren_tekst(r.max_uren_per_jaar),
            "max_uren_per_week": uren_tekst(r.max_uren_per_week),
            "vergoede_uren_per_week": uren_tekst(r.vergoede_uren_per_week),
            "jaarbedrag": bedrag_tekst(rond_centen_half_op(r.jaarbedrag)),
            "kwartaaltarief_per_verzekerde": bedrag_tekst(r.kwartaaltarief_per_verzekerde),
            "prestatiecode": r.prestatiecode,
            "toelichting": r.uitleg.als_json(),
        }, [
            f"Module POH-S, Zorg en Zekerheid {praktijk.jaar}",
            f"  Maximum uren per jaar:          {nl.uren(r.max_uren_per_jaar, 4)}",
            f"  Maximum uren per week:          {nl.uren(r.max_uren_per_week, 4)}",
            f"  Vergoede uren per week:         {nl.uren(r.vergoede_uren_per_week, 4)}",
            f"  Jaarbedrag:                     {nl.bedrag(r.jaarbedrag)}",
            f"  Kwartaaltarief per verzekerde:  {nl.bedrag(r.kwartaaltarief_per_verzekerde)}",
            f"  Prestatiecode:                  {r.prestatiecode}",
            "", "Toelichting:", *r.uitleg.als_tekst(),
        ])

    @app.command("poh-ggz", help="Opslag POH-GGZ (Zorg en Zekerheid 2026-2028, art. 6).")
    @opdracht
    def poh_ggz(
        ingeschreven: Optional[str] = typer.Option(None, "--ingeschreven"),
        uren: Optional[str] = typer.Option(None, "--uren", help="Uren POH-GGZ per week waarvoor aangesteld."),
        afgesproken_uren: Optional[str] = typer.Option(None, "--afgesproken-uren", help="Met Zorg en Zekerheid afgesproken maximum per week."),
        jaar: Optional[str] = typer.Option("2026", "--jaar"),
        als_json: bool = JSON_OPTIE,
    ):
        r_ggz = "ZZ POH-GGZ 2026-2028, art. 6"
        praktijk = valideer(
            zz_poh_ggz.PohGgzPraktijk,
            {"ingeschreven_verzekerden": "ingeschreven", "uren_per_week": "uren", "afgesproken_uren_per_week": "afgesproken-uren"},
            ingeschreven_verzekerden=geheel("ingeschreven", ingeschreven, f"{r_ggz} lid 3a"),
            uren_per_week=getal("uren", uren, f"{r_ggz} lid 3a"),
            afgesproken_uren_per_week=None if afgesproken_uren is None else getal("afgesproken-uren", afgesproken_uren, f"{r_ggz} lid 2b"),
            jaar=geheel("jaar", jaar),
        )
        r = zz_poh_ggz.bereken(praktijk)
        toon(als_json, {
            "normuren_per_week": uren_tekst(r.normuren_per_week),
            "ingezette_uren_per_week": uren_tekst(r.ingezette_uren_per_week),
            "kwartaalopslag_per_verzekerde": bedrag_tekst(r.kwartaalopslag_per_verzekerde),
            "declaratie": [{"prestatiecode": d.prestatiecode, "bedrag": bedrag_tekst(d.bedrag)} for d in r.declaratie],
            "toelichting": r.uitleg.als_json(),
        }, [
            f"Opslag POH-GGZ, Zorg en Zekerheid {praktijk.jaar}",
            f"  Normuren per week:              {nl.uren(r.normuren_per_week, 4)}",
            f"  Meegetelde uren per week:       {nl.uren(r.ingezette_uren_per_week, 4)}",
            f"  Opslag per verzekerde/kwartaal: {nl.bedrag(r.kwartaalopslag_per_verzekerde)}",
            *[f"  Declareer {d.prestatiecode}:              {nl.bedrag(d.bedrag)}" for d in r.declaratie],
            "", "Toelichting:", *r.uitleg.als_tekst(),
        ])

    @app.command("declaratiestart", help="Vanaf wanneer POH-S/POH-GGZ gedeclareerd mag worden (art. 6).")
    @opdracht
    def declaratiestart(
        start_overeenkomst: Optional[str] = typer.Option(None, "--start-overeenkomst", help="JJJJ-MM-DD"),
        als_json: bool = JSON_OPTIE,
    ):
        r = start_regel.declaratiestart(datum("start-overeenkomst", start_overeenkomst, "ZZ POH-S 2026-2028, art. 6 lid 2"))
        toon(als_json, {"declaratie_vanaf": r.declaratie_vanaf.isoformat(), "toelichting": r.uitleg.als_json()},
             [f"Declareren vanaf: {nl.datum(r.declaratie_vanaf)}", "", "Toelichting:", *r.uitleg.als_tekst()])

    @app.command("coulance", help="Coulance voor een POH in opleiding (2026-2028).")
    @opdracht
    def coulance(
        functie: Optional[str] = typer.Option(None, "--functie", help="poh-s, poh-ggz of poh-ouderen"),
        start_opleiding: Optional[str] = typer.Option(None, "--start-opleiding", help="JJJJ-MM-DD"),
        opleidingsduur_maanden: Optional[str] = typer.Option(None, "--opleidingsduur-maanden"),
        verkennend_gesprek: bool = typer.Option(False, "--verkennend-gesprek"),
        incompany_opleiding: bool = typer.Option(False, "--incompany-opleiding"),
        hbo_v: bool = typer.Option(False, "--hbo-v"),
        als_json: bool = JSON_OPTIE,
    ):
        regel = "ZZ POH-S/POH-GGZ 2026-2028 art. 4 lid 5; ZZ FAQ 2026-2028"
        functies = [f.value for f in coulance_regel.Functie]
        if functie is None or functie.strip().lower() not in functies:
            raise InvoerFout("functie", f"'{functie or ''}' is geen bekende functie (kies uit {', '.join(functies)})", regel)
        vraag = valideer(
            coulance_regel.CoulanceVraag, {"opleidingsduur_maanden": "opleidingsduur-maanden", "start_opleiding": "start-opleiding"},
            functie=functie.strip().lower(),
            start_opleiding=datum("start-opleiding", start_opleiding, regel),
            opleidingsduur_maanden=None if opleidingsduur_maanden is None else geheel("opleidingsduur-maanden", opleidingsduur_maanden, regel),
            verkennend_gesprek=verkennend_gesprek, incompany_opleiding=incompany_opleiding, hbo_v=hbo_v,
        )
        r = coulance_regel.coulance(vraag)
        vanaf = r.vergoeding_vanaf
        toon(als_json, {"vergoeding_vanaf": vanaf.isoformat() if vanaf else None, "reden": r.reden, "toelichting": r.uitleg.als_json()},
             [f"Vergoeding vanaf: {nl.datum(vanaf) if vanaf else 'geen'}", f"Reden: {r.reden}", "", "Toelichting:", *r.uitleg.als_tekst()])

