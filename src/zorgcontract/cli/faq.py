"""Zorg en Zekerheid, veelgestelde vragen 2023-2025 en 2026-2028: faq-uitspraak,
indexering, poh-ouderen, service-bereikbaarheid."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Optional

import typer

from zorgcontract.cli.gemeenschappelijk import (JSON_OPTIE, datum_optie, getal_optie, jaar_optie, keuze_optie, nodig, opdracht,
                                                toon)
from zorgcontract.kern import invoertypen as it
from zorgcontract.kern import nl
from zorgcontract.kern.bronnen import regel_tekst
from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.kern.rekenen import bedrag_tekst, uren_tekst
from zorgcontract.regels.zz.faq import tarieven as faq_tarieven
from zorgcontract.regels.zz.faq import uitspraken


def _faq_regel() -> str:
    """De FAQ-reeks van Zorg en Zekerheid: alle bekende perioden (tekst uit de documentgegevens)."""
    from zorgcontract.kern.documenten import reeks

    return "; ".join(d.naam for d in reeks("zz-faq"))


def _sb_regel() -> str:
    from zorgcontract.kern.bronnen import bron
    from zorgcontract.kern.documenten import reeks

    return "; ".join(str(bron(d, plaats=faq_tarieven.VRAAG_SB)) for d in reeks("zz-faq"))


# De regel in meldingen en hulp: de vraag in de FAQ (tekst uit het laatst bekende document van de reeks).
_R_INDEX = regel_tekst("zz-faq", plaats=faq_tarieven.VRAAG_INDEX)
_R_OUDEREN = regel_tekst("zz-faq", plaats=faq_tarieven.VRAAG_OUDEREN)


def registreer(app: typer.Typer) -> None:
    @app.command("faq-uitspraak", help=f"Welke FAQ-uitspraak geldt op een datum (onderwerpen: {', '.join(uitspraken.onderwerpen())}).")
    @opdracht(namen={"_peil": "datum"})
    def faq_uitspraak(
        onderwerp: Optional[str] = keuze_optie("--onderwerp", list(uitspraken.onderwerpen()), "bekend onderwerp", _faq_regel),
        peildatum=datum_optie("--datum", _faq_regel, help="Peildatum"),
        als_json: bool = JSON_OPTIE,
    ):
        u = uitspraken.geldende(nodig(onderwerp, "--onderwerp", _faq_regel, "coulance"),
                                nodig(peildatum, "--datum", _faq_regel, "2026-03-01"))
        toon(als_json, {"onderwerp": u.onderwerp, "document": u.document, "register_id": u.register_id,
                        "geldig_van": u.geldig_van.isoformat(), "geldig_tot": u.geldig_tot.isoformat(),
                        "antwoord": u.antwoord, "bron": str(u.bron)},
             [f"{u.onderwerp} ({u.periode}): {u.antwoord}", f"Bron: {u.bron} [{u.register_id}]"])

    @app.command("indexering", help=f"Indexeer een vrij tarief naar een jaar ({_R_INDEX}).")
    @opdracht
    def indexering(
        tarief: Optional[Decimal] = getal_optie("--tarief", it.BEDRAG, _R_INDEX,
                                                help="Tarief van het vorige jaar in euro, bijv. 12,50 of 12.50"),
        jaar: int = jaar_optie("--jaar", "zz-faq", standaard="2026"),
        soort: str = keuze_optie("--soort", [s.value for s in faq_tarieven.TariefSoort], "tariefsoort", _R_INDEX,
                                 standaard="vrij"),
        als_json: bool = JSON_OPTIE,
    ):
        r = faq_tarieven.indexeer(nodig(tarief, "--tarief", _R_INDEX, "12,50"), jaar, faq_tarieven.TariefSoort(soort))
        toon(als_json, {"oud": bedrag_tekst(r.oud), "nieuw": bedrag_tekst(r.nieuw), "percentage": str(r.percentage), "toelichting": r.uitleg.als_json()},
             [f"Geïndexeerd tarief: {nl.bedrag(r.nieuw)}", "", "Toelichting:", *r.uitleg.als_tekst()])

    @app.command("poh-ouderen", help=f"Normuren POH-Ouderen per staffel 75-plussers ({_R_OUDEREN}).")
    @opdracht(namen={"aantal_75plus": "--75plus", "aandeel_75plus": "--75plus", "aantal-75plus": "--75plus", "aandeel-75plus": "--75plus"})
    def poh_ouderen(
        ingeschreven: Optional[int] = getal_optie("--ingeschreven", it.AANTAL.met(minimum=1), _R_OUDEREN,
                                                  help="Aantal ingeschreven verzekerden."),
        plus75: Optional[int] = getal_optie("--75plus", it.AANTAL, _R_OUDEREN, help="Aantal ingeschreven 75-plussers."),
        jaar: int = jaar_optie("--jaar", "zz-faq", standaard="2026"),
        als_json: bool = JSON_OPTIE,
    ):
        regel = _R_OUDEREN
        aandeel = faq_tarieven.aandeel_75plus(nodig(plus75, "--75plus", regel, "300"), nodig(ingeschreven, "--ingeschreven", regel, "2350"))
        r = faq_tarieven.normuren_poh_ouderen(aandeel, jaar)
        toon(als_json, {"aandeel_75plus_procent": uren_tekst(r.aandeel_procent, 4), "staffel": r.staffel, "normuren": str(r.normuren),
                        "toelichting": r.uitleg.als_json()},
             [f"Normuren POH-Ouderen: {nl.getal(r.normuren)}", "", "Toelichting:", *r.uitleg.als_tekst()])

    @app.command("service-bereikbaarheid", help="Componenten en vergoedingen service en bereikbaarheid op een datum.")
    @opdracht(namen={"_peil": "datum"})
    def service(
        dienst: list[str] = keuze_optie("--dienst", [d.value for d in faq_tarieven.Dienst], "bekende dienst", _sb_regel,
                                        help="Herhaalbaar.", meervoud=True),
        peildatum=datum_optie("--datum", _sb_regel, help="Peildatum"),
        als_json: bool = JSON_OPTIE,
    ):
        r = faq_tarieven.service_bereikbaarheid({faq_tarieven.Dienst(d) for d in dienst}, nodig(peildatum, "--datum", _sb_regel, "2026-03-01"))
        toon(als_json, {
            "document": r.uitspraak.document, "componenten": r.componenten, "vrije_opslag": r.vrije_opslag,
            "bedragen": {k: (bedrag_tekst(v) if v is not None else None) for k, v in r.bedragen.items()},
            "toelichting": r.uitleg.als_json(),
        }, [f"Service en bereikbaarheid ({r.uitspraak.periode}, {r.uitspraak.bron})",
            f"  Componenten: {', '.join(r.componenten) or 'geen'}", f"  Vrije opslag: {'ja' if r.vrije_opslag else 'nee'}",
            *[f"  {k}: {nl.bedrag(v) if v is not None else 'bedrag niet in de bronnen'}" for k, v in r.bedragen.items()],
            "", "Toelichting:", *r.uitleg.als_tekst()])
