"""Stappen voor ZZ POH-GGZ 2026-2028, artikel 3-6."""

from __future__ import annotations

from pytest_bdd import given, parsers, then, when

from steps.algemeen import gelijk_op_notatie, uitkomst, voer_uit, wel_of_niet
from zorgcontract.kern import nl
from zorgcontract.kern.invoer import valideer
from zorgcontract.regels.zz.pohggz import artikel_6_groepsconsult as groepsconsult
from zorgcontract.regels.zz import voorwaarden
from zorgcontract.regels.zz.pohggz import artikel_6 as zz_poh_ggz
from zorgcontract.regels.zz.pohggz import artikel_5 as zz_poh_ggz_emh


@given(parsers.parse("een praktijk met {aantal:d} ingeschreven verzekerden en een POH-GGZ van {uren} uur per week"))
def praktijk_ggz(context, aantal, uren):
    context["ggz"] = {"ingeschreven_verzekerden": aantal, "uren_per_week": nl.lees_getal(uren)}


@given(parsers.parse("met Zorg en Zekerheid is een maximum van {uren} uur per week afgesproken"))
def afgesproken(context, uren):
    if uren != "geen":
        context["ggz"]["afgesproken_uren_per_week"] = nl.lees_getal(uren)


@when(parsers.parse("de opslag POH-GGZ voor {jaar:d} wordt berekend"))
def bereken_ggz(context, jaar):
    voer_uit(context, lambda: zz_poh_ggz.bereken(valideer(zz_poh_ggz.PohGgzPraktijk, **context["ggz"], jaar=jaar)))


@then(parsers.parse("zijn de normuren POH-GGZ {uren}"))
def normuren(context, uren):
    gelijk_op_notatie(uitkomst(context).normuren_per_week, uren, nl.lees_uren)


@then(parsers.parse("tellen {uren} uur per week mee"))
def meegeteld(context, uren):
    gelijk_op_notatie(uitkomst(context).ingezette_uren_per_week, f"{uren} uur", nl.lees_uren)


@then(parsers.parse("is de opslag POH-GGZ per verzekerde per kwartaal {bedrag}"))
def opslag(context, bedrag):
    assert uitkomst(context).kwartaalopslag_per_verzekerde == nl.lees_bedrag(bedrag)


@then("is de opslag per jaar een veelvoud van 4 cent")
def veelvoud_van_4(context):
    centen = uitkomst(context).kwartaalopslag_per_verzekerde * 4 * 100
    assert centen == centen.to_integral_value() and int(centen) % 4 == 0


@then(parsers.parse("wordt op {code} {bedrag} gedeclareerd"))
def op_code(context, code, bedrag):
    regels = {r.prestatiecode: r.bedrag for r in uitkomst(context).declaratie}
    if bedrag == "niets":
        assert code not in regels, f"{code} zou niet gedeclareerd worden, maar: {regels}"
    else:
        assert regels.get(code) == nl.lees_bedrag(bedrag), f"{code}: verwacht {bedrag}, berekend {regels}"


# --- voorwaarden -------------------------------------------------------------------------------------
@given(parsers.parse('een POH-GGZ met opleiding "{opleiding}" en een "{overeenkomst}"'))
def poh_ggz(context, opleiding, overeenkomst):
    context["poh_ggz"] = {"opleiding": opleiding, "overeenkomst": overeenkomst}


@given(parsers.re(r"de taakomschrijving is (?P<taak>wel|niet) vastgelegd en er is (?P<werkplek>wel|geen) eigen werkplek"))
def taak_werkplek(context, taak, werkplek):
    context["poh_ggz"].update(taakomschrijving_vastgelegd=wel_of_niet(taak), eigen_werkplek=wel_of_niet(werkplek))


@when("wordt beoordeeld of de POH-GGZ aan artikel 3 en 4 voldoet")
def beoordeel_poh_ggz(context):
    voer_uit(context, lambda: voorwaarden.poh_ggz_voldoet(valideer(voorwaarden.PohGgz, **context["poh_ggz"])))


@given(parsers.re(r"de zorgovereenkomst noemt (?P<wel>wel|geen) een tarief voor de module POH-GGZ"))
def moduletarief(context, wel):
    context["moduletarief"] = wel_of_niet(wel)


@when("de POH-GGZ een consult wil declareren")
def consult_ggz(context):
    voer_uit(context, voorwaarden.consulten_poh_ggz_declarabel, context["moduletarief"])


# --- groepsconsult -----------------------------------------------------------------------------------
@given(parsers.re(r"een groepsconsult POH-GGZ (?P<met>met|zonder) voorafgaande toestemming met (?P<n>\d+) deelnemers van (?P<duur>\d+) minuten"))
def groep(context, met, n, duur):
    context["groep"] = {"toestemming": met == "met", "deelnemers": int(n), "duur_minuten": int(duur)}


@when("het groepsconsult wordt beoordeeld")
def beoordeel_groep(context):
    voer_uit(context, lambda: groepsconsult.beoordeel(valideer(groepsconsult.Groepsconsult, **context["groep"])))


@then(parsers.parse("wordt 12116 {aantal:d} keer gedeclareerd"))
def aantal_12116(context, aantal):
    u = uitkomst(context)
    assert u.prestatiecode == "12116"
    assert u.aantal_declaraties == aantal


# --- e-mental health ---------------------------------------------------------------------------------
@given("er is geen regionale afspraak over e-mental health")
def geen_regio(context):
    context["emh_regio"] = None


@given(parsers.parse('in de regio is "{naam}" als e-mental health afgesproken'))
def regio(context, naam):
    context["emh_regio"] = naam


@when(parsers.re(r'de praktijk de (?P<soort>interventie|beslisondersteuner) "(?P<naam>[^"]+)" kiest'))
def kies(context, soort, naam):
    voer_uit(context, zz_poh_ggz_emh.keuze_toegestaan, zz_poh_ggz_emh.Soort(soort), naam, context.get("emh_regio"))
