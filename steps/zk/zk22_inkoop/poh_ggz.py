"""Vergoeding POH-GGZ: normuren en hun verdeling (par. 4) en de voorwaarden aan de POH-GGZ (par. 2):
features/zk/zk22-inkoop/poh-ggz.feature."""

from __future__ import annotations

from decimal import Decimal

from pytest_bdd import given, parsers, then, when

from steps.algemeen import Uitkomst, gelijk_op_notatie, probeer
from steps.zk.zk22_inkoop.gemeen import Koppen, lees_tabel, namen
from steps.zk.zk22_inkoop.praktijk import Praktijk
from zorgcontract.kern import nl
from zorgcontract.kern.invoer import valideer
from zorgcontract.regels.zk.inkoop import poh_ggz as regel


# --- normuren en verdeling (par. 4) -------------------------------------------------------------------

@given(parsers.re(r"de praktijk vraagt (?P<uren>.+ uur) POH-GGZ per week"), converters={"uren": nl.lees_uren})
def gevraagde_uren(praktijk: Praktijk, uren: Decimal):
    praktijk.gevraagde_uren_poh_ggz = uren


@when(parsers.re(r"de uren POH-GGZ voor (?P<jaar>\S+) worden berekend"), converters={"jaar": nl.lees_jaar},
      target_fixture="uitkomst")
def bereken_uren(praktijk: Praktijk, jaar: int) -> Uitkomst:
    return probeer(lambda: regel.bereken(valideer(
        regel.ZkPohGgzPraktijk, ingeschreven=praktijk.ingeschreven,
        gevraagde_uren_per_week=praktijk.gevraagde_uren_poh_ggz, jaar=jaar)))


@then(parsers.re(r"zijn de normuren POH-GGZ per week (?P<uren>.+ uur)"))
def normuren(uitkomst: Uitkomst, uren):
    gelijk_op_notatie(uitkomst.waarde.uren_per_week, uren, nl.lees_uren)


@then(parsers.re(r"is het patiëntcontact (?P<uren>.+ uur)"))
def patientcontact(uitkomst: Uitkomst, uren):
    gelijk_op_notatie(uitkomst.waarde.patientcontact, uren, nl.lees_uren)


@then(parsers.re(r"is de externe consultatie (?P<uren>.+ uur)"))
def consultatie(uitkomst: Uitkomst, uren):
    gelijk_op_notatie(uitkomst.waarde.consultatie, uren, nl.lees_uren)


@then(parsers.re(r"is de eHealth-tijd (?P<uren>.+ uur)"))
def ehealth(uitkomst: Uitkomst, uren):
    gelijk_op_notatie(uitkomst.waarde.ehealth, uren, nl.lees_uren)


@then(parsers.re(r"wordt (?P<uren>.+ uur) extra POH-GGZ individueel beoordeeld"))
def individueel(uitkomst: Uitkomst, uren):
    assert uitkomst.waarde.individuele_beoordeling, uitkomst.waarde.uitleg.als_tekst()
    gelijk_op_notatie(uitkomst.waarde.extra_uren, uren, nl.lees_uren)


@then("is er geen individuele beoordeling POH-GGZ nodig")
def geen_individuele_beoordeling(uitkomst: Uitkomst):
    assert not uitkomst.waarde.individuele_beoordeling and uitkomst.waarde.extra_uren == 0, uitkomst.waarde.uitleg.als_tekst()


# --- voorwaarden aan de POH-GGZ (par. 2) --------------------------------------------------------------

KOPPEN: Koppen = {
    "opleiding en competenties van de eigen beroepsgroep": ("opleiding_en_competenties", nl.lees_ja_nee),
    "werkruimte in de praktijk": ("werkruimte_in_praktijk", nl.lees_ja_nee),
    "werkt in het HIS of KIS": ("werkt_in_his_of_kis", nl.lees_ja_nee),
}


@given("een POH-GGZ met:", target_fixture="poh_ggz")
def poh_ggz_met(datatable) -> dict:
    return lees_tabel(datatable, KOPPEN, "de POH-GGZ")


@when("de voorwaarden aan de POH-GGZ worden getoetst", target_fixture="uitkomst")
def toets_voorwaarden(poh_ggz: dict) -> Uitkomst:
    return probeer(lambda: regel.poh_ggz_voldoet(valideer(regel.ZkPohGgz, namen(KOPPEN), **poh_ggz)))
