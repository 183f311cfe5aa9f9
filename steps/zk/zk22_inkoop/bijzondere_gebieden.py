"""Vergoeding beschikbaarheid in bijzondere gebieden A-D, par. 1 (alleen waar Zilveren Kruis preferent
verzekeraar is) en par. 2: features/zk/zk22-inkoop/bijzondere-gebieden.feature."""

from __future__ import annotations

from datetime import date

from pytest_bdd import given, parsers, when

from steps.algemeen import Uitkomst, probeer
from steps.zk.zk22_inkoop.gemeen import Koppen, lees_tabel, namen
from zorgcontract.kern import nl
from zorgcontract.kern.invoer import valideer
from zorgcontract.regels.zk.inkoop import bijzondere_gebieden as regel

# Eén tabel voor A-D (een scenario over alle gebieden noemt de gegevens van alle); elk gebied neemt de velden
# die het kent.
KOPPEN: Koppen = {
    "Zilveren Kruis preferent verzekeraar": ("preferent_verzekeraar", nl.lees_ja_nee),
    "Huisartsenovereenkomst 2022-2023": ("overeenkomst", nl.lees_ja_nee),
    # A
    "patiënten die in het aangewezen gebied wonen": ("patienten_in_gebied", nl.lees_aantal),
    # B
    "ingeschreven patiënten": ("ingeschreven", nl.lees_aantal),
    "het lage aantal is structureel": ("structureel", nl.lees_ja_nee),
    "geen andere groeimogelijkheden": ("geen_groeimogelijkheden", nl.lees_ja_nee),
    "nieuw startende huisarts": ("nieuw_startend", nl.lees_ja_nee),
    # C
    "jaar van overname of vestiging": ("overname_of_vestiging_jaar", nl.lees_jaar),
    "in een krimp- of anticipeerregio": ("krimp_of_anticipeerregio", nl.lees_ja_nee),
    "actieve inzet voor continuïteit": ("proactief", nl.lees_ja_nee),
    # D
    "een substantieel deel kan zich niet inschrijven": ("substantieel_deel_kan_niet_inschrijven", nl.lees_ja_nee),
    "gemeld bij de regio-organisatie": ("gemeld_bij_regio", nl.lees_ja_nee),
}
GEBIEDEN = {"A": (regel.ZkGebiedA, regel.gebied_a), "B": (regel.ZkGebiedB, regel.gebied_b),
            "C": (regel.ZkGebiedC, regel.gebied_c), "D": (regel.ZkGebiedD, regel.gebied_d)}


@given("een praktijk in een bijzonder gebied met:", target_fixture="praktijk_in_bijzonder_gebied")
def praktijk_in_gebied(datatable) -> dict:
    return lees_tabel(datatable, KOPPEN, "de praktijk in een bijzonder gebied")


@when(parsers.re(r"de vergoeding voor bijzonder gebied (?P<gebied>[A-D]) voor (?P<jaar>\S+) wordt getoetst"),
      converters={"jaar": nl.lees_jaar}, target_fixture="uitkomst")
def toets_gebied(praktijk_in_bijzonder_gebied: dict, gebied, jaar: int) -> Uitkomst:
    model, toets = GEBIEDEN[gebied]
    velden = {k: v for k, v in {**praktijk_in_bijzonder_gebied, "jaar": jaar}.items() if k in model.model_fields}
    return probeer(lambda: toets(valideer(model, namen(KOPPEN), **velden)))


@when(parsers.re(r"voor een patiënt uit (?P<woonplaats>.+) in (?P<jaar>\d{4}) de vergoeding voor gebied A wordt gedeclareerd"),
      converters={"jaar": nl.lees_jaar}, target_fixture="uitkomst")
def declaratie_gebied_a(woonplaats, jaar: int) -> Uitkomst:
    return probeer(regel.gebied_a_declaratie, woonplaats, jaar)


@when(parsers.re(r"de vergoeding voor een krimpgebied op (?P<datum>\d+ \S+ \d{4}) wordt getoetst"), converters={"datum": nl.lees_datum},
      target_fixture="uitkomst")
def krimpgebied_op(datum: date) -> Uitkomst:
    return probeer(regel.gebied_c_vergoeding_op, datum)


@when(parsers.re(r"de vergoeding voor een krimpgebied op (?P<datum>\d+ \S+ \d{4}) wordt getoetst bij een overeenkomst "
                 r"tot en met (?P<einde>.+)"), converters={"datum": nl.lees_datum, "einde": nl.lees_datum}, target_fixture="uitkomst")
def krimpgebied_op_met_einde(datum: date, einde: date) -> Uitkomst:
    return probeer(regel.gebied_c_vergoeding_op, datum, einde)
