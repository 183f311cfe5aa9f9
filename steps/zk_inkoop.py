"""Stappen voor het inkoopbeleid huisartsenzorg 2022-2023 van Zilveren Kruis (features/zk22-inkoop).

Alle stapteksten noemen 'Zilveren Kruis', 'ZK', 'FGV', 'OAW' of 'module C', zodat ze niet botsen met
stappen van andere documenten.
"""

from __future__ import annotations

import typing

from pytest_bdd import given, parsers, then, when

from steps.algemeen import gelijk_op_notatie, uitkomst, voer_uit
from zorgcontract.kern import nl
from zorgcontract.kern.fouten import NietInBron
from zorgcontract.kern.invoer import valideer
from zorgcontract.kern.oordeel import Oordeel
from zorgcontract.regels.zk.inkoop import bijzondere_gebieden as bg
from zorgcontract.regels.zk.inkoop import fgv as zk_fgv
from zorgcontract.regels.zk.inkoop import kwaliteit as zk_kwaliteit
from zorgcontract.regels.zk.inkoop import poh_ggz as zk_poh_ggz
from zorgcontract.regels.zk.inkoop import poh_s as zk_poh_s
from zorgcontract.regels.zk.inkoop import praktijkmanagement as zk_praktijkmanagement
from zorgcontract.regels.zk.inkoop import service as zk_service
from zorgcontract.regels.zk.inkoop import startdatum as zk_startdatum
from zorgcontract.regels.zk.inkoop import stoppen_met_roken as smr
from zorgcontract.regels.zk.inkoop import toekomstbestendig as thz


# --- startdatum ----------------------------------------------------------------------------------------

@given(parsers.parse('een aanvraag bij Zilveren Kruis voor de module "{module}" op {aanvraag}'))
def zk_aanvraag(context, module, aanvraag):
    context["zk_aanvraag"] = (module, nl.lees_datum(aanvraag))


@when("de ZK-startdatum wordt bepaald")
def zk_bepaal_startdatum(context):
    module, aanvraag = context["zk_aanvraag"]
    voer_uit(context, lambda: zk_startdatum.startdatum(zk_startdatum.ZkModule(module), aanvraag))


@then(parsers.parse("is de ZK-startdatum {datum}"))
def zk_startdatum_is(context, datum):
    assert uitkomst(context).startdatum == nl.lees_datum(datum), uitkomst(context).uitleg.als_tekst()


# --- POH-GGZ en OAW ------------------------------------------------------------------------------------

@given(parsers.parse("een ZK-praktijk met {aantal:d} ingeschreven patiënten"))
def zk_praktijk(context, aantal):
    context["zk_ingeschreven"] = aantal
    context["zk_gevraagd"] = None


@given(parsers.parse("de praktijk vraagt Zilveren Kruis {uren} POH-GGZ per week"))
def zk_gevraagde_uren(context, uren):
    context["zk_gevraagd"] = nl.lees_uren(uren)


@when(parsers.parse("de ZK-uren POH-GGZ voor {jaar:d} worden berekend"))
def zk_bereken_ggz(context, jaar):
    voer_uit(context, lambda: zk_poh_ggz.bereken(valideer(
        zk_poh_ggz.ZkPohGgzPraktijk, ingeschreven=context["zk_ingeschreven"],
        gevraagde_uren_per_week=context["zk_gevraagd"], jaar=jaar)))


@then(parsers.parse("zijn de ZK-uren POH-GGZ per week {uren}"))
def zk_ggz_uren(context, uren):
    gelijk_op_notatie(uitkomst(context).uren_per_week, uren, nl.lees_uren)


@then(parsers.parse("is het ZK-patiëntcontact {uren}"))
def zk_ggz_patientcontact(context, uren):
    gelijk_op_notatie(uitkomst(context).patientcontact, uren, nl.lees_uren)


@then(parsers.parse("is de ZK-externe consultatie {uren}"))
def zk_ggz_consultatie(context, uren):
    gelijk_op_notatie(uitkomst(context).consultatie, uren, nl.lees_uren)


