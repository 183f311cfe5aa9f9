"""Stappen voor de ZZ FAQ 2023-2025 en 2026-2028: uitspraken per periode, coulance per periode,
indexering, normuren POH-Ouderen, service en bereikbaarheid, POH-uren. Alle zinnen noemen 'FAQ' of
een eigen onderwerp, zodat ze niet botsen met andere stapmodules."""

from __future__ import annotations

from pytest_bdd import given, parsers, then, when

from steps.algemeen import gelijk_op_notatie, uitkomst, voer_uit
from zorgcontract.kern import nl
from zorgcontract.kern.invoer import valideer
from zorgcontract.regels.zz import coulance
from zorgcontract.regels.zz.faq import coulance as faq_coulance
from zorgcontract.regels.zz.faq import declareren as faq_declaratie
from zorgcontract.regels.zz.faq import tarieven as faq_tarieven
from zorgcontract.regels.zz.faq import uitspraken


# --- uitspraken per periode --------------------------------------------------------------------------------

@when(parsers.parse('de FAQ-uitspraak over "{onderwerp}" op {datum} wordt opgezocht'))
def zoek_uitspraak(context, onderwerp, datum):
    voer_uit(context, uitspraken.geldende, onderwerp, nl.lees_datum(datum))


@then(parsers.parse('komt de FAQ-uitspraak uit het document "{document}"'))
def uitspraak_document(context, document):
    assert uitkomst(context).document == document


@then(parsers.parse("geldt de FAQ-uitspraak van {van} tot en met {tot}"))
def uitspraak_periode(context, van, tot):
    u = uitkomst(context)
    assert (u.geldig_van, u.geldig_tot) == (nl.lees_datum(van), nl.lees_datum(tot))


@then(parsers.parse('zegt de FAQ-uitspraak "{tekst}"'))
def uitspraak_tekst(context, tekst):
    assert tekst in uitkomst(context).antwoord, uitkomst(context).antwoord


@then(parsers.parse('hoort de FAQ-uitspraak bij registeritem "{rid}"'))
def uitspraak_register(context, rid):
    assert uitkomst(context).register_id == rid


@then(parsers.parse('is het gegeven "{sleutel}" van de FAQ-uitspraak "{waarde}"'))
def uitspraak_gegeven(context, sleutel, waarde):
    assert str(uitkomst(context).gegevens[sleutel]) == waarde


# --- coulance per periode ----------------------------------------------------------------------------------

@given(parsers.parse("voor de FAQ-coulance een {functie} in opleiding vanaf {datum}"))
def faq_coulance_start(context, functie, datum):
    context["faq_coulance"] = {"functie": functie.lower(), "start_opleiding": nl.lees_datum(datum)}


@given(parsers.parse("de FAQ-coulance-opleiding duurt {maanden:d} maanden"))
def faq_coulance_duur(context, maanden):
    context["faq_coulance"]["opleidingsduur_maanden"] = maanden


@given("de FAQ-coulance-opleiding is een incompany-opleiding van de regio-organisatie")
def faq_coulance_incompany(context):
    context["faq_coulance"]["incompany_opleiding"] = True


@given("voor de FAQ-coulance doet dezelfde POH-GGZ het verkennend gesprek")
def faq_coulance_verkennend(context):
    context["faq_coulance"]["verkennend_gesprek"] = True


@when("de FAQ-coulance voor de periode van de opleidingsstart wordt bepaald")
def faq_coulance_bepaal(context):
    voer_uit(context, lambda: faq_coulance.coulance_op(valideer(coulance.CoulanceVraag, **context["faq_coulance"])))


@then("is er volgens de FAQ een coulanceregeling")
def faq_coulance_ja(context):
    assert uitkomst(context).van_toepassing is True, uitkomst(context).reden


@then("is er volgens de FAQ geen coulanceregeling")
def faq_coulance_nee(context):
    assert uitkomst(context).van_toepassing is False, uitkomst(context).reden


@then(parsers.parse("gaat de FAQ-coulancevergoeding in op {datum}"))
def faq_coulance_datum(context, datum):
    assert uitkomst(context).vergoeding_vanaf == nl.lees_datum(datum)


@then("noemt de FAQ-coulance geen ingangsdatum")
def faq_coulance_geen_datum(context):
    assert uitkomst(context).vergoeding_vanaf is None


@then(parsers.parse('komt de FAQ-coulance uit het document "{document}"'))
def faq_coulance_document(context, document):
    assert uitkomst(context).uitspraak.document == document


@then(parsers.parse('noemt de FAQ-coulance als reden "{tekst}"'))
def faq_coulance_reden(context, tekst):
    assert tekst in uitkomst(context).reden, uitkomst(context).reden


