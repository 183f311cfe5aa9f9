"""Vergoeding praktijkmanagement, par. 2: de voorwaarden aan praktijk en praktijkmanager:
features/zk/zk22-inkoop/praktijkmanagement.feature."""

from __future__ import annotations

from pytest_bdd import given, parsers, when

from steps.algemeen import Uitkomst, probeer
from steps.zk.zk22_inkoop.gemeen import Koppen, keuze, lees_tabel, namen
from zorgcontract.kern import nl
from zorgcontract.kern.invoer import valideer
from zorgcontract.regels.zk.inkoop import praktijkmanagement as regel

KOPPEN: Koppen = {
    "samenwerkingsverband": ("samenwerkingsverband", nl.lees_ja_nee),
    "ingeschreven patiënten": ("ingeschreven", nl.lees_aantal),
    "facilitaire en managementtaken overgedragen": ("managementtaken_overgedragen", nl.lees_ja_nee),
    "opleiding": ("opleiding", keuze),
    "uren uit het contract van een doktersassistent": ("uren_uit_contract_doktersassistent", nl.lees_ja_nee),
    "bevordert de samenwerking tussen praktijken": ("bevordert_samenwerking", nl.lees_ja_nee),
}


@given("een praktijkmanager met:", target_fixture="praktijkmanager")
def praktijkmanager(datatable) -> dict:
    return lees_tabel(datatable, KOPPEN, "de praktijkmanager")


@when(parsers.re(r"de voorwaarden voor praktijkmanagement voor (?P<jaar>\S+) worden getoetst"), converters={"jaar": nl.lees_jaar},
      target_fixture="uitkomst")
def toets(praktijkmanager: dict, jaar: int) -> Uitkomst:
    return probeer(lambda: regel.praktijkmanagement(valideer(regel.ZkPraktijkmanager, namen(KOPPEN), **praktijkmanager, jaar=jaar)))