@then(parsers.parse("is de ZK-eHealth-tijd {uren}"))
def zk_ggz_ehealth(context, uren):
    gelijk_op_notatie(uitkomst(context).ehealth, uren, nl.lees_uren)


@then(parsers.parse("beoordeelt Zilveren Kruis {uren} extra POH-GGZ individueel"))
def zk_ggz_individueel(context, uren):
    r = uitkomst(context)
    assert r.individuele_beoordeling
    gelijk_op_notatie(r.extra_uren, uren, nl.lees_uren)


@then("is er bij Zilveren Kruis geen individuele beoordeling POH-GGZ nodig")
def zk_ggz_geen_individueel(context):
    r = uitkomst(context)
    assert not r.individuele_beoordeling and r.extra_uren == 0


@when(parsers.parse("de ZK-OAW-uren voor {jaar:d} worden bepaald"))
def zk_bepaal_oaw(context, jaar):
    voer_uit(context, lambda: zk_service.oaw_uren(context["zk_ingeschreven"], jaar))


@then(parsers.parse("vraagt module C minimaal {uren} OAW-spreekuur per week"))
def zk_oaw_vereist(context, uren):
    r = uitkomst(context)
    vereist = getattr(r, "vereiste_uren", None)
    gelijk_op_notatie(r.uren_per_week if vereist is None else vereist, uren, nl.lees_uren)


@given(parsers.re(r"een OAW-spreekuur op (?P<dag>\w\w) van (?P<begin>\d\d:\d\d) tot (?P<einde>\d\d:\d\d) met (?P<n>\d+) huisarts(?:en)?"))
def zk_oaw_spreekuur(context, dag, begin, einde, n):
    context.setdefault("zk_spreekuren", []).append(f"{dag} {begin}-{einde} x{n}")


@given(parsers.parse("OAW-spreekuren in {weken:d} weken per jaar"))
def zk_oaw_weken(context, weken):
    context["zk_weken"] = weken


@when("module C van Zilveren Kruis wordt getoetst")
def zk_toets_module_c(context):
    def doe():
        spreekuren = [zk_service.lees_spreekuur(s) for s in context.get("zk_spreekuren", [])]
        extra = {k: _lees(v, zk_service.ZkModuleC.model_fields[k].annotation) for k, v in context.get("zk_gegevens", {}).items()}
        return zk_service.module_c(valideer(zk_service.ZkModuleC, ingeschreven=context["zk_ingeschreven"], spreekuren=spreekuren,
                                            weken_per_jaar=context.get("zk_weken", 45), **extra))
    voer_uit(context, doe)


@then(parsers.parse("tellen {uren} OAW-spreekuur per week mee"))
def zk_oaw_tellend(context, uren):
    gelijk_op_notatie(uitkomst(context).tellende_uren, uren, nl.lees_uren)


# --- FGV -----------------------------------------------------------------------------------------------

@given(parsers.parse("{conform:d} eerste voorschriften conform het formularium van {totaal:d} eerste voorschriften"))
def zk_fgv_meting(context, conform, totaal):
    context["zk_fgv"] = {"conform": conform, "totaal": totaal}


@given(parsers.parse("FGV-grenswaarden X {x}, Y {y} en Z {z}"))
def zk_fgv_grenzen(context, x, y, z):
    context["zk_fgv"]["grenzen"] = tuple(nl.lees_percentage(g) for g in (x, y, z))


@when("de FGV-score wordt bepaald")
def zk_fgv_bepaal(context):
    voer_uit(context, lambda: zk_fgv.fgv1(valideer(zk_fgv.FgvMeting, **context["zk_fgv"])))


@then(parsers.parse("is FGV1 {percentage}"))
def zk_fgv1_is(context, percentage):
    gelijk_op_notatie(uitkomst(context).fgv1, percentage, nl.lees_percentage)


@then(parsers.parse("is de exacte FGV1-breuk {breuk}"))
def zk_fgv1_exact(context, breuk):
    from fractions import Fraction
    assert uitkomst(context).fgv1 == Fraction(breuk), uitkomst(context).fgv1


@then(parsers.parse('is de FGV-score "{score}"'))
def zk_fgv_score(context, score):
    assert uitkomst(context).score == score, uitkomst(context).uitleg.als_tekst()


