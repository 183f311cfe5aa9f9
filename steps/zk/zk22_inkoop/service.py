"""Service en bereikbaarheid, module A (online inzage) en B (online contact), par. 2 met de toelichting en de
algemene voorwaarden: features/zk/zk22-inkoop/service-bereikbaarheid.feature."""

from __future__ import annotations

from pytest_bdd import given, parsers, when

from steps.algemeen import Uitkomst, probeer
from steps.zk.zk22_inkoop.gemeen import Koppen, lees_tabel, namen
from zorgcontract.kern import nl
from zorgcontract.kern.invoer import valideer
from zorgcontract.regels.zk.inkoop import service as regel

# Eén tabel voor A en B (een scenario over beide modules noemt de voorwaarden van beide); elke module neemt de
# velden die ze kent.
KOPPEN: Koppen = {
    # module A
    "dossier online in te zien": ("dossier_online", nl.lees_ja_nee),
    "labuitslagen online in te zien": ("labuitslagen_online", nl.lees_ja_nee),
    # module B
    "online afspraken": ("online_afspraken", nl.lees_ja_nee),
    "vooruit te boeken werkdagen": ("vooruit_boekbaar_werkdagen", nl.lees_aantal),
    "e-consult": ("e_consult", nl.lees_ja_nee),
    "beeldbellen": ("beeldbellen", nl.lees_ja_nee),
    "online herhaalmedicatie": ("online_herhaalmedicatie", nl.lees_ja_nee),
    "recepten en verwijsbrieven digitaal": ("digitaal_recept_en_verwijzing", nl.lees_ja_nee),
    "online inzage": ("online_inzage", nl.lees_ja_nee),
    # A en B
    "beveiligde omgeving volgens de AVG": ("beveiligd_avg", nl.lees_ja_nee),
    "op de website vermeld": ("op_website_vermeld", nl.lees_ja_nee),
}
MODULES = {"A": (regel.ZkModuleA, regel.module_a), "B": (regel.ZkModuleB, regel.module_b)}


@given("de online service van de praktijk:", target_fixture="online_service")
def online_service(datatable) -> dict:
    return lees_tabel(datatable, KOPPEN, "de online service")


@when(parsers.re(r"module (?P<module>[AB]) wordt getoetst"), target_fixture="uitkomst")
def toets_module(online_service: dict, module) -> Uitkomst:
    model, toets = MODULES[module]
    velden = {k: v for k, v in online_service.items() if k in model.model_fields}
    return probeer(lambda: toets(valideer(model, namen(KOPPEN), **velden)))