# --- indexering --------------------------------------------------------------------------------------------

@when(parsers.parse("een {soort} tarief van {bedrag} volgens de FAQ naar {jaar:d} wordt geïndexeerd"))
def indexeer(context, soort, bedrag, jaar):
    soorten = {"vrij": faq_tarieven.TariefSoort.VRIJ, "M&I": faq_tarieven.TariefSoort.MI, "gereguleerd": faq_tarieven.TariefSoort.GEREGULEERD}
    voer_uit(context, faq_tarieven.indexeer, nl.lees_bedrag(bedrag), jaar, soorten[soort])


@then(parsers.parse("is het FAQ-geïndexeerde tarief {bedrag}"))
def geindexeerd(context, bedrag):
    assert uitkomst(context).nieuw == nl.lees_bedrag(bedrag), uitkomst(context).nieuw


# --- POH-Ouderen -------------------------------------------------------------------------------------------

@given(parsers.parse("een POH-Ouderen-praktijk met {plus75:d} 75-plussers op {ingeschreven:d} ingeschreven verzekerden"))
def ouderen_praktijk(context, plus75, ingeschreven):
    context["ouderen"] = (plus75, ingeschreven)


@when(parsers.parse("de normuren POH-Ouderen voor {jaar:d} worden bepaald"))
def ouderen_normuren(context, jaar):
    plus75, ingeschreven = context["ouderen"]
    voer_uit(context, lambda: faq_tarieven.normuren_poh_ouderen(faq_tarieven.aandeel_75plus(plus75, ingeschreven), jaar))


@then(parsers.parse("zijn de normuren POH-Ouderen {getal}"))
def ouderen_uitkomst(context, getal):
    gelijk_op_notatie(uitkomst(context).normuren, getal, nl.lees_getal)


@then(parsers.parse('valt de praktijk in de POH-Ouderen-staffel "{staffel}"'))
def ouderen_staffel(context, staffel):
    assert uitkomst(context).staffel == staffel


# --- service en bereikbaarheid -----------------------------------------------------------------------------

@given(parsers.parse('een praktijk die voor service en bereikbaarheid "{diensten}" biedt'))
def sb_diensten(context, diensten):
    context["sb"] = {faq_tarieven.Dienst(d.strip()) for d in diensten.split(",") if d.strip() and d.strip() != "niets"}


@when(parsers.parse("service en bereikbaarheid op {datum} wordt beoordeeld"))
def sb_beoordeel(context, datum):
    voer_uit(context, faq_tarieven.service_bereikbaarheid, context["sb"], nl.lees_datum(datum))


@then(parsers.parse('gelden de componenten service en bereikbaarheid "{lijst}"'))
def sb_componenten(context, lijst):
    verwacht = [] if lijst == "geen" else [x.strip() for x in lijst.split(",")]
    assert uitkomst(context).componenten == verwacht, uitkomst(context).componenten


@then("is er een vrije opslag service en bereikbaarheid")
def sb_opslag_ja(context):
    assert uitkomst(context).vrije_opslag is True


@then("is er geen vrije opslag service en bereikbaarheid")
def sb_opslag_nee(context):
    assert uitkomst(context).vrije_opslag is False
    assert "vrije_opslag" not in uitkomst(context).bedragen


@then(parsers.parse('is de vergoeding service en bereikbaarheid voor "{naam}" {bedrag} per verzekerde per jaar'))
def sb_bedrag(context, naam, bedrag):
    assert uitkomst(context).bedragen[naam] == nl.lees_bedrag(bedrag)


@then(parsers.parse('staat de vergoeding service en bereikbaarheid voor "{naam}" niet in de bronnen'))
def sb_bedrag_onbekend(context, naam):
    b = uitkomst(context).bedragen
    assert naam in b and b[naam] is None, b


@then(parsers.parse('komt de opbouw service en bereikbaarheid uit het document "{document}"'))
def sb_document(context, document):
    assert uitkomst(context).uitspraak.document == document


# --- POH-uren ----------------------------------------------------------------------------------------------

@when(parsers.parse('volgens de FAQ wordt bepaald of uren van een "{functie}" als POH-uren tellen'))
def poh_uren(context, functie):
    voer_uit(context, faq_declaratie.telt_als_poh_uren, functie)


@then("tellen die uren volgens de FAQ als POH-uren")
def poh_uren_ja(context):
    assert uitkomst(context).toegestaan is True


@then("tellen die uren volgens de FAQ niet als POH-uren")
def poh_uren_nee(context):
    assert uitkomst(context).toegestaan is False

