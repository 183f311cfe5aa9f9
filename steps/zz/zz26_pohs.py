"""Stappen voor features/zz/zz26-pohs: Zorg en Zekerheid, bijlage POH-S 2026-2028, artikel 5 (vergoeding, lid 3-10).

De voorwaarden (art. 3-4), coulance, afwezigheid, declaratiestart en het praktijkprofiel deelt deze bijlage met
die voor POH-GGZ: die stappen staan in ``steps/zz/bijlagen.py``. De conftest van dit document laadt beide.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from pytest_bdd import given, parsers, then, when

from steps.algemeen import Uitkomst, gelijk_op_notatie, probeer
from zorgcontract.kern import nl
from zorgcontract.kern.invoer import valideer
from zorgcontract.regels.zz.pohs import artikel_5
from zorgcontract.regels.zz.voorwaarden import poh_s_consult_of_mi_in_module


# Zo heten de velden in de zinnen van de scenario's (en dus in een foutmelding over die invoer).
_VELDEN = {"ingeschreven_verzekerden": "ingeschreven verzekerden", "contracturen_per_week": "contracturen per week",
           "jaar": "jaar", **{g.veld: f"verzekerden met {g.value}" for g in artikel_5.ChronischeGroep}}


@dataclass
class PraktijkPohS:
    """De praktijk zoals de Gegeven-stappen haar beschrijven (invoer voor art. 5)."""

    ingeschreven_verzekerden: int
    chronisch: dict[artikel_5.ChronischeGroep, int] = field(default_factory=dict)
    contracturen_per_week: Decimal | None = None
    keten_dbc: set[artikel_5.ChronischeGroep] = field(default_factory=set)


@dataclass
class StoppenMetRoken:
    bekwaam_en_bevoegd: bool
    voldoet_aan_module: bool | None = None


# --- de praktijk -----------------------------------------------------------------------------------------

@given(parsers.re(r"een praktijk met (?P<aantal>\S+) ingeschreven verzekerden"),
       converters={"aantal": nl.lees_aantal}, target_fixture="praktijk_poh_s")
def praktijk(aantal: int) -> PraktijkPohS:
    return PraktijkPohS(aantal)


@given(parsers.re(r"(?P<aantal>\S+) verzekerden met (?P<groep>\S+) in het zorgprogramma van de POH-S"),
       converters={"aantal": nl.lees_aantal, "groep": artikel_5.ChronischeGroep})
def chronische_groep(praktijk_poh_s: PraktijkPohS, aantal: int, groep):
    praktijk_poh_s.chronisch[groep] = aantal


@given(parsers.re(r"een POH-S met (?P<uren>\S+) contracturen per week"), converters={"uren": nl.lees_getal})
def contracturen(praktijk_poh_s: PraktijkPohS, uren: Decimal):
    praktijk_poh_s.contracturen_per_week = uren


@given(parsers.re(r"de groep (?P<groep>\S+) valt onder een keten-dbc"), converters={"groep": artikel_5.ChronischeGroep})
def keten_dbc(praktijk_poh_s: PraktijkPohS, groep):
    praktijk_poh_s.keten_dbc.add(groep)


# --- de vergoeding (lid 3-9) ---------------------------------------------------------------------------

@when(parsers.re(r"de vergoeding POH-S voor (?P<jaar>\S+) wordt berekend"), converters={"jaar": nl.lees_jaar},
      target_fixture="uitkomst")
def bereken_vergoeding(praktijk_poh_s: PraktijkPohS, jaar: int) -> Uitkomst:
    p = praktijk_poh_s
    velden = {"ingeschreven_verzekerden": p.ingeschreven_verzekerden, "contracturen_per_week": p.contracturen_per_week,
              "keten_dbc": frozenset(p.keten_dbc), "jaar": jaar}
    velden.update({groep.veld: aantal for groep, aantal in p.chronisch.items()})
    return probeer(lambda: artikel_5.bereken(valideer(artikel_5.PohSPraktijk, namen=_VELDEN, **velden)))


@then(parsers.re(r"is het maximum per jaar (?P<uren>.+ uur)"))
def maximum_per_jaar(uitkomst: Uitkomst, uren):
    gelijk_op_notatie(uitkomst.waarde.max_uren_per_jaar, uren, nl.lees_uren)


@then(parsers.re(r"is het maximum per week (?P<uren>.+ uur)"))
def maximum_per_week(uitkomst: Uitkomst, uren):
    gelijk_op_notatie(uitkomst.waarde.max_uren_per_week, uren, nl.lees_uren)


@then(parsers.re(r"zijn de vergoede uren per week (?P<uren>.+ uur)"))
def vergoede_uren(uitkomst: Uitkomst, uren):
    gelijk_op_notatie(uitkomst.waarde.vergoede_uren_per_week, uren, nl.lees_uren)


@then(parsers.re(r"is het jaarbedrag (?P<bedrag>€ .+)"))
def jaarbedrag(uitkomst: Uitkomst, bedrag):
    gelijk_op_notatie(uitkomst.waarde.jaarbedrag, bedrag, nl.lees_bedrag)


@then(parsers.re(r"is het kwartaaltarief per verzekerde (?P<bedrag>€ .+)"), converters={"bedrag": nl.lees_bedrag})
def kwartaaltarief(uitkomst: Uitkomst, bedrag: Decimal):
    # precies: dit is de ene afgeronde uitkomst van lid 9
    assert uitkomst.waarde.kwartaaltarief_per_verzekerde == bedrag


@then(parsers.re(r"is de prestatiecode (?P<code>\d+)"))
def prestatiecode(uitkomst: Uitkomst, code):
    assert uitkomst.waarde.prestatiecode == code


# --- consulten binnen de module en stoppen met roken (lid 9 en 10) -------------------------------------

@when(parsers.re(r"de POH-S op (?P<datum>.+) binnen de gecontracteerde module een consult wil declareren"),
      converters={"datum": nl.lees_datum}, target_fixture="uitkomst")
def consult_in_module(datum: date) -> Uitkomst:
    return probeer(poh_s_consult_of_mi_in_module, datum)


@given(parsers.re(r"de POH-S is (?P<wel>wel|niet) bekwaam en bevoegd voor stoppen met roken"),
       converters={"wel": nl.lees_ja_nee}, target_fixture="stoppen_met_roken")
def smr_bekwaam(wel: bool) -> StoppenMetRoken:
    return StoppenMetRoken(wel)


@given(parsers.re(r"de praktijk voldoet (?P<wel>wel|niet) aan de voorwaarden van de module Stoppen met roken"),
       converters={"wel": nl.lees_ja_nee})
def smr_voorwaarden(stoppen_met_roken: StoppenMetRoken, wel: bool):
    stoppen_met_roken.voldoet_aan_module = wel


@when(parsers.re(r"de POH-S op (?P<datum>.+) stoppen met roken naast de module wil declareren"),
      converters={"datum": nl.lees_datum}, target_fixture="uitkomst")
def smr_declareren(stoppen_met_roken: StoppenMetRoken, datum: date) -> Uitkomst:
    s = stoppen_met_roken
    return probeer(artikel_5.stoppen_met_roken, s.bekwaam_en_bevoegd, s.voldoet_aan_module, datum)
