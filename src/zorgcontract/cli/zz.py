"""Zorg en Zekerheid 2026-2028: poh-s, poh-ggz, declaratiestart, coulance."""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

import typer

from zorgcontract.cli.gemeenschappelijk import JSON_OPTIE, OptieFout, datum_optie, getal_optie, jaar_optie, keuze_optie, nodig, opdracht, toon
from zorgcontract.kern import invoertypen as it
from zorgcontract.kern import nl
from zorgcontract.kern.bronnen import regel_tekst
from zorgcontract.kern.invoer import valideer
from zorgcontract.kern.rekenen import bedrag_tekst, rond_centen_half_op, uren_tekst
from zorgcontract.regels.zz import coulance as coulance_regel
from zorgcontract.regels.zz import declaratiestart as start_regel
from zorgcontract.regels.zz.pohggz import artikel_6 as zz_poh_ggz
from zorgcontract.regels.zz.pohs import artikel_5 as zz_poh_s

POHS, POHGGZ = zz_poh_s.REEKS, "zz-pohggz"
INGESCHREVEN = it.AANTAL.met(minimum=1)


def _coulance_regel() -> str:
    return f"{regel_tekst(POHS, 4, '5')}; {regel_tekst(POHGGZ, 4, '5')}; {regel_tekst('zz-faq', plaats=coulance_regel.FAQ_PLAATS['zz26-faq'])}"


