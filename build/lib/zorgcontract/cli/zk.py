"""Zilveren Kruis, inkoopbeleid huisartsenzorg 2022-2023: zk-startdatum, zk-poh-ggz, zk-poh-s-aanvulling,
fgv, oaw-uren en zk-oaw-toets. Elke uitvoer noemt verzekeraar en contractperiode."""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

import typer

from zorgcontract.kern import nl
from zorgcontract.cli.gemeenschappelijk import JSON_OPTIE, datum, geheel, getal, opdracht, toon, verplicht
from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.kern.invoer import valideer
from zorgcontract.regels.zk.inkoop import fgv as zk_fgv
from zorgcontract.regels.zk.inkoop import poh_ggz as zk_poh_ggz
from zorgcontract.regels.zk.inkoop import poh_s as zk_poh_s
from zorgcontract.regels.zk.inkoop import service as zk_service
from zorgcontract.regels.zk.inkoop import startdatum as zk_startdatum
from zorgcontract.regels.zk.inkoop.gemeen import PERIODE, VERZEKERAAR
from zorgcontract.kern.rekenen import bedrag_tekst, rond_centen_half_op, uren_tekst

KOP = f"{VERZEKERAAR} {PERIODE}"
R = "ZK inkoopbeleid 2022-2023"


def _basis() -> dict:
    return {"verzekeraar": VERZEKERAAR, "periode": PERIODE}


def _grenzen(tekst: str | None) -> tuple[Decimal, Decimal, Decimal]:
    """'60,70,80' (komma als scheiding, punt als decimaalteken) of '60,5;70;80' (puntkomma als scheiding)."""
    regel = f"{R}, prestatie FGV, par. 3: drie grenswaarden X, Y, Z"
    tekst = verplicht("grenzen", tekst, regel).strip()
    delen = tekst.split(";") if ";" in tekst else tekst.split(",")
    if len(delen) != 3:
        raise InvoerFout("grenzen", f"'{tekst}' zijn geen drie grenswaarden X,Y,Z (bijv. 60,70,80 of 60,5;70;80)", regel)
    x, y, z = (getal("grenzen", d, regel) for d in delen)
    return x, y, z


