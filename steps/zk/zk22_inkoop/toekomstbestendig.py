"""Prestatie Toekomstbestendige huisartsenzorg, par. 2 (doelstellingen A-D en de algemene voorwaarden), en de
consulten bij doelstelling B vanaf 2022 (inleiding): features/zk/zk22-inkoop/toekomstbestendig.feature."""

from __future__ import annotations

from datetime import date

from pytest_bdd import given, parsers, when

from steps.algemeen import Uitkomst, probeer
from steps.zk.zk22_inkoop.gemeen import Koppen, keuze, lees_tabel, namen
from zorgcontract.kern import nl
from zorgcontract.kern.invoer import valideer
from zorgcontract.regels.zk.inkoop import toekomstbestendig as regel

KOPPEN: Koppen = {
    "gekozen doelstellingen": ("doelstellingen", nl.lees_opsomming),
    "deelnemer aan de pilots Krachtige Basiszorg": ("pilot_krachtige_basiszorg", nl.lees_ja_nee),
    "committeert zich aan de KPI's in het regioplan": ("kpi_regioplan", nl.lees_ja_nee),
    "afgestemd met de regio-organisatie": ("afgestemd_met_regio", nl.lees_ja_nee),
    "werkafspraken in het regioplan": ("werkafspraken_in_regioplan", nl.lees_ja_nee),
    "neemt deel aan de ondersteunende activiteiten": ("neemt_deel_aan_ondersteuning", nl.lees_ja_nee),
    "werkt mee aan de analyse": ("werkt_mee_aan_analyse", nl.lees_ja_nee),
    "A: meer digitale middelen": ("meer_digitale_middelen", nl.lees_ja_nee),
    "B: extra tijd voor": ("professional", keuze),
    "C: werkt volgens een vast concept": ("vast_concept", nl.lees_ja_nee),
    "D: praktijkscan met verbeteringen": ("praktijkscan_en_verbeteringen", nl.lees_ja_nee),
}


@given("een plan voor Toekomstbestendige huisartsenzorg met:", target_fixture="plan_toekomstbestendig")
def plan(datatable) -> dict:
    return lees_tabel(datatable, KOPPEN, "het plan voor Toekomstbestendige huisartsenzorg")


@when("de deelname aan Toekomstbestendige huisartsenzorg wordt getoetst", target_fixture="uitkomst")
def toets_deelname(plan_toekomstbestendig: dict) -> Uitkomst:
    return probeer(lambda: regel.toekomstbestendig(valideer(regel.ZkToekomstbestendig, namen(KOPPEN), **plan_toekomstbestendig)))


@when(parsers.re(r'wordt getoetst of extra tijd voor de "(?P<professional>[^"]+)" bij doelstelling B in aanmerking komt'),
      converters={"professional": regel.Professional}, target_fixture="uitkomst")
def toets_professional_b(professional: regel.Professional) -> Uitkomst:
    return probeer(regel.professional_b, professional)


@when(parsers.re(r'de "(?P<professional>[^"]+)" bij doelstelling B op (?P<datum>.+) een consult declareert voor '
                 r"(?P<tijd>\S+) tijd"),
      converters={"professional": regel.Professional, "datum": nl.lees_datum, "tijd": regel.Tijd}, target_fixture="uitkomst")
def consult_b(professional: regel.Professional, datum: date, tijd: regel.Tijd) -> Uitkomst:
    return probeer(regel.consult_b, professional, tijd, datum)
