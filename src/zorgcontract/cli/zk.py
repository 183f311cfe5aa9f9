"""Zilveren Kruis, inkoopbeleid huisartsenzorg 2022-2023: zk-startdatum, zk-poh-ggz, zk-poh-s-aanvulling,
fgv, oaw-uren en zk-oaw-toets. Elke uitvoer noemt verzekeraar en contractperiode."""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

import typer

from zorgcontract.cli.gemeenschappelijk import (JSON_OPTIE, OptieFout, datum_optie, getal_optie, jaar_optie, keuze_optie, nodig,
                                                opdracht, tekst_optie, toon)
from zorgcontract.kern import invoertypen as it
from zorgcontract.kern import nl
from zorgcontract.kern.invoer import valideer
from zorgcontract.kern.invoertypen import Afgewezen, citeer
from zorgcontract.regels.zk.inkoop import fgv as zk_fgv
from zorgcontract.regels.zk.inkoop import poh_ggz as zk_poh_ggz
from zorgcontract.regels.zk.inkoop import poh_s as zk_poh_s
from zorgcontract.regels.zk.inkoop import service as zk_service
from zorgcontract.regels.zk.inkoop import startdatum as zk_startdatum
from zorgcontract.regels.zk.inkoop.gemeen import PERIODE, REEKS, VERZEKERAAR, zk
from zorgcontract.kern.rekenen import bedrag_tekst, rond_centen_half_op, uren_tekst

KOP = f"{VERZEKERAAR} {PERIODE}"
INGESCHREVEN = it.AANTAL.met(minimum=1)


def _r(plaats: str):
    """De regel bij een optie: de plaats in het geldende ZK-inkoopbeleid (tekst uit de documentgegevens)."""
    return lambda: str(zk(plaats))


def _basis() -> dict:
    return {"verzekeraar": VERZEKERAAR, "periode": PERIODE}


def _lees_grenzen(tekst: str) -> tuple[Decimal, Decimal, Decimal]:
    """'60,70,80' (komma als scheiding, punt als decimaalteken) of '60,5;70;80' (puntkomma als scheiding)."""
    s = tekst.strip()
    delen = s.split(";") if ";" in s else s.split(",")
    if len(delen) != 3 or len(s) > 3 * it.MAX_LENGTE:
        raise Afgewezen(f"{citeer(tekst)} zijn geen drie grenswaarden X,Y,Z (bijv. 60,70,80 of 60,5;70;80)")
    return tuple(it.lees_getal(d, it.PERCENTAGE) for d in delen)


def _geen_overlap(spreekuren: list) -> None:
    for i, a in enumerate(spreekuren):
        for b in spreekuren[:i]:
            if a.dag == b.dag and a.begin < b.einde and b.begin < a.einde:
                raise OptieFout("--spreekuur", f"'{b}' en '{a}' overlappen: tel elk uur één keer; twee huisartsen "
                                f"tegelijk schrijf je als x2 (bijv. '{a.dag.value} {a.begin:%H:%M}-{a.einde:%H:%M} x2')",
                                str(zk(zk_service.PLAATS_C)))


