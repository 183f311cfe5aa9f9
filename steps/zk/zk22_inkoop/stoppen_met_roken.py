"""Prestatie Stoppen met Roken, par. 1-3: het aanbod en de declaratie:
features/zk/zk22-inkoop/kwaliteit-en-stoppen-met-roken.feature."""

from __future__ import annotations

from pytest_bdd import given, when

from steps.algemeen import Uitkomst, probeer
from steps.zk.zk22_inkoop.gemeen import Koppen, lees_tabel, namen
from zorgcontract.kern import nl
from zorgcontract.kern.invoer import valideer
from zorgcontract.regels.zk.inkoop import stoppen_met_roken as regel

KOPPEN_AANBOD: Koppen = {
    "programma in het KABIZ-register": ("programma_in_kabiz_register", nl.lees_ja_nee),
    "volgt de richtlijnen": ("volgt_richtlijnen", nl.lees_ja_nee),
    "eerst alleen gedragsmatige ondersteuning (stepped care)": ("stepped_care", nl.lees_ja_nee),
    "regie over het programma": ("regie_over_programma", nl.lees_ja_nee),
}


def _datums(tekst: str) -> list:
    return nl.lees_opsomming(tekst, nl.lees_datum)


KOPPEN_DECLARATIE: Koppen = {
    "start van het programma": ("start_programma", nl.lees_datum),
    "eerdere starts voor dezelfde verzekerde": ("eerdere_starts", _datums),
    "stoppen met roken zit in het ketenprogramma": ("ketenprogramma_met_smr", nl.lees_ja_nee),
}


@given("een aanbod stoppen met roken met:", target_fixture="aanbod_stoppen_met_roken")
def aanbod(datatable) -> dict:
    return lees_tabel(datatable, KOPPEN_AANBOD, "het aanbod stoppen met roken")


@when("het aanbod stoppen met roken wordt getoetst", target_fixture="uitkomst")
def toets_aanbod(aanbod_stoppen_met_roken: dict) -> Uitkomst:
    return probeer(lambda: regel.smr_aanbod(valideer(regel.ZkSmrAanbod, namen(KOPPEN_AANBOD), **aanbod_stoppen_met_roken)))


@given("een declaratie stoppen met roken met:", target_fixture="declaratie_stoppen_met_roken")
def declaratie(datatable) -> dict:
    return lees_tabel(datatable, KOPPEN_DECLARATIE, "de declaratie stoppen met roken")


@when("de declaratie stoppen met roken wordt getoetst", target_fixture="uitkomst")
def toets_declaratie(declaratie_stoppen_met_roken: dict) -> Uitkomst:
    return probeer(lambda: regel.smr_declaratie(valideer(regel.ZkSmrDeclaratie, namen(KOPPEN_DECLARATIE),
                                                         **declaratie_stoppen_met_roken)))


@when("tijdens de begeleiding een consult voor stoppen met roken wordt gedeclareerd", target_fixture="uitkomst")
def consult_tijdens_programma() -> Uitkomst:
    return probeer(regel.smr_consult_tijdens_programma)
