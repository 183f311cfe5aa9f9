"""Stappen voor de declaratiecontrole: een tabel met voorgenomen declaraties gaat als CSV door de referentieroute
(``regels.zz.declaraties.referentie``, de route die de scenario's documenteren) én door de snelle route
(``snel``, die ``zorgcontract declaraties`` gebruikt); de stap eist dat beide op elke regel hetzelfde zeggen."""

from __future__ import annotations

import csv
import io

from pytest_bdd import given, parsers, then, when

from steps.algemeen import uitkomst, voer_uit
from zorgcontract.regels.zz.declaraties import referentie, snel


@given("de voorgenomen declaraties voor één verzekerde:")
@given("de voorgenomen declaraties:")
def voorgenomen(context, datatable):
    uit = io.StringIO()
    csv.writer(uit, lineterminator="\n").writerows(datatable)
    context["declaraties_csv"] = uit.getvalue()


def _beide_routes(tekst: str) -> dict:
    ref = referentie.controleer(tekst)
    snelle = [r for stuk in snel.lees_tekst(tekst).rijen() for r in stuk.iter_rows(named=True)]
    assert [(b.regel, b.toegestaan, [(r.code, r.tekst, r.bron) for r in b.redenen], b.fout, b.eenheden) for b in ref] == \
        [(r["regel"], r["toegestaan"], [(x["code"], x["tekst"], x["bron"]) for x in r["redenen"]], r["fout"], r["eenheden"])
         for r in snelle], "de snelle route wijkt af van de referentieroute"
    return {b.regel: b for b in ref}


@when("de declaratiecontrole de declaraties beoordeelt")
def beoordeel(context):
    voer_uit(context, _beide_routes, context["declaraties_csv"])


def _regel(context, regel):
    alle = uitkomst(context)
    assert regel in alle, f"geen declaratieregel {regel} (wel: {', '.join(alle)})"
    return alle[regel]


@then(parsers.re(r"is declaratieregel (?P<regel>\S+) toegestaan"))
def toegestaan(context, regel):
    b = _regel(context, regel)
    assert b.fout is None and b.toegestaan is True, (b.fout, [r.tekst for r in b.redenen])


@then(parsers.re(r"is declaratieregel (?P<regel>\S+) niet toegestaan"))
def niet_toegestaan(context, regel):
    b = _regel(context, regel)
    assert b.fout is None and b.toegestaan is False, (b.fout, [r.tekst for r in b.redenen])


@then(parsers.parse('noemt het oordeel over declaratieregel {regel} "{tekst}"'))
def reden(context, regel, tekst):
    b = _regel(context, regel)
    teksten = [r.tekst for r in b.redenen]
    assert any(tekst in t for t in teksten), teksten


@then(parsers.parse('citeert het oordeel over declaratieregel {regel} "{bron}"'))
def citeert(context, regel, bron):
    b = _regel(context, regel)
    bronnen = [str(r.bron) for r in b.redenen]
    assert any(bron in x for x in bronnen), bronnen


@then(parsers.parse('geeft declaratieregel {regel} de fout "{tekst}"'))
def fout(context, regel, tekst):
    b = _regel(context, regel)
    assert b.toegestaan is None and b.fout and tekst in b.fout, b.fout


@then(parsers.parse('heeft declaratieregel {regel} de redencode "{code}"'))
def redencode(context, regel, code):
    b = _regel(context, regel)
    assert code in [r.code for r in b.redenen], [r.code for r in b.redenen]


@then(parsers.parse("telt declaratieregel {regel} {n:d} eenheden van 15 minuten"))
def eenheden(context, regel, n):
    b = _regel(context, regel)
    assert b.fout is None and b.eenheden == n, (b.fout, b.eenheden)
