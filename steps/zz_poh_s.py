"""Stappen voor ZZ POH-S 2026-2028, artikel 5 (vergoeding) en lid 10."""

from __future__ import annotations

from pytest_bdd import given, parsers, then, when

from steps.algemeen import gelijk_op_notatie, uitkomst, voer_uit, wel_of_niet
from zorgcontract.kern import nl
from zorgcontract.kern.invoer import valideer
from zorgcontract.regels.zz.pohs import artikel_5 as zz_poh_s


@given(parsers.parse("een praktijk met {aantal:d} ingeschreven verzekerden"))
def praktijk(context, aantal):
    context["praktijk"] = {"ingeschreven_verzekerden": aantal, "keten_dbc": set()}


@given(parsers.parse("{aantal:d} verzekerden met {groep} in het zorgprogramma van de POH-S"))
def chronisch(context, aantal, groep):
    context["praktijk"][zz_poh_s.ChronischeGroep(groep).veld] = aantal


@given(parsers.parse("een POH-S met {uren} contracturen per week"))
def contracturen(context, uren):
    context["praktijk"]["contracturen_per_week"] = nl.lees_getal(uren)


@given(parsers.parse("de groep {groep} valt onder een keten-dbc"))
def keten(context, groep):
    context["praktijk"]["keten_dbc"].add(zz_poh_s.ChronischeGroep(groep))


@when(parsers.parse("de vergoeding POH-S voor {jaar:d} wordt berekend"))
def bereken(context, jaar):
    invoer = dict(context["praktijk"], keten_dbc=frozenset(context["praktijk"]["keten_dbc"]), jaar=jaar)
    voer_uit(context, lambda: zz_poh_s.bereken(valideer(zz_poh_s.PohSPraktijk, **invoer)))


@then(parsers.parse("is het maximum per jaar {uren}"))
def max_jaar(context, uren):
    gelijk_op_notatie(uitkomst(context).max_uren_per_jaar, uren, nl.lees_uren)


@then(parsers.parse("is het maximum per week {uren}"))
def max_week(context, uren):
    gelijk_op_notatie(uitkomst(context).max_uren_per_week, uren, nl.lees_uren)


@then(parsers.parse("zijn de vergoede uren per week {uren}"))
def vergoed(context, uren):
    gelijk_op_notatie(uitkomst(context).vergoede_uren_per_week, uren, nl.lees_uren)


@then(parsers.parse("is het jaarbedrag {bedrag}"))
def jaarbedrag(context, bedrag):
    gelijk_op_notatie(uitkomst(context).jaarbedrag, bedrag, nl.lees_bedrag)


@then(parsers.parse("is het kwartaaltarief per verzekerde {bedrag}"))
def kwartaaltarief(context, bedrag):
    # precies: dit is de ene afgeronde uitkomst van lid 9
    assert uitkomst(context).kwartaaltarief_per_verzekerde == nl.lees_bedrag(bedrag)


@then(parsers.parse("is de prestatiecode {code}"))
def prestatiecode(context, code):
    assert uitkomst(context).prestatiecode == code


@when("de POH-S binnen de gecontracteerde module een consult wil declareren")
def consult_in_module(context):
    from zorgcontract.regels.zz.voorwaarden import poh_s_consult_of_mi_in_module

    voer_uit(context, poh_s_consult_of_mi_in_module)


@given(parsers.re(r"de POH-S is (?P<wel>wel|niet) bekwaam en bevoegd voor stoppen met roken"))
def smr_bekwaam(context, wel):
    context["smr_bekwaam"] = wel_of_niet(wel)


@given(parsers.re(r"de praktijk voldoet (?P<wel>wel|niet) aan de voorwaarden van de module Stoppen met roken"))
def smr_voorwaarden(context, wel):
    context["smr_voorwaarden"] = wel_of_niet(wel)


@when("de POH-S stoppen met roken naast de module wil declareren")
def smr(context):
    voer_uit(context, zz_poh_s.stoppen_met_roken, context["smr_bekwaam"], context["smr_voorwaarden"])
