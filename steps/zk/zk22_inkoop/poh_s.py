"""Vergoeding POH-S: aanvulling voor indirecte en niet-patiëntgebonden tijd (par. 3) en de voorwaarden aan de
POH-S (par. 2): features/zk/zk22-inkoop/poh-s-aanvulling.feature."""

from __future__ import annotations

from pytest_bdd import given, parsers, then, when

from steps.algemeen import Uitkomst, gelijk_op_notatie, probeer
from steps.zk.zk22_inkoop.gemeen import Koppen, keuze, lees_tabel, namen
from zorgcontract.kern import nl
from zorgcontract.kern.invoer import valideer
from zorgcontract.regels.zk.inkoop import poh_s as regel

# --- aanvulling (par. 3) --------------------------------------------------------------------------------

KOPPEN_AANVULLING: Koppen = {
    "uren POH-S per week voor deze praktijk": ("uren_per_week", nl.lees_uren),
    "uurkosten": ("uurkosten", nl.lees_bedrag),
    "uren van de gedeelde POH-S samen": ("gedeeld_totaal_uren", nl.lees_uren),
    "al bekostigd via Samenwerking rondom kwetsbare ouderen": ("uren_kwetsbare_ouderen", nl.lees_uren),
    "al bekostigd via Toekomstbestendige huisartsenzorg": ("uren_toekomstbestendig", nl.lees_uren),
    "al bekostigd via andere afspraken": ("uren_andere_afspraken", nl.lees_uren),
    "voor patiënten in een ketenzorgprogramma": ("uren_ketenzorg", nl.lees_uren),
}


@given("de uren en uurkosten van de POH-S:", target_fixture="uren_poh_s")
def uren_poh_s(datatable) -> dict:
    return lees_tabel(datatable, KOPPEN_AANVULLING, "de uren van de POH-S")


@when(parsers.re(r"de aanvulling POH-S voor (?P<jaar>\S+) wordt berekend"), converters={"jaar": nl.lees_jaar},
      target_fixture="uitkomst")
def bereken_aanvulling(uren_poh_s: dict, jaar: int) -> Uitkomst:
    # een fout noemt het veld met de optie van de CLI (zk-poh-s-aanvulling --uren, --ketenzorg, ...), zoals de regel die geeft
    return probeer(lambda: regel.aanvulling(valideer(regel.ZkPohSAanvulling, regel.CLI_NAMEN, **uren_poh_s, jaar=jaar)))


@then(parsers.re(r"zijn de nog niet bekostigde POH-S-uren (?P<uren>.+ uur)"))
def overige_uren(uitkomst: Uitkomst, uren):
    gelijk_op_notatie(uitkomst.waarde.overige_uren_per_week, uren, nl.lees_uren)


@then(parsers.re(r"is de aanvulling POH-S (?P<bedrag>€ \S+) per week"))
def aanvulling_per_week(uitkomst: Uitkomst, bedrag):
    gelijk_op_notatie(uitkomst.waarde.aanvulling_per_week, bedrag, nl.lees_bedrag)


# --- voorwaarden aan de POH-S (par. 2) ------------------------------------------------------------------

KOPPEN_VOORWAARDEN: Koppen = {
    "dienstverband": ("dienstverband", keuze),
    "werkt in het HIS of KIS": ("werkt_in_his_of_kis", nl.lees_ja_nee),
    "registreert volgens de NHG-richtlijn ADEPD": ("registreert_volgens_adepd", nl.lees_ja_nee),
    "voldoet aan het competentieprofiel van de LHV": ("competentieprofiel_lhv", nl.lees_ja_nee),
}


@given("een POH-S met:", target_fixture="poh_s")
def poh_s_met(datatable) -> dict:
    return lees_tabel(datatable, KOPPEN_VOORWAARDEN, "de POH-S")


@when("de voorwaarden aan de POH-S worden getoetst", target_fixture="uitkomst")
def toets_voorwaarden(poh_s: dict) -> Uitkomst:
    return probeer(lambda: regel.poh_s_voldoet(valideer(regel.ZkPohS, namen(KOPPEN_VOORWAARDEN), **poh_s)))
