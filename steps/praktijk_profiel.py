"""Stappen voor het praktijkoverzicht (zorgcontract praktijk): een profiel opbouwen en per module toetsen."""

from __future__ import annotations

from pytest_bdd import given, parsers, then, when

from steps.algemeen import uitkomst, voer_uit
from zorgcontract.kern import nl
from zorgcontract.praktijk import overzicht, profiel

MODULES = {"POH-S": "poh-s", "POH-GGZ": "poh-ggz"}


@given(parsers.parse("een praktijkprofiel met {aantal:d} ingeschreven verzekerden van Zorg en Zekerheid"))
def praktijkprofiel(context, aantal):
    context["profiel"] = {"lijst": {"ingeschreven": aantal, "per_verzekeraar": {"zz": aantal}}}


@given(parsers.parse("in het profiel {dm2:d} verzekerden met DM2, {cvrm:d} met CVRM, {copd:d} met COPD en {astma:d} met Astma in het zorgprogramma"))
def chronisch(context, dm2, cvrm, copd, astma):
    context["profiel"]["chronisch"] = {"dm2": dm2, "cvrm": cvrm, "copd": copd, "astma": astma}


@given(parsers.parse("in het profiel een POH-S met {uren} contracturen per week"))
def poh_s(context, uren):
    context["profiel"]["poh_s"] = {"contracturen": str(nl.lees_getal(uren))}


@given(parsers.parse("in het profiel een POH-GGZ met {uren} uur per week en {afgesproken} afgesproken uren per week"))
def poh_ggz(context, uren, afgesproken):
    context["profiel"]["poh_ggz"] = {"uren": str(nl.lees_getal(uren)), "afgesproken_uren": str(nl.lees_getal(afgesproken))}


@given(parsers.parse("de samenwerkingsovereenkomst {module} start op {datum}"))
def start(context, module, datum):
    context["profiel"][MODULES[module].replace("-", "_")]["start_overeenkomst"] = nl.lees_datum(datum)


@given(parsers.parse("de POH-S volgt een reguliere opleiding van {maanden:d} maanden sinds {datum}"))
def opleiding(context, maanden, datum):
    context["profiel"].setdefault("opleiding", []).append({"functie": "poh-s", "start": nl.lees_datum(datum), "duur_maanden": maanden})


@when(parsers.parse("het praktijkoverzicht voor {jaar:d} wordt berekend"))
def bereken(context, jaar):
    voer_uit(context, lambda: overzicht.overzicht(profiel.uit_gegevens(context["profiel"]), jaar))


def _module(context, naam):
    o = uitkomst(context)
    for v in o.verzekeraars:
        for m in v.modules:
            if m.module == MODULES[naam]:
                return m
    raise AssertionError(f"geen module {naam} in het overzicht")


@then(parsers.parse("is voor de module {module} het bedrag per verzekerde per kwartaal {bedrag}"))
def per_verzekerde(context, module, bedrag):
    assert _module(context, module).per_verzekerde_per_kwartaal == nl.lees_bedrag(bedrag)


@then(parsers.parse("is voor de module {module} het totaal per kwartaal {bedrag}"))
def per_kwartaal(context, module, bedrag):
    assert _module(context, module).totaal_per_kwartaal == nl.lees_bedrag(bedrag)


@then(parsers.parse("is voor de module {module} het totaal per jaar {bedrag}"))
def per_jaar(context, module, bedrag):
    assert _module(context, module).totaal_per_jaar == nl.lees_bedrag(bedrag)


@then(parsers.parse("is voor de module {module} de eerste declaratiedatum {datum}"))
def eerste(context, module, datum):
    assert _module(context, module).eerste_declaratie == nl.lees_datum(datum)
