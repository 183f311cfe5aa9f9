"""Prestatie kwaliteit, par. 2: praktijkaccreditatie en spiegelinformatie:
features/zk/zk22-inkoop/kwaliteit-en-stoppen-met-roken.feature."""

from __future__ import annotations

from pytest_bdd import given, when

from steps.algemeen import Uitkomst, probeer
from steps.zk.zk22_inkoop.gemeen import Koppen, lees_tabel, namen
from zorgcontract.kern import nl
from zorgcontract.kern.invoer import valideer
from zorgcontract.regels.zk.inkoop import kwaliteit as regel

KOPPEN_ACCREDITATIE: Koppen = {
    "geaccrediteerd of gecertificeerd": ("geaccrediteerd_of_gecertificeerd", nl.lees_ja_nee),
    "apotheekhoudend": ("apotheekhoudend", nl.lees_ja_nee),
    "certificaat volgens de norm van de beroepsgroep": ("certificaat_volgens_beroepsnorm", nl.lees_ja_nee),
}

KOPPEN_SPIEGEL: Koppen = {
    "keer per jaar opgehaald": ("downloads_per_jaar", nl.lees_aantal),
    "keer per jaar besproken": ("besprekingen_per_jaar", nl.lees_aantal),
    "deelname vastgelegd met de EKC": ("deelname_vastgelegd_met_ekc", nl.lees_ja_nee),
}


@given("de accreditatie van de praktijk:", target_fixture="accreditatie")
def accreditatie(datatable) -> dict:
    return lees_tabel(datatable, KOPPEN_ACCREDITATIE, "de accreditatie")


@when("de praktijkaccreditatie wordt getoetst", target_fixture="uitkomst")
def toets_accreditatie(accreditatie: dict) -> Uitkomst:
    return probeer(lambda: regel.accreditatie(valideer(regel.ZkAccreditatie, namen(KOPPEN_ACCREDITATIE), **accreditatie)))


@given("het gebruik van de spiegelinformatie:", target_fixture="spiegelinformatie")
def spiegelinformatie(datatable) -> dict:
    return lees_tabel(datatable, KOPPEN_SPIEGEL, "de spiegelinformatie")


@when("de module spiegelinformatie wordt getoetst", target_fixture="uitkomst")
def toets_spiegelinformatie(spiegelinformatie: dict) -> Uitkomst:
    return probeer(lambda: regel.spiegelinformatie(valideer(regel.ZkSpiegelinformatie, namen(KOPPEN_SPIEGEL), **spiegelinformatie)))
