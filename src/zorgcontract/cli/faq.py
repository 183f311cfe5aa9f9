"""Zorg en Zekerheid, veelgestelde vragen 2023-2025 en 2026-2028: faq-uitspraak,
indexering, poh-ouderen, service-bereikbaarheid."""

from __future__ import annotations

from typing import Optional

import typer

from zorgcontract.kern import nl
from zorgcontract.cli.gemeenschappelijk import JSON_OPTIE, datum, geheel, getal, opdracht, toon
from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.kern.rekenen import bedrag_tekst, uren_tekst
from zorgcontract.regels.zz.faq import tarieven as faq_tarieven
from zorgcontract.regels.zz.faq import uitspraken


def registreer(app: typer.Typer) -> None:
    @app.command("faq-uitspraak", help=f"Welke FAQ-uitspraak geldt op een datum (onderwerpen: {', '.join(uitspraken.onderwerpen())}).")
    @opdracht
    def faq_uitspraak(
        onderwerp: Optional[str] = typer.Option(None, "--onderwerp"),
        peildatum: Optional[str] = typer.Option(None, "--datum", help="JJJJ-MM-DD"),
        als_json: bool = JSON_OPTIE,
    ):
        if onderwerp is None or onderwerp.strip() not in uitspraken.onderwerpen():
            raise InvoerFout("onderwerp", f"'{onderwerp or ''}' is geen bekend onderwerp (kies uit {', '.join(uitspraken.onderwerpen())})", "ZZ FAQ 2023-2025/2026-2028")
        u = uitspraken.geldende(onderwerp.strip(), datum("datum", peildatum, "ZZ FAQ 2023-2025/2026-2028"))
        toon(als_json, {"onderwerp": u.onderwerp, "document": u.document, "register_id": u.register_id,
                        "geldig_van": u.geldig_van.isoformat(), "geldig_tot": u.geldig_tot.isoformat(),
                        "antwoord": u.antwoord, "bron": str(u.bron)},
             [f"{u.onderwerp} ({u.periode}): {u.antwoord}", f"Bron: {u.bron} [{u.register_id}]"])

    @app.command("indexering", help="Indexeer een vrij tarief naar een jaar (ZZ FAQ 2026-2028, vraag indexering).")
    @opdracht
    def indexering(
        tarief: Optional[str] = typer.Option(None, "--tarief", help="Tarief van het vorige jaar, bijv. 12.50"),
        jaar: Optional[str] = typer.Option("2026", "--jaar"),
        soort: Optional[str] = typer.Option("vrij", "--soort", help="vrij, m&i of gereguleerd"),
        als_json: bool = JSON_OPTIE,
    ):
        soorten = [s.value for s in faq_tarieven.TariefSoort]
        if soort not in soorten:
            raise InvoerFout("soort", f"'{soort}' is geen tariefsoort (kies uit {', '.join(soorten)})", str(faq_tarieven.FAQ26_INDEX))
        r = faq_tarieven.indexeer(getal("tarief", tarief, str(faq_tarieven.FAQ26_INDEX)), geheel("jaar", jaar), faq_tarieven.TariefSoort(soort))
        toon(als_json, {"oud": bedrag_tekst(r.oud), "nieuw": bedrag_tekst(r.nieuw), "percentage": str(r.percentage), "toelichting": r.uitleg.als_json()},
             [f"Geïndexeerd tarief: {nl.bedrag(r.nieuw)}", "", "Toelichting:", *r.uitleg.als_tekst()])

    @app.command("poh-ouderen", help="Normuren POH-Ouderen per staffel 75-plussers (ZZ FAQ 2026-2028).")
    @opdracht
    def poh_ouderen(
        ingeschreven: Optional[str] = typer.Option(None, "--ingeschreven"),
        plus75: Optional[str] = typer.Option(None, "--75plus", help="Aantal ingeschreven 75-plussers."),
        jaar: Optional[str] = typer.Option("2026", "--jaar"),
        als_json: bool = JSON_OPTIE,
    ):
        regel = str(faq_tarieven.FAQ26_OUDEREN)
        aandeel = faq_tarieven.aandeel_75plus(geheel("75plus", plus75, regel), geheel("ingeschreven", ingeschreven, regel))
        r = faq_tarieven.normuren_poh_ouderen(aandeel, geheel("jaar", jaar))
        toon(als_json, {"aandeel_75plus_procent": uren_tekst(r.aandeel_procent, 4), "staffel": r.staffel, "normuren": str(r.normuren),
                        "toelichting": r.uitleg.als_json()},
             [f"Normuren POH-Ouderen: {nl.getal(r.normuren)}", "", "Toelichting:", *r.uitleg.als_tekst()])

    @app.command("service-bereikbaarheid", help="Componenten en vergoedingen service en bereikbaarheid op een datum.")
    @opdracht
    def service(
        dienst: list[str] = typer.Option([], "--dienst", help=f"Herhaalbaar: {', '.join(d.value for d in faq_tarieven.Dienst)}"),
        peildatum: Optional[str] = typer.Option(None, "--datum", help="JJJJ-MM-DD"),
        als_json: bool = JSON_OPTIE,
    ):
        bekend = {d.value: d for d in faq_tarieven.Dienst}
        for d in dienst:
            if d not in bekend:
                raise InvoerFout("dienst", f"'{d}' is geen bekende dienst (kies uit {', '.join(bekend)})", "ZZ FAQ, service en bereikbaarheid")
        r = faq_tarieven.service_bereikbaarheid({bekend[d] for d in dienst}, datum("datum", peildatum, "ZZ FAQ, service en bereikbaarheid"))
        toon(als_json, {
            "document": r.uitspraak.document, "componenten": r.componenten, "vrije_opslag": r.vrije_opslag,
            "bedragen": {k: (bedrag_tekst(v) if v is not None else None) for k, v in r.bedragen.items()},
            "toelichting": r.uitleg.als_json(),
        }, [f"Service en bereikbaarheid ({r.uitspraak.periode}, {r.uitspraak.bron})",
            f"  Componenten: {', '.join(r.componenten) or 'geen'}", f"  Vrije opslag: {'ja' if r.vrije_opslag else 'nee'}",
            *[f"  {k}: {nl.bedrag(v) if v is not None else 'bedrag niet in de bronnen'}" for k, v in r.bedragen.items()],
            "", "Toelichting:", *r.uitleg.als_tekst()])
