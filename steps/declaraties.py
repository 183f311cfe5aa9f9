"""Stappen voor de declaratiecontrole: een tabel met voorgenomen declaraties gaat als CSV door
``regels.declaraties`` (dezelfde weg als ``zorgcontract declaraties``)."""

from __future__ import annotations

import csv
import io

from pytest_bdd import given, parsers, then, when

from steps.algemeen import uitkomst, voer_uit
from zorgcontract.regels.zz import declaraties


@given("de voorgenomen declaraties voor één verzekerde:")
def voorgenomen(context, datatable):
    uit = io.StringIO()
    csv.writer(uit, lineterminator="\n").writerows(datatable)
    context["declaraties_csv"] = uit.getvalue()


@when("de declaratiecontrole de declaraties beoordeelt")
def beoordeel(context):
    voer_uit(context, lambda: {b.regel: b for b in declaraties.controleer(context["declaraties_csv"])})


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