def registreer(app: typer.Typer) -> None:
    @app.command("poh-s", help="Vergoeding module POH-S (Zorg en Zekerheid, bijlage POH-S art. 5-6).")
    @opdracht(namen={"ingeschreven_verzekerden": "--ingeschreven", "contracturen_per_week": "--contracturen"})
    def poh_s(
        ingeschreven: Optional[int] = getal_optie("--ingeschreven", INGESCHREVEN, (POHS, 5, "7a"), help="Aantal ingeschreven verzekerden."),
        dm2: int = getal_optie("--dm2", it.AANTAL, (POHS, 5, "5"), "0", help="Verzekerden met DM2 in het zorgprogramma."),
        cvrm: int = getal_optie("--cvrm", it.AANTAL, (POHS, 5, "5"), "0", help="Verzekerden met CVRM in het zorgprogramma."),
        copd: int = getal_optie("--copd", it.AANTAL, (POHS, 5, "5"), "0", help="Verzekerden met COPD in het zorgprogramma."),
        astma: int = getal_optie("--astma", it.AANTAL, (POHS, 5, "5"), "0", help="Verzekerden met astma in het zorgprogramma."),
        contracturen: Optional[Decimal] = getal_optie("--contracturen", it.UREN_PER_WEEK, (POHS, 5, "8"), help="Contracturen POH-S per week."),
        keten_dbc: list[str] = keuze_optie("--keten-dbc", [g.value for g in zz_poh_s.ChronischeGroep], "chronische groep",
                                           (POHS, 5, "4"), help="Groep onder een keten-dbc; herhaalbaar.", meervoud=True),
        jaar: int = jaar_optie("--jaar", POHS, standaard="2026"),
        als_json: bool = JSON_OPTIE,
    ):
        praktijk = valideer(
            zz_poh_s.PohSPraktijk, {"ingeschreven_verzekerden": "--ingeschreven", "contracturen_per_week": "--contracturen"},
            ingeschreven_verzekerden=nodig(ingeschreven, "--ingeschreven", (POHS, 5, "7a"), "2350"),
            dm2=dm2, cvrm=cvrm, copd=copd, astma=astma,
            contracturen_per_week=nodig(contracturen, "--contracturen", (POHS, 5, "8"), "16"),
            keten_dbc=frozenset(zz_poh_s.ChronischeGroep(g) for g in keten_dbc),
            jaar=jaar,
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
            f"  Jaarbedrag:                     {nl.bedrag(rond_centen_half_op(r.jaarbedrag))}",
            f"  Kwartaaltarief per verzekerde:  {nl.bedrag(r.kwartaaltarief_per_verzekerde)}",
            f"  Prestatiecode:                  {r.prestatiecode}",
            "", "Toelichting:", *r.uitleg.als_tekst(),
        ])

    @app.command("poh-ggz", help="Opslag POH-GGZ (Zorg en Zekerheid, bijlage POH-GGZ art. 6).")
    @opdracht(namen={"ingeschreven_verzekerden": "--ingeschreven", "uren_per_week": "--uren", "afgesproken_uren_per_week": "--afgesproken-uren"})
    def poh_ggz(
        ingeschreven: Optional[int] = getal_optie("--ingeschreven", INGESCHREVEN, (POHGGZ, 6, "3a"), help="Aantal ingeschreven verzekerden."),
        uren: Optional[Decimal] = getal_optie("--uren", it.UREN_PER_WEEK, (POHGGZ, 6, "3a"), help="Uren POH-GGZ per week waarvoor aangesteld."),
        afgesproken_uren: Optional[Decimal] = getal_optie("--afgesproken-uren", it.UREN_PER_WEEK, (POHGGZ, 6, "2b"),
                                                          help="Met Zorg en Zekerheid afgesproken maximum per week."),
        jaar: int = jaar_optie("--jaar", POHGGZ, standaard="2026"),
        als_json: bool = JSON_OPTIE,
    ):
        praktijk = valideer(
            zz_poh_ggz.PohGgzPraktijk,
            {"ingeschreven_verzekerden": "--ingeschreven", "uren_per_week": "--uren", "afgesproken_uren_per_week": "--afgesproken-uren"},
            ingeschreven_verzekerden=nodig(ingeschreven, "--ingeschreven", (POHGGZ, 6, "3a"), "2350"),
            uren_per_week=nodig(uren, "--uren", (POHGGZ, 6, "3a"), "16"),
            afgesproken_uren_per_week=afgesproken_uren,
            jaar=jaar,
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

    @app.command("declaratiestart", help="Vanaf wanneer POH-S/POH-GGZ gedeclareerd mag worden (bijlagen POH-S en POH-GGZ, art. 6).")
    @opdracht
    def declaratiestart(
        start_overeenkomst=datum_optie("--start-overeenkomst", (POHS, 6, "2"), help="Startdatum van de samenwerkingsovereenkomst"),
        als_json: bool = JSON_OPTIE,
    ):
        r = start_regel.declaratiestart(nodig(start_overeenkomst, "--start-overeenkomst", (POHS, 6, "2"), "2026-04-01"))
        toon(als_json, {"declaratie_vanaf": r.declaratie_vanaf.isoformat(), "toelichting": r.uitleg.als_json()},
             [f"Declareren vanaf: {nl.datum(r.declaratie_vanaf)}", "", "Toelichting:", *r.uitleg.als_tekst()])

    @app.command("coulance", help="Coulance voor een POH in opleiding (bijlagen art. 4 lid 5 en de FAQ).")
    @opdracht
    def coulance(
        functie: Optional[str] = keuze_optie("--functie", [f.value for f in coulance_regel.Functie], "bekende functie", _coulance_regel),
        start_opleiding=datum_optie("--start-opleiding", _coulance_regel, help="Start van de opleiding"),
        opleidingsduur_maanden: Optional[int] = getal_optie("--opleidingsduur-maanden", it.MAANDEN, (POHS, 4, "5"),
                                                            help="Duur van de POH-S-opleiding (10 t/m 13 of 24)."),
        verkennend_gesprek: bool = typer.Option(False, "--verkennend-gesprek", help="POH-GGZ: dezelfde POH-GGZ doet het verkennend gesprek."),
        incompany_opleiding: bool = typer.Option(False, "--incompany-opleiding", help="POH-Ouderen: incompany-opleiding van de regio-organisatie."),
        hbo_v: bool = typer.Option(False, "--hbo-v", help="POH-Ouderen: afgeronde HBO-V."),
        als_json: bool = JSON_OPTIE,
    ):
        nodig(functie, "--functie", _coulance_regel, "poh-s")
        # een optie die voor de gekozen functie niets betekent, wordt niet stil genegeerd
        for optie, gegeven, voor in (("--opleidingsduur-maanden", opleidingsduur_maanden is not None, "poh-s"),
                                     ("--verkennend-gesprek", verkennend_gesprek, "poh-ggz"),
                                     ("--incompany-opleiding", incompany_opleiding, "poh-ouderen"), ("--hbo-v", hbo_v, "poh-ouderen")):
            if gegeven and functie != voor:
                raise OptieFout(optie, f"geldt alleen voor --functie {voor}, niet voor {functie}", _coulance_regel())
        vraag = valideer(
            coulance_regel.CoulanceVraag, {"opleidingsduur_maanden": "--opleidingsduur-maanden", "start_opleiding": "--start-opleiding"},
            functie=nodig(functie, "--functie", _coulance_regel, "poh-s"),
            start_opleiding=nodig(start_opleiding, "--start-opleiding", _coulance_regel, "2026-02-15"),
            opleidingsduur_maanden=opleidingsduur_maanden,
            verkennend_gesprek=verkennend_gesprek, incompany_opleiding=incompany_opleiding, hbo_v=hbo_v,
        )
        r = coulance_regel.coulance(vraag)
        vanaf = r.vergoeding_vanaf
        toon(als_json, {"vergoeding_vanaf": vanaf.isoformat() if vanaf else None, "reden": r.reden, "toelichting": r.uitleg.als_json()},
             [f"Vergoeding vanaf: {nl.datum(vanaf) if vanaf else 'geen'}", f"Reden: {r.reden}", "", "Toelichting:", *r.uitleg.als_tekst()])