def registreer(app: typer.Typer) -> None:
    @app.command("zk-startdatum", help=f"Startdatum van een ZK-vergoeding na een aanvraag ({KOP}, par. 4).")
    @opdracht
    def zk_startdatum_cmd(
        module: Optional[str] = keuze_optie("--module", [m.value for m in zk_startdatum.ZkModule], "module met startdata",
                                            _r("par. 4 van de modules")),
        aanvraag=datum_optie("--aanvraag", _r("par. 4 van de modules"), help="Datum van de aanvraag"),
        als_json: bool = JSON_OPTIE,
    ):
        regel = _r("par. 4 van de modules")
        r = zk_startdatum.startdatum(zk_startdatum.ZkModule(nodig(module, "--module", regel, "poh-s")),
                                     nodig(aanvraag, "--aanvraag", regel, "2022-09-03"))
        toon(als_json, {
            **_basis(), "module": r.module.value, "aanvraag": r.aanvraag.isoformat(), "startdatum": r.startdatum.isoformat(),
            "uiterlijke_aanvraag": r.uiterlijke_aanvraag.isoformat(), "toelichting": r.uitleg.als_json(),
        }, [
            f"Startdatum module {r.module.value}, {KOP}",
            f"  Aanvraag:    {nl.datum(r.aanvraag)}",
            f"  Startdatum:  {nl.datum(r.startdatum)} (aanvraag daarvoor uiterlijk {nl.datum(r.uiterlijke_aanvraag)})",
            "", "Toelichting:", *r.uitleg.als_tekst(),
        ])

    @app.command("zk-poh-ggz", help=f"Uren POH-GGZ per week ({KOP}: 12 uur per 2350 patiënten).")
    @opdracht
    def zk_poh_ggz_cmd(
        ingeschreven: Optional[int] = getal_optie("--ingeschreven", INGESCHREVEN, _r(zk_poh_ggz.PLAATS), help="Aantal ingeschreven patiënten."),
        uren: Optional[Decimal] = getal_optie("--uren", it.UREN_PER_WEEK, _r(zk_poh_ggz.PLAATS), help="Gevraagde uren POH-GGZ per week (optioneel)."),
        jaar: int = jaar_optie("--jaar", REEKS, standaard="2022"),
        als_json: bool = JSON_OPTIE,
    ):
        praktijk = valideer(
            zk_poh_ggz.ZkPohGgzPraktijk, {"gevraagde_uren_per_week": "--uren", "ingeschreven": "--ingeschreven", "jaar": "--jaar"},
            ingeschreven=nodig(ingeschreven, "--ingeschreven", _r(zk_poh_ggz.PLAATS), "2350"),
            gevraagde_uren_per_week=uren, jaar=jaar,
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

    @app.command("fgv", help=f"FGV1 en score formulariumgericht voorschrijven ({KOP}).")
    @opdracht
    def fgv_cmd(
        conform: Optional[int] = getal_optie("--conform", it.AANTAL, _r(zk_fgv.PLAATS), help="Eerste voorschriften conform het formularium."),
        totaal: Optional[int] = getal_optie("--totaal", it.AANTAL, _r(zk_fgv.PLAATS), help="Alle eerste voorschriften van de praktijk."),
        grenzen=tekst_optie("--grenzen", _lees_grenzen, _r(f"{zk_fgv.PLAATS}: drie grenswaarden X, Y, Z"),
                            help="Grenswaarden X,Y,Z in procenten, elk 0 t/m 100 (bijv. 60,70,80 of 60,5;70;80).", metavar="X,Y,Z"),
        als_json: bool = JSON_OPTIE,
    ):
        regel = _r(zk_fgv.PLAATS)
        meting = valideer(
            zk_fgv.FgvMeting, {"conform": "--conform", "totaal": "--totaal", "grenzen": "--grenzen"},
            conform=nodig(conform, "--conform", regel, "601"), totaal=nodig(totaal, "--totaal", regel, "1000"),
            grenzen=nodig(grenzen, "--grenzen", _r(f"{zk_fgv.PLAATS}: drie grenswaarden X, Y, Z"), "60,70,80"),
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

    @app.command("oaw-uren", help=f"Minimum uren OAW-spreekuur per week, module C service en bereikbaarheid ({KOP}).")
    @opdracht
    def oaw_uren_cmd(
        ingeschreven: Optional[int] = getal_optie("--ingeschreven", INGESCHREVEN, _r(zk_service.PLAATS_C), help="Aantal ingeschreven patiënten."),
        jaar: int = jaar_optie("--jaar", REEKS, standaard="2022"),
        als_json: bool = JSON_OPTIE,
    ):
        r = zk_service.oaw_uren(nodig(ingeschreven, "--ingeschreven", _r(zk_service.PLAATS_C), "2350"), jaar)
        toon(als_json, {**_basis(), "uren_per_week": uren_tekst(r.uren_per_week), "toelichting": r.uitleg.als_json()},
             [f"OAW-spreekuur module C, {KOP}", f"  Minimaal per week: {nl.uren(r.uren_per_week, 1)}", "", "Toelichting:", *r.uitleg.als_tekst()])

    @app.command("zk-oaw-toets", help=f"Toetst de OAW-spreekuren van een praktijk aan module C ({KOP}).")
    @opdracht
    def zk_oaw_toets_cmd(
        ingeschreven: Optional[int] = getal_optie("--ingeschreven", INGESCHREVEN, _r(zk_service.PLAATS_C), help="Aantal ingeschreven patiënten."),
        spreekuur: list[str] = tekst_optie("--spreekuur", zk_service.lees_spreekuur, _r(zk_service.PLAATS_C), meervoud=True, metavar="SPREEKUUR",
                                           help="Wekelijks spreekuur als 'di 17:00-19:00', 'di 17.30-18.00' (half zes tot zes) of "
                                                "'za 09:00-11:00 x2' (twee huisartsen); uren en minuten, geen seconden; herhaalbaar, niet overlappend."),
        weken: Optional[int] = getal_optie("--weken", it.WEKEN_PER_JAAR, _r(zk_service.PLAATS_C), help="Aantal weken per jaar met OAW-spreekuren."),
        niet_digitaal_en_fysiek: bool = typer.Option(False, "--niet-digitaal-en-fysiek"),
        geen_vaste_momenten: bool = typer.Option(False, "--geen-vaste-momenten"),
        niet_in_eigen_praktijk: bool = typer.Option(False, "--niet-in-eigen-praktijk"),
        jaar: int = jaar_optie("--jaar", REEKS, standaard="2022"),
        als_json: bool = JSON_OPTIE,
    ):
        regel = _r(zk_service.PLAATS_C)
        if not spreekuur:
            raise OptieFout("--spreekuur", "ontbreekt: geef minstens één spreekuur op (bijv. --spreekuur 'di 17:00-19:00')", regel())
        _geen_overlap(spreekuur)
        m = valideer(
            zk_service.ZkModuleC, {"weken_per_jaar": "--weken", "ingeschreven": "--ingeschreven", "jaar": "--jaar"},
            ingeschreven=nodig(ingeschreven, "--ingeschreven", regel, "2350"),
            spreekuren=spreekuur,
            weken_per_jaar=nodig(weken, "--weken", regel, "45"),
            digitaal_en_fysiek=not niet_digitaal_en_fysiek, vaste_momenten=not geen_vaste_momenten,
            in_eigen_praktijk=not niet_in_eigen_praktijk, jaar=jaar,
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

    @app.command("zk-poh-s-aanvulling", help=f"Aanvulling POH-S voor indirecte en niet-patiëntgebonden tijd ({KOP}).")
    @opdracht
    def zk_poh_s_aanvulling_cmd(
        uren: Optional[Decimal] = getal_optie("--uren", it.UREN_PER_WEEK, _r(zk_poh_s.PLAATS_TARIEF), help="Uren per week die de POH-S voor deze praktijk werkt."),
        uurkosten: Optional[Decimal] = getal_optie("--uurkosten", it.BEDRAG, _r(zk_poh_s.PLAATS_TARIEF), help="Kosten per uur POH-S in euro (het beleid noemt ze niet)."),
        gedeeld_totaal: Optional[Decimal] = getal_optie("--gedeeld-totaal", it.UREN_PER_WEEK, _r(zk_poh_s.PLAATS_TARIEF),
                                                        help="Bij een gedeelde POH-S: de gezamenlijk gecontracteerde uren per week."),
        kwetsbare_ouderen: Decimal = getal_optie("--kwetsbare-ouderen", it.UREN_PER_WEEK, _r(zk_poh_s.PLAATS_TARIEF), "0",
                                                 help="Uren per week al bekostigd via Samenwerking rondom kwetsbare ouderen."),
        toekomstbestendig: Decimal = getal_optie("--toekomstbestendig", it.UREN_PER_WEEK, _r(zk_poh_s.PLAATS_TARIEF), "0",
                                                 help="Uren per week al bekostigd via Toekomstbestendige huisartsenzorg."),
        andere_afspraken: Decimal = getal_optie("--andere-afspraken", it.UREN_PER_WEEK, _r(zk_poh_s.PLAATS_TARIEF), "0",
                                                help="Uren per week al bekostigd via andere afspraken."),
        ketenzorg: Decimal = getal_optie("--ketenzorg", it.UREN_PER_WEEK, _r(zk_poh_s.PLAATS_TARIEF), "0",
                                         help="Uren per week voor patiënten in een ketenzorgprogramma."),
        jaar: int = jaar_optie("--jaar", REEKS, standaard="2022"),
        als_json: bool = JSON_OPTIE,
    ):
        regel = _r(zk_poh_s.PLAATS_TARIEF)
        invoer = valideer(
            zk_poh_s.ZkPohSAanvulling, {k: f"--{v}" for k, v in zk_poh_s.CLI_NAMEN.items()},
            uren_per_week=nodig(uren, "--uren", regel, "20"),
            uurkosten=nodig(uurkosten, "--uurkosten", regel, "50"),
            gedeeld_totaal_uren=gedeeld_totaal,
            uren_kwetsbare_ouderen=kwetsbare_ouderen, uren_toekomstbestendig=toekomstbestendig,
            uren_andere_afspraken=andere_afspraken, uren_ketenzorg=ketenzorg, jaar=jaar,
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
            f"  Kosten per week:                    {nl.bedrag(rond_centen_half_op(r.kosten_per_week))}",
            f"  Aanvulling per week (15%):          {nl.bedrag(rond_centen_half_op(r.aanvulling_per_week))}",
            "", "Toelichting:", *r.uitleg.als_tekst(),
        ])
