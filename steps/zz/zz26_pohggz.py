"""Stappen voor features/zz/zz26-pohggz: Zorg en Zekerheid, bijlage POH-GGZ 2026-2028, artikel 3-6.

Wat deze bijlage met die voor POH-S deelt (coulance, afwezigheid, declaratiestart, praktijkprofiel) staat in
``steps/zz/bijlagen.py``; de conftest van dit document laadt beide.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from pytest_bdd import given, parsers, then, when

from steps.algemeen import Uitkomst, gelijk_op_notatie, probeer
from zorgcontract.kern import nl
from zorgcontract.kern.invoer import valideer
from zorgcontract.regels.zz import voorwaarden
from zorgcontract.regels.zz.pohggz import artikel_5, artikel_6, artikel_6_groepsconsult

# Zo heten de velden in de zinnen van de scenario's (en dus in een foutmelding over die invoer).
_VELDEN_OPSLAG = {"ingeschreven_verzekerden": "ingeschreven verzekerden", "uren_per_week": "uren per week",
                  "afgesproken_uren_per_week": "afgesproken uren per week", "jaar": "jaar"}


@dataclass
class PraktijkPohGgz:
    ingeschreven_verzekerden: int
    uren_per_week: Decimal
    afgesproken_uren_per_week: Decimal | None = None  # None: met Zorg en Zekerheid geen maximum afgesproken


# --- de opslag POH-GGZ (art. 6 lid 2-3) ------------------------------------------------------------------

@given(parsers.re(r"een praktijk met (?P<aantal>\S+) ingeschreven verzekerden en een POH-GGZ van (?P<uren>\S+) uur per week"),
       converters={"aantal": nl.lees_aantal, "uren": nl.lees_getal}, target_fixture="praktijk_poh_ggz")
def praktijk(aantal: int, uren: Decimal) -> PraktijkPohGgz:
    return PraktijkPohGgz(aantal, uren)


@given("met Zorg en Zekerheid is geen maximum aantal uren afgesproken")
def geen_afspraak(praktijk_poh_ggz: PraktijkPohGgz):
    praktijk_poh_ggz.afgesproken_uren_per_week = None


@given(parsers.re(r"met Zorg en Zekerheid is een maximum van (?P<uren>\S+) uur per week afgesproken"),
       converters={"uren": nl.lees_getal})
def afgesproken(praktijk_poh_ggz: PraktijkPohGgz, uren: Decimal):
    praktijk_poh_ggz.afgesproken_uren_per_week = uren


@when(parsers.re(r"de opslag POH-GGZ voor (?P<jaar>\S+) wordt berekend"), converters={"jaar": nl.lees_jaar},
      target_fixture="uitkomst")
def bereken_opslag(praktijk_poh_ggz: PraktijkPohGgz, jaar: int) -> Uitkomst:
    p = praktijk_poh_ggz
    velden = {"ingeschreven_verzekerden": p.ingeschreven_verzekerden, "uren_per_week": p.uren_per_week, "jaar": jaar}
    if p.afgesproken_uren_per_week is not None:
        velden["afgesproken_uren_per_week"] = p.afgesproken_uren_per_week
    return probeer(lambda: artikel_6.bereken(valideer(artikel_6.PohGgzPraktijk, namen=_VELDEN_OPSLAG, **velden)))


@then(parsers.re(r"zijn de normuren POH-GGZ (?P<uren>.+ uur)"))
def normuren(uitkomst: Uitkomst, uren):
    gelijk_op_notatie(uitkomst.waarde.normuren_per_week, uren, nl.lees_uren)


@then(parsers.re(r"tellen (?P<uren>.+ uur) per week mee"))
def meegetelde_uren(uitkomst: Uitkomst, uren):
    gelijk_op_notatie(uitkomst.waarde.ingezette_uren_per_week, uren, nl.lees_uren)


@then(parsers.re(r"is de opslag POH-GGZ per verzekerde per kwartaal (?P<bedrag>€ .+)"), converters={"bedrag": nl.lees_bedrag})
def opslag(uitkomst: Uitkomst, bedrag: Decimal):
    assert uitkomst.waarde.kwartaalopslag_per_verzekerde == bedrag


@then(parsers.re(r"wordt op (?P<code>\d+) niets gedeclareerd"))
def niets_op_code(uitkomst: Uitkomst, code):
    regels = {r.prestatiecode: r.bedrag for r in uitkomst.waarde.declaratie}
    assert code not in regels, f"{code} zou niet gedeclareerd worden, maar: {regels}"


@then(parsers.re(r"wordt op (?P<code>\d+) (?P<bedrag>€ .+) gedeclareerd"), converters={"bedrag": nl.lees_bedrag})
def bedrag_op_code(uitkomst: Uitkomst, code, bedrag: Decimal):
    regels = {r.prestatiecode: r.bedrag for r in uitkomst.waarde.declaratie}
    assert regels.get(code) == bedrag, f"{code}: verwacht {bedrag}, berekend {regels}"


# --- voorwaarden aan de POH-GGZ (art. 3-4) en consulten (art. 6 lid 4) ------------------------------------

@given(parsers.re(r'een POH-GGZ met opleiding "(?P<opleiding>[^"]+)" en een "(?P<overeenkomst>[^"]+)"'), target_fixture="poh_ggz")
def poh_ggz(opleiding, overeenkomst) -> dict:
    # als tekst naar de invoerlaag (valideer), die de keuzelijsten bewaakt
    return {"opleiding": opleiding, "overeenkomst": overeenkomst}


@given(parsers.re(r"de taakomschrijving is (?P<taak>wel|niet) vastgelegd en er is (?P<werkplek>wel|geen) eigen werkplek"),
       converters={"taak": nl.lees_ja_nee, "werkplek": nl.lees_ja_nee})
def taak_en_werkplek(poh_ggz: dict, taak: bool, werkplek: bool):
    poh_ggz.update(taakomschrijving_vastgelegd=taak, eigen_werkplek=werkplek)


@when(parsers.re(r"op (?P<datum>.+) wordt beoordeeld of de POH-GGZ aan artikel 3 en 4 voldoet"),
      converters={"datum": nl.lees_datum}, target_fixture="uitkomst")
def beoordeel_poh_ggz(poh_ggz: dict, datum: date) -> Uitkomst:
    return probeer(lambda: voorwaarden.poh_ggz_voldoet(valideer(voorwaarden.PohGgz, **poh_ggz), op=datum))


@given(parsers.re(r"de zorgovereenkomst noemt (?P<wel>wel|geen) een tarief voor de module POH-GGZ"),
       converters={"wel": nl.lees_ja_nee}, target_fixture="tarief_module_in_overeenkomst")
def moduletarief(wel: bool) -> bool:
    return wel


@when(parsers.re(r"de POH-GGZ op (?P<datum>.+) een consult wil declareren"), converters={"datum": nl.lees_datum},
      target_fixture="uitkomst")
def consult_declareren(tarief_module_in_overeenkomst: bool, datum: date) -> Uitkomst:
    return probeer(voorwaarden.consulten_poh_ggz_declarabel, tarief_module_in_overeenkomst, op=datum)


# --- groepsconsult 12116 (art. 6 lid 5) -------------------------------------------------------------------

@given(parsers.re(r"een groepsconsult POH-GGZ (?P<met>met|zonder) voorafgaande toestemming met (?P<n>\S+) deelnemers "
                  r"van (?P<duur>\S+) minuten"),
       converters={"n": nl.lees_aantal, "duur": nl.lees_aantal}, target_fixture="groepsconsult")
def groepsconsult(met, n: int, duur: int) -> dict:
    return {"toestemming": met == "met", "deelnemers": n, "duur_minuten": duur}


@when(parsers.re(r"het groepsconsult van (?P<datum>.+) wordt beoordeeld"), converters={"datum": nl.lees_datum},
      target_fixture="uitkomst")
def beoordeel_groepsconsult(groepsconsult: dict, datum: date) -> Uitkomst:
    return probeer(lambda: artikel_6_groepsconsult.beoordeel(
        valideer(artikel_6_groepsconsult.Groepsconsult, **groepsconsult, datum=datum)))


@then(parsers.re(r"wordt 12116 (?P<aantal>\S+) keer gedeclareerd"), converters={"aantal": nl.lees_aantal})
def aantal_12116(uitkomst: Uitkomst, aantal: int):
    assert uitkomst.waarde.prestatiecode == "12116"
    assert uitkomst.waarde.aantal_declaraties == aantal


# --- e-mental health (art. 5) ------------------------------------------------------------------------------

@pytest.fixture
def regionale_afspraak_emh() -> str | None:
    """Zonder Gegeven-stap: geen regionale afspraak over e-mental health."""
    return None


@given("er is geen regionale afspraak over e-mental health", target_fixture="regionale_afspraak_emh")
def geen_regionale_afspraak() -> None:
    return None


@given(parsers.re(r'in de regio is "(?P<naam>[^"]+)" als e-mental health afgesproken'), target_fixture="regionale_afspraak_emh")
def regionale_afspraak(naam) -> str:
    return naam


@when(parsers.re(r'de praktijk de (?P<soort>interventie|combinatiepakket|beslisondersteuner) "(?P<naam>[^"]+)" kiest'),
      converters={"soort": artikel_5.Soort}, target_fixture="uitkomst")
def kies_emh(regionale_afspraak_emh: str | None, soort, naam) -> Uitkomst:
    return probeer(artikel_5.keuze_toegestaan, soort, naam, regionale_afspraak_emh)