@when(parsers.parse("de FGV-meetperiode en declaratieperiode voor meetjaar {jaar:d} worden opgevraagd"))
def zk_fgv_periodes(context, jaar):
    voer_uit(context, lambda: (zk_fgv.meetperiode(jaar), zk_fgv.declaratieperiode(jaar)))


@then(parsers.parse("loopt de FGV-meetperiode van {van} tot en met {tot}"))
def zk_fgv_meetperiode(context, van, tot):
    assert uitkomst(context)[0] == (nl.lees_datum(van), nl.lees_datum(tot))


@then(parsers.parse("kan FGV gedeclareerd worden van {van} tot en met {tot}"))
def zk_fgv_declaratie(context, van, tot):
    assert uitkomst(context)[1] == (nl.lees_datum(van), nl.lees_datum(tot))


@when(parsers.parse('de FGV-indicatoren voor meetjaar {jaar:d} met longformularium "{long}" worden opgevraagd'))
def zk_fgv_indicatoren(context, jaar, long):
    voer_uit(context, lambda: zk_fgv.indicatoren(jaar, _janee(long)))


@then(parsers.parse('meet Zilveren Kruis de FGV-indicatoren "{lijst}"'))
def zk_fgv_indicatoren_zijn(context, lijst):
    assert uitkomst(context) == [x.strip() for x in lijst.split(",")]


@then("geeft het ZK-beleid daarover geen antwoord")
def zk_niet_in_bron(context):
    assert isinstance(context.get("fout"), NietInBron), context.get("fout") or context.get("uitkomst")


# --- generieke voorwaardentoetsen ----------------------------------------------------------------------

def _janee(tekst: str) -> bool:
    t = tekst.strip().lower()
    if t not in ("ja", "nee"):
        raise AssertionError(f"verwacht ja of nee, niet '{tekst}'")
    return t == "ja"


def _lees(tekst: str, annotatie) -> object:
    """Tabelwaarde naar Python: ja/nee, gehele getallen, Nederlandse getallen en datums; lijsten met ';'."""
    t = tekst.strip()
    herkomst = typing.get_origin(annotatie)
    if herkomst in (list, frozenset, set):
        (binnen,) = typing.get_args(annotatie)
        delen = [d for d in (x.strip() for x in t.split(";")) if d and d != "geen"]
        waarden = [_lees(d, binnen) for d in delen]
        return frozenset(waarden) if herkomst is frozenset else waarden
    if t.lower() in ("ja", "nee"):
        return t.lower() == "ja"
    if t == "geen" and type(None) in typing.get_args(annotatie):
        return None
    if t.lstrip("-").isdigit():
        return int(t)
    try:
        return nl.lees_datum(t)
    except ValueError:
        pass
    if any(c.isdigit() for c in t):
        try:
            return nl.lees_getal(t)
        except ValueError:
            pass
    return t


def _model(model):
    def bouw(gegevens: dict) -> object:
        velden = {k: _lees(v, model.model_fields[k].annotation) if k in model.model_fields else v for k, v in gegevens.items()}
        return valideer(model, zk_poh_s.CLI_NAMEN if model is zk_poh_s.ZkPohSAanvulling else None, **velden)
    return bouw


