"""Stappen die de bijlagen POH-S en POH-GGZ 2026-2028 van Zorg en Zekerheid delen: de voorwaarden aan de POH-S
(art. 3-4), coulance (art. 4 lid 5), afwezigheid (POH-S art. 4 lid 9; POH-GGZ art. 4 lid 4 en art. 6 lid 3d),
de start van de declaratie (POH-S art. 6 lid 2; POH-GGZ art. 6 lid 3c) en het praktijkoverzicht.

Geladen door de conftest van features/zz/zz26-pohs en van features/zz/zz26-pohggz.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from pytest_bdd import given, parsers, then, when

from steps.algemeen import Uitkomst, probeer
from zorgcontract.kern import nl
from zorgcontract.kern.invoer import valideer
from zorgcontract.praktijk import overzicht, profiel
from zorgcontract.regels.zz import afwezigheid, coulance, declaratiestart, voorwaarden


# --- POH-S: opleiding, overeenkomst, werkplek (art. 3-4) ---------------------------------------------

@given(parsers.re(r'een POH-S met opleiding "(?P<opleiding>[^"]+)" en een "(?P<overeenkomst>[^"]+)"'), target_fixture="poh_s")
def poh_s(opleiding, overeenkomst) -> dict:
    # de invoer gaat als tekst naar de invoerlaag (valideer), die de keuzelijsten bewaakt
    return {"opleiding": opleiding, "overeenkomst": overeenkomst}


@given(parsers.re(r"de post-hbo-opleiding POH-S is (?P<wel>wel|niet) afgerond"), converters={"wel": nl.lees_ja_nee})
def post_hbo(poh_s: dict, wel: bool):
    poh_s["post_hbo_poh_s_afgerond"] = wel


@given("de POH-S heeft geen eigen werkplek in de praktijk")
def geen_werkplek(poh_s: dict):
    poh_s["eigen_werkplek"] = False


@when(parsers.re(r"op (?P<datum>.+) wordt beoordeeld of de POH-S aan artikel 3 en 4 voldoet"),
      converters={"datum": nl.lees_datum}, target_fixture="uitkomst")
def beoordeel_poh_s(poh_s: dict, datum: date) -> Uitkomst:
    return probeer(lambda: voorwaarden.poh_s_voldoet(valideer(voorwaarden.PohS, **poh_s), op=datum))


@given(parsers.re(r"een taak die (?P<wel>wel|niet) tot het werk van de doktersassistente hoort"),
       converters={"wel": nl.lees_ja_nee}, target_fixture="taak_van_doktersassistente")
def taak(wel: bool) -> bool:
    return wel


@when(parsers.re(r"op (?P<datum>.+) wordt beoordeeld of de taak als POH-S-taak telt"),
      converters={"datum": nl.lees_datum}, target_fixture="uitkomst")
def beoordeel_taak(taak_van_doktersassistente: bool, datum: date) -> Uitkomst:
    return probeer(voorwaarden.taak_telt_als_poh_s, taak_van_doktersassistente, op=datum)


# --- coulance (POH-S art. 4 lid 5 en de FAQ) ------------------------------------------------------------

@given(parsers.re(r"een POH-S in opleiding sinds (?P<start>.+) met een opleidingsduur van (?P<duur>\S+) maanden"),
       converters={"start": nl.lees_datum, "duur": nl.lees_aantal}, target_fixture="coulancevraag")
def poh_s_in_opleiding(start: date, duur: int) -> dict:
    return {"functie": "poh-s", "start_opleiding": start, "opleidingsduur_maanden": duur}


@given(parsers.re(r"een POH-GGZ in opleiding sinds (?P<start>.+)"), converters={"start": nl.lees_datum},
       target_fixture="coulancevraag")
def poh_ggz_in_opleiding(start: date) -> dict:
    return {"functie": "poh-ggz", "start_opleiding": start}


@given("dezelfde POH-GGZ doet ook het verkennend gesprek")
def verkennend_gesprek(coulancevraag: dict):
    coulancevraag["verkennend_gesprek"] = True


@when("de coulance wordt bepaald", target_fixture="uitkomst")
def bepaal_coulance(coulancevraag: dict) -> Uitkomst:
    return probeer(lambda: coulance.coulance(valideer(coulance.CoulanceVraag, **coulancevraag)))


@then(parsers.re(r"gaat de vergoeding in op (?P<datum>.+)"), converters={"datum": nl.lees_datum})
def vergoeding_vanaf(uitkomst: Uitkomst, datum: date):
    assert uitkomst.waarde.vergoeding_vanaf == datum


@then(parsers.re(r'komt de coulance uit de bijlage "(?P<naam>[^"]+)"'))
def coulance_uit_bijlage(uitkomst: Uitkomst, naam):
    bronnen = {str(s.bron).split(",")[0] for s in uitkomst.waarde.uitleg.stappen}
    assert naam in bronnen, f"geen stap citeert {naam}: {sorted(bronnen)}"


@then("is er geen coulancevergoeding")
def geen_coulance(uitkomst: Uitkomst):
    assert uitkomst.waarde.vergoeding_vanaf is None, uitkomst.waarde


# --- afwezigheid -----------------------------------------------------------------------------------------

@given(parsers.re(r"een opslag (?P<soort>POH-S|POH-GGZ) van (?P<bedrag>€ [\d.,]+) bij (?P<uren>[\d,]+) contracturen per week"),
       converters={"bedrag": nl.lees_bedrag, "uren": nl.lees_getal}, target_fixture="afwezigheid_invoer")
def opslag_bij_afwezigheid(soort, bedrag: Decimal, uren: Decimal) -> dict:
    return {"soort": soort.lower(), "opslag": bedrag, "contracturen": uren}


@given(parsers.re(r"in de periode zijn (?P<uren>\S+) uren per week gewerkt, vervanging meegerekend"),
       converters={"uren": nl.lees_getal})
def gewerkte_uren(afwezigheid_invoer: dict, uren: Decimal):
    afwezigheid_invoer["gewerkte_uren"] = uren


@given(parsers.re(r"daarvan zijn (?P<uren>\S+) uren gewerkt door een vervanger zonder POH-GGZ-diploma"),
       converters={"uren": nl.lees_getal})
def uren_zonder_diploma(afwezigheid_invoer: dict, uren: Decimal):
    afwezigheid_invoer["vervangingsuren_zonder_diploma"] = uren


@when(parsers.re(r"de uitbetaling bij afwezigheid over het kwartaal van (?P<datum>.+) wordt berekend"),
      converters={"datum": nl.lees_datum}, target_fixture="uitkomst")
def bereken_uitbetaling(afwezigheid_invoer: dict, datum: date) -> Uitkomst:
    return probeer(lambda: afwezigheid.uitbetaling(valideer(afwezigheid.Afwezigheid, **afwezigheid_invoer, datum=datum)))


@then(parsers.re(r"wordt (?P<bedrag>€ .+) uitbetaald"), converters={"bedrag": nl.lees_bedrag})
def uitbetaald(uitkomst: Uitkomst, bedrag: Decimal):
    assert uitkomst.waarde.uitbetaling == bedrag


@dataclass
class Afwezigheidsmelding:
    begin: date
    oplossing: date | None = None


@given(parsers.re(r"de POH is afwezig sinds (?P<datum>.+)"), converters={"datum": nl.lees_datum}, target_fixture="melding")
def afwezig_sinds(datum: date) -> Afwezigheidsmelding:
    return Afwezigheidsmelding(datum)


@given("er is nog geen oplossing")
def nog_geen_oplossing(melding: Afwezigheidsmelding):
    melding.oplossing = None


@given(parsers.re(r"er is een oplossing op (?P<datum>.+)"), converters={"datum": nl.lees_datum})
def oplossing_op(melding: Afwezigheidsmelding, datum: date):
    melding.oplossing = datum


@when(parsers.re(r"op (?P<peildatum>.+) wordt bekeken of de afwezigheid gemeld moet worden"),
      converters={"peildatum": nl.lees_datum}, target_fixture="uitkomst")
def bekijk_melding(melding: Afwezigheidsmelding, peildatum: date) -> Uitkomst:
    return probeer(afwezigheid.melding_vereist, melding.begin, peildatum, melding.oplossing)


@then(parsers.re(r"is melden (?P<nodig>nodig|niet nodig)"))
def melden(uitkomst: Uitkomst, nodig):
    assert uitkomst.waarde is (nodig == "nodig")


# --- de start van de declaratie --------------------------------------------------------------------------

@given(parsers.re(r"een samenwerkingsovereenkomst die start op (?P<datum>.+)"), converters={"datum": nl.lees_datum},
       target_fixture="start_overeenkomst")
def overeenkomst(datum: date) -> date:
    return datum


@when("de start van de declaratie wordt bepaald", target_fixture="uitkomst")
def bepaal_declaratiestart(start_overeenkomst: date) -> Uitkomst:
    return probeer(declaratiestart.declaratiestart, start_overeenkomst)


@then(parsers.re(r"mag gedeclareerd worden vanaf (?P<datum>.+)"), converters={"datum": nl.lees_datum})
def gedeclareerd_vanaf(uitkomst: Uitkomst, datum: date):
    assert uitkomst.waarde.declaratie_vanaf == datum


@then(parsers.re(r"valt de eerste declaratiedag (?P<waar>binnen|buiten) de contractperiode van de bijlage"))
def declaratiedag_binnen(uitkomst: Uitkomst, waar):
    assert uitkomst.waarde.binnen_periode is (waar == "binnen"), uitkomst.waarde.uitleg.als_tekst()


# --- het praktijkoverzicht (zorgcontract praktijk) -------------------------------------------------------

MODULES = {"POH-S": "poh-s", "POH-GGZ": "poh-ggz"}


@dataclass
class Praktijkprofiel:
    """Het profiel zoals ``zorgcontract praktijk`` het inleest (``profiel.uit_gegevens``)."""

    gegevens: dict = field(default_factory=dict)


@given(parsers.re(r"een praktijkprofiel met (?P<aantal>\S+) ingeschreven verzekerden van Zorg en Zekerheid"),
       converters={"aantal": nl.lees_aantal}, target_fixture="praktijkprofiel")
def praktijkprofiel_met(aantal: int) -> Praktijkprofiel:
    return Praktijkprofiel({"lijst": {"ingeschreven": aantal, "per_verzekeraar": {"zz": aantal}}})


@given(parsers.re(r"in het profiel (?P<dm2>\S+) verzekerden met DM2, (?P<cvrm>\S+) met CVRM, (?P<copd>\S+) met COPD "
                  r"en (?P<astma>\S+) met Astma in het zorgprogramma"),
       converters={k: nl.lees_aantal for k in ("dm2", "cvrm", "copd", "astma")})
def profiel_chronisch(praktijkprofiel: Praktijkprofiel, dm2: int, cvrm: int, copd: int, astma: int):
    praktijkprofiel.gegevens["chronisch"] = {"dm2": dm2, "cvrm": cvrm, "copd": copd, "astma": astma}


@given(parsers.re(r"in het profiel een POH-S met (?P<uren>\S+) contracturen per week"), converters={"uren": nl.lees_getal})
def profiel_poh_s(praktijkprofiel: Praktijkprofiel, uren: Decimal):
    praktijkprofiel.gegevens["poh_s"] = {"contracturen": str(uren)}


@given(parsers.re(r"in het profiel een POH-GGZ met (?P<uren>\S+) uur per week en (?P<afgesproken>\S+) afgesproken uren per week"),
       converters={"uren": nl.lees_getal, "afgesproken": nl.lees_getal})
def profiel_poh_ggz(praktijkprofiel: Praktijkprofiel, uren: Decimal, afgesproken: Decimal):
    praktijkprofiel.gegevens["poh_ggz"] = {"uren": str(uren), "afgesproken_uren": str(afgesproken)}


@given(parsers.re(r"de samenwerkingsovereenkomst (?P<module>POH-S|POH-GGZ) start op (?P<datum>.+)"),
       converters={"datum": nl.lees_datum})
def profiel_start(praktijkprofiel: Praktijkprofiel, module, datum: date):
    praktijkprofiel.gegevens[MODULES[module].replace("-", "_")]["start_overeenkomst"] = datum


@given(parsers.re(r"de POH-S volgt een reguliere opleiding van (?P<maanden>\S+) maanden sinds (?P<datum>.+)"),
       converters={"maanden": nl.lees_aantal, "datum": nl.lees_datum})
def profiel_opleiding(praktijkprofiel: Praktijkprofiel, maanden: int, datum: date):
    praktijkprofiel.gegevens.setdefault("opleiding", []).append({"functie": "poh-s", "start": datum, "duur_maanden": maanden})


@when(parsers.re(r"het praktijkoverzicht voor (?P<jaar>\S+) wordt berekend"), converters={"jaar": nl.lees_jaar},
      target_fixture="uitkomst")
def bereken_overzicht(praktijkprofiel: Praktijkprofiel, jaar: int) -> Uitkomst:
    return probeer(lambda: overzicht.overzicht(profiel.uit_gegevens(praktijkprofiel.gegevens), jaar))


def _module(uitkomst: Uitkomst, naam: str):
    for v in uitkomst.waarde.verzekeraars:
        for m in v.modules:
            if m.module == MODULES[naam]:
                return m
    raise AssertionError(f"geen module {naam} in het overzicht")


@then(parsers.re(r"is voor de module (?P<module>POH-S|POH-GGZ) het bedrag per verzekerde per kwartaal (?P<bedrag>€ .+)"),
      converters={"bedrag": nl.lees_bedrag})
def profiel_per_verzekerde(uitkomst: Uitkomst, module, bedrag: Decimal):
    assert _module(uitkomst, module).per_verzekerde_per_kwartaal == bedrag


@then(parsers.re(r"is voor de module (?P<module>POH-S|POH-GGZ) het totaal per kwartaal (?P<bedrag>€ .+)"),
      converters={"bedrag": nl.lees_bedrag})
def profiel_per_kwartaal(uitkomst: Uitkomst, module, bedrag: Decimal):
    assert _module(uitkomst, module).totaal_per_kwartaal == bedrag


@then(parsers.re(r"is voor de module (?P<module>POH-S|POH-GGZ) het totaal per jaar (?P<bedrag>€ .+)"),
      converters={"bedrag": nl.lees_bedrag})
def profiel_per_jaar(uitkomst: Uitkomst, module, bedrag: Decimal):
    assert _module(uitkomst, module).totaal_per_jaar == bedrag


@then(parsers.re(r"is voor de module (?P<module>POH-S|POH-GGZ) de eerste declaratiedatum (?P<datum>.+)"),
      converters={"datum": nl.lees_datum})
def profiel_eerste_declaratie(uitkomst: Uitkomst, module, datum: date):
    assert _module(uitkomst, module).eerste_declaratie == datum
