"""Stappen voor de voorwaarden, coulance, afwezigheid en declaratiestart van de ZZ-bijlagen 2026-2028."""

from __future__ import annotations

import re

from pytest_bdd import given, parsers, then, when

from steps.algemeen import uitkomst, voer_uit, wel_of_niet
from zorgcontract.kern import nl
from zorgcontract.kern.invoer import valideer
from zorgcontract.regels.zz import afwezigheid
from zorgcontract.regels.zz import coulance
from zorgcontract.regels.zz import declaratiestart
from zorgcontract.regels.zz import voorwaarden


# --- POH-S: opleiding, overeenkomst, werkplek (art. 3-4) ---------------------------------------------
@given(parsers.parse('een POH-S met opleiding "{opleiding}" en een "{overeenkomst}"'))
def poh_s(context, opleiding, overeenkomst):
    context["poh_s"] = {"opleiding": opleiding, "overeenkomst": overeenkomst}


@given(parsers.re(r"de post-hbo-opleiding POH-S is (?P<wel>wel|niet) afgerond"))
def post_hbo(context, wel):
    context["poh_s"]["post_hbo_poh_s_afgerond"] = wel_of_niet(wel)


@given("de POH-S heeft geen eigen werkplek in de praktijk")
def geen_werkplek_s(context):
    context["poh_s"]["eigen_werkplek"] = False


@when("wordt beoordeeld of de POH-S aan artikel 3 en 4 voldoet")
def beoordeel_poh_s(context):
    voer_uit(context, lambda: voorwaarden.poh_s_voldoet(valideer(voorwaarden.PohS, **context["poh_s"])))


@given(parsers.re(r"een taak die (?P<wel>wel|niet) tot het werk van de doktersassistente hoort"))
def taak(context, wel):
    context["taak_da"] = wel_of_niet(wel)


@when("wordt beoordeeld of de taak als POH-S-taak telt")
def beoordeel_taak(context):
    voer_uit(context, voorwaarden.taak_telt_als_poh_s, context["taak_da"])


# --- Coulance (art. 4 lid 5 en FAQ 2026-2028) ---------------------------------------------------------
@given(parsers.parse("een POH-S in opleiding sinds {start} met een opleidingsduur van {duur:d} maanden"))
def poh_s_in_opleiding(context, start, duur):
    context["coulance"] = {"functie": "poh-s", "start_opleiding": nl.lees_datum(start), "opleidingsduur_maanden": duur}


@given(parsers.parse("een POH-GGZ in opleiding sinds {start}"))
def poh_ggz_in_opleiding(context, start):
    context["coulance"] = {"functie": "poh-ggz", "start_opleiding": nl.lees_datum(start)}


@given("dezelfde POH-GGZ doet ook het verkennend gesprek")
def verkennend(context):
    context["coulance"]["verkennend_gesprek"] = True


@when("de coulance wordt bepaald")
def bepaal_coulance(context):
    voer_uit(context, lambda: coulance.coulance(valideer(coulance.CoulanceVraag, **context["coulance"])))


@then(parsers.parse("gaat de vergoeding in op {datum}"))
def vergoeding_vanaf(context, datum):
    assert uitkomst(context).vergoeding_vanaf == nl.lees_datum(datum)


@then("is er geen coulancevergoeding")
def geen_coulance(context):
    assert uitkomst(context).vergoeding_vanaf is None, uitkomst(context)


# --- Afwezigheid (POH-S art. 4 lid 9; POH-GGZ art. 4 lid 4 en art. 6 lid 3d) --------------------------
@given(parsers.re(r"een opslag (?P<soort>POH-S|POH-GGZ) van (?P<bedrag>€ [\d.,]+) bij (?P<uren>[\d,]+) contracturen per week"))
def opslag_afwezig(context, soort, bedrag, uren):
    context["afwezig"] = {"soort": soort.lower(), "opslag": nl.lees_bedrag(bedrag), "contracturen": nl.lees_getal(uren)}


@given(parsers.parse("in de periode zijn {uren} uren per week gewerkt, vervanging meegerekend"))
def gewerkt(context, uren):
    context["afwezig"]["gewerkte_uren"] = nl.lees_getal(uren)


@given(parsers.parse("daarvan zijn {uren} uren gewerkt door een vervanger zonder POH-GGZ-diploma"))
def zonder_diploma(context, uren):
    context["afwezig"]["vervangingsuren_zonder_diploma"] = nl.lees_getal(uren)


@when("de uitbetaling bij afwezigheid wordt berekend")
def bereken_afwezig(context):
    voer_uit(context, lambda: afwezigheid.uitbetaling(valideer(afwezigheid.Afwezigheid, **context["afwezig"])))


@then(parsers.parse("wordt {bedrag} uitbetaald"))
def uitbetaald(context, bedrag):
    assert uitkomst(context).uitbetaling == nl.lees_bedrag(bedrag)


@given(parsers.parse("de POH is afwezig sinds {datum}"))
def afwezig_sinds(context, datum):
    context["melding"] = {"begin": nl.lees_datum(datum), "oplossing": None}


@given(parsers.re(r"er is (?P<oplossing>nog geen oplossing|een oplossing op .+)"))
def oplossing(context, oplossing):
    m = re.fullmatch(r"een oplossing op (.+)", oplossing)
    context["melding"]["oplossing"] = nl.lees_datum(m.group(1)) if m else None


@when(parsers.parse("op {peildatum} wordt bekeken of de afwezigheid gemeld moet worden"))
def bekijk_melding(context, peildatum):
    m = context["melding"]
    voer_uit(context, afwezigheid.melding_vereist, m["begin"], nl.lees_datum(peildatum), m["oplossing"])


@then(parsers.re(r"is melden (?P<nodig>nodig|niet nodig)"))
def melden(context, nodig):
    assert uitkomst(context) is (nodig == "nodig")


# --- Declaratiestart (POH-S art. 6 lid 2; POH-GGZ art. 6 lid 3c) --------------------------------------
@given(parsers.parse("een samenwerkingsovereenkomst die start op {datum}"))
def overeenkomst(context, datum):
    context["start_overeenkomst"] = nl.lees_datum(datum)


@when("de start van de declaratie wordt bepaald")
def bepaal_start(context):
    voer_uit(context, declaratiestart.declaratiestart, context["start_overeenkomst"])


@then(parsers.parse("mag gedeclareerd worden vanaf {datum}"))
def gedeclareerd_vanaf(context, datum):
    assert uitkomst(context).declaratie_vanaf == nl.lees_datum(datum)