def registreer(app: typer.Typer) -> None:
    @app.command("zk-startdatum", help="Startdatum van een ZK-vergoeding na een aanvraag (Zilveren Kruis 2022-2023, par. 4).")
    @opdracht
    def zk_startdatum_cmd(
        module: Optional[str] = typer.Option(None, "--module", help="poh-s, praktijkmanagement, poh-ggz, service-bereikbaarheid of kwaliteit"),
        aanvraag: Optional[str] = typer.Option(None, "--aanvraag", help="Datum van de aanvraag, JJJJ-MM-DD"),
        als_json: bool = JSON_OPTIE,
    ):
        regel = f"{R}, par. 4 van de modules"
        modules = [m.value for m in zk_startdatum.ZkModule]
        naam = verplicht("module", module, regel).strip().lower()
        if naam not in modules:
            raise InvoerFout("module", f"'{module}' is geen module met startdata (kies uit {', '.join(modules)})", regel)
        r = zk_startdatum.startdatum(zk_startdatum.ZkModule(naam), datum("aanvraag", aanvraag, regel))
        toon(als_json, {
            **_basis(), "module": r.module.value, "aanvraag": r.aanvraag.isoformat(), "startdatum": r.startdatum.isoformat(),
            "uiterlijke_aanvraag": r.uiterlijke_aanvraag.isoformat(), "toelichting": r.uitleg.als_json(),
        }, [
            f"Startdatum module {r.module.value}, {KOP}",
            f"  Aanvraag:    {nl.datum(r.aanvraag)}",
            f"  Startdatum:  {nl.datum(r.startdatum)} (aanvraag daarvoor uiterlijk {nl.datum(r.uiterlijke_aanvraag)})",
            "", "Toelichting:", *r.uitleg.als_tekst(),
        ])

    @app.command("zk-poh-ggz", help="Uren POH-GGZ per week (Zilveren Kruis 2022-2023: 12 uur per 2350 patiënten).")
    @opdracht
    def zk_poh_ggz_cmd(
        ingeschreven: Optional[str] = typer.Option(None, "--ingeschreven", help="Aantal ingeschreven patiënten."),
        uren: Optional[str] = typer.Option(None, "--uren", help="Gevraagde uren POH-GGZ per week (optioneel)."),
        jaar: Optional[str] = typer.Option("2022", "--jaar", help="2022 of 2023"),
        als_json: bool = JSON_OPTIE,
    ):
        regel = f"{R}, vergoeding POH-GGZ, par. 4"
        praktijk = valideer(
            zk_poh_ggz.ZkPohGgzPraktijk, {"gevraagde_uren_per_week": "uren"},
            ingeschreven=geheel("ingeschreven", ingeschreven, regel),
            gevraagde_uren_per_week=None if uren is None else getal("uren", uren, regel),
            jaar=geheel("jaar", jaar),
        )
        r = zk_poh_ggz.bereken(praktijk)
        toon(als_json, {
            **_basis(), "jaar": praktijk.jaar,
            "uren_per_week": uren_tekst(r.uren_per_week), "patientcontact": uren_tekst(r.patientcontact),
            "consultatie": uren_tekst(r.consultatie), "ehealth": uren_tekst(r.ehealth),
            "individuele_beoordeling": r.individuele_beoordeling, "extra_uren": uren_tekst(r.extra_uren),
            "toelichting": r.uitleg.als_json(),
        }, [
            f"Uren POH-GGZ, {KOP} ({praktijk.jaar})",
            f"  Uren per week:        {nl.uren(r.uren_per_week, 4)}",
            f"  Patiëntcontact:       {nl.uren(r.patientcontact, 4)}",
            f"  Externe consultatie:  {nl.uren(r.consultatie, 4)}",
            f"  eHealth:              {nl.uren(r.ehealth, 4)}",
            *([f"  Extra uren (individuele beoordeling, verdeling vrij): {nl.uren(r.extra_uren, 4)}"] if r.individuele_beoordeling else []),
            "", "Toelichting:", *r.uitleg.als_tekst(),
        ])

    @app.command("fgv", help="FGV1 en score formulariumgericht voorschrijven (Zilveren Kruis 2022-2023).")
    @opdracht
    def fgv_cmd(
        conform: Optional[str] = typer.Option(None, "--conform", help="Eerste voorschriften conform het formularium."),
        totaal: Optional[str] = typer.Option(None, "--totaal", help="Alle eerste voorschriften van de praktijk."),
        grenzen: Optional[str] = typer.Option(None, "--grenzen", help="Grenswaarden X,Y,Z in procenten (bijv. 60,70,80)."),
        als_json: bool = JSON_OPTIE,
    ):
        regel = f"{R}, prestatie FGV, par. 3"
        meting = valideer(
            zk_fgv.FgvMeting, {},
            conform=geheel("conform", conform, regel), totaal=geheel("totaal", totaal, regel), grenzen=_grenzen(grenzen),
        )
        r = zk_fgv.fgv1(meting)
        toon(als_json, {
            **_basis(), "fgv1": zk_fgv.percentage_tekst(r.fgv1), "fgv1_breuk": f"{r.fgv1.numerator}/{r.fgv1.denominator}",
            "score": r.score, "toelichting": r.uitleg.als_json(),
        }, [
            f"Formulariumgericht voorschrijven, {KOP}",
            f"  FGV1:   {nl.percentage(r.fgv1, 4)}",
            f"  Score:  {r.score}",
            "", "Toelichting:", *r.uitleg.als_tekst(),
        ])

    @app.command("oaw-uren", help="Minimum uren OAW-spreekuur per week, module C service en bereikbaarheid (Zilveren Kruis 2022-2023).")
    @opdracht
    def oaw_uren_cmd(
        ingeschreven: Optional[str] = typer.Option(None, "--ingeschreven", help="Aantal ingeschreven patiënten."),
        jaar: Optional[str] = typer.Option("2022", "--jaar", help="2022 of 2023"),
        als_json: bool = JSON_OPTIE,
    ):
        regel = f"{R}, {zk_service.PLAATS_C}"
        r = zk_service.oaw_uren(geheel("ingeschreven", ingeschreven, regel), geheel("jaar", jaar))
        toon(als_json, {**_basis(), "uren_per_week": uren_tekst(r.uren_per_week), "toelichting": r.uitleg.als_json()},
             [f"OAW-spreekuur module C, {KOP}", f"  Minimaal per week: {nl.uren(r.uren_per_week, 1)}", "", "Toelichting:", *r.uitleg.als_tekst()])

    @app.command("zk-oaw-toets", help="Toetst de OAW-spreekuren van een praktijk aan module C (Zilveren Kruis 2022-2023).")
    @opdracht
    def zk_oaw_toets_cmd(
        ingeschreven: Optional[str] = typer.Option(None, "--ingeschreven", help="Aantal ingeschreven patiënten."),
        spreekuur: list[str] = typer.Option([], "--spreekuur", help="Wekelijks spreekuur als 'di 17:00-19:00' of 'za 09:00-11:00 x2'; herhaalbaar."),
        weken: Optional[str] = typer.Option(None, "--weken", help="Aantal weken per jaar met OAW-spreekuren."),
        niet_digitaal_en_fysiek: bool = typer.Option(False, "--niet-digitaal-en-fysiek"),
        geen_vaste_momenten: bool = typer.Option(False, "--geen-vaste-momenten"),
        niet_in_eigen_praktijk: bool = typer.Option(False, "--niet-in-eigen-praktijk"),
        jaar: Optional[str] = typer.Option("2022", "--jaar", help="2022 of 2023"),
        als_json: bool = JSON_OPTIE,
    ):
        regel = f"{R}, {zk_service.PLAATS_C}"
        if not spreekuur:
            raise InvoerFout("spreekuur", "geef minstens één spreekuur op (bijv. --spreekuur 'di 17:00-19:00')", regel)
        m = valideer(
            zk_service.ZkModuleC, {"weken_per_jaar": "weken"},
            ingeschreven=geheel("ingeschreven", ingeschreven, regel),
            spreekuren=[zk_service.lees_spreekuur(s) for s in spreekuur],
            weken_per_jaar=geheel("weken", weken, regel),
            digitaal_en_fysiek=not niet_digitaal_en_fysiek, vaste_momenten=not geen_vaste_momenten,
            in_eigen_praktijk=not niet_in_eigen_praktijk, jaar=geheel("jaar", jaar),
        )
        r = zk_service.module_c(m)
        toon(als_json, {
            **_basis(), "voldaan": r.oordeel.toegestaan, "vereiste_uren": uren_tekst(r.vereiste_uren),
            "tellende_uren": uren_tekst(r.tellende_uren), "oordeel": r.oordeel.als_json(), "toelichting": r.uitleg.als_json(),
        }, [
            f"Module C extra (online) spreekuur, {KOP}",
            f"  Vereist per week:  {nl.uren(r.vereiste_uren, 1)}",
            f"  Tellend per week:  {nl.uren(r.tellende_uren, 2)}",
            f"  Voldaan:           {'ja' if r.oordeel.toegestaan else 'nee'}",
            *[f"  - {reden}" for reden in r.oordeel.redenen],
            "", "Toelichting:", *r.uitleg.als_tekst(),
        ])

    @app.command("zk-poh-s-aanvulling", help="Aanvulling POH-S voor indirecte en niet-patiëntgebonden tijd (Zilveren Kruis 2022-2023).")
    @opdracht
    def zk_poh_s_aanvulling_cmd(
        uren: Optional[str] = typer.Option(None, "--uren", help="Uren per week die de POH-S voor deze praktijk werkt."),
        uurkosten: Optional[str] = typer.Option(None, "--uurkosten", help="Kosten per uur POH-S in euro (het beleid noemt ze niet)."),
        gedeeld_totaal: Optional[str] = typer.Option(None, "--gedeeld-totaal", help="Bij een gedeelde POH-S: de gezamenlijk gecontracteerde uren per week."),
        kwetsbare_ouderen: Optional[str] = typer.Option("0", "--kwetsbare-ouderen", help="Uren per week al bekostigd via Samenwerking rondom kwetsbare ouderen."),
        toekomstbestendig: Optional[str] = typer.Option("0", "--toekomstbestendig", help="Uren per week al bekostigd via Toekomstbestendige huisartsenzorg."),
        andere_afspraken: Optional[str] = typer.Option("0", "--andere-afspraken", help="Uren per week al bekostigd via andere afspraken."),
        ketenzorg: Optional[str] = typer.Option("0", "--ketenzorg", help="Uren per week voor patiënten in een ketenzorgprogramma."),
        jaar: Optional[str] = typer.Option("2022", "--jaar", help="2022 of 2023"),
        als_json: bool = JSON_OPTIE,
    ):
        regel = f"{R}, {zk_poh_s.PLAATS_TARIEF}"
        invoer = valideer(
            zk_poh_s.ZkPohSAanvulling, zk_poh_s.CLI_NAMEN,
            uren_per_week=getal("uren", uren, regel),
            uurkosten=getal("uurkosten", uurkosten, regel),
            gedeeld_totaal_uren=None if gedeeld_totaal is None else getal("gedeeld-totaal", gedeeld_totaal, regel),
            uren_kwetsbare_ouderen=getal("kwetsbare-ouderen", kwetsbare_ouderen, regel),
            uren_toekomstbestendig=getal("toekomstbestendig", toekomstbestendig, regel),
            uren_andere_afspraken=getal("andere-afspraken", andere_afspraken, regel),
            uren_ketenzorg=getal("ketenzorg", ketenzorg, regel),
            jaar=geheel("jaar", jaar),
        )
        r = zk_poh_s.aanvulling(invoer)
        toon(als_json, {
            **_basis(), "jaar": invoer.jaar, "overige_uren_per_week": uren_tekst(r.overige_uren_per_week),
            "kosten_per_week": bedrag_tekst(rond_centen_half_op(r.kosten_per_week)),
            "aanvulling_per_week": bedrag_tekst(rond_centen_half_op(r.aanvulling_per_week)),
            "toelichting": r.uitleg.als_json(),
        }, [
            f"Aanvulling POH-S (indirecte en niet-patiëntgebonden tijd), {KOP} ({invoer.jaar})",
            f"  Nog niet bekostigde uren per week:  {nl.uren(r.overige_uren_per_week, 4)}",
            f"  Kosten per week:                    {nl.bedrag(r.kosten_per_week)}",
            f"  Aanvulling per week (15%):          {nl.bedrag(r.aanvulling_per_week)}",
            "", "Toelichting:", *r.uitleg.als_tekst(),
        ])