TOETSEN = {
    "POH-S aanvulling": lambda g: zk_poh_s.aanvulling(_model(zk_poh_s.ZkPohSAanvulling)(g)),
    "POH-S voorwaarden": lambda g: zk_poh_s.poh_s_voldoet(_model(zk_poh_s.ZkPohS)(g)),
    "POH-GGZ voorwaarden": lambda g: zk_poh_ggz.poh_ggz_voldoet(_model(zk_poh_ggz.ZkPohGgz)(g)),
    "praktijkmanagement": lambda g: zk_praktijkmanagement.praktijkmanagement(_model(zk_praktijkmanagement.ZkPraktijkmanager)(g)),
    "toekomstbestendig": lambda g: thz.toekomstbestendig(_model(thz.ZkToekomstbestendig)(g)),
    "toekomstbestendig professional B": lambda g: thz.professional_b(thz.Professional(g["professional"])),
    "FGV deelname": lambda g: zk_fgv.deelname(_janee(g["toestemming_in_his"])),
    "service module A": lambda g: zk_service.module_a(_model(zk_service.ZkModuleA)(g)),
    "service module B": lambda g: zk_service.module_b(_model(zk_service.ZkModuleB)(g)),
    "praktijkaccreditatie": lambda g: zk_kwaliteit.accreditatie(_model(zk_kwaliteit.ZkAccreditatie)(g)),
    "spiegelinformatie": lambda g: zk_kwaliteit.spiegelinformatie(_model(zk_kwaliteit.ZkSpiegelinformatie)(g)),
    "stoppen met roken aanbod": lambda g: smr.smr_aanbod(_model(smr.ZkSmrAanbod)(g)),
    "stoppen met roken declaratie": lambda g: smr.smr_declaratie(_model(smr.ZkSmrDeclaratie)(g)),
    "stoppen met roken consult tijdens programma": lambda g: smr.smr_consult_tijdens_programma(),
    "bijzonder gebied A": lambda g: bg.gebied_a(_model(bg.ZkGebiedA)(g)),
    "bijzonder gebied A declaratie": lambda g: bg.gebied_a_declaratie(g["woonplaats"]),
    "bijzonder gebied B": lambda g: bg.gebied_b(_model(bg.ZkGebiedB)(g)),
    "bijzonder gebied C": lambda g: bg.gebied_c(_model(bg.ZkGebiedC)(g)),
    "bijzonder gebied D": lambda g: bg.gebied_d(_model(bg.ZkGebiedD)(g)),
}


@given("de ZK-gegevens:")
def zk_gegevens(context, datatable):
    rijen = [r for r in datatable if r and r[0].strip() != "veld"]
    context["zk_gegevens"] = {r[0].strip(): r[1].strip() for r in rijen}


@when(parsers.parse('de ZK-toets "{toets}" wordt uitgevoerd'))
def zk_toets(context, toets):
    assert toets in TOETSEN, f"onbekende ZK-toets '{toets}'"
    voer_uit(context, lambda: TOETSEN[toets](context.get("zk_gegevens", {})))


def _oordeel(context) -> Oordeel:
    r = uitkomst(context)
    return r.oordeel if hasattr(r, "oordeel") else r


@then("is wel aan de ZK-voorwaarden voldaan")
@then("is aan de ZK-voorwaarden voldaan")
def zk_voldaan(context):
    o = _oordeel(context)
    assert o.toegestaan, [str(r) for r in o.redenen]


@then("is niet aan de ZK-voorwaarden voldaan")
def zk_niet_voldaan(context):
    o = _oordeel(context)
    assert not o.toegestaan, [str(r) for r in o.redenen]


@then(parsers.parse('noemt het ZK-oordeel "{tekst}"'))
def zk_oordeel_noemt(context, tekst):
    o = _oordeel(context)
    assert any(tekst in r.tekst for r in o.redenen), [str(r) for r in o.redenen]


@then(parsers.re(r"geeft het ZK-oordeel (?P<aantal>\d+) reden(?:en)?"), converters={"aantal": int})
def zk_oordeel_aantal(context, aantal):
    assert len(_oordeel(context).redenen) == aantal, [str(r) for r in _oordeel(context).redenen]


@then(parsers.parse('verwijst het ZK-oordeel naar "{plaats}"'))
def zk_oordeel_bron(context, plaats):
    o = _oordeel(context)
    assert all(r.bron.document == "zk22-inkoop" for r in o.redenen)
    assert any(plaats in str(r.bron) for r in o.redenen), [str(r.bron) for r in o.redenen]


@then(parsers.parse("is de ZK-aanvulling POH-S {bedrag} per week"))
def zk_aanvulling_bedrag(context, bedrag):
    gelijk_op_notatie(uitkomst(context).aanvulling_per_week, bedrag, nl.lees_bedrag)


@then(parsers.parse("zijn de nog niet bekostigde POH-S-uren bij Zilveren Kruis {uren}"))
def zk_aanvulling_uren(context, uren):
    gelijk_op_notatie(uitkomst(context).overige_uren_per_week, uren, nl.lees_uren)

